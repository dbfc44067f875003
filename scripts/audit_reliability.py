#!/usr/bin/env python3
"""Reliability bars of the audit log (bot.audit), run against a throw-away database.

1. Concurrency: N threads write M records each through one SQLiteAuditStore -> N*M records, the
   chain verifies.
2. Concurrency across connections: P separate SQLiteAuditStore objects (as separate processes would
   have), each written by 2 threads.
3. Crash: P writer processes append records and print every acknowledged id; all are killed
   with SIGKILL mid-stream. Every printed id must still be there and the chain must verify
   (only a record whose id was never printed may be missing).

Prints a small table and exits 1 if any bar is missed. Usage:

    python scripts/audit_reliability.py [--threads 8] [--per-thread 1000] [--procs 4]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bot.audit import VerifyResult  # noqa: E402
from bot.audit.sqlite import SQLiteAuditStore  # noqa: E402
from retrieval.models import Answer, Citation  # noqa: E402

KEY = "reliability-key"


def _verdict(res: VerifyResult) -> str:
    if res.ok:
        return f"verify OK ({res.count} records)"
    return f"verify BROKEN at id {res.first_broken_id}: {res.message}"


def _answer(i: int) -> Answer:
    return Answer(
        status="answered",
        text=f"Svar nummer {i}. " * 20,
        citations=[Citation("01/2024", "God ledelse", 3 + i % 40, "Et citat fra siden.", 0.71)],
        index_version="bench",
        embedder_id="bench",
        latency_ms=12.5,
    )


def run_threads(path: Path, threads: int, per_thread: int) -> tuple[int, float, str, bool]:
    """One SQLiteAuditStore shared by `threads` threads."""
    errors: list[BaseException] = []
    with SQLiteAuditStore(path, KEY) as log:

        def writer(t: int) -> None:
            try:
                for i in range(per_thread):
                    log.record_answer(_answer(i), f"tråd {t} spørgsmål {i}", channel="slack", user_id=f"U{t}")
            except BaseException as exc:
                errors.append(exc)

        start = time.perf_counter()
        pool = [threading.Thread(target=writer, args=(t,)) for t in range(threads)]
        for th in pool:
            th.start()
        for th in pool:
            th.join()
        seconds = time.perf_counter() - start
        count = log.count()
        res = log.verify()
    ok = res.ok and not errors and count == threads * per_thread
    verdict = _verdict(res) if not errors else f"{len(errors)} writer errors: {errors[0]}"
    return count, seconds, verdict, ok


def run_connections(path: Path, conns: int, per_thread: int) -> tuple[int, float, str, bool]:
    """`conns` SQLiteAuditStore objects (separate SQLite connections), two threads each."""
    logs = [SQLiteAuditStore(path, KEY) for _ in range(conns)]
    errors: list[BaseException] = []

    def writer(log: SQLiteAuditStore, t: int) -> None:
        try:
            for i in range(per_thread):
                log.record_answer(_answer(i), f"forbindelse {t} spørgsmål {i}", channel="teams", user_id=f"U{t}")
        except BaseException as exc:
            errors.append(exc)

    start = time.perf_counter()
    pool = [threading.Thread(target=writer, args=(lg, n)) for n, lg in enumerate(logs) for _ in range(2)]
    for th in pool:
        th.start()
    for th in pool:
        th.join()
    seconds = time.perf_counter() - start
    count = logs[0].count()
    res = logs[0].verify()
    for lg in logs:
        lg.close()
    ok = res.ok and not errors and count == conns * 2 * per_thread
    return count, seconds, _verdict(res) if not errors else f"errors: {errors[0]}", ok


WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[2])
from bot.audit.sqlite import SQLiteAuditStore
from retrieval.models import Answer, Citation
log = SQLiteAuditStore(Path(sys.argv[1]), "reliability-key")
ans = Answer(status="answered", text="svar " * 100,
             citations=[Citation("01/2024", "Artikel", 3, "citat", 0.5)])
i = 0
while True:
    rid = log.record_answer(ans, "spørgsmål %d" % i, channel="cli", user_id="U")
    sys.stdout.write("%d\\n" % rid)
    sys.stdout.flush()  # acknowledged only once printed
    i += 1
"""


def run_crash(path: Path, procs: int, run_seconds: float) -> tuple[int, float, str, bool]:
    """Writers in `procs` processes, all killed with SIGKILL after `run_seconds`."""
    SQLiteAuditStore(path, KEY).close()  # schema first, so every writer starts appending at once
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(REPO)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(procs)
    ]
    acked: list[int] = []
    lock = threading.Lock()

    def drain(p: subprocess.Popen[str]) -> None:
        assert p.stdout is not None
        for line in p.stdout:
            if line.endswith("\n"):  # a torn last line was never acknowledged
                with lock:
                    acked.append(int(line))

    readers = [threading.Thread(target=drain, args=(p,)) for p in children]
    for r in readers:
        r.start()
    start = time.perf_counter()
    time.sleep(run_seconds)
    for p in children:
        os.kill(p.pid, signal.SIGKILL)
    for p in children:
        p.wait()
    for r in readers:
        r.join()
    seconds = time.perf_counter() - start
    killed = all(p.returncode == -signal.SIGKILL for p in children)
    with SQLiteAuditStore(path, KEY) as log:
        res = log.verify()
        present = {r["id"] for r in log.iter_records()}
    missing = sorted(set(acked) - present)
    extra = len(present) - len(set(acked))  # committed but killed before printing: allowed
    ok = res.ok and not missing and killed and len(acked) > 0
    verdict = f"{_verdict(res)}; acknowledged {len(acked)}, missing {len(missing)}, unacknowledged but present {extra}"
    return len(present), seconds, verdict, ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--per-thread", type=int, default=1000)
    parser.add_argument("--procs", type=int, default=4, help="writer processes / connections")
    parser.add_argument("--crash-seconds", type=float, default=3.0)
    args = parser.parse_args(argv)

    rows: list[tuple[str, int, float, str, bool]] = []
    with tempfile.TemporaryDirectory(prefix="audit-reliability-") as tmp:
        d = Path(tmp)
        name = f"{args.threads} threads x {args.per_thread}"
        rows.append((name, *run_threads(d / "threads.sqlite3", args.threads, args.per_thread)))
        name = f"{args.procs} connections x 2 threads x {args.per_thread // 4}"
        rows.append((name, *run_connections(d / "conns.sqlite3", args.procs, args.per_thread // 4)))
        name = f"kill -9 of {args.procs} writer processes"
        rows.append((name, *run_crash(d / "crash.sqlite3", args.procs, args.crash_seconds)))

    width = max(len(r[0]) for r in rows)
    print(f"{'run'.ljust(width)}  {'records':>8}  {'seconds':>8}  {'rec/s':>7}  result")
    for name, count, seconds, verdict, ok in rows:
        rate = count / seconds if seconds else 0.0
        print(f"{name.ljust(width)}  {count:>8}  {seconds:>8.2f}  {rate:>7.0f}  {'PASS' if ok else 'FAIL'}: {verdict}")
    return 0 if all(r[4] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
