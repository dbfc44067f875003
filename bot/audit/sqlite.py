"""The auditors' tamper-evident log: what the bot told whom, and from which pages.

Auditors must be able to check, months later, what was answered and from which printed
pages — without the log itself becoming a store of personal data. This module is the only
writer and reader of that log.

Storage
-------
One SQLite file (``Settings.audit_db``, default ``data/audit.sqlite3``) in WAL mode with
``synchronous=FULL``: a record whose id has been returned to the caller survives ``kill -9``
and power loss. Writers from several threads (one connection behind a lock) and several
processes (``BEGIN IMMEDIATE`` + busy timeout) are serialised, so the chain stays linear.
The schema is created and upgraded by small named migrations recorded in the ``migrations``
table (see ``MIGRATIONS``); never edit an applied migration, append a new one.

One append-only table, ``events``, with the event types in ``EVENT_TYPES``:
``question_answered``, ``no_answer``, ``refused``, ``feedback``, ``escalated``,
``index_published`` and ``purged``. SQLite triggers reject DELETE and every UPDATE except the
retention purge (defence against accidents; a determined editor of the file can drop them,
which is what the hash chain is for).

What a record holds
-------------------
* answered / no_answer: time (UTC), channel kind, pseudonymous user id, question text, reply
  text, citations (issue, article, page, quote, score), index version, embedder id, latency,
  ``decision_request``.
* refused: category, reason, channel kind, pseudonym and time **only** — the question and the
  reply are never passed to SQLite, so they cannot end up in the database file, its WAL or
  its shared-memory file. No exception message of this module ever contains question text.
* feedback ("up"/"down") and escalations reference the answered record by id.

Pseudonyms
----------
``pseudonym = HMAC-SHA256(key, platform user id)`` in hex. Without the key it cannot be
reversed (nor confirmed by trying candidate ids). Set ``LEDELSESBOT_PSEUDONYM_KEY`` to a long
random secret kept outside the database (e.g. ``python -c 'import secrets;
print(secrets.token_hex(32))'``). If it is empty, a random key is generated once and stored
next to the database as ``<audit_db>.key`` with mode 0600; back it up separately from the
database — losing it only means new pseudonyms no longer match old ones, leaking it together
with the database lets an attacker confirm who a pseudonym is.

Hash chain
----------
Each record stores

* ``text_digest = sha256(salt || canonical_json([question, reply]))`` with a random per-record
  ``salt`` (answered/no_answer only),
* ``content_hash = sha256(canonical_json(hashed fields))`` — sorted keys, compact separators,
  UTF-8; the hashed fields are every column except the texts, the salt, ``purged_at`` and the
  hashes themselves, and include the record's id, so the texts enter the chain only through
  ``text_digest``,
* ``prev_hash`` = the previous record's ``row_hash`` (64 zeros for the first),
* ``row_hash = sha256(prev_hash || content_hash)``.

``verify`` recomputes everything in id order and reports the first broken record: a changed
field (content or text), a deleted record (id gap / prev-hash mismatch), reordered records
(the id is hashed), texts removed without a purge event, and a truncated tail (SQLite's
``sqlite_sequence`` remembers the highest id ever written). A complete rewrite of the chain
from some point on by someone with write access to the file is not detectable from the file
alone: auditors should note the head hash that ``audit verify`` prints (e.g. in their
minutes) and compare later — an old head must still be in the chain with the same hash.

Retention policy (data minimisation)
------------------------------------
Question and reply texts are needed for a limited time only. ``audit purge --before DATE``
(``AuditLog.purge``) sets the question, the reply and the salt of every older record to NULL,
stamps ``purged_at`` and appends a ``purged`` event (cut-off and count). Everything else —
time, channel, pseudonym, citations (magazine quotes, not personal data), index version,
status, hashes — is kept, so the chain still verifies and the statistics stay complete.
Because the salt is deleted, the remaining ``text_digest`` can no longer be used to confirm a
guessed question. The purge runs with ``secure_delete`` and checkpoints the WAL afterwards,
so the old texts do not linger in free pages or the WAL. Recommended policy: keep texts for
180 days and run ``ledelsesbot audit purge --before <today minus 180 days> --yes`` monthly
(the data controller decides the period; document the decision). Pseudonyms and metadata are
kept for the lifetime of the log.

Failure policy
--------------
Every storage problem (read-only file or directory, full disk, locked database, missing
file) raises ``AuditError`` with a short bilingual message. Callers must then refuse to answer
rather than answer without logging when ``Settings.audit_required`` is true (the default).
"""
from __future__ import annotations

