"""The SQLite audit store's schema: small named migrations, applied once each in order and
recorded in the `migrations` table. Never edit an applied migration; append a new one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def _migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@_migration
def m001_create_events(conn: sqlite3.Connection) -> None:
    # AUTOINCREMENT so sqlite_sequence remembers the highest id ever used: a deleted tail
    # is then visible to verify, and ids are never reused.
    conn.execute(
        """
        CREATE TABLE events (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            hash_version INTEGER NOT NULL,
            ts TEXT NOT NULL,
            event TEXT NOT NULL,
            status TEXT,
            reason TEXT,
            channel TEXT,
            user_pseudonym TEXT,
            question TEXT,
            reply TEXT,
            text_salt TEXT,
            text_digest TEXT,
            citations TEXT,
            index_version TEXT,
            embedder_id TEXT,
            latency_ms REAL,
            decision_request INTEGER,
            refusal_category TEXT,
            ref_id INTEGER,
            value TEXT,
            detail TEXT,
            purged_at TEXT,
            content_hash TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            row_hash TEXT NOT NULL
        )
        """
    )


@_migration
def m002_indexes(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE INDEX events_ts ON events (ts)")
    conn.execute("CREATE INDEX events_event ON events (event)")
    conn.execute("CREATE INDEX events_ref ON events (ref_id)")


@_migration
def m003_append_only_triggers(conn: sqlite3.Connection) -> None:
    # Written out literally (not generated from HASHED_FIELDS_V1) so the migration stays
    # what it was when it was first applied.
    conn.execute(
        """
        CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END
        """
    )
    conn.execute(
        """
        CREATE TRIGGER events_only_purge_update BEFORE UPDATE ON events
        WHEN NOT (
            NEW.id IS OLD.id AND NEW.hash_version IS OLD.hash_version AND NEW.ts IS OLD.ts
            AND NEW.event IS OLD.event AND NEW.status IS OLD.status
            AND NEW.reason IS OLD.reason AND NEW.channel IS OLD.channel
            AND NEW.user_pseudonym IS OLD.user_pseudonym
            AND NEW.text_digest IS OLD.text_digest AND NEW.citations IS OLD.citations
            AND NEW.index_version IS OLD.index_version
            AND NEW.embedder_id IS OLD.embedder_id AND NEW.latency_ms IS OLD.latency_ms
            AND NEW.decision_request IS OLD.decision_request
            AND NEW.refusal_category IS OLD.refusal_category
            AND NEW.ref_id IS OLD.ref_id AND NEW.value IS OLD.value
            AND NEW.detail IS OLD.detail AND NEW.content_hash IS OLD.content_hash
            AND NEW.prev_hash IS OLD.prev_hash AND NEW.row_hash IS OLD.row_hash
            AND NEW.question IS NULL AND NEW.reply IS NULL AND NEW.text_salt IS NULL
            AND NEW.purged_at IS NOT NULL
        )
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only (only purge may clear texts)'); END
        """
    )


@_migration
def m004_conversations(conn: sqlite3.Connection) -> None:
    # Hash version 2: a pseudonymous conversation key (feedback is bound to the answer's
    # conversation; turns of one thread are linked) and the turn a follow-up follows.
    conn.execute("ALTER TABLE events ADD COLUMN conversation TEXT")
    conn.execute("ALTER TABLE events ADD COLUMN follows_id INTEGER")
    conn.execute("CREATE INDEX events_conversation ON events (conversation)")


@_migration
def m005_append_only_triggers_v2(conn: sqlite3.Connection) -> None:
    # The purge-only UPDATE rule must also freeze the columns added by m004.
    conn.execute("DROP TRIGGER events_only_purge_update")
    conn.execute(
        """
        CREATE TRIGGER events_only_purge_update BEFORE UPDATE ON events
        WHEN NOT (
            NEW.id IS OLD.id AND NEW.hash_version IS OLD.hash_version AND NEW.ts IS OLD.ts
            AND NEW.event IS OLD.event AND NEW.status IS OLD.status
            AND NEW.reason IS OLD.reason AND NEW.channel IS OLD.channel
            AND NEW.user_pseudonym IS OLD.user_pseudonym
            AND NEW.text_digest IS OLD.text_digest AND NEW.citations IS OLD.citations
            AND NEW.index_version IS OLD.index_version
            AND NEW.embedder_id IS OLD.embedder_id AND NEW.latency_ms IS OLD.latency_ms
            AND NEW.decision_request IS OLD.decision_request
            AND NEW.refusal_category IS OLD.refusal_category
            AND NEW.ref_id IS OLD.ref_id AND NEW.value IS OLD.value
            AND NEW.detail IS OLD.detail AND NEW.content_hash IS OLD.content_hash
            AND NEW.prev_hash IS OLD.prev_hash AND NEW.row_hash IS OLD.row_hash
            AND NEW.conversation IS OLD.conversation AND NEW.follows_id IS OLD.follows_id
            AND NEW.question IS NULL AND NEW.reply IS NULL AND NEW.text_salt IS NULL
            AND NEW.purged_at IS NOT NULL
        )
        BEGIN SELECT RAISE(ABORT, 'audit log is append-only (only purge may clear texts)'); END
        """
    )


@_migration
def m006_auditor_view_indexes(conn: sqlite3.Connection) -> None:
    # The auditors' list: newest questions first with a total count, filtered by time, status,
    # channel, refusal category and decision flag. A partial index over question records only,
    # ordered by id and covering every filter column, answers the count and the page's ids
    # without touching the (large) rows or sorting: 100,000 records, p95 well under 300 ms
    # (docs/audit.md). The votes' index answers "is some user's latest vote 👎" (the 👎 filter)
    # from the index alone.
    conn.execute(
        "CREATE INDEX events_questions ON events (id, ts, status, channel, refusal_category, decision_request) "
        "WHERE event IN ('question_answered', 'no_answer', 'refused')"
    )
    conn.execute("CREATE INDEX events_votes ON events (ref_id, user_pseudonym, id, value) WHERE event = 'feedback'")
