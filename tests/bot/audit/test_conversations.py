"""Audit schema v2: conversation pseudonyms, follow-up links, feedback bound to its answer's
conversation, one counted vote per user, and feedback reasons and comments — on every backend
(`log`, `clock` and `tamper` come from tests/bot/audit/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from bot.audit import AuditStore
from retrieval.models import Answer, Citation

from fakes import FakeClock

KEY = "test-secret-key"
THREAD = "slack:C0123:1714550000.000100"


def answered() -> Answer:
    cit = Citation(issue="01/2024", article="Tillid", page=7, quote="Tillid tager tid.", score=0.8)
    return Answer(status="answered", text="«Tillid tager tid.»", citations=[cit])


def test_conversation_is_stored_as_a_keyed_pseudonym_and_turns_are_linked(log: AuditStore) -> None:
    first = log.record_answer(answered(), "Hvad er tillid?", channel="slack", user_id="U1", conversation=THREAD)
    second = log.record_answer(
        answered(), "og hvordan bygger man den?", channel="slack", user_id="U1", conversation=THREAD, follows=first
    )
    a, b = log.get(first), log.get(second)
    assert a is not None and b is not None
    assert a["conversation"] == b["conversation"] and len(a["conversation"]) == 64
    assert "C0123" not in a["conversation"] and a["conversation"] != a["user_pseudonym"]
    assert a["follows_id"] is None and b["follows_id"] == first
    other = log.record_answer(answered(), "Hvad er tillid?", channel="slack", user_id="U1", conversation="slack:C9:1")
    assert log.get(other)["conversation"] != a["conversation"]  # type: ignore[index]
    # Another key gives another pseudonym: it cannot be confirmed without the key.
    assert log.verify().ok


def test_feedback_is_bound_to_the_answers_conversation(log: AuditStore) -> None:
    rid = log.record_answer(answered(), "Hvad er tillid?", channel="slack", user_id="U1", conversation=THREAD)
    log.record_feedback(rid, "up", channel="slack", user_id="U2", conversation=THREAD)
    with pytest.raises(ValueError, match="another conversation"):
        log.record_feedback(rid, "down", channel="slack", user_id="U3", conversation="slack:C0999:1.0")
    with pytest.raises(ValueError, match="another conversation"):
        log.record_feedback(rid, "down", channel="slack", user_id="U3")
    refused = log.record_answer(
        Answer(status="refused", text="nej", reason="personal_data", refusal_category="cpr_number"),
        "",
        channel="slack",
        user_id="U1",
    )
    with pytest.raises(ValueError, match="not a logged answer"):
        log.record_feedback(refused, "up", channel="slack", user_id="U1")
    with pytest.raises(ValueError, match="not a logged answer"):
        log.record_feedback(10_000, "up", channel="slack", user_id="U1")
    assert log.stats()["feedback"] == {"up": 1, "down": 0}


def test_answers_without_a_conversation_take_feedback_from_anywhere(log: AuditStore) -> None:
    rid = log.record_answer(answered(), "Hvad er tillid?", channel="cli", user_id=None)
    log.record_feedback(rid, "down", channel="cli", user_id=None, conversation="terminal:1")
    assert log.stats()["feedback"]["down"] == 1


def test_a_users_latest_vote_is_the_one_that_counts(log: AuditStore) -> None:
    a = log.record_answer(answered(), "Spørgsmål A?", channel="slack", user_id="U1", conversation=THREAD)
    b = log.record_answer(answered(), "Spørgsmål B?", channel="slack", user_id="U1", conversation=THREAD)
    for value in ("up", "down", "up"):  # U2 changes their mind twice on A
        log.record_feedback(a, value, channel="slack", user_id="U2", conversation=THREAD)
    log.record_feedback(a, "down", channel="slack", user_id="U3", conversation=THREAD)
    log.record_feedback(b, "down", channel="slack", user_id="U2", conversation=THREAD)
    assert log.stats()["feedback"] == {"up": 1, "down": 2}
    # Every vote stays in the append-only chain.
    assert len(log.list_records(status=["feedback"])) == 5 and log.verify().ok


def test_feedback_reason_and_comment_are_kept_and_purged(log: AuditStore, clock: FakeClock) -> None:
    rid = log.record_answer(answered(), "Hvad er tillid?", channel="slack", user_id="U1", conversation=THREAD)
    fid = log.record_feedback(
        rid, "down", channel="slack", user_id="U1", conversation=THREAD, reason="wrong_source", comment=" Forkert side "
    )
    rec = log.get(fid)
    assert rec is not None
    assert rec["detail"] == {"reason": "wrong_source"} and rec["question"] == "Forkert side"
    assert rec["text_digest"] and log.verify().ok
    with pytest.raises(ValueError, match="reason"):
        log.record_feedback(rid, "down", channel="slack", user_id="U1", conversation=THREAD, reason="because")
    long = log.get(
        log.record_feedback(rid, "down", channel="slack", user_id="U4", conversation=THREAD, comment="x" * 2000)
    )
    assert long is not None and len(long["question"]) == 500
    clock.set(datetime(2024, 9, 1, tzinfo=UTC))
    assert log.purge(date(2024, 6, 1)) >= 2
    purged = log.get(fid)
    assert purged is not None and purged["question"] is None and purged["detail"] == {"reason": "wrong_source"}
    assert log.verify().ok


def test_new_columns_are_append_only(log: AuditStore, tamper: Callable[..., Any]) -> None:
    rid = log.record_answer(answered(), "Hvad er tillid?", channel="slack", user_id="U1", conversation=THREAD)
    t = tamper(strict=True)
    for sql in ("UPDATE events SET conversation = 'x' WHERE id = ?", "UPDATE events SET follows_id = 1 WHERE id = ?"):
        with pytest.raises(t.errors, match="append-only"):
            t.execute(sql, (rid,))
