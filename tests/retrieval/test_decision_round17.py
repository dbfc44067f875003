"""Round 17 (docs/privacy.md § 5.11): a choice between two quoted wordings in a text the asker
writes, who signs or sends a document, and the order of two steps are no decision requests; a
choice between quoted options that are units or cases still is. Phrasings are our own."""

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
