"""Measure round 19's reading of a question that asks only for a rubric's own field ("Hvad er oplaget
ifølge kolofonen?", "deadline for the next issue"): the words naming the magazine's parts are left
out of the vocabulary shares unless nothing else is asked (`search._asked_words`) — the shipped code
against the same code that always leaves them out (then such a question has no concept and both
shares are 0, the strongest "not covered" evidence). Shipped ranking and abstention model, no refit;
the rule changes abstention only, so each question is ranked once.

Pools (scripts/fuzzy_vocab_experiment.load_pools): `released`, `untouched`, `later` (AA, AC–AF), and
AG, RH and RI (released in rounds 17–19; RI is where the class was found, so its figures are no
independent test).

Usage: PYTHONPATH=. .venv/bin/python scripts/rubric_only_experiment.py [cache dir]   (~15 min)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import english_common_words_experiment as ECW
import fuzzy_vocab_experiment as FV
from spelling_names_experiment import setup

from retrieval import search as S
from retrieval.abstention import DEFAULT_MODEL
from retrieval.rubrics import strip_rubric_words


def main() -> None:
    t0 = time.perf_counter()
    run = setup("rubric-only-", ("ag", "rh", "ri"))
    pools, emb, ix, vectors = run.pools, run.emb, run.ix, run.vectors
    names, probs, first, any_ = run.names, run.probs, run.first, run.any_
    shipped = S._asked_words
    for p, cs in pools.items():
        for c in cs:
            comp, hits, ok = FV.served_case(ix, emb, c, vectors[c["question"]])
            for v in names:
                S._asked_words = shipped if v == "shipped" else (lambda q, english: strip_rubric_words(q))  # type: ignore[assignment]
                try:
                    probs[v][p].append(DEFAULT_MODEL.probability(S.signals(ix, comp, hits)))
                finally:
                    S._asked_words = shipped  # type: ignore[assignment]
                first[v][p].append(bool(ok) and ok[0])
                any_[v][p].append(any(ok))
    FV.print_off_vs_shipped(pools, probs, first, any_, ECW.auc)
    print(f"\ntotal {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
