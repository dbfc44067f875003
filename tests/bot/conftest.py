"""Fixtures for the Slack channel and `ledelsesbot slack` tests (fake Web API, loopback Bolt
server, stub services); the helpers themselves are in tests/slack_fakes.py."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

import pytest

import slack_fakes
from retrieval.settings import Settings

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
def slack_settings(tmp_path: Path) -> Settings:
    """Settings for Slack tests without a real index (stub answerer)."""
    return Settings(
        data_dir=tmp_path / "data",
        index_dir=tmp_path / "no-index",
        audit_db=tmp_path / "data" / "audit.sqlite3",
        pseudonym_key="test-key",
        slack_bot_token="xoxb-test",
        slack_signing_secret=SIGNING_SECRET,
        escalation_target="C0ESCAL",
        admin_user_ids=("UADMIN",),
    )


@pytest.fixture
def stub_service() -> Callable[..., Any]:
    """Factory: a real BotService (real audit log) over a StubAnswerer."""
    from bot.service import BotService

    made: list[Any] = []

    def make(settings: Settings, answerer: Any = None, **answerer_kw: Any) -> Any:
        svc = BotService(settings, answerer=answerer or slack_fakes.StubAnswerer(**answerer_kw))
        made.append(svc)
        return svc

    yield make
    for svc in made:
        if svc._audit is not None:
            svc._audit.close()


@pytest.fixture
def slack_app(fake_slack: Any) -> Callable[..., Any]:
    """Factory: build the real Bolt app against the fake API and serve it on loopback.

    Returns a SlackHarness; every server is shut down at the end of the test.
    """
    from slack_sdk import WebClient

    from bot.channels.slack.app import build_app

    harnesses: list[Any] = []

    def make(settings: Settings, service: Any, **kw: Any) -> Any:
        client = WebClient(token=settings.slack_bot_token, base_url=fake_slack.api_url)
        app = build_app(settings, service, client=client, **kw)
        h = slack_fakes.SlackHarness(app, fake_slack, settings.slack_signing_secret)
        harnesses.append(h)
        return h

    yield make
    for h in harnesses:
        h.close()
