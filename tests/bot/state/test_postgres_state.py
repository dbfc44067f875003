"""The shared runtime state on a real PostgreSQL (bot/state/postgres.py): two `PostgresState`
objects on one database stand in for two replicas."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from bot.audit import AuditError, AuditErrorKind
from bot.state import RateLimit, SlackState
from bot.state.postgres import PostgresState

import pg_cluster


@pytest.fixture
def replicas(pg_url: str) -> Iterator[Callable[[], PostgresState]]:
    made: list[PostgresState] = []

    def make() -> PostgresState:
        made.append(PostgresState(pg_url))
        return made[-1]

    yield make
    for state in made:
        state.close()


def test_a_delivery_is_claimed_once_across_replicas(replicas: Callable[[], PostgresState]) -> None:
    a, b = replicas(), replicas()
    assert isinstance(a, SlackState)
    assert a.first_time("event:Ev1") is True
    assert b.first_time("event:Ev1") is False  # Slack's retry reached the other replica
    assert a.first_time("event:Ev1") is False
    assert b.first_time("msg:C1:1700000000.000100") is True  # another kind of key slots in
    a.close()
    assert replicas().first_time("event:Ev1") is False  # a restart remembers


def test_concurrent_claims_of_one_key_have_one_winner(replicas: Callable[[], PostgresState]) -> None:
    import threading

    states = [replicas() for _ in range(3)]
    wins: list[bool] = []
    lock = threading.Lock()

    def claim(state: PostgresState, key: str) -> None:
        got = state.first_time(key)
        with lock:
            wins.append(got)

    for n in range(20):
        threads = [threading.Thread(target=claim, args=(s, f"event:E{n}")) for s in states for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert wins.count(True) == 20 and len(wins) == 120


def test_threads_and_shares_are_seen_by_every_replica(replicas: Callable[[], PostgresState]) -> None:
    a, b = replicas(), replicas()
    assert not b.is_bot_thread("C1", "1.0")
    a.remember_thread("C1", "1.0")
    a.remember_thread("C1", "1.0")
    assert b.is_bot_thread("C1", "1.0") and not b.is_bot_thread("C2", "1.0")
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "«Tillid tager tid.» æøå"}}]
    a.save_share("k1", "Tillid", blocks)
    assert b.load_share("k1") == ("Tillid", blocks)
    b.forget_share("k1")
    assert a.load_share("k1") is None and a.load_share("nope") is None


def test_the_rate_limit_window_is_shared(replicas: Callable[[], PostgresState]) -> None:
    now = [1000.0]

    def clock() -> float:
        return now[0]

    a = replicas().rate_limiter(3, 60.0, clock=clock)
    b = replicas().rate_limiter(3, 60.0, clock=clock)
    assert isinstance(a, RateLimit)
    assert [a.allow("U1"), b.allow("U1"), a.allow("U1")] == [True, True, True]
    assert b.allow("U1") is False and a.allow("U1") is False  # the 4th on any replica
    assert b.allow("U2") is True  # per user
    assert b.retry_after("U1") == pytest.approx(60.0)
    now[0] += 30
    assert a.retry_after("U1") == pytest.approx(30.0) and a.allow("U1") is False
    now[0] += 30.5
    assert a.retry_after("U1") == 0.0 and b.allow("U1") is True
    assert replicas().rate_limiter(0).allow("U1") is True  # 0 = no limit


def test_the_rate_limit_uses_the_servers_clock_by_default(replicas: Callable[[], PostgresState]) -> None:
    limiter = replicas().rate_limiter(2, 3600.0)
    assert limiter.allow("U1") and limiter.allow("U1") and not limiter.allow("U1")
    assert 3590 < limiter.retry_after("U1") <= 3600


def test_user_ids_are_not_stored_in_the_clear(replicas: Callable[[], PostgresState], pg_url: str) -> None:
    import psycopg

    replicas().rate_limiter(5).allow("U0SECRETUSER")
    with psycopg.connect(pg_url) as conn:
        keys = [r[0] for r in conn.execute("SELECT key FROM state_rate_hits")]
    assert len(keys) == 1 and "U0SECRETUSER" not in keys[0] and len(keys[0]) == 64


def test_a_read_only_role_cannot_run_the_bot(pg_server: pg_cluster.Cluster, pg_url: str) -> None:
    PostgresState(pg_url).close()
    from bot.audit.postgres import PostgresAuditStore

    PostgresAuditStore(pg_url, "k").close()
    db = pg_url.rsplit("/", 1)[1]
    pg_server.create_login(f"{db}_ro", "pw-ro", f"{db}_reader")
    with pytest.raises(AuditError) as info:
        PostgresState(pg_cluster.with_database(pg_url, db, user=f"{db}_ro", password="pw-ro"))
    assert info.value.kind == AuditErrorKind.READ_ONLY and "pw-ro" not in str(info.value)


def test_a_bot_role_uses_the_state(pg_server: pg_cluster.Cluster, pg_url: str) -> None:
    PostgresState(pg_url).close()
    db = pg_url.rsplit("/", 1)[1]
    pg_server.create_login(f"{db}_bot", "pw-bot", f"{db}_writer")
    state: Any = PostgresState(pg_cluster.with_database(pg_url, db, user=f"{db}_bot", password="pw-bot"))
    try:
        assert state.first_time("event:x") and state.rate_limiter(1).allow("U")
        state.save_share("k", "t", [])
        state.forget_share("k")
        state.prune()
    finally:
        state.close()
