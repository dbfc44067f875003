"""The Teams renderer: `Answer` → Adaptive Card (a plain dict) or plain text; no SDK needed
(`validate_card` checks against the SDK's card models when the extra is installed)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.channels.teams import render as tr
from retrieval.models import Answer, Citation

from fakes import card_texts


def _answer(n_cites: int = 2, audit_id: int | None = 42, quote: str = "Ledere skal se skyggearbejdet.") -> Answer:
    cites = [Citation("01/2024", f"Artikel {i} om *ledelse*", 7 + i, f"{quote} ({i})", 0.9) for i in range(n_cites)]
    parts = ["Det skriver Offentlig Ledelse om det:"]
    parts += [f"«{c.quote}»\n— {c.article}, Offentlig Ledelse {c.issue}, s. {c.page}" for c in cites]
    parts.append("Husk: Dette er materiale fra Offentlig Ledelse til din egen vurdering – ikke en afgørelse.")
    return Answer(status="answered", text="\n\n".join(parts), citations=cites, audit_id=audit_id)


def _types(card: Any) -> set[str]:
    found: set[str] = set()

    def walk(el: Any) -> None:
        if isinstance(el, dict):
            if "type" in el:
                found.add(el["type"])
            for v in el.values():
                walk(v)
        elif isinstance(el, list):
            for v in el:
                walk(v)

    walk(card)
    return found


def test_card_has_intro_citations_reminder_and_actions():
    a = _answer()
    card = tr.to_adaptive_card(a)
    assert card["type"] == "AdaptiveCard" and card["version"] == "1.5"
    texts = card_texts(card)
    assert texts[0] == "Det skriver Offentlig Ledelse om det:"
    # Each citation: the quote, then "Article — Offentlig Ledelse 01/2024, s. 7".
    i = texts.index("«Ledere skal se skyggearbejdet. (0)»")
    assert texts[i + 1] == "Artikel 0 om *ledelse*" and texts[i + 2] == " — Offentlig Ledelse 01/2024, s. 7"
    assert "«Ledere skal se skyggearbejdet. (1)»" in texts
    assert tr.source_line(a.citations[1]) == "Artikel 1 om *ledelse* — Offentlig Ledelse 01/2024, s. 8"
    assert texts[-1].startswith("Husk:")  # the human-in-the-loop reminder closes the body
    titles = [x["title"] for x in card["actions"]]
    assert titles == ["👍", "👎", "Spørg et menneske"]
    assert all(x["type"] == "Action.Execute" and x["data"]["audit_id"] == 42 for x in card["actions"])
    assert [tr.parse_action(x["data"]) for x in card["actions"]] == [
        tr.CardAction("feedback", 42, "up"),
        tr.CardAction("feedback", 42, "down"),
        tr.CardAction("escalate", 42),
    ]
    # Corpus text only in TextRuns (no markdown processing); the fallback carries the plain text.
    assert "TextBlock" not in _types(card)
    assert card["fallbackText"].startswith("Det skriver Offentlig Ledelse")


def test_card_validates_against_sdk_card_models():
    pytest.importorskip("microsoft_teams.cards")
    for a in (
        _answer(),
        _answer(audit_id=None),
        Answer(status="no_answer", text="Det dækker Offentlig Ledelse ikke.\n\nPrøv et andet emne.", audit_id=3),
        Answer(status="refused", text="Jeg kan ikke svare.\nHvorfor: …", refusal_category="health"),
    ):
        assert tr.validate_card(tr.to_adaptive_card(a)) is True
    bad = tr.to_adaptive_card(_answer())
    bad["body"][0]["isSubtle"] = True  # not a RichTextBlock property
    with pytest.raises(ValueError, match="isSubtle"):
        tr.validate_card(bad)
    bad = tr.to_adaptive_card(_answer())
    bad["body"][0]["inlines"][0]["weight"] = "Heavy"
    with pytest.raises(ValueError):
        tr.validate_card(bad)


def test_card_without_audit_id_offers_only_escalation():
    card = tr.to_adaptive_card(_answer(audit_id=None))
    assert [x["title"] for x in card["actions"]] == ["Spørg et menneske"]
    assert card["actions"][0]["data"] == {"action": tr.ACTION_ESCALATE, "audit_id": None}
    assert tr.parse_action(card["actions"][0]["data"]) == tr.CardAction("escalate", None)


def test_no_answer_card_keeps_text_and_actions():
    a = Answer(
        status="no_answer",
        text="Det dækker Offentlig Ledelse ikke, så jeg vil ikke gætte.\n\nPrøv igen.",
        reason="not_covered",
        audit_id=9,
    )
    card = tr.to_adaptive_card(a)
    assert card_texts(card) == ["Det dækker Offentlig Ledelse ikke, så jeg vil ikke gætte.", "Prøv igen."]
    assert len(card["actions"]) == 3


def test_worst_case_answer_stays_under_the_teams_message_limit():
    a = _answer(n_cites=25, quote="æøå " * 2000)
    a.citations = [Citation(c.issue, "Ø" * 900, c.page, c.quote, c.score) for c in a.citations]
    card = tr.to_adaptive_card(a)
    assert tr.card_bytes(card) <= tr.MAX_CARD_BYTES < 28_000
    assert len(card["actions"]) == 3 and card_texts(card)[-1].startswith("Husk:")


def test_huge_answer_is_cut_to_size_but_keeps_reminder_and_actions(monkeypatch):
    monkeypatch.setattr(tr, "MAX_CARD_BYTES", 6_000)
    a = _answer(n_cites=10, quote="ord " * 2000)
    card = tr.to_adaptive_card(a)
    assert tr.card_bytes(card) <= 6_000
    texts = card_texts(card)
    assert tr.TRUNCATED_NOTE in texts and texts[-1].startswith("Husk:")
    assert len(card["actions"]) == 3
    quotes = [t for t in texts if t.startswith("«")]
    assert quotes and all(len(q) <= tr.MAX_QUOTE_CHARS + 2 for q in quotes)
    # A quote is never left without its source line.
    for q in quotes:
        assert texts[texts.index(q) + 2].startswith(" — Offentlig Ledelse")


def test_refusal_is_plain_text_without_citations_or_actions():
    a = Answer(
        status="refused",
        text="Jeg kan ikke svare på denne besked.\nHvorfor: KL's vejledning …",
        reason="sensitive_data",
        refusal_category="health",
        audit_id=5,
    )
    assert tr.refusal_text(a) == a.text
    card = tr.to_adaptive_card(a)
    assert "actions" not in card and "Container" not in _types(card)


@pytest.mark.parametrize(
    "data",
    [
        None,
        "x",
        {},
        {"action": "other"},
        {"action": tr.ACTION_FEEDBACK, "value": "up"},
        {"action": tr.ACTION_FEEDBACK, "value": "sideways", "audit_id": 1},
        {"action": tr.ACTION_FEEDBACK, "value": "up", "audit_id": True},
        {"action": tr.ACTION_FEEDBACK, "value": "up", "audit_id": -3},
        {"action": tr.ACTION_FEEDBACK, "value": "up", "audit_id": "1; DROP"},
    ],
)
def test_parse_action_rejects_malformed_data(data):
    assert tr.parse_action(data) is None


def test_parse_action_accepts_string_ids_and_bad_escalation_ref():
    assert tr.parse_action({"action": tr.ACTION_FEEDBACK, "value": "down", "audit_id": "12"}) == tr.CardAction(
        "feedback", 12, "down"
    )
    assert tr.parse_action({"action": tr.ACTION_ESCALATE, "audit_id": "x"}) == tr.CardAction("escalate", None)


def test_a_citation_with_a_url_links_its_page_and_validates():
    url = "https://arkiv.example/offentlig-ledelse-2024-03.pdf#page=4"
    cits = [
        Citation("03/2024", "Færre møder", 4, "Et standardmøde varer nu 25 minutter.", 0.9, url),
        Citation("03/2024", "Tavlen", 6, "Start med ét problem, ikke med ét system.", 0.8, None),
    ]
    text = "\n\n".join(
        [
            "Kort sagt, ifølge Offentlig Ledelse:",
            f"«{cits[0].quote}»\n— Færre møder, Offentlig Ledelse 03/2024, s. 4\n{url}",
            "Bladet skriver også:",
            f"«{cits[1].quote}»\n— Tavlen, Offentlig Ledelse 03/2024, s. 6",
            "Husk: materiale til din egen vurdering.",
        ]
    )
    card = tr.to_adaptive_card(Answer(status="answered", text=text, citations=cits, audit_id=5))
    found: list[dict] = []

    def walk(el: Any) -> None:
        if isinstance(el, dict):
            if el.get("type") == "TextRun" and "selectAction" in el:
                found.append(el)
            for v in el.values():
                walk(v)
        elif isinstance(el, list):
            for v in el:
                walk(v)

    walk(card)
    assert [(x["text"], x["selectAction"]) for x in found] == [
        ("Offentlig Ledelse 03/2024, s. 4", {"type": "Action.OpenUrl", "url": url})
    ]
    texts = card_texts(card)
    assert texts.index("Bladet skriver også:") == texts.index(f"«{cits[1].quote}»") - 1
    assert " — Offentlig Ledelse 03/2024, s. 6" in texts  # no URL: plain text, as before
    if pytest.importorskip("microsoft_teams.cards"):
        assert tr.validate_card(card)
