"""The web view on PostgreSQL as docs/deploy.md sets it up: it reads as a login in the auditors'
read-only group role and appends its access records as a login in the bot's writer group role."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from bot.config import WebSettings

from audit_fakes import KEY, login, populate
from fakes import FakeClock


@pytest.fixture
def role_urls(pg_server: Any, pg_url: str) -> dict[str, str]:
    from bot.audit.postgres import PostgresAuditStore

    import pg_cluster

    PostgresAuditStore(pg_url, KEY).close()  # the owner applies the schema and the grants
    db = pg_url.rsplit("/", 1)[1]
    urls = {}
    for name, group in (("bot", "writer"), ("auditor", "reader")):
        role = f"{db}_{name}_web"
        pg_server.create_login(role, "pw-" + name, f"{db}_{group}")
        urls[name] = pg_cluster.with_database(pg_url, db, user=role, password="pw-" + name)
    return urls


@pytest.fixture
def app_on_roles(role_urls: dict[str, str], accounts: Any) -> Iterator[tuple[Any, Any, Any]]:
    from starlette.testclient import TestClient

    from bot.audit.postgres import PostgresAuditStore
    from bot.web.app import build_app

    clock = FakeClock(datetime(2024, 4, 1, tzinfo=UTC))
    writer = PostgresAuditStore(role_urls["bot"], KEY, create=False, clock=clock)
    populate(writer, clock)
    reader = PostgresAuditStore(role_urls["auditor"], KEY, read_only=True)
    app = build_app(
        reader=reader,
        writer=writer,
        accounts=accounts,
        settings=WebSettings(accounts_location=str(accounts.path)),
        now=clock,
    )
    client = TestClient(app, base_url="http://127.0.0.1", follow_redirects=False)
    yield client, reader, writer
    client.close()
    reader.close()
    writer.close()


def test_reads_as_the_auditor_role_and_logs_as_the_bot_role(
    app_on_roles: tuple[Any, Any, Any], role_urls: dict[str, str]
) -> None:
    import psycopg

    client, reader, _ = app_on_roles
    assert login(client).status_code == 303
    res = client.get("/poster?feedback=ned")
    assert res.status_code == 200 and 'id="antal">1<' in res.text
    assert client.get("/export.csv").content.startswith(b"\xef\xbb\xbfid;")
    actions = [r["detail"]["action"] for r in reader.list_records(status=["auditor_access"])]
    assert actions == ["login", "list", "export_csv"] and reader.verify().ok
    with psycopg.connect(role_urls["auditor"], autocommit=True) as conn, pytest.raises(psycopg.Error):
        conn.execute(
            "INSERT INTO events (id, hash_version, ts, event, content_hash, prev_hash, row_hash) "
            "VALUES (999, 2, 'x', 'auditor_access', 'x', 'x', 'x')"
        )
