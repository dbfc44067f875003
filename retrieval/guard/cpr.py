"""CPR numbers in any written form.

A CPR number is ten digits DDMMYY-SSSS. People write it with any separator or none ("-", "/",
".", "_", spaces, a line break), in groups (6+4, 2+2+2+4, 4+2+4), one digit at a time, or split
over two clauses ("født 11.09.62 … løbenummer 3095"). After normalisation (normalise.py) every
run of digit groups joined by single separators is read, every window of whole groups that
holds exactly ten digits is a candidate, and a candidate counts only if python-stdnum accepts it:
the date exists, the century follows from digit 7 and the year, and the person is born.
Modulus 11 is never required: numbers without it have been issued since 1 October 2007.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from stdnum.dk import cpr as _cpr

__all__ = ["cpr_spans", "has_cpr"]

# Digit groups joined by one separator: a space, or one of - . / _ with optional spaces around.
_RUN = re.compile(r"(?<![\d.,])\d+(?:(?: ?[-./_] ?| )\d+)*")
_GROUP = re.compile(r"\d+")

# A birth date and "the last four digits" in another clause of the same message.
_MONTHS = {
    m: i + 1
    for names in (
        "januar februar marts april maj juni juli august september oktober november december",
        "january february march april may june july august september october november december",
        "jan feb mar apr maj jun jul aug sep okt nov dec",
        "jan feb mar apr may jun jul aug sep oct nov dec",
        "jan feb mar apr maj jun jul aug sept okt nov dec",
    )
    for i, m in enumerate(names.split())
}
_MONTH_WORD = r"[a-zA-ZæøåÆØÅ]{3,9}"
# A birth date in any everyday form: "11.09.62", "7/9-88", "3. marts 1981", "19 August 1990",
# "30 Sep 1958", "August 19, 1990", or six digits DDMMYY on their own ("starter med 120590").
_DATE = re.compile(
    r"(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])(?: ?[-./] ?|\.? )(?P<m>0?[1-9]|1[0-2]|" + _MONTH_WORD + r")\.?"
    r"(?: ?[-./,] ?| )(?P<y>(?:19|20)?\d{2})(?!\d)"
)
_DATE_MDY = re.compile(
    r"\b(?P<m>" + _MONTH_WORD + r")\.? (?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,? (?P<y>(?:19|20)\d{2})(?!\d)"
)
_SIX = re.compile(r"(?<![\d.,/-])(?P<d>[0-3]\d)(?P<m>[01]\d)(?P<y>\d{2})(?![\d.,/-])")
# A four-digit group with a word saying it is the rest of a CPR number before it: "de sidste
# fire cifre er 1447", "løbenummeret slutter på 2208", "kontrolcifrene er 3164", "last 4 of
# his personal number: 1150", "CPR ending 0446", "ends 3319".
_SERIAL_CUE = re.compile(
    r"(?:sidste|last|final|slutter|ender|ending|ends?|løbe-?n(?:umme)?r\w*|kontrolcif\w*|serial|"
    r"control digits|cifre|digits|fire tal|4 tal|four)\b(?: (?:4|fire|four)\b)?[^.!?\d]{0,40}$",
    re.IGNORECASE,
)
_FOUR = re.compile(r"(?<![\d.,/-])(?P<s>\d{4})(?![\d.,]\d)")
# When the message names the number itself, any loose four-digit group may be its rest.
_CPR_WORD = re.compile(
    r"\bc\.?p\.?r|personnummer|personnr|pers\. ?nr|personal (?:id )?number|personal identification|"
    r"civil registration|social security|national id",
    re.IGNORECASE,
)


def _valid(digits: str) -> bool:
    # is_valid checks the length, that the date exists with the century from digit 7, and that
    # the person is born; it does not enforce modulus 11 (python-stdnum >= 1.20, as pinned).
    return len(digits) == 10 and _cpr.is_valid(digits)


def cpr_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every CPR number written as one run of digit groups in `text`."""
    for run in _RUN.finditer(text):
        groups = list(_GROUP.finditer(run.group(0)))
        for i in range(len(groups)):
            total = 0
            date_boundary = False
            for j in range(i, len(groups)):
                total += len(groups[j].group(0))
                date_boundary = date_boundary or total == 6
                if total > 10:
                    break
                # Either one unbroken group or a break right after the date (DDMMYY): a date
                # range "14.03.2023-30.06.2023" has no break after six digits.
                if total == 10 and (i == j or date_boundary):
                    digits = "".join(g.group(0) for g in groups[i : j + 1])
                    if _valid(digits):
                        yield run.start() + groups[i].start(), run.start() + groups[j].end()
                    break


def _dates(text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, ddmm, yy) of every date-like phrase."""
    out = []
    for rx in (_DATE, _DATE_MDY, _SIX):
        for m in rx.finditer(text):
            month = m.group("m")
            mm = int(month) if month.isdigit() else _MONTHS.get(month.lower()[:3], _MONTHS.get(month.lower(), 0))
            if not mm:
                continue
            out.append((m.start(), m.end(), f"{int(m.group('d')):02d}{mm:02d}", m.group("y")[-2:]))
    return out


def _split_cpr(text: str) -> bool:
    """A birth date and the last four digits in other words of the same message."""
    dates = _dates(text)
    if not dates:
        return False
    named = bool(_CPR_WORD.search(text))
    for m in _FOUR.finditer(text):
        if any(s <= m.start() < e for s, e, _, _ in dates):
            continue  # the year of the date itself
        if not (named or _SERIAL_CUE.search(text[max(0, m.start() - 60) : m.start()])):
            continue
        for _, _, ddmm, yy in dates:
            if _valid(ddmm + yy + m.group("s")):
                return True
    return False


def has_cpr(text: str) -> bool:
    """True if the (normalised) text holds a CPR number in any written form."""
    return next(cpr_spans(text), None) is not None or _split_cpr(text)
