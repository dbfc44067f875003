"""A learned second signal over the message's query embedding (docs/privacy.md § 4.3, § 5).

The rules name the concepts they know; a new writer uses other everyday words for the same
concept. A linear classifier over the multilingual-e5 query embedding (the vector retrieval
computes for the message anyway) recognises the *meaning* "something sensitive is said about
someone" or "the bot is asked to make this decision" beyond the rules' vocabulary. It is only
ever an OR-signal inside a gate the rules open:

* privacy: used only when the rules already see an identifiable private person (or private
  contact data, or a birth date) and found no detail themselves, so it can never refuse on
  keywords alone;
* decisions: used only when the message holds a concrete action (the rules' action concept) and
  does not open as a knowledge, drafting or legality question.

Weights, bias and threshold are trained by `scripts/build_guard_model.py` and stored in
`retrieval/data/guard_model.tsv` together with the id of the embedder they were trained on.
A signal may also carry a word part (round 7, the decision signal): TF-IDF weights of the
message's words and word pairs (`retrieval/data/guard_terms.tsv`), because the form of a
request ("skal vi …", "should we …", "hvad ville du …") is said in a few words that a sentence
embedding blurs. The threshold is chosen on the training data (above every, or nearly every,
training look-alike inside the gate; docs/privacy.md § 4.3 says which, measured by
leave-one-writer-out).

The embedding is passed in by the caller (`check(text, names, embedding=...)`): either the
vector itself or a zero-argument callable that returns it, so the caller can compute it lazily
and share it with retrieval. Without an embedding the guard is rules only.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

import numpy as np

from .lexicon import DATA_DIR

__all__ = [
    "Embedding",
    "LearnedModel",
    "LinearSignal",
    "learned_embedder_id",
    "model",
    "resolve",
    "score",
    "term_features",
]

# What callers may pass: the query vector, a callable returning it (called at most once, only
# when a gate opens), or None (rules only).
Embedding = np.ndarray | Callable[[], np.ndarray] | None

MODEL_FILE = DATA_DIR / "guard_model.tsv"
TERMS_FILE = DATA_DIR / "guard_terms.tsv"

# The word tokens of scikit-learn's TfidfVectorizer (lower-cased runs of two or more word
# characters), so serving computes exactly the features the model was trained on.
_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def term_features(text: str, idf: dict[str, float]) -> dict[str, float]:
    """The message's TF-IDF vector over a known vocabulary: words and adjacent word pairs,
    sublinear term frequency (1 + ln tf) times idf, L2-normalised; unknown terms are dropped."""
    words = _TOKEN.findall(text.lower())
    counts = Counter(words + [f"{a} {b}" for a, b in pairwise(words)])
    vec = {t: (1.0 + math.log(n)) * idf[t] for t, n in counts.items() if t in idf}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm else {}


@dataclass(frozen=True)
class LinearSignal:
    """w·x + b (+ the word part's weights · TF-IDF(text)) > threshold."""

    weights: np.ndarray
    bias: float
    threshold: float
    idf: dict[str, float] = field(default_factory=dict)
    term_weights: dict[str, float] = field(default_factory=dict)

    def score(self, vec: np.ndarray, text: str = "") -> float:
        s = float(np.dot(self.weights, vec) + self.bias)
        if self.idf and text:
            s += sum(v * self.term_weights.get(t, 0.0) for t, v in term_features(text, self.idf).items())
        return s

    def fires(self, vec: np.ndarray, text: str = "") -> bool:
        return self.score(vec, text) > self.threshold


@dataclass(frozen=True)
class LearnedModel:
    embedder: str
    dim: int
    signals: dict[str, LinearSignal]


@cache
def model() -> LearnedModel | None:
    """The trained signals, read once; None when the model file is absent."""
    try:
        raw = MODEL_FILE.read_text(encoding="utf-8")
    except OSError:
        return None
    embedder = ""
    signals: dict[str, LinearSignal] = {}
    terms = _read_terms()
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "embedder":
            embedder = fields[1]
            continue
        name, threshold, bias, *weights = fields
        idf, term_weights = terms.get(name, ({}, {}))
        signals[name] = LinearSignal(
            np.asarray([float(w) for w in weights], dtype=np.float32), float(bias), float(threshold), idf, term_weights
        )
    if not signals:
        return None
    dims = {s.weights.shape[0] for s in signals.values()}
    if len(dims) != 1:
        raise RuntimeError(f"guard: inconsistent model file {MODEL_FILE}")
    return LearnedModel(embedder, dims.pop(), signals)


def _read_terms() -> dict[str, tuple[dict[str, float], dict[str, float]]]:
    """signal -> (idf, weight) per term, from TERMS_FILE (absent: no word parts)."""
    out: dict[str, tuple[dict[str, float], dict[str, float]]] = {}
    try:
        raw = TERMS_FILE.read_text(encoding="utf-8")
    except OSError:
        return out
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        name, term, idf, weight = line.split("\t")
        idfs, weights = out.setdefault(name, ({}, {}))
        idfs[term] = float(idf)
        weights[term] = float(weight)
    return out


def learned_embedder_id() -> str | None:
    """The id of the embedder the signals were trained on (`Embedder.id`); pass an embedding
    only when the serving embedder has this id."""
    m = model()
    return m.embedder if m else None


def resolve(embedding: Embedding) -> np.ndarray | None:
    """The vector from what the caller passed (calling a callable), or None."""
    if embedding is None:
        return None
    vec = embedding() if callable(embedding) else embedding
    arr = np.asarray(vec, dtype=np.float32).reshape(-1)
    m = model()
    if m is None or arr.shape[0] != m.dim:
        return None  # another embedder: its space is not the one the signals were trained in
    return arr


def score(name: str, embedding: Embedding, text: str = "") -> bool:
    """Whether signal `name` ("privacy" or "decision") fires for this embedding (and, for a
    signal with a word part, this text). False when there is no model, no such signal or no
    usable embedding."""
    m = model()
    if m is None or name not in m.signals:
        return False
    vec = resolve(embedding)
    return vec is not None and m.signals[name].fires(vec, text)
