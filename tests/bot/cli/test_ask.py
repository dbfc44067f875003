"""`ledelsesbot ask` in-process: the --json contract, human-readable output, --jsonl line by
line, and the exit codes for bad input (2), no index (3) and no audit log (4)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot.service import BotService

from fakes import StubAnswerer, no_answer


def test_ask_json_contract(invoke, cli_config):
    res = invoke("ask", "--json", "hvad er skyggearbejde, når man overvåger medarbejdere?")
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)
    assert list(obj) == ["id", "status", "reason", "decision_request", "text", "citations", "audit_id"]
    assert obj["status"] == "answered" and obj["reason"] is None and obj["decision_request"] is False
    c = obj["citations"][0]
    assert list(c) == ["issue", "article", "page", "quote", "score", "url"]
    assert c["issue"] == "01/2024" and c["page"] == 12 and isinstance(c["score"], float)
    assert c["url"] is None  # no LEDELSESBOT_SOURCE_URL
    assert isinstance(obj["audit_id"], int)


def test_ask_human_readable(invoke):
    res = invoke("ask", "hvem er ansvarshavende redaktør på bladet?")
    # The colophon's lines are no sentences to quote; the answer cites its page.
    assert res.exit_code == 0 and "Kolofon og indhold, Offentlig Ledelse 01/2024, s. 2" in res.stdout


def test_ask_jsonl_keeps_order_and_ids(invoke, cli_config):
    # A scripted answer core, so every kind of line is certain (the real model: test_smoke.py).
    core = StubAnswerer(make=lambda q: no_answer() if "håndbold" in q else None)
    service = BotService(cli_config.core, cli_config.audit, answerer=core)
    lines = [
        json.dumps({"id": "q1", "question": "hvad er skyggearbejde?"}),
        "hvem vandt håndbold-VM for herrer sidst?",
        json.dumps({"id": 7, "question": ""}),
        json.dumps({"id": "x", "nope": 1}),
        "",
        json.dumps({"id": "q2", "question": "hvad er enneagrammet?"}),
    ]
    res = invoke("ask", "--jsonl", input=("\n".join(lines) + "\n").encode(), service=service)
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["q1", None, 7, "x", "q2"]
    assert [r["status"] for r in rows] == ["answered", "no_answer", "error", "error", "answered"]
    assert [r["reason"] for r in rows[2:4]] == ["bad_input", "bad_input"]
    assert res.exit_code == 2  # a bad line is reported, the rest still answered
    assert "Traceback" not in res.output
    assert core.questions == [
        "hvad er skyggearbejde?",
        "hvem vandt håndbold-VM for herrer sidst?",
        "hvad er enneagrammet?",
    ]


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
def test_bad_input_gives_a_message_and_exit_2(invoke, args, stdin):
    res = invoke(*args, input=stdin)
    assert res.exit_code == 2
    assert res.stderr.startswith("Fejl: ") and "Traceback" not in res.stderr


def test_no_index_exit_3(invoke, cli_config, tmp_path):
    config = replace(cli_config, core=cli_config.core.with_(index_dir=tmp_path / "empty"))
    res = invoke("ask", "hvad er skyggearbejde?", config=config)
    assert res.exit_code == 3 and "index build" in res.stderr and "Traceback" not in res.stderr
    res = invoke("ask", "--json", "hvad er skyggearbejde?", config=config)
    obj = json.loads(res.stdout)
    assert res.exit_code == 3 and obj["status"] == "error" and obj["reason"] == "index_unavailable"


def test_no_audit_log_exit_4(invoke, cli_config, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    config = replace(cli_config, audit=replace(cli_config.audit, location=str(Path(blocker) / "audit.sqlite3")))
    res = invoke("ask", "--json", "hvad er skyggearbejde?", config=config)
    assert res.exit_code == 4 and json.loads(res.stdout)["reason"] == "audit_unavailable"
    assert "revisionsloggen" in res.stderr and "Traceback" not in res.stderr


def test_ask_json_citations_link_to_their_page(invoke, cli_config):
    core = cli_config.core.with_(source_url="https://arkiv.example/{issue_id}/side-{page}")
    res = invoke("ask", "--json", "hvad er skyggearbejde?", config=replace(cli_config, core=core))
    cites = json.loads(res.stdout)["citations"]
    assert cites and all(c["url"] == f"https://arkiv.example/offentlig-ledelse-2024-01/side-{c['page']}" for c in cites)
    # 01/2024 has no PDF pages: a template that needs one gives no link.
    core = cli_config.core.with_(source_url="https://arkiv.example/{issue_id}.pdf#page={pdf_page}")
    res = invoke("ask", "--json", "hvad er skyggearbejde?", config=replace(cli_config, core=core))
    assert all(c["url"] is None for c in json.loads(res.stdout)["citations"])


def test_ask_jsonl_conversation_key_makes_a_thread(invoke, cli_config, tmp_path):
    core = StubAnswerer()
    service = BotService(cli_config.core, cli_config.audit, answerer=core)
    lines = [
        json.dumps({"id": 1, "question": "hvad koster uddannelsen?", "conversation": "c01"}),
        json.dumps({"id": 2, "question": "hvad er skyggearbejde?", "conversation": 7}),
        json.dumps({"id": 3, "question": "og hvor lang er den?", "conversation": "c01"}),
        json.dumps({"id": 4, "question": "hvad er enneagrammet?"}),
        json.dumps({"id": 5, "question": "og hvorfor?", "conversation": ["x"]}),
    ]
    res = invoke("ask", "--jsonl", input=("\n".join(lines) + "\n").encode(), service=service)
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["status"] for r in rows] == ["answered", "answered", "answered", "answered", "error"]
    assert rows[4]["reason"] == "bad_input" and "conversation" in rows[4]["text"] and res.exit_code == 2
    threads = core.threads
    assert threads[0] is None and threads[1] is None and threads[3] is None
    assert threads[2] is not None and threads[2].previous == ("hvad koster uddannelsen?",)
    audit = service.audit()
    assert audit is not None
    assert audit.get(rows[2]["audit_id"])["follows_id"] == rows[0]["audit_id"]  # type: ignore[index]
    assert audit.get(rows[1]["audit_id"])["follows_id"] is None  # type: ignore[index]


def test_jsonl_valid_json_that_is_no_question_is_a_bad_line(invoke, cli_config):
    core = StubAnswerer()
    service = BotService(cli_config.core, cli_config.audit, answerer=core)
    lines = ["[1,2]", "null", "3", "false", "{", "[1,", '"hvad er tillid?"', "hvad er tillid?", "{}"]
    res = invoke("ask", "--jsonl", input=("\n".join(lines) + "\n").encode(), service=service)
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["status"] for r in rows] == ["error"] * 6 + ["answered", "answered", "error"]
    assert all(r["reason"] == "bad_input" for r in rows if r["status"] == "error")
    assert ["malformed JSON" in r["text"] for r in rows[:6]] == [False] * 4 + [True] * 2
    assert core.questions == ["hvad er tillid?", "hvad er tillid?"]  # the bad lines were never asked
    assert res.exit_code == 2 and "Traceback" not in res.output
    events = [rec["event"] for rec in service.audit().list_records()]
    service.close()
    assert events == ["question_answered", "question_answered"]  # … nor logged
