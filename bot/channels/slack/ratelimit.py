"""A per-user sliding-window rate limit (thread-safe, in memory).

Used by the chat adapters so one user cannot flood the bot (e.g. 20 questions a minute). The
limit is per process; it forgets on restart, which is fine for a politeness limit.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """At most `limit` events per `window_s` seconds per key; `limit <= 0` disables the limit."""

    def __init__(self, limit: int, window_s: float = 60.0, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = int(limit)
        self.window_s = float(window_s)
        self._clock = clock
        self._lock = threading.Lock()
        self._hits: dict[str, deque[float]] = {}
        self._calls = 0

    def _expire(self, q: deque[float], now: float) -> None:
        while q and now - q[0] >= self.window_s:
            q.popleft()

    def allow(self, key: str) -> bool:
        """Count one event for `key`; False (and not counted) when the key is over the limit."""
        if self.limit <= 0:
            return True
        now = self._clock()
        with self._lock:
            self._calls += 1
            if self._calls % 1000 == 0:
                self._sweep(now)
            q = self._hits.setdefault(key, deque())
            self._expire(q, now)
            if len(q) >= self.limit:
                return False
            q.append(now)
            return True

    def retry_after(self, key: str) -> float:
        """Seconds until `key` may ask again (0 when it may ask now)."""
        if self.limit <= 0:
            return 0.0
        now = self._clock()
        with self._lock:
            q = self._hits.get(key)
            if not q:
                return 0.0
            self._expire(q, now)
            if len(q) < self.limit:
                return 0.0
            return max(0.0, self.window_s - (now - q[0]))

    def _sweep(self, now: float) -> None:
        # Drop users with no recent events so memory does not grow with every user ever seen.
        for key in [k for k, q in self._hits.items() if not q or now - q[-1] >= self.window_s]:
            del self._hits[key]
