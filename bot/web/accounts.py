"""The auditors' accounts: names, slow password hashes, log-in failures (lock-out) and sessions.

Accounts live behind a small protocol, `AccountStore`, so several replicas of the web view can
share them: `SQLiteAccountStore` is one file (`LEDELSESBOT_AUDITORS_DB`, default
`data/auditors.sqlite3`), separate from the audit log because the web view reads the log
read-only while log-ins and sessions must be written. A PostgreSQL store would be the same three
tables (`auditors`, `auditor_sessions`, `migrations`) in the bot's database, written by the web
role (which may read the audit log but only INSERT into it), with the same methods — a failure
counter updated with `UPDATE … RETURNING` so concurrent replicas count every failure once.

Passwords are stored only as scrypt hashes (`hash_password`: N=2^15, r=8, p=1, 16-byte salt,
~0.1 s and 32 MiB per try). Sessions are random tokens of which only a SHA-256 is stored, so a
copy of the file gives nobody a live session.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol

from ..audit.records import ACCOUNT_NAME_MAX

# Account names: what an auditor types at the log-in; also what access records name.
NAME_RE = re.compile(rf"^[A-Za-z0-9ÆØÅæøå._@-]{{2,{ACCOUNT_NAME_MAX}}}$")
MIN_PASSWORD = 12
MAX_PASSWORD = 1024  # scrypt over megabytes of "password" is a denial of service

_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1
_SCRYPT_MAXMEM = 64 * 1024 * 1024

# Lock-out: after LOCK_AFTER consecutive failures an account is locked for LOCK_BASE, doubling
# with every further failure up to LOCK_MAX. A success resets the counter.
LOCK_AFTER = 5
LOCK_BASE = timedelta(seconds=60)
LOCK_MAX = timedelta(hours=1)


class AccountError(Exception):
    """A bad name or password, a duplicate or unknown account, or an unusable store.

    `kind`: "bad_name", "bad_password", "exists", "unknown", "missing" (no account file yet),
    "unavailable"."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def check_name(name: str) -> str:
    """The name if it is a valid account name, else AccountError(bad_name)."""
    if not NAME_RE.match(name or ""):
        raise AccountError(
            "bad_name",
            f"Kontonavnet skal være 2-{ACCOUNT_NAME_MAX} tegn: bogstaver, tal, . _ @ - / "
            "account name: 2-64 letters, digits, . _ @ -",
        )
    return name


def check_password(password: str) -> str:
    """The password if it is long enough (and not absurdly long), else AccountError(bad_password)."""
    if len(password) < MIN_PASSWORD or len(password) > MAX_PASSWORD:
        raise AccountError(
            "bad_password",
            f"Adgangskoden skal være mindst {MIN_PASSWORD} tegn / password must have at least {MIN_PASSWORD} characters",
        )
    return password


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    """`scrypt$N$r$p$salt$hash` (base64); slow on purpose."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, maxmem=_SCRYPT_MAXMEM, dklen=32
    )
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str | None) -> bool:
    """True when `password` matches the stored hash. With no hash (unknown account) a dummy
    hash is computed anyway, so the answer takes as long for unknown names as for known ones."""
    if len(password) > MAX_PASSWORD:
        return False
    try:
        scheme, n, r, p, salt_b64, hash_b64 = (stored or _DUMMY_HASH).split("$")
        if scheme != "scrypt":
            return False
        salt, expected = base64.b64decode(salt_b64), base64.b64decode(hash_b64)
        digest = hashlib.scrypt(
            password.encode("utf-8"),
            salt=salt,
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=_SCRYPT_MAXMEM,
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return stored is not None and hmac.compare_digest(digest, expected)


_DUMMY_HASH = f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${_b64(b'0' * 16)}${_b64(b'0' * 32)}"


def lock_duration(failures: int) -> timedelta | None:
    """How long an account is locked after `failures` consecutive failures (None: not locked)."""
    if failures < LOCK_AFTER:
        return None
    # the exponent is capped: 2**45 minutes would overflow timedelta long before anyone waits
    return min(LOCK_BASE * (2 ** min(failures - LOCK_AFTER, 20)), LOCK_MAX)


def token_hash(token: str) -> str:
    """What is stored of a session token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Account:
    """An auditor account as listed (never the hash)."""

    name: str
    created_at: str
    failed_logins: int
    locked_until: str | None
    last_login: str | None


