"""The PostgreSQL audit store's schema: small named migrations, applied once each in order and
recorded in the `audit_migrations` table. Never edit an applied migration; append a new one.

The columns are the SQLite store's (`sqlite_schema.py`, schema v2 included) with the same
meaning and the same stored values, so a record hashes the same on both backends: JSON stays
text (jsonb would reorder and reformat what was hashed), timestamps stay the fixed-width UTC
strings of `records.format_ts`.

What PostgreSQL adds:

* `chain_head`, one row: the highest id ever issued and its row hash. A BEFORE INSERT trigger
  (running as the schema owner) locks it, refuses a record that does not follow it (id = head
  + 1, prev_hash = head's hash) and advances it, so the chain stays one gapless line whatever
  the clients do; `audit_chain_lock()` hands a writer the head under that lock at the start
  of its append transaction (appends of all replicas are serialised on this row).
* Append-only in the database: triggers reject DELETE, TRUNCATE and every UPDATE that is not a
  purge (texts and salt to NULL, `purged_at` set, nothing else changed), for every role.
* Privileges, per database, on three group roles (created here when this role may create
  roles, else made by the DBA beforehand — docs/deploy.md): `<db>_writer` (the bot: SELECT,
  INSERT; no UPDATE/DELETE), `<db>_purger` (`audit purge`: also UPDATE of the four text
  columns) and `<db>_reader` (auditors: SELECT only).
"""

from __future__ import annotations

from typing import Any

import psycopg

from ..postgres import Migration

MIGRATIONS: list[tuple[str, Migration]] = []
MIGRATIONS_TABLE = "audit_migrations"
# pg_advisory_xact_lock key for applying migrations (any constant unique to this schema).
MIGRATION_LOCK_KEY = 0x6C656465_6C736231  # "ledelsb1"
ROLE_SUFFIXES = ("writer", "purger", "reader")


def _migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@_migration
def m001_create_events(conn: psycopg.Connection[Any]) -> None:
    # The id is issued by the writer under the chain lock (head + 1), never by a sequence:
    # a sequence value is lost when a transaction rolls back, which would look like a gap.
    conn.execute(
        """
        CREATE TABLE events (
            id bigint PRIMARY KEY,
            hash_version integer NOT NULL,
            ts text NOT NULL,
            event text NOT NULL,
            status text,
            reason text,
            channel text,
            user_pseudonym text,
            question text,
            reply text,
            text_salt text,
            text_digest text,
            citations text,
            index_version text,
            embedder_id text,
            latency_ms double precision,
            decision_request integer,
            refusal_category text,
            ref_id bigint,
            value text,
            detail text,
            purged_at text,
            content_hash text NOT NULL,
            prev_hash text NOT NULL,
            row_hash text NOT NULL,
            conversation text,
            follows_id bigint
        )
        """
    )


@_migration
def m002_indexes(conn: psycopg.Connection[Any]) -> None:
    conn.execute("CREATE INDEX events_ts ON events (ts)")
    conn.execute("CREATE INDEX events_event ON events (event)")
    conn.execute("CREATE INDEX events_ref ON events (ref_id)")
    conn.execute("CREATE INDEX events_conversation ON events (conversation)")


