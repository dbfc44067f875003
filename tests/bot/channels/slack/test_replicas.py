"""Three replicas of `ledelsesbot slack` (HTTP mode, real model, separate data directories) on
loopback behind one round-robin front, sharing one real PostgreSQL database and one index
directory. A sender plays Slack: 300 signed events from 30 users, a fifth of them retried on
purpose (the retry lands on another replica), every event without a 200 resent.

* Every event is answered exactly once, and the merged audit chain verifies with one record
  per question.
* Then `kill -9` of one replica in the middle of 90 more events: no acknowledged record (an
  audit id a posted answer carries) is lost, the chain still verifies, nothing is answered
  twice, and every event is answered except those the killed replica had already acknowledged
  (Slack never resends an acknowledged event; docs/deploy.md states this limit). A message it
  had claimed but not acknowledged is taken over by the resend once the claim's lease runs out.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

import replicas as rp
from slack_fakes import FakeSlackAPI

pytestmark = pytest.mark.slow

SECRET = "test-signing-secret"
QUESTIONS = [
    "hvad er skyggearbejde?",
    "hvordan kommer jeg i gang med AI som leder?",
    "hvad er seniorledelse?",
    "hvad er opskriften på æblekage?",
    "hvordan leder man på afstand?",
]


LEASE_S = 8


def _wait_quiet(fake: FakeSlackAPI, want: int, timeout: float, quiet_s: float = 2 * LEASE_S) -> int:
    """Wait until `want` threads have replies, or until the count stops growing for `quiet_s`
    (two leases: a claim the killed replica left is taken over within one)."""
    deadline = time.monotonic() + timeout
    last, since = -1, time.monotonic()
    while time.monotonic() < deadline:
        n = len(rp.replies_by_thread(fake))
        if n >= want:
            return n
        if n != last:
            last, since = n, time.monotonic()
        elif time.monotonic() - since > quiet_s:
            return n
        time.sleep(0.2)
    return len(rp.replies_by_thread(fake))


def _warnings(bots: list[Any]) -> list[str]:
    """The replicas' warnings and errors (claims taken over or lost, failed renewals, posts)."""
    lines = "".join(b.log.read_text(errors="replace") for b in bots).splitlines()
    return [line for line in lines if " WARNING " in line or " ERROR " in line][:20]


def test_three_replicas_answer_each_event_once_and_survive_kill_9(
    pg_url: str, index_copy: Path, tmp_path: Path
) -> None:
    from bot.audit.postgres import PostgresAuditStore

    fake = FakeSlackAPI()
    env = rp.base_env(
        LEDELSESBOT_DATABASE_URL=pg_url,
        LEDELSESBOT_PSEUDONYM_KEY="replica-test-key",
        LEDELSESBOT_INDEX_DIR=str(index_copy),
        LEDELSESBOT_EMBED_THREADS="1",
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake.api_url,
        # A short claim lease (default 30 s): a retry of a message the killed replica had claimed
        # is taken over once the lease runs out, inside the quiet time `_wait_quiet` allows. The
        # owners renew every third of it, so slow answers keep their claims; a replica starved
        # for two thirds of it loses its claim and then posts nothing (it confirms first).
        LEDELSESBOT_SLACK_CLAIM_LEASE_S=str(LEASE_S),
    )
    # All three start at once on an empty database: the schema is made once (advisory lock).
    bots = rp.start_replicas(env, 3, tmp_path)
    proxy = rp.RoundRobinProxy(bots)
    sender = rp.SlackSender(proxy.url, SECRET)
    try:
        # -- 300 events, 30 users, every fifth retried on purpose ---------------------------------
        events = rp.make_events(300, 30, QUESTIONS)
        with ThreadPoolExecutor(8) as pool:
            list(
                pool.map(lambda ev: sender.deliver(ev, extra_retries=1 if int(ev.event_id[2:]) % 5 == 0 else 0), events)
            )
        assert all(ev.acked for ev in events)
        served_by = {b for _, b, status in proxy.routed if status == 200}
        assert served_by == {0, 1, 2}  # the load was spread
        retried = [ev for ev in events if len(ev.statuses) > 1]
        assert len(retried) >= 60
        assert _wait_quiet(fake, 300, timeout=600) == 300
        fake.settle(1.0)
        replies = rp.replies_by_thread(fake)
        assert {ev.ts for ev in events} == set(replies)
        twice = [ev.ts for ev in events if len(replies[ev.ts]) != 1]
        assert not twice, f"answered twice: {twice[:5]}; replicas said: {_warnings(bots)}"
        with PostgresAuditStore(pg_url, "replica-test-key", create=False) as log:
            res = log.verify()
            assert res.ok, res.message
            questions = log.list_records(status=["answered", "no_answer", "refused"])
            assert len(questions) == 300, _warnings(bots)
            assert len({r["user_pseudonym"] for r in questions}) == 30
            acked_ids = {i for calls in replies.values() for c in calls for i in rp.audit_ids(c)}
            assert acked_ids <= {r["id"] for r in questions}

        # -- kill -9 one replica in the middle of 90 more events ------------------------------------
        more = rp.make_events(90, 30, QUESTIONS, start=300)
        victim = bots[1]

        def send(ev: rp.SentEvent) -> None:
            sender.deliver(ev)

        with ThreadPoolExecutor(6) as pool:
            futures = [pool.submit(send, ev) for ev in more]
            deadline = time.monotonic() + 120
            while sum(ev.acked for ev in more) < 30 and time.monotonic() < deadline:
                time.sleep(0.01)
            victim.kill()
            for f in futures:
                f.result()
        assert all(ev.acked for ev in more)
        _wait_quiet(fake, 390, timeout=600)
        fake.settle(1.0)
        replies = rp.replies_by_thread(fake)
        twice = [ts for ts, calls in replies.items() if len(calls) != 1]
        assert not twice, f"answered twice: {twice[:5]}; replicas said: {_warnings(bots)}"
        victim_acked = {eid for eid, b, status in proxy.routed if b == 1 and status == 200}
        lost = [ev for ev in more if ev.ts not in replies]
        assert all(ev.event_id in victim_acked for ev in lost), "an event the live replicas took was not answered"
        assert len(lost) <= 32  # at most what the victim had in flight (Bolt's listener pool)
        with PostgresAuditStore(pg_url, "replica-test-key", create=False) as log:
            res = log.verify()
            assert res.ok, res.message
            present = {r["id"] for r in log.iter_records()}
        acked_ids = {i for calls in replies.values() for c in calls for i in rp.audit_ids(c)}
        assert acked_ids and acked_ids <= present
    finally:
        proxy.close()
        for b in bots:
            b.stop()
        fake.close()
    logs: Any = "".join(b.log.read_text(errors="replace") for b in bots)
    assert "Traceback" not in logs.replace(victim.log.read_text(errors="replace"), "")
