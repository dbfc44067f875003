"""The Teams bot on the maintained Teams SDK (`microsoft-teams-apps`, optional extra `[teams]`).

Same core as every other channel: each message goes to `BotService.ask(channel="teams",
conversation="teams:<conversation id>")`; an answer is sent as an Adaptive Card
(`bot.channels.teams.render`) marked with Teams' "AI generated" label (the SDK's
`add_ai_generated`), a refusal or a `ServiceError` as plain text; the card's buttons
(Action.Execute, `adaptiveCard/action` invokes) record 👍/👎 feedback — bound to the
conversation the card is in, with the optional reason and comment of 👎, the reply saying what
was recorded — or, after the card's confirmation, hand the question to a human via
`BotService.feedback` / `BotService.escalate`. An Action.Submit press (a message activity whose
`value` carries the same data) is handled the same way.

What the SDK offers for AI answers and what is used (docs/channels.md): the AI label — yes; Teams'
own citation entities and feedback loop — not with this card: citations on Adaptive Card
messages are a developer preview, and the built-in feedback form has no fixed reasons and would
need a message-id → answer map; the card keeps citations (quote + source) and feedback buttons.

Escalations are delivered by the `notifier` given to `build_app`, by default a `TeamsNotifier`
posting proactively to `LEDELSESBOT_TEAMS_ESCALATION_CONVERSATION`; when that is not set,
nothing is sent and the asker is told whom to contact instead (`bot.escalation.NoNotifier`).

The SDK is imported lazily, so `bot` and the rest of the CLI work without the extra; a missing
extra raises `TeamsUnavailable` with the install command.

Configuration: `bot.config.TeamsSettings` (the SDK's own names: CLIENT_ID, CLIENT_SECRET or
MANAGED_IDENTITY_CLIENT_ID, TENANT_ID; for local development only,
DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS=true), checked by `check_credentials`/`check_bind`.
"""

from __future__ import annotations

import asyncio
import html
import logging
import os
import re
import warnings
from collections.abc import Mapping
from typing import Any

from ...config import TeamsSettings
from ...escalation import DeliveryStatus, EscalationNotifier, handover_text
from ...feedback import recorded_text
from ...service import BotService, ServiceError
from .notifier import TeamsNotifier, TeamsOrigin
from .render import (
    ACTION_UNKNOWN,
    CARD_CONTENT_TYPE,
    FEEDBACK_UNKNOWN,
    GENERIC_ERROR,
    CardAction,
    parse_action,
    plain_text,
    refusal_text,
    to_adaptive_card,
)

log = logging.getLogger(__name__)

CHANNEL = "teams"
MESSAGING_ENDPOINT = "/api/messages"
INSTALL_HINT = "pip install -e '.[teams]'"
SDK_MISSING_MESSAGE = (
    "Teams-understøttelsen er ikke installeret (pakken microsoft-teams-apps mangler). "
    f"Installer den med: {INSTALL_HINT}"
)
ESCALATED_SHORT = "Sendt videre til et menneske."
NOT_ESCALATED_SHORT = "Ikke sendt videre – se beskeden i samtalen."

_LOOPBACK = {"127.0.0.1", "::1", "localhost"}


class TeamsUnavailable(RuntimeError):
    """The `[teams]` extra is not installed; the message says how to install it."""


class TeamsConfigError(ValueError):
    """The Teams configuration is incomplete or unsafe; the message names the variable."""


# -- SDK import --------------------------------------------------------------------------------
def _import_sdk() -> Any:
    """Import and return `microsoft_teams.apps`, or raise TeamsUnavailable.

    The SDK calls `load_dotenv(find_dotenv(usecwd=True))` when it is imported; the environment is
    restored afterwards so importing it cannot change settings behind the CLI's back (the CLI
    loads `.env` itself, tests control the environment completely).
    """
    saved = dict(os.environ)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # ExperimentalWarning for preview features we don't use
            import microsoft_teams.apps as apps
    except ImportError as e:
        raise TeamsUnavailable(SDK_MISSING_MESSAGE) from e
    finally:
        if dict(os.environ) != saved:
            os.environ.clear()
            os.environ.update(saved)
    return apps


def sdk_available() -> bool:
    """True when the `[teams]` extra is importable."""
    try:
        _import_sdk()
    except TeamsUnavailable:
        return False
    return True


# -- configuration ---------------------------------------------------------------------------
def check_credentials(settings: TeamsSettings) -> None:
    """Raise TeamsConfigError when the bot registration is incomplete (CLIENT_ID, and
    CLIENT_SECRET or MANAGED_IDENTITY_CLIENT_ID), unless unauthenticated development mode is on."""
    if not settings.client_id and not settings.allow_unauthenticated:
        raise TeamsConfigError(
            "CLIENT_ID mangler. Sæt CLIENT_ID, CLIENT_SECRET og TENANT_ID fra botregistreringen "
            "i Azure (Azure Bot / Entra-appregistrering)."
        )
    if settings.client_id and not settings.client_secret and not settings.managed_identity_client_id:
        raise TeamsConfigError(
            "CLIENT_SECRET mangler. Sæt CLIENT_SECRET (klienthemmelighed) – eller "
            "MANAGED_IDENTITY_CLIENT_ID, hvis botten kører med en managed identity i Azure."
        )


