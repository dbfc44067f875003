"""Slack answers a leader can act on (issue 14 items 7–9, issue 13 §1–2), over signed HTTP with
the real Bolt app and a recording fake Web API:

* a shared `/spørg` answer shows the question it answers;
* feedback: bound to the answer's conversation (a button from elsewhere or a forged id is
  refused quietly), one vote per user (a second click changes it), 👎 opens an optional reason
  dialog (fixed choices + a short comment guarded like a question), and every reply says what
  was recorded;
* "Spørg et menneske" carries a confirmation dialog; the reply says "sent to …" only when Slack
  acknowledged the note: configured → delivered, unconfigured, and delivery failures.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest
from slack_sdk.models.blocks import Block, ButtonElement
from slack_sdk.models.views import View

from bot.channels.slack import render as r
from bot.feedback import REASON_LABELS

from .test_app import button, events, valid_blocks


def ask_in_thread(sf: Any, fake: Any, h: Any, root: str, *, user: str = "U1", channel: str = "C1") -> Any:
    h.event(sf.mention("Hvordan bygger jeg tillid?", user=user, channel=channel, ts=root))
    return fake.wait_for(lambda f: [c for c in f.of("chat.postMessage") if c.params.get("thread_ts") == root])[0]


def reply_at(fake: Any, name: str) -> Any:
    return fake.wait_for(lambda f: [c for c in f.of("response") if c.path == f"/response/{name}"])[0]


def latest_votes(svc: Any) -> dict[str, int]:
    return svc.audit().stats()["feedback"]


# -- 7. a shared answer shows its question ------------------------------------------------------
def test_shared_answer_shows_the_question_it_answers(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    question = "Hvordan bygger jeg tillid? <!channel> & co"
    h.command("/spørg", question, response_url=fake_slack.response_url("cmd"))
    eph = reply_at(fake_slack, "cmd")
    valid_blocks(eph.params["blocks"])
    assert eph.params["blocks"][0]["type"] == "context"
    h.action(
        r.ACTION_SHARE, button(eph, r.ACTION_SHARE)["value"], ephemeral=True, response_url=fake_slack.response_url("s")
    )
    shared = fake_slack.wait_for(
        lambda f: [
            c for c in f.of("response") if c.path == "/response/s" and c.params.get("response_type") == "in_channel"
        ]
    )[0]
    blocks = valid_blocks(shared.params["blocks"])
    first = blocks[0]["elements"][0]["text"]
    assert first == "*Spørgsmål:* Hvordan bygger jeg tillid? &lt;!channel&gt; &amp; co"  # escaped: pings no one
    assert "Tillid bygges i hverdagen" in json.dumps(blocks, ensure_ascii=False)


# -- 8. feedback ------------------------------------------------------------------------------------
def test_one_vote_per_user_and_a_second_click_changes_it(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    root = "1700010000.000100"
    ref = button(ask_in_thread(sf, fake_slack, h, root), r.ACTION_FEEDBACK_UP)["value"]
    for user, action, name in (
        ("U1", r.ACTION_FEEDBACK_UP, "a"),
        ("U1", r.ACTION_FEEDBACK_UP, "b"),  # the same vote again
        ("U2", r.ACTION_FEEDBACK_UP, "c"),
        ("U1", r.ACTION_FEEDBACK_DOWN, "d"),  # U1 changes their mind
    ):
        h.action(action, ref, user=user, thread_ts=root, response_url=fake_slack.response_url(name))
        if action == r.ACTION_FEEDBACK_UP:
            text = reply_at(fake_slack, name).params["text"]
            assert text.startswith("Tak – registreret: 👍") and "Kun din seneste stemme tæller" in text
    fake_slack.wait_count(1, "views.open")  # the 👎 opened the reason dialog instead of a reply
    assert latest_votes(svc) == {"up": 1, "down": 1}  # U2 up, U1 down: one vote per user
    assert len(events(svc, "feedback")) == 4  # every click is kept (append-only log)


def test_down_vote_offers_reasons_and_a_guarded_comment(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    root = "1700011000.000100"
    ref = button(ask_in_thread(sf, fake_slack, h, root), r.ACTION_FEEDBACK_DOWN)["value"]
    h.action(r.ACTION_FEEDBACK_DOWN, ref, user="U1", thread_ts=root, response_url=fake_slack.response_url("d"))
    (opened,) = fake_slack.wait_count(1, "views.open")
    view = opened.params["view"]
    View(**view).validate_json()  # slack_sdk's own limits
    assert view["callback_id"] == r.VIEW_FEEDBACK_REASON
    options = [o["text"]["text"] for o in view["blocks"][1]["element"]["options"]]
    assert options == list(REASON_LABELS.values())
    assert view["blocks"][2]["element"]["max_length"] == 500 and view["blocks"][1]["optional"] is True
    assert "Din 👎 er registreret" in view["blocks"][0]["text"]["text"]
    assert [e["value"] for e in events(svc, "feedback")] == ["down"]  # recorded before any dialog

    # a reason and a comment
    h.view_submission(
        view, {"reason": {"selected": "wrong_source"}, "comment": {"text": "Citatet handler om noget andet."}}
    )
    eph = fake_slack.wait_count(1, "chat.postEphemeral")[0]
    assert eph.params["channel"] == "C1" and eph.params["user"] == "U1" and eph.params["thread_ts"] == root
    assert "begrundelse: »Kilden eller siden passer ikke«" in eph.params["text"]
    assert "Din kommentar er gemt" in eph.params["text"]
    last = events(svc, "feedback")[-1]
    assert last["value"] == "down" and last["detail"] == {"reason": "wrong_source"}
    assert last["question"] == "Citatet handler om noget andet."

    # a comment with personal data (the stub guard refuses "cpr") is dropped, and the reply says so
    h.view_submission(view, {"reason": {"selected": None}, "comment": {"text": "Min kollega har cpr 010190-1234"}})
    eph2 = fake_slack.wait_count(2, "chat.postEphemeral")[1]
    assert "ikke gemt" in eph2.params["text"] and "010190" not in json.dumps(eph2.params)
    assert events(svc, "feedback")[-1]["question"] is None
    db = Path(slack_config.audit.location)
    assert b"010190" not in b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))

    # an empty submission adds nothing; a forged reason code is ignored
    n = len(events(svc, "feedback"))
    h.view_submission(view, {"reason": {"selected": None}, "comment": {"text": "  "}})
    h.view_submission(view, {"reason": {"selected": "'; DROP TABLE"}, "comment": {"text": None}})
    fake_slack.settle()
    assert len(events(svc, "feedback")) == n


def test_down_vote_without_a_dialog_still_says_what_was_recorded(
    sf, fake_slack, slack_config, stub_service, slack_app
) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    root = "1700012000.000100"
    ref = button(ask_in_thread(sf, fake_slack, h, root), r.ACTION_FEEDBACK_DOWN)["value"]
    fake_slack.errors[("views.open", "")] = "expired_trigger_id"
    h.action(r.ACTION_FEEDBACK_DOWN, ref, thread_ts=root, response_url=fake_slack.response_url("d"))
    assert reply_at(fake_slack, "d").params["text"].startswith("Tak – registreret: 👎")


def test_votes_are_bound_to_the_answers_conversation(
    sf, fake_slack, slack_config, stub_service, slack_app, caplog
) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    root_a, root_b = "1700013000.000100", "1700013100.000100"
    ref_a = button(ask_in_thread(sf, fake_slack, h, root_a), r.ACTION_FEEDBACK_UP)["value"]
    ask_in_thread(sf, fake_slack, h, root_b)
    h.command("/spørg", "Hvordan bygger jeg tillid?", response_url=fake_slack.response_url("cmd"))
    cmd_ref = button(reply_at(fake_slack, "cmd"), r.ACTION_FEEDBACK_UP)["value"]
    assert ":" in cmd_ref  # a /spørg answer's buttons carry its conversation token
    cmd_id, token = cmd_ref.split(":")
    with caplog.at_level(logging.WARNING):
        for name, value, kw in (
            ("other-thread", ref_a, {"thread_ts": root_b}),  # answer A's button, clicked in thread B
            ("other-channel", ref_a, {"thread_ts": root_a, "channel": "C2"}),
            ("top-level", ref_a, {}),
            ("forged-id", str(int(ref_a) + 100), {"thread_ts": root_a}),
            ("sequential-guess", cmd_id, {"thread_ts": root_a}),  # the /spørg answer's id, from a thread
            ("forged-token", f"{cmd_id}:{'x' * len(token)}", {"ephemeral": True}),
            ("not-a-number", "abc", {"thread_ts": root_a}),
        ):
            h.action(r.ACTION_FEEDBACK_UP, value, user="U9", response_url=fake_slack.response_url(name), **kw)
            assert "intet er registreret" in reply_at(fake_slack, name).params["text"], name
    assert events(svc, "feedback") == []
    assert not [rec for rec in caplog.records if rec.levelno >= logging.WARNING]  # quietly
    # the genuine clicks count
    h.action(r.ACTION_FEEDBACK_UP, ref_a, user="U9", thread_ts=root_a, response_url=fake_slack.response_url("ok1"))
    h.action(r.ACTION_FEEDBACK_UP, cmd_ref, user="U9", ephemeral=True, response_url=fake_slack.response_url("ok2"))
    for name in ("ok1", "ok2"):
        assert reply_at(fake_slack, name).params["text"].startswith("Tak – registreret")
    assert sorted(e["ref_id"] for e in events(svc, "feedback")) == sorted([int(ref_a), int(cmd_id)])


def test_feedback_on_a_dm_answer(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    h.event(sf.message("Hvordan bygger jeg tillid?", channel="D1", channel_type="im"))
    ref = button(fake_slack.wait_count(1, "chat.postMessage")[0], r.ACTION_FEEDBACK_UP)["value"]
    h.action(r.ACTION_FEEDBACK_UP, ref, channel="D1", response_url=fake_slack.response_url("dm"))
    assert reply_at(fake_slack, "dm").params["text"].startswith("Tak – registreret")
    h.action(r.ACTION_FEEDBACK_UP, ref, channel="D2", response_url=fake_slack.response_url("dm2"))
    assert "intet er registreret" in reply_at(fake_slack, "dm2").params["text"]


def test_conversations_reach_the_audit_log(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    """Every question carries its thread: the two turns of one thread share a conversation; a DM
    and another thread have their own (stored as pseudonyms)."""
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    root = "1700014000.000100"
    ask_in_thread(sf, fake_slack, h, root)
    h.event(sf.message("Og hvad med seniorer?", thread_ts=root))
    ask_in_thread(sf, fake_slack, h, "1700014100.000100")
    h.event(sf.message("Hvordan bygger jeg tillid?", channel="D1", channel_type="im"))
    fake_slack.wait_count(4, "chat.postMessage")
    convs = [rec["conversation"] for rec in events(svc, "question_answered")]
    assert len(convs) == 4 and all(convs)
    assert convs[0] == convs[1] and len(set(convs)) == 3


# -- 9. and issue 13 §1: "Spørg et menneske" ------------------------------------------------------------
def test_escalate_button_asks_for_confirmation_naming_the_recipient(
    sf, fake_slack, slack_config, stub_service, slack_app
) -> None:
    for target, expected in (("C0ESCAL", "Skal jeg give <#C0ESCAL> besked?"), ("", "intet bliver sendt videre")):
        settings = sf.with_slack(slack_config, escalation_target=target)
        h = slack_app(settings, stub_service(settings))
        root = f"17000150{len(target):02d}.000100"
        post = ask_in_thread(sf, fake_slack, h, root)
        esc = button(post, r.ACTION_ESCALATE)
        ButtonElement(**{k: v for k, v in esc.items() if k != "type"}).validate_json()
        assert expected in esc["confirm"]["text"]["text"]
        assert esc["confirm"]["confirm"]["text"] == ("Ja, send besked" if target else "Ja, notér det")
        assert esc["confirm"]["deny"]["text"] == "Fortryd"
        for block in post.params["blocks"]:
            Block.parse(block).validate_json()


@pytest.mark.parametrize(
    "target, fail, expected_status",
    [
        ("C0ESCAL", None, "delivered"),
        ("", None, "not_configured"),
        ("C0ESCAL", "not_in_channel", "failed"),  # Slack refused the post
        ("C0ESCAL U0BOSS", "channel_not_found", "failed"),  # one of two posts refused: not "sent"
    ],
)
def test_handoff_matrix_slack(
    sf, fake_slack, slack_config, stub_service, slack_app, target, fail, expected_status
) -> None:
    settings = sf.with_slack(slack_config, escalation_target=target)
    svc = stub_service(settings)
    h = slack_app(settings, svc)
    root = "1700016000.000100"
    ref = button(ask_in_thread(sf, fake_slack, h, root), r.ACTION_ESCALATE)["value"]
    if fail:
        fake_slack.errors[("chat.postMessage", "C0ESCAL")] = fail
    h.action(
        r.ACTION_ESCALATE,
        ref,
        thread_ts=root,
        message_ts="1700000000.000002",
        response_url=fake_slack.response_url("e"),
    )
    text = reply_at(fake_slack, "e").params["text"]
    (rec,) = events(svc, "escalated")
    assert rec["ref_id"] == int(ref)
    if expected_status == "delivered":
        assert "sendt videre til C0ESCAL, som vender tilbage" in text  # the blocks show it as <#C0ESCAL>
        notes = [c for c in fake_slack.of("chat.postMessage") if c.params["channel"] == "C0ESCAL"]
        assert len(notes) == 1 and f"#{ref}" in notes[0].params["text"]
    else:
        assert "sendt videre til" not in text and "noteret" in text
        assert "Kontakt HR eller din egen chef direkte" in text
    if expected_status == "not_configured":
        assert "ikke sat nogen op" in text and len(fake_slack.of("chat.postMessage")) == 1
    if expected_status == "failed":
        assert "kunne ikke give besked videre" in text


def test_handoff_contact_text_is_configurable(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    from bot.service import BotService

    from fakes import StubAnswerer

    settings = sf.with_slack(slack_config, escalation_target="")
    svc = BotService(settings.core, settings.audit, answerer=StubAnswerer(), contact="HR-partneren på tlf. 1234 5678")
    try:
        h = slack_app(settings, svc)
        root = "1700017000.000100"
        ref = button(ask_in_thread(sf, fake_slack, h, root), r.ACTION_ESCALATE)["value"]
        h.action(r.ACTION_ESCALATE, ref, thread_ts=root, response_url=fake_slack.response_url("e"))
        assert "Kontakt HR-partneren på tlf. 1234 5678 direkte" in reply_at(fake_slack, "e").params["text"]
    finally:
        svc.close()
