"""The Slack adapter: a slack-bolt `App` that translates Slack events into `BotService` calls.

* @mention in a channel → answer in the thread; direct message → answer in the DM; a reply in a
  thread the bot answered → answered without a new mention; `/spørg` → ephemeral answer with a
  "Del i kanalen" button; `/ledelsesbot-admin status` → index status for admins.
* Refusals, errors and rate-limit notices go to the asker only (ephemeral in channels) and never
  quote the message.
* Every request is acknowledged at once; answering runs in lazy listeners (Bolt's thread pool),
  which also works with `process_before_response=True`.
* Retries never produce a second answer: a global middleware records each delivery
  (`event_id`, or `trigger_id` for commands and clicks) in SQLite before anything else happens.
* Buttons: 👍/👎 → `service.feedback`; "Spørg et menneske" → `service.escalate`, whose sink posts a
  note (a link to the thread, never the question or a name) to `settings.escalation_target`.

Run it with `make_http_server` (WSGI on the given host; `App.start` would bind 0.0.0.0) or
`run_socket_mode`.
"""
from __future__ import annotations

import logging
import re
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from socketserver import ThreadingMixIn
from typing import Any, Callable
from urllib.error import URLError
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler, ServerErrorRetryHandler

from retrieval.models import Answer
from retrieval.settings import Settings

from . import render
from .ratelimit import RateLimiter
from ...service import BotService, ServiceError
from .dedupe import SlackStore

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
EVENTS_PATH = "/slack/events"

HELP_TEXT = (
    "Skriv dit spørgsmål efter kommandoen, fx `{command} Hvordan leder jeg på afstand?` – "
    "svaret kommer fra Offentlig Ledelse med kilde og side. Skriv ikke navne, CPR-numre "
    "eller andre personoplysninger."
)
ADMIN_ONLY = "Kun administratorer af ledelsesbot kan bruge denne kommando."
ADMIN_HELP = "Brug: `{command} status` – viser det aktive indeks."
FEEDBACK_THANKS = "Tak for din feedback – den hjælper os med at gøre botten bedre."
FEEDBACK_FAILED = "Din feedback kunne ikke registreres. Prøv igen senere."
SHARE_EXPIRED = "Svaret kan ikke deles længere. Stil spørgsmålet igen for at få et nyt svar."
ESCALATION_FAILED = (
    "Jeg kunne ikke give besked videre lige nu. Kontakt HR eller din egen chef direkte – "
    "beslutningen er fortsat din."
)


class SlackConfigError(RuntimeError):
    """Slack cannot be started with the current settings; the message names the variable and
    never contains a token."""


# -- configuration ---------------------------------------------------------------------------
def check_config(settings: Settings, *, socket_mode: bool) -> None:
    """Raise SlackConfigError when a variable needed for the chosen mode is missing or malformed."""
    token = settings.slack_bot_token
    if not token:
        raise SlackConfigError(
            "SLACK_BOT_TOKEN mangler. Sæt bot-tokenet (xoxb-…) fra Slack-appens "
            "'OAuth & Permissions' i miljøet eller i .env (se .env.example)."
        )
    if not token.startswith("xox"):
        raise SlackConfigError("SLACK_BOT_TOKEN ligner ikke et Slack-token (det skal begynde med xoxb-).")
    if socket_mode:
        if not settings.slack_app_token.startswith("xapp-"):
            raise SlackConfigError(
                "SLACK_APP_TOKEN ligner ikke et app-niveau-token (det skal begynde med xapp- og "
                "have scopet connections:write)."
            )
    elif not settings.slack_signing_secret:
        raise SlackConfigError(
            "SLACK_SIGNING_SECRET mangler. HTTP-tilstand kræver signing secret fra Slack-appens "
            "'Basic Information' (eller sæt SLACK_APP_TOKEN for Socket Mode)."
        )


