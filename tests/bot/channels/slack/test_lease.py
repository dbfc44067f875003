"""Leased message claims (bot/state/lease.py) on both backends — the SQLite file
(`SlackStore`) and PostgreSQL (`PostgresState`) — and in the Bolt app: a replica that claimed a
message and died before finishing it (e.g. `kill -9` between the claim and its HTTP 200) leaves
a claim that Slack's retry takes over once the lease has run out, exactly once.

In process and offline; every time is an injected clock (no renewal threads), and two store
objects with different owners stand in for two replicas."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.channels.slack.dedupe import SlackStore
from bot.state import Claim, MessageClaims, SlackState
from bot.state.lease import LeaseKeeper, claim_when_free, replica_id

LEASE = 30.0
KEY = "message:C1:1700000000.000100"


class Clock:
    """A clock the test moves by hand. It starts at the real time only because stores opened
    on the real clock (the app's own, when none is passed) prune rows that look a week old."""

    def __init__(self) -> None:
        self.now = float(int(time.time()))

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


Make = Callable[..., Any]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=["sqlite", "postgres"])
def replicas(request: pytest.FixtureRequest, tmp_path: Path, clock: Clock) -> Iterator[Make]:
    """Factory: `make(owner)` → one replica's store on the shared state (the same SQLite file,
    or the same PostgreSQL database), on the test's clock, without a renewal thread."""
    made: list[Any] = []
    if request.param == "sqlite":

        def make(owner: str, lease_s: float = LEASE) -> Any:
            made.append(
                SlackStore(tmp_path / "slack.sqlite3", clock=clock, lease_s=lease_s, owner=owner, renew_leases=False)
            )
            return made[-1]

    else:
        from bot.state.postgres import PostgresState

        url = request.getfixturevalue("pg_url")

        def make(owner: str, lease_s: float = LEASE) -> Any:
            made.append(PostgresState(url, clock=clock, lease_s=lease_s, owner=owner, renew_leases=False))
            return made[-1]

    yield make
    for store in made:
        store.close()


# -- the rule ------------------------------------------------------------------------------------
def test_a_claim_whose_owner_died_is_taken_over_after_the_lease_once(replicas: Make, clock: Clock) -> None:
    dead, a, b = replicas("dead"), replicas("a"), replicas("b")
    assert isinstance(a, SlackState) and isinstance(a, MessageClaims)
    assert dead.claim(KEY) is Claim.NEW  # …and the replica is killed before it finishes
    clock.now += LEASE - 1
    assert a.claim(KEY) is Claim.HELD  # within the lease: the owner may still be answering
    clock.now += 1
    assert a.claim(KEY) is Claim.TAKEN_OVER  # the lease ran out unfinished
    assert b.claim(KEY) is Claim.HELD and a.claim(KEY) is Claim.HELD  # a holds it now
    a.finish(KEY)
    assert b.claim(KEY) is Claim.DONE and dead.claim(KEY) is Claim.DONE
    clock.now += 10 * LEASE
    assert replicas("later").claim(KEY) is Claim.DONE  # a finished claim never expires


def test_a_finished_claim_drops_every_retry(replicas: Make, clock: Clock) -> None:
    a, b = replicas("a"), replicas("b")
    assert a.claim(KEY) is Claim.NEW
    a.finish(KEY)
    assert [a.claim(KEY), b.claim(KEY)] == [Claim.DONE, Claim.DONE]
    assert b.claim("message:C1:other") is Claim.NEW  # per key


def test_delivery_keys_are_finished_claims(replicas: Make) -> None:
    a, b = replicas("a"), replicas("b")
    assert a.first_time("event:Ev1") is True and b.first_time("event:Ev1") is False
    assert b.claim("event:Ev1") is Claim.DONE
    assert a.claim(KEY) is Claim.NEW and b.first_time(KEY) is False  # a claim is a seen key


def test_the_owner_keeps_a_slow_answer_by_renewing(replicas: Make, clock: Clock) -> None:
    a, b = replicas("a"), replicas("b")
    assert a.claim(KEY) is Claim.NEW and a.leases.held() == [KEY]
    for _ in range(5):  # an answer that takes five leases, renewed every third of one
        for _ in range(3):
            clock.now += LEASE / 3
            a.leases.renew_now()
        assert b.claim(KEY) is Claim.HELD
    a.finish(KEY)
    assert a.leases.held() == [] and b.claim(KEY) is Claim.DONE


