"""Developer check: ordinary questions must be neither refused by the guard nor flagged as decision
requests. Reads question sets (``question`` fields, follow-up ``turns``, shared/eval/dev.jsonl
lines of kind answerable/out_of_scope) and prints counts and the ids of any refused or flagged
question (with text only under ``--show``).

    .venv/bin/python scripts/guard_questions.py [FILE ...] [--show] [--rules-only]

Defaults: tests/retrieval/data/questions-*.jsonl, out-of-scope*.jsonl, followups*.jsonl,
../shared/eval/dev.jsonl and tests/retrieval/data/dev-2024-03.jsonl.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from guard_eval import public_names  # noqa: E402

from retrieval.decision import is_decision_request  # noqa: E402
from retrieval.guard import check, learned_embedder_id  # noqa: E402


def default_files() -> list[Path]:
    data = ROOT / "tests" / "retrieval" / "data"
    files = sorted(data.glob("questions-*.jsonl")) + sorted(data.glob("out-of-scope*.jsonl"))
    files += sorted(data.glob("followups*.jsonl"))
    return [
        *files,
        ROOT.parent / "shared" / "eval" / "dev.jsonl",
        ROOT / "tests" / "retrieval" / "data" / "dev-2024-03.jsonl",
    ]


def questions(path: Path) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        c = json.loads(line)
        if "turns" in c:
            out += [(f"{c.get('conversation')}/{i}", t["question"]) for i, t in enumerate(c["turns"])]
        elif "question" in c and c.get("kind", "answerable") in ("answerable", "out_of_scope"):
            out.append((str(c.get("id")), c["question"]))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--rules-only", action="store_true")
    args = ap.parse_args()
    names = public_names()
    embed = None
    if not args.rules_only and learned_embedder_id():
        from guard_embeddings import cached_embed

        embed = cached_embed()
    seen: set[str] = set()
    total = refused = flagged = 0
    for path in args.files or default_files():
        for qid, text in questions(path):
            if text in seen:
                continue
            seen.add(text)
            total += 1
            emb = (lambda t=text: embed(t)) if embed else None
            r = check(text, names, embedding=emb)
            d = is_decision_request(text, embedding=emb)
            refused += r.refused
            flagged += d
            if r.refused or d:
                what = ("REFUSED " + str(r.category)) if r.refused else "FLAGGED"
                print(f"  {what} {path.name}:{qid}" + (f": {text}" if args.show else ""))
    print(f"{total} distinct questions: {refused} refused, {flagged} flagged as decision requests")


if __name__ == "__main__":
    main()
