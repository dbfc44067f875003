"""What the service remembers of a thread between its questions (Slack thread, Teams conversation,
terminal session, an `ask --jsonl` conversation key), behind a small protocol.

`ConversationMemory` is the seam: `InMemoryConversations` (the default; one process, bounded in
size and time) today, a shared store (e.g. PostgreSQL, for several replicas) later — the service
only calls `get`, `put` and `forget`. A memory holds only what the guard accepted: the service
never puts a refused question in it. When a question is refused it drops the thread's questions
and keeps only the fact that the last turn was refused (so a sensitive detail cannot be
completed by the next message, and a reply that builds on the refused one is refused too).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

# A thread nobody wrote in for this long starts afresh (a follow-up hours later is a new topic).
DEFAULT_TTL_SECONDS = 30 * 60
# At most this many threads are remembered; the least recently used are forgotten first.
DEFAULT_MAX_CONVERSATIONS = 10_000
# How many accepted questions of a thread are kept (the guard reads them with the next one).
KEEP_QUESTIONS = 3


@dataclass(frozen=True)
class ThreadState:
    """One thread after its latest answered turn."""

    questions: tuple[str, ...]  # the last KEEP_QUESTIONS questions the guard accepted, oldest first
    topic: str  # what the latest turn was searched as (the next follow-up's topic)
    last_audit_id: int | None  # the audit record of the latest turn (the next turn `follows` it)
    after_refusal: bool = False  # the latest turn was refused (its text is not kept)


class ConversationMemory(Protocol):
    """Per-thread memory of the service. Implementations must be safe to call from several
    threads and must keep only what they are given (guard-accepted questions)."""

    def get(self, conversation: str) -> ThreadState | None:
        """The thread's state, or None (unknown, expired or forgotten)."""
        ...

    def put(self, conversation: str, state: ThreadState) -> None:
        """Remember the thread's state after a turn (replaces the previous one)."""
        ...

    def forget(self, conversation: str) -> None:
        """Drop the thread (after a refusal; idempotent)."""
        ...


class InMemoryConversations:
    """`ConversationMemory` in this process: least-recently-used, at most `max_conversations`
    threads, each forgotten `ttl_seconds` after its last turn. Lost on restart (a thread then
    simply starts afresh)."""

    def __init__(
        self,
        ttl_seconds: float = DEFAULT_TTL_SECONDS,
        max_conversations: int = DEFAULT_MAX_CONVERSATIONS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if ttl_seconds <= 0 or max_conversations <= 0:
            raise ValueError("ttl_seconds and max_conversations must be positive")
        self.ttl = ttl_seconds
        self.max = max_conversations
        self._clock = clock
        self._lock = threading.Lock()
        self._states: OrderedDict[str, tuple[float, ThreadState]] = OrderedDict()

    def get(self, conversation: str) -> ThreadState | None:
        """The thread's state, or None when unknown or older than the TTL."""
        with self._lock:
            item = self._states.get(conversation)
            if item is None:
                return None
            at, state = item
            if self._clock() - at > self.ttl:
                del self._states[conversation]
                return None
            return state

    def put(self, conversation: str, state: ThreadState) -> None:
        """Remember the state; the least recently used thread goes when the memory is full."""
        with self._lock:
            self._states[conversation] = (self._clock(), state)
            self._states.move_to_end(conversation)
            while len(self._states) > self.max:
                self._states.popitem(last=False)

    def forget(self, conversation: str) -> None:
        """Drop the thread."""
        with self._lock:
            self._states.pop(conversation, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._states)
