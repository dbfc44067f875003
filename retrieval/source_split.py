"""The page rule for raw magazine text exports (as in `shared/corpus-source/`).

A line that starts with exactly one space followed by a non-space starts a new printed page.
Exports are imperfect, so each issue's rule has exceptions, given as data (`PageRule`): where page 2
starts when nothing marks it, markers that are false, and line ranges that are not the issue's own
text (old covers printed as decoration).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_MARKER = re.compile(r"^ \S")


class PageRuleError(ValueError):
    """The raw text does not fit the page rule (wrong page count, anchor not found)."""


@dataclass(frozen=True)
class PageRule:
    """Exceptions to the one-space marker rule for one issue's raw text."""

    pages: int
    # 1-based line where page 2 starts when the cover/page-2 boundary carries no marker.
    page2_start_line: int | None = None
    # Marker lines that do not start a page (matched on the line's stripped start).
    false_markers: tuple[str, ...] = ()
    # (first line text, lines kept at the end of the file): drop from that line up to the kept tail.
    drop_from: str | None = None
    keep_tail_lines: int = 0
    extra: dict[str, str] = field(default_factory=dict)


def split_pages(raw: str, rule: PageRule) -> list[str]:
    """Split raw text into printed pages (index 0 is page 1) following `rule`."""
    lines = raw.split("\n")
    if raw.endswith("\n"):
        lines = lines[:-1]
    drop: set[int] = set()
    if rule.drop_from is not None:
        start = next((i for i, line in enumerate(lines) if line.strip() == rule.drop_from.strip()), None)
        if start is None:
            raise PageRuleError(f"drop_from line not found: {rule.drop_from!r}")
        end = len(lines) - rule.keep_tail_lines
        drop.update(range(start, end))

    starts: list[int] = [0]
    if rule.page2_start_line is not None:
        starts.append(rule.page2_start_line - 1)
    for i, line in enumerate(lines):
        if i in drop or not _MARKER.match(line):
            continue
        if any(line.strip().startswith(f.strip()) for f in rule.false_markers):
            continue
        starts.append(i)
    starts = sorted(set(starts))
    if len(starts) != rule.pages:
        raise PageRuleError(f"page rule found {len(starts)} pages, expected {rule.pages}")
    pages = []
    for n, s in enumerate(starts):
        e = starts[n + 1] if n + 1 < len(starts) else len(lines)
        pages.append("\n".join(lines[i] for i in range(s, e) if i not in drop))
    return pages


# Issue 01/2024 as exported in shared/corpus-source (verified against the article/page map).
RULE_2024_01 = PageRule(
    pages=20,
    page2_start_line=40,
    false_markers=("– Vi skal forstå, at robotterne",),
    drop_from="Styr på strategien?",
    keep_tail_lines=4,
)


# Where a page holds more than one article: (anchor at the start of a line, article title) in
# page order; the first entry's anchor is None (top of the page). Verified by reading the pages.
_T = {
    "kolofon": "Kolofon og indhold",
    "konf": "Chefkonferencen sætter fokus på din trivsel som leder",
    "bog": "Hvem passer på chefen? (boganmeldelse)",
    "edwards": "Vi har kun set toppen af isbjerget",
    "hansen": "4 skarpe om kunstig intelligens i praksis: Det vil ikke være okay ikke at kunne prompte",
    "trin": "I gang med AI: 3 trin til ledere",
    "bohni": "Kunstig intelligens bør skærpe ledelsens blik på arbejdsmiljøet",
    "ajslev": "AI overvåger sikkerheden",
    "braskov": "Tag den ærlige snak, om du som senior kan blive i lederjobbet",
    "guide": "Guide: Nyttige værktøjer i seniorledelse",
}
SEGMENTS_2024_01: dict[int, list[tuple[str | None, str]]] = {
    2: [(None, _T["kolofon"]), ("Chefkonferencen", _T["konf"]), ("Hvem passer på", _T["bog"])],
    # The interview with Susanne Hansen starts without a heading after Edwards' last paragraph;
    # Edwards' pull quote and Hansen's intro follow in the export's text order.
    9: [
        (None, _T["edwards"]),
        ("Hvorfor vil du gerne", _T["hansen"]),
        ("Jo mere avancerede systemerne bliver, desto større vil kravet", _T["edwards"]),
        ("Susanne Hansen er sekretariatsleder", _T["hansen"]),
    ],
    10: [(None, _T["hansen"]), ("1. Tilgang", _T["trin"])],
    12: [(None, _T["bohni"]), ("“For ledelsen er det smart", _T["ajslev"])],
    18: [(None, _T["guide"]), ("dem – baseret på deres unikke", _T["braskov"])],
    19: [(None, _T["guide"]), ("”Jeg orker ikke", _T["braskov"])],
}


def segment_page(text: str, plan: list[tuple[str | None, str]], page: int) -> list[tuple[str, str]]:
    """Cut a cleaned page at the anchors of `plan`; returns (article, text) pairs in page order."""
    lines = text.split("\n")
    cuts: list[tuple[int, str]] = []
    pos = 0
    for anchor, article in plan:
        if anchor is None:
            cuts.append((0, article))
            continue
        idx = next((i for i in range(pos, len(lines)) if lines[i].strip().startswith(anchor)), None)
        if idx is None:
            raise PageRuleError(f"side {page}: ankeret {anchor!r} findes ikke")
        cuts.append((idx, article))
        pos = idx + 1
    out = []
    for n, (start, article) in enumerate(cuts):
        end = cuts[n + 1][0] if n + 1 < len(cuts) else len(lines)
        out.append((article, "\n".join(lines[start:end]).strip()))
    return out