def make_client(settings: Settings) -> WebClient:
    """The Web API client: `SLACK_BOT_TOKEN`, base URL from `SLACK_API_URL` (proxies, tests),
    and retries: HTTP 429 after `Retry-After`, HTTP 500/503 with exponential back-off (2 each;
    connection errors: slack-sdk's default handler)."""
    if not settings.slack_bot_token:
        raise SlackConfigError("SLACK_BOT_TOKEN mangler (se .env.example).")
    base_url = settings.slack_api_url or DEFAULT_API_URL
    if not base_url.endswith("/"):
        base_url += "/"
    client = WebClient(token=settings.slack_bot_token, base_url=base_url, timeout=30)
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=2))
    client.retry_handlers.append(ServerErrorRetryHandler(max_retry_count=2))
    return client


def verify_token(client: WebClient) -> dict[str, Any]:
    """Call `auth.test`; SlackConfigError with a clear message when the token is not accepted."""
    try:
        resp = client.auth_test()
    except SlackApiError as e:
        error = (e.response.get("error") if e.response is not None else None) or "ukendt fejl"
        raise SlackConfigError(
            f"Slack afviste SLACK_BOT_TOKEN (auth.test: {error}). Tjek at tokenet er bot-tokenet "
            "(xoxb-…) for den rigtige workspace, og at appen er installeret."
        ) from None
    except (URLError, OSError, SlackClientError) as e:
        raise SlackConfigError(
            f"Kan ikke nå Slacks Web API på {client.base_url} ({type(e).__name__}). "
            "Tjek netværk/proxy eller SLACK_API_URL."
        ) from None
    return dict(resp.data) if isinstance(resp.data, dict) else {}


# -- escalation context ------------------------------------------------------------------------
@dataclass
class _EscalationRef:
    """Where the "Spørg et menneske" click came from (never the question text)."""

    client: WebClient
    channel: str | None
    message_ts: str | None
    thread_ts: str | None
    ephemeral: bool
    failed: bool = False


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


def delivery_key(body: dict[str, Any]) -> str | None:
    """The de-duplication key of one Slack delivery: retries carry the same key."""
    if body.get("type") == "event_callback" and body.get("event_id"):
        return f"event:{body['event_id']}"
    if body.get("trigger_id"):
        return f"trigger:{body['trigger_id']}"
    return None


