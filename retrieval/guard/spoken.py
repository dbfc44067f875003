"""Numbers read aloud: the digits a dictated or spelled-out number stands for.

A number typed by speech-to-text or written out in words ("tolv nul syv syvogfirs femogtyve nul
ni", "fire nul otte otte et to fem seks", "twenty-six, thirty-eight") is the same identifier as
its digits. Each maximal run of number words and digits becomes one digit string; dictation
punctuation ("komma", "punktum"), a dash word ("streg") and a spoken correction ("nej undskyld")
may stand between the groups. Whether a run is a CPR or a phone number is decided by the same
checks as for digits (cpr.py, contact.py).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

__all__ = ["Run", "digitised", "spoken_dates", "spoken_runs"]

_UNITS = {
    "nul": 0, "en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
    "ni": 9, "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16, "sytten": 17,
    "atten": 18, "nitten": 19, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "tres": 60, "halvfjerds": 70, "firs": 80,
    "halvfems": 90, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Danish writes 25 as one word, unit + "og" + tens: "femogtyve", "syvogfirs".
_DA_COMPOUND = re.compile(
    r"(" + "|".join(k for k in _UNITS if k.isascii() and k != "nul") + r")og(" + "|".join(_TENS) + r")"
)
# Words that may stand between the groups of one number read aloud: "and/og/så", dash and slash
# words, dictated punctuation and a spoken correction.
_FILLERS = frozenset(
    "og så and then bindestreg dash streg minus skråstreg slash komma punktum nej undskyld sorry altså øh uh um".split()
)


def _value(word: str) -> int | None:
    if word in _UNITS:
        return _UNITS[word]
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    m = _DA_COMPOUND.fullmatch(word)
    return _TENS[m.group(2)] + _UNITS[m.group(1)] if m else None


class Run(NamedTuple):
    """One number read aloud: its digits, how many of its parts were words, and where it stands."""

    digits: str
    words: int
    start: int
    end: int
    listed: bool = False  # groups joined by "og"/"and": a list of counts ("elleve, ti, otte og seks"), not one number


@lru_cache(maxsize=256)  # the CPR, phone and digit-rewrite checks all read the same message
def spoken_runs(text: str) -> tuple[Run, ...]:
    """Every run of number words and digits in the text, longest first: "cpr er tolv nul syv
    syvogfirs femogtyve nul ni" → [Run("1207872509", 7, 7, 46), …]. Danish "fem og tyve" and
    English "twenty-five" are one number (25), "double four" is 44."""
    runs: list[Run] = []
    cur, n, start, end, listed = "", 0, 0, 0, False
    tokens = list(re.finditer(r"[a-zæøåé]+|\d+", text.lower()))
    words = [t.group(0) for t in tokens]
    i = 0
    while i < len(words):
        w = words[i]
        value = None if w.isdigit() else _value(w)
        first = i
        if w.isdigit():
            part = w
        elif w in _UNITS and i + 2 < len(words) and words[i + 1] == "og" and words[i + 2] in _TENS:
            part, i = str(_TENS[words[i + 2]] + _UNITS[w]), i + 2  # "fem og tyve"
        elif w.endswith("y") and w in _TENS and i + 1 < len(words) and _UNITS.get(words[i + 1], 0) > 0:
            part, i = str(_TENS[w] + _UNITS[words[i + 1]]), i + 1  # "twenty-five"
        elif w in ("double", "dobbelt") and i + 1 < len(words) and words[i + 1] in _UNITS:
            part, i = str(_UNITS[words[i + 1]]) * 2, i + 1  # "double four" = 44
        elif value is not None:
            part = str(value)
        else:
            part = ""
        if part:
            if not cur:
                start, listed = tokens[first].start(), False
            cur, n, end = cur + part, n + (not w.isdigit()), tokens[i].end()
        elif w in _FILLERS and cur:
            # "… ti og tyve" ends a list of counts; "… og så et-fem-tre-ni" goes on with one number
            nxt = words[i + 1] if i + 1 < len(words) else ""
            listed = listed or (w in ("og", "and") and (nxt.isdigit() or _value(nxt) is not None))
        else:
            if cur:
                runs.append(Run(cur, n, start, end, listed))
            cur, n = "", 0
        i += 1
    if cur:
        runs.append(Run(cur, n, start, end, listed))
    return tuple(sorted(runs, key=lambda r: -len(r.digits)))


def digitised(text: str) -> str:
    """The text with every number read aloud (two words or more, not a list of counts) written as
    its digits, so that the rules for digits apply: "cpr starter med tolv nul syv syvogfirs og
    slutter med femogtyve nul ni" → "cpr starter med 120787 og slutter med 2509"."""
    runs = sorted((r for r in spoken_runs(text) if r.words >= 2 and not r.listed), key=lambda r: r.start)
    out, pos = [], 0
    for r in runs:
        out += [text[pos : r.start], r.digits]
        pos = r.end
    return "".join(out) + text[pos:]


