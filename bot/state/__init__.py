"""Runtime state that every replica of a channel must share: which platform deliveries were
already accepted (de-duplication of retries), which threads the bot answered in, shareable
answers, and the per-user rate-limit window.

    store.py              the small protocols the channels use (DeliveryLog, ThreadMemory,
                          ShareStore, SlackState, RateLimit)
    lease.py              leased claims of messages (MessageClaims, Claim): a claim whose owner
                          died before finishing is taken over by a retry
    postgres.py           the PostgreSQL versions, on the database of the audit log
    postgres_schema.py    their named migrations

The single-process versions stay where the channel has them: `bot/channels/slack/dedupe.py`
(a SQLite file in the data directory) and `bot/channels/slack/ratelimit.py` (in memory). With
`LEDELSESBOT_DATABASE_URL=postgresql://…` the Slack channel uses the PostgreSQL ones, so a retry
that reaches another replica is dropped and the rate limit counts a user's questions on every
replica together (docs/deploy.md).
"""

from __future__ import annotations

from .lease import Claim, MessageClaims
from .store import DeliveryLog, RateLimit, ShareStore, SlackState, ThreadMemory

__all__ = ["Claim", "DeliveryLog", "MessageClaims", "RateLimit", "ShareStore", "SlackState", "ThreadMemory"]
