"""Durable Slack state in a small SQLite file (`SlackSettings.state_db`, default
`<DATA_DIR>/slack-events.sqlite3`).

* `seen` — every Slack delivery the bot has accepted, by a unique key (`event:<event_id>` for
  the Events API, `trigger:<trigger_id>` for slash commands and button clicks). Slack retries
  an event (HTTP `X-Slack-Retry-Num`, Socket Mode `retry_attempt`) with the same `event_id`;
  Bolt does not de-duplicate, so the UNIQUE key does, and it survives a restart.
* `threads` — threads the bot has answered in, so follow-ups there are answered without a
  new @mention.
* `shares` — the public rendering of a slash-command answer until the asker clicks "Del i
  kanalen" (the question as asked — it passed the guard — and the magazine's text), deleted when
  shared, kept for a day at most.

Answering each message once by its identity (channel + ts, else client_msg_id) uses `seen` too,
with keys `message:<channel>:<ts>` / `client_msg:<id>` (`app.message_key`), as a leased claim
(`bot/state/lease.py`): the row names its owner (`replica_id()`) and a lease expiry (`lease_until`,
seconds since the epoch) and is `done` once the message was answered. Delivery keys
(`first_time`) are done at once. Files from before the lease get the three columns on opening,
their rows done, so a retry of a message they hold is still dropped.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ...state.lease import DEFAULT_LEASE_S, Claim, LeaseKeeper, replica_id

SEEN_TTL_S = 7 * 24 * 3600  # Slack retries for minutes; a week is plenty.
THREAD_TTL_S = 90 * 24 * 3600
SHARE_TTL_S = 24 * 3600

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    key TEXT PRIMARY KEY,
    seen_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS threads (
    channel TEXT NOT NULL,
    thread_ts TEXT NOT NULL,
    answered_at REAL NOT NULL,
    PRIMARY KEY (channel, thread_ts)
);
CREATE TABLE IF NOT EXISTS shares (
    key TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    blocks TEXT NOT NULL,
    created_at REAL NOT NULL
);
"""
# The lease columns, added in place to `seen` tables made before them. `done` defaults to 1: an
# old row (and every delivery key) is a finished claim.
_LEASE_COLUMNS = (
    ("owner", "ALTER TABLE seen ADD COLUMN owner TEXT"),
    ("lease_until", "ALTER TABLE seen ADD COLUMN lease_until REAL"),
    ("done", "ALTER TABLE seen ADD COLUMN done INTEGER NOT NULL DEFAULT 1"),
)