@dataclass(frozen=True)
class Session:
    """A logged-in browser: whose, its CSRF token for forms, and when it ends."""

    account: str
    csrf: str
    created_at: datetime
    last_seen: datetime


class AccountStore(Protocol):
    """Where the auditors' accounts and sessions live (shared by every replica of the web view).
    Every method raises AccountError on a storage problem."""

    def add(self, name: str, password_hash: str) -> None:
        """Create an account; AccountError(exists) when the name is taken."""
        ...

    def remove(self, name: str) -> None:
        """Delete an account and its sessions; AccountError(unknown) when there is none."""
        ...

    def list(self) -> list[Account]:
        """Every account, by name."""
        ...

    def password_hash(self, name: str) -> str | None:
        """The stored hash, or None for an unknown name."""
        ...

    def locked_until(self, name: str, now: datetime) -> datetime | None:
        """When the lock-out of `name` ends, or None when it may try now."""
        ...

    def login_failed(self, name: str, now: datetime) -> datetime | None:
        """Count a failure for a known account; return the end of the resulting lock-out."""
        ...

    def login_succeeded(self, name: str, now: datetime) -> None:
        """Reset the failure counter and note the log-in time."""
        ...

    def create_session(self, token_hash: str, name: str, csrf: str, now: datetime) -> None:
        """Store a new session (only the token's hash)."""
        ...

    def session(self, token_hash: str) -> Session | None:
        """The session of a token hash, or None."""
        ...

    def touch_session(self, token_hash: str, now: datetime) -> None:
        """Note activity (the idle time-out starts again)."""
        ...

    def end_session(self, token_hash: str) -> None:
        """Log out: forget the session."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...


def _ts(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse(ts: str) -> datetime:
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


_MIGRATIONS = (
    (
        "a001_auditors",
        """
        CREATE TABLE auditors (
            name TEXT PRIMARY KEY,
            password_hash TEXT NOT NULL,
            created_at TEXT NOT NULL,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT,
            last_login TEXT
        );
        CREATE TABLE auditor_sessions (
            token_hash TEXT PRIMARY KEY,
            name TEXT NOT NULL REFERENCES auditors (name) ON DELETE CASCADE,
            csrf TEXT NOT NULL,
            created_at TEXT NOT NULL,
            last_seen TEXT NOT NULL
        );
        CREATE INDEX auditor_sessions_name ON auditor_sessions (name);
        """,
    ),
)


class SQLiteAccountStore:
    """`AccountStore` in one SQLite file (WAL; several processes may share it)."""

    def __init__(self, path: Path, *, create: bool = True) -> None:
        """Open (and with `create=True` create and migrate) the account file at `path`."""
        self.path = Path(path)
        self._lock = threading.RLock()
        if not create and not self.path.is_file():
            raise AccountError(
                "missing",
                f"Ingen revisorkonti endnu / no auditor accounts yet: {self.path} "
                "(opret en med / create one with: ledelsesbot audit user add NAVN)",
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(self.path), timeout=30, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
            self._conn.execute("PRAGMA secure_delete=ON")
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            raise AccountError(
                "unavailable", f"Kontofilen kan ikke bruges / account store unusable: {self.path} ({exc})"
            ) from None
        try:
            self.path.chmod(0o600)  # password hashes: readable by the service only
        except OSError:
            pass

    def _migrate(self) -> None:
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
            applied = {r[0] for r in conn.execute("SELECT name FROM migrations")}
            for name, sql in _MIGRATIONS:
                if name not in applied:
                    for statement in sql.split(";"):
                        if statement.strip():
                            conn.execute(statement)
                    conn.execute("INSERT INTO migrations VALUES (?, ?)", (name, _ts(datetime.now(UTC))))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _run(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.IntegrityError:
                raise
            except sqlite3.Error as exc:
                raise AccountError(
                    "unavailable", f"Kontofilen kan ikke bruges / account store unusable ({exc})"
                ) from None

    def add(self, name: str, password_hash: str) -> None:
        """Create an account; AccountError(exists) when the name is taken."""
        try:
            self._run(
                "INSERT INTO auditors (name, password_hash, created_at) VALUES (?, ?, ?)",
                (name, password_hash, _ts(datetime.now(UTC))),
            )
        except sqlite3.IntegrityError:
            raise AccountError("exists", f"Kontoen {name!r} findes allerede / account exists") from None

    def remove(self, name: str) -> None:
        """Delete an account and (cascading) its sessions."""
        with self._lock:
            rows = self._run("DELETE FROM auditors WHERE name = ? RETURNING name", (name,))
        if not rows:
            raise AccountError("unknown", f"Ingen konto ved navn {name!r} / no such account")

    def list(self) -> list[Account]:
        """Every account, by name."""
        rows = self._run("SELECT name, created_at, failed_logins, locked_until, last_login FROM auditors ORDER BY name")
        return [Account(str(r[0]), str(r[1]), int(r[2]), r[3], r[4]) for r in rows]  # type: ignore[call-overload, arg-type]

    def password_hash(self, name: str) -> str | None:
        """The stored hash, or None."""
        rows = self._run("SELECT password_hash FROM auditors WHERE name = ?", (name,))
        return str(rows[0][0]) if rows else None

    def locked_until(self, name: str, now: datetime) -> datetime | None:
        """The end of the current lock-out, or None."""
        rows = self._run("SELECT locked_until FROM auditors WHERE name = ?", (name,))
        if not rows or rows[0][0] is None:
            return None
        until = _parse(str(rows[0][0]))
        return until if until > now else None

    def login_failed(self, name: str, now: datetime) -> datetime | None:
        """Count a failure atomically; lock the account when the counter says so."""
        with self._lock:
            rows = self._run(
                "UPDATE auditors SET failed_logins = failed_logins + 1 WHERE name = ? RETURNING failed_logins", (name,)
            )
            if not rows:
                return None
            duration = lock_duration(int(rows[0][0]))  # type: ignore[call-overload]
            if duration is None:
                return None
            until = now + duration
            self._run("UPDATE auditors SET locked_until = ? WHERE name = ?", (_ts(until), name))
            return until

    def login_succeeded(self, name: str, now: datetime) -> None:
        """Reset the failure counter and note the log-in."""
        self._run(
            "UPDATE auditors SET failed_logins = 0, locked_until = NULL, last_login = ? WHERE name = ?",
            (_ts(now), name),
        )

    def create_session(self, token_hash: str, name: str, csrf: str, now: datetime) -> None:
        """Store a session; expired sessions of everyone are dropped on the way."""
        with self._lock:
            self._run("DELETE FROM auditor_sessions WHERE last_seen < ?", (_ts(now - timedelta(days=2)),))
            self._run(
                "INSERT INTO auditor_sessions (token_hash, name, csrf, created_at, last_seen) VALUES (?, ?, ?, ?, ?)",
                (token_hash, name, csrf, _ts(now), _ts(now)),
            )

    def session(self, token_hash: str) -> Session | None:
        """The session of a token hash, or None."""
        rows = self._run(
            "SELECT name, csrf, created_at, last_seen FROM auditor_sessions WHERE token_hash = ?", (token_hash,)
        )
        if not rows:
            return None
        name, csrf, created, seen = rows[0]
        return Session(str(name), str(csrf), _parse(str(created)), _parse(str(seen)))

    def touch_session(self, token_hash: str, now: datetime) -> None:
        """Note activity."""
        self._run("UPDATE auditor_sessions SET last_seen = ? WHERE token_hash = ?", (_ts(now), token_hash))

    def end_session(self, token_hash: str) -> None:
        """Forget a session."""
        self._run("DELETE FROM auditor_sessions WHERE token_hash = ?", (token_hash,))

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            try:
                self._conn.close()
            except sqlite3.Error:
                pass
