"""Round 17 (docs/privacy.md § 5.11): a choice between two quoted wordings in a text the asker
writes, who signs or sends a document, and the order of two steps are no decision requests; a
choice between quoted options that are units or cases still is. Requests the rules lacked: an action
or keeping as it is, tersely; "tell me then what to do"; whether someone stays, after a label.
Phrasings are our own."""

from __future__ import annotations

import pytest

from retrieval.decision import is_decision_request


@pytest.mark.parametrize(
    "text",
    [
        'Which phrase reads better in the job ad: "flexible hours" or "flextime"?',
        "Skal der stå 'opsigelse' eller 'afsked' i overskriften på nyhedsbrevet?",
        'Should I write "Dear all" or "Hi everyone" in the email about the reorganisation?',
        "Should the warning letter be signed by the director or by HR?",
        "Skal advarslen underskrives af mig eller af HR?",
        "Hvad er forskellen på en tjenstlig samtale og en advarsel, og skal den ene komme før den anden?",
    ],
)
def test_wording_signing_and_order_are_not_decisions(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Skal vi lukke 'Bo 3' eller 'Bo 1' om natten?",
        "Hvem skal vi fyre: 'Team Nord' eller 'Team Syd'?",
        "Should we dismiss the driver or give him a final warning?",
    ],
)
def test_choices_between_cases_are_still_decisions(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Luk eller behold aftenåbningen – kort svar.",
        "Keep or cut the Sunday shuttle?",
        "Skriv en liste med fordele og ulemper ved at lukke værkstedet, og sig så hvad vi skal gøre.",
        "Honest view: does our new cook stay after the trial period or not?",
    ],
)
def test_terse_and_labelled_requests_are_decisions(text: str) -> None:
    from retrieval.decision import rules_flag

    assert rules_flag(text)


@pytest.mark.parametrize(
    "text", ["Te eller kaffe til mødet?", "Behold eller fortsæt?", "Does stress stay with people for years?"]
)
def test_terse_lookalikes_are_not(text: str) -> None:
    from retrieval.decision import rules_flag

    assert not rules_flag(text)


class _EagerModel:
    """A stand-in classifier that would flag every message (score far above its add)."""

    add, veto = 0.0, -100.0
    vector_weights = __import__("numpy").zeros(384)

    def score(self, text: str, vec: object) -> float:
        return 50.0


def test_the_classifier_adds_only_where_no_rule_recognised_the_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """(round 17, docs/privacy.md § 5.8) A look-alike a rule recognised (the asker's own sphere, a
    wording) stays one; the classifier's add fills in only where the rules are silent."""
    import numpy as np

    from retrieval import decision

    monkeypatch.setattr(decision, "decision_model", lambda: _EagerModel())
    vec = np.full(384, 0.05)
    own_sphere = "Is it wise for me to go on a sabbatical next year?"
    wording = 'Should we call it a "restructuring" or a "reorganisation" in the staff letter?'
    silent = "Hvad med kantinen på rådhuset efter nytår?"
    assert decision.rules_verdict(own_sphere) is False and decision.rules_verdict(wording) is False
    assert decision.rules_verdict(silent) is None
    assert not decision.is_decision_request(own_sphere, embedding=vec)
    assert not decision.is_decision_request(wording, embedding=vec)
    assert decision.is_decision_request(silent, embedding=vec)
