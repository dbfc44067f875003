"""Sentences of a page: layout debris out, whole sentences in, and which may be quoted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.sentences import is_quotable, layout_blocks, page_sentences, split_block

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", _rows("sentence-cases.jsonl"), ids=lambda c: c["text"][:30])
def test_danish_abbreviations_numbers_and_quotations(case):
    assert split_block(case["text"]) == case["sentences"]


def test_every_labelled_boundary_of_the_corpus():
    # The positions where pySBD, sentencex, Punkt and the old rule disagree, labelled by hand
    # (scripts/sentence_eval.py prints the comparison).
    for row in _rows("sentence-boundaries.jsonl"):
        block, offset = row["block"], row["offset"]
        starts, pos = set(), 0
        for s in split_block(block):
            i = block.find(s, pos)
            starts.add(i)
            pos = i + len(s)
        assert (offset in starts) == row["boundary"], row["context"]


def test_bullets_list_numbers_and_capitals_lines_are_taken_out():
    page = (
        "TEMA\n"
        "Om uddannelsen\n"
        "■ Uddannelsen består af tre hele dage\n"
        "■ Den koster 13.450 kr.\n"
        "• Læs mere på hjemmesiden.\n\n"
        "1. Tilgang\n"
        "Tag stilling til, hvilke værktøjer I vil bruge.\n"
        "2. Retningslinjer\n"
        "Opstil retningslinjer for brugen.\n\n"
        "KAREN FROST,\n"
        "AFSNITSLEDER I BALLERUP KOMMUNE\n"
    )
    blocks = layout_blocks(page)
    assert blocks == [
        "Om uddannelsen",
        "Uddannelsen består af tre hele dage",
        "Den koster 13.450 kr.",
        "Læs mere på hjemmesiden.",
        "Tilgang",
        "Tag stilling til, hvilke værktøjer I vil bruge.",
        "Retningslinjer",
        "Opstil retningslinjer for brugen.",
    ]
    quotable = [s.text for s in page_sentences(page) if s.quotable]
    assert quotable == [
        "Den koster 13.450 kr.",
        "Læs mere på hjemmesiden.",
        "Tag stilling til, hvilke værktøjer I vil bruge.",
        "Opstil retningslinjer for brugen.",
    ]


def test_a_heading_never_runs_into_the_next_sentence():
    # The heading line is short for its column and the next line starts with an ordinary word.
    page = (
        "De fem minutter er en buffer, så man kan nå fra ét møde\n"
        "til det næste uden at komme for sent.\n"
        "25 minutter er det nye standard\n"
        "Centret indførte samtidig nye spilleregler for alle møder\n"
        "i hele forvaltningen og i alle afdelingerne.\n"
    )
    texts = [s.text for s in page_sentences(page)]
    assert (
        "Centret indførte samtidig nye spilleregler for alle møder i hele forvaltningen og i alle afdelingerne."
        in texts
    )
    assert "25 minutter er det nye standard" in texts


def test_a_name_or_acronym_continues_a_sentence_over_a_line_break():
    page = (
        "Nanna Østergaard Lind er centerchef for\n"
        "Børn og Familie i Lyngholm Kommune, og hun\n"
        "leder ni ledere. Spørgsmålet er, hvor man kan\n"
        "AI bruges i hverdagen og i det daglige arbejde.\n"
    )
    texts = [s.text for s in page_sentences(page)]
    assert (
        texts[0]
        == "Nanna Østergaard Lind er centerchef for Børn og Familie i Lyngholm Kommune, og hun leder ni ledere."
    )


def test_hyphenation_across_a_column_break_and_dialogue_dashes():
    page = "– Generativ AI er ikke intel-\n\nligens i menneskelig forstand, siger hun.\n– Det er et værktøj, siger hun."
    texts = [s.text for s in page_sentences(page)]
    assert texts == [
        "Generativ AI er ikke intelligens i menneskelig forstand, siger hun.",
        "Det er et værktøj, siger hun.",
    ]


@pytest.mark.parametrize(
    "text,ok",
    [
        ("Den koster 13.450 kr.", True),
        ("1/3 af mine medarbejdere bruger det dagligt.", True),
        ("Hvad skal være anderledes, når mødet slutter?", True),
        ("tidligere havde formuleret det sådan.", False),  # starts mid-sentence
        ("Uddannelsen består af tre hele dage", False),  # no full stop
        ("”Det er vigtigt, siger hun.", False),  # unbalanced quotation
        ("Det skal vi!", False),  # too short to stand as a quote
        ("Mens læreprocesser foregår i det mentale domæne, tager den afsæt i, hvad sanserne siger:", False),
    ],
)
def test_quotable(text, ok):
    assert is_quotable(text) is ok


def test_the_bundled_corpus_has_quotable_sentences_on_every_page_but_the_cover():
    pages = sorted(Path(__file__).resolve().parents[2].glob("corpus/*/pages/*.txt"))
    assert len(pages) == 20
    # The cover has teasers and headings only ("Uddan dig!"), no sentence to quote.
    assert not any(s.quotable for s in page_sentences(pages[0].read_text(encoding="utf-8")))
    for p in pages[1:]:
        assert any(s.quotable for s in page_sentences(p.read_text(encoding="utf-8"))), p.name
