"""A whole-message classifier: the second opinion on the rules' verdict (docs/privacy.md § 4.4).

The rules name who someone is and what is sensitive in words their authors thought of; a new
writer finds other words, and rules written message by message did not carry over to new writers
(docs/privacy.md § 8.16). This classifier reads the whole message at once: a logistic regression
over character n-grams within words (2–5, the compounds and inflections), words and word pairs,
and the message's query vector, trained on every released writer's labelled messages
(`scripts/build_guard_text_model.py`). Measured leave-one-writer-out, it is used only where it is
confident:

* above `add`, a message the rules allow is refused ("sensitive_detail");
* below `veto`, a message the rules refuse for a detail (not a CPR number, contact data, a case
  record or a thread's context) is answered.

Serving computes exactly the features the model was trained on (scikit-learn's `char_wb` and word
analyzers with sublinear TF, IDF and L2 norm per view), so scikit-learn is needed only to build it.
Without the model file, or without the vector from the embedder it was trained with, the rules
stand alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from .learned import term_features
from .lexicon import DATA_DIR

__all__ = [
    "CHAR_NGRAMS",
    "DECISION_MODEL_FILE",
    "MODEL_FILE",
    "SOFT_EXEMPT",
    "TextModel",
    "char_features",
    "decision_model",
    "model",
]

MODEL_FILE = DATA_DIR / "guard_text_model.tsv"
# (round 13) the same kind of classifier for decision requests (docs/privacy.md § 5.8)
DECISION_MODEL_FILE = DATA_DIR / "decision_text_model.tsv"
CHAR_NGRAMS = (2, 5)
# Refusals the classifier never overrules: a direct identifier, a case file, a reply to a refused
# message — the rule is the whole reason there, not a reading of the words.
SOFT_EXEMPT = frozenset({"cpr_number", "contact_details", "case_record", "thread_context"})
_MULTI_SPACE = re.compile(r"\s\s+")


def char_features(text: str, idf: dict[str, float]) -> dict[str, float]:
    """scikit-learn's `char_wb` n-grams (each whitespace-separated word padded with one space,
    n from CHAR_NGRAMS, a word shorter than n counted once) as sublinear TF-IDF over a known
    vocabulary, L2-normalised; unknown n-grams are dropped, as the vectorizer drops them."""
    lo, hi = CHAR_NGRAMS
    grams: list[str] = []
    for word in _MULTI_SPACE.sub(" ", text.lower()).split():
        w = f" {word} "
        for n in range(lo, hi + 1):
            offset = 0
            grams.append(w[offset : offset + n])
            while offset + n < len(w):
                offset += 1
                grams.append(w[offset : offset + n])
            if offset == 0:
                break
    counts = Counter(g for g in grams if g in idf)
    vec = {g: (1.0 + math.log(c)) * idf[g] for g, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {g: v / norm for g, v in vec.items()} if norm else {}


@dataclass(frozen=True)
class TextModel:
    embedder: str
    bias: float
    add: float
    veto: float
    vector_weights: np.ndarray
    char_idf: dict[str, float]
    char_weights: dict[str, float]
    word_idf: dict[str, float]
    word_weights: dict[str, float]

    def score(self, text: str, vector: np.ndarray) -> float:
        """The classifier's margin for `text` with its query `vector` (> 0 leans to refuse)."""
        s = self.bias + float(np.dot(self.vector_weights, vector))
        s += sum(v * self.char_weights[g] for g, v in char_features(text, self.char_idf).items())
        s += sum(v * self.word_weights[t] for t, v in term_features(text, self.word_idf).items())
        return s


@cache
def model() -> TextModel | None:
    """The privacy classifier, read once; None when the file is absent."""
    return load(MODEL_FILE)


@cache
def decision_model() -> TextModel | None:
    """The decision-request classifier, read once; None when the file is absent."""
    return load(DECISION_MODEL_FILE)


def load(path: Path) -> TextModel | None:
    """A classifier from its TSV file (see scripts/build_guard_text_model.py); None when absent."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError:
        return None
    head: dict[str, str] = {}
    vector: list[float] = []
    parts: dict[str, tuple[dict[str, float], dict[str, float]]] = {"c": ({}, {}), "w": ({}, {})}
    for line in raw.split("\n"):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if fields[0] in parts and len(fields) == 4:
            idf, weights = parts[fields[0]]
            idf[fields[1]] = float(fields[2])
            weights[fields[1]] = float(fields[3])
        elif fields[0] == "vector":
            vector = [float(v) for v in fields[1:]]
        else:
            head[fields[0]] = fields[1]
    return TextModel(
        embedder=head.get("embedder", ""),
        bias=float(head["bias"]),
        add=float(head["add"]),
        veto=float(head["veto"]),
        vector_weights=np.asarray(vector, dtype=np.float32),
        char_idf=parts["c"][0],
        char_weights=parts["c"][1],
        word_idf=parts["w"][0],
        word_weights=parts["w"][1],
    )