def test_the_old_owner_neither_renews_nor_keeps_a_taken_over_claim(replicas: Make, clock: Clock) -> None:
    slow, a, b = replicas("slow"), replicas("a"), replicas("b")
    assert slow.claim(KEY) is Claim.NEW
    clock.now += LEASE  # frozen longer than the lease (no renewal reached the store)
    assert a.claim(KEY) is Claim.TAKEN_OVER
    clock.now += LEASE - 1
    slow.leases.renew_now()  # thawed: its renewal must not extend a's lease …
    clock.now += 1
    assert b.claim(KEY) is Claim.TAKEN_OVER  # … so a's expiry still counts (a died too)
    b.finish(KEY)
    slow.finish(KEY)  # finishing late marks it done again: harmless
    assert a.claim(KEY) is Claim.DONE


def test_the_owner_confirms_its_claim_before_posting_and_loses_it_to_a_takeover(replicas: Make, clock: Clock) -> None:
    slow, b = replicas("slow"), replicas("b")
    assert slow.claim(KEY) is Claim.NEW
    clock.now += LEASE - 1
    assert slow.confirm(KEY) is True  # still ours: confirming renews the lease …
    clock.now += LEASE - 1
    assert b.claim(KEY) is Claim.HELD  # … so the claim outlives the first lease
    clock.now += LEASE  # then slow freezes longer than a lease and b takes the message over
    assert b.claim(KEY) is Claim.TAKEN_OVER
    assert slow.confirm(KEY) is False  # slow must not post: b answers
    assert b.confirm(KEY) is True
    b.finish(KEY)
    assert b.confirm(KEY) is False and slow.confirm(KEY) is False  # done: nobody posts again
    assert slow.confirm("message:C1:never-claimed") is False


