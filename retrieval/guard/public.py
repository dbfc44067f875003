"""The allow-list of public people: authors and interviewees named in the magazine."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import lexicon
from .normalise import normalise
from .patterns import is_org as _is_org
from .tokens import Tok, tokenize
from .wordsets import ORG_WORDS, STOP

__all__ = ["public_names_from_corpus"]

_LINEBREAK_HYPHEN = re.compile(r"(\w)-[ \t]*\n[ \t]*([a-zæøå])")


def _capitalised_runs(page: str) -> list[list[Tok]]:
    """Runs of capitalised words separated by single spaces."""
    runs: list[list[Tok]] = []
    run: list[Tok] = []
    for t in tokenize(page):
        joined = bool(run) and page[run[-1].end : t.start] == " "
        if t.title and t.base not in STOP:
            if run and not joined:
                runs.append(run)
                run = []
            run.append(t)
        else:
            if run:
                runs.append(run)
            run = []
    if run:
        runs.append(run)
    return runs


_MUNICIPALITY = re.compile(
    r"\b(?P<a>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)[ -](?:Kommune|Kommunes|Region|Regions)\b|"
    r"\bRegion (?P<b>[A-ZÆØÅ][a-zæøå]+)\b"
)


def public_names_from_corpus(page_texts: Iterable[str], people: Iterable[str]) -> frozenset[str]:
    """Build the allow-list of people named in the magazine.

    Args:
        page_texts: the text of every page (raw or cleaned; line-break hyphens are joined).
        people: author/person fields from the issue manifests ("Kasper Edwards, DTU" — the part
            after a comma is an affiliation and is dropped; ";" separates several people).

    Returns:
        Names as written ("Karen Frost", "Lill Palmblad"): the manifest's people plus every run
        of two or more capitalised words in the text that is not an organisation or place, and
        every two-word stretch inside longer runs (so "Billeder Lisbeth Hjort" from a photo
        credit still allows "Lisbeth Hjort"). Over-inclusion is harmless — a non-person in the
        list never matches a private person — so the rule stays simple and derivable: a new
        issue extends the list by re-running this function.
    """
    lex = lexicon()

    def not_name(t: Tok) -> bool:
        w = t.base
        if _is_org(w) or w in ORG_WORDS:
            return True
        named = "F" in lex.flags(w) or "S" in lex.flags(w)
        return lex.is_place(w) and not named

    names: set[str] = set()
    for raw in people:
        for part in (raw or "").split(";"):
            name = " ".join(part.split(",")[0].split())
            if len(name.split()) >= 2:
                names.add(name)
    for page in page_texts:
        page = normalise(_LINEBREAK_HYPHEN.sub(r"\1\2", page or ""), lines=False)
        # The magazine's municipalities and regions ("Lyngholm Kommune", "Region Hovedstaden") are
        # places: named alone later ("sygefraværet i Lyngholm"), they are no person (people.py).
        for m in _MUNICIPALITY.finditer(page):
            names.add(" ".join(m.group(0).split()))
        for run in _capitalised_runs(page):
            # Organisation/place words spoil a run: "Aarhus Kommune" gives nothing.
            if len(run) >= 2 and not any(not_name(t) for t in run):
                names.add(" ".join(t.text for t in run))
                for a in range(len(run) - 1):
                    names.add(f"{run[a].text} {run[a + 1].text}")
    return frozenset(names)
