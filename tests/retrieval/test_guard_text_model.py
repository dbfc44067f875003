"""The whole-message classifier (retrieval/guard/text_model.py, docs/privacy.md § 4.4): its features
are scikit-learn's, its model file loads, and `check` lets it overrule the rules only where it is
confident and never for a direct identifier — with a stand-in model, so the logic is tested apart
from what real messages embed to."""

from __future__ import annotations

import math

import numpy as np
import pytest

from retrieval.guard import check, learned_embedder_id
from retrieval.guard import rule as rule_module
from retrieval.guard.text_model import SOFT_EXEMPT, TextModel, char_features, model


def test_character_ngrams_are_scikit_learns_char_wb() -> None:
    # " ab " padded: n=2 " a","ab","b "; n=3 " ab","ab "; n=4 " ab " — and no further n: a word
    # whose padded form fits in one n-gram ends the loop (scikit-learn's `_char_wb_ngrams`)
    grams = [" a", "ab", "b ", " ab", "ab ", " ab "]
    idf = dict.fromkeys(grams, 1.0)
    feats = char_features("AB", idf)
    assert feats == pytest.approx(dict.fromkeys(grams, 1 / math.sqrt(6)))
    # a repeated n-gram counts sublinearly: 1 + ln 2
    two = char_features("ab ab", idf)
    assert two["ab"] == pytest.approx(1 / math.sqrt(6))
    assert char_features("  ", idf) == {}
    assert char_features("zz", idf) == {}  # unknown n-grams are dropped, as the vectorizer drops them


def test_the_model_file_loads_for_the_bundled_embedder() -> None:
    tm = model()
    assert tm is not None
    assert tm.embedder == learned_embedder_id()
    assert tm.vector_weights.shape == (384,) and np.isfinite(tm.vector_weights).all()
    assert tm.veto < 0 < tm.add
    assert len(tm.char_idf) > 10_000 and len(tm.word_idf) > 1_000


def _stand_in(score: float) -> TextModel:
    """A model whose score is `score` for every message (bias only)."""
    return TextModel("stand-in", score, 3.0, -3.0, np.zeros(384, dtype=np.float32), {}, {}, {}, {})


VEC = np.zeros(384, dtype=np.float32)


@pytest.mark.parametrize(
    ("text", "score", "refused"),
    [
        # the rules allow; a confident classifier refuses, an unsure one does not
        ("Hvordan planlægger jeg sommerferien i afdelingen?", 5.0, True),
        ("Hvordan planlægger jeg sommerferien i afdelingen?", 2.0, False),
        # the rules refuse for a detail; a confident "harmless" answers, an unsure one does not
        ("Jonna fra lønkontoret er sygemeldt med stress.", -5.0, False),
        ("Jonna fra lønkontoret er sygemeldt med stress.", -2.0, True),
        # a direct identifier is never overruled
        ("Kan du slå 170884-2563 op?", -9.0, True),
        ("Ring til Mette på 28 76 56 54 i aften.", -9.0, True),
    ],
)
def test_the_classifier_overrules_only_where_it_is_confident(
    monkeypatch: pytest.MonkeyPatch, text: str, score: float, refused: bool
) -> None:
    monkeypatch.setattr(rule_module, "text_model", lambda: _stand_in(score))
    assert check(text, embedding=VEC).refused is refused


def test_without_a_vector_or_with_another_size_the_rules_stand_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rule_module, "text_model", lambda: _stand_in(9.0))
    harmless = "Hvordan planlægger jeg sommerferien i afdelingen?"
    assert not check(harmless).refused
    assert not check(harmless, embedding=np.ones(8, dtype=np.float32)).refused
    assert check(harmless, embedding=VEC).refused


def test_a_lazy_vector_is_computed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(rule_module, "text_model", lambda: _stand_in(0.0))
    calls: list[int] = []

    def vector() -> np.ndarray:
        calls.append(1)
        return VEC

    # the rules' learned signal and the classifier both ask for it: one embedding
    check("Jonna fra lønkontoret har det ikke så godt for tiden", embedding=vector)
    assert len(calls) == 1


def test_the_exempt_categories_are_the_rules_own_reasons() -> None:
    assert {"cpr_number", "contact_details", "case_record", "thread_context"} == set(SOFT_EXEMPT)


def test_the_decision_classifier_overrules_only_where_it_is_confident(monkeypatch: pytest.MonkeyPatch) -> None:
    from retrieval import decision

    statement = "Vi holder personalemøde på torsdag."
    request = "Skal jeg fyre den medarbejder, der kommer for sent hver dag?"
    monkeypatch.setattr(decision, "decision_model", lambda: _stand_in(5.0))
    assert decision.is_decision_request(statement, embedding=VEC)
    assert not decision.is_decision_request(statement)  # no vector: the rules alone
    monkeypatch.setattr(decision, "decision_model", lambda: _stand_in(-5.0))
    assert not decision.is_decision_request(request, embedding=VEC)
    monkeypatch.setattr(decision, "decision_model", lambda: _stand_in(0.0))
    assert decision.is_decision_request(request, embedding=VEC)
    assert not decision.is_decision_request(statement, embedding=VEC)


def test_the_decision_model_file_loads() -> None:
    from retrieval.guard.text_model import decision_model

    tm = decision_model()
    assert tm is not None and tm.embedder == learned_embedder_id()
    assert tm.veto < 0 < tm.add
