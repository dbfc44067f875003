"""Globally well-known people are public like the magazine's people (docs/privacy.md § 3.1): a
figure of history with a health detail is answered, the same name placed as the asker's own
employee is refused, places named after such a person are places, and common names stay private.
Examples in our own wording; the rules are checked without the learned signals."""

from __future__ import annotations

import pytest

from retrieval.guard import rule as rule_module
from retrieval.guard.famous import famous_spans


def _rules(text: str) -> bool:
    return rule_module.rules_verdict(text, frozenset()).refused


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Karen Blixens breve viser en lang sygdom – kan vi læse dem i læsekredsen?", "Karen Blixens"),
        ("Man siger, H. C. Andersen var hypokonder.", "H. C. Andersen"),
        ("Albert Einstein failed an exam once, didn't he?", "Albert Einstein"),
    ],
)
def test_the_written_forms_of_a_well_known_name_are_found(text: str, name: str) -> None:
    assert [text[a:b] for a, b in famous_spans(text)] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Thomas Sørensen har fået kræft – hvordan støtter jeg ham?",  # a footballer's name, but a common one
        "Carl Nielsen på lageret er sygemeldt.",
        "Salman Khan has been off with depression since May.",
    ],
)
def test_a_common_name_is_no_well_known_person(text: str) -> None:
    assert list(famous_spans(text)) == []
    assert _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Søren Kierkegaard var tungsindig hele livet – kan hans tanker bruges i et oplæg om trivsel?",
        "Florence Nightingale was bedridden for years – what can ward managers learn from her?",
        "Winston Churchill had depressive periods; is that a fair example in a talk on resilience?",
        "Hvordan kan H.C. Andersens angst bruges i en workshop om psykisk arbejdsmiljø?",
    ],
)
def test_a_historical_figure_with_a_health_detail_is_answered(text: str) -> None:
    assert not _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vores portør Søren Kierkegaard er sygemeldt med stress – hvad gør jeg?",
        "Florence Nightingale fra nattevagten har fået en depression.",
        "Our new clerk, Albert Einstein, is off sick with burnout.",
    ],
)
def test_the_same_name_placed_as_the_askers_own_is_private(text: str) -> None:
    assert _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Karen Blixen care home had two alcohol incidents among residents this month – what do we change?",
        "We hold the burnout seminar at Albert Einstein House – suggest a programme.",
    ],
)
def test_a_place_named_after_a_well_known_person_is_a_place(text: str) -> None:
    assert not _rules(text)
