"""The PostgreSQL audit store (`AuditStore` on one PostgreSQL database): the backend for several
replicas behind one endpoint (`LEDELSESBOT_DATABASE_URL=postgresql://…`).

Records are built by `records.py` and chained by `chain.py` exactly as the SQLite store does,
so a record has the same hashes on both backends and `audit migrate` copies a SQLite log
without changing one. Every append runs in one transaction that first takes the chain head
(`audit_chain_lock()`: a row lock on `chain_head`), so the appends of every replica form one
gapless chain; the database itself refuses a record that does not follow the head, and
refuses DELETE, TRUNCATE and every UPDATE but a purge (`postgres_schema.py`). An id is returned
only after COMMIT with `synchronous_commit=on`: it survives `kill -9` of the replica and a
crash of the server. Time stamps come from the database server's clock, taken under the
lock, so time order is id order across replicas (a test may inject a clock instead).

The pseudonym key must be configured (`LEDELSESBOT_PSEUDONYM_KEY`): a key file per host
would give every replica other pseudonyms. Connections come from a small pool (psycopg_pool),
each checked before use, so a restarted server costs one failed request at most.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from retrieval.models import Answer

from .. import postgres as pg
from . import records
from .chain import HASH_VERSION, VERIFY_FIELDS, content_hash, purge_cutoff, row_hash, verify_chain
from .store import (
    FEEDBACK_VALUES,
    RECORD_FIELDS,
    STATUSES,
    AuditError,
    AuditErrorKind,
    AuditStats,
    Record,
    VerifyResult,
    When,
)

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

WHAT = ("Revisionsloggen", "audit log")
DEFAULT_POOL_SIZE = 4
_COLUMNS = ", ".join(RECORD_FIELDS)


class PostgresAuditStore:
    """`AuditStore` on PostgreSQL: append-only, hash-chained, shared by every replica.

    Thread-safe (a connection pool; each call takes its own connection). Use as a context
    manager or call `close()`.
    """

    def __init__(
        self,
        url: str,
        pseudonym_key: str,
        *,
        create: bool = True,
        clock: Callable[[], datetime] | None = None,
        pool_size: int = DEFAULT_POOL_SIZE,
    ) -> None:
        """Connect to `url`, check the schema and (with `create=True`) apply pending migrations
        when this role may, and check that this role may append.

        With `create=False` (reading) nothing is created or migrated: a database without the
        audit schema is AuditError(MISSING). Raises AuditError with a kind for an unreachable
        server, a wrong password, a missing schema or a role that may not write."""
        pg.require_driver(WHAT)
        self.url = url
        self._key: bytes | None = pseudonym_key.encode("utf-8") if pseudonym_key else None
        self._clock = clock
        self._lock = threading.Lock()
        self._pool: ConnectionPool | None = pg.open_pool(url, what=WHAT, max_size=pool_size)
        try:
            if not create:
                self._check_exists()
            from .postgres_schema import MIGRATION_LOCK_KEY, MIGRATIONS, MIGRATIONS_TABLE

            pg.ensure_schema(
                self.pool,
                MIGRATIONS_TABLE,
                MIGRATIONS,
                lock_key=MIGRATION_LOCK_KEY,
                now=records.format_ts(records.utc_now()),
                apply=create,
                what=WHAT,
                url=url,
            )
            if create:
                self._check_may_append()
        except BaseException:
            self.close()
            raise

    # -- lifecycle ------------------------------------------------------------------------

    def __enter__(self) -> PostgresAuditStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the pool (idempotent)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    @property
    def pool(self) -> ConnectionPool:
        """The connection pool; raises AuditError(UNAVAILABLE) when closed."""
        pool = self._pool
        if pool is None:
            raise AuditError(AuditErrorKind.UNAVAILABLE, "Revisionsloggen er lukket / audit log is closed")
        return pool

    def _error(self, exc: BaseException, action: tuple[str, str]) -> AuditError:
        if isinstance(exc, AuditError):
            return exc
        return pg.db_error(exc, WHAT, self.url, action)

    def _check_exists(self) -> None:
        import psycopg

        from .postgres_schema import MIGRATIONS_TABLE

        try:
            with self.pool.connection() as conn:
                row = conn.execute(
                    "SELECT to_regclass('events') IS NOT NULL, to_regclass(%s) IS NOT NULL", (MIGRATIONS_TABLE,)
                ).fetchone()
        except psycopg.Error as exc:
            raise self._error(exc, pg.OPEN) from None
        if not row or not (row[0] and row[1]):
            raise AuditError(
                AuditErrorKind.MISSING,
                f"Revisionsloggen findes ikke / audit log does not exist: {pg.redact(self.url)} "
                "(ingen tabel events / no events table)",
            )

    def _check_may_append(self) -> None:
        """A role without INSERT (e.g. the auditors' read-only role) fails now, at start-up,
        not on the first question."""
        import psycopg

        try:
            with self.pool.connection() as conn:
                row = conn.execute(
                    "SELECT current_user, has_table_privilege('events', 'INSERT'), "
                    "has_function_privilege('audit_chain_lock()', 'EXECUTE'), "
                    "current_setting('transaction_read_only') = 'on'"
                ).fetchone()
        except psycopg.Error as exc:
            raise self._error(exc, pg.OPEN) from None
        assert row is not None
        user, may_insert, may_lock, read_only = row
        if read_only or not (may_insert and may_lock):
            raise AuditError(
                AuditErrorKind.READ_ONLY,
                f"Revisionsloggen kan ikke skrives af rollen / the audit log cannot be written by role {user!r}: "
                f"{pg.redact(self.url)} (skrivebeskyttet rolle eller server / read-only role or server; "
                "botten skal bruge en rolle i <database>_writer / the bot needs a role in <database>_writer, "
                "docs/deploy.md)",
            )

    def migrations(self) -> list[tuple[str, str]]:
        """Applied migrations as (name, applied_at), in order of application."""
        from .postgres_schema import MIGRATIONS_TABLE

        return [
            (str(r[0]), str(r[1]))
            for r in self._fetch(f"SELECT name, applied_at FROM {MIGRATIONS_TABLE} ORDER BY applied_at, name")
        ]

    # -- pseudonyms -----------------------------------------------------------------------

    def _pseudonym_key(self) -> bytes:
        if self._key is None:
            raise AuditError(
                AuditErrorKind.CONFIG,
                "LEDELSESBOT_PSEUDONYM_KEY skal sættes for PostgreSQL / must be set for PostgreSQL "
                "(alle replikaer skal bruge samme nøgle / every replica must use the same key)",
            )
        return self._key

    def pseudonym(self, user_id: str | None) -> str | None:
        """HMAC-SHA256(key, user_id) as hex; None for no user (e.g. the local CLI)."""
        if user_id is None or user_id == "":
            return None
        return records.pseudonym(self._pseudonym_key(), user_id)

    def conversation_key(self, conversation: str | None) -> str | None:
        """The keyed pseudonym of a platform thread id (`records.conversation_key`)."""
        if conversation is None or conversation == "":
            return None
        return records.conversation_key(self._pseudonym_key(), conversation)

    # -- writing --------------------------------------------------------------------------

    def _append(self, values: dict[str, Any]) -> int:
        """Append one record in its own transaction; return its id once COMMIT returned."""
        import psycopg

        try:
            with self.pool.connection() as conn, conn.transaction():
                return self._insert(conn, values)
        except psycopg.Error as exc:
            raise self._error(exc, pg.WRITE) from None

    def _insert(self, conn: psycopg.Connection[Any], values: dict[str, Any]) -> int:
        """Chain and insert one record; the caller holds a transaction. Takes the chain lock."""
        head = conn.execute("SELECT last_id, row_hash, now FROM audit_chain_lock()").fetchone()
        if head is None:
            raise AuditError(
                AuditErrorKind.CORRUPT, f"Kædens hoved mangler / chain head missing: {pg.redact(self.url)}"
            )
        last_id, prev_hash, server_now = head
        row = dict(values)
        now = self._clock() if self._clock is not None else server_now
        row.update(id=int(last_id) + 1, hash_version=HASH_VERSION, ts=records.format_ts(now))
        row["content_hash"] = content_hash(row)
        row["prev_hash"] = prev_hash
        row["row_hash"] = row_hash(prev_hash, row["content_hash"])
        cols = ", ".join(row)
        marks = ", ".join("%s" for _ in row)
        conn.execute(f"INSERT INTO events ({cols}) VALUES ({marks})", tuple(row.values()))
        return int(row["id"])

    def insert_verbatim(self, rows: Sequence[Mapping[str, Any]]) -> int:
        """Copy already chained records (every stored column, salt included) in one
        transaction, as they are: `audit migrate`. The database checks that they continue the
        chain; return the number copied."""
        import psycopg

        if not rows:
            return 0
        cols = list(rows[0])
        sql = f"INSERT INTO events ({', '.join(cols)}) VALUES ({', '.join('%s' for _ in cols)})"
        try:
            with self.pool.connection() as conn, conn.transaction():
                conn.execute("SELECT last_id FROM audit_chain_lock()")
                with conn.cursor() as cur:
                    cur.executemany(sql, [tuple(r[c] for c in cols) for r in rows])
        except psycopg.Error as exc:
            raise self._error(exc, pg.WRITE) from None
        return len(rows)

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
        """Log one reply to a question and return the record id. A refusal is stored as
        category, reason, channel, pseudonym and time only (`records.answer_values`)."""
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
        """Log a thumbs up/down on the answer with record id `audit_id` (see `AuditStore`)."""
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
        if audit_id is not None and self._ref(audit_id)[0] not in records.QUESTION_EVENTS:
            raise ValueError(f"audit id {audit_id} is not a logged question")
        return self._append(values)

    def record_index_published(self, version: str, detail: Mapping[str, Any]) -> int:
        """Log that search index `version` went live; `detail` must be JSON (no personal data)."""
        return self._append(records.index_published_values(version, detail))

    def _ref(self, audit_id: int) -> tuple[str | None, str | None]:
        """(event, conversation key) of record `audit_id`; (None, None) when there is none."""
        if not -(2**63) <= int(audit_id) < 2**63:
            return None, None
        rows = self._fetch("SELECT event, conversation FROM events WHERE id = %s", (int(audit_id),))
        return (rows[0][0], rows[0][1]) if rows else (None, None)

    # -- retention ------------------------------------------------------------------------

    def purge(self, before: When) -> int:
        """Remove question/reply texts (and their salts) of records older than `before`,
        append a `purged` event in the same transaction and return how many records were
        purged. Needs a role in `<database>_purger` (the bot's role may not UPDATE)."""
        import psycopg

        cutoff = records.lower_bound(before)
        assert cutoff is not None
        try:
            with self.pool.connection() as conn:
                allowed = conn.execute(
                    "SELECT current_user, has_column_privilege('events', 'question', 'UPDATE')"
                ).fetchone()
                if allowed is not None and not allowed[1]:
                    raise AuditError(
                        AuditErrorKind.READ_ONLY,
                        f"Rollen {allowed[0]!r} må ikke slette tekster / role {allowed[0]!r} may not purge: "
                        f"{pg.redact(self.url)} (kør purge med en rolle i <database>_purger / "
                        "run purge with a role in <database>_purger, docs/deploy.md)",
                    )
                with conn.transaction():
                    # The chain lock first: the marker follows the purge in the same transaction.
                    head = conn.execute("SELECT now FROM audit_chain_lock()").fetchone()
                    now = self._clock() if self._clock is not None else (head[0] if head else records.utc_now())
                    cur = conn.execute(
                        "UPDATE events SET question = NULL, reply = NULL, text_salt = NULL, purged_at = %s "
                        "WHERE ts < %s AND (question IS NOT NULL OR reply IS NOT NULL OR text_salt IS NOT NULL)",
                        (records.format_ts(now), cutoff),
                    )
                    count = cur.rowcount
                    self._insert(conn, records.purged_values(cutoff, count))
        except psycopg.Error as exc:
            raise self._error(exc, pg.WRITE) from None
        return count

    # -- reading --------------------------------------------------------------------------

    def _fetch(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        import psycopg

        try:
            with self.pool.connection() as conn:
                return list(conn.execute(sql, tuple(params)).fetchall())
        except psycopg.Error as exc:
            raise self._error(exc, pg.READ) from None

    def _query(self, where: str, params: Sequence[Any], *, order: bool = True) -> list[Record]:
        sql = f"SELECT {_COLUMNS} FROM events {where}" + (" ORDER BY id" if order else "")
        return [records.decode_record(row) for row in self._fetch(sql, params)]

    def get(self, audit_id: int) -> Record | None:
        """One record as a dict with the keys in RECORD_FIELDS, or None if there is none."""
        if not -(2**63) <= int(audit_id) < 2**63:
            return None
        rows = self._query("WHERE id = %s", (int(audit_id),))
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
        """Records in id order (filters as in the SQLite store); `limit` keeps the newest N."""
        where, params = _filters(since, until, status, article)
        if limit is not None:
            rows = self._query(where + " ORDER BY id DESC LIMIT %s", (*params, int(limit)), order=False)
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
        """Like `list_records`, but yields records one by one (keyset pages of 500; no
        connection is held across a yield)."""
        where, params = _filters(since, until, status, article)
        last_id = 0
        while True:
            clause = (where + " AND" if where else "WHERE") + " id > %s"
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
        """Summary for auditors (the same numbers as the SQLite store), from one snapshot."""
        import psycopg

        where, params = _filters(since, until, None, None)
        and_ = (where + " AND") if where else "WHERE"
        q_events = "event IN ('question_answered', 'no_answer', 'refused')"
        cites = "CROSS JOIN LATERAL jsonb_array_elements(events.citations::jsonb) AS c(v)"
        try:
            with self.pool.connection() as conn, conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")

                def q(sql: str, args: Sequence[Any] = params) -> list[tuple[Any, ...]]:
                    return list(conn.execute(sql, tuple(args)).fetchall())

                per_day = q(
                    f"SELECT substr(ts, 1, 10) AS day, count(*) FROM events {and_} {q_events} GROUP BY day ORDER BY day"
                )
                by_status = dict(q(f"SELECT status, count(*) FROM events {and_} {q_events} GROUP BY status"))
                categories = q(
                    f"SELECT coalesce(refusal_category, '?') COLLATE \"C\", count(*) FROM events {and_} "
                    "event = 'refused' GROUP BY 1 ORDER BY 2 DESC, 1"
                )
                # COLLATE "C": ties in byte order, as SQLite sorts them.
                articles = q(
                    f"SELECT c.v->>'issue' COLLATE \"C\", c.v->>'article' COLLATE \"C\", count(*) FROM events {cites} "
                    f"{and_} events.citations IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT %s",
                    (*params, top),
                )
                pages = q(
                    f"SELECT c.v->>'issue' COLLATE \"C\", (c.v->>'page')::int, count(*) FROM events {cites} "
                    f"{and_} events.citations IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT %s",
                    (*params, top),
                )
                feedback = dict(
                    q(
                        # One vote per user per answer: only each user's latest counts.
                        f"SELECT value, count(*) FROM events AS e {and_} event = 'feedback' "
                        "AND id = (SELECT max(f.id) FROM events AS f WHERE f.event = 'feedback' "
                        "AND f.ref_id = e.ref_id AND f.user_pseudonym IS NOT DISTINCT FROM e.user_pseudonym) "
                        "GROUP BY value"
                    )
                )
                escalations = q(f"SELECT count(*) FROM events {and_} event = 'escalated'")[0][0]
                decision_requests = q(f"SELECT count(*) FROM events {and_} {q_events} AND decision_request = 1")[0][0]
        except psycopg.Error as exc:
            raise self._error(exc, pg.READ) from None
        total = sum(int(n) for n in by_status.values())
        counts = {s: int(by_status.get(s, 0)) for s in STATUSES}
        return {
            "questions": total,
            "counts": counts,
            "shares": {s: (counts[s] / total if total else 0.0) for s in STATUSES},
            "per_day": [(str(d), int(n)) for d, n in per_day],
            "refusal_categories": [(str(c), int(n)) for c, n in categories],
            "top_articles": [(str(i), str(a), int(n)) for i, a, n in articles],
            "top_pages": [(str(i), int(p), int(n)) for i, p, n in pages],
            "feedback": {v: int(feedback.get(v, 0)) for v in FEEDBACK_VALUES},
            "escalations": int(escalations),
            "decision_requests": int(decision_requests),
        }

    def count(self) -> int:
        """Number of records."""
        return int(self._fetch("SELECT count(*) FROM events")[0][0])

    # -- verification ---------------------------------------------------------------------

    def verify(self) -> VerifyResult:
        """Recompute the whole chain in id order (`chain.verify_chain`) from one snapshot,
        streamed with a server-side cursor. `chain_head.last_id` (which only moves forward) is
        the counter that reveals a deleted tail."""
        import psycopg

        fields = ", ".join(VERIFY_FIELDS)
        try:
            with self.pool.connection() as conn, conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                purges = [
                    (int(pid), before)
                    for pid, detail in conn.execute("SELECT id, detail FROM events WHERE event = 'purged'")
                    if (before := purge_cutoff(detail)) is not None
                ]
                head = conn.execute("SELECT last_id FROM chain_head").fetchone()
                with conn.cursor(name="ledelsesbot_verify") as cur:
                    cur.itersize = 2000
                    cur.execute(f"SELECT {fields} FROM events ORDER BY id")
                    names = list(VERIFY_FIELDS)
                    result = verify_chain(
                        (dict(zip(names, r, strict=True)) for r in cur), purges, int(head[0]) if head else None
                    )
        except psycopg.Error as exc:
            raise self._error(exc, pg.READ) from None
        return result


def _filters(
    since: When | None,
    until: When | None,
    status: Sequence[str] | None,
    article: str | None,
) -> tuple[str, tuple[Any, ...]]:
    """WHERE clause and parameters (the same filters as the SQLite store's)."""
    clauses: list[str] = []
    params: list[Any] = []
    lo, hi = records.lower_bound(since), records.upper_bound(until)
    if lo is not None:
        clauses.append("ts >= %s")
        params.append(lo)
    if hi is not None:
        clauses.append("ts < %s")
        params.append(hi)
    if status:
        wanted = records.check_statuses(status)
        clauses.append("(status = ANY(%s) OR event = ANY(%s))")
        params.extend([wanted, wanted])
    if article:
        clauses.append(
            "EXISTS (SELECT 1 FROM jsonb_array_elements(events.citations::jsonb) AS c(v) "
            "WHERE lower(c.v->>'article') LIKE %s ESCAPE '\\')"
        )
        escaped = article.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        params.append(f"%{escaped}%")
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", tuple(params)
