"""Which passages an answer cites: ranked, page-diverse, relevant, verified candidates.

`select_citations` turns the ranked hits of a search into at most `limit` citation candidates:

* the first is the best-ranked passage whose quote stands verbatim on its page;
* every further one is the next-ranked passage from another printed page (at most one per
  (issue, page)) that is still relevant: a fused score of at least `floor` × the best one, and a
  passage (with its article card) sharing at least one content word stem with the question (or
  its Danish equivalents, for an English question);
* when the question asks for a count, an amount or a time and the best passage holds none, a
  passage ranked just below it (within `floor`, among the next `ANSWER_TYPE_REACH`) that holds
  one is cited first: its page states the asked value (docs/retrieval.md, "Answer-type order");
* each quote is one or two whole sentences from the cited article's part of the page
  (`quotes.quote_from_text`), verified to stand on that page before it is returned.

The composer (answer text) only formats what this returns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .answer_type import holds_answer
from .bilingual import lexical_query
from .lexical import stem_tokens
from .quotes import quote_from_text, quote_on_page
from .search import Hit

PageText = Callable[[str, int], "str | None"]
ArticleText = Callable[[str, int, str], "str | None"]

# Chosen by cross-validation (scripts/cv_retrieval.py, docs/retrieval.md).
CITATION_FLOOR = 0.8
CANDIDATE_POOL = 10
# How far down the ranking a passage holding the asked-for value may come from to be cited first.
ANSWER_TYPE_REACH = 5


@dataclass(frozen=True)
class Candidate:
    """A citation candidate: a ranked passage and the quote picked from it."""

    hit: Hit
    quote: str

    @property
    def issue(self) -> str:
        return self.hit.passage.issue

    @property
    def page(self) -> int:
        return self.hit.passage.page

    @property
    def article(self) -> str:
        return self.hit.passage.article


def select_citations(
    question: str,
    hits: Sequence[Hit],
    page_text: PageText,
    article_text: ArticleText | None = None,
    limit: int = 3,
    floor: float = CITATION_FLOOR,
    pool: int = CANDIDATE_POOL,
) -> list[Candidate]:
    """Ranked, page-diverse, verified citation candidates for `question` (see module docstring);
    `page_text(issue, page)` gives a printed page's text for the quote check, `article_text(issue,
    page, article)` the article's part of it to quote from (the whole page when None)."""
    if not hits or limit <= 0:
        return []
    lq = lexical_query(question)
    qstems = set(stem_tokens(lq))
    hits = _answer_first(question, lq, hits, floor)
    chosen: list[Candidate] = []
    used_pages: set[tuple[str, int]] = set()
    seen_quotes: set[str] = set()
    best_score: float | None = None
    for hit in hits[:pool]:
        if len(chosen) >= limit:
            break
        p = hit.passage
        if (p.issue, p.page) in used_pages:
            continue
        if best_score is not None and hit.score < floor * best_score:
            break  # hits are ranked: none further down is relevant enough either
        page = page_text(p.issue, p.page)
        part = article_text(p.issue, p.page, p.article) if article_text else None
        quote, _rel = quote_from_text(question, part or page or "", p.text)
        if not quote or quote in seen_quotes:
            continue
        if chosen and qstems and not qstems & set(stem_tokens(p.indexed_text)):
            continue  # a further citation must share at least one word with the question
        # Never return a quote that does not stand on the cited page.
        if not quote_on_page(quote, page):
            continue
        if best_score is None:
            best_score = hit.score
        chosen.append(Candidate(hit, quote))
        used_pages.add((p.issue, p.page))
        seen_quotes.add(quote)
    return chosen


def _answer_first(question: str, lq: str, hits: Sequence[Hit], floor: float) -> Sequence[Hit]:
    """`hits`, with the best-ranked passage holding the asked-for value moved to the front when
    the first one holds none (and it ranks within `floor` of the first)."""
    if holds_answer(question, lq, hits[0].passage.text) is not False:
        return hits
    for hit in hits[1 : 1 + ANSWER_TYPE_REACH]:
        if hit.score < floor * hits[0].score:
            break
        if holds_answer(question, lq, hit.passage.text):
            return [hit, *(h for h in hits if h is not hit)]
    return hits
