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
The threshold is set above every training look-alike inside the gate, so on the training data
the signal adds no false refusal or false flag.

The embedding is passed in by the caller (`check(text, names, embedding=...)`): either the
vector itself or a zero-argument callable that returns it, so the caller can compute it lazily
and share it with retrieval. Without an embedding the guard is rules only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import numpy as np

from .lexicon import DATA_DIR

__all__ = ["Embedding", "LearnedModel", "LinearSignal", "learned_embedder_id", "model", "resolve", "score"]

# What callers may pass: the query vector, a callable returning it (called at most once, only
# when a gate opens), or None (rules only).
Embedding = np.ndarray | Callable[[], np.ndarray] | None

MODEL_FILE = DATA_DIR / "guard_model.tsv"


@dataclass(frozen=True)
class LinearSignal:
    """w·x + b > threshold."""

    weights: np.ndarray
    bias: float
    threshold: float

    def score(self, vec: np.ndarray) -> float:
        return float(np.dot(self.weights, vec) + self.bias)

    def fires(self, vec: np.ndarray) -> bool:
        return self.score(vec) > self.threshold


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
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] == "embedder":
            embedder = fields[1]
            continue
        name, threshold, bias, *weights = fields
        signals[name] = LinearSignal(
            np.asarray([float(w) for w in weights], dtype=np.float32), float(bias), float(threshold)
        )
    if not signals:
        return None
    dims = {s.weights.shape[0] for s in signals.values()}
    if len(dims) != 1:
        raise RuntimeError(f"guard: inconsistent model file {MODEL_FILE}")
    return LearnedModel(embedder, dims.pop(), signals)


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


def score(name: str, embedding: Embedding) -> bool:
    """Whether signal `name` ("privacy" or "decision") fires for this embedding. False when
    there is no model, no such signal or no usable embedding."""
    m = model()
    if m is None or name not in m.signals:
        return False
    vec = resolve(embedding)
    return vec is not None and m.signals[name].fires(vec)
