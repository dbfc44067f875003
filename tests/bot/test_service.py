"""BotService: answers are logged, refusals leave no text behind, and no log means no answer."""

import re
from dataclasses import replace
from pathlib import Path

import pytest

from bot.service import BotService, ServiceError, ServiceErrorKind, Superseded

SENSITIVE = "Jens Mortensen fra mit team har angst og har været sygemeldt i 6 uger – skal han til samtale?"


def _all_bytes(db: Path) -> bytes:
    out = b""
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(db) + suffix)
        if p.exists():
            out += p.read_bytes()
    return out


def test_answer_is_logged_with_citations(service: BotService):
    ans = service.ask("hvad er skyggearbejde?", channel="cli", user_id="U1")
    assert ans.status == "answered" and isinstance(ans.audit_id, int)
    rec = service.audit().get(ans.audit_id)
    assert rec["question"] == "hvad er skyggearbejde?"
    assert rec["citations"][0]["page"] == 12
    assert rec["user_pseudonym"] and rec["user_pseudonym"] != "U1"  # pseudonymous
    assert service.audit().verify().ok


def test_an_answer_given_up_before_logging_leaves_nothing(service: BotService):
    """`proceed` is asked after answering and before logging: a no keeps nothing (not the log,
    not the thread), so the replica that took the message over logs it once."""
    asked: list[int] = []

    def proceed() -> bool:
        asked.append(1)
        return False

    with pytest.raises(Superseded):
        service.ask("hvad er skyggearbejde?", channel="slack", user_id="U1", conversation="C1:1.0", proceed=proceed)
    assert asked == [1]
    assert service.audit().list_records() == []
    assert service.conversations.get("C1:1.0") is None
    ans = service.ask(
        "hvad er skyggearbejde?", channel="slack", user_id="U1", conversation="C1:1.0", proceed=lambda: True
    )
    assert ans.status == "answered" and len(service.audit().list_records()) == 1


def test_refused_text_is_stored_nowhere(service: BotService, audit_settings, caplog):
    caplog.set_level("DEBUG")
    ans = service.ask(SENSITIVE, channel="slack", user_id="U2")
    assert ans.status == "refused" and ans.citations == []
    assert "Jens" not in ans.text and "Mortensen" not in ans.text and "6 uger" not in ans.text
    rec = service.audit().get(ans.audit_id)
    assert rec["question"] is None and rec["reply"] is None and rec["refusal_category"] == "health"
    raw = _all_bytes(Path(audit_settings.location))
    for fragment in ("Mortensen", "Jens", "angst", "sygemeldt"):
        assert fragment.encode() not in raw
    assert "Mortensen" not in caplog.text


def test_cpr_number_never_reaches_the_log(service: BotService, audit_settings):
    ans = service.ask("hvad står der i journalen for 170884-2563?", channel="cli", user_id=None)
    assert ans.status == "refused" and ans.reason == "personal_data"
    raw = _all_bytes(Path(audit_settings.location))
    assert b"170884" not in raw
    # The last four digits alone: not as a number of their own. Inside a hash's hex digits they
    # occur by chance (about once in a hundred runs), which says nothing about the message.
    assert re.search(rb"(?<![0-9a-fA-F])2563(?![0-9a-fA-F])", raw) is None


