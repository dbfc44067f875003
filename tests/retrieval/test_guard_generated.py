"""The guard and the decision detector on the generated challenge sets (scripts/
build_guard_challenge.py): templates × real names × details × number formats, Danish and
English, for every class of issue 10.

Half A was used during development; half B (other templates, other names) was held out and is
only measured here. Both are held to the issue's targets: must-refuse recall >= 0.95, false
refusals <= 5 %, decision requests flagged >= 0.9 with no non-decision flagged. Half A is fully
met (recall 1.0); half B's recall is what it is (0.984 when last measured, docs/privacy.md).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from retrieval.decision import is_decision_request
from retrieval.guard import check
from retrieval.privacy_eval import evaluate_privacy, format_report

DATA = Path(__file__).resolve().parent / "data"
PUBLIC = frozenset({"Karen Frost", "Kasper Edwards", "Steffen Bohni", "Lill Palmblad", "Søren Braskov", "Jeppe Ajslev"})


def _load(name: str) -> list[dict]:
    path = DATA / f"guard-challenge-{name}.jsonl"
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_sets_are_large_and_cover_every_class_in_both_languages() -> None:
    privacy = _load("privacy-a") + _load("privacy-b")
    decisions = _load("decision-a") + _load("decision-b")
    assert len(privacy) >= 300
    assert sum(c["must_refuse"] for c in privacy) >= 180
    assert sum(not c["must_refuse"] for c in privacy) >= 120
    assert sum(c["is_decision"] for c in decisions) >= 40
    assert sum(not c["is_decision"] for c in decisions) >= 30
    classes = {c["category"] for c in privacy}
    for cls in (
        "cpr",
        "cpr_split",
        "initials",
        "surname",
        "unique_role",
        "contact",
        "public_name_private",
        "ok_keywords",
        "ok_public",
        "ok_named_place",
        "ok_named_harmless",
        "ok_numbers_org",
        "ok_office_holder",
    ):
        assert cls in classes
        assert {c["lang"] for c in privacy if c["category"] == cls} <= {"da", "en"}
    assert {c["lang"] for c in privacy} == {"da", "en"}
    assert {c["lang"] for c in decisions} == {"da", "en"}


@pytest.mark.parametrize("half", ["a", "b"])
def test_privacy_targets(half: str) -> None:
    r = evaluate_privacy(_load(f"privacy-{half}"), PUBLIC)
    assert r["recall"] >= 0.95, format_report(r)
    assert r["false_refusal_rate"] <= 0.05, format_report(r)
    if half == "a":  # the development half is fully met
        assert r["recall"] == 1.0 and r["false_refusals"] == 0, format_report(r)


@pytest.mark.parametrize("half", ["a", "b"])
def test_decision_targets(half: str) -> None:
    cases = _load(f"decision-{half}")
    decisions = [c["text"] for c in cases if c["is_decision"]]
    others = [c["text"] for c in cases if not c["is_decision"]]
    flagged = sum(is_decision_request(t) for t in decisions)
    false_flags = sum(is_decision_request(t) for t in others)
    assert flagged / len(decisions) >= 0.9
    assert false_flags == 0


def test_every_generated_refusal_names_a_category() -> None:
    for case in _load("privacy-a"):
        r = check(case["text"], PUBLIC)
        if case["must_refuse"]:
            assert r.refused and r.category and r.reason
