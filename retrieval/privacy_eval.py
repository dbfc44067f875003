"""Measure the sensitive-data guard and the decision detector on a labelled set.

Reports what trusted PII tools report (shared/docs/sensitive-data.md): recall on the cases that
must be refused (goal 1.0) and, separately, the false-refusal rate on cases that must not be.
For decision-labelled cases it reports the share of decision requests flagged (goal >= 0.9) and
the non-decisions falsely flagged (goal 0). Misses and false refusals/flags are listed by case
id/index and category only — never the case text, so the report is safe to paste into an issue
or a CI log.

Accepted case shapes (one dict per JSONL line):
- privacy set: ``{"text": ..., "must_refuse": bool, "category": ...}``;
- decision set: ``{"text": ..., "is_decision": bool, "category": ...}`` (not counted for the
  guard unless it also has ``must_refuse``);
- question set (shared/eval/dev.jsonl): ``{"id": ..., "kind": ..., "question": ...}`` where
  ``kind == "sensitive"`` means must refuse and ``kind == "decision"`` is a decision request;
- thread set: ``{"turns": [...], "last_must_refuse": bool, "last_is_decision": bool}`` — the
  last message is judged as served after the earlier ones (retrieval/thread_checks.py), with
  the earlier messages the guard would have refused left out of the thread, as the service
  does.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

import numpy as np

from retrieval.decision import is_decision_request
from retrieval.followup import guard_text
from retrieval.guard import GuardResult, check
from retrieval.thread_checks import check_in_thread, decision_in_thread

# The embedder's `embed_query`: enables the guard's learned signals (docs/privacy.md § 4.3).
EmbedFn = Callable[[str], np.ndarray]


def _case_text(case: dict[str, Any]) -> str:
    if "turns" in case:
        turns = case["turns"]
        if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
            raise ValueError("'turns' must be a non-empty list of strings")
        return str(turns[-1])
    text = case.get("text", case.get("question"))
    if not isinstance(text, str):
        # A data error in the case file, not a programming error: ValueError, as before.
        raise ValueError("each case needs a 'text' or 'question' string")
    return text


def _previous(
    case: dict[str, Any], public_names: frozenset[str], embed: EmbedFn | None = None
) -> tuple[list[str], bool]:
    """The thread's earlier messages as the service keeps them (bot/service.py): the questions the
    guard accepted since the thread's last refusal, and whether the last earlier message was refused."""
    kept: list[str] = []
    refused = False
    for turn in case.get("turns", [])[:-1]:
        embedding = partial(embed, turn) if embed else None
        joined = partial(embed, guard_text(kept, turn)) if embed else None
        if check_in_thread(turn, kept, public_names, embedding, after_refusal=refused, thread_embedding=joined).refused:
            kept, refused = [], True
        else:
            kept.append(turn)
            refused = False
    return kept, refused


def _guard(case: dict[str, Any], public_names: frozenset[str], embed: EmbedFn | None) -> GuardResult:
    text = _case_text(case)
    embedding = partial(embed, text) if embed else None
    if "turns" in case:
        kept, refused = _previous(case, public_names, embed)
        joined = partial(embed, guard_text(kept, text)) if embed else None
        return check_in_thread(text, kept, public_names, embedding, after_refusal=refused, thread_embedding=joined)
    return check(text, public_names, embedding=embedding)


def _decides(case: dict[str, Any], public_names: frozenset[str], embed: EmbedFn | None) -> bool:
    """Whether the service frames the reply as a decision request: never for a message the guard
    refuses (the service checks the guard first and the reply is the refusal; answering.py)."""
    if _guard(case, public_names, embed).refused:
        return False
    text = _case_text(case)
    embedding = partial(embed, text) if embed else None
    if "turns" in case:
        kept = _previous(case, public_names, embed)[0]
        joined = partial(embed, guard_text(kept, text)) if embed else None
        return decision_in_thread(text, kept, embedding, joined)
    return is_decision_request(text, embedding=embedding)


