"""Round 18 (docs/privacy.md § 5.12): a look-alike that describes its own clause (a rule or a fact
asked, a report from the news, a remark about the bot, the asker's writing, a game the message turns
away from) no longer clears a real request in another clause; a verdict tag on a rule, a fact about
anyone or a text decides no case; the asker's everyday practicalities, own holiday or own job, and
their own telling or asking are no decisions — and a rule that recognised such a message leaves the
classifier no room to add a flag. Phrasings are our own; the rules are checked without vectors
unless a test says otherwise."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval import decision
from retrieval.decision import is_decision_request, rules_verdict


@pytest.mark.parametrize(
    "text",
    [
        "Har vi pligt til at høre MED først? Uanset hvad: skal vi lukke cafeen på Bakkegården om aftenen?",
        "Legally we can do it. So do we close the swimming pool on Tuesdays from March?",
        "Should we merge the two night teams from April? Legally we are covered either way.",
        "Jeg så i nyhederne, at Holbæk har lukket et bibliotek. Skal vi også lukke filialen i Tornved?",
        "As a bot you may find this odd, but: do we let the two temps go at the end of the month?",
        "Rephrase my mail later. First: do we move the day centre from Grønnegade to the old school?",
        "Vi har leget quiz på personaledagen, men nu er det alvor: skal vi opsige vikaren i køkkenet?",
        "Generelt er vi glade for leverandøren, men forlænger vi aftalen om vinduespudsning eller går vi i udbud?",
        "Er det rigtigt, at man skal høre de ansatte? Og nedlægger vi så nattevagten på Lærkely?",
        "Sammenlægger vi de to dagplejegrupper i Vestbyen?",
        # a request put to the asker in the case, then "what do I do?"
        "En pædagog har søgt om orlov i tre måneder. Så hvad gør jeg?",
        "One of the drivers has asked for reduced hours from May. What should I do?",
        "Two candidates are left: who gets the coordinator job? One has more years, the other a degree.",
    ],
)
def test_a_request_beside_a_lookalike_clause_is_still_a_decision(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Skal filialen i Ry virkelig lukkes? Det hørte jeg i radioen i morges.",
        "Would you sack Mr Bean from the bank? Just a fun icebreaker for the team day.",
        "Vi står mellem at lukke afdeling A eller B. Hvem skal vi tale med, før vi beslutter?",
        "We have to close either the east or the west depot. Which figures should we collect to be able to choose?",
        "En medarbejder har bedt om en snak om sin arbejdsbyrde. Hvad gør jeg?",
        "Skal en påtale gives skriftligt, eller er det nok at tage den mundtligt?",
        "Should a warning be given in writing, or is a verbal one enough?",
    ],
)
def test_a_lookalike_that_governs_the_whole_message_still_clears_it(text: str) -> None:
    assert not is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kan en tillidsrepræsentant overhovedet afskediges ved en nedskæring? Ja eller nej.",
        "Yes or no: does an oral warning expire after a year?",
        "Har en ansat ret til at tage en bisidder med til samtalen? Bare ja eller nej.",
        "Is the magazine's article on outsourcing one-sided? Yes or no.",
        "Thumbs up or down for the piece in the magazine about merging schools?",
    ],
)
def test_a_verdict_on_a_rule_a_fact_or_a_text_is_no_decision(text: str) -> None:
    assert rules_verdict(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Ja eller nej: skal medarbejderen have en advarsel for at komme for sent fire gange?",
        "Fortjener vikaren en advarsel eller ej?",
        "A porter left a patient alone in the lift. Written warning – yes or no?",
    ],
)
def test_a_verdict_on_a_case_is_still_a_decision(text: str) -> None:
    assert is_decision_request(text)


@pytest.mark.parametrize(
    "text",
    [
        "Skal vi holde sommerfesten med grill eller buffet?",
        "Should we book the small meeting room or the auditorium for Monday's briefing on the merger?",
        "Skal jeg køre i bil eller tage toget til lederseminaret i Odense?",
        "Should I use my laptop or the tablet for the presentation on the restructuring?",
        "Skal jeg holde ferie i uge 29 eller 30, når flytningen er overstået?",
        "Should I take my time off before or after the two teams merge?",
        "Skal jeg selv sige op, hvis min stilling bliver flyttet til Aalborg?",
        "Should we give the retiring gardener flowers or a gift voucher?",
        "Should I send the invitation to the workshop on closures today or tomorrow?",
        "Skal jeg sende notatet til medarbejderen, eller er det nok at det ligger i sagen?",
    ],
)
def test_everyday_practicalities_and_the_askers_own_job_are_no_decisions(text: str) -> None:
    assert rules_verdict(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "Skal vi lukke kantinen eller beholde den?",
        "Skal vi stoppe med gratis frugt til borgerne i venteværelset for at spare penge?",
        "Skal jeg lade arkivassistenten tage fem ugers ferie i træk?",
        "Skal jeg sige ja til, at en medarbejder går ned i tid?",
        "Do we give the kitchen team the extra day off they asked for?",
    ],
)
def test_practical_words_in_a_case_do_not_clear_it(text: str) -> None:
    assert is_decision_request(text)


class _FixedModel:
    """A stand-in decision classifier that gives every message the same score."""

    vector_weights = np.zeros(384)

    def __init__(self, score: float, add: float, veto: float) -> None:
        self._score, self.add, self.veto = score, add, veto

    def score(self, text: str, vector: object) -> float:
        return self._score


def test_a_recognised_lookalike_leaves_the_classifier_no_room(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a classifier sure of a flag, a message the rules recognised as an everyday practicality
    stays unflagged; one the rules are silent on is flagged."""
    monkeypatch.setattr(decision, "decision_model", lambda: _FixedModel(50.0, add=0.0, veto=-1.0))
    vec = np.full(384, 0.05)
    practical = "Skal vi spise frokost før eller efter oplægget?"
    silent = "Hvad tænker du om situationen med vores vikar?"
    assert rules_verdict(practical) is False and rules_verdict(silent) is None
    assert not is_decision_request(practical, vec)
    assert is_decision_request(silent, vec)


def test_the_veto_does_not_overrule_a_decision_handed_over_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """With a classifier that would clear every flag, a request that hands the decision to the bot in
    so many words stays flagged; a request put only as a modal question is cleared."""
    monkeypatch.setattr(decision, "decision_model", lambda: _FixedModel(-50.0, add=100.0, veto=0.0))
    vec = np.full(384, 0.05)
    assert is_decision_request("Kan du afgøre, om vikaren skal have en advarsel?", vec)
    assert is_decision_request("Skal vi lukke værkstedet om fredagen? Sig hvad vi gør.", vec)
    assert not is_decision_request("Skal vi lukke værkstedet om fredagen?", vec)