@_migration
def m003_chain_head(conn: psycopg.Connection[Any]) -> None:
    conn.execute(
        """
        CREATE TABLE chain_head (
            singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
            last_id bigint NOT NULL,
            row_hash text NOT NULL
        )
        """
    )
    conn.execute("INSERT INTO chain_head (last_id, row_hash) VALUES (0, repeat('0', 64))")
    # SECURITY DEFINER: a writer may lock and read the head through this function without any
    # privilege on chain_head itself (a plain SELECT … FOR UPDATE would need UPDATE on it).
    conn.execute(
        """
        CREATE FUNCTION audit_chain_lock(OUT last_id bigint, OUT row_hash text, OUT now timestamptz)
        LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT
        AS $$ SELECT h.last_id, h.row_hash, clock_timestamp() FROM chain_head AS h FOR UPDATE $$
        """
    )
    conn.execute(
        """
        CREATE FUNCTION events_link() RETURNS trigger
        LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
        AS $$
        DECLARE
            head_id bigint;
            head_hash text;
        BEGIN
            SELECT h.last_id, h.row_hash INTO head_id, head_hash FROM chain_head AS h FOR UPDATE;
            IF NEW.id IS DISTINCT FROM head_id + 1 OR NEW.prev_hash IS DISTINCT FROM head_hash THEN
                RAISE EXCEPTION 'audit chain: record % does not follow the head (%)', NEW.id, head_id
                    USING ERRCODE = 'serialization_failure';
            END IF;
            UPDATE chain_head SET last_id = NEW.id, row_hash = NEW.row_hash;
            RETURN NEW;
        END
        $$
        """
    )
    conn.execute("CREATE TRIGGER events_link BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION events_link()")


@_migration
def m004_append_only_triggers(conn: psycopg.Connection[Any]) -> None:
    # Written out literally (not generated from chain.HASHED_FIELDS) so the migration stays
    # what it was when it was first applied.
    conn.execute(
        """
        CREATE FUNCTION events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND (
                NEW.id IS NOT DISTINCT FROM OLD.id AND NEW.hash_version IS NOT DISTINCT FROM OLD.hash_version
                AND NEW.ts IS NOT DISTINCT FROM OLD.ts AND NEW.event IS NOT DISTINCT FROM OLD.event
                AND NEW.status IS NOT DISTINCT FROM OLD.status AND NEW.reason IS NOT DISTINCT FROM OLD.reason
                AND NEW.channel IS NOT DISTINCT FROM OLD.channel
                AND NEW.user_pseudonym IS NOT DISTINCT FROM OLD.user_pseudonym
                AND NEW.text_digest IS NOT DISTINCT FROM OLD.text_digest
                AND NEW.citations IS NOT DISTINCT FROM OLD.citations
                AND NEW.index_version IS NOT DISTINCT FROM OLD.index_version
                AND NEW.embedder_id IS NOT DISTINCT FROM OLD.embedder_id
                AND NEW.latency_ms IS NOT DISTINCT FROM OLD.latency_ms
                AND NEW.decision_request IS NOT DISTINCT FROM OLD.decision_request
                AND NEW.refusal_category IS NOT DISTINCT FROM OLD.refusal_category
                AND NEW.ref_id IS NOT DISTINCT FROM OLD.ref_id AND NEW.value IS NOT DISTINCT FROM OLD.value
                AND NEW.detail IS NOT DISTINCT FROM OLD.detail
                AND NEW.content_hash IS NOT DISTINCT FROM OLD.content_hash
                AND NEW.prev_hash IS NOT DISTINCT FROM OLD.prev_hash
                AND NEW.row_hash IS NOT DISTINCT FROM OLD.row_hash
                AND NEW.conversation IS NOT DISTINCT FROM OLD.conversation
                AND NEW.follows_id IS NOT DISTINCT FROM OLD.follows_id
                AND NEW.question IS NULL AND NEW.reply IS NULL AND NEW.text_salt IS NULL
                AND NEW.purged_at IS NOT NULL
            ) THEN
                RETURN NEW;
            END IF;
            IF TG_OP = 'UPDATE' THEN
                RAISE EXCEPTION 'audit log is append-only (only purge may clear texts)'
                    USING ERRCODE = 'insufficient_privilege';
            END IF;
            RAISE EXCEPTION 'audit log is append-only' USING ERRCODE = 'insufficient_privilege';
        END
        $$
        """
    )
    conn.execute(
        "CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON events "
        "FOR EACH ROW EXECUTE FUNCTION events_append_only()"
    )
    conn.execute(
        "CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON events "
        "FOR EACH STATEMENT EXECUTE FUNCTION events_append_only()"
    )
    # The head only moves forward with the chain (the link trigger); it is never deleted.
    conn.execute(
        """
        CREATE FUNCTION chain_head_guard() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' AND NEW.last_id = OLD.last_id + 1 THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION 'audit chain head only moves forward' USING ERRCODE = 'insufficient_privilege';
        END
        $$
        """
    )
    conn.execute(
        "CREATE TRIGGER chain_head_guard BEFORE UPDATE OR DELETE ON chain_head "
        "FOR EACH ROW EXECUTE FUNCTION chain_head_guard()"
    )
    conn.execute(
        "CREATE TRIGGER chain_head_no_truncate BEFORE TRUNCATE ON chain_head "
        "FOR EACH STATEMENT EXECUTE FUNCTION chain_head_guard()"
    )


