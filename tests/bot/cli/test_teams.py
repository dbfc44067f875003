"""`ledelsesbot teams` in-process (CliRunner): a missing extra, missing credentials, an unsafe
bind and a missing index stop it before it serves (exit 2, 2, 2, 3), with no secret shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.cli.context import CliContext
from bot.config import AuditSettings, Config, TeamsSettings
from retrieval.settings import Settings

from fakes import hide_teams_sdk


def _run(tmp_path: Path, teams: TeamsSettings, *args: str) -> Any:
    config = Config(
        core=Settings(index_dir=tmp_path / "none"),
        audit=AuditSettings(location=str(tmp_path / "audit.sqlite3"), pseudonym_key="k"),
        teams=teams,
    )
    return CliRunner().invoke(main, ["teams", *args], obj=CliContext(config))


def test_cli_without_extra_exits_2_with_install_hint(monkeypatch, tmp_path):
    hide_teams_sdk(monkeypatch)
    r = _run(tmp_path, TeamsSettings())
    assert r.exit_code == 2
    assert "pip install -e '.[teams]'" in r.output


def test_cli_without_credentials_exits_2(tmp_path):
    pytest.importorskip("microsoft_teams.apps")
    r = _run(tmp_path, TeamsSettings(), "--port", "3978")
    assert r.exit_code == 2
    assert "CLIENT_ID" in r.output


def test_cli_refuses_unauthenticated_mode_off_loopback(tmp_path):
    pytest.importorskip("microsoft_teams.apps")
    r = _run(tmp_path, TeamsSettings(allow_unauthenticated=True), "--host", "0.0.0.0")
    assert r.exit_code == 2 and "127.0.0.1" in r.output


def test_cli_without_index_exits_3_before_serving(tmp_path):
    pytest.importorskip("microsoft_teams.apps")
    r = _run(tmp_path, TeamsSettings(client_id="app-id", client_secret="s3cret"))
    assert r.exit_code == 3, r.output
    assert "s3cret" not in r.output
