"""`ledelsesbot slack` in-process (CliRunner): configuration errors and a missing index stop it
before it serves, with exit codes 2 and 3 and no secret in the output."""

from __future__ import annotations

from typing import Any

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.cli.context import CliContext
from retrieval.index import IndexUnavailable

from fakes import StubAnswerer


def _run(config: Any, service: Any = None) -> Any:
    return CliRunner().invoke(main, ["slack"], obj=CliContext(config, service=service))


@pytest.mark.parametrize(
    "changes, needle",
    [
        ({"bot_token": ""}, "SLACK_BOT_TOKEN mangler"),
        ({"bot_token": "not-a-token"}, "SLACK_BOT_TOKEN ligner ikke"),
        ({"signing_secret": ""}, "SLACK_SIGNING_SECRET mangler"),
        ({"app_token": "xoxb-wrong-kind"}, "SLACK_APP_TOKEN ligner ikke"),
        ({"bot_token": "xoxb-invalid"}, "Slack afviste SLACK_BOT_TOKEN (auth.test: invalid_auth)"),
        ({"api_url": "http://127.0.0.1:1/api/"}, "Kan ikke nå Slacks Web API"),
    ],
)
def test_cli_config_errors_exit_2_without_traceback(sf, fake_slack, slack_config, changes, needle) -> None:
    result = _run(sf.with_slack(slack_config, **{"api_url": fake_slack.api_url, **changes}))
    assert result.exit_code == 2, result.output
    assert needle in result.output
    assert "Traceback" not in result.output
    assert "xoxb-invalid" not in result.output and "test-signing-secret" not in result.output


def test_cli_fails_fast_without_an_index(sf, fake_slack, slack_config, stub_service) -> None:
    class NoIndex(StubAnswerer):
        def snapshot(self) -> Any:
            raise IndexUnavailable("Der er intet indeks i /x. Byg det med `ledelsesbot index build`.")

    config = sf.with_slack(slack_config, api_url=fake_slack.api_url)
    result = _run(config, stub_service(config, answerer=NoIndex()))
    assert result.exit_code == 3 and "ledelsesbot index build" in result.output
