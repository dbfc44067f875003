"""Quotes: whole sentences, no layout debris, at most 300 characters, verbatim on their page —
and the check that guards every composer stays strict."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.quotes import (
    MAX_QUOTE_CHARS,
    is_headline,
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
        # a page without a quotable sentence (the cover) is quoted by a headline
        headline_page = not any(x.quotable for x in page_sentences(text))
        assert is_whole_sentence_quote(quote) or (headline_page and is_headline(quote)), quote
        assert len(quote) <= MAX_QUOTE_CHARS
        assert not quote_problems(quote, headline_ok=headline_page), (quote, quote_problems(quote))
        assert quote_on_page(quote, text), quote


def test_a_page_without_sentences_is_quoted_by_its_headline() -> None:
    from retrieval.quotes import quote_from_text, quote_on_page, quote_problems

    cover = "[[artikel: Forside]]\n01\n\nTEMA\n\nGOD LEDELSE\nAF MØDER\n– sådan gør du\nSIDE 4\n\nSeniorliv:\n\nTag snakken\nom pension\n\nSIDE 9\n"
    quote, rel = quote_from_text("Hvad står der på forsiden om pension?", cover)
    assert quote == "Seniorliv: Tag snakken om pension"
    assert rel > 0 and quote_on_page(quote, cover) and quote_problems(quote, headline_ok=True) == []
    # a question sharing no word still gets the page's first headline, with relevance 0
    quote, rel = quote_from_text("what is on the front?", cover)
    assert quote.startswith("GOD LEDELSE AF MØDER") and rel == 0.0 and quote_on_page(quote, cover)
    # a page with a quotable sentence is quoted by a sentence, never a headline
    page = cover + "\nDette er en hel sætning om pension og seniorliv.\n"
    assert quote_from_text("pension", page)[0].endswith(".")
