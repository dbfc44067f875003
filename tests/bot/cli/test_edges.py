"""Issue 13 §4 through the real entry point (subprocesses): `ask --jsonl` lines that are no
question, `menneske` in the chat while the audit log is unavailable, `index build` under the admin
lock with an `index_published` record — and (in-process) the durable CURRENT pointer."""

from __future__ import annotations

import fcntl
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.audit.sqlite import SQLiteAuditStore
from retrieval.settings import REPO_ROOT

pytestmark = pytest.mark.slow


@pytest.fixture
def env(index_copy: Path, tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("LEDELSESBOT_", "SLACK_"))}
    e.update(
        LEDELSESBOT_INDEX_DIR=str(index_copy),
        LEDELSESBOT_DATA_DIR=str(tmp_path / "data"),
        LEDELSESBOT_AUDIT_DB=str(tmp_path / "data" / "audit.sqlite3"),
        LEDELSESBOT_PSEUDONYM_KEY="test",
        LEDELSESBOT_EMBED_THREADS="1",
        PYTHONPATH=str(REPO_ROOT),
    )
    return e


def run(env: dict[str, str], *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, env=env, cwd=REPO_ROOT, timeout=180
    )


def audit_records(env: dict[str, str]) -> list[dict]:
    path = Path(env["LEDELSESBOT_AUDIT_DB"])
    if not path.exists():
        return []
    with SQLiteAuditStore(path, "test") as log:
        return log.list_records()


def test_jsonl_lines_that_are_no_question(env) -> None:
    lines = [
        "[1,2]",
        "null",
        "3",
        "true",
        '{"id": "a", "question": 5}',
        '{"id": "b", "question": "hvad er',  # cut off: malformed
        "[1, 2",
        json.dumps("hvad er skyggearbejde, når man overvåger medarbejdere?"),  # a JSON string is a question
        json.dumps({"id": "ok", "question": "hvad er skyggearbejde, når man overvåger medarbejdere?"}),
    ]
    p = run(env, "ask", "--jsonl", stdin=("\n".join(lines) + "\n").encode())
    assert p.returncode == 2 and "Traceback" not in p.stderr.decode()
    rows = [json.loads(line) for line in p.stdout.decode().splitlines()]
    assert [r["status"] for r in rows] == ["error"] * 7 + ["answered", "answered"]
    assert {r["reason"] for r in rows[:7]} == {"bad_input"}
    assert [r["id"] for r in rows] == [None, None, None, None, "a", None, None, None, "ok"]
    for row in rows[:4]:
        assert "gyldig JSON, men" in row["text"] and "ikke et spørgsmål" in row["text"]
    assert "'question'" in rows[4]["text"]
    for row in rows[5:7]:
        assert "malformed JSON" in row["text"]
    # never answered, never logged: only the two real questions are in the audit log
    assert [r["event"] for r in audit_records(env)] == ["question_answered", "question_answered"]


def test_menneske_while_the_audit_log_is_unavailable(env, tmp_path) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database " * 200)
    env = {**env, "LEDELSESBOT_AUDIT_DB": str(broken)}
    p = run(env, "chat", stdin=b"menneske\nhvad er skyggearbejde?\nmenneske\nexit\n")
    out, err = p.stdout.decode(), p.stderr.decode()
    assert p.returncode == 0 and "Traceback" not in out + err
    messages = [line for line in out.splitlines() if "revisionsloggen" in line]
    assert len(messages) == 3 and len(set(messages)) == 1, out  # the same clear message each time
    assert out.rstrip().endswith("Farvel.")
    assert broken.read_bytes().startswith(b"this is not a database")  # left as it was


def test_index_build_waits_for_the_admin_lock_and_is_audited(env, tmp_path) -> None:
    from retrieval.corpus import write_issue

    from fakes import make_issue

    issue = make_issue("05/2030")
    write_issue(issue, tmp_path / "corpus" / issue.slug)
    index_dir = tmp_path / "fresh-index"
    index_dir.mkdir()
    env = {**env, "LEDELSESBOT_INDEX_DIR": str(index_dir), "LEDELSESBOT_CORPUS_DIR": str(tmp_path / "corpus")}
    with open(index_dir / ".admin.lock", "a+") as lock:
        fcntl.flock(lock.fileno(), fcntl.LOCK_EX)  # another admin is changing the index
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "index", "build"],
            env=env,
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        err = b""
        deadline = time.monotonic() + 120
        while b"Venter p" not in err:
            assert proc.poll() is None and time.monotonic() < deadline, err
            err += os.read(proc.stderr.fileno(), 4096)  # type: ignore[union-attr]
        time.sleep(0.5)
        assert proc.poll() is None and not (index_dir / "CURRENT").exists()  # it waits, publishes nothing
        fcntl.flock(lock.fileno(), fcntl.LOCK_UN)
        out, rest = proc.communicate(timeout=180)
    assert proc.returncode == 0, (err + rest).decode()
    assert "3 sider" in out.decode()
    version = (index_dir / "CURRENT").read_text().strip()
    (rec,) = [r for r in audit_records(env) if r["event"] == "index_published"]
    assert rec["value"] == version
    assert rec["detail"]["action"] == "build" and rec["detail"]["issues"] == ["05/2030"]
    assert rec["detail"]["pages"] == 3
