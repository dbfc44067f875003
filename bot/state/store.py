"""The protocols of shared runtime state. Each is small on purpose: a channel needs to claim a
delivery key once, remember a thread, park a shareable answer for a while and count a user's
questions — nothing else — so a new kind of key (e.g. a message identity next to the event
id) or a new backend slots in without touching the callers."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from .lease import MessageClaims


@runtime_checkable
class DeliveryLog(Protocol):
    """Claims a platform delivery (an event id, a trigger id, a message identity) once."""

    def first_time(self, key: str) -> bool:
        """Record `key`; True only for the first claim anywhere (every replica, every restart),
        False for each repeat. The claim is durable before this returns."""
        ...


@runtime_checkable
class ThreadMemory(Protocol):
    """Threads the bot has answered in (follow-ups there need no new @mention)."""

    def remember_thread(self, channel: str, thread_ts: str) -> None:
        """Note that the bot answered in this thread."""
        ...

    def is_bot_thread(self, channel: str, thread_ts: str) -> bool:
        """True when the bot answered in this thread (within the retention period)."""
        ...


@runtime_checkable
class ShareStore(Protocol):
    """Rendered answers kept until their asker shares them (the question as asked — it passed the
    guard — and the magazine's text), for a day at most."""

    def save_share(self, key: str, text: str, blocks: list[dict[str, Any]]) -> None:
        """Keep a rendering under `key` (for a day)."""
        ...

    def load_share(self, key: str) -> tuple[str, list[dict[str, Any]]] | None:
        """The rendering under `key`, or None when unknown or expired."""
        ...

    def forget_share(self, key: str) -> None:
        """Drop the rendering under `key` (it was shared)."""
        ...


@runtime_checkable
class SlackState(DeliveryLog, MessageClaims, ThreadMemory, ShareStore, Protocol):
    """Everything the Slack channel keeps between requests: delivery keys claimed once, messages
    claimed under a lease (`bot.state.lease`), threads and shareable answers."""

    def close(self) -> None:
        """Release connections or files (idempotent)."""
        ...


@runtime_checkable
class RateLimit(Protocol):
    """At most `limit` questions per window per key (`limit <= 0`: no limit)."""

    limit: int

    def allow(self, key: str) -> bool:
        """Count one question for `key`; False (and not counted) when over the limit."""
        ...

    def retry_after(self, key: str) -> float:
        """Seconds until `key` may ask again (0 when it may ask now)."""
        ...
