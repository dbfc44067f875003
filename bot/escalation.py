"""Handing a question to a human ("Spørg et menneske") as values, shared by every channel.

1. `BotService.escalate(...)` records the request in the audit log and returns an `Escalation`:
   the audit id, a note for the humans that carries no personal data, and the question reference.
2. The channel's `EscalationNotifier` delivers the note (Slack: a post to the configured channel
   or user group) and returns a `Delivery`: delivered to whom, not configured, or failed.
3. The channel tells the asker what really happened: `handover_text(delivery)` — "sent to X"
   only when the notifier delivered.

A new way of notifying people (e-mail, a Teams channel, a ticket system) is a new notifier next
to its channel; nothing here or in the service changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar

# Shown when nothing was sent: whom the leader can contact instead.
FALLBACK_CONTACT = "HR eller din egen chef"

HANDED_OVER = (
    "Tak – dit spørgsmål er sendt videre til {target}, som vender tilbage til dig. "
    "Indtil da: beslutningen er fortsat din."
)
NOT_SENT = (
    "Jeg har noteret, at du gerne vil tale med et menneske, men der er ikke sat nogen op til at "
    f"modtage henvendelser her, så intet er sendt videre. Kontakt {FALLBACK_CONTACT} direkte – "
    "beslutningen er fortsat din."
)
SEND_FAILED = (
    f"Jeg kunne ikke give besked videre lige nu. Kontakt {FALLBACK_CONTACT} direkte – beslutningen er fortsat din."
)


@dataclass(frozen=True)
class Escalation:
    """A recorded request to talk to a human.

    `note` is the text for the humans: it names the audit reference, never the question, the
    asker or the answer. `question_ref` is the audit id of the answered question (None when the
    request is not about a logged question); `audit_id` is the id of the `escalated` record
    (None when the audit log is off and not required)."""

    audit_id: int | None
    question_ref: int | None
    note: str


class DeliveryStatus(StrEnum):
    DELIVERED = "delivered"
    NOT_CONFIGURED = "not_configured"
    FAILED = "failed"


@dataclass(frozen=True)
class Delivery:
    """What a notifier did with an escalation. `target` is where it went (or should have gone),
    as configured, e.g. a Slack channel id."""

    status: DeliveryStatus
    target: str = ""

    @classmethod
    def delivered(cls, target: str) -> Delivery:
        return cls(DeliveryStatus.DELIVERED, target)

    @classmethod
    def not_configured(cls) -> Delivery:
        return cls(DeliveryStatus.NOT_CONFIGURED)

    @classmethod
    def failed(cls, target: str) -> Delivery:
        return cls(DeliveryStatus.FAILED, target)


OriginT = TypeVar("OriginT", contravariant=True)


class EscalationNotifier(Protocol[OriginT]):
    """Delivers escalation notes to the humans of one channel.

    `origin` is the channel's own description of where the request came from (Slack: the
    client, channel and message), used to point the humans to it without quoting it."""

    @property
    def target(self) -> str:
        """The configured recipient ("" when none), recorded with the escalation."""
        ...

    def notify(self, escalation: Escalation, origin: OriginT) -> Delivery:
        """Deliver the note; never raises for a delivery problem (returns FAILED instead)."""
        ...


class NoNotifier:
    """For channels where nobody is set up to receive escalations: delivers nothing, says so."""

    target = ""

    def notify(self, escalation: Escalation, origin: object) -> Delivery:
        """Always NOT_CONFIGURED."""
        return Delivery.not_configured()


def handover_text(delivery: Delivery, target_label: str | None = None) -> str:
    """The asker's reply for `delivery`: who follows up when it was delivered, otherwise whom to
    contact. `target_label` shows the target in the channel's own form (default: as configured)."""
    if delivery.status == DeliveryStatus.DELIVERED:
        return HANDED_OVER.format(target=target_label or delivery.target)
    if delivery.status == DeliveryStatus.FAILED:
        return SEND_FAILED
    return NOT_SENT
