"""Quotes: whole sentences, no layout debris, at most 300 characters, verbatim on their page —
and the check that guards every composer stays strict."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.quotes import (
    MAX_QUOTE_CHARS,
    is_whole_sentence_quote,
    quote_from_text,
    quote_on_page,
    quote_problems,
)
from retrieval.sentences import page_sentences

PAGE = (
    "Om uddannelsen\n"
    "■ Uddannelsen består af tre hele dage\n"
    "■ Den koster 13.450 kr.\n\n"
    "– Det psykiske arbejdsmiljø fylder rigtig meget i en kommunal familieafdeling, siger hun.\n"
    "Hun anbefaler uddannelsen til andre ledere, fordi den giver konkrete redska-\n"
    "ber til hverdagen.\n"
)
CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_the_quote_is_the_most_relevant_whole_sentence():
    quote, rel = quote_from_text("hvad koster det?", PAGE)
    # Only whole sentences count: the bullet without a full stop is never quoted, nor joined.
    assert quote == "Den koster 13.450 kr."
    assert rel > 0 and quote_on_page(quote, PAGE) and not quote_problems(quote)


def test_a_dialogue_dash_and_a_line_break_hyphen_are_not_quoted():
    quote, _ = quote_from_text("hvorfor anbefaler hun uddannelsen til andre ledere?", PAGE)
    assert quote.startswith("Hun anbefaler uddannelsen") and "redskaber til hverdagen." in quote
    assert quote_on_page(quote, PAGE) and not quote_problems(quote)


def test_no_quotable_sentence_no_quote():
    assert quote_from_text("hvor lang er uddannelsen?", "Om uddannelsen\n■ Tre hele dage\n■ To netværksdage\n") == (
        "",
        0.0,
    )


def test_quote_on_page_skips_only_layout_debris():
    page = "■ Generativ AI er ikke intel-\n\nligens i menneskelig forstand.\nTEMA\nDet er\nmodeller, der gætter."
    assert quote_on_page("Generativ AI er ikke intelligens i menneskelig forstand.", page)
    assert quote_on_page("Det er modeller, der gætter.", page)
    # Words that are not on the page, or in another order, never pass.
    assert not quote_on_page("Generativ AI er intelligens i menneskelig forstand.", page)
    assert not quote_on_page("Det er modeller, der altid gætter.", page)
    assert not quote_on_page("kort", page)
    assert not quote_on_page("Generativ AI er ikke intelligens i menneskelig forstand.", None)


@pytest.mark.parametrize(
    "quote,problem",
    [
        ("…mødet slutter? 2.", "sentence start"),
        ("Vi har en medarbejder ■ En digital spørgeramme.", "bullet"),
        ("2. Opstil retningslinjer for brugen af AI.", "list number"),
        ("Det gælder automa- tisering af opgaver.", "line-break hyphen"),
        ("Uddannelsen består af tre hele dage", "sentence end"),
        ("Det er " + "meget " * 60 + "langt.", "too long"),
        ("AF JOURNALIST KRISTINA HERLEV WULFF skrev artiklen om uddannelsen.", "capitals"),
    ],
)
def test_quote_problems_name_the_debris(quote, problem):
    assert problem in quote_problems(quote)


def test_suspended_compounds_are_no_debris():
    assert quote_problems("Det gælder telefon- eller e-mailsupport og børne- og ungeområdet.") == []


@pytest.mark.parametrize("page", sorted(CORPUS.glob("*/pages/*.txt")), ids=lambda p: p.name)
def test_every_quote_from_the_bundled_corpus_is_whole_and_on_its_page(page: Path):
    # For each sentence of the page used as a question, the picked quote must be clean.
    text = page.read_text(encoding="utf-8")
    for s in page_sentences(text)[:25]:
        quote, _ = quote_from_text(s.text, text)
        if not quote:
            continue
        assert is_whole_sentence_quote(quote) and len(quote) <= MAX_QUOTE_CHARS, quote
        assert not quote_problems(quote), (quote, quote_problems(quote))
        assert quote_on_page(quote, text), quote