def role_names(conn: psycopg.Connection[Any]) -> dict[str, str]:
    """The group roles of this database: {"writer": "<db>_writer", …}."""
    row = conn.execute("SELECT current_database()").fetchone()
    assert row is not None
    return {suffix: f"{row[0]}_{suffix}" for suffix in ROLE_SUFFIXES}


def ensure_roles(conn: psycopg.Connection[Any]) -> dict[str, str]:
    """Create the missing group roles (NOLOGIN) when this role may; the names by suffix."""
    from psycopg import sql

    roles = role_names(conn)
    for name in roles.values():
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None:
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    return roles


@_migration
def m005_roles_and_privileges(conn: psycopg.Connection[Any]) -> None:
    from psycopg import sql

    roles = ensure_roles(conn)
    w, p, r = (sql.Identifier(roles[s]) for s in ROLE_SUFFIXES)
    schema = conn.execute("SELECT current_schema()").fetchone()
    assert schema is not None and schema[0]
    ident = sql.Identifier(schema[0])
    for stmt in (
        "REVOKE ALL ON events, chain_head, audit_migrations FROM PUBLIC",
        "REVOKE ALL ON FUNCTION audit_chain_lock(), events_link(), events_append_only(), chain_head_guard() FROM PUBLIC",
    ):
        conn.execute(stmt)
    grants = [
        "GRANT USAGE ON SCHEMA {s} TO {w}, {p}, {r}",
        # the bot: append and read (feedback checks its reference); never change or delete
        "GRANT SELECT, INSERT ON events TO {w}",
        "GRANT SELECT ON chain_head, audit_migrations TO {w}",
        "GRANT EXECUTE ON FUNCTION audit_chain_lock() TO {w}",
        # retention purge: may clear the texts (the trigger allows nothing else) and log it
        "GRANT SELECT, INSERT ON events TO {p}",
        "GRANT UPDATE (question, reply, text_salt, purged_at) ON events TO {p}",
        "GRANT SELECT ON chain_head, audit_migrations TO {p}",
        "GRANT EXECUTE ON FUNCTION audit_chain_lock() TO {p}",
        # auditors: read only
        "GRANT SELECT ON events, chain_head, audit_migrations TO {r}",
    ]
    for text in grants:
        conn.execute(sql.SQL(text).format(s=ident, w=w, p=p, r=r))


@_migration
def m006_auditor_view_indexes(conn: psycopg.Connection[Any]) -> None:
    # The auditors' list (bot/web): question records newest first with a total count and
    # filters on time, status, channel, category and decision flag; and "some user's latest
    # vote is 👎". The same two indexes as SQLite's m006 (docs/audit.md).
    conn.execute(
        "CREATE INDEX events_questions ON events (id) INCLUDE (ts, status, channel, refusal_category, decision_request) "
        "WHERE event IN ('question_answered', 'no_answer', 'refused')"
    )
    conn.execute(
        "CREATE INDEX events_votes ON events (ref_id, user_pseudonym, id) INCLUDE (value) WHERE event = 'feedback'"
    )