def _must_refuse(case: dict[str, Any]) -> bool:
    if "last_must_refuse" in case:
        return bool(case["last_must_refuse"])
    if "must_refuse" in case:
        return bool(case["must_refuse"])
    return case.get("kind") == "sensitive"


def _privacy_labelled(case: dict[str, Any]) -> bool:
    # A decision-only line says nothing about whether it must be refused.
    return "must_refuse" in case or "last_must_refuse" in case or "kind" in case or "is_decision" not in case


def _decision_label(case: dict[str, Any]) -> bool | None:
    if "last_is_decision" in case:
        return bool(case["last_is_decision"])
    if "is_decision" in case:
        return bool(case["is_decision"])
    if "kind" in case:
        return case.get("kind") == "decision"
    return None


def _label(case: dict[str, Any]) -> str:
    return str(case.get("category") or case.get("kind") or "uncategorised")


def evaluate_privacy(
    cases: list[dict[str, Any]], public_names: frozenset[str], embed: EmbedFn | None = None
) -> dict[str, Any]:
    """Run `guard.check` on every case and count hits, misses and false refusals.

    Args:
        cases: labelled cases (see module docstring for the accepted shapes).
        public_names: the allow-list passed to `guard.check`.
        embed: the serving embedder's `embed_query` (its id must be
            `guard.learned_embedder_id()`), called lazily — only when a learned signal's gate
            opens — as in serving; None measures the rules alone.

    Returns:
        A dict with ``total``, ``must_refuse``, ``refused_correctly``, ``recall`` (1.0 when
        there is nothing to refuse), ``must_allow``, ``false_refusals``, ``false_refusal_rate``,
        ``misses`` and ``false_refusal_cases`` (lists of ``{"index", "id", "category"}``),
        ``per_category`` (``{category: {"total", "missed", "false_refusals"}}``) and
        ``guard_categories`` (how often the guard gave each category on correct refusals),
        and ``decision`` — None when no case carries a decision label, else ``{"decisions",
        "flagged", "flagged_rate", "non_decisions", "false_flags", "missed_cases",
        "false_flag_cases", "per_category"}``. No case text is included.
    """
    must_refuse = refused_ok = must_allow = false_ref = 0
    misses: list[dict[str, Any]] = []
    false_cases: list[dict[str, Any]] = []
    per_category: dict[str, dict[str, int]] = {}
    guard_categories: dict[str, int] = {}
    decision = _evaluate_decisions(cases, public_names, embed)
    for index, case in enumerate(cases):
        if not _privacy_labelled(case):
            _case_text(case)  # still validates the shape
            continue
        label = _label(case)
        ref = {"index": index, "id": case.get("id"), "category": label}
        stats = per_category.setdefault(label, {"total": 0, "missed": 0, "false_refusals": 0})
        stats["total"] += 1
        result = _guard(case, public_names, embed)
        if _must_refuse(case):
            must_refuse += 1
            if result.refused:
                refused_ok += 1
                key = result.category or "?"
                guard_categories[key] = guard_categories.get(key, 0) + 1
            else:
                stats["missed"] += 1
                misses.append(ref)
        else:
            must_allow += 1
            if result.refused:
                false_ref += 1
                stats["false_refusals"] += 1
                false_cases.append({**ref, "guard_category": result.category})
    return {
        "total": len(cases),
        "must_refuse": must_refuse,
        "refused_correctly": refused_ok,
        "recall": refused_ok / must_refuse if must_refuse else 1.0,
        "must_allow": must_allow,
        "false_refusals": false_ref,
        "false_refusal_rate": false_ref / must_allow if must_allow else 0.0,
        "misses": misses,
        "false_refusal_cases": false_cases,
        "per_category": per_category,
        "guard_categories": guard_categories,
        "decision": decision,
    }


