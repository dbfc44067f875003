"""The CLI's one exit-code table (`bot.cli.context.ExitCode`, documented in the README): each
code from the real entry point in a subprocess, and the auditors' read-only promise of issue 13
— `audit verify` on an empty, missing or foreign file exits non-zero and leaves it as it was."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot.audit.sqlite import SQLiteAuditStore
from bot.cli.context import ExitCode
from retrieval.settings import REPO_ROOT

from fakes import answered


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("LEDELSESBOT_", "SLACK_"))}
    e.update(
        LEDELSESBOT_DATA_DIR=str(tmp_path / "data"),
        LEDELSESBOT_INDEX_DIR=str(tmp_path / "no-index"),
        LEDELSESBOT_AUDIT_DB=str(tmp_path / "audit.sqlite3"),
        LEDELSESBOT_PSEUDONYM_KEY="test",
        PYTHONPATH=str(REPO_ROOT),
    )
    return e


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, env=env, cwd=REPO_ROOT, timeout=120
    )


def test_readme_documents_every_exit_code() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    line = next(ln for ln in readme.splitlines() if ln.startswith("Exit codes"))
    documented = {int(n) for n in re.findall(r"`(\d+)`", line)}
    assert documented == {int(c) for c in ExitCode}


def test_verify_on_a_zero_byte_file_exits_4_and_leaves_it_empty(env: dict[str, str]) -> None:
    db = Path(env["LEDELSESBOT_AUDIT_DB"])
    db.touch()
    p = run(env, "audit", "verify")
    assert p.returncode == ExitCode.NO_AUDIT == 4
    assert "not an audit log" in p.stderr and "Traceback" not in p.stderr
    assert "chain intact" not in p.stdout
    assert db.stat().st_size == 0
    assert sorted(x.name for x in db.parent.iterdir() if x.name.startswith("audit")) == ["audit.sqlite3"]


def test_verify_on_a_foreign_file_or_missing_file_exits_4(env: dict[str, str]) -> None:
    db = Path(env["LEDELSESBOT_AUDIT_DB"])
    p = run(env, "audit", "verify")
    assert p.returncode == 4 and "does not exist" in p.stderr and not db.exists()
    conn = sqlite3.connect(str(db))
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    p = run(env, "audit", "list")
    assert p.returncode == 4 and "not an audit log" in p.stderr
    assert db.read_bytes() == before


def test_ok_broken_and_bad_input(env: dict[str, str]) -> None:
    db = Path(env["LEDELSESBOT_AUDIT_DB"])
    with SQLiteAuditStore(db, "test") as log:
        log.record_answer(answered(), "Hvordan bygger jeg tillid?", channel="cli", user_id=None)
    assert run(env, "audit", "verify").returncode == ExitCode.OK
    assert run(env, "audit", "list", "--since", "i går").returncode == ExitCode.BAD_INPUT
    assert run(env, "audit", "show", "99").returncode == ExitCode.BAD_INPUT
    conn = sqlite3.connect(str(db), isolation_level=None)
    conn.execute("DROP TRIGGER events_only_purge_update")
    conn.execute("UPDATE events SET channel = 'slack' WHERE id = 1")
    conn.close()
    p = run(env, "audit", "verify")
    assert p.returncode == ExitCode.INTEGRITY == 5 and "first_broken_id=1" in p.stdout


def test_ask_without_an_index_exits_3(env: dict[str, str]) -> None:
    p = run(env, "ask", "hvad er tillid?")
    assert p.returncode == ExitCode.NO_INDEX == 3, p.stderr
    assert "Traceback" not in p.stderr