# (round 12, writer AA) A date read aloud: an ordinal day, a month, a year in words or digits
# ("født syttende september otteoghalvfjerds", "the third of May nineteen ninety"): written as
# digits so that the date-plus-last-four rule (cpr.py) reads it like "17 september 78".
_DA_ORDINALS = (
    "første anden tredje fjerde femte sjette syvende ottende niende tiende ellevte tolvte trettende fjortende "
    "femtende sekstende syttende attende nittende tyvende"
).split()
_EN_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINALS = {w: i + 1 for i, w in enumerate(_DA_ORDINALS)} | {w: i + 1 for i, w in enumerate(_EN_ORDINALS)}
_ORDINALS |= {
    f"{u}ogtyvende": 20 + v
    for u, v in _UNITS.items()
    if u in ("en", "to", "tre", "fire", "fem", "seks", "syv", "otte", "ni")
}
_ORDINALS |= {"tredivte": 30, "enogtredivte": 31, "thirtieth": 30}
_ORDINALS |= {f"twenty-{w}": 20 + i + 1 for i, w in enumerate(_EN_ORDINALS[:9])}
_ORDINALS |= {"thirty-first": 31}
_MONTH_NAMES = (
    "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|"
    "january|february|march|may|june|july|october"
)
_SPOKEN_DATE = re.compile(
    rf"\b(?P<d>{'|'.join(sorted(_ORDINALS, key=len, reverse=True))})(?: (?:of|af))? (?P<m>{_MONTH_NAMES})\b"
    r"(?P<y>(?: [a-zæøå-]+){1,4}| \d{2,4})?",
    re.IGNORECASE,
)


def _year(words: str) -> tuple[str, str] | None:
    """The year at the start of `words` in digits, and the words after it."""
    if words.strip().isdigit():
        return words.strip(), ""
    runs = [r for r in spoken_runs(words) if r.start <= 1]
    if runs and len(runs[0].digits) in (2, 4):
        return runs[0].digits, words[runs[0].end :]
    return None


# (round 12, red team) The month first ("June twenty-first, eighty-seven"), a digit ordinal ("the
# 5th of March '88"), and a month by its ordinal ("den første i ottende tooghalvfjerds").
_ORDINAL_RX = "|".join(sorted(_ORDINALS, key=len, reverse=True))
_SPOKEN_MDY = re.compile(
    rf"\b(?P<m>{_MONTH_NAMES})(?: the)? (?P<d>{_ORDINAL_RX})\b,?(?P<y>(?: [a-zæøå-]+){{1,4}}| '?\d{{2,4}})?",
    re.IGNORECASE,
)
_DIGIT_ORDINAL = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|\.)(?: of)? (?P<m>{_MONTH_NAMES})\b,? '(?P<y>\d{{2}})\b", re.IGNORECASE
)
_MONTH_ORDINAL = re.compile(
    rf"\b(?P<d>{_ORDINAL_RX}) i (?P<mo>{_ORDINAL_RX})\b(?P<y>(?: [a-zæøå-]+){{1,4}}| \d{{2,4}})?", re.IGNORECASE
)


def _with_year(prefix: str, words: str) -> str:
    year = _year(words)
    return f"{prefix}{words}" if year is None else f"{prefix} {year[0]}{year[1]}"


def spoken_dates(text: str) -> str:
    """The text with every date read aloud written in digits: "født syttende september
    otteoghalvfjerds" → "født 17 september 78", "June twenty-first, eighty-seven" → "21 June 87",
    "den første i ottende tooghalvfjerds" → "1.8.72"."""

    def repl(m: re.Match[str]) -> str:
        return _with_year(f"{_ORDINALS[m.group('d').lower()]} {m.group('m')}", m.group("y") or "")

    def repl_mdy(m: re.Match[str]) -> str:
        return _with_year(f"{_ORDINALS[m.group('d').lower()]} {m.group('m')}", (m.group("y") or "").replace("'", ""))

    def repl_mo(m: re.Match[str]) -> str:
        mo = _ORDINALS[m.group("mo").lower()]
        if mo > 12:
            return m.group(0)
        return _with_year(f"{_ORDINALS[m.group('d').lower()]}.{mo}.", m.group("y") or "").replace(". ", ".", 1)

    text = _DIGIT_ORDINAL.sub(lambda m: f"{m.group('d')} {m.group('m')} {m.group('y')}", text)
    text = _MONTH_ORDINAL.sub(repl_mo, text)
    text = _SPOKEN_MDY.sub(repl_mdy, text)
    return _SPOKEN_DATE.sub(repl, text)
