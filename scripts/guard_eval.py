"""Developer tool: measure the privacy guard and the decision detector on labelled JSONL sets.

Public names come from the magazine itself (corpus/ plus, when present, the sample issue
PDF(s) in ../shared/samples), exactly as the index derives them. `--show` prints the text of
missed and falsely refused cases — for development sets only; never use it on a held-out set.

The learned signals (docs/privacy.md § 4.3) are measured as served: with the default embedder's
query vector (cached on disk by scripts/guard_embeddings.py), computed only when a gate opens.
`--rules-only` measures the rules alone.

    .venv/bin/python scripts/guard_eval.py FILE [FILE ...] [--show] [--latency] [--half a] [--rules-only]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from retrieval.corpus import load_corpus  # noqa: E402
from retrieval.decision import is_decision_request  # noqa: E402
from retrieval.guard import check, learned_embedder_id, public_names_from_corpus  # noqa: E402
from retrieval.privacy_eval import evaluate_privacy, format_report  # noqa: E402


def public_names() -> frozenset[str]:
    pages: list[str] = []
    people: list[str] = []
    for issue in load_corpus(ROOT / "corpus"):
        pages += [p.text for p in issue.pages]
        people += issue.people()
    samples = ROOT.parent / "shared" / "samples"
    if samples.is_dir():
        from retrieval.pdf_import import extract_pages

        for pdf in sorted(samples.glob("*.pdf")):
            pages += [t for _, t in extract_pages(pdf)]
            manifest = pdf.with_suffix(".articles.json")
            if manifest.exists():
                for a in json.loads(manifest.read_text(encoding="utf-8")).get("articles", []):
                    people += [a.get(k) or "" for k in ("author", "person")]
    return public_names_from_corpus(pages, people)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--latency", action="store_true")
    ap.add_argument("--half", help="only lines whose 'half' field has this value")
    ap.add_argument("--rules-only", action="store_true", help="without the learned signals")
    args = ap.parse_args()
    names = public_names()
    embed = None
    if not args.rules_only and learned_embedder_id():
        from guard_embeddings import cached_embed

        embed = cached_embed()
        if getattr(embed, "id", None) != learned_embedder_id():
            sys.exit("the model was trained on another embedder; rebuild it or use --rules-only")
    for path in args.files:
        cases = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        if args.half:
            cases = [c for c in cases if c.get("half") == args.half]
        print(f"== {path.name}" + (f" (half {args.half})" if args.half else ""))
        print(format_report(evaluate_privacy(cases, names, embed)))
        if args.show:
            for c in cases:
                text = c.get("text", c.get("question"))
                if "must_refuse" in c or "kind" in c:
                    must = c.get("must_refuse", c.get("kind") == "sensitive")
                    r = check(text, names, embedding=(lambda t=text: embed(t)) if embed else None)
                    if r.refused != must:
                        print(
                            f"  {'MISS' if must else 'FALSE'} {c.get('id')} {c.get('category')} -> {r.category}: {text}"
                        )
                emb = (lambda t=text: embed(t)) if embed else None
                # as served: a refused message gets the refusal, never the decision framing
                if (
                    "is_decision" in c
                    and (is_decision_request(text, emb) and not check(text, names, embedding=emb).refused)
                    != c["is_decision"]
                ):
                    print(f"  DEC-{'MISS' if c['is_decision'] else 'FALSE'} {c.get('id')}: {text}")
        if args.latency:
            texts = [c.get("text", c.get("question")) for c in cases]
            check("warm-up", names)
            times = []
            for _ in range(5):
                for t in texts:
                    t0 = time.perf_counter()
                    check(t, names)
                    is_decision_request(t)
                    times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            p95 = times[int(0.95 * (len(times) - 1))]
            print(
                f"  latency over {len(times)} checks: median {statistics.median(times):.2f} ms, "
                f"p95 {p95:.2f} ms, max {times[-1]:.2f} ms"
            )


if __name__ == "__main__":
    main()
