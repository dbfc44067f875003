"""Handing a question to a human ("Spørg et menneske") as values, shared by every channel.

0. The channel asks the leader to confirm first (`confirm_text`): who would be notified, or that
   nobody is set up to receive requests here — nothing is sent before the leader says yes.
1. `BotService.escalate(...)` records the request in the audit log and returns an `Escalation`:
   the audit id, a note for the humans that carries no personal data, the question reference
   and the contact text to offer when nothing reaches anyone (`LEDELSESBOT_HUMAN_CONTACT`).
2. The channel's `EscalationNotifier` delivers the note (Slack: a post to the configured channel,
   user or user group; Teams: a proactive message to the configured conversation) and returns a
   `Delivery`: delivered (the platform acknowledged it) to whom, not configured, or failed.
3. The channel tells the asker what really happened: `handover_text(delivery, contact)` — "sent
   to X" only when the notifier delivered; otherwise that the request was recorded and whom to
   contact.

A new way of notifying people (e-mail, a ticket system) is a new notifier next to its channel;
nothing here or in the service changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol, TypeVar

from .config import DEFAULT_HUMAN_CONTACT

HANDED_OVER = (
    "Tak – dit spørgsmål er sendt videre til {target}, som vender tilbage til dig. "
    "Indtil da: beslutningen er fortsat din."
)
NOT_SENT = (
    "Jeg har noteret, at du gerne vil tale med et menneske, men der er ikke sat nogen op til at "
    "modtage henvendelser her, så intet er sendt videre. Kontakt {contact} direkte – "
    "beslutningen er fortsat din."
)
SEND_FAILED = (
    "Jeg har noteret, at du gerne vil tale med et menneske, men jeg kunne ikke give besked videre "
    "lige nu, så intet er sendt. Kontakt {contact} direkte – beslutningen er fortsat din."
)
CONFIRM_SEND = (
    "Skal jeg give {target} besked? De får en henvisning til samtalen – ikke dit spørgsmål – og vender tilbage til dig."
)
CONFIRM_NOBODY = (
    "Der er ikke sat nogen op til at modtage henvendelser her, så intet bliver sendt videre. "
    "Skal jeg notere, at du gerne vil tale med et menneske? Du får at vide, hvem du kan kontakte."
)
# Button labels of the confirmation.
CONFIRM_YES_SEND = "Ja, send besked"
CONFIRM_YES_NOTE = "Ja, notér det"
CONFIRM_NO = "Fortryd"
CONFIRM_TITLE = "Spørg et menneske"


@dataclass(frozen=True)
class Escalation:
    """A recorded request to talk to a human.

    `note` is the text for the humans: it names the audit reference, never the question, the
    asker or the answer. `question_ref` is the audit id of the answered question (None when the
    request is not about a logged question); `audit_id` is the id of the `escalated` record
    (None when the audit log is off and not required); `contact` is whom the asker should
    contact when the note reaches nobody."""

    audit_id: int | None
    question_ref: int | None
    note: str
    contact: str = DEFAULT_HUMAN_CONTACT


class DeliveryStatus(StrEnum):
    DELIVERED = "delivered"
    NOT_CONFIGURED = "not_configured"
    FAILED = "failed"


@dataclass(frozen=True)
class Delivery:
    """What a notifier did with an escalation. `target` is where it went (or should have gone),
    as configured (e.g. a Slack channel id, a Teams conversation id); `label` is how the asker
    sees that recipient (e.g. "HR-teamet"; empty: the channel renders `target` itself)."""

    status: DeliveryStatus
    target: str = ""
    label: str = ""

    @classmethod
    def delivered(cls, target: str, label: str = "") -> Delivery:
        """The platform acknowledged the note (Slack: `ok` with a message ts; Teams: an activity id)."""
        return cls(DeliveryStatus.DELIVERED, target, label)

    @classmethod
    def not_configured(cls) -> Delivery:
        return cls(DeliveryStatus.NOT_CONFIGURED)

    @classmethod
    def failed(cls, target: str, label: str = "") -> Delivery:
        return cls(DeliveryStatus.FAILED, target, label)


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


def handover_text(delivery: Delivery, contact: str = DEFAULT_HUMAN_CONTACT, target_label: str | None = None) -> str:
    """The asker's reply for `delivery`: who follows up when it was delivered, otherwise that the
    request was recorded and whom to contact (`contact`). `target_label` shows the target in the
    channel's own form (default: the delivery's label, else the target as configured)."""
    if delivery.status == DeliveryStatus.DELIVERED:
        return HANDED_OVER.format(target=target_label or delivery.label or delivery.target)
    if delivery.status == DeliveryStatus.FAILED:
        return SEND_FAILED.format(contact=contact)
    return NOT_SENT.format(contact=contact)


def confirm_text(target_label: str | None) -> str:
    """What the leader is asked before anything happens: whom the bot would notify, or that
    nobody is set up to receive requests (`target_label` None or empty)."""
    return CONFIRM_SEND.format(target=target_label) if target_label else CONFIRM_NOBODY


def confirm_button(target_label: str | None) -> str:
    """The label of the confirming button ("send" only when someone would be notified)."""
    return CONFIRM_YES_SEND if target_label else CONFIRM_YES_NOTE
