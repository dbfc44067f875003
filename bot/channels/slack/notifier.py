"""Delivering "Spørg et menneske" escalations in Slack (`bot.escalation.EscalationNotifier`).

The note goes to `LEDELSESBOT_SLACK_ESCALATION_TARGET` (older name `LEDELSESBOT_ESCALATION_TARGET`):
channel ids (C…/G…) and user ids (U…/W…) get a post; user-group mentions (`<!subteam^S…>`) are
put in front of it, and a group alone is notified in the thread where the question was asked.
The post names the audit reference and links the thread (or names the channel) — never the
question, the asker or the answer. It counts as delivered only when Slack acknowledged every
post (`ok` and a message `ts`).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from slack_sdk import WebClient
from slack_sdk.errors import SlackClientError

from ...escalation import Delivery, Escalation
from . import render
from .client import api_error

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SlackOrigin:
    """Where a "Spørg et menneske" click came from (never the question text)."""

    client: WebClient
    channel: str | None
    message_ts: str | None
    thread_ts: str | None
    ephemeral: bool


def parse_target(target: str) -> tuple[list[str], list[str]]:
    """Split `escalation_target` into destinations (channel or user ids) and user-group
    mentions (`<!subteam^S…>`). Unknown tokens are ignored with a warning."""
    destinations: list[str] = []
    groups: list[str] = []
    for token in re.split(r"[\s,]+", target.strip()):
        if not token:
            continue
        if render.CHANNEL_ID_RE.match(token) or render.USER_ID_RE.match(token):
            destinations.append(token)
        elif render.SUBTEAM_RE.match(token):
            groups.append(token)
        else:
            log.warning("escalation target token not understood (use a channel id C…, a user id U… or <!subteam^S…>)")
    return destinations, groups


def is_channel(channel: str | None) -> bool:
    """A public or private channel id (not a DM)."""
    return bool(channel) and channel[0] in "CG"  # type: ignore[index]


class SlackNotifier:
    """Posts escalation notes to the configured target; reports what happened."""

    def __init__(self, target: str, command: str) -> None:
        self._target = target.strip()
        self._command = command  # the question slash command, to describe where it was asked

    @property
    def target(self) -> str:
        """The configured recipient(s), as in `LEDELSESBOT_SLACK_ESCALATION_TARGET`."""
        return self._target

    def notify(self, escalation: Escalation, origin: SlackOrigin) -> Delivery:
        """Post the note; NOT_CONFIGURED without a target, FAILED when any post failed or there
        is nowhere to post (a user group alone, asked outside a public thread)."""
        if not self._target:
            return Delivery.not_configured()
        destinations, groups = parse_target(self._target)
        text = render.escape(escalation.note) + ". " + self._where(origin)
        if groups:
            text = " ".join(groups) + " " + text
        thread_ts: str | None = None
        if not destinations and groups and is_channel(origin.channel) and not origin.ephemeral:
            # A user group alone: notify it in the thread where the question was asked.
            destinations = [origin.channel]  # type: ignore[list-item]
            thread_ts = origin.thread_ts or origin.message_ts
        if not destinations:
            log.warning("escalation target has no channel or user to post to")
            return Delivery.failed(self._target)
        failed = False
        for dest in destinations:
            try:
                resp = origin.client.chat_postMessage(
                    channel=dest, thread_ts=thread_ts, text=text, unfurl_links=False, unfurl_media=False
                )
            except SlackClientError as e:
                log.error("escalation post failed: %s", api_error(e))
                failed = True
                continue
            # Delivered means Slack acknowledged it: ok and the new message's ts.
            if not (resp.get("ok") and resp.get("ts")):
                log.error("escalation post not acknowledged by Slack")
                failed = True
        return Delivery.failed(self._target) if failed else Delivery.delivered(self._target)

    def _where(self, origin: SlackOrigin) -> str:
        """A reference to the question's place in Slack that carries no personal data."""
        if not origin.channel:
            return "Spørgsmålet blev stillet uden for en Slack-kanal."
        if not is_channel(origin.channel):
            return "Spørgsmålet blev stillet i en privat samtale med botten; brug referencen ovenfor."
        if origin.ephemeral or not origin.message_ts:
            return f"Spørgsmålet blev stillet med {render.escape(self._command)} i <#{origin.channel}>."
        try:
            link = origin.client.chat_getPermalink(channel=origin.channel, message_ts=origin.message_ts).get(
                "permalink"
            )
        except SlackClientError as e:
            log.warning("chat.getPermalink failed: %s", api_error(e))
            link = None
        if link and not any(ch in link for ch in "<>| "):
            return f"Se tråden: <{link}|svaret i Slack>"
        return f"Se tråden i <#{origin.channel}> (besked {render.escape(origin.message_ts)})."
