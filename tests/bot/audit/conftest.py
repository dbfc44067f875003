"""The audit store tests run against every backend: `backend` is parametrised (sqlite,
postgres), `log` is a fresh store of that backend with a fake clock, `make_store` opens more
stores on the same location, and `tamper` edits the stored rows as an attacker with full
access to the database would (SQLite: triggers dropped; PostgreSQL: a superuser session with
triggers disabled), or — with `tamper(strict=True)` — as an ordinary privileged session that
the append-only triggers still apply to."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.audit import AuditStore

from fakes import FakeClock

KEY = "test-secret-key"
BACKENDS = ("sqlite", "postgres")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 3, 1, 9, 0, tzinfo=UTC))


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def location(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """Where the backend's log lives: a SQLite file, or a fresh PostgreSQL database's URL."""
    if backend == "sqlite":
        return str(tmp_path / "audit.sqlite3")
    return str(request.getfixturevalue("pg_url"))


def open_backend(backend: str, location: str, key: str = KEY, **kw: Any) -> Any:
    """A store of `backend` at `location` (kw: clock, create)."""
    if backend == "sqlite":
        from bot.audit.sqlite import SQLiteAuditStore

        return SQLiteAuditStore(Path(location), key, **kw)
    from bot.audit.postgres import PostgresAuditStore

    return PostgresAuditStore(location, key, **kw)


@pytest.fixture
def make_store(backend: str, location: str) -> Iterator[Callable[..., Any]]:
    """`make_store(key=KEY, *, location=…, clock=None, create=True)`; all closed at the end."""
    made: list[Any] = []

    def make(key: str = KEY, *, location: str = location, **kw: Any) -> Any:
        store = open_backend(backend, location, key, **kw)
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()


@pytest.fixture
def log(make_store: Callable[..., Any], clock: FakeClock) -> AuditStore:
    return make_store(clock=clock)  # type: ignore[no-any-return]


class Tamper:
    """Direct SQL on the stored log, bypassing the store (`?` placeholders on every backend)."""

    def __init__(self, backend: str, location: str, *, strict: bool) -> None:
        self.backend = backend
        if backend == "sqlite":
            self.conn: Any = sqlite3.connect(location, isolation_level=None)
            if not strict:
                self.conn.execute("DROP TRIGGER IF EXISTS events_no_delete")
                self.conn.execute("DROP TRIGGER IF EXISTS events_only_purge_update")
        else:
            import psycopg

            self.conn = psycopg.connect(location, autocommit=True)
            if not strict:
                # A superuser can switch every ordinary trigger off for its session.
                self.conn.execute("SET session_replication_role = replica")

    def execute(self, sql: str, params: tuple[Any, ...] = ()) -> Any:
        if self.backend == "postgres":
            sql = sql.replace("?", "%s")
        return self.conn.execute(sql, params)

    def row(self, rid: int) -> dict[str, Any]:
        cur = self.execute("SELECT * FROM events WHERE id = ?", (rid,))
        names = [d[0] for d in cur.description]
        return dict(zip(names, cur.fetchone(), strict=True))

    def close(self) -> None:
        self.conn.close()

    @property
    def errors(self) -> tuple[type[BaseException], ...]:
        """What the database raises when a trigger refuses a statement."""
        if self.backend == "sqlite":
            return (sqlite3.DatabaseError,)
        import psycopg

        return (psycopg.Error,)


@pytest.fixture
def tamper(backend: str, location: str) -> Iterator[Callable[..., Tamper]]:
    made: list[Tamper] = []

    def make(*, strict: bool = False) -> Tamper:
        t = Tamper(backend, location, strict=strict)
        made.append(t)
        return t

    yield make
    for t in made:
        t.close()
