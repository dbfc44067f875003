"""Globally well-known people: public in a message, like the magazine's own people.

A figure of history or world fame ("Karen Blixen", "H.C. Andersen", "Winston Churchill") is no
private individual the asker could expose; the list is Pantheon 1.0's globally famous biographies
in their distinctive written forms (`retrieval/data/wellknown.txt`, built by
scripts/build_guard_famous.py; docs/privacy.md § 3.1). As with the magazine's people, the people
finder still treats such a name as private where the message places the person as the asker's own
employee, colleague, citizen or patient.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .lexicon import DATA_DIR, lexicon

__all__ = ["famous_spans", "famous_surname_spans"]

# A run of capitalised words or initials, the shape of a written name ("H.C. Andersens", "Karen
# Blixen", "Niels Henrik David Bohr"); lower-case particles may stand inside it ("Lars von Trier").
_RUN = re.compile(
    r"(?<![\w.])(?:[A-ZÆØÅ]\.\s?){0,4}[A-ZÆØÅ][\w'’-]*"
    r"(?:\s+(?:(?:von|van|der|den|de|da|di|du|la|le|al|bin|ibn)\s+)?[A-ZÆØÅ][\w'’-]*){0,4}"
)
_WORDS = re.compile(r"(?:[A-ZÆØÅ]\.\s?)+[A-ZÆØÅ][\w'’-]*|[\w'’-]+")


@cache
def _forms() -> frozenset[str]:
    path = DATA_DIR / "wellknown.txt"
    if not path.exists():
        return frozenset()
    return frozenset(
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def _key(words: list[str]) -> str:
    """Lowercase, single spaces, and initials written together ("H. C. Andersen" -> "h.c. andersen")."""
    text = " ".join(" ".join(words).split()).lower()
    text = re.sub(r"(?<=\b\w\.)\s+(?=\w\.)", "", text)
    return re.sub(r"(?<=\b\w\.)(?=[^\W\d_]{2})", " ", text)


def famous_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each well-known person's name in `text` (a possessive "s" may follow)."""
    forms = _forms()
    if not forms:
        return
    for run in _RUN.finditer(text):
        words = list(_WORDS.finditer(run.group(0)))
        if len(words) < 2 and "." not in run.group(0):
            continue
        best: tuple[int, int] | None = None
        # the longest stretch of the run that is a known form ("Derfor Karen Blixen": "Karen Blixen")
        for size in range(len(words), 0, -1):
            for i in range(len(words) - size + 1):
                part = [w.group(0) for w in words[i : i + size]]
                last = part[-1]
                for candidate in (part, [*part[:-1], re.sub(r"(?:'s|’s|s|')$", "", last)]):
                    if _key(candidate) in forms:
                        best = (run.start() + words[i].start(), run.start() + words[i + size - 1].end())
                        break
                if best:
                    break
            if best:
                break
        if best:
            yield best


@cache
def _surnames() -> frozenset[str]:
    """(round 16) Surnames that name a well-known person by themselves: the last word of a listed
    form ("churchill", "gandhi"), unless the name is ranked in Denmark, where a surname alone is as
    likely a colleague's ("Andersen", "Kierkegaard"), is anywhere a first name ("Thomas", "Ahmed":
    a first name alone is someone's), or is an ordinary word or a place."""
    lex = lexicon()
    out = set()
    for form in _forms():
        words = form.split()
        if len(words) < 2 or "." in words[-1] or len(words[-1]) < 4:
            continue
        last = words[-1]
        flags = lex.names.get(last, "")
        if "D" in flags or "F" in flags or lex.is_ordinary(last) or lex.is_place(last):
            continue
        out.add(last)
    return frozenset(out)


# A capitalised word that is no part of a longer name: no capitalised word right before or after it
# ("Lone Dalsgaard Winther" is someone's full name, not Winther alone).
_SINGLE = re.compile(
    r"(?<![\w.])(?<![A-ZÆØÅ][\wæøå'’-] )(?<![A-ZÆØÅ][\wæøå'’-]{2} )(?<![A-ZÆØÅ][\wæøå'’-]{3} )"
    r"(?<![A-ZÆØÅ][\wæøå'’-]{4} )(?<![A-ZÆØÅ][\wæøå'’-]{5} )(?<![A-ZÆØÅ][\wæøå'’-]{6} )(?<![A-ZÆØÅ][\wæøå'’-]{7} )"
    r"[A-ZÆØÅ][a-zæøåéèüöäëï'’-]{3,}(?![\w'’-])(?! [A-ZÆØÅ])"
)


def famous_surname_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a well-known person named by surname alone ("Churchill var …", "as Gandhi
    said"), where the surname is no common Danish name; a possessive "s" may follow."""
    names = _surnames()
    for m in _SINGLE.finditer(text):
        word = m.group(0).lower()
        if word in names or re.sub(r"(?:'s|’s|s|')$", "", word) in names:
            yield m.span()
