"""`make bench`: latency, cold start, index build time and memory, printed as tables.

Runs on a temporary copy of everything (index and audit DB under a temp dir), so it never
touches ./data. Timings are wall-clock on this machine; tests never assert them.

    python scripts/bench.py [--only guard_bench.py bench_add_issue.py ...]
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
FALLBACK_QUESTIONS = [
    "hvad er skyggearbejde?",
    "hvordan kommer jeg i gang med AI som leder?",
    "hvad er seniorledelse?",
    "hvem er ansvarshavende redaktør på bladet?",
    "hvad er opskriften på æblekage?",
]


def _cli(env: dict[str, str], *args: str, stdin: bytes | None = None) -> tuple[float, int, subprocess.CompletedProcess]:
    """Run the CLI in a child; returns (seconds, peak RSS of the child in MB, result)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "bot.cli", *args], env=env, cwd=ROOT, capture_output=True, input=stdin)
    secs = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed: {p.stderr.decode()[-500:]}")
    return secs, max(peak, before) // 1024, p


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def table(title: str, rows: list[tuple[str, str]]) -> None:
    print(f"\n{title}")
    w = max(len(r[0]) for r in rows)
    print(f"| {'measure'.ljust(w)} | value |\n|{'-' * (w + 2)}|-------|")
    for k, v in rows:
        print(f"| {k.ljust(w)} | {v} |")


def main() -> None:
    # `--only a.py b.py`: the core table plus only these scripts (default: all of them).
    only = set(sys.argv[sys.argv.index("--only") + 1 :]) if "--only" in sys.argv else None
    tmp = Path(tempfile.mkdtemp(prefix="ledelsesbot-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("LEDELSESBOT_")}
    env.update(LEDELSESBOT_DATA_DIR=str(tmp / "data"), LEDELSESBOT_PSEUDONYM_KEY="bench", PYTHONPATH=str(ROOT))

    build_s, build_rss, _ = _cli(env, "index", "build")
    questions = (
        [json.loads(line)["question"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
        if DEV.exists()
        else FALLBACK_QUESTIONS
    )

    # Cold start: a fresh process from launch to its first printed answer.
    colds = [_cli(env, "ask", "--json", "hvad er skyggearbejde?")[0] for _ in range(3)]

    # Warm latency: one process, model loaded, every dev question 5 times through the service
    # (guard + retrieval + quotes + audit write).
    from bot.config import load_config
    from bot.service import BotService

    config = load_config(env)
    svc = BotService(config.core, config.audit)
    svc.ask("opvarmning", channel="cli", user_id="bench")
    lat: list[float] = []
    for _ in range(5):
        for q in questions:
            t = time.perf_counter()
            svc.ask(q, channel="cli", user_id="bench")
            lat.append((time.perf_counter() - t) * 1000)
    rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024

    table(
        "Answer latency and start-up (bundled corpus, 1 issue)",
        [
            ("warm answer p50 (ms)", f"{pct(lat, 50):.1f}"),
            ("warm answer p95 (ms)", f"{pct(lat, 95):.1f}"),
            ("warm answers measured", str(len(lat))),
            ("cold start to first answer, median of 3 (s)", f"{statistics.median(colds):.2f}"),
            ("index build (s)", f"{build_s:.1f}"),
            ("index build peak RSS (MB)", str(build_rss)),
            ("serving process peak RSS (MB)", str(rss_self)),
        ],
    )

    failed: list[str] = []
    for script in (
        "guard_bench.py",
        "bench_add_issue.py",
        "bench_scale.py",
        "bench_load.py",
        "audit_reliability.py",
        "bench_postgres.py",
        "bench_audit_web.py",
    ):
        path = ROOT / "scripts" / script
        if path.exists() and (only is None or script in only):
            print(f"\n## {script}")
            sys.stdout.flush()
            # One benchmark failing must not hide the others' tables, but `make bench` must fail.
            if subprocess.run([sys.executable, str(path)], cwd=ROOT, env=env, check=False).returncode:
                failed.append(script)
    if failed:
        print(f"\nFAILED: {', '.join(failed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
