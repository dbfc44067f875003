"""Hybrid retrieval: dense (FAISS) + BM25 over stems + BM25 over character 4-grams, fused by
reciprocal rank, plus a coverage score that says whether the magazine covers the question.

Weights and the coverage threshold were chosen on the dev set and are recorded with their
measurements in docs/retrieval.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from .chunking import Passage
from .embedding import Embedder
from .index import SearchIndex
from .lexical import stem_tokens

RRF_K = 60
WEIGHTS = {"dense": 1.0, "char": 1.0, "stem": 0.25}
DENSE_CANDIDATES = 100
# Coverage = DENSE_SCALE × dense margin + STEM_WEIGHT × rare-term coverage (see `search`).
DENSE_SCALE = 100.0
STEM_WEIGHT = 3.0
COVERAGE_PASSAGES = 3
# Cover teasers restate what an article says; when both match, cite the article's own page.
COVER_WEIGHT = 0.7


@dataclass(frozen=True)
class Hit:
    """A passage with its fused score and the per-retriever evidence."""

    passage: Passage
    score: float
    dense: float
    char: float


@dataclass(frozen=True)
class SearchResult:
    """Ranked hits plus the coverage signal used for abstention."""

    hits: list[Hit]
    coverage: float


def _ranks(scores: np.ndarray) -> np.ndarray:
    order = np.argsort(-scores, kind="stable")
    ranks = np.empty(len(scores), dtype=np.float64)
    ranks[order] = np.arange(len(scores))
    return ranks


def search(index: SearchIndex, embedder: Embedder, query: str, k: int = 10) -> SearchResult:
    """Rank passages for `query` and compute coverage.

    Coverage = 100 × (best dense cosine − the query's mean cosine to the whole corpus)
             + 3 × (IDF-weighted share of the query's word stems found in the top 3 passages).
    The first term is relative, so Danish and English questions (whose absolute cosines differ)
    compare; the second rescues short questions on a rare magazine term ("skyggearbejde"),
    where the dense margin of a one-word query is small, and stays low when the question's
    content words are absent from the magazine.
    """
    n = len(index.passages)
    if n == 0:
        return SearchResult([], 0.0)
    qv = embedder.embed_query(query)
    ids, cos = index.dense_scores(qv, min(DENSE_CANDIDATES, n))
    dense = np.full(n, -1.0, dtype=np.float64)
    dense[ids] = cos
    dense_missing = np.ones(n, dtype=bool)
    dense_missing[ids] = False
    char = index.lexical["char"].scores(query).astype(np.float64)
    stem = index.lexical["stem"].scores(query).astype(np.float64)
    fused = np.zeros(n, dtype=np.float64)
    for name, s in (("dense", dense), ("char", char), ("stem", stem)):
        r = _ranks(s)
        contrib = WEIGHTS[name] / (RRF_K + r + 1)
        # A retriever votes only for passages it actually found: lexical ones for passages
        # sharing a term, the dense one for its top DENSE_CANDIDATES (the rest have no score,
        # and ranking them by id would favour older issues).
        contrib[dense_missing if name == "dense" else (s <= 0)] = 0.0
        fused += contrib
    fused[index.cover_mask] *= COVER_WEIGHT
    top = np.argsort(-fused, kind="stable")[:k]
    hits = [Hit(index.passages[i], float(fused[i]), float(dense[i]), float(char[i])) for i in top]
    best = float(cos[0]) if len(cos) else 0.0
    margin = best - float(qv @ index.centroid)
    coverage = DENSE_SCALE * margin + STEM_WEIGHT * stem_coverage(index, query, hits[:COVERAGE_PASSAGES])
    return SearchResult(hits, coverage)


def stem_coverage(index: SearchIndex, query: str, hits: list[Hit]) -> float:
    """IDF-weighted share of the query's stems that occur in `hits` (0..1). A stem the corpus
    never uses gets the highest weight, so questions about absent topics score low."""
    qs = set(stem_tokens(query))
    if not qs:
        return 0.0
    n = len(index.passages)
    found: set[str] = set()
    for h in hits:
        found |= index.passage_stems(h.passage.id)

    def idf(t: str) -> float:
        return math.log(1.0 + n / (index.stem_df.get(t, 0) + 0.5))

    total = sum(idf(t) for t in qs)
    return sum(idf(t) for t in qs & found) / total if total else 0.0