import csv
import hashlib
import hmac
import json
import math
import os
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, TextIO

from retrieval.models import Answer

__all__ = [
    "AuditError",
    "AuditLog",
    "VerifyResult",
    "EVENT_TYPES",
    "STATUSES",
    "CHANNELS",
    "MIGRATIONS",
    "RECORD_FIELDS",
    "open_audit_log",
]

EVENT_TYPES = (
    "question_answered",
    "no_answer",
    "refused",
    "feedback",
    "escalated",
    "index_published",
    "purged",
)
STATUSES = ("answered", "no_answer", "refused")
CHANNELS = ("cli", "slack", "teams")
FEEDBACK_VALUES = ("up", "down")

GENESIS_HASH = "0" * 64
HASH_VERSION = 1
# Columns that enter content_hash (hash version 1). Never change this tuple: old records
# must keep verifying. A future change adds a new hash_version with its own tuple.
HASHED_FIELDS_V1 = (
    "id",
    "hash_version",
    "ts",
    "event",
    "status",
    "reason",
    "channel",
    "user_pseudonym",
    "text_digest",
    "citations",
    "index_version",
    "embedder_id",
    "latency_ms",
    "decision_request",
    "refusal_category",
    "ref_id",
    "value",
    "detail",
)
# Public shape of one record as returned by get/list/export (no salt: it is an internal
# secret of the digest and is deleted by purge).
RECORD_FIELDS = (
    "id",
    "ts",
    "event",
    "status",
    "reason",
    "channel",
    "user_pseudonym",
    "question",
    "reply",
    "citations",
    "index_version",
    "embedder_id",
    "latency_ms",
    "decision_request",
    "refusal_category",
    "ref_id",
    "value",
    "detail",
    "purged_at",
    "text_digest",
    "content_hash",
    "prev_hash",
    "row_hash",
)
_QUESTION_EVENTS = ("question_answered", "no_answer", "refused")
# Module-level alias: inside AuditLog the name `list` is the method, not the builtin.
Records = list[dict[str, Any]]
_BUSY_TIMEOUT_S = 30.0


class AuditError(Exception):
    """The audit log cannot be opened, written or read.

    The message is short, bilingual (Danish / English) and never contains question or
    reply text — only the path and the kind of problem.
    """


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of `AuditLog.verify`.

    `count` is the number of records checked, `first_broken_id` the id of the first record
    that does not verify (for a deleted record: the first id after the gap), `head_hash` the
    `row_hash` of the last record (auditors note it down to anchor the chain).
    """

    ok: bool
    count: int
    first_broken_id: int | None
    message: str
    head_id: int | None = None
    head_hash: str | None = None


# ---------------------------------------------------------------------------------------
# Migrations (named functions, applied once each, recorded in the `migrations` table).
# ---------------------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------------------
# Hashing helpers
# ---------------------------------------------------------------------------------------


def _canonical_json(value: Any) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    ).encode("utf-8")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _text_digest(salt: str, question: str | None, reply: str | None) -> str:
    return _sha256(bytes.fromhex(salt) + _canonical_json([question, reply]))


def _content_hash(values: dict[str, Any]) -> str:
    version = values.get("hash_version")
    if version != HASH_VERSION:
        raise ValueError(f"unknown hash_version {version!r}")
    return _sha256(_canonical_json({k: values.get(k) for k in HASHED_FIELDS_V1}))


def _row_hash(prev_hash: str, content_hash: str) -> str:
    return _sha256((prev_hash + content_hash).encode("ascii"))


# ---------------------------------------------------------------------------------------
# Time helpers. Timestamps are UTC, fixed-width ISO strings, so text order == time order.
# ---------------------------------------------------------------------------------------


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)


def _fmt_ts(dt: datetime) -> str:
    return _utc(dt).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _lower_bound(value: date | datetime | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return _fmt_ts(value)
    return _fmt_ts(datetime.combine(value, time.min, tzinfo=timezone.utc))


def _upper_bound(value: date | datetime | None) -> str | None:
    """Exclusive upper bound; a plain date includes that whole (UTC) day."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return _fmt_ts(_utc(value) + timedelta(microseconds=1))
    return _fmt_ts(datetime.combine(value + timedelta(days=1), time.min, tzinfo=timezone.utc))


def _default_clock() -> datetime:
    return datetime.now(timezone.utc)


