"""Delivering "Spørg et menneske" escalations in Teams (`bot.escalation.EscalationNotifier`).

The note goes, as a proactive message (the Teams SDK's `App.send`), to the conversation set in
`LEDELSESBOT_TEAMS_ESCALATION_CONVERSATION` — a channel or group chat the bot is installed in —
and the asker is told it went to `LEDELSESBOT_TEAMS_ESCALATION_NAME`. The note names the audit
reference and the kind of conversation the question came from, never the question, the asker or
the answer. It counts as delivered only when the Bot Connector acknowledged it with an activity
id; without credentials (CLIENT_ID), an unreachable service or a refusal it is FAILED, and the
asker is told whom to contact instead.

The SDK is asynchronous and the notifier protocol is not: `notify` runs in a worker thread (the
handler calls it with `asyncio.to_thread`) and waits for the send on the app's event loop.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Any

from ...escalation import Delivery, Escalation

log = logging.getLogger(__name__)

SEND_TIMEOUT_S = 20.0  # the SDK's HTTP client retries on its own; do not wait for ever
_WHERE = {
    "personal": "Spørgsmålet blev stillet i en personlig chat med botten; brug referencen ovenfor.",
    "groupChat": "Spørgsmålet blev stillet i en gruppechat med botten.",
    "channel": "Spørgsmålet blev stillet i en Teams-kanal.",
}


@dataclass(frozen=True)
class TeamsOrigin:
    """Where a "Spørg et menneske" press came from (never the question text): the event loop
    the app runs on, the Bot Connector URL of the asker's tenant (where proactive messages go)
    and the kind of conversation (personal, groupChat, channel)."""

    loop: asyncio.AbstractEventLoop
    service_url: str | None
    conversation_type: str | None


class TeamsNotifier:
    """Posts escalation notes to one configured Teams conversation; reports what happened."""

    def __init__(self, conversation_id: str | None, name: str, *, timeout_s: float = SEND_TIMEOUT_S) -> None:
        self._conversation = (conversation_id or "").strip()
        self._name = name
        self._timeout_s = timeout_s
        self._app: Any = None
        self._api: Any = None

    def bind(self, app: Any, api: Any) -> None:
        """Give the notifier the running Teams `App` (proactive sends) and the SDK's api module."""
        self._app, self._api = app, api

    @property
    def target(self) -> str:
        """The configured conversation id ("" when none)."""
        return self._conversation

    @property
    def label(self) -> str | None:
        """How the recipient is named to the asker (None when nobody is configured)."""
        return self._name if self._conversation else None

    def notify(self, escalation: Escalation, origin: TeamsOrigin | None) -> Delivery:
        """Send the note; DELIVERED only with an activity id from the Bot Connector."""
        if not self._conversation:
            return Delivery.not_configured()
        if self._app is None or self._api is None or origin is None:
            log.error("teams escalation: the notifier is not bound to a running app")
            return Delivery.failed(self._conversation, self._name)
        where = _WHERE.get(origin.conversation_type or "", "Spørgsmålet blev stillet i Teams.")
        message = self._api.MessageActivityInput(text=f"{escalation.note}. {where}", text_format="plain")
        coro = self._app.send(self._conversation, message, service_url=origin.service_url or None)
        try:
            sent = asyncio.run_coroutine_threadsafe(coro, origin.loop).result(self._timeout_s)
        except Exception as e:  # credentials, network, 4xx/5xx: never the message in the log
            log.error("teams escalation could not be sent: %s", type(e).__name__)
            return Delivery.failed(self._conversation, self._name)
        if not getattr(sent, "id", None):
            log.error("teams escalation not acknowledged (no activity id)")
            return Delivery.failed(self._conversation, self._name)
        return Delivery.delivered(self._conversation, self._name)
