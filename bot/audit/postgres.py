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

Size: ~720 lines, for the same reason as `sqlite.py`: the whole `AuditStore` protocol in one
SQL dialect, the shared parts being in `records.py`, `chain.py` and `postgres_schema.py`.
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
    ChainHead,
    QuestionPage,
    QuestionQuery,
    QuestionRow,
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
_E_COLUMNS = ", ".join(f"e.{c}" for c in RECORD_FIELDS)


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
        read_only: bool = False,
        clock: Callable[[], datetime] | None = None,
        pool_size: int = DEFAULT_POOL_SIZE,
    ) -> None:
        """Connect to `url`, check the schema and (with `create=True`) apply pending migrations
        when this role may, and check that this role may append.

        With `create=False` (reading) nothing is created or migrated: a database without the
        audit schema is AuditError(MISSING). `read_only=True` (the auditors' commands and web
        view; connect as the reader role): nothing is created or migrated, no write privilege
        is required, and every write method raises AuditError(READ_ONLY) before it touches the
        database. Raises AuditError with a kind for an unreachable server, a wrong password, a
        missing schema or a role that may not write."""
        pg.require_driver(WHAT)
        self.url = url
        self._key: bytes | None = pseudonym_key.encode("utf-8") if pseudonym_key else None
        self._clock = clock
        self._lock = threading.Lock()
        self.read_only = read_only
        create = create and not read_only
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

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise AuditError(
                AuditErrorKind.READ_ONLY,
                f"Revisionsloggen er åbnet skrivebeskyttet / audit log opened read-only: {pg.redact(self.url)}",
            )

    def _append(self, values: dict[str, Any]) -> int:
        """Append one record in its own transaction; return its id once COMMIT returned."""
        import psycopg

        self._refuse_if_read_only()
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

    def record_access(self, auditor: str, action: str, detail: Mapping[str, Any]) -> int:
        """Log that auditor account `auditor` viewed or exported something (`records.access_values`)."""
        return self._append(records.access_values(auditor, action, detail))

    # -- retention ------------------------------------------------------------------------

    def purge(self, before: When) -> int:
        """Remove question/reply texts (and their salts) of records older than `before`,
        append a `purged` event in the same transaction and return how many records were
        purged. Needs a role in `<database>_purger` (the bot's role may not UPDATE)."""
        import psycopg

        self._refuse_if_read_only()
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
        clause = (where + " AND" if where else "WHERE") + " id > %s ORDER BY id LIMIT %s"
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

    # -- the auditors' views --------------------------------------------------------------

    def head(self) -> ChainHead | None:
        """The newest record's id, row hash and time, or None for an empty log (no verify)."""
        rows = self._fetch("SELECT id, row_hash, ts FROM events ORDER BY id DESC LIMIT 1")
        return ChainHead(id=int(rows[0][0]), row_hash=str(rows[0][1]), ts=str(rows[0][2])) if rows else None

    def query_questions(self, query: QuestionQuery, *, offset: int = 0, limit: int = 50) -> QuestionPage:
        """One page of question records matching `query`, newest first, with the total count
        and each row's vote and escalation counts, from one snapshot."""
        import psycopg

        where, params = _question_filters(query)
        try:
            with self.pool.connection() as conn, conn.transaction():
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                total = conn.execute(f"SELECT count(*) FROM events AS e {where}", params).fetchone()
                rows = conn.execute(
                    f"SELECT {_E_COLUMNS} FROM events AS e {where} ORDER BY e.id DESC LIMIT %s OFFSET %s",
                    (*params, max(0, int(limit)), max(0, int(offset))),
                ).fetchall()
                out = self._with_counts(conn, [records.decode_record(r) for r in rows])
        except psycopg.Error as exc:
            raise self._error(exc, pg.READ) from None
        return QuestionPage(total=int(total[0]) if total else 0, rows=out)

    def iter_questions(self, query: QuestionQuery) -> Iterator[QuestionRow]:
        """Every question record matching `query` in id order, with its counts (keyset pages of
        500; no connection is held across a yield)."""
        import psycopg

        where, params = _question_filters(query)
        last_id = 0
        while True:
            try:
                with self.pool.connection() as conn:
                    rows = conn.execute(
                        f"SELECT {_E_COLUMNS} FROM events AS e {where} AND e.id > %s ORDER BY e.id LIMIT 500",
                        (*params, last_id),
                    ).fetchall()
                    page = self._with_counts(conn, [records.decode_record(r) for r in rows])
            except psycopg.Error as exc:
                raise self._error(exc, pg.READ) from None
            if not page:
                return
            yield from page
            last_id = page[-1].record["id"]

    def _with_counts(self, conn: psycopg.Connection[Any], found: list[Record]) -> list[QuestionRow]:
        """Attach vote and escalation counts to question records (one query per page)."""
        if not found:
            return []
        refs: dict[int, list[Record]] = {}
        for ref_id, rid, event, value, user in conn.execute(
            "SELECT ref_id, id, event, value, user_pseudonym FROM events WHERE ref_id = ANY(%s) "
            "AND event IN ('feedback', 'escalated')",
            ([rec["id"] for rec in found],),
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
        if not -(2**63) <= int(audit_id) < 2**63:
            return []
        return self._query(
            "WHERE (ref_id = %s AND event IN ('feedback', 'escalated')) OR follows_id = %s",
            (int(audit_id), int(audit_id)),
        )

    def refusal_categories(self) -> list[str]:
        """The distinct refusal categories in the log, sorted (byte order, as SQLite)."""
        rows = self._fetch(
            "SELECT DISTINCT refusal_category COLLATE \"C\" FROM events WHERE event = 'refused' "
            "AND refusal_category IS NOT NULL ORDER BY 1"
        )
        return [str(r[0]) for r in rows]

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


# 👎: some user's latest vote on the answer is down (`records.latest_votes`, in SQL; the same
# rule and shape as the SQLite store's).
_LATEST_DOWN_VOTE = (
    "e.id IN (SELECT f.ref_id FROM events AS f WHERE f.event = 'feedback' AND f.value = 'down' "
    "AND NOT EXISTS (SELECT 1 FROM events AS g WHERE g.event = 'feedback' AND g.ref_id = f.ref_id "
    "AND g.user_pseudonym IS NOT DISTINCT FROM f.user_pseudonym AND g.id > f.id))"
)


def _question_filters(query: QuestionQuery) -> tuple[str, tuple[Any, ...]]:
    """WHERE clause (over `events AS e`) and parameters of a QuestionQuery; constant SQL, every
    value bound (the same filters as the SQLite store's)."""
    clauses = ["e.event IN ('question_answered', 'no_answer', 'refused')"]
    params: list[Any] = []
    lo, hi = records.lower_bound(query.since), records.upper_bound(query.until)
    if lo is not None:
        clauses.append("e.ts >= %s")
        params.append(lo)
    if hi is not None:
        clauses.append("e.ts < %s")
        params.append(hi)
    if query.statuses:
        unknown = [s for s in query.statuses if s not in STATUSES]
        if unknown:
            raise ValueError(f"unknown status: {', '.join(unknown)}")
        clauses.append("e.status = ANY(%s)")
        params.append(list(query.statuses))
    if query.refusal_category is not None:
        clauses.append("e.refusal_category = %s")
        params.append(query.refusal_category)
    if query.channel is not None:
        clauses.append("e.channel = %s")
        params.append(query.channel)
    if query.decision_request is not None:
        clauses.append("e.decision_request = %s")
        params.append(int(query.decision_request))
    if query.feedback_down:
        clauses.append(_LATEST_DOWN_VOTE)
    if query.escalated:
        clauses.append(
            "e.id IN (SELECT x.ref_id FROM events AS x WHERE x.event = 'escalated' AND x.ref_id IS NOT NULL)"
        )
    return "WHERE " + " AND ".join(clauses), tuple(params)