# ---------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------


def _audit_error(exc: BaseException, path: Path, action: tuple[str, str]) -> AuditError:
    """Translate a storage exception into a clear message.

    SQLite's messages never contain bound parameter values, and all our SQL is constant,
    so nothing of a question can leak through `exc`.
    """
    raw = str(exc).lower()
    if isinstance(exc, sqlite3.Error):
        if "readonly" in raw or "read-only" in raw:
            kind = "filen eller mappen er skrivebeskyttet / file or directory is read-only"
        elif "full" in raw:
            kind = "disken er fuld / disk is full"
        elif "locked" in raw or "busy" in raw:
            kind = "databasen er låst af en anden proces / database is locked by another process"
        elif "unable to open" in raw:
            kind = "filen kan ikke åbnes / file cannot be opened"
        elif "not a database" in raw or "malformed" in raw:
            kind = "filen er ikke en gyldig revisionslog / file is not a valid audit log"
        else:
            kind = f"SQLite-fejl / SQLite error: {exc}"
    elif isinstance(exc, OSError):
        kind = f"{exc.strerror or type(exc).__name__}"
    else:
        kind = type(exc).__name__
    return AuditError(
        f"Revisionsloggen kunne ikke {action[0]} / audit log could not be {action[1]}: "
        f"{path} ({kind})"
    )


_OPEN = ("åbnes", "opened")
_WRITE = ("skrives", "written")
_READ = ("læses", "read")


# ---------------------------------------------------------------------------------------
# The log
# ---------------------------------------------------------------------------------------


