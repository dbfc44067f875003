"""The Slack Web API client: configuration checks, the client with retries, token verification."""

from __future__ import annotations

from typing import Any
from urllib.error import URLError

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from ...config import SlackSettings

DEFAULT_API_URL = "https://slack.com/api/"


class SlackConfigError(RuntimeError):
    """Slack cannot be started with the current settings; the message names the variable and
    never contains a token."""


def check_config(settings: SlackSettings, *, socket_mode: bool) -> None:
    """Raise SlackConfigError when a variable needed for the chosen mode is missing or malformed."""
    token = settings.bot_token
    if not token:
        raise SlackConfigError(
            "SLACK_BOT_TOKEN mangler. Sæt bot-tokenet (xoxb-…) fra Slack-appens "
            "'OAuth & Permissions' i miljøet eller i .env (se .env.example)."
        )
    if not token.startswith("xox"):
        raise SlackConfigError("SLACK_BOT_TOKEN ligner ikke et Slack-token (det skal begynde med xoxb-).")
    if socket_mode:
        if not settings.app_token.startswith("xapp-"):
            raise SlackConfigError(
                "SLACK_APP_TOKEN ligner ikke et app-niveau-token (det skal begynde med xapp- og "
                "have scopet connections:write)."
            )
    elif not settings.signing_secret:
        raise SlackConfigError(
            "SLACK_SIGNING_SECRET mangler. HTTP-tilstand kræver signing secret fra Slack-appens "
            "'Basic Information' (eller sæt SLACK_APP_TOKEN for Socket Mode)."
        )


def make_client(settings: SlackSettings) -> WebClient:
    """The Web API client: `SLACK_BOT_TOKEN`, base URL from `SLACK_API_URL` (proxies, tests),
    and retries: HTTP 429 after `Retry-After`, HTTP 500/503 with exponential back-off (2 each),
    and one retry of a request that could not be sent (`URLError`)."""
    if not settings.bot_token:
        raise SlackConfigError("SLACK_BOT_TOKEN mangler (se .env.example).")
    base_url = settings.api_url or DEFAULT_API_URL
    if not base_url.endswith("/"):
        base_url += "/"
    # slack-sdk's default also retries a connection reset or closed *after* the request went out
    # (ConnectionResetError, RemoteDisconnected from reading the response): Slack may have posted
    # the message already, and chat.postMessage has no idempotency key, so that retry can post an
    # answer twice. Only a request urllib could not send (URLError) is retried.
    retry_unsent = ConnectionErrorRetryHandler(max_retry_count=1, error_types=[URLError])
    client = WebClient(token=settings.bot_token, base_url=base_url, timeout=30, retry_handlers=[retry_unsent])
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


def api_error(e: Exception) -> str:
    """A loggable name for a Web API failure: Slack's error code, else the exception type
    (never the request, which may carry message text)."""
    if isinstance(e, SlackApiError) and e.response is not None:
        return str(e.response.get("error"))
    return type(e).__name__
