"""Benchmark the privacy guard: data load time, memory, and per-message latency.

    .venv/bin/python scripts/guard_bench.py [FILE.jsonl ...]

Defaults to the repo's own sets (tests/retrieval/data/*.jsonl). Reports the resident memory
(VmRSS) of this process before the guard is imported, after import, and after the name data is
loaded by the first check; the time of that first check; and the median/p95/max time of
`check()` plus `is_decision_request()` per message over 5 passes of every message, as wall
time and as this thread's CPU time. No message text is printed.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    files = [Path(a) for a in sys.argv[1:]] or sorted((ROOT / "tests/retrieval/data").glob("*.jsonl"))
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
    from retrieval.guard import check

    imported = rss_mb()
    t_import = time.perf_counter() - t0
    t0 = time.perf_counter()
    check("Mette fra lønkontoret er sygemeldt")
    t_first = time.perf_counter() - t0
    loaded = rss_mb()
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(5):
        for t in texts:
            s, c = time.perf_counter(), time.thread_time()
            check(t)
            is_decision_request(t)
            cpu.append((time.thread_time() - c) * 1000)
            times.append((time.perf_counter() - s) * 1000)
    times.sort()
    cpu.sort()
    p95 = times[int(0.95 * (len(times) - 1))]
    cpu95 = cpu[int(0.95 * (len(cpu) - 1))]
    print(f"messages            {len(texts)} x 5 passes ({len(files)} files)")
    print(f"import              {t_import * 1000:.0f} ms, RSS {base:.0f} -> {imported:.0f} MB")
    print(
        f"first check (load)  {t_first * 1000:.0f} ms, RSS -> {loaded:.0f} MB "
        f"(+{loaded - base:.0f} MB over the bare interpreter)"
    )
    print(f"per message (wall)  median {statistics.median(times):.2f} ms, p95 {p95:.2f} ms, max {times[-1]:.2f} ms")
    # CPU time of this thread: what the guard costs, without time the scheduler gave to other
    # processes (on a busy 2-core machine a 4 ms scheduler tick shows up in the wall figure).
    print(f"per message (CPU)   median {statistics.median(cpu):.2f} ms, p95 {cpu95:.2f} ms, max {cpu[-1]:.2f} ms")
    print(f"load average        {Path('/proc/loadavg').read_text().split()[0]} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
