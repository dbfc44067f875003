"""The store methods behind the auditors' views (head, query_questions, iter_questions, related,
refusal_categories, record_access) and read-only opening, on every backend (`backend` in
tests/bot/audit/conftest.py: SQLite and a real PostgreSQL)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.audit import AuditError, AuditErrorKind, AuditStore, QuestionQuery
from bot.audit.sqlite import SQLiteAuditStore

from audit_fakes import HOSTILE, KEY, answer, populate
from fakes import FakeClock


@pytest.fixture
def opener(make_store: Callable[..., AuditStore]) -> Callable[..., AuditStore]:
    """`open(read_only=False)` -> a store on one fresh log of the backend under test
    (tests/bot/audit/conftest.py: `backend` is sqlite or postgres)."""
    clock = FakeClock(datetime(2024, 4, 1, tzinfo=UTC))

    def open_(read_only: bool = False) -> AuditStore:
        return make_store(KEY, read_only=read_only, clock=clock)

    open_.clock = clock  # type: ignore[attr-defined]
    return open_


@pytest.fixture
def filled(opener: Callable[..., AuditStore]) -> tuple[AuditStore, AuditStore, dict[str, int]]:
    writer = opener()
    ids = populate(writer, opener.clock)  # type: ignore[attr-defined]
    return writer, opener(read_only=True), ids


def test_head(opener: Callable[..., AuditStore]) -> None:
    writer = opener()
    assert writer.head() is None
    rid = writer.record_answer(answer("Tillid", 7), "Spørgsmål?", channel="cli", user_id=None)
    head = writer.head()
    assert head is not None and head.id == rid and head.row_hash == writer.get(rid)["row_hash"]  # type: ignore[index]
    assert head.ts == writer.get(rid)["ts"]  # type: ignore[index]


def test_query_questions_filters_counts_and_pages(filled: tuple[AuditStore, AuditStore, dict[str, int]]) -> None:
    _, reader, ids = filled
    page = reader.query_questions(QuestionQuery(), limit=3)
    assert page.total == 7 and [r.record["id"] for r in page.rows] == [ids["gap2"], ids["gap1"], ids["gap0"]]
    page2 = reader.query_questions(QuestionQuery(), offset=3, limit=3)
    assert [r.record["id"] for r in page2.rows] == [ids["decide"], ids["refused"], ids["hostile"]]
    rows = {r.record["id"]: r for r in reader.query_questions(QuestionQuery(), limit=50).rows}
    assert (rows[ids["tillid"]].feedback_up, rows[ids["tillid"]].feedback_down) == (1, 0)  # latest vote counts
    assert rows[ids["hostile"]].feedback_down == 2 and rows[ids["decide"]].escalations == 1
    assert rows[ids["hostile"]].record["question"] == HOSTILE

    def found(**kw: object) -> list[int]:
        return sorted(r.record["id"] for r in reader.query_questions(QuestionQuery(**kw), limit=100).rows)  # type: ignore[arg-type]

    assert found(feedback_down=True) == [ids["hostile"]]
    assert found(escalated=True) == found(decision_request=True) == [ids["decide"]]
    assert found(statuses=("refused",), refusal_category="cpr_number") == [ids["refused"]]
    assert found(channel="teams") == [ids["hostile"]]
    assert found(until=datetime(2024, 4, 1, tzinfo=UTC)) == [ids["tillid"]]
    assert found(since=datetime(2024, 4, 2, tzinfo=UTC), statuses=("no_answer",)) == [ids[f"gap{i}"] for i in range(3)]
    with pytest.raises(ValueError):
        reader.query_questions(QuestionQuery(statuses=("feedback",)))


def test_query_uses_only_bound_values(filled: tuple[AuditStore, AuditStore, dict[str, int]]) -> None:
    _, reader, _ = filled
    hostile = "x' OR 1=1; DROP TABLE events; --"
    assert reader.query_questions(QuestionQuery(refusal_category=hostile, channel=hostile)).total == 0
    assert reader.count() > 0


def test_iter_questions_matches_the_query(filled: tuple[AuditStore, AuditStore, dict[str, int]]) -> None:
    writer, reader, _ = filled
    for i in range(1100):
        writer.record_answer(answer("Tillid", 7), f"Q{i}", channel="slack", user_id="U")
    q = QuestionQuery(channel="slack")
    ids = [r.record["id"] for r in reader.iter_questions(q)]
    assert ids == sorted(ids) and len(ids) == reader.query_questions(q).total == 1100 + 5


def test_related_and_categories(filled: tuple[AuditStore, AuditStore, dict[str, int]]) -> None:
    writer, reader, ids = filled
    assert [r["event"] for r in reader.related(ids["tillid"])] == ["feedback", "feedback"]
    follow = writer.record_answer(
        answer("Tillid", 8), "Og så?", channel="slack", user_id="U1", conversation="T1", follows=ids["tillid"]
    )
    assert [r["id"] for r in reader.related(ids["tillid"])][-1] == follow
    assert [r["event"] for r in reader.related(ids["decide"])] == ["escalated"]
    assert reader.refusal_categories() == ["cpr_number"]


def test_record_access_is_chained_and_holds_no_text(filled: tuple[AuditStore, AuditStore, dict[str, int]]) -> None:
    writer, reader, _ = filled
    rid = writer.record_access("revisor", "list", {"filter": {"kanal": "slack"}, "total": 3})
    rec = reader.get(rid)
    assert rec is not None and rec["event"] == "auditor_access" and rec["value"] == "revisor"
    assert rec["detail"] == {"action": "list", "filter": {"kanal": "slack"}, "total": 3}
    assert rec["question"] is None and reader.verify().ok
    assert reader.query_questions(QuestionQuery()).total == 7  # not a question
    with pytest.raises(ValueError):
        writer.record_access("", "list", {})


def test_read_only_store_never_writes(filled: tuple[AuditStore, AuditStore, dict[str, int]]) -> None:
    writer, reader, _ = filled
    for attempt in (
        lambda: reader.record_access("revisor", "list", {}),
        lambda: reader.record_answer(answer("A", 1), "Q", channel="cli", user_id=None),
        lambda: reader.purge(datetime(2030, 1, 1, tzinfo=UTC)),
    ):
        with pytest.raises(AuditError) as err:
            attempt()
        assert err.value.kind == AuditErrorKind.READ_ONLY
    assert reader.count() == writer.count()


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00 but not really" * 10, None])
def test_read_only_open_of_a_non_log_file(tmp_path: Path, content: bytes | None) -> None:
    """SQLite only: a file that is not an audit log."""
    path = tmp_path / "x.sqlite3"
    if content is None:
        sqlite3.connect(str(path)).execute("CREATE TABLE other (x)").connection.commit()
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(AuditError) as err:
        SQLiteAuditStore(path, KEY, read_only=True)
    assert err.value.kind == AuditErrorKind.NOT_AN_AUDIT_LOG and path.read_bytes() == before
    with pytest.raises(AuditError) as err:
        SQLiteAuditStore(tmp_path / "missing.sqlite3", KEY, read_only=True)
    assert err.value.kind == AuditErrorKind.MISSING and not (tmp_path / "missing.sqlite3").exists()


def test_list_works_on_a_log_without_the_auditor_index(
    opener: Callable[..., AuditStore], backend: str, tamper: Callable[..., Any]
) -> None:
    writer = opener()
    populate(writer, opener.clock)  # type: ignore[attr-defined]
    t = tamper(strict=True)
    t.execute("DROP INDEX events_questions")
    t.execute("DROP INDEX events_votes")
    reader = opener(read_only=True)
    assert reader.query_questions(QuestionQuery(feedback_down=True)).total == 1
    assert len(list(reader.iter_questions(QuestionQuery()))) == 7