def check_bind(settings: TeamsSettings, host: str) -> None:
    """Unauthenticated mode only on loopback: anyone who can reach the port could otherwise
    make the bot answer and post to a URL of their choosing."""
    if settings.allow_unauthenticated and host not in _LOOPBACK:
        raise TeamsConfigError(
            f"DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS er kun tilladt på 127.0.0.1 (ikke --host {host})."
        )


# -- helpers ---------------------------------------------------------------------------------
_AT_TAG = re.compile(r"</?at>", re.IGNORECASE)


def question_text(activity: Any) -> str:
    """The question in a message activity: the bot's own @mention removed, other mentions kept
    as plain names (so the personal-data guard still sees "<at>Jens Mortensen</at>")."""
    text = activity.text or ""
    bot_id = getattr(getattr(activity, "recipient", None), "id", None)
    for entity in getattr(activity, "entities", None) or []:
        mentioned = getattr(entity, "mentioned", None)
        mention_text = getattr(entity, "text", None)
        if mentioned is not None and mention_text and getattr(mentioned, "id", None) == bot_id:
            text = text.replace(mention_text, " ")
    text = _AT_TAG.sub("", text)
    return html.unescape(text).strip()


def user_id_of(activity: Any) -> str | None:
    """The stable Entra object id of the sender when Teams sends it, else the channel id."""
    sender = getattr(activity, "from_", None)
    if sender is None:
        return None
    return getattr(sender, "aad_object_id", None) or getattr(sender, "id", None)


def conversation_of(activity: Any) -> str | None:
    """ "teams:<conversation id>" (a channel thread's id carries its `;messageid=`), or None."""
    conv = getattr(getattr(activity, "conversation", None), "id", None)
    return f"teams:{conv}" if conv else None


def _card_message(api: Any, card: dict[str, Any]) -> Any:
    """A message activity with `card` (a plain dict) as its only attachment, sent as is, marked
    with Teams' "AI generated" label: the reply is put together by a machine (the quotes are
    the magazine's own words, chosen and arranged automatically)."""
    message = api.MessageActivityInput(attachments=[api.Attachment(content_type=CARD_CONTENT_TYPE, content=card)])
    return message.add_ai_generated()


def _text_message(api: Any, text: str) -> Any:
    return api.MessageActivityInput(text=plain_text(text), text_format="plain")


# -- the app ---------------------------------------------------------------------------------
def build_app(
    settings: TeamsSettings,
    service: BotService,
    *,
    host: str = "0.0.0.0",
    port: int = 3978,
    log_level: str = "info",
    notifier: EscalationNotifier[TeamsOrigin] | None = None,
) -> Any:
    """Build the Teams SDK `App` with the bot's handlers.

    `notifier` delivers escalations (default: a `TeamsNotifier` for
    `settings.escalation_conversation`; when none is set, nobody — the asker is told so). The app serves POST
    /api/messages on `host:port` when started with `await app.start(port)`. Raises
    TeamsUnavailable without the extra and TeamsConfigError for an unusable configuration.
    """
    apps = _import_sdk()
    import uvicorn
    from microsoft_teams import api

    cfg = settings
    check_credentials(cfg)
    check_bind(cfg, host)

    def server_factory(fastapi_app: Any) -> Any:
        # The SDK's default binds 0.0.0.0; this honours --host.
        return uvicorn.Server(uvicorn.Config(app=fastapi_app, host=host, port=port, log_level=log_level))

    options: dict[str, Any] = {
        "http_server_adapter": apps.FastAPIAdapter(server_factory=server_factory),
        "messaging_endpoint": MESSAGING_ENDPOINT,
        "dangerously_allow_unauthenticated_requests": cfg.allow_unauthenticated,
        # No user sign-in: never look up user OAuth tokens on a turn.
        "fetch_user_token": False,
        "state": False,
    }
    if cfg.client_id:
        options["client_id"] = cfg.client_id
        if cfg.client_secret:
            options["client_secret"] = cfg.client_secret
        if cfg.tenant_id:
            options["tenant_id"] = cfg.tenant_id
        if cfg.managed_identity_client_id:
            options["managed_identity_client_id"] = cfg.managed_identity_client_id
    app = apps.App(**options)
    if notifier is None:
        notifier = TeamsNotifier(cfg.escalation_conversation, cfg.escalation_name)
    if isinstance(notifier, TeamsNotifier):
        notifier.bind(app, api)
    handlers = _Handlers(service, api, notifier)

    @app.on_message
    async def on_message(ctx):  # type: ignore[no-untyped-def]
        await handlers.message(ctx)

    @app.on_card_action_execute
    async def on_card_action(ctx):  # type: ignore[no-untyped-def]
        return await handlers.card_action(ctx)

    return app


