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
with keys `message:<channel>:<ts>` / `client_msg:<id>` (`app.message_key`).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

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


class SlackStore:
    """Thread-safe access to the Slack state file; every write is committed at once."""

    def __init__(self, path: Path, *, clock=time.time) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._clock = clock
        self._lock = threading.Lock()
        # isolation_level=None: autocommit, so an accepted event_id is on disk before we answer.
        self._conn = sqlite3.connect(str(self.path), check_same_thread=False, isolation_level=None, timeout=30)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(_SCHEMA)
        self._inserts = 0
        self.prune()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    # -- de-duplication ------------------------------------------------------------------------
    def first_time(self, key: str) -> bool:
        """Record `key`; True the first time it is seen, False for every repeat (also after a
        restart)."""
        with self._lock:
            cur = self._conn.execute("INSERT OR IGNORE INTO seen (key, seen_at) VALUES (?, ?)", (key, self._clock()))
            first = cur.rowcount == 1
            self._inserts += 1
            due = self._inserts % 1000 == 0
        if due:  # keep the file small in a long-running process
            self.prune()
        return first

    # -- threads the bot answered ---------------------------------------------------------------
    def remember_thread(self, channel: str, thread_ts: str) -> None:
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
