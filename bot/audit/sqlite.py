"""The SQLite audit store (`AuditStore` on one SQLite file): today's default backend.

One file in WAL mode with `synchronous=FULL`: a record whose id has been returned survives
`kill -9` and power loss. Writers from several threads (one connection behind a lock) and
several processes (`BEGIN IMMEDIATE` + busy timeout) are serialised, so the chain stays linear.
The schema is created and upgraded by small named migrations recorded in the `migrations` table
(`MIGRATIONS`); never edit an applied migration, append a new one. SQLite triggers reject DELETE
and every UPDATE except the retention purge. Texts of refused questions never reach SQLite.
A generated pseudonym key lives next to the file (`<file>.key`, mode 0600).

What a record holds comes from `records.py`, the chain from `chain.py`; the policy (what is
stored, pseudonyms, retention, failure) is described in docs/audit.md.

Size: ~890 lines, over the ~600 the house aims for: it implements the whole `AuditStore`
protocol (appends, the auditors' queries, stats, verify, purge, export) for one dialect; the
dialect-free parts already live in `records.py`, `chain.py` and `sqlite_schema.py`, and what
remains is SQL that differs from `postgres.py` in placeholders, locking and types.
"""

from __future__ import annotations

import errno
import os
import secrets
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from retrieval.models import Answer

from . import records
from .chain import GENESIS_HASH, HASH_VERSION, VERIFY_FIELDS, content_hash, purge_cutoff, row_hash, verify_chain
from .sqlite_schema import MIGRATIONS
from .store import (
    FEEDBACK_VALUES,
    QUESTION_EVENTS,
    RECORD_FIELDS,
    STATUSES,
    AuditError,
    AuditErrorKind,
    AuditStats,
    ChainHead,
    QuestionPage,
    QuestionQuery,
    QuestionRow,
    Record,
    VerifyResult,
    When,
)

_BUSY_TIMEOUT_S = 30.0


# ---------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------


def _kind_of(exc: BaseException) -> tuple[AuditErrorKind, str | None]:
    """The kind of a storage exception, and extra detail for kinds that need it."""
    raw = str(exc).lower()
    if isinstance(exc, sqlite3.Error):
        if "readonly" in raw or "read-only" in raw:
            return AuditErrorKind.READ_ONLY, None
        if "full" in raw:
            return AuditErrorKind.DISK_FULL, None
        if "locked" in raw or "busy" in raw:
            return AuditErrorKind.LOCKED, None
        if "unable to open" in raw:
            return AuditErrorKind.UNAVAILABLE, "filen kan ikke åbnes / file cannot be opened"
        if "not a database" in raw:
            return AuditErrorKind.NOT_AN_AUDIT_LOG, None
        if "malformed" in raw:
            return AuditErrorKind.CORRUPT, None
        return AuditErrorKind.UNAVAILABLE, f"SQLite-fejl / SQLite error: {exc}"
    if isinstance(exc, OSError):
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return AuditErrorKind.READ_ONLY, None
        if exc.errno == errno.ENOSPC:
            return AuditErrorKind.DISK_FULL, None
        return AuditErrorKind.UNAVAILABLE, exc.strerror or type(exc).__name__
    return AuditErrorKind.UNAVAILABLE, type(exc).__name__


def _audit_error(exc: BaseException, path: Path, action: tuple[str, str]) -> AuditError:
    """Translate a storage exception into an AuditError with its kind and a clear message.

    SQLite's messages never contain bound parameter values, and all our SQL is constant,
    so nothing of a question can leak through `exc`.
    """
    kind, detail = _kind_of(exc)
    what = detail or f"{kind.danish} / {kind.english}"
    return AuditError(
        kind, f"Revisionsloggen kunne ikke {action[0]} / audit log could not be {action[1]}: {path} ({what})"
    )


_OPEN = ("åbnes", "opened")
_WRITE = ("skrives", "written")
_READ = ("læses", "read")


# ---------------------------------------------------------------------------------------
# The store
# ---------------------------------------------------------------------------------------


