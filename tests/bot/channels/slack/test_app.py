"""The Slack adapter end to end over loopback: the real Bolt app served over HTTP (and Socket
Mode), signed requests, a recording fake Slack Web API. No Slack, no network beyond 127.0.0.1."""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_sdk.models.blocks import Block

from bot.channels.slack import render as r
from bot.channels.slack.app import build_app, delivery_key, question_text
from bot.channels.slack.dedupe import SlackStore
from bot.channels.slack.server import make_socket_mode_handler
from bot.config import Config, SlackSettings
from retrieval.index import IndexUnavailable
from retrieval.models import Answer, Citation

from fakes import StubAnswerer, answered

PING = re.compile(r"<!(channel|here|everyone|subteam)|<@[UW]")
SOURCE = re.compile(r"^\*.+\* — Offentlig Ledelse \d\d/\d{4}, s\. \d+$")


# -- helpers ---------------------------------------------------------------------------------------
def valid_blocks(blocks: list[dict]) -> list[dict]:
    assert 0 < len(blocks) <= 50
    for b in blocks:
        Block.parse(b).validate_json()
    assert r.total_chars(blocks) <= 10_000
    return blocks


def button(call: Any, action_id: str) -> dict:
    for b in call.params["blocks"]:
        for el in b.get("elements", []) if b["type"] == "actions" else []:
            if el["action_id"] == action_id:
                return el
    raise AssertionError(f"no {action_id} button")


def has_button(call: Any, action_id: str) -> bool:
    try:
        button(call, action_id)
        return True
    except AssertionError:
        return False


def events(svc: Any, event: str) -> list[dict]:
    return [rec for rec in svc.audit().list_records() if rec["event"] == event]


def visible_text(call: Any) -> str:
    return json.dumps(call.params, ensure_ascii=False)


