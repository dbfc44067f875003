"""Fixtures for the Slack channel and `ledelsesbot slack` tests (fake Web API, loopback Bolt
server, stub services); the helpers themselves are in tests/slack_fakes.py."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from bot.config import AuditSettings, Config, SlackSettings
from retrieval.settings import Settings

import slack_fakes
from fakes import StubAnswerer

SIGNING_SECRET = "test-signing-secret"


@pytest.fixture
def sf() -> Any:
    """The slack_fakes module (payload builders, StubAnswerer, constants)."""
    return slack_fakes


@pytest.fixture
def fake_slack() -> Any:
    """A recording fake Slack Web API on 127.0.0.1 (port 0)."""
    fake = slack_fakes.FakeSlackAPI()
    yield fake
    fake.close()


@pytest.fixture
def slack_config(tmp_path: Path) -> Config:
    """A configuration for Slack tests without a real index (stub answerer); data in tmp_path."""
    data = tmp_path / "data"
    return Config(
        core=Settings(index_dir=tmp_path / "no-index"),
        audit=AuditSettings(location=str(data / "audit.sqlite3"), pseudonym_key="test-key"),
        slack=SlackSettings(
            bot_token="xoxb-test",
            signing_secret=SIGNING_SECRET,
            escalation_target="C0ESCAL",
            admin_user_ids=("UADMIN",),
            state_db=data / "slack-events.sqlite3",
        ),
    )


@pytest.fixture
def stub_service() -> Callable[..., Any]:
    """Factory: a real BotService (real audit log) over a StubAnswerer."""
    from bot.service import BotService

    made: list[Any] = []

    def make(config: Config, answerer: Any = None, **answerer_kw: Any) -> Any:
        svc = BotService(config.core, config.audit, answerer=answerer or StubAnswerer(**answerer_kw))
        made.append(svc)
        return svc

    yield make
    for svc in made:
        svc.close()


@pytest.fixture
def slack_app(fake_slack: Any) -> Callable[..., Any]:
    """Factory: build the real Bolt app (`config.slack`) against the fake API and serve it on
    loopback. Returns a SlackHarness; every server is shut down at the end of the test.

    `own_client=True`: no client is passed, so the app makes its own with `make_client`
    (SLACK_API_URL pointed at the fake) and the production retry handlers are the ones tested."""
    from slack_sdk import WebClient

    from bot.channels.slack.app import build_app

    harnesses: list[Any] = []

    def make(config: Config, service: Any, *, own_client: bool = False, **kw: Any) -> Any:
        slack = dataclasses.replace(config.slack, api_url=fake_slack.api_url)
        if not own_client:
            kw["client"] = WebClient(token=slack.bot_token, base_url=fake_slack.api_url)
        app = build_app(slack, service, **kw)
        h = slack_fakes.SlackHarness(app, fake_slack, slack.signing_secret)
        harnesses.append(h)
        return h

    yield make
    for h in harnesses:
        h.close()


@pytest.fixture
def settings_for_stub(tmp_path: Path) -> tuple[Settings, AuditSettings]:
    """Core settings (no index: the answer core is a stub) and a fresh audit log."""
    return Settings(index_dir=tmp_path / "no-index"), AuditSettings(
        location=str(tmp_path / "data" / "audit.sqlite3"), pseudonym_key="test-key"
    )
