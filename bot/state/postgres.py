"""Shared runtime state on PostgreSQL (`LEDELSESBOT_DATABASE_URL=postgresql://…`): Slack
delivery de-duplication, answered threads, shareable answers and the per-user rate limit,
correct across every replica. Times come from the database server's clock, so replicas with
drifting clocks agree on the rate-limit window and the expiry of rows.

Errors are AuditError with a kind (`bot.postgres`): at start-up the CLI prints one message and
exits 4; later, a failed claim makes the Slack request fail (HTTP 500), so Slack retries it
instead of it being lost.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import postgres as pg
from ..audit.store import AuditError, AuditErrorKind
from .lease import DEFAULT_LEASE_S, Claim, LeaseKeeper, replica_id

if TYPE_CHECKING:
    from psycopg_pool import ConnectionPool

WHAT = ("Botten delte tilstand", "the shared bot state")
SEEN_TTL_S = 7 * 24 * 3600  # as bot/channels/slack/dedupe.py
THREAD_TTL_S = 90 * 24 * 3600
SHARE_TTL_S = 24 * 3600
PRUNE_EVERY = 1000  # claims between two sweeps of expired rows
DEFAULT_POOL_SIZE = 4


class PostgresState:
    """`SlackState` on PostgreSQL; `rate_limiter()` gives a `RateLimit` on the same pool.

    Thread-safe (a connection pool). With `create=True` pending migrations are applied when this
    role may (the owner); otherwise a schema that is not up to date is an AuditError(CONFIG).

    Message claims are leased (`bot.state.lease`): `lease_s` long, owned by `owner` (default
    `replica_id()`), timed by `clock` (None: the database server's clock, one clock for every
    replica; tests pass their own). `renew_leases=False` starts no renewal thread."""

    def __init__(
        self,
        url: str,
        *,
        create: bool = True,
        pool_size: int = DEFAULT_POOL_SIZE,
        lease_s: float = DEFAULT_LEASE_S,
        owner: str | None = None,
        clock: Callable[[], float] | None = None,
        renew_leases: bool = True,
    ) -> None:
        pg.require_driver(WHAT)
        from . import postgres_schema as schema

        self.url = url
        self.lease_s = float(lease_s)
        self.owner = owner or replica_id()
        self._clock = clock
        self._lock = threading.Lock()
        self._claims = 0
        self.leases = LeaseKeeper(self._renew, self.lease_s, auto=renew_leases)
        self._pool: ConnectionPool | None = pg.open_pool(url, what=WHAT, max_size=pool_size)
        try:
            from ..audit.records import format_ts, utc_now

            pg.ensure_schema(
                self.pool,
                schema.MIGRATIONS_TABLE,
                schema.MIGRATIONS,
                lock_key=schema.MIGRATION_LOCK_KEY,
                now=format_ts(utc_now()),
                apply=create,
                what=WHAT,
                url=url,
            )
            self._check_may_write()
            self.prune()
        except BaseException:
            self.close()
            raise

    @property
    def pool(self) -> ConnectionPool:
        pool = self._pool
        if pool is None:
            raise AuditError(AuditErrorKind.UNAVAILABLE, "Botten delte tilstand er lukket / shared state is closed")
        return pool

    def close(self) -> None:
        """Stop renewing leases and close the pool (idempotent)."""
        self.leases.close()
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()

    def _run(self, sql: str, params: tuple[Any, ...] = (), *, action: tuple[str, str] = pg.WRITE) -> Any:
        import psycopg

        try:
            with self.pool.connection() as conn:
                cur = conn.execute(sql, params)
                return cur.fetchall() if cur.description else cur.rowcount
        except psycopg.Error as exc:
            raise pg.db_error(exc, WHAT, self.url, action) from None

    def _check_may_write(self) -> None:
        rows = self._run(
            "SELECT current_user, has_table_privilege('state_seen', 'INSERT'), "
            "current_setting('transaction_read_only') = 'on'",
            action=pg.OPEN,
        )
        user, may_insert, read_only = rows[0]
        if read_only or not may_insert:
            raise AuditError(
                AuditErrorKind.READ_ONLY,
                f"Botten delte tilstand kan ikke skrives af rollen / the shared state cannot be written by role "
                f"{user!r}: {pg.redact(self.url)} (botten skal bruge en rolle i <database>_writer / the bot needs "
                "a role in <database>_writer, docs/deploy.md)",
            )

    # -- de-duplication ------------------------------------------------------------------------
    def first_time(self, key: str) -> bool:
        """Claim `key` (unique constraint); True only for the first claim on any replica."""
        inserted = self._run("INSERT INTO state_seen (key) VALUES (%s) ON CONFLICT (key) DO NOTHING", (key,))
        self._count_claim()
        return bool(inserted == 1)

    def _count_claim(self) -> None:
        with self._lock:
            self._claims += 1
            due = self._claims % PRUNE_EVERY == 0
        if due:
            self.prune()

    # -- leased claims of messages (bot/state/lease.py) ----------------------------------------
    def claim(self, key: str) -> Claim:
        """Claim `key` for this replica under a lease (see `bot.state.lease` for the rule). One
        transaction: the insert claims a new key through the unique constraint; an existing row
        is locked (`FOR UPDATE`) before it is judged, so of two replicas taking over the same
        expired lease the second waits and then finds the first one's live lease."""
        import psycopg

        try:
            with self.pool.connection() as conn, conn.transaction():
                now = self._now(conn)
                inserted = conn.execute(
                    "INSERT INTO state_seen (key, owner, lease_until, done) VALUES (%s, %s, %s, false) "
                    "ON CONFLICT (key) DO NOTHING RETURNING 1",
                    (key, self.owner, now + self.lease_s),
                ).fetchone()
                if inserted is not None:
                    result = Claim.NEW
                else:
                    row = conn.execute(
                        "SELECT done, lease_until FROM state_seen WHERE key = %s FOR UPDATE", (key,)
                    ).fetchone()
                    now = self._now(conn)  # after the lock wait
                    if row is None:  # pruned in between: the caller's next try inserts it
                        result = Claim.HELD
                    elif row[0]:
                        result = Claim.DONE
                    elif row[1] is not None and row[1] > now:
                        result = Claim.HELD
                    else:
                        conn.execute(
                            "UPDATE state_seen SET owner = %s, lease_until = %s WHERE key = %s",
                            (self.owner, now + self.lease_s, key),
                        )
                        result = Claim.TAKEN_OVER
        except psycopg.Error as exc:
            raise pg.db_error(exc, WHAT, self.url, pg.WRITE) from None
        if result.won:
            self.leases.hold(key)
        if result is Claim.NEW:
            self._count_claim()
        return result

    def finish(self, key: str) -> None:
        """Mark the claim of `key` done (whoever holds it now: the message was answered)."""
        self.leases.release(key)
        self._run("UPDATE state_seen SET done = true WHERE key = %s", (key,))

    def confirm(self, key: str) -> bool:
        """Renew `key`'s lease if this replica still owns it unfinished (`MessageClaims.confirm`)."""
        if self._renew([key]) == 1:
            return True
        self.leases.release(key)  # lost or done: nothing left to renew
        return False

    def _now(self, conn: Any) -> float:
        if self._clock is not None:
            return float(self._clock())
        return float(conn.execute("SELECT extract(epoch FROM clock_timestamp())::float8").fetchone()[0])

    def _renew(self, keys: list[str]) -> int:
        """Extend the leases of `keys` that this replica still owns and has not finished; how many."""
        now = self._clock() if self._clock is not None else None
        return int(
            self._run(
                "UPDATE state_seen SET lease_until = coalesce(%s::float8, extract(epoch FROM clock_timestamp())) + %s "
                "WHERE key = ANY(%s) AND owner = %s AND done = false",
                (now, self.lease_s, keys, self.owner),
            )
        )

    # -- threads ---------------------------------------------------------------------------------
    def remember_thread(self, channel: str, thread_ts: str) -> None:
        """Note that the bot answered in this thread."""
        self._run(
            "INSERT INTO state_threads (channel, thread_ts) VALUES (%s, %s) "
            "ON CONFLICT (channel, thread_ts) DO UPDATE SET answered_at = now()",
            (channel, thread_ts),
        )

    def is_bot_thread(self, channel: str, thread_ts: str) -> bool:
        """True when the bot answered in this thread within THREAD_TTL_S."""
        rows = self._run(
            "SELECT 1 FROM state_threads WHERE channel = %s AND thread_ts = %s "
            "AND answered_at > now() - make_interval(secs => %s)",
            (channel, thread_ts, THREAD_TTL_S),
            action=pg.READ,
        )
        return bool(rows)

    # -- shareable answers -----------------------------------------------------------------------
    def save_share(self, key: str, text: str, blocks: list[dict[str, Any]]) -> None:
        """Keep a rendering under `key` for SHARE_TTL_S."""
        self._run(
            "INSERT INTO state_shares (key, text, blocks) VALUES (%s, %s, %s) "
            "ON CONFLICT (key) DO UPDATE SET text = excluded.text, blocks = excluded.blocks, created_at = now()",
            (key, text, json.dumps(blocks, ensure_ascii=False)),
        )

    def load_share(self, key: str) -> tuple[str, list[dict[str, Any]]] | None:
        """The rendering under `key`, or None when unknown or expired."""
        rows = self._run(
            "SELECT text, blocks FROM state_shares WHERE key = %s AND created_at > now() - make_interval(secs => %s)",
            (key, SHARE_TTL_S),
            action=pg.READ,
        )
        if not rows:
            return None
        return str(rows[0][0]), json.loads(rows[0][1])

    def forget_share(self, key: str) -> None:
        """Drop the rendering under `key`."""
        self._run("DELETE FROM state_shares WHERE key = %s", (key,))

    # -- housekeeping ----------------------------------------------------------------------------
    def prune(self) -> None:
        """Delete rows past their time to live (at start-up and every PRUNE_EVERY claims)."""
        self._run("DELETE FROM state_seen WHERE seen_at < now() - make_interval(secs => %s)", (SEEN_TTL_S,))
        self._run("DELETE FROM state_threads WHERE answered_at < now() - make_interval(secs => %s)", (THREAD_TTL_S,))
        self._run("DELETE FROM state_shares WHERE created_at < now() - make_interval(secs => %s)", (SHARE_TTL_S,))
        self._run("DELETE FROM state_rate_hits WHERE at < extract(epoch FROM clock_timestamp()) - %s", (24 * 3600.0,))

    def rate_limiter(
        self, limit: int, window_s: float = 60.0, *, clock: Callable[[], float] | None = None
    ) -> PostgresRateLimiter:
        """A per-user rate limit whose window every replica shares."""
        return PostgresRateLimiter(self, limit, window_s, clock=clock)