def question_text(text: str, bot_user_id: str | None) -> str:
    """The question from a Slack message: without the bot's own mention, entities unescaped."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", " ", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return text.strip()


# -- the bot -------------------------------------------------------------------------------------
class SlackBot:
    """The listeners. One instance per App; state lives in `store` (SQLite) and `limiter`."""

    def __init__(self, settings: Settings, service: BotService, store: SlackStore,
                 limiter: RateLimiter, client: WebClient) -> None:
        self.settings = settings
        self.service = service
        self.store = store
        self.limiter = limiter
        self.client = client
        self._local = threading.local()

    # -- registration ---------------------------------------------------------------------------
    def register(self, app: App) -> None:
        app.use(self.dedupe_middleware)
        app.event("app_mention")(ack=_ack, lazy=[self.on_mention])
        # All message events (also edits, deletes, bot posts) so Slack always gets a 200; the
        # handler ignores everything but new human messages.
        app.event("message")(ack=_ack, lazy=[self.on_message])
        app.command(self.settings.slack_command)(ack=_ack, lazy=[self.on_command])
        app.command(self.settings.slack_admin_command)(ack=_ack, lazy=[self.on_admin_command])
        app.action(render.ACTION_FEEDBACK_UP)(ack=_ack, lazy=[self.on_feedback])
        app.action(render.ACTION_FEEDBACK_DOWN)(ack=_ack, lazy=[self.on_feedback])
        app.action(render.ACTION_ESCALATE)(ack=_ack, lazy=[self.on_escalate])
        app.action(render.ACTION_SHARE)(ack=_ack, lazy=[self.on_share])
        self.service.escalation_sink = self.escalation_sink

    def dedupe_middleware(self, body: dict[str, Any], ack: Any, next: Callable[[], None]) -> BoltResponse | None:
        """Acknowledge and drop a delivery seen before (Slack retry, Socket Mode retry_attempt)."""
        key = delivery_key(body)
        if key is not None and not self.store.first_time(key):
            log.info("duplicate Slack delivery ignored (%s)", key.split(":", 1)[0])
            return BoltResponse(status=200, body="")
        if body.get("type") != "event_callback":
            # Commands and button clicks: ack here, before the listener pool's queue, so a burst
            # of slow answers can never push an ack past Slack's 3 s (measured: docs/load-and-faults.md).
            ack()
        next()
        return None

    # -- messages ----------------------------------------------------------------------------------
    def on_mention(self, event: dict[str, Any], context: dict[str, Any], client: WebClient) -> None:
        if event.get("bot_id") or event.get("subtype") or event.get("edited") or not event.get("user"):
            return
        channel = event.get("channel", "")
        if channel.startswith("D"):
            return  # direct messages are answered by on_message
        thread_ts = event.get("thread_ts") or event.get("ts")
        question = question_text(event.get("text", ""), context.get("bot_user_id"))
        self._answer(client, question, user=event["user"], channel=channel, thread_ts=thread_ts,
                     direct=False, remember_thread=True)

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
            self._answer(client, question_text(text, bot_user_id), user=event["user"], channel=channel,
                         thread_ts=event.get("thread_ts"), direct=True, remember_thread=False)
            return
        thread_ts = event.get("thread_ts")
        if not thread_ts or thread_ts == event.get("ts"):
            return
        if bot_user_id and f"<@{bot_user_id}" in text:
            return  # the app_mention event answers this one
        if not self.store.is_bot_thread(channel, thread_ts):
            return
        self._answer(client, question_text(text, bot_user_id), user=event["user"], channel=channel,
                     thread_ts=thread_ts, direct=False, remember_thread=True)

    def _answer(self, client: WebClient, question: str, *, user: str, channel: str,
                thread_ts: str | None, direct: bool, remember_thread: bool) -> None:
        def private(message: tuple[str, list[dict[str, Any]]]) -> None:
            self._private(client, channel, user, thread_ts, message, direct=direct)

        result = self._ask(question, user)
        if not isinstance(result, Answer):
            private(result)
            return
        if result.status == "refused":
            private(render.refusal_message(result))
            return
        text, blocks = render.to_blocks(result)
        try:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text, blocks=blocks,
                                    unfurl_links=False, unfurl_media=False)
        except SlackClientError as e:
            log.error("chat.postMessage failed: %s", _slack_error(e))
            return
        if remember_thread and thread_ts:
            self.store.remember_thread(channel, thread_ts)

    def _ask(self, question: str, user: str) -> Answer | tuple[str, list[dict[str, Any]]]:
        """The answer, or the message to show the asker instead (rate limit, error)."""
        if not self.limiter.allow(user):
            return render.rate_limited_message(self.limiter.limit, self.limiter.retry_after(user))
        try:
            return self.service.ask(question, channel="slack", user_id=user)
        except ServiceError as e:
            return render.error_message(e.message)
        except Exception:  # never crash a listener; the user gets a clear message
            log.exception("answering failed")
            return render.error_message()

    def _private(self, client: WebClient, channel: str, user: str, thread_ts: str | None,
                 message: tuple[str, list[dict[str, Any]]], *, direct: bool) -> None:
        """Show a message to the asker only: in the DM, or ephemeral in a channel."""
        text, blocks = message
        try:
            if direct:
                client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=text, blocks=blocks,
                                        unfurl_links=False, unfurl_media=False)
            else:
                client.chat_postEphemeral(channel=channel, user=user, thread_ts=thread_ts, text=text,
                                          blocks=blocks)
        except SlackClientError as e:
            log.error("private message failed: %s", _slack_error(e))

    # -- slash commands ----------------------------------------------------------------------------
    def on_command(self, body: dict[str, Any], respond: Any, client: WebClient) -> None:
        user = body.get("user_id", "")
        question = (body.get("text") or "").strip()
        reply = _Replier(body, respond, client)
        if not question:
            reply.private(render.notice(HELP_TEXT.format(command=self.settings.slack_command)))
            return
        result = self._ask(question, user)
        if not isinstance(result, Answer):
            reply.private(result)
            return
        if result.status == "refused":
            reply.private(render.refusal_message(result))
            return
        if result.status == "answered":
            key = secrets.token_urlsafe(16)
            self.store.save_share(key, *render.to_blocks(result))
            reply.private(render.to_blocks(result, share_button=True, share_value=key))
        else:
            reply.private(render.to_blocks(result))

    def on_admin_command(self, body: dict[str, Any], respond: Any, client: WebClient) -> None:
        reply = _Replier(body, respond, client)
        if body.get("user_id") not in self.settings.admin_user_ids:
            reply.private(render.notice(ADMIN_ONLY))
            return
        args = (body.get("text") or "").split()
        if not args or args[0].lower() != "status":
            reply.private(render.notice(ADMIN_HELP.format(command=self.settings.slack_admin_command)))
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
        try:
            audit_id = int(action.get("value", ""))
            self.service.feedback(audit_id, value, channel="slack", user_id=_user(body))
        except ServiceError as e:
            reply.private(render.error_message(e.message))
            return
        except ValueError:
            reply.private(render.notice(FEEDBACK_FAILED))
            return
        reply.private(render.notice(FEEDBACK_THANKS))

    def on_escalate(self, body: dict[str, Any], action: dict[str, Any], respond: Any, client: WebClient) -> None:
        reply = _Replier(body, respond, client)
        raw = str(action.get("value", ""))
        ref_id = int(raw) if raw.isdigit() else None
        container = body.get("container") or {}
        message = body.get("message") or {}
        ref = _EscalationRef(
            client=client,
            channel=container.get("channel_id") or (body.get("channel") or {}).get("id"),
            message_ts=container.get("message_ts") or message.get("ts"),
            thread_ts=container.get("thread_ts") or message.get("thread_ts"),
            ephemeral=bool(container.get("is_ephemeral")),
        )
        self._local.ref = ref
        try:
            try:
                esc = self.service.escalate(ref_id, channel="slack", user_id=_user(body))
            except ValueError:  # the reference is not a logged question: escalate without it
                esc = self.service.escalate(None, channel="slack", user_id=_user(body))
        except ServiceError as e:
            reply.private(render.error_message(e.message))
            return
        finally:
            self._local.ref = None
        if ref.failed:
            reply.private(render.notice(ESCALATION_FAILED))
        else:
            reply.private(render.escalation_message(esc.message, self.settings.escalation_target))

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

    # -- escalation sink ---------------------------------------------------------------------------
    def escalation_sink(self, note: str, question_ref: int | None) -> None:
        """Post the escalation note to `settings.escalation_target`.

        The note names the audit reference and links the thread (or names the channel) — never
        the question, the asker or the answer. With no target nothing is posted; the asker is
        told to contact HR or their own manager.
        """
        target = self.settings.escalation_target
        if not target:
            return
        ref: _EscalationRef | None = getattr(self._local, "ref", None)
        client = ref.client if ref is not None else self.client
        destinations, groups = parse_target(target)
        text = render.escape(note) + ". " + self._where(ref)
        if groups:
            text = " ".join(groups) + " " + text
        if not destinations and groups and ref is not None and _is_channel(ref.channel) and not ref.ephemeral:
            # A user group alone: notify it in the thread where the question was asked.
            destinations = [ref.channel]  # type: ignore[list-item]
            thread_ts = ref.thread_ts or ref.message_ts
        else:
            thread_ts = None
        if not destinations:
            log.warning("escalation target has no channel or user to post to")
            if ref is not None:
                ref.failed = True
            return
        for dest in destinations:
            try:
                client.chat_postMessage(channel=dest, thread_ts=thread_ts, text=text,
                                        unfurl_links=False, unfurl_media=False)
            except SlackClientError as e:
                log.error("escalation post failed: %s", _slack_error(e))
                if ref is not None:
                    ref.failed = True

    def _where(self, ref: _EscalationRef | None) -> str:
        """A reference to the question's place in Slack that carries no personal data."""
        if ref is None or not ref.channel:
            return "Spørgsmålet blev stillet uden for en Slack-kanal."
        if not _is_channel(ref.channel):
            return "Spørgsmålet blev stillet i en privat samtale med botten; brug referencen ovenfor."
        if ref.ephemeral or not ref.message_ts:
            return f"Spørgsmålet blev stillet med {render.escape(self.settings.slack_command)} i <#{ref.channel}>."
        try:
            link = ref.client.chat_getPermalink(channel=ref.channel, message_ts=ref.message_ts).get("permalink")
        except SlackClientError as e:
            log.warning("chat.getPermalink failed: %s", _slack_error(e))
            link = None
        if link and not any(ch in link for ch in "<>| "):
            return f"Se tråden: <{link}|svaret i Slack>"
        return f"Se tråden i <#{ref.channel}> (besked {render.escape(ref.message_ts)})."


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
                self.client.chat_postEphemeral(channel=self.channel, user=self.user, thread_ts=self.thread_ts,
                                               text=text, blocks=blocks)
        except Exception as e:  # noqa: BLE001 – a failed reply must not crash the worker
            log.error("private reply failed: %s", type(e).__name__)

    def public(self, text: str, blocks: list[dict[str, Any]]) -> bool:
        try:
            if self.respond is not None:
                self.respond(text=text, blocks=blocks, response_type="in_channel", replace_original=False,
                             unfurl_links=False, unfurl_media=False)
            elif self.channel:
                self.client.chat_postMessage(channel=self.channel, text=text, blocks=blocks,
                                             unfurl_links=False, unfurl_media=False)
            else:
                return False
        except Exception as e:  # noqa: BLE001
            log.error("public reply failed: %s", type(e).__name__)
            return False
        return True

    def delete_original(self) -> None:
        if self.respond is None:
            return
        try:
            self.respond(delete_original=True)
        except Exception as e:  # noqa: BLE001
            log.warning("could not delete the ephemeral original: %s", type(e).__name__)


