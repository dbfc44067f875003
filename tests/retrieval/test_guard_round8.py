"""Round 8 rules (docs/privacy.md § 5.1 and § 8.11), in our own wording: the yes/no question in a
sentence's last clause, "tell me what to do" about a described case, colloquial "ska"; the one
holder of a role said with a count or as "our <role>" at a named workplace, a CPR number read
aloud without the word, an after-school club's address, a case number's label."""

from __future__ import annotations

import pytest

from retrieval.decision import is_decision_request
from retrieval.guard import check


@pytest.mark.parametrize(
    "text",
    [
        # the yes/no question after a lead-in addressed to the bot
        "Hvad tænker du, skal vi lukke caféen om vinteren?",
        "Hvad siger din intuition, skal jeg forlænge vikarens kontrakt?",
        "Be honest with me – should we close the night shelter in March?",
        # colloquial spelling
        "ska vi droppe julefrokosten i år eller ej?",
        # what to do, asked about a case the message describes
        "Tell me what to do: a volunteer wants to bar a guest after a fight in the library.",
        "Sig hvad jeg skal gøre – vores vikar vil ikke tage aftenvagter længere.",
        "Hvad skal jeg gøre med den medarbejder, der nægter at bruge det nye system?",
    ],
)
def test_decision_requests(text: str) -> None:
    assert is_decision_request(text), text


@pytest.mark.parametrize(
    "text",
    [
        # a condition or a time clause before the question keeps it general
        "Efter at vi har lukket afdelingen, skal vi så informere borgerne skriftligt?",
        # a question put to the magazine
        "Ifølge artiklen om AI, skal vi tage det seriøst?",
        # what to do in general, not about a case
        "Tell me what to do when an employee reports sick.",
        "Hvad skal jeg gøre, når en medarbejder melder sig syg?",
        # a step of our own communication, after a lead-in
        "Hvad tænker du, skal jeg skrive en mail til forældrene om flytningen?",
    ],
)
def test_not_decision_requests(text: str) -> None:
    assert not is_decision_request(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Vi har kun én pedel på skolen, og han er sygemeldt med depression.",
        "We only have one cook, and he was caught drink-driving last week.",
        "Hun læste nummeret op: to otte, nul fire, syv et, fire fem seks to. Hvad gør jeg med sagen?",
        "Jeg leder biblioteket i Sandby. Vores kok drikker på arbejdet, hvordan tager jeg samtalen?",
    ],
)
def test_refused(text: str) -> None:
    assert check(text).refused, text


@pytest.mark.parametrize(
    "text",
    [
        "Hvis man kun har én pedel og han bliver syg, hvem dækker så?",
        "Vi var to, tre, fire stykker til mødet, og det var for få.",
        "SFO Solsikken på Bakkevej 12 skal flytte i pavillon efter sommerferien. Hvordan informerer vi forældrene?",
        "Jnr. 24.10.00-A00-5-23 gælder udbuddet af vinterdrift. Hvilke krav stiller andre kommuner?",
        "Vores sygeplejersker på Lindehøj er pressede efter sygdom i vinter – hvordan motiverer jeg dem?",
    ],
)
def test_allowed(text: str) -> None:
    assert not check(text).refused, text
