"""Fixtures for the auditors' web view: a populated audit log (opened read-only for reading and
once more for the access records), an account store with one auditor, and the app behind
Starlette's in-process test client.

`audit_backend` is the seam for more backends: it yields a factory `(path) -> (writer, reader)`;
the PostgreSQL store adds its own param here (its fixture makes a throw-away database)."""

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


@pytest.fixture(params=["sqlite"])
def audit_backend(request: pytest.FixtureRequest) -> Callable[[Path, FakeClock], tuple[AuditStore, AuditStore]]:
    """(writer, read-only reader) of one log on the backend under test."""

    def sqlite(path: Path, clock: FakeClock) -> tuple[AuditStore, AuditStore]:
        writer = SQLiteAuditStore(path, KEY, clock=clock)
        return writer, SQLiteAuditStore(path, KEY, read_only=True)

    return {"sqlite": sqlite}[request.param]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2024, 4, 1, tzinfo=UTC))


@pytest.fixture
def stores(
    tmp_path: Path, audit_backend: Callable[[Path, FakeClock], tuple[AuditStore, AuditStore]], clock: FakeClock
) -> Iterator[tuple[AuditStore, AuditStore, dict[str, int]]]:
    writer, reader = audit_backend(tmp_path / "audit.sqlite3", clock)
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
