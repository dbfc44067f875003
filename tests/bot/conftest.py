"""Fixtures for the Slack adapter tests (fake Web API, loopback Bolt server, stub services).

The helpers live in slack_fakes.py next to this file; with --import-mode=importlib that file
is not importable by name, so it is loaded here and handed to tests through the `sf` fixture.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from retrieval.settings import Settings

_spec = importlib.util.spec_from_file_location("ledelsesbot_slack_fakes", Path(__file__).with_name("slack_fakes.py"))
slack_fakes = importlib.util.module_from_spec(_spec)  # type: ignore[arg-type]
sys.modules[_spec.name] = slack_fakes  # type: ignore[union-attr]
_spec.loader.exec_module(slack_fakes)  # type: ignore[union-attr]

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

    from bot.slack_app import build_app

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
