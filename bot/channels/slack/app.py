"""The Slack adapter: a slack-bolt `App` that translates Slack events into `BotService` calls.

* @mention in a channel → answer in the thread; direct message → answer in the DM; a reply in a
  thread the bot answered → answered without a new mention; `/spørg` → ephemeral answer with a
  "Del i kanalen" button (the shared copy shows the question it answers);
  `/ledelsesbot-admin status` → index status for admins.
* Every question carries its conversation (`conversation_id`): "slack:<channel>:<thread root
  ts>" in channels (an answer goes in the mention's thread, so the root is the mention's ts),
  "slack:<DM channel>[:<thread ts>]" in DMs, and "slack:<channel>:cmd:<token>" for one `/spørg`
  (the token travels in its buttons, as the answer has no thread).
* Refusals, errors and rate-limit notices go to the asker only (ephemeral in channels) and never
  quote the message.
* Every request is acknowledged at once; answering runs in lazy listeners (Bolt's thread pool),
  which also works with `process_before_response=True`.
* Retries never produce a second answer: a global middleware records each delivery
  (`event_id`, or `trigger_id` for commands and clicks) in SQLite before anything else happens,
  and each message is answered at most once by its identity (channel + ts, else
  `client_msg_id`) — also when Slack resends an event without `event_id`, or delivers the same
  message as both `app_mention` and `message`. That claim is a lease (`bot.state.lease`): a
  replica that dies between claiming a message and answering it leaves a claim that Slack's
  retry takes over once the lease has run out.
* Buttons: 👍/👎 → `service.feedback`, bound to the conversation the button was clicked in (a
  button from another conversation, or a forged id, is refused quietly); one vote per user per
  answer (the latest counts, the reply says what was recorded); 👎 then opens an optional reason
  dialog. "Spørg et menneske" asks for confirmation in Slack's own dialog before anything is
  sent; then `service.escalate` records it, the `SlackNotifier` posts a note (a link to the
  thread, never the question or a name) to the escalation target, and the asker is told what
  really happened.

Configuration checks and the Web API client are in `client.py`; run the app with
`server.make_http_server` (WSGI on the given host, signatures verified before Bolt parses
anything; `App.start` would bind 0.0.0.0) or `server.run_socket_mode`.

Size: ~700 lines, over the ~600 the house aims for: the listeners above share the ack/lazy
pattern, the de-duplication claims and the conversation ids, which is why they stay in one
module; rendering (`render.py`), delivery (`notifier.py`), state (`dedupe.py`, `ratelimit.py`)
and the HTTP front (`server.py`) are already apart.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from retrieval.models import Answer

from ...config import SlackSettings
from ...escalation import EscalationNotifier
from ...feedback import UNKNOWN_ANSWER, clip_comment, parse_reason, recorded_text
from ...service import BotService, ServiceError, Superseded
from ...state import Claim, RateLimit, SlackState
from ...state.lease import claim_when_free
from . import render
from .client import SlackConfigError, api_error, make_client
from .dedupe import SlackStore
from .logs import protect_logs
from .notifier import SlackNotifier, SlackOrigin
from .ratelimit import RateLimiter

log = logging.getLogger(__name__)

HELP_TEXT = (
    "Skriv dit spørgsmål efter kommandoen, fx `{command} Hvordan leder jeg på afstand?` – "
    "svaret kommer fra Offentlig Ledelse med kilde og side. Skriv ikke navne, CPR-numre "
    "eller andre personoplysninger."
)
ADMIN_ONLY = "Kun administratorer af ledelsesbot kan bruge denne kommando."
ADMIN_HELP = "Brug: `{command} status` – viser det aktive indeks."
SHARE_EXPIRED = "Svaret kan ikke deles længere. Stil spørgsmålet igen for at få et nyt svar."
CHANNEL = "slack"


# -- helpers -------------------------------------------------------------------------------------
def delivery_key(body: dict[str, Any]) -> str | None:
    """The de-duplication key of one Slack delivery: retries carry the same key."""
    if body.get("type") == "event_callback" and body.get("event_id"):
        return f"event:{body['event_id']}"
    if body.get("trigger_id"):
        return f"trigger:{body['trigger_id']}"
    return None


def message_key(event: dict[str, Any]) -> str | None:
    """The identity of a Slack message (channel + ts, else `client_msg_id`): a message is
    answered once, however often and in whichever event types it arrives."""
    channel, ts = event.get("channel"), event.get("ts")
    if channel and ts:
        return f"message:{channel}:{ts}"
    if event.get("client_msg_id"):
        return f"client_msg:{event['client_msg_id']}"
    return None


def conversation_id(channel: str, thread_root: str | None = None) -> str:
    """The conversation a question belongs to: "slack:<channel>" or "slack:<channel>:<root ts>"."""
    return f"slack:{channel}:{thread_root}" if thread_root else f"slack:{channel}"


def command_conversation(channel: str, token: str) -> str:
    """The conversation of one `/spørg` answer (ephemeral, then maybe shared: no thread)."""
    return f"slack:{channel}:cmd:{token}"


def button_value(audit_id: int | None, token: str | None = None) -> str | None:
    """What the answer's buttons carry: the audit id, and the `/spørg` token when there is one."""
    if audit_id is None:
        return None
    return f"{int(audit_id)}:{token}" if token else str(int(audit_id))


