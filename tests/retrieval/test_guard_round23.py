"""Round 23 (docs/privacy.md § 4.12, § 5.17): rule gaps found in the released writers BG and BH, as
general rules — a first name that also spells a sensitive concept ("Sami") is the person, a unit named
as a title places initials ("MK at Clinic North"), a Danish genitive the message goes on to speak of
as someone ("Bjarkes arbejdsplads, når hans gigt …"); and on the other side a month after a preposition
of time is the month ("since August"), a message that only names someone says nothing about them,
whom to call about a practical matter is no decision; a lapse counted and kept up despite talks, then
"what do I do?", is one. The examples are our own wording."""

from __future__ import annotations

import pytest

from retrieval.decision import is_decision_request, rules_verdict
from retrieval.guard import rule as rule_module
from retrieval.guard.people import find_people
from retrieval.thread_checks import decision_in_thread


def _rules(text: str) -> bool:
    return rule_module.rules_verdict(text, frozenset()).refused


@pytest.mark.parametrize(
    "text",
    [
        # a first name that is also a people's or faith's word, placed as a person
        "Vores portør Sami har fået medicin mod angst. Hvordan støtter jeg ham?",
        "Roma fra kantinen er sygemeldt med stress.",
        # initials at a unit named as a title
        "JK at Depot West has been off sick for three weeks with his back.",
        "TH i Team Nord har fået en skriftlig advarsel.",
        # a Danish genitive, then a pronoun for the same person
        "Kan vi flytte Idas skrivebord, når hendes migræne er værst?",
    ],
)
def test_round23_people_the_finder_missed_are_refused(text: str) -> None:
    assert _rules(text), text


@pytest.mark.parametrize(
    "text",
    [
        # the group, not a person
        "How do we support Roma families in the municipality?",
        "Hvordan tilrettelægger vi tilbud til samiske børn?",
        # a month after a preposition of time
        "He has arrived late six times since August, which affects the whole team.",
        "Vi har haft tre klager siden August, og jeg vil gerne lave en ny procedure.",
    ],
)
def test_round23_look_alikes_name_no_person(text: str) -> None:
    names = [text[m.start : m.end] for m in find_people(text) if not m.public]
    assert not any(n in ("Roma", "August") for n in names), (text, names)


def test_round23_a_message_that_only_names_someone_says_nothing_about_them() -> None:
    f = rule_module.facts("Vi har en operatør, der hedder Kristoffer.")
    assert f.private_person and f.said == 0
    assert rule_module.facts("Kristoffer drikker for meget.").said > 0
    assert rule_module.facts("We have a new nurse called Liam.").said == 0


@pytest.mark.parametrize(
    "text",
    [
        "The fire alarm keeps going off at night – who do we call, the security firm or the landlord?",
        "Printeren på 2. sal virker ikke. Hvem ringer vi til?",
        "Hvem skal jeg kontakte om nøglerne til det nye lokale?",
    ],
)
def test_round23_whom_to_call_is_no_decision(text: str) -> None:
    assert not is_decision_request(text), text


@pytest.mark.parametrize(
    "text",
    [
        # … unless it is a pick among candidates, or a decision stands in the message
        "Jeg har to kandidater til stillingen. Hvem ringer jeg til først med et tilbud?",
        "Should I fire him? Who do we call first?",
    ],
)
def test_round23_whom_to_call_with_an_offer_stays_a_decision(text: str) -> None:
    assert rules_verdict(text) is not False, text


def test_round23_a_lapse_kept_up_despite_talks_then_what_do_i_do() -> None:
    assert is_decision_request("En portør er kommet for sent 9 gange siden sommer trods to samtaler. Hvad gør jeg?")
    assert is_decision_request("A cleaner has skipped the checklist several times despite a warning. So what do I do?")
    assert decision_in_thread("hvad gør jeg så?", ("En pædagog er gået tidligt 6 gange trods to samtaler.",))
    # a lapse with no earlier talk, or a question of how, is not handed over
    assert not is_decision_request("En portør er kommet for sent 9 gange. Hvordan registrerer jeg det?")
