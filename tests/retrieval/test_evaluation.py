"""`ledelsesbot eval --cases` metrics: totals, the issue check and the per-style table."""

from __future__ import annotations

from retrieval.evaluation import evaluate, format_report
from retrieval.models import Answer, Citation


def _answer(*pages: tuple[str, int]) -> Answer:
    if not pages:
        return Answer(status="no_answer", text="Det dækker Offentlig Ledelse ikke.", reason="not_covered")
    return Answer(status="answered", text="…", citations=[Citation(i, "A", p, "citat", 1.0) for i, p in pages])


CASES = [
    {"id": "a", "kind": "answerable", "question": "qa", "gold_pages": [3], "style": "rubric"},
    {"id": "b", "kind": "answerable", "question": "qb", "gold_pages": [5], "style": "rubric"},
    {"id": "c", "kind": "answerable", "question": "qc", "gold_pages": [7], "style": "english"},
    {"id": "d", "kind": "answerable", "question": "qd", "gold_pages": [2], "style": "english", "issue": "03/2024"},
    {"id": "o1", "kind": "out_of_scope", "question": "qo1", "style": "law"},
    {"id": "o2", "kind": "out_of_scope", "question": "qo2", "style": "law"},
]
ANSWERS = {
    "qa": _answer(("01/2024", 3)),  # first hit
    "qb": _answer(("01/2024", 4), ("01/2024", 5)),  # any hit only
    "qc": _answer(),  # abstained
    "qd": _answer(("01/2024", 2)),  # right page of the wrong issue: no hit
    "qo1": _answer(),
    "qo2": _answer(("01/2024", 9)),
}


def test_totals_and_the_issue_check():
    m = evaluate(CASES, lambda q: ANSWERS[q])
    assert (m["first_citation_hit"], m["any_citation_hit"], m["answered_rate"]) == (0.25, 0.5, 0.75)
    assert m["out_of_scope_abstain"] == 0.5
    assert {x["id"] for x in m["misses"]} == {"b", "c", "d"}


def test_per_style_rates_are_reported():
    m = evaluate(CASES, lambda q: ANSWERS[q])
    rows = {(r["kind"], r["style"]): r for r in m["by_style"]}
    assert rows[("answerable", "rubric")] == {
        "kind": "answerable",
        "style": "rubric",
        "n": 2,
        "first_citation_hit": 0.5,
        "any_citation_hit": 1.0,
        "answered_rate": 1.0,
    }
    assert rows[("answerable", "english")]["answered_rate"] == 0.5
    assert rows[("out_of_scope", "law")] == {
        "kind": "out_of_scope",
        "style": "law",
        "n": 2,
        "out_of_scope_abstain": 0.5,
    }
    report = format_report(m)
    assert "per style" in report and "answerable: rubric" in report and "out of scope: law" in report


def test_cases_without_styles_print_no_style_table():
    cases = [{k: v for k, v in c.items() if k != "style"} for c in CASES]
    m = evaluate(cases, lambda q: ANSWERS[q])
    assert m["by_style"] == [] and "per style" not in format_report(m)
