"""Fixtures for the auditors' web view: a populated audit log (opened read-only for reading and
once more for the access records), an account store with one auditor, and the app behind
Starlette's in-process test client.

`audit_backend` runs every web test on each audit backend: SQLite, and PostgreSQL on a fresh
database of the throw-away test cluster (tests/pg_cluster.py; skipped without PostgreSQL outside
CI). `stores` yields (writer, read-only reader, ids); `corrupt(sql)` edits the stored rows as an
attacker with full access would."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.audit import AuditStore
from bot.audit.sqlite import SQLiteAuditStore
from bot.config import WebSettings
from bot.web.accounts import SQLiteAccountStore, hash_password

from audit_fakes import AUDITOR, KEY, PASSWORD, login, populate
from fakes import FakeClock


@pytest.fixture(params=["sqlite", "postgres"])
def audit_backend(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[str, str]:
    """(backend, location) of one fresh log."""
    if request.param == "sqlite":
        return "sqlite", str(tmp_path / "audit.sqlite3")
    return "postgres", str(request.getfixturevalue("pg_url"))


def open_audit(backend: str, location: str, **kw: Any) -> AuditStore:
    if backend == "sqlite":
        return SQLiteAuditStore(Path(location), KEY, **kw)
    from bot.audit.postgres import PostgresAuditStore

    return PostgresAuditStore(location, KEY, **kw)


@pytest.fixture
def corrupt(audit_backend: tuple[str, str]) -> Callable[[str], None]:
    """Run one SQL statement on the stored log past the append-only triggers."""
    backend, location = audit_backend

    def run(sql: str) -> None:
        if backend == "sqlite":
            import sqlite3

            conn = sqlite3.connect(location, isolation_level=None)
            conn.execute("DROP TRIGGER IF EXISTS events_only_purge_update")
            conn.execute(sql)
            conn.close()
        else:
            import psycopg

            with psycopg.connect(location, autocommit=True) as pconn:
                pconn.execute("SET session_replication_role = replica")
                pconn.execute(sql)  # type: ignore[arg-type]

    return run


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 4, 1, tzinfo=UTC))


@pytest.fixture
def stores(audit_backend: tuple[str, str], clock: FakeClock) -> Iterator[tuple[AuditStore, AuditStore, dict[str, int]]]:
    backend, location = audit_backend
    writer = open_audit(backend, location, clock=clock)
    reader = open_audit(backend, location, read_only=True)
    ids = populate(writer, clock)
    yield writer, reader, ids
    reader.close()
    writer.close()


@pytest.fixture
def accounts(tmp_path: Path) -> Iterator[SQLiteAccountStore]:
    store = SQLiteAccountStore(tmp_path / "auditors.sqlite3")
    store.add(AUDITOR, hash_password(PASSWORD))
    yield store
    store.close()


@pytest.fixture
def make_client(stores: Any, accounts: SQLiteAccountStore, clock: FakeClock) -> Iterator[Callable[..., Any]]:
    """`make_client(**build_app kwargs)` -> a TestClient of the app on the populated log."""
    from starlette.testclient import TestClient

    from bot.web.app import build_app

    writer, reader, _ = stores
    clients: list[Any] = []

    def make(**kw: Any) -> Any:
        kw.setdefault("settings", WebSettings(accounts_location=str(accounts.path)))
        app = build_app(reader=reader, writer=writer, accounts=accounts, now=clock, **kw)
        client = TestClient(app, base_url="http://127.0.0.1", follow_redirects=False)
        clients.append(client)
        return client

    yield make
    for c in clients:
        c.close()


@pytest.fixture
def client(make_client: Callable[..., Any]) -> Any:
    """A logged-in client."""
    c = make_client()
    res = login(c)
    assert res.status_code == 303, res.text
    return c
