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


def turn_kinds(thread: dict[str, Any]) -> list[str]:
    """Each turn's kind: the first is the opening; a later turn's kind is its `kind` (elliptic,
    self_contained, topic_shift, out_of_scope) or, in the two-turn files, its `followup_kind`."""
    return ["opening"] + [t.get("kind") or t["followup_kind"] for t in thread["turns"][1:]]


def _correct(answer: Answer, turn: dict[str, Any], kind: str) -> bool:
    """An out-of-scope turn is right when the bot says the magazine does not cover it; any other
    turn when its first citation is on a gold page of the gold issue."""
    return answer.status == "no_answer" if kind == "out_of_scope" else _right(answer, turn)


def run(answerer: Answerer, threads: list[dict[str, Any]]) -> dict[str, Any]:
    """Every later turn of every thread answered as the service does (the thread's accepted
    questions and the last turn's search as its topic) and, for comparison, alone."""
    rows = []
    for t in threads:
        kinds = turn_kinds(t)
        previous: tuple[str, ...] = ()
        topic: str | None = None
        first_right = False
        for position, (turn, kind) in enumerate(zip(t["turns"], kinds, strict=True)):
            q = turn["question"]
            context = ThreadContext(previous=previous, topic=topic) if position else None
            within = answerer.answer(q, context)
            if position == 0:
                first_right = _right(within, turn)
            else:
                alone = answerer.answer(q)
                rows.append(
                    {
                        "conversation": t["conversation"],
                        "position": position + 1,
                        "kind": kind,
                        "lang": turn.get("lang", ""),
                        "first_right": first_right,
                        "alone_right": _correct(alone, turn, kind),
                        "thread_right": _correct(within, turn, kind),
                        "read_as_followup": within.followup,
                        "refused": within.status == "refused",
                    }
                )
            if within.status == "refused":  # the service forgets a thread on a refusal
                previous, topic = (), None
            else:
                previous = (*previous, q)
                topic = within.searched_as or q
    return summarise(rows)


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracies per kind of later turn."""

    def rate(key: str, sel: list[dict[str, Any]]) -> str:
        n = sum(1 for r in sel if r[key])
        return f"{n}/{len(sel)} = {n / len(sel):.3f}" if sel else "–"

    out: dict[str, Any] = {"later turns": len(rows)}
    labels = {
        "elliptic": "elliptic",
        "self_contained": "self-contained",
        "topic_shift": "topic shift",
        "out_of_scope": "out of scope (right = not covered)",
    }
    for kind, label in labels.items():
        sel = [r for r in rows if r["kind"] == kind]
        if not sel:
            continue
        out[f"{label}: right, in the thread"] = rate("thread_right", sel)
        out[f"{label}: right, alone"] = rate("alone_right", sel)
        out[f"{label}: read as follow-up"] = rate("read_as_followup", sel)
    answerable = [r for r in rows if r["kind"] != "out_of_scope"]
    out["all answerable later turns: right in the thread"] = rate("thread_right", answerable)
    out["all later turns: right in the thread"] = rate("thread_right", rows)
    for lang in sorted({r["lang"] for r in rows if r["lang"]}):
        out[f"  {lang}: right in the thread"] = rate("thread_right", [r for r in rows if r["lang"] == lang])
    out["rows"] = rows
    return out


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
        print(f"{key:<58}{value}")
    if args.rows:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))


if __name__ == "__main__":
    main()
