"""Round 7 rules of the decision detector (docs/privacy.md § 5.1), in our own wording.

The learned signal's gate and word part are tested in test_guard_learned.py; here the rules alone
(no embedding) so each rule is seen to work by itself.
"""

from __future__ import annotations

import pytest

from retrieval.decision import _SENTENCE_SPLIT, _learned_gate, is_decision_request
from retrieval.guard.learned import term_features


@pytest.mark.parametrize(
    "text",
    [
        # g. any next step of ours as a yes/no question, whatever the action is called
        "Skal vi indføre AI i sagsbehandlingen?",
        "Skal vi lægge de to køkkener sammen fra nytår?",
        "Should we move the citizens' desk to the library?",
        "Bør vi sænke åbningstiden i svømmehallen om vinteren?",
        "Should I roll the new rota out to every ward?",
        "skal jeg som afdelingsleder droppe fredagsmødet?",
        # h. the decision handed over outright, whatever it is about
        "Beslut, om vi skal flytte kontoret til Nørregade.",
        "Jeg orker ikke mere, så afgør du, om vi holder åbent i juli.",
        "Godkend eller afvis: en medarbejder vil arbejde hjemme hver fredag.",
        "Please pick on my behalf which of the two rooms becomes the quiet room.",
        "Kan jeg tillade mig at afslå hans ønske om nedsat tid?",
        "Giver det mening at nedlægge natholdet?",
        # i. the question posed in words, with an action after it
        "Nu er spørgsmålet, om vi skal give ham en advarsel.",
        "I'm torn on whether we should dismiss the new driver.",
        # j. a bare pick after alternatives; which post goes
        "We can fund the tablet scheme or the extra bus. Which one?",
        "Én stilling skal spares væk: planlægger, koordinator eller fuldmægtig. Hvilken stilling ryger?",
    ],
)
def test_round7_decision_forms(text: str) -> None:
    assert is_decision_request(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the step is the asker's own learning, communication, procedure or a feeling
        "Skal jeg tage på masteruddannelse i offentlig ledelse?",
        "Should I document the conversation in an email afterwards?",
        "Skal vi holde et personalemøde om den nye vagtplan eller sende en mail?",
        "Should I bring the shop steward into the meeting?",
        "Skal jeg stoppe op og tænke over min egen rolle?",
        "Skal vi indhente referencer på alle nye vikarer?",
        "Should I use the onboarding template from HR or write my own?",
        "skal jeg som ny leder selv være ekspert i budgetter?",
        # a question put to the magazine's content
        "Lederen i 01/2024: skal vi tage medarbejdernes uro for AI alvorligt?",
        # a decision reported, or one the asker keeps
        "Kommunalbestyrelsen har vedtaget, at biblioteket skal lukke. Hvordan fortæller jeg det til personalet?",
        "Am I right that a probation period is usually three months?",
        "Er det rigtigt, at man skal partshøre før en advarsel?",
    ],
)
def test_round7_not_decisions(text: str) -> None:
    assert not is_decision_request(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Thanks, I'll take it to the board and we'll decide there.",
        "Don't decide for me – just list what I should weigh.",
        "We've hired the internal candidate. Can you draft the rejections?",
        "Kan du træffe beslutninger for mig, eller er du kun til sparring?",
        "og nu?",  # a fragment: too little for the learned signal
        "Vil forfatteren anbefale modellen til andre kommuner?",
    ],
)
def test_learned_gate_stays_shut(text: str) -> None:
    assert not _learned_gate(_SENTENCE_SPLIT.split(" ".join(text.split()))), text


@pytest.mark.parametrize(
    "text",
    [
        "Sæt de tre tilbud i rækkefølge efter hvem vi skal vælge.",
        "Nu er spørgsmålet, om vi skal lukke caféen om søndagen",
        "Hvad ville du gøre: to teams vil begge have det store mødelokale om mandagen.",
        "Our two day centres both want the new bus - which one gets it?",
    ],
)
def test_learned_gate_opens_for_requests_without_a_question_mark_or_action_word(text: str) -> None:
    assert _learned_gate(_SENTENCE_SPLIT.split(" ".join(text.split()))), text


def test_term_features_match_a_hand_computed_tfidf() -> None:
    idf = {"skal": 1.0, "vi": 2.0, "skal vi": 3.0, "lukke": 4.0}
    f = term_features("Skal vi lukke, skal vi?", idf)
    # tf: skal 2, vi 2, "skal vi" 2, lukke 1 (unknown pairs dropped); sublinear 1 + ln tf
    import math

    raw = {
        "skal": (1 + math.log(2)) * 1.0,
        "vi": (1 + math.log(2)) * 2.0,
        "skal vi": (1 + math.log(2)) * 3.0,
        "lukke": 4.0,
    }
    norm = math.sqrt(sum(v * v for v in raw.values()))
    assert f.keys() == raw.keys()
    for k, v in raw.items():
        assert abs(f[k] - v / norm) < 1e-9
    assert term_features("ingen kendte ord her", idf) == {}