class AuditLog:
    """Append-only, hash-chained audit log in one SQLite file.

    Thread-safe (one connection behind a lock) and process-safe (`BEGIN IMMEDIATE`).
    Use as a context manager or call `close()`.
    """

    def __init__(
        self,
        path: Path,
        pseudonym_key: str,
        *,
        create: bool = True,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """Open (and with `create=True` create) the log at `path` and run pending migrations.

        `pseudonym_key` empty -> a key file `<path>.key` is used (created lazily, mode 0600).
        `clock` returns the current time (tests inject one). Raises AuditError when the file
        cannot be opened or written, or (with `create=False`) does not exist.
        """
        self.path = Path(path)
        self._key: bytes | None = pseudonym_key.encode("utf-8") if pseudonym_key else None
        self._clock = clock or _default_clock
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        if not create and not self.path.exists():
            raise AuditError(
                f"Revisionsloggen findes ikke / audit log does not exist: {self.path}"
            )
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

    # -- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> "AuditLog":
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
            raise AuditError("Revisionsloggen er lukket / audit log is closed")
        return self._conn

    def _migrate(self) -> None:
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS migrations "
                "(name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
            )
            applied = {r[0] for r in conn.execute("SELECT name FROM migrations")}
            for name, fn in MIGRATIONS:
                if name not in applied:
                    fn(conn)
                    conn.execute(
                        "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                        (name, _fmt_ts(self._clock())),
                    )
            conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def migrations(self) -> list[tuple[str, str]]:
        """Applied migrations as (name, applied_at), in order of application."""
        with self._lock:
            return [
                (r[0], r[1])
                for r in self.conn.execute("SELECT name, applied_at FROM migrations ORDER BY rowid")
            ]

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

    def pseudonym(self, user_id: str | None) -> str | None:
        """HMAC-SHA256(key, user_id) as hex; None for no user (e.g. the local CLI)."""
        if user_id is None or user_id == "":
            return None
        return hmac.new(self._pseudonym_key(), user_id.encode("utf-8"), hashlib.sha256).hexdigest()

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
        row.update(id=next_id, hash_version=HASH_VERSION, ts=_fmt_ts(self._clock()))
        row["content_hash"] = _content_hash(row)
        row["prev_hash"] = prev_hash
        row["row_hash"] = _row_hash(prev_hash, row["content_hash"])
        cols = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        conn.execute(f"INSERT INTO events ({cols}) VALUES ({marks})", tuple(row.values()))
        return next_id

    def record_answer(
        self, answer: Answer, question: str, *, channel: str, user_id: str | None
    ) -> int:
        """Log one reply to a question and return the record id (the caller sets
        `answer.audit_id`).

        answered -> `question_answered`, no_answer -> `no_answer`, both with texts and
        citations. refused -> `refused` with category, reason, channel, pseudonym and time
        only: `question` and `answer.text` are not stored, hashed or put in any message.
        """
        _check_channel(channel)
        user = self.pseudonym(user_id)
        if answer.status == "refused":
            # Deliberately builds the record from an allow-list of harmless fields.
            return self._append(
                {
                    "event": "refused",
                    "status": "refused",
                    "reason": answer.reason,
                    "refusal_category": answer.refusal_category,
                    "channel": channel,
                    "user_pseudonym": user,
                }
            )
        if answer.status not in ("answered", "no_answer"):
            raise ValueError(f"unknown answer status {answer.status!r}")
        salt = secrets.token_hex(16)
        citations = [
            {
                "issue": str(c.issue),
                "article": str(c.article),
                "page": int(c.page),
                "quote": str(c.quote),
                "score": _finite(c.score),
            }
            for c in answer.citations
        ]
        return self._append(
            {
                "event": "question_answered" if answer.status == "answered" else "no_answer",
                "status": answer.status,
                "reason": answer.reason,
                "channel": channel,
                "user_pseudonym": user,
                "question": question,
                "reply": answer.text,
                "text_salt": salt,
                "text_digest": _text_digest(salt, question, answer.text),
                "citations": _canonical_json(citations).decode("utf-8"),
                "index_version": answer.index_version,
                "embedder_id": answer.embedder_id,
                "latency_ms": _finite(answer.latency_ms),
                "decision_request": int(bool(answer.decision_request)),
            }
        )

    def record_feedback(
        self, audit_id: int, value: str, *, channel: str, user_id: str | None
    ) -> int:
        """Log a thumbs up/down ("up"/"down") on the answer with record id `audit_id`.

        Raises ValueError for another value or an id that is not a logged question.
        """
        _check_channel(channel)
        if value not in FEEDBACK_VALUES:
            raise ValueError(f"feedback must be 'up' or 'down', not {value!r}")
        self._check_ref(audit_id)
        return self._append(
            {
                "event": "feedback",
                "channel": channel,
                "user_pseudonym": self.pseudonym(user_id),
                "ref_id": int(audit_id),
                "value": value,
            }
        )

    def record_escalation(
        self, audit_id: int | None, *, channel: str, user_id: str | None, target: str
    ) -> int:
        """Log that a user was referred to `target` (e.g. HR), optionally about a record."""
        _check_channel(channel)
        if audit_id is not None:
            self._check_ref(audit_id)
        return self._append(
            {
                "event": "escalated",
                "channel": channel,
                "user_pseudonym": self.pseudonym(user_id),
                "ref_id": None if audit_id is None else int(audit_id),
                "value": target,
            }
        )

    def record_index_published(self, version: str, detail: dict[str, Any]) -> int:
        """Log that search index `version` went live; `detail` must be JSON (no personal data)."""
        try:
            detail_json = _canonical_json(detail).decode("utf-8")
        except (TypeError, ValueError) as exc:
            raise ValueError(f"index detail is not JSON-serialisable: {exc}") from None
        return self._append(
            {"event": "index_published", "index_version": version, "value": version, "detail": detail_json}
        )

    def _check_ref(self, audit_id: int) -> None:
        with self._lock:
            try:
                row = self.conn.execute(
                    "SELECT event FROM events WHERE id = ?", (int(audit_id),)
                ).fetchone()
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc
        if row is None or row[0] not in _QUESTION_EVENTS:
            raise ValueError(f"audit id {audit_id} is not a logged question")

    # -- retention ------------------------------------------------------------------------

    def purge(self, before: datetime | date) -> int:
        """Remove question/reply texts (and their salts) of records older than `before`
        (a date means midnight UTC), append a `purged` event and return how many records
        were purged. Hashes are kept, so the chain still verifies."""
        cutoff = _lower_bound(before)
        assert cutoff is not None
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                try:
                    now = _fmt_ts(self._clock())
                    cur = conn.execute(
                        "UPDATE events SET question = NULL, reply = NULL, text_salt = NULL, "
                        "purged_at = ? WHERE ts < ? AND (question IS NOT NULL OR "
                        "reply IS NOT NULL OR text_salt IS NOT NULL)",
                        (now, cutoff),
                    )
                    count = cur.rowcount
                    # The marker goes into the same transaction: texts are never gone
                    # without the event that explains why.
                    self._insert(
                        conn,
                        {
                            "event": "purged",
                            "detail": _canonical_json({"before": cutoff, "count": count}).decode(),
                        },
                    )
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

    def get(self, audit_id: int) -> dict[str, Any] | None:
        """One record as a dict with the keys in RECORD_FIELDS, or None if there is none."""
        rows = self._query("WHERE id = ?", (int(audit_id),))
        return rows[0] if rows else None

    def list(
        self,
        *,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        status: Sequence[str] | None = None,
        article: str | None = None,
        limit: int | None = None,
    ) -> Records:
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
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        status: Sequence[str] | None = None,
        article: str | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Like `list`, but yields records one by one (large exports)."""
        where, params = _filters(since, until, status, article)
        last_id = 0
        while True:  # keyset pages: never holds the lock across a yield
            clause = (where + " AND" if where else "WHERE") + " id > ?"
            page = self._query(clause + " ORDER BY id LIMIT 500", (*params, last_id), order=False)
            if not page:
                return
            yield from page
            last_id = page[-1]["id"]

    def export(
        self,
        out: TextIO,
        fmt: str = "jsonl",
        *,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        status: Sequence[str] | None = None,
        article: str | None = None,
    ) -> int:
        """Write records as `csv` (citations/detail as JSON strings; question/reply texts
        starting with = + - @ get a leading ' against spreadsheet formula injection) or
        `jsonl` (exact) to `out`; return the number written."""
        if fmt not in ("csv", "jsonl"):
            raise ValueError(f"format must be csv or jsonl, not {fmt!r}")
        records = self.iter_records(since=since, until=until, status=status, article=article)
        n = 0
        if fmt == "jsonl":
            for rec in records:
                out.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
                n += 1
            return n
        writer = csv.DictWriter(out, fieldnames=list(RECORD_FIELDS), lineterminator="\n")
        writer.writeheader()
        for rec in records:
            flat = dict(rec)
            for key in ("citations", "detail"):
                if flat[key] is not None:
                    flat[key] = json.dumps(flat[key], ensure_ascii=False)
            for key in ("question", "reply"):
                # Auditors open CSV in spreadsheets: a user's "=HYPERLINK(...)" must not
                # become a formula. JSONL stays byte-exact.
                text = flat[key]
                if isinstance(text, str) and text[:1] in ("=", "+", "-", "@", "\t", "\r"):
                    flat[key] = "'" + text
            writer.writerow(flat)
            n += 1
        return n

    def stats(
        self,
        *,
        since: date | datetime | None = None,
        until: date | datetime | None = None,
        top: int = 10,
    ) -> dict[str, Any]:
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
                            f"SELECT value, count(*) FROM events {and_} event = 'feedback' GROUP BY value",
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

    def _query(self, where: str, params: Iterable[Any], *, order: bool = True) -> Records:
        cols = ", ".join(RECORD_FIELDS)
        sql = f"SELECT {cols} FROM events {where}" + (" ORDER BY id" if order else "")
        with self._lock:
            try:
                rows = self.conn.execute(sql, tuple(params)).fetchall()
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc
        return [_decode(row) for row in rows]

    # -- verification ---------------------------------------------------------------------

    def verify(self) -> VerifyResult:
        """Recompute the whole chain in id order and report the first broken record."""
        fields = ", ".join(
            ("question", "reply", "text_salt", "purged_at", "content_hash", "prev_hash", "row_hash")
            + HASHED_FIELDS_V1
        )
        with self._lock:
            conn = self.conn
            try:
                conn.execute("BEGIN")  # consistent snapshot while writers go on
                try:
                    purges = _purge_cutoffs(conn)
                    seq_row = conn.execute(
                        "SELECT seq FROM sqlite_sequence WHERE name = 'events'"
                    ).fetchone()
                    cur = conn.execute(f"SELECT {fields} FROM events ORDER BY id")
                    names = [d[0] for d in cur.description]
                    result = _verify_rows((dict(zip(names, r)) for r in cur), purges, seq_row)
                finally:
                    if conn.in_transaction:
                        conn.execute("COMMIT")
            except sqlite3.Error as exc:
                raise _audit_error(exc, self.path, _READ) from exc
        return result


# ---------------------------------------------------------------------------------------
# Module helpers
# ---------------------------------------------------------------------------------------


def open_audit_log(settings: Any, *, create: bool = True) -> AuditLog:
    """Open the log configured in `settings` (`bot.config.AuditSettings`)."""
    return AuditLog(Path(settings.location), settings.pseudonym_key, create=create)


def _check_channel(channel: str) -> None:
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, not {channel!r}")


def _finite(value: float | None) -> float | None:
    # NaN would be stored by SQLite as NULL and then break the hash; infinities are not JSON.
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


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
    since: date | datetime | None,
    until: date | datetime | None,
    status: Sequence[str] | None,
    article: str | None,
) -> tuple[str, tuple[Any, ...]]:
    clauses: list[str] = []
    params: list[Any] = []
    lo, hi = _lower_bound(since), _upper_bound(until)
    if lo is not None:
        clauses.append("ts >= ?")
        params.append(lo)
    if hi is not None:
        clauses.append("ts < ?")
        params.append(hi)
    if status:
        wanted = list(status)
        unknown = [s for s in wanted if s not in STATUSES and s not in EVENT_TYPES]
        if unknown:
            raise ValueError(f"unknown status/event: {', '.join(unknown)}")
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


def _decode(row: Sequence[Any]) -> dict[str, Any]:
    rec = dict(zip(RECORD_FIELDS, row))
    for key in ("citations", "detail"):
        if rec[key] is not None:
            try:
                rec[key] = json.loads(rec[key])
            except ValueError:
                pass  # tampered JSON: show it raw; verify reports the record
    if rec["decision_request"] is not None:
        rec["decision_request"] = bool(rec["decision_request"])
    return rec


def _purge_cutoffs(conn: sqlite3.Connection) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    for pid, detail in conn.execute("SELECT id, detail FROM events WHERE event = 'purged'"):
        try:
            before = json.loads(detail)["before"]
        except (TypeError, ValueError, KeyError):
            continue  # a tampered marker is reported by its own content hash
        if isinstance(before, str):
            out.append((int(pid), before))
    return out


def _verify_rows(
    rows: Iterable[dict[str, Any]],
    purges: list[tuple[int, str]],
    seq_row: tuple[int] | None,
) -> VerifyResult:
    prev_hash = GENESIS_HASH
    expected_id = 1
    count = 0
    head_id: int | None = None

    def broken(rid: int, why: str) -> VerifyResult:
        return VerifyResult(
            ok=False,
            count=count,
            first_broken_id=rid,
            message=f"Kæden er brudt ved post {rid} / chain broken at record {rid}: {why}",
            head_id=head_id,
            head_hash=prev_hash if head_id is not None else None,
        )

    for row in rows:
        rid = row["id"]
        if not isinstance(rid, int) or rid != expected_id:
            if isinstance(rid, int) and rid > expected_id:
                return broken(expected_id, f"post {expected_id}-{rid - 1} mangler / records missing")
            return broken(expected_id, "poster i forkert rækkefølge / records out of order")
        if row["text_digest"] is not None:
            has_text = row["question"] is not None and row["text_salt"] is not None
            if has_text:
                if _text_digest(row["text_salt"], row["question"], row["reply"]) != row["text_digest"]:
                    return broken(rid, "spørgsmål/svar ændret / question or reply text changed")
            elif not any(pid > rid and row["ts"] < before for pid, before in purges):
                return broken(rid, "tekst fjernet uden sletning / text removed without a purge event")
        try:
            content = _content_hash(row)
        except (TypeError, ValueError):
            return broken(rid, "ugyldigt indhold / invalid content")
        if content != row["content_hash"]:
            return broken(rid, "indhold ændret / content changed")
        if row["prev_hash"] != prev_hash:
            return broken(rid, "forrige hash passer ikke / previous hash does not match")
        if _row_hash(prev_hash, content) != row["row_hash"]:
            return broken(rid, "post-hash passer ikke / row hash does not match")
        prev_hash = row["row_hash"]
        head_id = rid
        expected_id += 1
        count += 1
    last_id = expected_id - 1
    if seq_row is not None and seq_row[0] != last_id:
        if seq_row[0] > last_id:
            return broken(last_id + 1, f"post {last_id + 1}-{seq_row[0]} mangler i enden / tail records missing")
        return broken(last_id, "sekvenstæller passer ikke / sequence counter does not match")
    if seq_row is None and last_id:
        return broken(last_id, "sekvenstæller mangler / sequence counter missing")
    return VerifyResult(
        ok=True,
        count=count,
        first_broken_id=None,
        message=(
            f"OK: {count} poster, kæden er intakt / {count} records, chain intact"
            + (f" (head {head_id} {prev_hash})" if head_id is not None else "")
        ),
        head_id=head_id,
        head_hash=prev_hash if head_id is not None else None,
    )