def parse_button_value(raw: object) -> tuple[int | None, str | None]:
    """(audit id, `/spørg` token) from a button value; (None, None) when it is not ours."""
    m = re.fullmatch(r"(\d{1,18})(?::([A-Za-z0-9_-]{8,64}))?", str(raw or ""))
    if not m:
        return None, None
    return int(m.group(1)), m.group(2)


def click_conversation(body: dict[str, Any], token: str | None) -> str | None:
    """The conversation a button was clicked in — from where Slack says the click happened, so
    a button value copied elsewhere cannot vote on an answer of another conversation."""
    container = body.get("container") or {}
    message = body.get("message") or {}
    channel = container.get("channel_id") or (body.get("channel") or {}).get("id")
    if not channel:
        return None
    if token:
        return command_conversation(channel, token)
    message_ts = container.get("message_ts") or message.get("ts")
    thread_ts = container.get("thread_ts") or message.get("thread_ts")
    # A message that is itself a thread's root (thread_ts == its own ts) was posted outside one.
    root = thread_ts if thread_ts and thread_ts != message_ts else None
    return conversation_id(channel, root)


def question_text(text: str, bot_user_id: str | None) -> str:
    """The question from a Slack message: without the bot's own mention, entities unescaped."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", " ", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text.strip()


# -- the bot -------------------------------------------------------------------------------------
class SlackBot:
    """The listeners. One instance per App; state lives in `store` and `limiter` (`bot.state`
    protocols: a SQLite file and memory for one process, PostgreSQL for several replicas)."""

    def __init__(
        self,
        settings: SlackSettings,
        service: BotService,
        store: SlackState,
        limiter: RateLimit,
        notifier: EscalationNotifier[SlackOrigin],
    ) -> None:
        self.settings = settings
        self.service = service
        self.store = store
        self.limiter = limiter
        self.notifier = notifier

    # -- registration ---------------------------------------------------------------------------
    def register(self, app: App) -> None:
        app.use(self.dedupe_middleware)
        app.event("app_mention")(ack=_ack, lazy=[self.on_mention])
        # All message events (also edits, deletes, bot posts) so Slack always gets a 200; the
        # handler ignores everything but new human messages.
        app.event("message")(ack=_ack, lazy=[self.on_message])
        app.command(self.settings.command)(ack=_ack, lazy=[self.on_command])
        app.command(self.settings.admin_command)(ack=_ack, lazy=[self.on_admin_command])
        app.action(render.ACTION_FEEDBACK_UP)(ack=_ack, lazy=[self.on_feedback])
        app.action(render.ACTION_FEEDBACK_DOWN)(ack=_ack, lazy=[self.on_feedback])
        app.action(render.ACTION_ESCALATE)(ack=_ack, lazy=[self.on_escalate])
        app.action(render.ACTION_SHARE)(ack=_ack, lazy=[self.on_share])
        app.view(render.VIEW_FEEDBACK_REASON)(ack=_ack, lazy=[self.on_feedback_reason])

    def dedupe_middleware(self, body: dict[str, Any], ack: Any, next: Callable[[], None]) -> BoltResponse | None:
        """Acknowledge and drop a delivery seen before (Slack retry, Socket Mode retry_attempt)."""
        key = delivery_key(body)
        event = body.get("event") if body.get("type") == "event_callback" else None
        if isinstance(event, dict) and message_key(event) is not None:
            # A message is claimed by its identity in the listener, after the ack has been
            # handed back (`_answer_once`, under a lease). Claiming the event id here, before the
            # 200 is sent, would let a replica killed in between swallow Slack's resend on
            # another replica for good.
            key = None
        if key is not None and not self.store.first_time(key):
            log.info("duplicate Slack delivery ignored (%s)", key.split(":", 1)[0])
            return BoltResponse(status=200, body="")
        if body.get("type") != "event_callback":
            # Commands, button clicks and dialog submissions: ack here (an empty ack also closes
            # a dialog), before the listener pool's queue, so a burst of slow answers can never
            # push an ack past Slack's 3 s (measured: docs/load-and-faults.md).
            ack()
        next()
        return None

    def _answer_once(self, event: dict[str, Any], client: WebClient, question: str, **how: Any) -> None:
        """Answer `event`'s message unless it was answered: claim it under a lease, answer, and
        mark the claim done whatever happened (`bot.state.lease`). A claim another listener holds
        is watched until it is done (drop) or its lease runs out (its owner died after claiming,
        perhaps before the 200 reached Slack: this delivery, already acknowledged, is the last one
        Slack sends, so it takes the message over)."""
        key = message_key(event)
        if key is not None:
            result = claim_when_free(self.store, key)
            if not result.won:
                log.info("message already answered (%s); resent event ignored", result.value)
                return
            if result is Claim.TAKEN_OVER:
                log.warning("took over a message whose claim ran out unanswered (its replica stopped)")
        lost = False

        def still_ours() -> bool:
            nonlocal lost
            lost = key is not None and not self._confirm(key)
            return not lost

        try:
            self._answer(client, question, still_ours=still_ours, **how)
        finally:
            if key is not None and not lost:  # a lost claim is the new owner's to finish
                self._finish(key)

    def _confirm(self, key: str) -> bool:
        """True when this replica still holds `key`'s claim (renewed now); a store that cannot be
        asked counts as yes: better a possible second answer than none."""
        try:
            if self.store.confirm(key):
                return True
        except Exception as e:
            log.error("could not confirm a message claim: %s", type(e).__name__)
            return True
        log.warning("another replica took this message over while this one answered; not posting a second answer")
        return False

    def _finish(self, key: str) -> None:
        try:
            self.store.finish(key)
        except Exception as e:  # the answer is out; the lease runs out and a later retry may repeat it
            log.error("could not mark a message answered: %s", type(e).__name__)

    # -- messages ----------------------------------------------------------------------------------
    def on_mention(self, event: dict[str, Any], context: dict[str, Any], client: WebClient) -> None:
        if event.get("bot_id") or event.get("subtype") or event.get("edited") or not event.get("user"):
            return
        channel = event.get("channel", "")
        if channel.startswith("D"):
            return  # direct messages are answered by on_message
        thread_ts = event.get("thread_ts") or event.get("ts")
        question = question_text(event.get("text", ""), context.get("bot_user_id"))
        self._answer_once(
            event,
            client,
            question,
            user=event["user"],
            channel=channel,
            thread_ts=thread_ts,
            direct=False,
            remember_thread=True,
        )

    def on_message(self, event: dict[str, Any], context: dict[str, Any], client: WebClient) -> None:
        # Edits (message_changed), deletes, joins, bot posts … all have a subtype or a bot_id.
        if event.get("subtype") or event.get("bot_id") or not event.get("user"):
            return
        bot_user_id = context.get("bot_user_id")
        if event["user"] == bot_user_id:
            return
        channel = event.get("channel", "")
        text = event.get("text", "")
        if event.get("channel_type") == "im":
            self._answer_once(
                event,
                client,
                question_text(text, bot_user_id),
                user=event["user"],
                channel=channel,
                thread_ts=event.get("thread_ts"),
                direct=True,
                remember_thread=False,
            )
            return
        thread_ts = event.get("thread_ts")
        if not thread_ts or thread_ts == event.get("ts"):
            return
        if bot_user_id and f"<@{bot_user_id}" in text:
            return  # the app_mention event answers this one
        if not self.store.is_bot_thread(channel, thread_ts):
            return
        self._answer_once(
            event,
            client,
            question_text(text, bot_user_id),
            user=event["user"],
            channel=channel,
            thread_ts=thread_ts,
            direct=False,
            remember_thread=True,
        )

    def _answer(
        self,
        client: WebClient,
        question: str,
        *,
        user: str,
        channel: str,
        thread_ts: str | None,
        direct: bool,
        remember_thread: bool,
        still_ours: Callable[[], bool] = lambda: True,
    ) -> None:
        def private(message: tuple[str, list[dict[str, Any]]]) -> None:
            self._private(client, channel, user, thread_ts, message, direct=direct)

        # Answering can outlast a frozen replica's lease: log and post only while the claim is
        # still ours (bot/state/lease.py). The service asks before it logs the answer, and the
        # claim is confirmed again right before posting: logging can wait on a busy audit log,
        # and a message taken over during that wait must not be posted twice. Lost there, the
        # answer is logged by both replicas but posted once, by the new owner.
        try:
            result = self._ask(question, user, conversation_id(channel, thread_ts), still_ours)
        except Superseded:
            return
        if not still_ours():
            return
        if not isinstance(result, Answer):
            private(result)
            return
        if result.status == "refused":
            private(render.refusal_message(result, escalation_target=self.notifier.target))
            return
        text, blocks = render.to_blocks(result, escalation_target=self.notifier.target)
        # Remembered before the answer is posted: a reply that arrives the moment the answer
        # shows must find the thread known (it is the asker's thread with the bot either way).
        if remember_thread and thread_ts:
            self.store.remember_thread(channel, thread_ts)
        try:
            client.chat_postMessage(
                channel=channel, thread_ts=thread_ts, text=text, blocks=blocks, unfurl_links=False, unfurl_media=False
            )
        except SlackClientError as e:
            log.error("chat.postMessage failed: %s", api_error(e))

    def _ask(
        self, question: str, user: str, conversation: str, still_ours: Callable[[], bool] | None = None
    ) -> Answer | tuple[str, list[dict[str, Any]]]:
        """The answer, or the message to show the asker instead (rate limit, error). Raises
        `Superseded` when `still_ours` said no before the answer was logged (nothing to post)."""
        if not self.limiter.allow(user):
            return render.rate_limited_message(self.limiter.limit, self.limiter.retry_after(user))
        try:
            return self.service.ask(
                question, channel=CHANNEL, user_id=user, conversation=conversation, proceed=still_ours
            )
        except Superseded:
            raise
        except ServiceError as e:
            return render.error_message(e.message)
        except Exception:  # never crash a listener; the user gets a clear message
            log.exception("answering failed")
            return render.error_message()

    def _private(
        self,
        client: WebClient,
        channel: str,
        user: str,
        thread_ts: str | None,
        message: tuple[str, list[dict[str, Any]]],
        *,
        direct: bool,
    ) -> None:
        """Show a message to the asker only: in the DM, or ephemeral in a channel."""
        text, blocks = message
        try:
            if direct:
                client.chat_postMessage(
                    channel=channel,
                    thread_ts=thread_ts,
                    text=text,
                    blocks=blocks,
                    unfurl_links=False,
                    unfurl_media=False,
                )
            else:
                client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts, text=text, blocks=blocks)
        except SlackClientError as e:
            log.error("private message failed: %s", api_error(e))

    # -- slash commands ----------------------------------------------------------------------------
    def on_command(self, body: dict[str, Any], respond: Any, client: WebClient) -> None:
        user = body.get("user_id", "")
        question = (body.get("text") or "").strip()
        reply = _Replier(body, respond, client)
        if not question:
            reply.private(render.notice(HELP_TEXT.format(command=self.settings.command)))
            return
        # One `/spørg` is a conversation of its own; its buttons carry the token to find it again.
        token = secrets.token_urlsafe(12)
        result = self._ask(question, user, command_conversation(body.get("channel_id", ""), token))
        if not isinstance(result, Answer):
            reply.private(result)
            return
        target = self.notifier.target
        if result.status == "refused":
            reply.private(render.refusal_message(result, escalation_target=target))
            return
        ref = button_value(result.audit_id, token)
        if result.status == "answered":
            key = secrets.token_urlsafe(16)
            # The shared copy shows the question it answers (it passed the guard), so the channel
            # sees what the quotes are about; it is kept until shared or for a day.
            self.store.save_share(key, *render.to_blocks(result, question=question, ref=ref, escalation_target=target))
            reply.private(
                render.to_blocks(
                    result, share_button=True, share_value=key, question=question, ref=ref, escalation_target=target
                )
            )
        else:
            reply.private(render.to_blocks(result, ref=ref, escalation_target=target))

    def on_admin_command(self, body: dict[str, Any], respond: Any, client: WebClient) -> None:
        reply = _Replier(body, respond, client)
        if body.get("user_id") not in self.settings.admin_user_ids:
            reply.private(render.notice(ADMIN_ONLY))
            return
        args = (body.get("text") or "").split()
        if not args or args[0].lower() != "status":
            reply.private(render.notice(ADMIN_HELP.format(command=self.settings.admin_command)))
            return
        try:
            status = self.service.status()
        except Exception as e:  # IndexUnavailable and friends: show the reason to the admin
            reply.private(render.notice(f"Indekset kan ikke læses: {e}"))
            return
        reply.private(render.status_message(status))

    # -- buttons -----------------------------------------------------------------------------------
    def on_feedback(self, body: dict[str, Any], action: dict[str, Any], respond: Any, client: WebClient) -> None:
        reply = _Replier(body, respond, client)
        value = "up" if action.get("action_id") == render.ACTION_FEEDBACK_UP else "down"
        audit_id, token = parse_button_value(action.get("value"))
        conversation = click_conversation(body, token)
        if audit_id is None or conversation is None:
            reply.private(render.notice(UNKNOWN_ANSWER))
            return
        try:
            receipt = self.service.feedback(
                audit_id, value, channel=CHANNEL, user_id=_user(body), conversation=conversation
            )
        except ServiceError as e:
            reply.private(render.error_message(e.message))
            return
        except ValueError:  # not an answer of this conversation: stale, misplaced or forged
            log.info("feedback for an unknown answer or another conversation refused")
            reply.private(render.notice(UNKNOWN_ANSWER))
            return
        if (
            value == "down"
            and receipt.audit_id is not None
            and self._open_reason_dialog(client, body, audit_id, conversation)
        ):
            return  # the dialog says the vote is recorded; its submission replies with the rest
        reply.private(render.notice(recorded_text(value, receipt)))

    def _open_reason_dialog(self, client: WebClient, body: dict[str, Any], audit_id: int, conversation: str) -> bool:
        trigger_id = body.get("trigger_id")
        if not trigger_id:
            return False
        container = body.get("container") or {}
        metadata = {
            "a": audit_id,
            "c": conversation,
            "ch": container.get("channel_id") or (body.get("channel") or {}).get("id"),
            "th": container.get("thread_ts") or (body.get("message") or {}).get("thread_ts"),
            "r": body.get("response_url") or None,
        }
        try:
            client.views_open(trigger_id=trigger_id, view=render.feedback_reason_view(json.dumps(metadata)))
        except SlackClientError as e:
            log.warning("views.open failed: %s", api_error(e))
            return False
        return True

    def on_feedback_reason(self, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        """The 👎 dialog was submitted: record the reason and/or comment with the vote and tell
        the user what was kept."""
        try:
            meta = json.loads(view.get("private_metadata") or "")
            audit_id, conversation = int(meta["a"]), str(meta["c"])
        except (ValueError, TypeError, KeyError):
            log.info("feedback dialog without usable metadata ignored")
            return
        raw_reason, raw_comment = render.reason_and_comment(view)
        reason, comment = parse_reason(raw_reason), clip_comment(raw_comment)
        user = _user(body)
        reply = _DialogReplier(client, meta, user)
        if reason is None and comment is None:
            return  # nothing to add to the recorded 👎
        try:
            receipt = self.service.feedback(
                audit_id,
                "down",
                channel=CHANNEL,
                user_id=user,
                conversation=conversation,
                reason=reason,
                comment=comment,
            )
        except ServiceError as e:
            reply.send(render.error_message(e.message))
            return
        except ValueError:
            reply.send(render.notice(UNKNOWN_ANSWER))
            return
        reply.send(render.notice(recorded_text("down", receipt, reason)))

    def on_escalate(self, body: dict[str, Any], action: dict[str, Any], respond: Any, client: WebClient) -> None:
        """Reached only after the leader confirmed in Slack's dialog (the button's `confirm`)."""
        reply = _Replier(body, respond, client)
        ref_id, _ = parse_button_value(action.get("value"))
        container = body.get("container") or {}
        message = body.get("message") or {}
        origin = SlackOrigin(
            client=client,
            channel=container.get("channel_id") or (body.get("channel") or {}).get("id"),
            message_ts=container.get("message_ts") or message.get("ts"),
            thread_ts=container.get("thread_ts") or message.get("thread_ts"),
            ephemeral=bool(container.get("is_ephemeral")),
        )
        target = self.notifier.target
        try:
            try:
                esc = self.service.escalate(ref_id, channel=CHANNEL, user_id=_user(body), target=target)
            except ValueError:  # the reference is not a logged question: escalate without it
                esc = self.service.escalate(None, channel=CHANNEL, user_id=_user(body), target=target)
        except ServiceError as e:
            reply.private(render.error_message(e.message))
            return
        reply.private(render.escalation_message(self.notifier.notify(esc, origin), esc.contact))

    def on_share(self, body: dict[str, Any], action: dict[str, Any], respond: Any, client: WebClient) -> None:
        reply = _Replier(body, respond, client)
        key = str(action.get("value", ""))
        shared = self.store.load_share(key)
        if shared is None:
            reply.private(render.notice(SHARE_EXPIRED))
            return
        text, blocks = shared
        if reply.public(text, blocks):
            self.store.forget_share(key)
            reply.delete_original()


class _DialogReplier:
    """Replies after a dialog submission (which has no response_url of its own): to the clicking
    user in the answer's channel/thread (ephemeral), else through the click's response_url."""

    def __init__(self, client: WebClient, meta: dict[str, Any], user: str | None) -> None:
        self.client = client
        self.channel = meta.get("ch")
        self.thread_ts = meta.get("th")
        self.response_url = meta.get("r")
        self.user = user

    def send(self, message: tuple[str, list[dict[str, Any]]]) -> None:
        text, blocks = message
        if self.channel and self.user:
            try:
                self.client.chat_postEphemeral(
                    channel=self.channel, user=self.user, thread_ts=self.thread_ts, text=text, blocks=blocks
                )
                return
            except SlackClientError as e:  # e.g. not_in_channel for a /spørg answer
                log.info("ephemeral reply after the dialog failed (%s); trying the response_url", api_error(e))
        if self.response_url:
            try:
                from slack_sdk.webhook import WebhookClient

                WebhookClient(self.response_url).send(
                    text=text, blocks=blocks, response_type="ephemeral", replace_original=False
                )
            except Exception as e:
                log.error("reply after the dialog failed: %s", type(e).__name__)


class _Replier:
    """Replies to a slash command or button click: privately (response_url, else
    chat.postEphemeral) or publicly in the channel."""

    def __init__(self, body: dict[str, Any], respond: Any, client: WebClient) -> None:
        self.body = body
        self.respond = respond if body.get("response_url") else None
        self.client = client
        container = body.get("container") or {}
        self.channel = body.get("channel_id") or (body.get("channel") or {}).get("id") or container.get("channel_id")
        self.thread_ts = container.get("thread_ts") or (body.get("message") or {}).get("thread_ts")
        self.user = _user(body)

    def private(self, message: tuple[str, list[dict[str, Any]]]) -> None:
        text, blocks = message
        try:
            if self.respond is not None:
                self.respond(text=text, blocks=blocks, response_type="ephemeral", replace_original=False)
            elif self.channel and self.user:
                self.client.chat_postEphemeral(
                    channel=self.channel, user=self.user, thread_ts=self.thread_ts, text=text, blocks=blocks
                )
        except Exception as e:
            log.error("private reply failed: %s", type(e).__name__)

    def public(self, text: str, blocks: list[dict[str, Any]]) -> bool:
        try:
            if self.respond is not None:
                self.respond(
                    text=text,
                    blocks=blocks,
                    response_type="in_channel",
                    replace_original=False,
                    unfurl_links=False,
                    unfurl_media=False,
                )
            elif self.channel:
                self.client.chat_postMessage(
                    channel=self.channel, text=text, blocks=blocks, unfurl_links=False, unfurl_media=False
                )
            else:
                return False
        except Exception as e:
            log.error("public reply failed: %s", type(e).__name__)
            return False
        return True

    def delete_original(self) -> None:
        if self.respond is None:
            return
        try:
            self.respond(delete_original=True)
        except Exception as e:
            log.warning("could not delete the ephemeral original: %s", type(e).__name__)


def _ack(ack: Any) -> None:
    ack()


def _user(body: dict[str, Any]) -> str | None:
    return body.get("user_id") or (body.get("user") or {}).get("id")


# -- the app ---------------------------------------------------------------------------------------
def build_app(
    settings: SlackSettings,
    service: BotService,
    *,
    client: WebClient | None = None,
    process_before_response: bool = False,
    socket_mode: bool = False,
    store: SlackState | None = None,
    limiter: RateLimit | None = None,
    notifier: EscalationNotifier[SlackOrigin] | None = None,
) -> App:
    """The Bolt app with every listener registered. Calls `auth.test` (token verification).

    HTTP mode needs `settings.signing_secret`; with `socket_mode=True` signature checks
    are skipped when no secret is set (Socket Mode requests are not signed). Escalations go
    to `notifier` (default: a SlackNotifier posting to `settings.escalation_target`). State
    (`store`, `limiter`) defaults to `open_state(settings)`.
    """
    if client is None:
        client = make_client(settings)
    secret = settings.signing_secret
    if not secret and not socket_mode:
        raise SlackConfigError("SLACK_SIGNING_SECRET mangler (kræves i HTTP-tilstand).")
    _quiet_token_warning()
    try:
        app = App(
            client=client,
            signing_secret=secret,
            request_verification_enabled=bool(secret),
            process_before_response=process_before_response,
            listener_executor=ThreadPoolExecutor(max_workers=32, thread_name_prefix="ledelsesbot-slack"),
            raise_error_for_unhandled_request=False,
            name="ledelsesbot",
        )
    except Exception as e:  # BoltError from auth.test; its text may echo the API response
        if isinstance(e.__cause__, SlackApiError) or "auth.test" in str(e):
            raise SlackConfigError("Slack afviste SLACK_BOT_TOKEN (auth.test fejlede).") from None
        raise
    if store is None or limiter is None:
        opened_store, opened_limiter = open_state(settings)
        store, limiter = store or opened_store, limiter or opened_limiter
    bot = SlackBot(
        settings,
        service,
        store,
        limiter,
        notifier or SlackNotifier(settings.escalation_target, settings.command),
    )
    bot.register(app)
    protect_logs()  # after App(): Bolt's loggers exist now
    return app


def open_state(settings: SlackSettings) -> tuple[SlackState, RateLimit]:
    """The channel's state: on PostgreSQL when `settings.state_url` is set (several replicas
    share it), else the SQLite file `settings.state_db` and an in-memory rate limit (one
    process). Raises AuditError (with a kind) when the database cannot be used."""
    if settings.state_url:
        from ...state.postgres import PostgresState

        shared = PostgresState(settings.state_url, lease_s=settings.claim_lease_s)
        return shared, shared.rate_limiter(settings.rate_limit_per_minute)
    return SlackStore(settings.state_db, lease_s=settings.claim_lease_s), RateLimiter(settings.rate_limit_per_minute)


class _DropTokenWarning(logging.Filter):
    """Bolt warns "`token` will be unused" when SLACK_BOT_TOKEN is in the environment and a client
    is passed — which is exactly what we do (the client carries the same token and SLACK_API_URL)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


_TOKEN_WARNING_FILTER = _DropTokenWarning()


def _quiet_token_warning() -> None:
    bolt_logger = logging.getLogger("slack_bolt.App")
    if _TOKEN_WARNING_FILTER not in bolt_logger.filters:
        bolt_logger.addFilter(_TOKEN_WARNING_FILTER)
