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
    )
    for i, m in enumerate(names.split())
}
_DATE = re.compile(
    r"(?<!\d)(?P<d>0?[1-9]|[12]\d|3[01])(?: ?[-./] ?|\.? )(?P<m>0?[1-9]|1[0-2]|[a-zA-Z]{3,9})\.?"
    r"(?: ?[-./] ?| )(?P<y>(?:19|20)?\d{2})(?!\d)"
)
_SERIAL = re.compile(
    r"(?:løbenummeret|løbe-?n(?:umme)?r\.?|sidste (?:4|fire) (?:cifre|tal)(?: i cpr(?:-nummeret)?)?|"
    r"de (?:4|fire) sidste(?: cifre| tal)?|kontrolciffer\w*|"
    r"last (?:4|four)(?: digits)?|serial(?: number| no\.?)?|control digits)"
    r"(?: er| is| are| was| var)?\W{0,3}(?P<s>\d{4})(?!\d)",
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


def _split_cpr(text: str) -> bool:
    serial = _SERIAL.search(text)
    if not serial:
        return False
    for m in _DATE.finditer(text):
        month = m.group("m")
        mm = int(month) if month.isdigit() else _MONTHS.get(month.lower(), 0)
        if not mm:
            continue
        dd, yy = int(m.group("d")), m.group("y")[-2:]
        if _valid(f"{dd:02d}{mm:02d}{yy}{serial.group('s')}"):
            return True
    return False


def has_cpr(text: str) -> bool:
    """True if the (normalised) text holds a CPR number in any written form."""
    return next(cpr_spans(text), None) is not None or _split_cpr(text)