def _ack(ack: Any) -> None:
    ack()


def _user(body: dict[str, Any]) -> str | None:
    return body.get("user_id") or (body.get("user") or {}).get("id")


def _is_channel(channel: str | None) -> bool:
    return bool(channel) and channel[0] in "CG"  # type: ignore[index]


def _slack_error(e: Exception) -> str:
    if isinstance(e, SlackApiError) and e.response is not None:
        return str(e.response.get("error"))
    return type(e).__name__


# -- the app ---------------------------------------------------------------------------------------
def build_app(
    settings: Settings,
    service: BotService,
    *,
    client: WebClient | None = None,
    process_before_response: bool = False,
    socket_mode: bool = False,
    store: SlackStore | None = None,
) -> App:
    """The Bolt app with every listener registered. Calls `auth.test` (token verification).

    HTTP mode needs `settings.slack_signing_secret`; with `socket_mode=True` signature checks
    are skipped when no secret is set (Socket Mode requests are not signed).
    """
    if client is None:
        client = make_client(settings)
    secret = settings.slack_signing_secret
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
    bot = SlackBot(settings, service, store or SlackStore.in_dir(settings.data_dir),
                   RateLimiter(settings.rate_limit_per_minute), client)
    bot.register(app)
    return app


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


# -- running -------------------------------------------------------------------------------------
class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    # listen() backlog; socketserver's default of 5 resets/delays connections when Slack sends a
    # burst of events (scripts/bench_load.py: 20 concurrent senders → resets and 1 s SYN retries).
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 – stdlib signature
        log.debug("http: " + format, *args)


def make_http_server(app: App, host: str = "127.0.0.1", port: int = 3000, path: str = EVENTS_PATH) -> WSGIServer:
    """A threaded WSGI server for the app on `host:port` (port 0 = any free port)."""
    return make_server(host, port, SlackRequestHandler(app, path=path),
                       server_class=_ThreadingWSGIServer, handler_class=_QuietHandler)


def make_socket_mode_handler(app: App, app_token: str) -> Any:
    """A Socket Mode handler (slack_sdk's built-in WebSocket client, no extra dependency)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    return SocketModeHandler(app, app_token)


def run_socket_mode(app: App, app_token: str) -> None:
    """Connect over Socket Mode and block until interrupted."""
    handler = make_socket_mode_handler(app, app_token)
    try:
        handler.start()
    except KeyboardInterrupt:
        pass
    finally:
        handler.close()