class SlackStore:
    """Thread-safe access to the Slack state file; every write is committed at once.

    `lease_s` is the lease of a message claim, `owner` this process's claim owner (default
    `replica_id()`); `renew_leases=False` starts no renewal thread (tests renew by hand)."""

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        lease_s: float = DEFAULT_LEASE_S,
        owner: str | None = None,
        renew_leases: bool = True,
    ) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._clock = clock
        self.lease_s = float(lease_s)
        self.owner = owner or replica_id()
        self._lock = threading.Lock()
        # isolation_level=None: autocommit, so an accepted event_id is on disk before we answer.
        self._conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        self._add_lease_columns()
        self._inserts = 0
        self.leases = LeaseKeeper(self._renew, self.lease_s, auto=renew_leases)
        self.prune()

    def _add_lease_columns(self) -> None:
        """Migrate a `seen` table from before the lease in place (its rows stay, as done claims).
        Under the write lock, so two processes opening an old file add each column once."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                have = {row[1] for row in self._conn.execute("PRAGMA table_info(seen)")}
                for name, ddl in _LEASE_COLUMNS:
                    if name not in have:
                        self._conn.execute(ddl)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        """Stop renewing leases and close the file."""
        self.leases.close()
        with self._lock:
            self._conn.close()

    # -- de-duplication ------------------------------------------------------------------------
    def first_time(self, key: str) -> bool:
        """Record `key`; True the first time it is seen, False for every repeat (also after a
        restart)."""
        with self._lock:
            cur = self._conn.execute("INSERT OR IGNORE INTO seen (key, seen_at) VALUES (?, ?)", (key, self._clock()))
            first = cur.rowcount == 1
        self._count_insert()
        return first

    def _count_insert(self) -> None:
        with self._lock:
            self._inserts += 1
            due = self._inserts % 1000 == 0
        if due:  # keep the file small in a long-running process
            self.prune()

    # -- leased claims of messages (bot/state/lease.py) ----------------------------------------
    def claim(self, key: str) -> Claim:
        """Claim `key` for this process under a lease (see `bot.state.lease` for the rule). One
        IMMEDIATE transaction: another process on the same file waits for the write lock, so a
        takeover is decided once."""
        with self._lock:
            now = self._clock()
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                row = self._conn.execute("SELECT done, lease_until FROM seen WHERE key = ?", (key,)).fetchone()
                if row is None:
                    self._conn.execute(
                        "INSERT INTO seen (key, seen_at, owner, lease_until, done) VALUES (?, ?, ?, ?, 0)",
                        (key, now, self.owner, now + self.lease_s),
                    )
                    result = Claim.NEW
                elif row[0]:
                    result = Claim.DONE
                elif row[1] is not None and row[1] > now:
                    result = Claim.HELD
                else:
                    self._conn.execute(
                        "UPDATE seen SET owner = ?, lease_until = ? WHERE key = ?",
                        (self.owner, now + self.lease_s, key),
                    )
                    result = Claim.TAKEN_OVER
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        if result.won:
            self.leases.hold(key)
            if result is Claim.NEW:
                self._count_insert()
        return result

    def finish(self, key: str) -> None:
        """Mark the claim of `key` done (whoever holds it now: the message was answered)."""
        self.leases.release(key)
        with self._lock:
            self._conn.execute("UPDATE seen SET done = 1 WHERE key = ?", (key,))

    def confirm(self, key: str) -> bool:
        """Renew `key`'s lease if this process still owns it unfinished (`MessageClaims.confirm`)."""
        if self._renew([key]) == 1:
            return True
        self.leases.release(key)  # lost or done: nothing left to renew
        return False

    def _renew(self, keys: list[str]) -> int:
        """Extend the leases of `keys` that this process still owns and has not finished; how many."""
        marks = ", ".join("?" for _ in keys)
        with self._lock:
            cur = self._conn.execute(
                f"UPDATE seen SET lease_until = ? WHERE owner = ? AND done = 0 AND key IN ({marks})",
                (self._clock() + self.lease_s, self.owner, *keys),
            )
        return int(cur.rowcount)

    # -- threads the bot answered ---------------------------------------------------------------
    def remember_thread(self, channel: str, thread_ts: str) -> None:
        """Note that the bot answered in this thread."""
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO threads (channel, thread_ts, answered_at) VALUES (?, ?, ?)",
                (channel, thread_ts, self._clock()),
            )

    def is_bot_thread(self, channel: str, thread_ts: str) -> bool:
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM threads WHERE channel = ? AND thread_ts = ?", (channel, thread_ts)
            ).fetchone()
        return row is not None

    # -- shareable answers ------------------------------------------------------------------------
    def save_share(self, key: str, text: str, blocks: list[dict[str, Any]]) -> None:
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO shares (key, text, blocks, created_at) VALUES (?, ?, ?, ?)",
                (key, text, json.dumps(blocks, ensure_ascii=False), self._clock()),
            )

    def load_share(self, key: str) -> tuple[str, list[dict[str, Any]]] | None:
        with self._lock:
            row = self._conn.execute("SELECT text, blocks, created_at FROM shares WHERE key = ?", (key,)).fetchone()
        if row is None or self._clock() - row[2] > SHARE_TTL_S:
            return None
        return row[0], json.loads(row[1])

    def forget_share(self, key: str) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM shares WHERE key = ?", (key,))

    # -- housekeeping -----------------------------------------------------------------------------
    def prune(self) -> None:
        """Delete entries older than their TTL (called at start-up)."""
        now = self._clock()
        with self._lock:
            self._conn.execute("DELETE FROM seen WHERE seen_at < ?", (now - SEEN_TTL_S,))
            self._conn.execute("DELETE FROM threads WHERE answered_at < ?", (now - THREAD_TTL_S,))
            self._conn.execute("DELETE FROM shares WHERE created_at < ?", (now - SHARE_TTL_S,))