# -- answers in channels, DMs, threads -------------------------------------------------------------
def test_mention_is_answered_in_the_thread(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    assert h.server.server_address[0] == "127.0.0.1"  # bound where asked, not 0.0.0.0
    ev = sf.mention("Hvordan bygger jeg tillid?", channel="C1", ts="1700000100.000100")
    resp = h.event(ev)
    assert resp.status == 200
    (post,) = fake_slack.wait_count(1, "chat.postMessage")
    assert post.params["channel"] == "C1"
    assert post.params["thread_ts"] == "1700000100.000100"
    assert post.token == "xoxb-test"
    assert post.params["text"].startswith("Det skriver Offentlig Ledelse om det:")
    blocks = valid_blocks(post.params["blocks"])
    sources = [
        b["elements"][0]["text"]
        for b in blocks
        if b["type"] == "context" and "Offentlig Ledelse 0" in b["elements"][0]["text"]
    ]
    assert sources == [
        "*Tillid er en ledelsesopgave* — Offentlig Ledelse 01/2024, s. 7",
        "*Seniorledelse* — Offentlig Ledelse 01/2024, s. 12",
    ]
    audit_id = int(button(post, r.ACTION_FEEDBACK_UP)["value"])
    assert events(svc, "question_answered")[0]["id"] == audit_id
    assert svc.answerer.questions == ["Hvordan bygger jeg tillid?"]  # the bot's own mention is stripped
    assert not fake_slack.of("chat.postEphemeral")


def test_direct_message_is_answered_in_the_dm(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    assert h.event(sf.message("Hvordan bygger jeg tillid?", channel="D1", channel_type="im")).status == 200
    (post,) = fake_slack.wait_count(1, "chat.postMessage")
    assert post.params["channel"] == "D1"
    assert post.params.get("thread_ts") is None
    valid_blocks(post.params["blocks"])


def test_follow_up_in_a_thread_the_bot_answered(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    root = "1700000200.000100"
    h.event(sf.mention("Hvordan bygger jeg tillid?", ts=root))
    fake_slack.wait_count(1, "chat.postMessage")
    # a reply in that thread, without a mention → answered in the thread
    h.event(sf.message("Og hvad med seniorer?", thread_ts=root))
    posts = fake_slack.wait_count(2, "chat.postMessage")
    assert posts[1].params["channel"] == "C1" and posts[1].params["thread_ts"] == root
    # not answered: another thread, a top-level message, a reply that mentions the bot (the
    # app_mention event answers that one)
    h.event(sf.message("Noget andet", thread_ts="1700000300.000100"))
    h.event(sf.message("Top-level snak"))
    h.event(sf.message(f"<@{sf.BOT_USER_ID}> en til", thread_ts=root))
    fake_slack.settle()
    assert len(fake_slack.of("chat.postMessage")) == 2
    assert svc.answerer.questions == ["Hvordan bygger jeg tillid?", "Og hvad med seniorer?"]


def test_follow_up_thread_is_remembered_across_restart(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    root = "1700000250.000100"
    h1 = slack_app(slack_config, svc)
    h1.event(sf.mention("Hvordan bygger jeg tillid?", ts=root))
    fake_slack.wait_count(1, "chat.postMessage")
    h1.close()
    h2 = slack_app(slack_config, svc)
    h2.event(sf.message("Og hvad med seniorer?", thread_ts=root))
    assert fake_slack.wait_count(2, "chat.postMessage")[1].params["thread_ts"] == root


def test_ignores_bots_self_edits_and_deletes(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    dm = {"channel": "D1", "channel_type": "im"}
    for ev in (
        sf.message("fra en anden bot", user=None, bot_id="B999", subtype="bot_message", **dm),
        sf.message("app-post", user="U777", bot_id="B999", **dm),
        sf.message("mig selv", user=sf.BOT_USER_ID, **dm),
        sf.message(
            "",
            user=None,
            subtype="message_changed",
            **dm,
            message={"type": "message", "user": "U1", "text": "rettet spørgsmål", "ts": "1.1"},
        ),
        sf.message("", user=None, subtype="message_deleted", deleted_ts="1.1", **dm),
        sf.mention("rettet", edited={"user": "U1", "ts": "2.2"}),
        sf.mention("fra en bot", user="U777", bot_id="B999"),
    ):
        assert h.event(ev).status == 200
    fake_slack.settle()
    assert not fake_slack.messages
    assert svc.answerer.questions == []


# -- slash command and sharing -----------------------------------------------------------------------
def test_slash_command_is_ephemeral_with_a_share_button(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    settings = sf.with_slack(slack_config, command="/spørg-ol")  # the name is configurable
    svc = stub_service(settings)
    h = slack_app(settings, svc)
    resp = h.command("/spørg-ol", "Hvordan bygger jeg tillid?", response_url=fake_slack.response_url("cmd"))
    assert resp.status == 200 and resp.body == ""  # empty ack: the command is not echoed
    (reply,) = fake_slack.wait_count(1, "response")
    assert reply.path == "/response/cmd"
    assert reply.params["response_type"] == "ephemeral"
    valid_blocks(reply.params["blocks"])
    share = button(reply, r.ACTION_SHARE)
    assert share["text"]["text"] == "Del i kanalen"
    assert not fake_slack.of("chat.postMessage")

    h.action(r.ACTION_SHARE, share["value"], ephemeral=True, response_url=fake_slack.response_url("share"))
    shared = fake_slack.wait_for(
        lambda f: [
            c for c in f.of("response") if c.path == "/response/share" and c.params.get("response_type") == "in_channel"
        ]
    )
    public = shared[0]
    valid_blocks(public.params["blocks"])
    assert not has_button(public, r.ACTION_SHARE)
    assert has_button(public, r.ACTION_FEEDBACK_UP) and has_button(public, r.ACTION_ESCALATE)
    assert public.params["text"] == reply.params["text"]
    fake_slack.wait_for(lambda f: [c for c in f.of("response") if c.params.get("delete_original")])
    # a second click (the ephemeral copy is gone) cannot share twice
    h.action(r.ACTION_SHARE, share["value"], ephemeral=True, response_url=fake_slack.response_url("share2"))
    again = fake_slack.wait_for(lambda f: [c for c in f.of("response") if c.path == "/response/share2"])
    assert again[0].params["response_type"] == "ephemeral" and "kan ikke deles" in again[0].params["text"]


def test_slash_command_without_text_shows_help(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    h.command("/spørg", "  ", response_url=fake_slack.response_url("help"))
    (reply,) = fake_slack.wait_count(1, "response")
    assert reply.params["response_type"] == "ephemeral" and "/spørg" in reply.params["text"]
    assert svc.answerer.questions == []


# -- refusals, errors, limits ----------------------------------------------------------------------
CPR_QUESTION = "Min medarbejder har cpr 010190-1234, hvad gør jeg?"


def test_refusal_in_a_channel_goes_only_to_the_asker(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    h.event(sf.mention(CPR_QUESTION, user="U5", channel="C1", ts="1700000400.000100"))
    (eph,) = fake_slack.wait_count(1, "chat.postEphemeral")
    assert eph.params["user"] == "U5" and eph.params["channel"] == "C1"
    assert eph.params["thread_ts"] == "1700000400.000100"
    assert "personoplysninger" in eph.params["text"]
    assert "010190" not in visible_text(eph) and "medarbejder har" not in visible_text(eph)
    valid_blocks(eph.params["blocks"])
    fake_slack.settle(0.2)
    assert not fake_slack.of("chat.postMessage")


def test_refusal_in_dm_and_slash_command_is_private(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    h.event(sf.message(CPR_QUESTION, channel="D1", channel_type="im"))
    (dm,) = fake_slack.wait_count(1, "chat.postMessage")
    assert dm.params["channel"] == "D1" and "010190" not in visible_text(dm)
    h.command("/spørg", CPR_QUESTION, response_url=fake_slack.response_url("cmd"))
    (reply,) = fake_slack.wait_count(1, "response")
    assert reply.params["response_type"] == "ephemeral" and "010190" not in visible_text(reply)
    assert not has_button(reply, r.ACTION_SHARE)


def test_service_error_is_shown_privately(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    class Broken(StubAnswerer):
        def answer(self, question: str) -> Answer:
            raise IndexUnavailable("Der er intet indeks.")

    svc = stub_service(slack_config, answerer=Broken())
    h = slack_app(slack_config, svc)
    h.event(sf.mention("Hvordan bygger jeg tillid?"))
    (eph,) = fake_slack.wait_count(1, "chat.postEphemeral")
    assert "Botten kan ikke svare lige nu" in eph.params["text"]


def test_unexpected_error_gives_a_generic_message(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    def boom(q: str) -> Answer:
        raise RuntimeError("secret internals")

    svc = stub_service(slack_config, make=boom)
    h = slack_app(slack_config, svc)
    h.event(sf.message("Hvordan bygger jeg tillid?", channel="D1", channel_type="im"))
    (post,) = fake_slack.wait_count(1, "chat.postMessage")
    assert post.params["text"] == r.GENERIC_ERROR and "internals" not in visible_text(post)


def test_a_40000_character_message_gets_a_clear_reply(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    huge = ("Hvordan leder jeg bedst? " * 1700)[:40_000]
    assert h.event(sf.mention(huge)).status == 200
    assert h.event(sf.message(huge, channel="D1", channel_type="im")).status == 200
    (eph,) = fake_slack.wait_count(1, "chat.postEphemeral")
    (dm,) = fake_slack.wait_count(1, "chat.postMessage")
    for call in (eph, dm):
        assert "for langt" in call.params["text"]
        assert len(visible_text(call)) < 2000  # the message is not echoed back
        valid_blocks(call.params["blocks"])


def test_rate_limit_per_user_is_polite(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    settings = sf.with_slack(slack_config, rate_limit_per_minute=2)
    svc = stub_service(settings)
    h = slack_app(settings, svc)
    for i in range(2):
        h.event(sf.mention(f"Spørgsmål {i} om tillid?", user="U1"))
        fake_slack.wait_count(i + 1, "chat.postMessage")
    h.event(sf.mention("Spørgsmål 3 om tillid?", user="U1"))
    (eph,) = fake_slack.wait_count(1, "chat.postEphemeral")
    assert eph.params["user"] == "U1" and "grænsen er 2 i minuttet" in eph.params["text"]
    h.event(sf.mention("Et andet menneske spørger?", user="U2"))  # other users are not limited
    fake_slack.wait_count(3, "chat.postMessage")
    assert len(svc.answerer.questions) == 3


def test_echoed_mentions_never_ping(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    evil = "<!channel> <!here> <@U999> <!subteam^S1> @here"

    def make(q: str) -> Answer:
        return answered([Citation("01/2024", f"Titel {evil}", 3, f"Citat {evil}", 0.9)], intro=f"Intro {evil}")

    svc = stub_service(slack_config, make=make)
    h = slack_app(slack_config, svc)
    h.event(sf.mention("<!channel> hvad siger bladet om tillid?"))
    h.command("/spørg", "<!here> hvad siger bladet?", response_url=fake_slack.response_url("cmd"))
    (post,) = fake_slack.wait_count(1, "chat.postMessage")
    (reply,) = fake_slack.wait_count(1, "response")
    for call in (post, reply):
        assert not PING.search(visible_text(call)), visible_text(call)
        assert "&lt;!channel&gt;" in visible_text(call)
        assert "link_names" not in call.params and call.params.get("parse") != "full"


# -- buttons: feedback and escalation --------------------------------------------------------------
def _answer_in_thread(sf, fake_slack, h, root: str = "1700000500.000100") -> Any:
    h.event(sf.mention("Hvordan bygger jeg tillid?", user="U1", channel="C1", ts=root))
    return fake_slack.wait_count(1, "chat.postMessage")[0]


def test_feedback_buttons_are_recorded(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    root = "1700000500.000100"
    post = _answer_in_thread(sf, fake_slack, h, root)
    audit_id = button(post, r.ACTION_FEEDBACK_UP)["value"]
    h.action(r.ACTION_FEEDBACK_UP, audit_id, user="U1", thread_ts=root, response_url=fake_slack.response_url("fb1"))
    (reply,) = fake_slack.wait_count(1, "response")
    assert reply.params["response_type"] == "ephemeral" and reply.params["replace_original"] is False
    assert "Tak – registreret: 👍" in reply.params["text"]
    fb = events(svc, "feedback")
    assert [(e["value"], e["ref_id"], e["channel"]) for e in fb] == [("up", int(audit_id), "slack")]
    # a bogus reference is answered politely, not crashed on, and nothing is recorded
    h.action(r.ACTION_FEEDBACK_UP, "999999", thread_ts=root, response_url=fake_slack.response_url("fb3"))
    bad = fake_slack.wait_for(lambda f: [c for c in f.of("response") if c.path == "/response/fb3"])
    assert "intet er registreret" in bad[0].params["text"]
    assert len(events(svc, "feedback")) == 1


def test_escalation_posts_a_note_without_personal_data(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    root = "1700000600.000100"
    post = _answer_in_thread(sf, fake_slack, h, root)
    answer_ts = "1700000000.000002"  # the ts Slack gave the answer message
    ref = button(post, r.ACTION_ESCALATE)["value"]
    h.action(
        r.ACTION_ESCALATE,
        ref,
        user="U1",
        channel="C1",
        message_ts=answer_ts,
        thread_ts=root,
        response_url=fake_slack.response_url("esc"),
    )
    notes = fake_slack.wait_for(lambda f: [c for c in f.of("chat.postMessage") if c.params["channel"] == "C0ESCAL"])
    note = notes[0].params["text"]
    assert f"#{ref}" in note
    assert "https://fake.slack.test/archives/C1/p" in note
    for private in ("tillid", "Hvordan", "U1", "leder har cpr"):
        assert private not in note.replace("En leder", "")
    (reply,) = fake_slack.wait_count(1, "response")
    assert reply.params["response_type"] == "ephemeral" and "<#C0ESCAL>" in reply.params["text"] + json.dumps(
        reply.params["blocks"]
    )
    assert "vender tilbage" in reply.params["text"]
    esc = events(svc, "escalated")
    assert len(esc) == 1 and esc[0]["ref_id"] == int(ref) and esc[0]["value"] == "C0ESCAL"


def test_escalation_without_target_tells_the_user_whom_to_ask(
    sf, fake_slack, slack_config, stub_service, slack_app
) -> None:
    settings = sf.with_slack(slack_config, escalation_target="")
    svc = stub_service(settings)
    h = slack_app(settings, svc)
    post = _answer_in_thread(sf, fake_slack, h)
    h.action(r.ACTION_ESCALATE, button(post, r.ACTION_ESCALATE)["value"], response_url=fake_slack.response_url("e"))
    (reply,) = fake_slack.wait_count(1, "response")
    assert "HR eller din egen chef" in reply.params["text"]
    assert "sendt videre til" not in reply.params["text"]  # nothing was sent, so it does not say so
    fake_slack.settle(0.2)
    assert len(fake_slack.of("chat.postMessage")) == 1  # only the answer itself
    assert len(events(svc, "escalated")) == 1


def test_escalation_to_a_user_group_notifies_it_in_the_thread(
    sf, fake_slack, slack_config, stub_service, slack_app
) -> None:
    settings = sf.with_slack(slack_config, escalation_target="<!subteam^S0HR|hr-team>")
    svc = stub_service(settings)
    h = slack_app(settings, svc)
    root = "1700000700.000100"
    post = _answer_in_thread(sf, fake_slack, h, root)
    h.action(
        r.ACTION_ESCALATE,
        button(post, r.ACTION_ESCALATE)["value"],
        channel="C1",
        message_ts="1700000000.000002",
        thread_ts=root,
        response_url=fake_slack.response_url("e"),
    )
    notes = fake_slack.wait_count(2, "chat.postMessage")
    assert notes[1].params["channel"] == "C1" and notes[1].params["thread_ts"] == root
    assert notes[1].params["text"].startswith("<!subteam^S0HR|hr-team> ")
    (reply,) = fake_slack.wait_count(1, "response")
    assert "<!subteam^S0HR|hr-team>" in json.dumps(reply.params["blocks"])


def test_escalation_from_a_dm_carries_no_link(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    h.event(sf.message("Hvordan bygger jeg tillid?", channel="D1", channel_type="im"))
    post = fake_slack.wait_count(1, "chat.postMessage")[0]
    h.action(
        r.ACTION_ESCALATE,
        button(post, r.ACTION_ESCALATE)["value"],
        channel="D1",
        response_url=fake_slack.response_url("e"),
    )
    notes = fake_slack.wait_for(lambda f: [c for c in f.of("chat.postMessage") if c.params["channel"] == "C0ESCAL"])
    assert "privat samtale" in notes[0].params["text"] and "D1" not in notes[0].params["text"]
    assert not fake_slack.of("chat.getPermalink")


def test_escalation_that_cannot_be_delivered_says_so(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    # A user group alone can only be notified in a public thread; from a DM there is nowhere to post.
    settings = sf.with_slack(slack_config, escalation_target="<!subteam^S0HR|hr-team>")
    svc = stub_service(settings)
    h = slack_app(settings, svc)
    h.event(sf.message("Hvordan bygger jeg tillid?", channel="D1", channel_type="im"))
    post = fake_slack.wait_count(1, "chat.postMessage")[0]
    h.action(
        r.ACTION_ESCALATE,
        button(post, r.ACTION_ESCALATE)["value"],
        channel="D1",
        response_url=fake_slack.response_url("e"),
    )
    (reply,) = fake_slack.wait_count(1, "response")
    assert "kunne ikke give besked videre" in reply.params["text"] and "sendt videre til" not in reply.params["text"]
    fake_slack.settle(0.2)
    assert len(fake_slack.of("chat.postMessage")) == 1  # only the answer itself
    assert len(events(svc, "escalated")) == 1  # the request itself is on record


# -- admin -------------------------------------------------------------------------------------------
def test_admin_status_only_for_admins(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    h.command("/ledelsesbot-admin", "status", user="UADMIN", response_url=fake_slack.response_url("a"))
    h.command("/ledelsesbot-admin", "status", user="U1", response_url=fake_slack.response_url("b"))
    h.command("/ledelsesbot-admin", "hjælp", user="UADMIN", response_url=fake_slack.response_url("c"))
    replies = {c.path[-1]: c.params for c in fake_slack.wait_count(3, "response")}
    assert all(p["response_type"] == "ephemeral" for p in replies.values())
    assert "v-test-1" in replies["a"]["text"] or "v-test-1" in json.dumps(replies["a"]["blocks"])
    assert "Offentlig Ledelse 01/2024: 9 artikler" in json.dumps(replies["a"]["blocks"], ensure_ascii=False)
    assert replies["b"]["text"] == "Kun administratorer af ledelsesbot kan bruge denne kommando."
    assert "status" in replies["c"]["text"]


# -- transport: signatures, retries, the 3-second rule -----------------------------------------------
def test_bad_signature_and_stale_timestamp_are_rejected(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    body = json.dumps(sf.event_body(sf.mention("Hvordan bygger jeg tillid?")))
    assert h.post(body, "application/json", secret="wrong-secret").status == 401
    assert h.post(body, "application/json", timestamp=int(time.time()) - 600).status == 401
    assert h.post(body, "application/json", sign_it=False).status == 401
    cmd = urllib.parse.urlencode(sf.command_fields("/spørg", "hej", response_url=fake_slack.response_url("x")))
    assert h.post(cmd, "application/x-www-form-urlencoded", secret="wrong-secret").status == 401
    fake_slack.settle()
    assert not fake_slack.messages and svc.answerer.questions == []
    # the rejected deliveries did not burn their ids: the genuine one is still answered
    assert h.post(body, "application/json").status == 200
    fake_slack.wait_count(1, "chat.postMessage")


def test_a_retried_event_is_answered_once(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    ev = sf.mention("Hvordan bygger jeg tillid?")
    assert h.event(ev, event_id="EvRETRY1").status == 200
    for n in (1, 2, 3):
        assert h.event(ev, event_id="EvRETRY1", retry_num=n).status == 200
    fake_slack.wait_count(1, "chat.postMessage")
    fake_slack.settle()
    assert len(fake_slack.of("chat.postMessage")) == 1
    assert svc.answerer.questions == ["Hvordan bygger jeg tillid?"]


def test_dedupe_survives_a_restart(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    ev = sf.message("Hvordan bygger jeg tillid?", channel="D1", channel_type="im")
    h1 = slack_app(slack_config, svc)
    h1.event(ev, event_id="EvRESTART")
    fake_slack.wait_count(1, "chat.postMessage")
    h1.close()
    h2 = slack_app(slack_config, svc)  # a new process would open the same SQLite file
    assert h2.event(ev, event_id="EvRESTART", retry_num=1).status == 200
    fake_slack.settle()
    assert len(fake_slack.of("chat.postMessage")) == 1
    # The message is remembered by its identity (channel + ts), durably.
    assert SlackStore(slack_config.slack.state_db).first_time(f"message:D1:{ev['ts']}") is False


@pytest.mark.parametrize("process_before_response", [False, True])
@pytest.mark.slow
def test_slow_answers_are_acknowledged_at_once(
    sf, fake_slack, slack_config, stub_service, slack_app, process_before_response: bool
) -> None:
    svc = stub_service(slack_config, delay=2.0)  # each answer takes ≥ 2 s
    h = slack_app(slack_config, svc, process_before_response=process_before_response)
    results: dict[str, Any] = {}

    def send(name: str, fn: Any) -> None:
        results[name] = fn()

    threads = [
        threading.Thread(target=send, args=("event", lambda: h.event(sf.mention("Hvordan bygger jeg tillid?")))),
        threading.Thread(
            target=send,
            args=(
                "command",
                lambda: h.command("/spørg", "Hvordan bygger jeg tillid?", response_url=fake_slack.response_url("slow")),
            ),
        ),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for name, resp in results.items():
        assert resp.status == 200, name
        assert resp.elapsed < 1.0, f"{name} ack took {resp.elapsed:.2f}s"
    fake_slack.wait_count(1, "chat.postMessage", timeout=15)
    fake_slack.wait_count(1, "response", timeout=15)


# -- Socket Mode ----------------------------------------------------------------------------------------
def test_socket_mode_over_a_loopback_websocket(sf, fake_slack, slack_config, stub_service) -> None:
    settings = sf.with_slack(slack_config, signing_secret="", app_token="xapp-test")
    svc = stub_service(settings)
    ws = sf.FakeSocketModeServer()
    fake_slack.ws_url = ws.url
    app = build_app(
        settings.slack, svc, client=WebClient(token="xoxb-test", base_url=fake_slack.api_url), socket_mode=True
    )
    handler = make_socket_mode_handler(app, settings.slack.app_token)
    try:
        handler.connect()
        assert ws.connected.wait(10)
        assert fake_slack.of("apps.connections.open")[0].token == "xapp-test"
        body = sf.event_body(sf.mention("Hvordan bygger jeg tillid?", ts="1700000800.000100"), event_id="EvSOCK1")
        for attempt in range(3):  # the original delivery and two retries
            ws.send(
                {
                    "envelope_id": f"env-{attempt}",
                    "type": "events_api",
                    "payload": body,
                    "accepts_response_payload": False,
                    "retry_attempt": attempt,
                    "retry_reason": "timeout" if attempt else "",
                }
            )
        ws.send(
            {
                "envelope_id": "env-cmd",
                "type": "slash_commands",
                "accepts_response_payload": True,
                "payload": sf.command_fields(
                    "/spørg", "Hvordan bygger jeg tillid?", response_url=fake_slack.response_url("sock")
                ),
            }
        )
        acks = ws.wait_acks(4)
        assert sorted(a["envelope_id"] for a in acks) == ["env-0", "env-1", "env-2", "env-cmd"]
        (post,) = fake_slack.wait_count(1, "chat.postMessage")
        assert post.params["thread_ts"] == "1700000800.000100"
        (reply,) = fake_slack.wait_count(1, "response")
        assert reply.params["response_type"] == "ephemeral" and has_button(reply, r.ACTION_SHARE)
        ws.send(
            {
                "envelope_id": "env-act",
                "type": "interactive",
                "accepts_response_payload": False,
                "payload": sf.action_payload(
                    r.ACTION_FEEDBACK_UP,
                    button(post, r.ACTION_FEEDBACK_UP)["value"],
                    thread_ts="1700000800.000100",
                    response_url=fake_slack.response_url("sockfb"),
                ),
            }
        )
        fb_reply = fake_slack.wait_count(2, "response")[1]
        assert "Tak – registreret: 👍" in fb_reply.params["text"], fb_reply.params["text"]
        fake_slack.settle()
        assert len(fake_slack.of("chat.postMessage")) == 1
        assert len(events(svc, "feedback")) == 1
    finally:
        ws.close()  # first: the client's close() waits for its blocked receive to end
        handler.close()


def test_socket_mode_dispatch_path(sf, fake_slack, slack_config, stub_service) -> None:
    """The same listeners through `App.dispatch(BoltRequest(mode="socket_mode"))`."""
    settings = sf.with_slack(slack_config, signing_secret="")
    svc = stub_service(settings)
    app = build_app(
        settings.slack, svc, client=WebClient(token="xoxb-test", base_url=fake_slack.api_url), socket_mode=True
    )
    dm = sf.event_body(sf.message("Hvordan bygger jeg tillid?", channel="D1", channel_type="im"), event_id="EvD1")
    assert app.dispatch(BoltRequest(body=dm, mode="socket_mode")).status == 200
    retried = BoltRequest(body=dm, mode="socket_mode", headers={"x-slack-retry-num": "1"})
    assert app.dispatch(retried).status == 200
    (post,) = fake_slack.wait_count(1, "chat.postMessage")
    assert post.params["channel"] == "D1"
    cmd = sf.command_fields("/spørg", CPR_QUESTION, response_url=fake_slack.response_url("sd"))
    assert app.dispatch(BoltRequest(body=cmd, mode="socket_mode")).status == 200
    (reply,) = fake_slack.wait_count(1, "response")
    assert reply.params["response_type"] == "ephemeral" and "010190" not in visible_text(reply)
    fake_slack.settle()
    assert len(fake_slack.of("chat.postMessage")) == 1


def test_http_mode_requires_a_signing_secret(sf, slack_config, stub_service, fake_slack) -> None:
    from bot.channels.slack.client import SlackConfigError

    settings = sf.with_slack(slack_config, signing_secret="")
    with pytest.raises(SlackConfigError, match="SLACK_SIGNING_SECRET"):
        build_app(
            settings.slack, stub_service(settings), client=WebClient(token="xoxb-test", base_url=fake_slack.api_url)
        )


# -- small pure helpers ----------------------------------------------------------------------------------
def test_delivery_keys_and_question_text() -> None:
    assert delivery_key({"type": "event_callback", "event_id": "Ev1"}) == "event:Ev1"
    assert delivery_key({"command": "/spørg", "trigger_id": "t1"}) == "trigger:t1"
    assert delivery_key({"type": "url_verification"}) is None
    assert question_text("<@UBOT> hvad &amp; hvordan &lt;x&gt;?", "UBOT") == "hvad & hvordan <x>?"
    assert question_text("<@UBOT|ledelsesbot> hej", "UBOT") == "hej"


def test_rate_limiter_sliding_window() -> None:
    from bot.channels.slack.ratelimit import RateLimiter

    now = [0.0]
    rl = RateLimiter(2, 60.0, clock=lambda: now[0])
    assert rl.allow("a") and rl.allow("a") and not rl.allow("a")
    assert rl.allow("b")
    assert rl.retry_after("a") == pytest.approx(60.0)
    now[0] = 30.0
    assert not rl.allow("a")
    now[0] = 60.0
    assert rl.allow("a")
    assert RateLimiter(0).allow("x")


# -- end to end with the real answer core and index ------------------------------------------------------
@pytest.mark.slow
def test_end_to_end_with_the_real_index(sf, fake_slack, service, slack_app) -> None:
    settings = Config(
        core=service.settings,
        audit=service.audit_settings,
        slack=SlackSettings(
            bot_token="xoxb-test",
            signing_secret="e2e-secret",
            escalation_target="C0ESCAL",
            state_db=Path(service.audit_settings.location).parent / "slack.sqlite3",
        ),
    )
    h = slack_app(settings, service)
    h.event(sf.mention("Hvordan kan ledere bruge kunstig intelligens i velfærden?", ts="1700000900.000100"))
    (post,) = fake_slack.wait_count(1, "chat.postMessage", timeout=30)
    assert post.params["thread_ts"] == "1700000900.000100"
    blocks = valid_blocks(post.params["blocks"])
    sources = [
        b["elements"][0]["text"] for b in blocks if b["type"] == "context" and SOURCE.match(b["elements"][0]["text"])
    ]
    assert sources, blocks
    assert any(settings.core.reminder_text[:20] in json.dumps(b, ensure_ascii=False) for b in blocks)
    audit_id = int(button(post, r.ACTION_FEEDBACK_UP)["value"])
    assert service.audit().get(audit_id)["status"] == "answered"

    # echoed broadcast in the question, a refusal and a 40,000-character message
    h.event(sf.mention("<!channel> hvad siger bladet om arbejdsmiljø?"))
    h.event(sf.mention("Min medarbejder har CPR 010190-1234, hvad gør jeg?", user="U7"))
    h.event(sf.mention("ord " * 10_000, user="U8"))
    posts = fake_slack.wait_count(2, "chat.postMessage", timeout=30)
    ephemerals = fake_slack.wait_count(2, "chat.postEphemeral", timeout=30)
    assert not PING.search(visible_text(posts[1]))
    by_user = {c.params["user"]: c for c in ephemerals}
    assert "CPR" in by_user["U7"].params["text"] and "010190" not in visible_text(by_user["U7"])
    assert "for langt" in by_user["U8"].params["text"]

    h.action(
        r.ACTION_FEEDBACK_UP, str(audit_id), thread_ts="1700000900.000100", response_url=fake_slack.response_url("fb")
    )
    fake_slack.wait_count(1, "response")
    assert [e["ref_id"] for e in service.audit().list_records() if e["event"] == "feedback"] == [audit_id]


def test_build_app_rejects_an_invalid_token(fake_slack, slack_config, stub_service) -> None:
    from bot.channels.slack.client import SlackConfigError

    with pytest.raises(SlackConfigError, match="SLACK_BOT_TOKEN") as info:
        build_app(
            slack_config.slack,
            stub_service(slack_config),
            client=WebClient(token="xoxb-invalid", base_url=fake_slack.api_url),
        )
    assert "xoxb-invalid" not in str(info.value)