class PostgresRateLimiter:
    """`RateLimit` on PostgreSQL: at most `limit` questions per `window_s` per key, counted on
    every replica together. Keys are stored as SHA-256 digests, rows leave with the window."""

    def __init__(
        self, state: PostgresState, limit: int, window_s: float = 60.0, *, clock: Callable[[], float] | None = None
    ) -> None:
        self.state = state
        self.limit = int(limit)
        self.window_s = float(window_s)
        self._clock = clock  # None: the database server's clock (one clock for all replicas)

    @staticmethod
    def _digest(key: str) -> str:
        return hashlib.sha256(("ratelimit:" + key).encode("utf-8")).hexdigest()

    def allow(self, key: str) -> bool:
        """Count one question for `key`; False (and not counted) when over the limit."""
        if self.limit <= 0:
            return True
        now = self._clock() if self._clock is not None else None
        rows = self.state._run(
            "SELECT state_rate_allow(%s, %s, %s, %s)", (self._digest(key), self.limit, self.window_s, now)
        )
        return bool(rows[0][0])

    def retry_after(self, key: str) -> float:
        """Seconds until `key` may ask again (0 when it may ask now)."""
        if self.limit <= 0:
            return 0.0
        rows = self.state._run(
            "SELECT count(*), min(at), coalesce(%s, extract(epoch FROM clock_timestamp())) FROM state_rate_hits "
            "WHERE key = %s AND at > coalesce(%s, extract(epoch FROM clock_timestamp())) - %s",
            (
                self._clock() if self._clock else None,
                self._digest(key),
                self._clock() if self._clock else None,
                self.window_s,
            ),
            action=pg.READ,
        )
        count, oldest, now = rows[0]
        if count < self.limit or oldest is None:
            return 0.0
        return max(0.0, self.window_s - (float(now) - float(oldest)))