class SQLiteAuditStore:
    """`AuditStore` in one SQLite file: append-only, hash-chained.

    Thread-safe (one connection behind a lock) and process-safe (`BEGIN IMMEDIATE`).
    Use as a context manager or call `close()`.
    """

    def __init__(
        self,
        path: Path,
        pseudonym_key: str,
        *,
        create: bool = True,
        read_only: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """Open (and with `create=True` create) the log at `path` and run pending migrations.

        `read_only=True` (the auditors' commands and the web view): the file is opened with
        SQLite's `mode=ro` and `query_only`, never created, never migrated, never written; an
        empty, foreign or non-SQLite file is AuditError(NOT_AN_AUDIT_LOG) and stays
        byte-identical. `pseudonym_key` empty -> a key file `<path>.key` is used (created
        lazily, mode 0600). `clock` returns the current time (tests inject one). Raises
        AuditError when the file cannot be opened or written, or (with `create=False` or
        `read_only=True`) does not exist.
        """
        self.path = Path(path)
        self.read_only = read_only
        self._key: bytes | None = pseudonym_key.encode("utf-8") if pseudonym_key else None
        self._clock = clock or records.utc_now
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._questions_index: bool | None = None  # has migration m006's index (found on first use)
        if (not create or read_only) and not self.path.exists():
            raise AuditError(
                AuditErrorKind.MISSING, f"Revisionsloggen findes ikke / audit log does not exist: {self.path}"
            )
        if read_only:
            self._open_read_only()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if self.path.exists() and not self.path.is_file():
                raise IsADirectoryError(21, "Is a directory", str(self.path))
            # isolation_level=None: we issue BEGIN IMMEDIATE / COMMIT ourselves.
            conn = sqlite3.connect(
                str(self.path),
                timeout=_BUSY_TIMEOUT_S,
                isolation_level=None,
                check_same_thread=False,
            )
        except (OSError, sqlite3.Error) as exc:
            raise _audit_error(exc, self.path, _OPEN) from exc
        self._conn = conn
        try:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise sqlite3.OperationalError(f"cannot enable WAL (journal_mode={mode})")
            # FULL: the WAL is fsynced at every commit, so an acknowledged id survives
            # kill -9 and power loss (NORMAL would only survive process crashes).
            conn.execute("PRAGMA synchronous=FULL")
            # Freed space is zeroed, so purged texts do not linger in free pages.
            conn.execute("PRAGMA secure_delete=ON")
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            self.close()
            raise _audit_error(exc, self.path, _OPEN) from exc

    def _open_read_only(self) -> None:
        """Open for reading only and check that the file is an audit log, without writing a
        byte to it (no WAL switch, no migration; a WAL log's -shm/-wal files may be created
        beside it by SQLite, as for any reader)."""
        not_a_log = AuditError(
            AuditErrorKind.NOT_AN_AUDIT_LOG,
            f"Filen er ikke en revisionslog / not an audit log: {self.path}",
        )
        if not self.path.is_file():
            raise not_a_log
        uri = f"file:{quote(str(self.path.resolve()))}?mode=ro"
        try:
            conn = sqlite3.connect(
                uri, uri=True, timeout=_BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as exc:
            raise _audit_error(exc, self.path, _OPEN) from exc
        self._conn = conn
        try:
            conn.execute("PRAGMA query_only=ON")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"events", "migrations"} <= tables:
                raise not_a_log
            columns = {r[1] for r in conn.execute("PRAGMA table_info(events)")}
            missing = [c for c in (*RECORD_FIELDS, "hash_version", "text_salt") if c not in columns]
            if missing:
                raise AuditError(
                    AuditErrorKind.UNAVAILABLE,
                    f"Revisionsloggen har et ældre format; åbn den én gang med botten for at opgradere / "
                    f"the audit log has an older format; open it once with the bot to upgrade: {self.path}",
                )
        except AuditError:
            self.close()
            raise
        except sqlite3.Error as exc:
            self.close()
            kind, _ = _kind_of(exc)
            if kind in (AuditErrorKind.NOT_AN_AUDIT_LOG, AuditErrorKind.CORRUPT):
                raise not_a_log from exc
            raise _audit_error(exc, self.path, _OPEN) from exc

    # -- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> SQLiteAuditStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (idempotent). The last connection to close checkpoints the WAL."""
        with self._lock:
            if self._conn is not None:
                try:
                    self._conn.close()
                finally:
                    self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The underlying connection (for tests and maintenance); raises when closed."""
        if self._conn is None:
            raise AuditError(AuditErrorKind.UNAVAILABLE, "Revisionsloggen er lukket / audit log is closed")
        return self._conn

    def _migrate(self) -> None:
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            applied = {r[0] for r in conn.execute("SELECT name FROM migrations")}
            for name, fn in MIGRATIONS:
                if name not in applied:
                    fn(conn)
                    conn.execute(
                        "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                        (name, records.format_ts(self._clock())),
                    )
            conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def migrations(self) -> list[tuple[str, str]]:
        """Applied migrations as (name, applied_at), in order of application."""
        with self._lock:
            return [(r[0], r[1]) for r in self.conn.execute("SELECT name, applied_at FROM migrations ORDER BY rowid")]

    def _rollback(self) -> None:
        conn = self._conn
        if conn is not None and conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # the original error is the one worth reporting

    # -- pseudonyms -----------------------------------------------------------------------

    @property
    def key_path(self) -> Path:
        """Where the generated pseudonym key lives when no key is configured."""
        return self.path.with_name(self.path.name + ".key")

    def _pseudonym_key(self) -> bytes:
        if self._key is None:
            try:
                self._key = _load_or_create_key(self.key_path)
            except OSError as exc:
                raise _audit_error(exc, self.key_path, _WRITE) from exc
        return self._key

    def conversation_key(self, conversation: str | None) -> str | None:
        """The keyed pseudonym of a platform thread id (`records.conversation_key`)."""
        if conversation is None or conversation == "":
            return None
        return records.conversation_key(self._pseudonym_key(), conversation)

    def pseudonym(self, user_id: str | None) -> str | None:
        """HMAC-SHA256(key, user_id) as hex; None for no user (e.g. the local CLI)."""
        if user_id is None or user_id == "":
            return None
        return records.pseudonym(self._pseudonym_key(), user_id)

    # -- writing --------------------------------------------------------------------------

    def _append(self, values: dict[str, Any]) -> int:
        """Append one record inside BEGIN IMMEDIATE so read-prev-hash + insert is atomic
        across threads and processes; return its id once it is durable (after COMMIT)."""
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    new_id = self._insert(conn, values)
                    conn.execute("COMMIT")
                except BaseException:
                    self._rollback()
                    raise
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _WRITE) from exc
            return new_id

    def _insert(self, conn: sqlite3.Connection, values: dict[str, Any]) -> int:
        """Chain and insert one record; the caller holds the lock and a write transaction."""
        last = conn.execute("SELECT id, row_hash FROM events ORDER BY id DESC LIMIT 1").fetchone()
        seq_row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
        last_id = last[0] if last else 0
        # max() with sqlite_sequence: never reuse the id of a deleted tail record.
        next_id = max(last_id, seq_row[0] if seq_row else 0) + 1
        prev_hash = last[1] if last else GENESIS_HASH
        row = dict(values)
        # Time is taken inside the write transaction, so time order follows id order.
        row.update(id=next_id, hash_version=HASH_VERSION, ts=records.format_ts(self._clock()))
        row["content_hash"] = content_hash(row)
        row["prev_hash"] = prev_hash
        row["row_hash"] = row_hash(prev_hash, row["content_hash"])
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO events ({cols}) VALUES ({marks})", tuple(row.values()))
        return next_id

    def record_answer(
        self,
        answer: Answer,
        question: str,
        *,
        channel: str,
        user_id: str | None,
        conversation: str | None = None,
        follows: int | None = None,
    ) -> int:
        """Log one reply to a question and return the record id (the caller sets
        `answer.audit_id`). A refusal is stored as category, reason, channel, pseudonym and time
        only (`records.answer_values`)."""
        values = records.answer_values(
            answer,
            question,
            channel=channel,
            user_pseudonym=self.pseudonym(user_id),
            conversation=self.conversation_key(conversation),
            follows=follows,
        )
        return self._append(values)

    def record_feedback(
        self,
        audit_id: int,
        value: str,
        *,
        channel: str,
        user_id: str | None,
        conversation: str | None = None,
        reason: str | None = None,
        comment: str | None = None,
    ) -> int:
        """Log a thumbs up/down on the answer with record id `audit_id` (see `AuditStore`).

        Raises ValueError for another value or reason, an id that is not an answer, or an
        answer that belongs to another conversation.
        """
        key = self.conversation_key(conversation)
        values = records.feedback_values(
            audit_id,
            value,
            channel=channel,
            user_pseudonym=self.pseudonym(user_id),
            conversation=key,
            reason=reason,
            comment=comment,
        )
        event, answer_conversation = self._ref(audit_id)
        if event not in records.FEEDBACK_EVENTS:
            raise ValueError(f"audit id {audit_id} is not a logged answer")
        if answer_conversation is not None and answer_conversation != key:
            raise ValueError(f"audit id {audit_id} belongs to another conversation")
        return self._append(values)

    def record_escalation(self, audit_id: int | None, *, channel: str, user_id: str | None, target: str) -> int:
        """Log that a user was referred to `target` (e.g. HR), optionally about a record."""
        values = records.escalation_values(
            audit_id, channel=channel, user_pseudonym=self.pseudonym(user_id), target=target
        )
        if audit_id is not None:
            self._check_ref(audit_id)
        return self._append(values)

    def record_index_published(self, version: str, detail: Mapping[str, Any]) -> int:
        """Log that search index `version` went live; `detail` must be JSON (no personal data)."""
        return self._append(records.index_published_values(version, detail))

    def record_access(self, auditor: str, action: str, detail: Mapping[str, Any]) -> int:
        """Log that auditor account `auditor` viewed or exported something (`records.access_values`)."""
        return self._append(records.access_values(auditor, action, detail))

    def _ref(self, audit_id: int) -> tuple[str | None, str | None]:
        """(event, conversation key) of record `audit_id`; (None, None) when there is none."""
        with self._lock:
            try:
                row = self.conn.execute(
                    "SELECT event, conversation FROM events WHERE id = ?", (int(audit_id),)
                ).fetchone()
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc
        return (row[0], row[1]) if row else (None, None)

    def _check_ref(self, audit_id: int) -> None:
        if self._ref(audit_id)[0] not in records.QUESTION_EVENTS:
            raise ValueError(f"audit id {audit_id} is not a logged question")

    # -- retention ------------------------------------------------------------------------

    def purge(self, before: When) -> int:
        """Remove question/reply texts (and their salts) of records older than `before`
        (a date means midnight UTC), append a `purged` event and return how many records
        were purged. Hashes are kept, so the chain still verifies."""
        cutoff = records.lower_bound(before)
        assert cutoff is not None
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    now = records.format_ts(self._clock())
                    cur = conn.execute(
                        "UPDATE events SET question = NULL, reply = NULL, text_salt = NULL, "
                        "purged_at = ? WHERE ts < ? AND (question IS NOT NULL OR "
                        "reply IS NOT NULL OR text_salt IS NOT NULL)",
                        (now, cutoff),
                    )
                    count = cur.rowcount
                    # The marker goes into the same transaction: texts are never gone
                    # without the event that explains why.
                    self._insert(conn, records.purged_values(cutoff, count))
                    conn.execute("COMMIT")
                except BaseException:
                    self._rollback()
                    raise
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _WRITE) from exc
            try:
                # Old page images with the texts sit in the WAL until it is checkpointed.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error:
                pass  # other readers may hold the WAL; the next checkpoint will do it
        return count

    # -- reading --------------------------------------------------------------------------

    def get(self, audit_id: int) -> Record | None:
        """One record as a dict with the keys in RECORD_FIELDS, or None if there is none."""
        rows = self._query("WHERE id = ?", (int(audit_id),))
        return rows[0] if rows else None

    def list_records(
        self,
        *,
        since: When | None = None,
        until: When | None = None,
        status: Sequence[str] | None = None,
        article: str | None = None,
        limit: int | None = None,
    ) -> list[Record]:
        """Records in id order. `since`/`until` are inclusive (dates are whole UTC days);
        `status` matches a status (answered/no_answer/refused) or an event type; `article`
        is a case-insensitive substring of a cited article title. `limit` keeps the newest N."""
        where, params = _filters(since, until, status, article)
        if limit is not None:
            rows = self._query(where + " ORDER BY id DESC LIMIT ?", (*params, int(limit)), order=False)
            return rows[::-1]
        return self._query(where, params)

    def iter_records(
        self,
        *,
        since: When | None = None,
        until: When | None = None,
        status: Sequence[str] | None = None,
        article: str | None = None,
    ) -> Iterator[Record]:
        """Like `list_records`, but yields records one by one (large exports)."""
        where, params = _filters(since, until, status, article)
        clause = (where + " AND" if where else "WHERE") + " id > ? ORDER BY id LIMIT ?"
        yield from records.keyset_pages(lambda after, limit: self._query(clause, (*params, after, limit), order=False))

    def export(
        self,
        out: TextIO,
        fmt: str = "jsonl",
        *,
        since: When | None = None,
        until: When | None = None,
        status: Sequence[str] | None = None,
        article: str | None = None,
    ) -> int:
        """Write records as csv or jsonl (`records.write_export`); return the number written."""
        return records.write_export(
            self.iter_records(since=since, until=until, status=status, article=article), out, fmt
        )

    def stats(self, *, since: When | None = None, until: When | None = None, top: int = 10) -> AuditStats:
        """Summary for auditors: questions per day, answered/no_answer/refused counts and
        shares, refusal categories, most-cited articles and pages, feedback and escalations."""
        where, params = _filters(since, until, None, None)
        and_ = (where + " AND") if where else "WHERE"
        q_events = "event IN ('question_answered', 'no_answer', 'refused')"
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN")  # one consistent snapshot for all numbers
                try:
                    per_day = conn.execute(
                        f"SELECT substr(ts, 1, 10) AS day, count(*) FROM events {and_} {q_events} "
                        "GROUP BY day ORDER BY day",
                        params,
                    ).fetchall()
                    by_status = dict(
                        conn.execute(
                            f"SELECT status, count(*) FROM events {and_} {q_events} GROUP BY status",
                            params,
                        ).fetchall()
                    )
                    categories = conn.execute(
                        f"SELECT coalesce(refusal_category, '?'), count(*) FROM events {and_} "
                        "event = 'refused' GROUP BY 1 ORDER BY 2 DESC, 1",
                        params,
                    ).fetchall()
                    articles = conn.execute(
                        "SELECT json_extract(c.value, '$.issue'), json_extract(c.value, '$.article'), "
                        f"count(*) FROM events, json_each(events.citations) AS c {and_} "
                        "events.citations IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
                        (*params, top),
                    ).fetchall()
                    pages = conn.execute(
                        "SELECT json_extract(c.value, '$.issue'), json_extract(c.value, '$.page'), "
                        f"count(*) FROM events, json_each(events.citations) AS c {and_} "
                        "events.citations IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
                        (*params, top),
                    ).fetchall()
                    feedback = dict(
                        conn.execute(
                            # One vote per user per answer: only each user's latest counts.
                            f"SELECT value, count(*) FROM events AS e {and_} event = 'feedback' "
                            "AND id = (SELECT max(f.id) FROM events AS f WHERE f.event = 'feedback' "
                            "AND f.ref_id = e.ref_id AND f.user_pseudonym IS e.user_pseudonym) GROUP BY value",
                            params,
                        ).fetchall()
                    )
                    escalations = conn.execute(
                        f"SELECT count(*) FROM events {and_} event = 'escalated'", params
                    ).fetchone()[0]
                    decision_requests = conn.execute(
                        f"SELECT count(*) FROM events {and_} {q_events} AND decision_request = 1",
                        params,
                    ).fetchone()[0]
                finally:
                    if conn.in_transaction:
                        conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc
        total = sum(by_status.values())
        counts = {s: int(by_status.get(s, 0)) for s in STATUSES}
        return {
            "questions": total,
            "counts": counts,
            "shares": {s: (counts[s] / total if total else 0.0) for s in STATUSES},
            "per_day": [(d, int(n)) for d, n in per_day],
            "refusal_categories": [(c, int(n)) for c, n in categories],
            "top_articles": [(i, a, int(n)) for i, a, n in articles],
            "top_pages": [(i, int(p), int(n)) for i, p, n in pages],
            "feedback": {v: int(feedback.get(v, 0)) for v in FEEDBACK_VALUES},
            "escalations": int(escalations),
            "decision_requests": int(decision_requests),
        }

    def count(self) -> int:
        """Number of records."""
        with self._lock:
            try:
                return int(self.conn.execute("SELECT count(*) FROM events").fetchone()[0])
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc

    # -- the auditors' views --------------------------------------------------------------

    def head(self) -> ChainHead | None:
        """The newest record's id, row hash and time, or None for an empty log (no verify)."""
        with self._lock:
            try:
                row = self.conn.execute("SELECT id, row_hash, ts FROM events ORDER BY id DESC LIMIT 1").fetchone()
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc
        return None if row is None else ChainHead(id=int(row[0]), row_hash=str(row[1]), ts=str(row[2]))

    def _questions_from(self, conn: sqlite3.Connection) -> str:
        """FROM clause of the question list: the covering index of migration m006 when the log
        has it (a read-only reader may open a log written before it)."""
        if self._questions_index is None:
            found = conn.execute(
                "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN ('events_questions', 'events_votes')"
            ).fetchone()[0]
            self._questions_index = found == 2
        # INDEXED BY: without statistics the planner prefers the index on `event` and then sorts
        # every question row; the partial index is ordered by id and covers every filter.
        return "events AS e INDEXED BY events_questions" if self._questions_index else "events AS e"

    def query_questions(self, query: QuestionQuery, *, offset: int = 0, limit: int = 50) -> QuestionPage:
        """One page of question records matching `query`, newest first, with the total count
        and each row's vote and escalation counts, from one consistent snapshot. The count and
        the page's ids come from the index; only the page's rows are read."""
        _question_filters(query)  # a bad query is a ValueError before anything is read
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN")
                try:
                    source = self._questions_from(conn)
                    where, params = _question_filters(query, indexed=bool(self._questions_index))
                    total = conn.execute(f"SELECT count(*) FROM {source} {where}", params).fetchone()[0]
                    ids = [
                        r[0]
                        for r in conn.execute(
                            f"SELECT e.id FROM {source} {where} ORDER BY e.id DESC LIMIT ? OFFSET ?",
                            (*params, max(0, int(limit)), max(0, int(offset))),
                        )
                    ]
                    found = sorted(self._rows_by_id(conn, ids), key=lambda r: -r["id"])
                    out = self._with_counts(conn, found)
                finally:
                    if conn.in_transaction:
                        conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc
        return QuestionPage(total=int(total), rows=out)

    def iter_questions(self, query: QuestionQuery) -> Iterator[QuestionRow]:
        """Every question record matching `query` in id order, with its counts (keyset pages of
        500; the lock is never held across a yield)."""
        _question_filters(query)  # a bad query is a ValueError before the first page
        last_id = 0
        while True:
            with self._lock:
                conn = self.conn
                try:
                    source = self._questions_from(conn)
                    where, params = _question_filters(query, indexed=bool(self._questions_index))
                    ids = [
                        r[0]
                        for r in conn.execute(
                            f"SELECT e.id FROM {source} {where} AND e.id > ? ORDER BY e.id LIMIT 500",
                            (*params, last_id),
                        )
                    ]
                    found = sorted(self._rows_by_id(conn, ids), key=lambda r: r["id"])
                    page = self._with_counts(conn, found)
                except sqlite3.Error as exc:
                    raise _audit_error(exc, self.path, _READ) from exc
            if not page:
                return
            yield from page
            last_id = page[-1].record["id"]

    def _rows_by_id(self, conn: sqlite3.Connection, ids: list[int]) -> list[Record]:
        if not ids:
            return []
        cols = ", ".join(RECORD_FIELDS)
        marks = ", ".join("?" for _ in ids)
        return [records.decode_record(r) for r in conn.execute(f"SELECT {cols} FROM events WHERE id IN ({marks})", ids)]

    def _with_counts(self, conn: sqlite3.Connection, found: list[Record]) -> list[QuestionRow]:
        """Attach vote and escalation counts to question records (one query per page)."""
        if not found:
            return []
        ids = [rec["id"] for rec in found]
        marks = ", ".join("?" for _ in ids)
        refs: dict[int, list[Record]] = {}
        for ref_id, rid, event, value, user in conn.execute(
            # `+event`: look up by ref_id (a few rows per question), never scan every vote by event
            f"SELECT ref_id, id, event, value, user_pseudonym FROM events WHERE ref_id IN ({marks}) "
            "AND +event IN ('feedback', 'escalated')",
            ids,
        ):
            refs.setdefault(int(ref_id), []).append({"id": rid, "event": event, "value": value, "user_pseudonym": user})
        out = []
        for rec in found:
            related = refs.get(rec["id"], [])
            votes = [vote["value"] for vote in records.latest_votes(related).values()]
            out.append(
                QuestionRow(
                    record=rec,
                    feedback_up=votes.count("up"),
                    feedback_down=votes.count("down"),
                    escalations=sum(1 for r in related if r["event"] == "escalated"),
                )
            )
        return out

    def related(self, audit_id: int) -> list[Record]:
        """The records that refer to question `audit_id` — its feedback and escalations, and the
        turns that follow it in its thread (`follows_id`) — in id order."""
        return self._query(
            "WHERE (ref_id = ? AND event IN ('feedback', 'escalated')) OR follows_id = ?",
            (int(audit_id), int(audit_id)),
        )

    def refusal_categories(self) -> list[str]:
        """The distinct refusal categories in the log, sorted."""
        with self._lock:
            try:
                rows = self.conn.execute(
                    "SELECT DISTINCT refusal_category FROM events WHERE event = 'refused' "
                    "AND refusal_category IS NOT NULL ORDER BY 1"
                ).fetchall()
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc
        return [str(r[0]) for r in rows]

    def _query(self, where: str, params: Iterable[Any], *, order: bool = True) -> list[Record]:
        cols = ", ".join(RECORD_FIELDS)
        sql = f"SELECT {cols} FROM events {where}" + (" ORDER BY id" if order else "")
        with self._lock:
            try:
                rows = self.conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc
        return [records.decode_record(row) for row in rows]

    # -- verification ---------------------------------------------------------------------

    def verify(self) -> VerifyResult:
        """Recompute the whole chain in id order (`chain.verify_chain`) and report the first
        broken record. SQLite's `sqlite_sequence` is the counter that reveals a deleted tail."""
        fields = ", ".join(VERIFY_FIELDS)
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN")  # consistent snapshot while writers go on
                try:
                    purges = _purge_cutoffs(conn)
                    seq_row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'events'").fetchone()
                    cur = conn.execute(f"SELECT {fields} FROM events ORDER BY id")
                    names = [d[0] for d in cur.description]
                    result = verify_chain(
                        (dict(zip(names, r, strict=True)) for r in cur), purges, seq_row[0] if seq_row else None
                    )
                finally:
                    if conn.in_transaction:
                        conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc
        return result


# ---------------------------------------------------------------------------------------
# Module helpers
# ---------------------------------------------------------------------------------------


def _load_or_create_key(path: Path) -> bytes:
    """Read the generated pseudonym key, creating it atomically (mode 0600) if missing."""
    for _ in range(50):
        try:
            text = path.read_text("ascii").strip()
        except FileNotFoundError:
            text = None
        if text:
            return text.encode("ascii")
        if text is None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            try:
                os.write(fd, (secrets.token_hex(32) + "\n").encode("ascii"))
                os.fsync(fd)
            finally:
                os.close(fd)
            try:
                os.chmod(tmp, 0o600)
                os.link(tmp, path)  # atomic and fails if another process won the race
            except FileExistsError:
                pass
            finally:
                os.unlink(tmp)
    raise OSError(f"pseudonym key file {path} is empty")


def _filters(
    since: When | None,
    until: When | None,
    status: Sequence[str] | None,
    article: str | None,
) -> tuple[str, tuple[Any, ...]]:
    clauses: list[str] = []
    params: list[Any] = []
    lo, hi = records.lower_bound(since), records.upper_bound(until)
    if lo is not None:
        clauses.append("ts >= ?")
        params.append(lo)
    if hi is not None:
        clauses.append("ts < ?")
        params.append(hi)
    if status:
        wanted = records.check_statuses(status)
        marks = ", ".join("?" for _ in wanted)
        clauses.append(f"(status IN ({marks}) OR event IN ({marks}))")
        params.extend(wanted + wanted)
    if article:
        clauses.append(
            "EXISTS (SELECT 1 FROM json_each(events.citations) AS c "
            "WHERE lower(json_extract(c.value, '$.article')) LIKE ? ESCAPE '\\')"
        )
        escaped = article.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", tuple(params)


_QUESTIONS_SQL = "e.event IN ('question_answered', 'no_answer', 'refused')"
assert QUESTION_EVENTS == ("question_answered", "no_answer", "refused"), "update _QUESTIONS_SQL"
# 👎: some user's latest vote on the answer is down (`records.latest_votes`, in SQL). Written as
# `id IN (subquery)` so SQLite computes the set once, not once per question.
_LATEST_DOWN_VOTE = (
    "e.id IN (SELECT f.ref_id FROM events AS f{votes} WHERE f.event = 'feedback' AND f.value = 'down' "
    "AND NOT EXISTS (SELECT 1 FROM events AS g{votes} WHERE g.event = 'feedback' AND g.ref_id = f.ref_id "
    "AND g.user_pseudonym IS f.user_pseudonym AND g.id > f.id))"
)
_ESCALATED = "e.id IN (SELECT x.ref_id FROM events AS x WHERE x.event = 'escalated')"


def _question_filters(query: QuestionQuery, *, indexed: bool = False) -> tuple[str, tuple[Any, ...]]:
    """WHERE clause (over `events AS e`) and parameters of a QuestionQuery; constant SQL, every
    value bound. 👎 = some user's latest vote is down (`records.latest_votes`, in SQL)."""
    # The event list is written literally (constants, not input) so SQLite can use the
    # partial index events_questions, which a bound parameter would hide from the planner.
    clauses = [_QUESTIONS_SQL]
    params: list[Any] = []
    lo, hi = records.lower_bound(query.since), records.upper_bound(query.until)
    if lo is not None:
        clauses.append("e.ts >= ?")
        params.append(lo)
    if hi is not None:
        clauses.append("e.ts < ?")
        params.append(hi)
    if query.statuses:
        wanted = [s for s in query.statuses if s in STATUSES]
        if len(wanted) != len(query.statuses):
            raise ValueError(f"unknown status: {', '.join(s for s in query.statuses if s not in STATUSES)}")
        clauses.append(f"e.status IN ({', '.join('?' for _ in wanted)})")
        params.extend(wanted)
    if query.refusal_category is not None:
        clauses.append("e.refusal_category = ?")
        params.append(query.refusal_category)
    if query.channel is not None:
        clauses.append("e.channel = ?")
        params.append(query.channel)
    if query.decision_request is not None:
        clauses.append("e.decision_request = ?")
        params.append(int(query.decision_request))
    if query.feedback_down:
        # with m006's index on votes, the subquery reads the index only (never the rows)
        clauses.append(_LATEST_DOWN_VOTE.format(votes=" INDEXED BY events_votes" if indexed else ""))
    if query.escalated:
        clauses.append(_ESCALATED)
    return "WHERE " + " AND ".join(clauses), tuple(params)


def _purge_cutoffs(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for pid, detail in conn.execute("SELECT id, detail FROM events WHERE event = 'purged'"):
        before = purge_cutoff(detail)
        if before is not None:
            out.append((int(pid), before))
    return out
