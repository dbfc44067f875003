"""`ledelsesbot audit user add|remove|list` in-process, and `ledelsesbot audit serve` as a real
subprocess on a loopback port (log-in, one page, an export with HTTP Basic, the access record)."""

from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.audit.sqlite import SQLiteAuditStore
from bot.cli import main
from bot.cli.context import CliContext
from bot.config import AuditSettings, Config, WebSettings
from retrieval.settings import REPO_ROOT

from audit_fakes import KEY, populate
from fakes import FakeClock


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return Config(
        audit=AuditSettings(location=str(tmp_path / "audit.sqlite3"), pseudonym_key=KEY),
        web=WebSettings(accounts_location=str(tmp_path / "auditors.sqlite3")),
    )


def run(config: Config, *args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(main, ["audit", *args], obj=CliContext(config), input=input)


def test_user_add_list_remove(config: Config) -> None:
    assert run(config, "user", "list").output.strip() == "Ingen konti / no accounts"
    res = run(config, "user", "add", "revisor", "--password-stdin", input="korrekt hest batteri\n")
    assert res.exit_code == 0, res.output
    res = run(config, "user", "add", "anne", input="korrekt hest batteri\nkorrekt hest batteri\n")  # prompt twice
    assert res.exit_code == 0, res.output
    listed = run(config, "user", "list").output
    assert "revisor" in listed and "anne" in listed and "scrypt" not in listed
    assert run(config, "user", "add", "revisor", "--password-stdin", input="korrekt hest batteri\n").exit_code == 2
    assert run(config, "user", "add", "ny", "--password-stdin", input="kort\n").exit_code == 2
    assert run(config, "user", "add", "<b>", "--password-stdin", input="korrekt hest batteri\n").exit_code == 2
    assert run(config, "user", "remove", "anne").exit_code == 0
    res = run(config, "user", "remove", "anne")
    assert res.exit_code == 2 and "Traceback" not in res.output
    assert "anne" not in run(config, "user", "list").output


def test_serve_refuses_without_accounts_or_log(config: Config) -> None:
    res = run(config, "serve", "--port", "0")
    assert res.exit_code == 2 and "audit user add" in res.output
    run(config, "user", "add", "revisor", "--password-stdin", input="korrekt hest batteri\n")
    res = run(config, "serve", "--port", "0")
    assert res.exit_code == 4 and "does not exist" in res.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
def test_serve_end_to_end(config: Config, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    with SQLiteAuditStore(Path(config.audit.location), KEY, clock=FakeClock(datetime(2024, 4, 1, tzinfo=UTC))) as log:
        populate(log, FakeClock(datetime(2024, 4, 1, tzinfo=UTC)))
    run(config, "user", "add", "revisor", "--password-stdin", input="korrekt hest batteri\n")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEDELSESBOT_")}
    env.update(
        LEDELSESBOT_AUDIT_DB=config.audit.location,
        LEDELSESBOT_AUDITORS_DB=config.web.accounts_location,
        LEDELSESBOT_PSEUDONYM_KEY=KEY,
        LEDELSESBOT_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=str(REPO_ROOT),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "audit", "serve", "--port", str(port)],
        env=env,
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/login", timeout=2) as r:
                    assert r.status == 200 and "Log ind" in r.read().decode()
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.2)
        auth = base64.b64encode(b"revisor:korrekt hest batteri").decode()
        req = urllib.request.Request(f"{base}/export.csv?status=afvist", headers={"Authorization": f"Basic {auth}"})
        with urllib.request.urlopen(req, timeout=10) as r:
            body = r.read()
            assert r.headers["X-Frame-Options"] == "DENY" and "server" not in {k.lower() for k in r.headers}
        assert body.startswith(b"\xef\xbb\xbfid;") and body.count(b"\r\n") == 2
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=15)
    assert b"korrekt hest" not in out + err and b"Traceback" not in err
    with SQLiteAuditStore(Path(config.audit.location), KEY, read_only=True) as log:
        access = log.list_records(status=["auditor_access"])
        assert [r["detail"]["action"] for r in access] == ["export_csv"] and log.verify().ok
