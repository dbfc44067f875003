"""The first citation is a passage that holds the value a count/amount/time question asks for."""

from __future__ import annotations

from retrieval.answer_type import holds_answer
from retrieval.chunking import Passage
from retrieval.citations import select_citations
from retrieval.search import Hit

PAGES = {
    7: "Forskeren taler om skolen. Lærerne bruger AI i undervisningen hver dag.",
    8: "I dag går der 24 elever på én lærer, siger forskeren. Det kan AI ændre.",
    9: "Kurset er åbent for alle ledere i kommunen.",
}


def _hit(pid: int, page: int, score: float) -> Hit:
    text = PAGES[page]
    return Hit(Passage(pid, "01/2024", page, "Artikel", text, (text,)), score, 0.8, 1.0)


def _page_text(issue: str, page: int) -> str | None:
    return PAGES.get(page)


def test_holds_answer_by_kind() -> None:
    q = "Hvor mange elever går der på én lærer ifølge forskeren?"
    assert holds_answer(q, q, PAGES[8]) is True
    assert holds_answer(q, q, PAGES[7]) is False
    assert holds_answer("Hvem er forskeren?", "Hvem er forskeren?", PAGES[7]) is None
    assert holds_answer("Hvad koster kurset?", "Hvad koster kurset?", PAGES[9]) is False


def test_a_passage_with_the_asked_count_is_cited_first() -> None:
    q = "Hvor mange elever går der på én lærer ifølge forskeren?"
    hits = [_hit(1, 7, 1.0), _hit(2, 8, 0.9)]
    cands = select_citations(q, hits, _page_text)
    assert [c.page for c in cands] == [8, 7]


def test_only_within_the_floor_and_only_when_the_first_lacks_it() -> None:
    q = "Hvor mange elever går der på én lærer ifølge forskeren?"
    # ranked far below the first: the ranking stands
    assert [c.page for c in select_citations(q, [_hit(1, 7, 1.0), _hit(2, 8, 0.5)], _page_text)] == [7]
    # the first already holds a count of pupils: the ranking stands
    assert [c.page for c in select_citations(q, [_hit(2, 8, 1.0), _hit(1, 7, 0.95)], _page_text)] == [8, 7]
    # a question that asks for no count, amount or time keeps the ranking
    q2 = "Hvad siger forskeren om AI i skolen?"
    assert [c.page for c in select_citations(q2, [_hit(1, 7, 1.0), _hit(2, 8, 0.9)], _page_text)] == [7, 8]
