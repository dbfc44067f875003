"""Hybrid retrieval: dense (FAISS) + BM25 over stems + BM25 over character 4-grams, fused by
reciprocal rank, plus a coverage score that says whether the magazine covers the question.

Weights and the coverage threshold were chosen on the dev set and are recorded with their
measurements in docs/retrieval.md.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .chunking import Passage
from .embedding import Embedder
from .index import SearchIndex
from .lexical import char_ngrams

RRF_K = 60
WEIGHTS = {"dense": 1.0, "char": 1.0, "stem": 0.25}
DENSE_CANDIDATES = 100
CHAR_RATIO_CAP = 1.5


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

    Coverage = 100 × (best dense cosine − the query's mean cosine to the whole corpus) plus the
    best char-gram BM25 score per query n-gram (capped). The first term is relative, so it is
    comparable across Danish and English questions, whose absolute cosines differ.
    """
    n = len(index.passages)
    if n == 0:
        return SearchResult([], 0.0)
    qv = embedder.embed_query(query)
    ids, cos = index.dense_scores(qv, min(DENSE_CANDIDATES, n))
    dense = np.full(n, -1.0, dtype=np.float64)
    dense[ids] = cos
    char = index.lexical["char"].scores(query).astype(np.float64)
    stem = index.lexical["stem"].scores(query).astype(np.float64)
    fused = np.zeros(n, dtype=np.float64)
    for name, s in (("dense", dense), ("char", char), ("stem", stem)):
        r = _ranks(s)
        contrib = WEIGHTS[name] / (RRF_K + r + 1)
        if name != "dense":
            contrib[s <= 0] = 0.0  # a lexical retriever with no match casts no vote
        fused += contrib
    top = np.argsort(-fused, kind="stable")[:k]
    hits = [Hit(index.passages[i], float(fused[i]), float(dense[i]), float(char[i])) for i in top]
    best = float(cos[0]) if len(cos) else 0.0
    margin = best - float(qv @ index.centroid)
    nq = max(len(char_ngrams(query)), 1)
    coverage = 100.0 * margin + min(float(char.max()) / nq, CHAR_RATIO_CAP)
    return SearchResult(hits, coverage)