def test_concurrent_takeovers_have_one_winner(replicas: Make, clock: Clock) -> None:
    dead = replicas("dead")
    contenders = [replicas(f"r{i}") for i in range(4)]
    keys = [f"message:C1:17000000{n:02d}.000100" for n in range(15)]
    for key in keys:
        assert dead.claim(key) is Claim.NEW
    clock.now += LEASE + 1
    results: dict[str, list[Claim]] = {key: [] for key in keys}
    lock = threading.Lock()

    def take(store: Any, key: str, barrier: threading.Barrier) -> None:
        barrier.wait()
        got = store.claim(key)
        with lock:
            results[key].append(got)

    for key in keys:
        barrier = threading.Barrier(2 * len(contenders))
        threads = [threading.Thread(target=take, args=(store, key, barrier)) for store in contenders for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    for key in keys:
        assert sorted(r.value for r in results[key]) == ["held"] * 7 + ["taken_over"], key


def test_concurrent_first_claims_have_one_winner(replicas: Make) -> None:
    contenders = [replicas(f"r{i}") for i in range(3)]
    wins: list[Claim] = []
    lock = threading.Lock()

    def claim(store: Any, key: str, barrier: threading.Barrier) -> None:
        barrier.wait()
        got = store.claim(key)
        with lock:
            wins.append(got)

    for n in range(15):
        barrier = threading.Barrier(6)
        threads = [
            threading.Thread(target=claim, args=(s, f"message:C2:{n}.0", barrier)) for s in contenders for _ in range(2)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert wins.count(Claim.NEW) == 15 and wins.count(Claim.HELD) == 75


# -- waiting for a live lease ----------------------------------------------------------------------
def test_a_retry_waits_for_a_live_lease_then_takes_over(replicas: Make, clock: Clock) -> None:
    dead, a = replicas("dead"), replicas("a")
    dead.claim(KEY)
    clock.now += 1
    assert claim_when_free(a, KEY, sleep=clock.sleep) is Claim.TAKEN_OVER
    assert clock.now - 1 >= LEASE  # it waited for the lease, not less


def test_a_retry_that_waits_for_a_live_owner_is_dropped_when_it_finishes(replicas: Make, clock: Clock) -> None:
    owner, a = replicas("owner"), replicas("a")
    owner.claim(KEY)
    polls = 0

    def sleep(seconds: float) -> None:
        nonlocal polls
        polls += 1
        clock.sleep(seconds)
        owner.leases.renew_now()
        if polls == 12:
            owner.finish(KEY)  # the answer is posted

    assert claim_when_free(a, KEY, sleep=sleep) is Claim.DONE
    assert polls == 12


def test_a_retry_gives_up_on_an_owner_that_renews_for_ever(replicas: Make, clock: Clock) -> None:
    owner, a = replicas("owner"), replicas("a")
    owner.claim(KEY)

    def sleep(seconds: float) -> None:
        clock.sleep(seconds)
        owner.leases.renew_now()  # alive, but never finishing

    assert claim_when_free(a, KEY, sleep=sleep, max_wait_s=5 * LEASE) is Claim.HELD


# -- the renewal thread and the owner id -----------------------------------------------------------
def test_the_lease_keeper_renews_what_is_held_in_its_thread() -> None:
    renewed: list[list[str]] = []
    called = threading.Event()

    def renew(keys: list[str]) -> None:
        renewed.append(keys)
        called.set()

    keeper = LeaseKeeper(renew, lease_s=0.15)
    try:
        keeper.hold("k1")
        keeper.hold("k2")
        keeper.release("k2")
        assert called.wait(timeout=10)
    finally:
        keeper.close()
    assert renewed[0] == ["k1"]


def test_the_replica_id_is_made_once_per_process() -> None:
    import os
    import socket

    rid = replica_id()
    assert rid == replica_id() and rid.startswith(f"{socket.gethostname()}:{os.getpid()}:")


# -- upgrading: claims from before the lease ---------------------------------------------------------
def test_an_old_sqlite_state_file_is_migrated_in_place(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "slack-events.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        """
        CREATE TABLE seen (key TEXT PRIMARY KEY, seen_at REAL NOT NULL);
        CREATE TABLE threads (channel TEXT NOT NULL, thread_ts TEXT NOT NULL, answered_at REAL NOT NULL,
                              PRIMARY KEY (channel, thread_ts));
        CREATE TABLE shares (key TEXT PRIMARY KEY, text TEXT NOT NULL, blocks TEXT NOT NULL, created_at REAL NOT NULL);
        """
    )
    old.execute("INSERT INTO seen VALUES (?, ?), (?, ?)", (KEY, clock.now, "event:Ev1", clock.now))
    old.execute("INSERT INTO threads VALUES ('C1', '1.0', ?)", (clock.now,))
    old.commit()
    old.close()
    stores = [SlackStore(path, clock=clock, owner=f"r{i}", renew_leases=False) for i in range(2)]  # twice: idempotent
    try:
        a = stores[1]
        assert a.claim(KEY) is Claim.DONE  # an old claim is a finished one: its retry is still dropped
        assert a.first_time("event:Ev1") is False and a.is_bot_thread("C1", "1.0")
        assert a.claim("message:C1:new") is Claim.NEW
    finally:
        for s in stores:
            s.close()


def test_an_old_postgres_state_is_migrated_in_place(pg_url: str, clock: Clock) -> None:
    import psycopg

    from bot import postgres as pg
    from bot.state import postgres_schema as schema
    from bot.state.postgres import WHAT, PostgresState

    pool = pg.open_pool(pg_url, what=WHAT, max_size=1)
    try:
        before = [m for m in schema.MIGRATIONS if m[0] != "m004_claim_leases"]
        pg.ensure_schema(
            pool,
            schema.MIGRATIONS_TABLE,
            before,
            lock_key=schema.MIGRATION_LOCK_KEY,
            now="2025-01-01T00:00:00Z",
            apply=True,
            what=WHAT,
            url=pg_url,
        )
    finally:
        pool.close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("INSERT INTO state_seen (key) VALUES (%s), (%s)", (KEY, "event:Ev1"))
    state = PostgresState(pg_url, clock=clock, owner="new", renew_leases=False)
    try:
        assert state.claim(KEY) is Claim.DONE
        assert state.first_time("event:Ev1") is False
        assert state.claim("message:C1:new") is Claim.NEW
    finally:
        state.close()
    with psycopg.connect(pg_url, autocommit=True) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM state_migrations ORDER BY name")]
    assert names[-1] == "m004_claim_leases" and len(names) == len(schema.MIGRATIONS)


# -- in the Bolt app: the kill -9 window -------------------------------------------------------------
def test_a_retry_of_a_message_claimed_by_a_dead_replica_is_answered_once(
    sf: Any, fake_slack: Any, slack_config: Any, stub_service: Any, slack_app: Any, clock: Clock
) -> None:
    """The round-14 window: replica A claims the message in its listener, then `kill -9` lands
    before A's 200 reaches Slack. Slack's retry reaches this replica (already acknowledged when
    the listener sees the claim): it is not dropped — the listener watches A's lease and takes
    the message over when it runs out — and it is answered exactly once."""
    path = slack_config.slack.state_db
    path.parent.mkdir(parents=True, exist_ok=True)
    dead = SlackStore(path, clock=clock, lease_s=1.0, owner="dead", renew_leases=False)
    live = SlackStore(path, clock=clock, lease_s=1.0, owner="live", renew_leases=False)
    ev = sf.mention("Hvordan bygger jeg tillid?", channel="C1", ts="1700000100.000100")
    assert dead.claim(f"message:C1:{ev['ts']}") is Claim.NEW  # …and A dies here
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc, store=live)
    assert h.event(ev, event_id="EvKILLED", retry_num=1).status == 200
    fake_slack.settle()
    assert fake_slack.messages == [] and svc.answerer.questions == []  # A's lease is live: wait
    clock.now += 1.0  # A's lease runs out (its owner renews nothing: it is dead)
    (post,) = fake_slack.wait_count(1, "chat.postMessage")
    assert post.params["thread_ts"] == ev["ts"]
    # Slack's later retries, and a duplicate on the same replica, are dropped: the claim is done
    # (the listener marks it done right after posting; under load that can lag the post a little).
    assert h.event(ev, event_id="EvKILLED", retry_num=2).status == 200
    deadline = time.monotonic() + 10
    while live.claim(f"message:C1:{ev['ts']}") is not Claim.DONE and time.monotonic() < deadline:
        time.sleep(0.02)
    assert live.claim(f"message:C1:{ev['ts']}") is Claim.DONE
    fake_slack.settle()
    assert len(fake_slack.of("chat.postMessage")) == 1 and svc.answerer.questions == ["Hvordan bygger jeg tillid?"]
    dead.close()
    live.close()


def test_a_replica_whose_claim_was_taken_over_while_it_answered_posts_nothing(
    sf: Any, fake_slack: Any, slack_config: Any, stub_service: Any, slack_app: Any, clock: Clock
) -> None:
    """A live replica frozen past its lease while it answered (no renewal reached the store):
    the retry on another replica took the message over and answers it, so this one, when it
    wakes, confirms its claim before logging and posting, finds it lost and does neither (the
    new owner logs the message: one record per message, as the replica test counts)."""
    path = slack_config.slack.state_db
    path.parent.mkdir(parents=True, exist_ok=True)
    slow = SlackStore(path, clock=clock, lease_s=1.0, owner="slow", renew_leases=False)
    other = SlackStore(path, clock=clock, lease_s=1.0, owner="other", renew_leases=False)
    ev = sf.mention("Hvordan bygger jeg tillid?", channel="C1", ts="1700000200.000100")
    key = f"message:C1:{ev['ts']}"
    took_over: list[Claim] = []

    def frozen_past_the_lease(question: str) -> None:
        clock.now += 1.5
        took_over.append(other.claim(key))
        return None  # the canned answer

    svc = stub_service(slack_config, make=frozen_past_the_lease)
    h = slack_app(slack_config, svc, store=slow)
    assert h.event(ev, event_id="EvSLOW").status == 200
    deadline = time.monotonic() + 10
    while (not took_over or slow.leases.held()) and time.monotonic() < deadline:
        time.sleep(0.02)  # the listener lets go of the lost claim when it gives up its answer
    fake_slack.settle()
    assert took_over == [Claim.TAKEN_OVER] and svc.answerer.questions == ["Hvordan bygger jeg tillid?"]
    assert fake_slack.of("chat.postMessage") == [] and fake_slack.of("chat.postEphemeral") == []
    assert svc.audit().list_records() == []  # nothing logged by the replica that gave it up
    assert slow.leases.held() == [] and slow.claim(key) is Claim.HELD  # not marked done: other's to finish
    other.finish(key)
    assert slow.claim(key) is Claim.DONE
    slow.close()
    other.close()