def test_unwritable_audit_log_means_no_answer(settings, audit_settings, answerer, tmp_path: Path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    audit = replace(audit_settings, location=str(blocker / "audit.sqlite3"))
    with pytest.raises(ServiceError) as e:
        BotService(settings, audit, answerer=answerer).ask("hvad er skyggearbejde?")
    assert e.value.kind == ServiceErrorKind.AUDIT_UNAVAILABLE and "revisionsloggen" in e.value.message
    # Configurable: without a required log, the bot answers.
    ans = BotService(settings, replace(audit, required=False), answerer=answerer).ask("hvad er skyggearbejde?")
    assert ans.status == "answered" and ans.audit_id is None


def test_feedback_and_escalation_are_logged(service: BotService):
    ans = service.ask("hvad er enneagrammet?", channel="cli", user_id="U3")
    service.feedback(ans.audit_id, "up", channel="cli", user_id="U3")
    with pytest.raises(ValueError):  # a stale or forged button: the adapter answers politely
        service.feedback(999_999, "down", channel="cli", user_id="U3")
    esc = service.escalate(ans.audit_id, channel="cli", user_id="U3", target="C0HR")
    # The escalation is a value: the channel's notifier delivers the note, which carries no text.
    assert esc.question_ref == ans.audit_id
    assert esc.note == f"En leder har bedt om at tale med et menneske om spørgsmål #{ans.audit_id}"
    rec = service.audit().get(esc.audit_id)
    assert (rec["event"], rec["ref_id"], rec["value"]) == ("escalated", ans.audit_id, "C0HR")
    assert service.escalate(None, channel="cli", user_id="U3").note == "En leder har bedt om at tale med et menneske"
    with pytest.raises(ValueError):  # a stale reference: the channel escalates without it
        service.escalate(999_999, channel="cli", user_id="U3")
    kinds = [r["event"] for r in service.audit().list_records()]
    assert "feedback" in kinds and kinds.count("escalated") == 2
    assert service.audit().verify().ok


def test_chat_users_get_no_paths_operators_get_the_fix(settings, audit_settings, embedder, tmp_path: Path):
    from retrieval.answering import Answerer

    s = settings.with_(index_dir=tmp_path / "no-index")
    svc = BotService(s, audit_settings, answerer=Answerer(s, embedder=embedder))
    with pytest.raises(ServiceError) as e:
        svc.ask("hvad er skyggearbejde?", channel="slack", user_id="U9")
    assert str(tmp_path) not in e.value.message and "ledelsesbot" not in e.value.message
    assert str(tmp_path) in e.value.detail and "ledelsesbot index build" in e.value.detail
    assert e.value.kind == ServiceErrorKind.INDEX_UNAVAILABLE == "index_unavailable"


def test_logged_question_has_identifiers_masked(service: BotService):
    # Let through by the guard (no sensitive detail), but the name and number are not kept.
    q = "Mette Frederiksen fra lønkontoret spurgte om sag 4471923 – hvad er skyggearbejde?"
    ans = service.ask(q, channel="slack", user_id="U1", conversation="slack:C1:1.0")
    assert ans.status != "refused"
    rec = service.audit().get(ans.audit_id)
    assert "4471923" not in rec["question"] and "[nummer]" in rec["question"]
    assert "Frederiksen" not in rec["question"] and rec["question"].startswith("[navn] fra lønkontoret")
    assert "skyggearbejde" in rec["question"]
    assert rec["conversation"] and "C1" not in rec["conversation"]


def test_feedback_comment_with_personal_data_is_dropped(service: BotService, audit_settings):
    ans = service.ask("hvad er skyggearbejde?", channel="slack", user_id="U1", conversation="slack:C1:1.0")
    receipt = service.feedback(
        ans.audit_id,
        "down",
        channel="slack",
        user_id="U1",
        conversation="slack:C1:1.0",
        reason="not_relevant",
        comment="Min medarbejder Jens Mortensen er sygemeldt med stress, så det hjælper ikke",
    )
    assert receipt.comment_refused and not receipt.comment_kept
    rec = service.audit().get(receipt.audit_id)
    assert rec["question"] is None and rec["detail"] == {"reason": "not_relevant"}
    raw = _all_bytes(Path(audit_settings.location))
    assert b"Mortensen" not in raw and b"sygemeldt" not in raw
    ok = service.feedback(
        ans.audit_id, "down", channel="slack", user_id="U1", conversation="slack:C1:1.0", comment="Citatet var for kort"
    )
    assert ok.comment_kept and service.audit().get(ok.audit_id)["question"] == "Citatet var for kort"
    with pytest.raises(ValueError):
        service.feedback(ans.audit_id, "up", channel="slack", user_id="U9", conversation="slack:C2:2.0")