def _evaluate_decisions(
    cases: list[dict[str, Any]], public_names: frozenset[str], embed: EmbedFn | None = None
) -> dict[str, Any] | None:
    labelled = [(i, c, _decision_label(c)) for i, c in enumerate(cases)]
    labelled = [(i, c, lab) for i, c, lab in labelled if lab is not None]
    if not labelled:
        return None
    decisions = flagged = non_decisions = false_flags = 0
    missed: list[dict[str, Any]] = []
    false_cases: list[dict[str, Any]] = []
    per_category: dict[str, dict[str, int]] = {}
    for index, case, is_decision in labelled:
        label = _label(case)
        ref = {"index": index, "id": case.get("id"), "category": label}
        stats = per_category.setdefault(label, {"total": 0, "missed": 0, "false_flags": 0})
        stats["total"] += 1
        hit = _decides(case, public_names, embed)
        if is_decision:
            decisions += 1
            if hit:
                flagged += 1
            else:
                stats["missed"] += 1
                missed.append(ref)
        else:
            non_decisions += 1
            if hit:
                false_flags += 1
                stats["false_flags"] += 1
                false_cases.append(ref)
    return {
        "decisions": decisions,
        "flagged": flagged,
        "flagged_rate": flagged / decisions if decisions else 1.0,
        "non_decisions": non_decisions,
        "false_flags": false_flags,
        "missed_cases": missed,
        "false_flag_cases": false_cases,
        "per_category": per_category,
    }


def format_report(result: dict[str, Any]) -> str:
    """A short plain-text report of an `evaluate_privacy` result (no case text)."""
    lines = (
        _privacy_lines(result) if result["must_refuse"] or result["must_allow"] or not result.get("decision") else []
    )
    if result.get("decision"):
        lines += ([""] if lines else []) + _decision_lines(result["decision"])
    return "\n".join(lines)


def _ref(r: dict[str, Any]) -> str:
    who = f"#{r['index']}" + (f" ({r['id']})" if r.get("id") else "")
    return f"{who} {r['category']}"


def _decision_lines(d: dict[str, Any]) -> list[str]:
    lines = [
        "Decision-request detection",
        f"  decision requests  {d['decisions']}",
        f"  flagged            {d['flagged']} (rate {d['flagged_rate']:.3f})",
        f"  non-decisions      {d['non_decisions']}",
        f"  false flags        {d['false_flags']}",
        "",
        f"  {'category':<24}{'cases':>6}{'missed':>8}{'false flags':>13}",
    ]
    for cat in sorted(d["per_category"]):
        s = d["per_category"][cat]
        lines.append(f"  {cat:<24}{s['total']:>6}{s['missed']:>8}{s['false_flags']:>13}")
    if d["missed_cases"]:
        lines += ["", "  missed (decision request, not flagged):"]
        lines += [f"    {_ref(r)}" for r in d["missed_cases"]]
    if d["false_flag_cases"]:
        lines += ["", "  false flags (not a decision request, flagged):"]
        lines += [f"    {_ref(r)}" for r in d["false_flag_cases"]]
    return lines


def _privacy_lines(result: dict[str, Any]) -> list[str]:
    lines = [
        "Privacy guard evaluation",
        f"  cases              {result['total']}",
        f"  must refuse        {result['must_refuse']}",
        f"  refused correctly  {result['refused_correctly']}",
        f"  recall             {result['recall']:.3f}",
        f"  must allow         {result['must_allow']}",
        (f"  false refusals     {result['false_refusals']} (rate {result['false_refusal_rate']:.3f})"),
        "",
        f"  {'category':<24}{'cases':>6}{'missed':>8}{'false ref.':>12}",
    ]
    for cat in sorted(result["per_category"]):
        s = result["per_category"][cat]
        lines.append(f"  {cat:<24}{s['total']:>6}{s['missed']:>8}{s['false_refusals']:>12}")

    if result["misses"]:
        lines += ["", "  missed (must refuse, was allowed):"]
        lines += [f"    {_ref(r)}" for r in result["misses"]]
    if result["false_refusal_cases"]:
        lines += ["", "  false refusals (must allow, was refused):"]
        lines += [f"    {_ref(r)} -> {r.get('guard_category')}" for r in result["false_refusal_cases"]]
    return lines
