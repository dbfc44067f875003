"""Which passages an answer cites: ranked, page-diverse, relevant, verified candidates.

`select_citations` turns the ranked hits of a search into at most `limit` citation candidates:

* the first is the best-ranked passage whose quote stands verbatim on its page;
* every further one comes from another printed page (at most one per (issue, page)), is chosen
  by maximal marginal relevance — its fused score minus `redundancy` × its highest dense cosine
  to a passage already chosen — so a cover teaser that restates the first citation loses to a
  passage that adds something, and it must still be relevant: a fused score of at least
  `floor` × the best one, and a quote sharing at least one content word stem with the question
  (or its Danish equivalents, for an English question);
* each quote is verified to stand on its cited page (retrieval/quotes.py) before it is returned.

The composer (answer text) only formats what this returns.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .bilingual import lexical_query
from .index import SearchIndex
from .lexical import stem_tokens
from .quotes import pick_quote, quote_on_page
from .search import Hit

# Chosen by cross-validation (scripts/cv_retrieval.py, docs/retrieval.md).
CITATION_FLOOR = 0.5
REDUNDANCY = 0.0
CANDIDATE_POOL = 10


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


def _vector(index: SearchIndex, passage_id: int) -> np.ndarray:
    return np.asarray(index.dense.reconstruct(int(passage_id)), dtype=np.float32)


def select_citations(
    question: str,
    index: SearchIndex,
    hits: list[Hit],
    limit: int = 3,
    floor: float = CITATION_FLOOR,
    redundancy: float = REDUNDANCY,
    pool: int = CANDIDATE_POOL,
) -> list[Candidate]:
    """Ranked, page-diverse, verified citation candidates for `question` (see module docstring)."""
    if not hits or limit <= 0:
        return []
    qstems = set(stem_tokens(lexical_query(question)))
    chosen: list[Candidate] = []
    vectors: list[np.ndarray] = []
    used_pages: set[tuple[str, int]] = set()
    seen_quotes: set[str] = set()
    remaining = list(hits[:pool])
    best_score: float | None = None
    while remaining and len(chosen) < limit:
        if chosen and redundancy:
            def mmr(h: Hit) -> float:
                v = _vector(index, h.passage.id)
                return h.score - redundancy * best_score * max(float(v @ u) for u in vectors)  # type: ignore[operator]

            remaining.sort(key=mmr, reverse=True)
        hit = remaining.pop(0)
        p = hit.passage
        if (p.issue, p.page) in used_pages:
            continue
        if best_score is not None and hit.score < floor * best_score:
            continue
        quote, _rel = pick_quote(question, p.sentences)
        if not quote or quote in seen_quotes:
            continue
        if chosen and qstems and not (qstems & set(stem_tokens(quote))) and not (qstems & set(stem_tokens(p.text))):
            continue  # a further citation must share at least one word with the question
        # Never return a quote that does not stand on the cited page.
        if not quote_on_page(quote, index.page_text(p.issue, p.page)):
            continue
        if best_score is None:
            best_score = hit.score
        chosen.append(Candidate(hit, quote))
        used_pages.add((p.issue, p.page))
        seen_quotes.add(quote)
        if redundancy:
            vectors.append(_vector(index, p.id))
    return chosen
