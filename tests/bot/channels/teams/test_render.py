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


def execute_of(action: dict) -> dict:
    """The Action.Execute behind a card action: itself, or the one inside its Action.ShowCard."""
    if action["type"] == "Action.ShowCard":
        (inner,) = action["card"]["actions"]
        return inner
    return action


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
    # 👍 acts at once; 👎 opens its reason card and "Spørg et menneske" its confirmation first.
    assert [x["type"] for x in card["actions"]] == ["Action.Execute", "Action.ShowCard", "Action.ShowCard"]
    executes = [execute_of(x) for x in card["actions"]]
    assert all(x["type"] == "Action.Execute" and x["data"]["audit_id"] == 42 for x in executes)
    assert [tr.parse_action(x["data"]) for x in executes] == [
        tr.CardAction("feedback", 42, "up"),
        tr.CardAction("feedback", 42, "down"),
        tr.CardAction("escalate", 42),
    ]
    assert [x["title"] for x in executes] == ["👍", "Send 👎", "Ja, notér det"]
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
    assert execute_of(card["actions"][0])["data"] == {"action": tr.ACTION_ESCALATE, "audit_id": None}
    assert tr.parse_action(execute_of(card["actions"][0])["data"]) == tr.CardAction("escalate", None)


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


def test_down_card_offers_reasons_and_a_comment_and_parses_them():
    from bot.feedback import REASON_LABELS

    card = tr.to_adaptive_card(_answer())
    down = card["actions"][1]["card"]
    choice, comment = down["body"][1], down["body"][2]
    assert choice["type"] == "Input.ChoiceSet" and choice["isRequired"] is False
    assert [c["title"] for c in choice["choices"]] == list(REASON_LABELS.values())
    assert comment["type"] == "Input.Text" and comment["maxLength"] == 500 and comment["isRequired"] is False
    # Action.Execute merges the inputs into its data
    data = {**execute_of(card["actions"][1])["data"], "reason": "unclear", "comment": "  For langt.  "}
    assert tr.parse_action(data) == tr.CardAction("feedback", 42, "down", "unclear", "For langt.")
    data = {**data, "reason": "made-up", "comment": "x" * 900}
    parsed = tr.parse_action(data)
    assert parsed is not None and parsed.reason is None and len(parsed.comment or "") == 500
    assert tr.parse_action({**data, "value": "up"}) == tr.CardAction("feedback", 42, "up")  # 👍 has no inputs


def test_escalation_confirmation_names_the_recipient_or_says_nobody_is_set_up():
    named = execute_of(tr.to_adaptive_card(_answer(), escalate_to="HR-teamet")["actions"][2])
    assert named["title"] == "Ja, send besked"
    confirm = tr.to_adaptive_card(_answer(), escalate_to="HR-teamet")["actions"][2]["card"]["body"][0]
    assert "Skal jeg give HR-teamet besked?" in confirm["inlines"][0]["text"]
    nobody = tr.to_adaptive_card(_answer())["actions"][2]["card"]["body"][0]["inlines"][0]["text"]
    assert "intet bliver sendt videre" in nobody


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
