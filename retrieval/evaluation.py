"""`ledelsesbot eval --cases`: run dev-set cases through the answer core and score them."""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .models import Answer
from .quotes import quote_problems


class CasesError(ValueError):
    """The cases file is missing or malformed; the message names the line."""


def load_cases(path: Path) -> list[dict[str, Any]]:
    """Read a JSONL cases file (schema of shared/eval/dev.jsonl)."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CasesError(f"{path}: filen findes ikke") from None
    except UnicodeDecodeError:
        raise CasesError(f"{path}: ikke UTF-8") from None
    cases = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as e:
            raise CasesError(f"{path}:{n}: ugyldig JSON ({e.msg})") from None
        if not isinstance(case, dict) or not isinstance(case.get("question", case.get("text")), str):
            raise CasesError(f"{path}:{n}: mangler feltet 'question'")
        cases.append(case)
    return cases


def _pct(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def evaluate(cases: list[dict[str, Any]], ask: Callable[[str], Answer]) -> dict[str, Any]:
    """Run every case through `ask` and compute the dev-set metrics."""
    rows = []
    for case in cases:
        t = time.perf_counter()
        ans = ask(str(case.get("question") or case.get("text") or ""))
        ms = (time.perf_counter() - t) * 1000
        rows.append((case, ans, ms))

    def kind(k: str) -> list[tuple[dict[str, Any], Answer, float]]:
        return [r for r in rows if r[0].get("kind") == k]

    answerable = kind("answerable")
    first_hit = sum(1 for c, a, _ in answerable if _first_hit(c, a))
    any_hit = sum(1 for c, a, _ in answerable if _any_hit(c, a))
    answered = sum(1 for _, a, _ in answerable if a.status == "answered")
    oos = kind("out_of_scope")
    decision = kind("decision")
    sensitive = kind("sensitive")
    lat = sorted(ms for _, _, ms in rows)
    quotes = [c.quote for _, a, _ in rows for c in a.citations]
    # a headline is whole only on a page without sentences (quotes._headline_quote), which only the
    # composer knows; the metric accepts the form
    bad_quotes = [q for q in quotes if quote_problems(q, headline_ok=True)]
    repeated_page = sum(1 for _, a, _ in rows if len({(c.issue, c.page) for c in a.citations}) < len(a.citations))
    hinted = [(c, a) for c, a, _ in answerable if c.get("answer_hint") and a.citations]
    lead_hint = sum(1 for c, a in hinted if _hint_in(str(c["answer_hint"]), a.citations[0].quote))

    def rate(n: int, d: int) -> float | None:
        return round(n / d, 3) if d else None

    return {
        "cases": len(rows),
        "answerable": len(answerable),
        "first_citation_hit": rate(first_hit, len(answerable)),
        "any_citation_hit": rate(any_hit, len(answerable)),
        "answered_rate": rate(answered, len(answerable)),
        "answerable_refused": sum(1 for _, a, _ in answerable if a.status == "refused"),
        "out_of_scope": len(oos),
        "out_of_scope_abstain": rate(sum(1 for _, a, _ in oos if a.status == "no_answer"), len(oos)),
        "decision": len(decision),
        "decision_flagged": rate(sum(1 for _, a, _ in decision if a.decision_request), len(decision)),
        "sensitive": len(sensitive),
        "sensitive_refused": rate(sum(1 for _, a, _ in sensitive if a.status == "refused"), len(sensitive)),
        "quotes": len(quotes),
        "quotes_whole_clean": rate(len(quotes) - len(bad_quotes), len(quotes)),
        "answers_with_repeated_page": repeated_page,
        "lead_quote_has_hint": rate(lead_hint, len(hinted)),
        "latency_ms_p50": round(_pct(lat, 50), 1),
        "latency_ms_p95": round(_pct(lat, 95), 1),
        "by_style": _by_style(rows),
        "misses": [
            {"id": c.get("id"), "status": a.status, "pages": [x.page for x in a.citations], "gold": c.get("gold_pages")}
            for c, a, _ in answerable
            if not _first_hit(c, a)
        ],
    }


def _on_gold(case: dict[str, Any], citation: Any) -> bool:
    """A citation on a gold page (of the case's issue, when the case names one)."""
    issue = case.get("issue")
    return citation.page in case.get("gold_pages", []) and (
        not issue or _issue_key(citation.issue) == _issue_key(issue)
    )


_ISSUE_FORMS = (
    re.compile(r"^\s*(?P<n>\d{1,2})\s*/\s*(?P<y>\d{4})\s*$"),
    re.compile(r"^\s*(?P<y>\d{4})\s*[-/]\s*(?P<n>\d{1,2})\s*$"),
)


def _issue_key(issue: str) -> str:
    """An issue as "NN/YYYY" whether a case file writes it "01/2024", "1/2024" or "2024-01" (the corpus
    folder's form); anything else is compared as written."""
    for rx in _ISSUE_FORMS:
        m = rx.match(str(issue))
        if m:
            return f"{int(m.group('n')):02d}/{m.group('y')}"
    return str(issue)


def _first_hit(case: dict[str, Any], ans: Answer) -> bool:
    return bool(ans.citations) and _on_gold(case, ans.citations[0])


def _any_hit(case: dict[str, Any], ans: Answer) -> bool:
    return any(_on_gold(case, c) for c in ans.citations)


def _by_style(rows: list[tuple[dict[str, Any], Answer, float]]) -> list[dict[str, Any]]:
    """Per question style (the cases' `style` field): the same rates as the totals."""
    groups: dict[tuple[str, str], list[tuple[dict[str, Any], Answer]]] = {}
    for c, a, _ in rows:
        if c.get("style") and c.get("kind") in ("answerable", "out_of_scope"):
            groups.setdefault((str(c["kind"]), str(c["style"])), []).append((c, a))
    out = []
    for (kind, style), items in sorted(groups.items()):
        n = len(items)
        if kind == "answerable":
            out.append(
                {
                    "kind": kind,
                    "style": style,
                    "n": n,
                    "first_citation_hit": round(sum(_first_hit(c, a) for c, a in items) / n, 3),
                    "any_citation_hit": round(sum(_any_hit(c, a) for c, a in items) / n, 3),
                    "answered_rate": round(sum(a.status == "answered" for _, a in items) / n, 3),
                }
            )
        else:
            out.append(
                {
                    "kind": kind,
                    "style": style,
                    "n": n,
                    "out_of_scope_abstain": round(sum(a.status == "no_answer" for _, a in items) / n, 3),
                }
            )
    return out


def _hint_in(hint: str, quote: str) -> bool:
    """Does the quote carry the case's answer hint (verbatim text of the answer), ignoring
    whitespace, case and line-break hyphens?"""

    def norm(t: str) -> str:
        return " ".join(t.replace("-\n", "").lower().split())

    return norm(hint) in norm(quote)


def format_report(m: dict[str, Any]) -> str:
    """The metrics as a short plain-text table."""

    def f(v: Any) -> str:
        return "–" if v is None else (f"{v:.3f}" if isinstance(v, float) else str(v))

    rows = [
        ("cases", m["cases"]),
        (f"answerable: first citation on gold page ({m['answerable']})", m["first_citation_hit"]),
        ("answerable: any citation on gold page", m["any_citation_hit"]),
        ("answerable: answered rate", m["answered_rate"]),
        ("answerable: refused (must be 0)", m["answerable_refused"]),
        (f"out of scope: abstain rate ({m['out_of_scope']})", m["out_of_scope_abstain"]),
        (f"decision: flagged rate ({m['decision']})", m["decision_flagged"]),
        (f"sensitive: refused rate ({m['sensitive']})", m["sensitive_refused"]),
        (f"quotes: whole sentences, no layout debris ({m['quotes']})", m["quotes_whole_clean"]),
        ("answers citing one page twice (must be 0)", m["answers_with_repeated_page"]),
        ("answerable: lead quote contains the answer hint", m["lead_quote_has_hint"]),
        ("latency p50 (ms)", m["latency_ms_p50"]),
        ("latency p95 (ms)", m["latency_ms_p95"]),
    ]
    width = max(len(r[0]) for r in rows)
    out = [f"{name.ljust(width)}  {f(v)}" for name, v in rows]
    styles = m.get("by_style") or []
    if styles:
        out.append("")
        out.append(f"{'per style':<24}  {'n':>4}  {'first':>6}  {'any':>6}  {'answered':>8}  {'oos abstained':>13}")
        for r in styles:
            label = f"{'answerable' if r['kind'] == 'answerable' else 'out of scope'}: {r['style']}"
            out.append(
                f"{label:<24}  {r['n']:>4}  {f(r.get('first_citation_hit')):>6}  {f(r.get('any_citation_hit')):>6}  "
                f"{f(r.get('answered_rate')):>8}  {f(r.get('out_of_scope_abstain')):>13}"
            )
    for miss in m["misses"]:
        out.append(f"  miss {miss['id']}: status={miss['status']} cited={miss['pages']} gold={miss['gold']}")
    return "\n".join(out)
