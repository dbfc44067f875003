"""Round 14 (docs/privacy.md § 8.17, § 10): the classifiers read a thread's joined text only to
refuse or flag more; after a refused message, the rest of its CPR number and a pronoun for its
person are refused; clock times and registers' numbers after a date are no CPR numbers. Examples
in our own wording."""

from __future__ import annotations

import numpy as np
import pytest

from retrieval import decision
from retrieval.guard import check
from retrieval.guard import rule as rule_module
from retrieval.guard.cpr import cpr_rest, has_cpr
from retrieval.guard.normalise import normalise
from retrieval.guard.text_model import TextModel
from retrieval.thread_checks import check_in_thread, decision_in_thread

VEC = np.zeros(384, dtype=np.float32)


def _stand_in(score: float) -> TextModel:
    """A model whose score is `score` for every message (bias only)."""
    return TextModel("stand-in", score, 3.0, -3.0, np.zeros(384, dtype=np.float32), {}, {}, {}, {})


# --- the rest of a refused number ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "de sidste fire er 2207, kan du skrive svaret?",
        "Og de sidste 4 cifre: 5531. Hvad mangler jeg?",
        "-4471 er resten. Kan du lave brevet færdigt?",
        "It ends with 0934 – those are the last four digits.",
        "the rest is 6120 if you need it",
        "cpr-nummerets slutning er 3308",
    ],
)
def test_the_last_four_digits_said_as_a_rest(text: str) -> None:
    assert cpr_rest(normalise(text))


@pytest.mark.parametrize(
    "text",
    [
        "Vi har 2400 borgere i området, hvordan fordeler vi dem?",
        "de sidste 2500 timer er brugt på projektet",
        "Budgettet er 4500 kr. om måneden.",
        "Mødet er i lokale 1204 på torsdag.",
    ],
)
def test_other_four_digit_numbers_are_no_rest(text: str) -> None:
    assert not cpr_rest(normalise(text))


def test_after_a_refused_first_part_the_rest_is_refused_too() -> None:
    rest = "Og de sidste fire er 2207 – kan du lave registreringen færdig?"
    assert not check(rest).refused  # alone it identifies nobody
    verdict = check_in_thread(rest, [], frozenset(), after_refusal=True)
    assert verdict.refused and verdict.category == "thread_context"
    # without a refusal before it, nothing to complete
    assert not check_in_thread(rest, [], frozenset(), after_refusal=False).refused


def test_after_a_refusal_a_pronoun_points_to_its_person_whatever_else_is_capitalised() -> None:
    # "Krifa", "Thursdays" are no people: the pronoun still points to the refused message's person
    for text in (
        "Men han er medlem af Lederne og ikke HK – kan det gå?",
        "She has been going to meetings every Thursday since May – can I tell the team why?",
    ):
        assert check_in_thread(text, [], frozenset(), after_refusal=True).category == "thread_context"
    # a new person of its own is a new question
    assert not check_in_thread(
        "Hvordan giver jeg Birthe fra kantinen ros for julefrokosten, hun stod for?",
        [],
        frozenset(),
        after_refusal=True,
    ).refused


# --- the classifiers read the thread only to refuse or flag more ---------------------------------


def test_the_thread_classifier_adds_a_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = ["Hvordan planlægger vi vagterne i december?"]
    text = "Og hvad med weekenderne?"
    monkeypatch.setattr(rule_module, "text_model", lambda: _stand_in(9.0))
    assert not check_in_thread(text, previous, frozenset()).refused  # no vector for the thread
    assert check_in_thread(text, previous, frozenset(), thread_embedding=VEC).refused


def test_the_thread_classifier_never_clears_the_rules_refusal(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = ["Det drejer sig om Jonna fra lønkontoret."]
    text = "Hun er sygemeldt med stress – hvad gør jeg?"
    monkeypatch.setattr(rule_module, "text_model", lambda: _stand_in(-9.0))
    assert check_in_thread(text, previous, frozenset(), thread_embedding=VEC).refused


def test_the_thread_decision_classifier_only_adds_a_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    previous = ["Vi overvejer at lukke klubben i Vrå og flytte børnene til byen."]
    monkeypatch.setattr(decision, "decision_model", lambda: _stand_in(-9.0))
    assert decision_in_thread("Skal vi?", previous, thread_embedding=VEC)  # the rules' flag stands
    monkeypatch.setattr(decision, "decision_model", lambda: _stand_in(9.0))
    short = "Tak, og hvad så nu?"
    assert decision_in_thread(short, ["Vi har fået nye tal for sygefraværet."], thread_embedding=VEC)
    assert not decision_in_thread(short, ["Vi har fået nye tal for sygefraværet."])


# --- times and registers after a date --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Alarmen i kælderen blev registreret 17.03.23 02.51 – hvordan følger vi op?",
        "The access system logged the door at 05/11/22 1940 – who should review it?",
        "Netværket gik ned 08.02.24 13:05 og kom først op efter to timer.",
        "Betal til konto 2108931245, reg. 1551 – kan du skrive en påmindelse?",
        "Vores P-nummer er 1409871122 – skal det på blanketten?",
        "Purchase order 0511902234 is still waiting for approval.",
    ],
)
def test_times_and_register_numbers_after_a_date_are_no_cpr(text: str) -> None:
    assert not has_cpr(normalise(text))
    assert not check(text).refused


@pytest.mark.parametrize(
    "text",
    [
        "Hendes cpr er 170392 2207, kan du tjekke det?",
        "Borgeren er født 11.06.85 og hans personnummer er 110685-1937.",
        "Han har cpr 03.04.91 4417 – hvad gør jeg?",
    ],
)
def test_a_cpr_number_with_a_time_like_serial_is_still_one(text: str) -> None:
    assert has_cpr(normalise(text))


# --- the veto and a name placed as the asker's own --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Har bladet en artikel om, hvordan man støtter en af mine medarbejdere, Gitte i lønteamet, der har fået brystkræft?",
        "What does the magazine say about leading our porter Callum, who has just been convicted of fraud?",
        "Vagtplan: skal Lotte, vores bogholder, der er i kemobehandling, have formiddage eller eftermiddage?",
    ],
)
def test_the_veto_never_clears_a_name_placed_as_the_askers_own(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert check(text).refused  # the rules refuse
    monkeypatch.setattr(rule_module, "text_model", lambda: _stand_in(-9.0))
    assert check(text, embedding=VEC).refused


def test_the_veto_still_answers_a_detail_without_a_name_of_our_own(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Jonna fra lønkontoret er sygemeldt med stress."
    monkeypatch.setattr(rule_module, "text_model", lambda: _stand_in(-9.0))
    assert not check(text, embedding=VEC).refused
