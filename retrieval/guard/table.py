"""Pasted tables (docs/privacy.md § 4, round 12): rows from a spreadsheet or an HR export.

A table says what it says about each row in its header: "Navn;Skift;Advarsler" over rows of
names tells every named person's warnings, whatever the cells hold ("2", "1"). So a table is read
by its column names: a column that names a sensitive kind of fact (sick days, a diagnosis,
warnings, union, origin, benefits …) is a detail about every row, and a table whose columns name
nothing sensitive is not read for hidden details by the learned signal (which takes a list of
names and numbers for one).
"""

from __future__ import annotations

import re

__all__ = ["header_detail", "is_table", "read_table"]

_SEPARATORS = ("\t", ";", "|", ",")

# Column names by category, matched as whole words (with inflections) in a header cell of at most
# two words, Danish and English. Homographs that usually name something else in a table are left
# out: "ydelse" (a service), "charge" (a price), "parti" (a batch), "health" in a course name.
_HEADER_WORDS: dict[str, str] = {
    "health": r"syge?(?:dage|fravær|melding|meldt|periode)|sick|sickness|absence|fravær|diagnose|diagnosis|"
    r"medicin|medication|handicap|disability|helbred|health|sygdom|illness|skånehensyn|allergi",
    "hr_case": r"advarsel|advarsler|warning|påtale|tjenstlig|disciplin|opsigelse|dismissal|bortvisning|klage|complaint",
    "union_membership": r"fagforening|union|a-kasse",
    "religion": r"religion|tro|trossamfund|faith",
    "ethnicity": r"etnicitet|ethnicity|herkomst|oprindelse|origin|nationalitet|nationality|race",
    "criminal": r"straf|dom|conviction|straffeattest|criminal|sigtelse",
    "social_case": r"kontanthjælp|benefit|gæld|debt|underretning|fleksjob|sanktion|sanction",
    "sexual_orientation": r"seksualitet|sexuality|orientering|orientation",
    "political": r"partimedlem\w*|party member\w*|partitilhørsforhold",
}
_HEADER_RX = {
    cat: re.compile(rf"^(?:{rx})(?:e|er|en|et|s|ne|erne|ene|r)?$", re.IGNORECASE) for cat, rx in _HEADER_WORDS.items()
}


def _rows(text: str) -> tuple[str, list[list[str]]] | None:
    lines = [ln for ln in text.splitlines() if ln.strip()]
    for sep in _SEPARATORS:
        rows = [ln.split(sep) for ln in lines]
        # (round 13, writer AE) an instruction line before the table ("Make this a table pls:") is no row
        while len(rows) > 2 and len(rows[0]) < 2 and rows[0][0].rstrip().endswith(":"):
            rows = rows[1:]
        table = [r for r in rows if len(r) >= 2]
        # a header and at least one row with the header's number of cells
        if len(table) >= 2 and len(rows[0]) >= 2 and sum(len(r) == len(rows[0]) for r in rows[1:]) >= 1:
            return sep, table
    return None


def is_table(text: str) -> bool:
    """The message holds a pasted table: two or more lines split into the same cells."""
    return _rows(text) is not None


def header_detail(text: str) -> str | None:
    """The category a column of a pasted table names, or None (no table, or no such column)."""
    return read_table(text)[1]


def read_table(text: str) -> tuple[bool, str | None]:
    """Whether the message holds a pasted table, and the category a column of it names (or None)."""
    found = _rows(text)
    if found is None:
        return False, None
    return True, _named_category(found[1][0])


def _named_category(header: list[str]) -> str | None:
    for cell in header:
        words = re.findall(r"[\wæøåÆØÅ-]+", cell)
        if len(words) > 2:
            continue  # a phrase ("Origin of request", "Health & safety course") names something else
        for word in words:
            for cat, rx in _HEADER_RX.items():
                if rx.match(word):
                    return cat
    return None
