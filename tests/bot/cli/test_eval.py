"""`ledelsesbot eval` in-process: metrics on the shared dev set, the privacy filter's report,
and a clear exit 2 for a broken case file."""

from __future__ import annotations

import json

import pytest

from retrieval.settings import REPO_ROOT

SHARED_EVAL = REPO_ROOT.parent / "shared" / "eval"


def test_eval_prints_metrics(invoke):
    cases = SHARED_EVAL / "dev.jsonl"
    if not cases.exists():
        pytest.skip("shared/eval not present")
    res = invoke("eval", "--cases", str(cases), "--json")
    assert res.exit_code == 0, res.output
    m = json.loads(res.stdout)
    for key in (
        "first_citation_hit",
        "any_citation_hit",
        "answered_rate",
        "out_of_scope_abstain",
        "latency_ms_p50",
        "latency_ms_p95",
    ):
        assert key in m
    assert m["answerable_refused"] == 0


def test_eval_privacy_reports_the_filter(invoke):
    cases = SHARED_EVAL / "privacy-dev.jsonl"
    if not cases.exists():
        pytest.skip("shared/eval not present")
    res = invoke("eval", "--privacy", str(cases), "--json")
    assert res.exit_code == 0, res.output
    assert isinstance(json.loads(res.stdout), dict)


def test_eval_bad_cases_file(invoke, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    res = invoke("eval", "--cases", str(bad))
    assert res.exit_code == 2 and "bad.jsonl:1" in res.stderr
    assert invoke("eval").exit_code == 2  # neither --cases nor --privacy