class _Handlers:
    """The bot's turn logic, independent of how the SDK registers it."""

    def __init__(self, service: BotService, api: Any, notifier: EscalationNotifier[TeamsOrigin]) -> None:
        self.service = service
        self.api = api
        self.notifier = notifier
        # How the escalation recipient is named in the card's confirmation (None: nobody).
        self.escalate_to: str | None = (
            notifier.label if isinstance(notifier, TeamsNotifier) else (notifier.target or None)
        )

    async def message(self, ctx: Any) -> None:
        activity = ctx.activity
        uid = user_id_of(activity)
        # Action.Submit (older clients, or a card that uses it): a message whose value is the data.
        action = parse_action(activity.value) if isinstance(activity.value, Mapping) else None
        if action is not None:
            reply, _ = await self._run_action(action, activity)
            await ctx.send(_text_message(self.api, reply))
            return
        if activity.value is not None and not (activity.text or "").strip():
            await ctx.send(_text_message(self.api, ACTION_UNKNOWN))
            return
        question = question_text(activity)
        try:
            answer = await asyncio.to_thread(
                self.service.ask, question, channel=CHANNEL, user_id=uid, conversation=conversation_of(activity)
            )
        except ServiceError as e:
            await ctx.send(_text_message(self.api, e.message))
            return
        except Exception as e:  # never the question text in the log
            log.error("teams: answering failed: %s", type(e).__name__)
            await ctx.send(_text_message(self.api, GENERIC_ERROR))
            return
        if answer.status == "refused":
            # Plain text, the guard's fixed wording only; `send`, not `reply`: a reply would
            # quote the user's message back into the conversation.
            await ctx.send(_text_message(self.api, refusal_text(answer)))
            return
        await ctx.send(_card_message(self.api, to_adaptive_card(answer, escalate_to=self.escalate_to)))

    async def card_action(self, ctx: Any) -> Any:
        """An Action.Execute press (`adaptiveCard/action` invoke); the returned message is what
        Teams shows the user next to the card."""
        activity = ctx.activity
        value = activity.value
        data = value.action.data if value is not None and value.action is not None else None
        action = parse_action(data)
        if action is None:
            return self.api.AdaptiveCardActionMessageResponse(value=ACTION_UNKNOWN)
        reply, delivery = await self._run_action(action, activity)
        if action.kind == "escalate" and delivery is not None:
            # The hand-over text (who follows up, or whom to contact) stays in the conversation,
            # not only in a toast; the toast says "sent" only when it was.
            await ctx.send(_text_message(self.api, reply))
            sent = delivery == DeliveryStatus.DELIVERED
            return self.api.AdaptiveCardActionMessageResponse(value=ESCALATED_SHORT if sent else NOT_ESCALATED_SHORT)
        return self.api.AdaptiveCardActionMessageResponse(value=reply)

    async def _run_action(self, action: CardAction, activity: Any) -> tuple[str, DeliveryStatus | None]:
        """Feedback or escalation through the service: (text for the user, what became of an
        escalation — None for feedback and for failures before anything was recorded)."""
        uid = user_id_of(activity)
        conversation = conversation_of(activity)
        try:
            if action.kind == "feedback":
                assert action.audit_id is not None and action.value is not None
                if conversation is None:
                    return FEEDBACK_UNKNOWN, None
                try:
                    receipt = await asyncio.to_thread(
                        self.service.feedback,
                        action.audit_id,
                        action.value,
                        channel=CHANNEL,
                        user_id=uid,
                        conversation=conversation,
                        reason=action.reason,
                        comment=action.comment,
                    )
                except ValueError:  # not an answer of this conversation: stale, misplaced or forged
                    log.info("teams: feedback for an unknown answer or another conversation refused")
                    return FEEDBACK_UNKNOWN, None
                return recorded_text(action.value, receipt, action.reason), None
            target = self.notifier.target
            try:
                escalation = await asyncio.to_thread(
                    self.service.escalate, action.audit_id, channel=CHANNEL, user_id=uid, target=target
                )
            except ValueError:
                # A stale or forged audit id: still hand over to a human, just without the reference.
                escalation = await asyncio.to_thread(
                    self.service.escalate, None, channel=CHANNEL, user_id=uid, target=target
                )
            origin = TeamsOrigin(
                loop=asyncio.get_running_loop(),
                service_url=getattr(activity, "service_url", None),
                conversation_type=getattr(getattr(activity, "conversation", None), "conversation_type", None),
            )
            delivery = await asyncio.to_thread(self.notifier.notify, escalation, origin)
            return handover_text(delivery, escalation.contact), delivery.status
        except ServiceError as e:
            return e.message, None
        except Exception as e:
            log.error("teams: %s failed: %s", action.kind, type(e).__name__)
            return GENERIC_ERROR, None
