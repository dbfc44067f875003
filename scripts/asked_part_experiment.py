"""Measure round 31's reading of the asker's own situation told before the question (`search.asked_part`): the
shipped code against the same code with the whole message read for the abstention signals, on every released
question the rule changes (the blind sets, the question files and both dev sets; the sealed writers' files are
left out). Answers as served by the live index, which must hold 01/2024 and the 03/2024 sample.

Usage:
    export LEDELSESBOT_DATA_DIR=$(mktemp -d) LEDELSESBOT_SOURCE_URL='https://example.org/ol/{issue_id}/side/{page}'
    .venv/bin/ledelsesbot index build
    .venv/bin/ledelsesbot index add ../shared/samples/offentlig-ledelse-2024-03.pdf --issue 03/2024
    PYTHONPATH=. .venv/bin/python scripts/asked_part_experiment.py [--sealed rx ...]   (~5 min)
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from bot.config import load_config
from retrieval import evaluation as E
from retrieval import search as S
from retrieval.answering import Answerer, is_english

DATA = Path(__file__).resolve().parent.parent / "tests" / "retrieval" / "data"
DEV = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "dev.jsonl"
SEALED = ("rx",)  # round 31's sealed writer: figures only, through `eval --cases`


def questions(sealed: tuple[str, ...]) -> list[dict[str, Any]]:
    """The released answerable and out-of-scope questions whose asked part differs from the whole message."""
    files = sorted(DATA.glob("blind-*/*.jsonl")) + [
        DATA / f"{n}.jsonl" for n in ("questions-2024-01", "questions-2024-03", "out-of-scope", "dev-2024-03")
    ]
    files += [DEV] if DEV.exists() else []
    out = []
    for f in files:
        if any(f.parent.name == f"blind-{w}" for w in sealed):
            continue
        for line in f.read_text(encoding="utf-8").splitlines():
            c = json.loads(line) if line.strip() else {}
            q = c.get("question")
            if (
                q
                and c.get("kind") in ("answerable", "out_of_scope")
                and S.asked_part(q, is_english(q)).strip() != q.strip()
            ):
                out.append(c)
    return out


def score(answerer: Answerer, cases: list[dict[str, Any]]) -> Counter[str]:
    n: Counter[str] = Counter()
    for c in cases:
        a = answerer.answer(c["question"])
        if c["kind"] == "answerable":
            n["answerable"] += 1
            n["answered"] += a.status == "answered"
            n["first"] += E._first_hit(c, a)
            n["any"] += E._any_hit(c, a)
        else:
            n["out_of_scope"] += 1
            n["declined"] += a.status == "no_answer"
    return n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sealed", nargs="*", default=list(SEALED), help="writers to leave out")
    args = ap.parse_args()
    cases = questions(tuple(args.sealed))
    answerer = Answerer(load_config().core)
    shipped = S.asked_part
    with_rule = score(answerer, cases)
    S.asked_part = lambda question, english: question  # the whole message, as before round 31
    try:
        without = score(answerer, cases)
    finally:
        S.asked_part = shipped
    print(f"questions the rule changes: {len(cases)}")
    for key, label in (("answered", "answered"), ("first", "first page"), ("any", "any page")):
        print(f"  {label:<12} {without[key]} -> {with_rule[key]} of {with_rule['answerable']}")
    print(
        f"  declined     {without['declined']} -> {with_rule['declined']} of {with_rule['out_of_scope']} out of scope"
    )


if __name__ == "__main__":
    main()
