"""End-to-end: the real `ledelsesbot` CLI in a subprocess, on a private copy of the index."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from retrieval.settings import REPO_ROOT


@pytest.fixture
def env(index_copy: Path, tmp_path: Path) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("LEDELSESBOT_", "SLACK_"))}
    e.update(
        LEDELSESBOT_INDEX_DIR=str(index_copy),
        LEDELSESBOT_DATA_DIR=str(tmp_path / "data"),
        LEDELSESBOT_AUDIT_DB=str(tmp_path / "data" / "audit.sqlite3"),
        LEDELSESBOT_PSEUDONYM_KEY="test",
        PYTHONPATH=str(REPO_ROOT),
    )
    return e


def run(env: dict[str, str], *args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot.cli", *args], input=stdin, capture_output=True, env=env,
        cwd=cwd or REPO_ROOT, timeout=120,
    )


def test_ask_json_contract(env):
    p = run(env, "ask", "--json", "hvad er skyggearbejde, når man overvåger medarbejdere?")
    assert p.returncode == 0, p.stderr.decode()
    obj = json.loads(p.stdout)
    assert list(obj) == ["id", "status", "reason", "decision_request", "text", "citations", "audit_id"]
    assert obj["status"] == "answered" and obj["reason"] is None and obj["decision_request"] is False
    c = obj["citations"][0]
    assert list(c) == ["issue", "article", "page", "quote", "score"]
    assert c["issue"] == "01/2024" and c["page"] == 12 and isinstance(c["score"], float)
    assert isinstance(obj["audit_id"], int)


def test_ask_human_readable(env):
    p = run(env, "ask", "hvem er ansvarshavende redaktør på bladet?")
    out = p.stdout.decode()
    assert p.returncode == 0 and "Nicolai Paulsen" in out and "s. 2" in out


def test_ask_jsonl_keeps_order_and_ids(env):
    lines = [
        json.dumps({"id": "q1", "question": "hvad er skyggearbejde?"}),
        "hvem vandt håndbold-VM for herrer sidst?",
        json.dumps({"id": 7, "question": ""}),
        json.dumps({"id": "x", "nope": 1}),
        "",
        json.dumps({"id": "q2", "question": "hvad er enneagrammet?"}),
    ]
    p = run(env, "ask", "--jsonl", stdin=("\n".join(lines) + "\n").encode())
    rows = [json.loads(l) for l in p.stdout.decode().splitlines()]
    assert [r["id"] for r in rows] == ["q1", None, 7, "x", "q2"]
    assert [r["status"] for r in rows] == ["answered", "no_answer", "error", "error", "answered"]
    assert p.returncode == 2  # a bad line is reported, the rest still answered
    assert "Traceback" not in p.stderr.decode()


@pytest.mark.parametrize(
    "args,stdin",
    [
        (["ask", ""], None),
        (["ask", "   "], None),
        (["ask", "x" * 40_000], None),
        (["ask", "\x01\x02\x03"], None),
        (["ask"], b"\xff\xfe hvad er \xc3(\n"),
    ],
    ids=["empty", "whitespace", "40k", "control", "non-utf8-stdin"],
)
def test_bad_input_gives_a_message_and_exit_2(env, args, stdin):
    p = run(env, *args, stdin=stdin)
    err = p.stderr.decode()
    assert p.returncode == 2
    assert err.startswith("Fejl: ") and "Traceback" not in err


def test_no_index_exit_3(env, tmp_path):
    env = dict(env, LEDELSESBOT_INDEX_DIR=str(tmp_path / "empty"))
    p = run(env, "ask", "hvad er skyggearbejde?")
    assert p.returncode == 3 and "index build" in p.stderr.decode() and "Traceback" not in p.stderr.decode()


def test_chat_session_quits_cleanly(env):
    session = "hvad er skyggearbejde?\n\nhvad er opskriften på æblekage?\nmenneske\nexit\n"
    p = run(env, "chat", stdin=session.encode())
    out = p.stdout.decode()
    assert p.returncode == 0, p.stderr.decode()
    assert "s. 12" in out and "dækker Offentlig Ledelse ikke" in out
    # 'menneske' is recorded, but nobody receives escalations from a terminal: it says so.
    assert "ikke sat nogen op til at modtage henvendelser" in out and "sendt videre til" not in out
    assert out.rstrip().endswith("Farvel.")


def test_chat_survives_bad_bytes_and_eof(env):
    p = run(env, "chat", stdin=b"\xff\xfe\n" + ("x" * 40_000).encode() + b"\n")
    assert p.returncode == 0 and "Traceback" not in p.stderr.decode()
    out = p.stdout.decode()
    assert "for langt" in out and out.rstrip().endswith("Farvel.")


def test_eval_prints_metrics(env):
    cases = REPO_ROOT.parent / "shared" / "eval" / "dev.jsonl"
    if not cases.exists():
        pytest.skip("shared/eval not present")
    p = run(env, "eval", "--cases", str(cases), "--json")
    assert p.returncode == 0, p.stderr.decode()
    m = json.loads(p.stdout)
    for key in ("first_citation_hit", "any_citation_hit", "answered_rate", "out_of_scope_abstain",
                "latency_ms_p50", "latency_ms_p95"):
        assert key in m
    assert m["answerable_refused"] == 0


def test_eval_bad_cases_file(env, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    p = run(env, "eval", "--cases", str(bad))
    assert p.returncode == 2 and "bad.jsonl:1" in p.stderr.decode()


def test_index_build_and_list(env, tmp_path):
    from fakes import make_issue
    from retrieval.corpus import write_issue

    issue = make_issue("05/2030")
    write_issue(issue, tmp_path / "corpus" / issue.slug)
    env = dict(env, LEDELSESBOT_INDEX_DIR=str(tmp_path / "fresh"), LEDELSESBOT_CORPUS_DIR=str(tmp_path / "corpus"))
    p = run(env, "index", "build")
    assert p.returncode == 0, p.stderr.decode()
    assert "3 sider" in p.stdout.decode() and "passager" in p.stdout.decode()
    p2 = run(env, "index", "build", "--if-missing")
    assert "findes allerede" in p2.stdout.decode()
    p3 = run(env, "index", "list")
    assert "05/2030" in p3.stdout.decode()


def test_index_build_with_broken_corpus_is_a_clear_error(env, tmp_path):
    (tmp_path / "corpus" / "x").mkdir(parents=True)
    (tmp_path / "corpus" / "x" / "manifest.json").write_text("{", encoding="utf-8")
    env = dict(env, LEDELSESBOT_INDEX_DIR=str(tmp_path / "fresh"), LEDELSESBOT_CORPUS_DIR=str(tmp_path / "corpus"))
    p = run(env, "index", "build")
    assert p.returncode == 2 and "manifest.json" in p.stderr.decode() and "Traceback" not in p.stderr.decode()


def test_empty_log_level_from_a_copied_env_example_is_fine(env):
    p = run(dict(env, LEDELSESBOT_LOG_LEVEL=""), "index", "list")
    assert p.returncode == 0, p.stderr.decode()
    bad = run(dict(env, LEDELSESBOT_LOG_LEVEL="LOUD"), "index", "list")
    assert bad.returncode == 2 and "LEDELSESBOT_LOG_LEVEL" in bad.stderr.decode()
