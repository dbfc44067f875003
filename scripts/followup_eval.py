"""Follow-ups in a thread: first-page accuracy of second turns with the thread vs without.

    LEDELSESBOT_DATA_DIR=… PYTHONPATH=. .venv/bin/python scripts/followup_eval.py FILE [--grid]

FILE holds two-turn threads (tests/retrieval/data/followups-{tune,holdout}.jsonl; fields in
tests/retrieval/data/QUESTIONS.md); the live index must hold every issue they ask about
(01/2024 and the 03/2024 sample: `ledelsesbot index add`). For each thread the first question is
answered alone and the second (a) alone and (b) in the thread (retrieval/followup.py), like
`ask --jsonl` with a "conversation" key. A second turn is right when its first citation is on a
gold page of the gold issue. `--grid` prints the rule's accuracy for each setting (tune on the
tune file only; report the holdout file once, untouched).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import load_config  # noqa: E402
from retrieval import followup  # noqa: E402
from retrieval.answering import Answerer  # noqa: E402
from retrieval.followup import ThreadContext  # noqa: E402
from retrieval.models import Answer  # noqa: E402


def _right(answer: Answer, turn: dict[str, Any]) -> bool:
    c = answer.citations[0] if answer.citations else None
    return c is not None and c.issue == turn["issue"] and c.page in turn["gold_pages"]


def run(answerer: Answerer, threads: list[dict[str, Any]]) -> dict[str, Any]:
    """Per thread: the second turn alone and in the thread, and whether it was read as a
    follow-up."""
    rows = []
    for t in threads:
        first, second = t["turns"]
        a1 = answerer.answer(first["question"])
        alone = answerer.answer(second["question"])
        thread = ThreadContext(previous=(first["question"],), topic=a1.searched_as)
        within = answerer.answer(second["question"], thread)
        rows.append(
            {
                "conversation": t["conversation"],
                "kind": second["followup_kind"],
                "first_right": _right(a1, first),
                "alone_right": _right(alone, second),
                "thread_right": _right(within, second),
                "read_as_followup": within.followup,
            }
        )
    return summarise(rows)


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracies per kind of second turn."""

    def rate(kind: str, key: str) -> str:
        sel = [r for r in rows if r["kind"] == kind]
        n = sum(1 for r in sel if r[key])
        return f"{n}/{len(sel)} = {n / len(sel):.3f}" if sel else "–"

    return {
        "threads": len(rows),
        "first turn right": f"{sum(r['first_right'] for r in rows)}/{len(rows)}",
        "elliptic: first page right, with the thread": rate("elliptic", "thread_right"),
        "elliptic: first page right, alone (no context)": rate("elliptic", "alone_right"),
        "elliptic: read as follow-up": rate("elliptic", "read_as_followup"),
        "self-contained: first page right, in the thread": rate("self_contained", "thread_right"),
        "self-contained: first page right, stand-alone": rate("self_contained", "alone_right"),
        "self-contained: read as follow-up (should be 0)": rate("self_contained", "read_as_followup"),
        "rows": rows,
    }


def grid(answerer: Answerer, threads: list[dict[str, Any]]) -> None:
    """The rule's accuracy for each (MAX_SPECIFICITY, MAX_CONTENT_WORDS, MIN_MARGIN_GAIN): each second turn is
    answered once alone and once with the topic, and its features are measured once."""
    index = answerer.live_index()
    measured = []
    for t in threads:
        first, second = t["turns"]
        a1 = answerer.answer(first["question"])
        q = second["question"]
        topic = a1.searched_as or first["question"]
        query = followup.combined(topic, q)
        embed = answerer.embedder.embed_query
        gain = answerer._margin(index, embed(query)) - answerer._margin(index, embed(q))
        alone = _right(answerer.answer(q), second)
        together = _right(answerer.answer(query), second)
        n = len(followup.content_words(q))
        spec = followup.specificity(q, index.stem_df, len(index.passages))
        measured.append((second["followup_kind"], n, gain, spec, alone, together))
    for max_spec in (1.5, 1.75, followup.MAX_SPECIFICITY, 2.25, 2.5, float("inf")):
        for words in (2, 3, 4, 5, 6, 8, 99):
            for min_gain in (-1.0, -0.5, 0.0, 0.5, 1.0, 2.0):
                right = {"elliptic": 0, "self_contained": 0}
                total = {"elliptic": 0, "self_contained": 0}
                for kind, n, gain, spec, alone, together in measured:
                    is_followup = n <= words and gain > min_gain and spec < max_spec
                    right[kind] += together if is_followup else alone
                    total[kind] += 1
                print(
                    f"specificity<{max_spec:<5} words≤{words:<3} gain>{min_gain:+.1f}: "
                    f"elliptic {right['elliptic']}/{total['elliptic']}, "
                    f"self-contained {right['self_contained']}/{total['self_contained']}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("file", type=Path)
    parser.add_argument("--grid", action="store_true", help="accuracy for each rule setting (tune file only)")
    parser.add_argument("--rows", action="store_true", help="print every thread's result")
    args = parser.parse_args()
    threads = [json.loads(line) for line in args.file.read_text(encoding="utf-8").splitlines() if line.strip()]
    answerer = Answerer(load_config().core)
    if args.grid:
        grid(answerer, threads)
        return
    summary = run(answerer, threads)
    rows = summary.pop("rows")
    for key, value in summary.items():
        print(f"{key:<52}{value}")
    if args.rows:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
