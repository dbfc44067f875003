"""Auditor accounts (bot.web.accounts): scrypt hashes, names, lock-out arithmetic, sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.web.accounts import (
    AccountError,
    SQLiteAccountStore,
    check_name,
    check_password,
    hash_password,
    lock_duration,
    token_hash,
    verify_password,
)


def test_scrypt_hash_round_trip() -> None:
    stored = hash_password("korrekt hest batteri")
    assert stored.startswith("scrypt$32768$8$1$") and "korrekt" not in stored
    assert verify_password("korrekt hest batteri", stored)
    assert not verify_password("korrekt hest batterI", stored)
    assert hash_password("korrekt hest batteri") != stored  # salted
    assert (
        not verify_password("x", None) and not verify_password("x", "md5$abc") and not verify_password("x", "garbage")
    )
    assert not verify_password("a" * 2000, stored)


@pytest.mark.parametrize("name", ["revisor", "anne.k@kommune.dk", "Søren_Ø-1"])
def test_good_names(name: str) -> None:
    assert check_name(name) == name


@pytest.mark.parametrize("name", ["", "a", "navn med mellemrum", "<script>", "x" * 65, "ny\nlinje"])
def test_bad_names(name: str) -> None:
    with pytest.raises(AccountError) as err:
        check_name(name)
    assert err.value.kind == "bad_name"


def test_password_length() -> None:
    with pytest.raises(AccountError):
        check_password("kort")
    assert check_password("tolv tegn ok")


def test_lock_duration_doubles_and_caps() -> None:
    assert [lock_duration(n) for n in range(5)] == [None] * 5
    assert lock_duration(5) == timedelta(minutes=1) and lock_duration(6) == timedelta(minutes=2)
    assert lock_duration(50) == timedelta(hours=1)


def test_store(tmp_path: Path) -> None:
    now = datetime(2024, 4, 1, tzinfo=UTC)
    path = tmp_path / "auditors.sqlite3"
    store = SQLiteAccountStore(path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    store.add("revisor", hash_password("korrekt hest batteri"))
    with pytest.raises(AccountError) as err:
        store.add("revisor", "x")
    assert err.value.kind == "exists"
    store.create_session(token_hash("tok"), "revisor", "csrf", now)
    session = store.session(token_hash("tok"))
    assert session is not None and session.account == "revisor" and session.csrf == "csrf"
    assert "tok" not in path.read_bytes().decode("latin-1")  # only the hash is stored
    for _ in range(5):
        store.login_failed("revisor", now)
    assert store.locked_until("revisor", now) == now + timedelta(minutes=1)
    assert store.locked_until("revisor", now + timedelta(minutes=2)) is None
    store.login_succeeded("revisor", now)
    assert store.list()[0].failed_logins == 0 and store.list()[0].last_login
    store.remove("revisor")
    assert store.session(token_hash("tok")) is None  # sessions go with the account
    with pytest.raises(AccountError) as err:
        store.remove("revisor")
    assert err.value.kind == "unknown"
    store.close()
    with pytest.raises(AccountError) as err:
        SQLiteAccountStore(tmp_path / "none.sqlite3", create=False)
    assert err.value.kind == "missing"
