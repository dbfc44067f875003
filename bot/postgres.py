"""PostgreSQL plumbing shared by the audit store (`bot.audit.postgres`) and the shared runtime
state (`bot.state.postgres`): the driver import, connection pools, error kinds, redacted URLs
and the migration runner.

psycopg 3 and psycopg_pool are the `[postgres]` extra (`pip install -e '.[postgres]'`; the
Docker image has it): the default SQLite deployment needs no database driver. Every problem
becomes an `AuditError` with a kind, and its message never contains a password or a value
that was bound to a statement (only the SQLSTATE and its condition name, or the driver's
connection message with the password removed).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from .audit.store import AuditError, AuditErrorKind

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

log = logging.getLogger(__name__)

POSTGRES_SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 5
# A lock held longer than this (a frozen replica mid-append) fails the waiting append with
# kind `locked` instead of hanging every replica; a session idle inside a transaction for
# longer is ended by the server, which releases its locks.
LOCK_TIMEOUT = "30s"
IDLE_IN_TRANSACTION_TIMEOUT = "60s"

Migration = Callable[["psycopg.Connection[Any]"], None]


def is_postgres_url(location: str) -> bool:
    """True for `postgresql://…` / `postgres://…` (also `postgresql+psycopg://…`)."""
    if "://" not in location:
        return False
    return location.split("://", 1)[0].split("+", 1)[0].lower() in POSTGRES_SCHEMES


def redact(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "postgresql://…"
    netloc = parts.netloc
    if "@" in netloc:
        cred, host = netloc.rsplit("@", 1)
        user = cred.split(":", 1)[0]
        netloc = f"{user}:***@{host}" if ":" in cred else f"{user}@{host}"
    query = re.sub(r"(?i)(password=)[^&]*", r"\1***", parts.query)
    return urlunsplit((parts.scheme.split("+", 1)[0], netloc, parts.path, query, ""))


def libpq_url(url: str) -> str:
    """The URL as libpq takes it (`postgresql+psycopg://` → `postgresql://`)."""
    scheme, rest = url.split("://", 1)
    return scheme.split("+", 1)[0] + "://" + rest


def require_driver(what: tuple[str, str]) -> None:
    """AuditError(CONFIG) with the fix when psycopg / psycopg_pool are not installed."""
    try:
        import psycopg  # noqa: F401
        import psycopg_pool  # noqa: F401
    except ImportError:
        raise AuditError(
            AuditErrorKind.CONFIG,
            f"{what[0]}: PostgreSQL-driveren mangler / {what[1]}: the PostgreSQL driver is missing "
            "(pip install -e '.[postgres]')",
        ) from None


def conninfo(url: str, *, read_only: bool = False) -> str:
    """libpq connection string for our sessions: the URL plus a connect timeout (unless the URL
    sets one), the lock and idle timeouts, synchronous commit and an application name. A
    read-only session is also read-only on the server (`default_transaction_read_only`)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    params = conninfo_to_dict(libpq_url(url))
    opts = [str(params.get("options") or "").strip()]
    # synchronous_commit=on: COMMIT returns only once the record is durable (an id is
    # acknowledged after that), whatever the server's default is.
    opts.append(
        f"-c lock_timeout={LOCK_TIMEOUT} -c idle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_TIMEOUT} "
        "-c synchronous_commit=on"
    )
    if read_only:
        opts.append("-c default_transaction_read_only=on")
    extra: dict[str, Any] = {"options": " ".join(o for o in opts if o)}
    if "connect_timeout" not in params:
        extra["connect_timeout"] = CONNECT_TIMEOUT_S
    if "application_name" not in params:
        extra["application_name"] = "ledelsesbot"
    return make_conninfo(libpq_url(url), **extra)


# -- errors -------------------------------------------------------------------------------------

_SQLSTATE_KINDS = {
    "42501": AuditErrorKind.READ_ONLY,  # insufficient_privilege
    "25006": AuditErrorKind.READ_ONLY,  # read_only_sql_transaction (standby, read-only session)
    "53100": AuditErrorKind.DISK_FULL,  # disk_full
    "55P03": AuditErrorKind.LOCKED,  # lock_not_available (lock_timeout)
    "40P01": AuditErrorKind.LOCKED,  # deadlock_detected
    "57014": AuditErrorKind.LOCKED,  # query_canceled (statement timeout)
    "XX001": AuditErrorKind.CORRUPT,  # data_corrupted
    "XX002": AuditErrorKind.CORRUPT,  # index_corrupted
    "42P01": AuditErrorKind.NOT_AN_AUDIT_LOG,  # undefined_table
    "3D000": AuditErrorKind.CONFIG,  # invalid_catalog_name: no such database
    "28P01": AuditErrorKind.CONFIG,  # invalid_password
    "28000": AuditErrorKind.CONFIG,  # invalid_authorization_specification
}

# Connection failures carry no SQLSTATE: the driver's message says what happened.
_CONNECT_PATTERNS = (
    (
        "password authentication failed",
        AuditErrorKind.CONFIG,
        "forkert bruger eller adgangskode / wrong user or password",
    ),
    ("no password supplied", AuditErrorKind.CONFIG, "adgangskode mangler / password missing"),
    ("does not exist", AuditErrorKind.CONFIG, None),  # role or database (the message names which)
    (
        "no pg_hba.conf entry",
        AuditErrorKind.CONFIG,
        "serveren afviser forbindelsen / pg_hba.conf rejects the connection",
    ),
    ("connection refused", AuditErrorKind.UNAVAILABLE, "serveren svarer ikke / server unreachable"),
    ("timeout expired", AuditErrorKind.UNAVAILABLE, "serveren svarer ikke / server unreachable (timeout)"),
    ("could not translate host name", AuditErrorKind.UNAVAILABLE, "ukendt værtsnavn / unknown host name"),
    ("no route to host", AuditErrorKind.UNAVAILABLE, "serveren kan ikke nås / no route to host"),
    ("network is unreachable", AuditErrorKind.UNAVAILABLE, "serveren kan ikke nås / network unreachable"),
    (
        "the database system is",
        AuditErrorKind.UNAVAILABLE,
        "serveren starter eller stopper / server starting or stopping",
    ),
    ("too many connections", AuditErrorKind.UNAVAILABLE, "for mange forbindelser / too many connections"),
)


def _connect_detail(text: str) -> str:
    """The driver's connection message, one line, without a password."""
    line = " ".join(text.split())
    line = re.sub(r'(?i)password=\S+|:[^:@/\s"]+@', ":***@", line)
    return line[:300]


def classify(exc: BaseException) -> tuple[AuditErrorKind, str]:
    """The kind of a driver exception and a short detail that is safe to print (no bound
    values: for a statement error only the SQLSTATE and its condition name)."""
    try:
        import psycopg
        from psycopg_pool import PoolTimeout, TooManyRequests
    except ImportError:  # pragma: no cover - callers checked require_driver
        return AuditErrorKind.UNAVAILABLE, type(exc).__name__
    if isinstance(exc, (PoolTimeout, TooManyRequests)):
        return AuditErrorKind.UNAVAILABLE, "ingen forbindelse ledig / no connection available (server down or busy)"
    if isinstance(exc, AuditError):
        return exc.kind, str(exc)
    if isinstance(exc, psycopg.Error):
        state = getattr(exc, "sqlstate", None)
        if state:
            kind = _SQLSTATE_KINDS.get(state)
            if kind is None:
                kind = AuditErrorKind.UNAVAILABLE
            return kind, f"PostgreSQL {state} {type(exc).__name__}"
        text = str(exc)
        low = text.lower()
        for needle, kind, detail in _CONNECT_PATTERNS:
            if needle in low:
                return kind, detail or _connect_detail(text)
        if isinstance(exc, psycopg.OperationalError):
            return AuditErrorKind.UNAVAILABLE, _connect_detail(text) or "forbindelsen blev afbrudt / connection lost"
        return AuditErrorKind.UNAVAILABLE, type(exc).__name__
    if isinstance(exc, OSError):
        return AuditErrorKind.UNAVAILABLE, exc.strerror or type(exc).__name__
    return AuditErrorKind.UNAVAILABLE, type(exc).__name__


def db_error(exc: BaseException, what: tuple[str, str], url: str, action: tuple[str, str]) -> AuditError:
    """An AuditError for `exc`: "<what> kunne ikke <action> / <what> could not be <action>: <url> (<detail>)"."""
    kind, detail = classify(exc)
    return AuditError(
        kind, f"{what[0]} kunne ikke {action[0]} / {what[1]} could not be {action[1]}: {redact(url)} ({detail})"
    )


OPEN = ("åbnes", "opened")
WRITE = ("skrives", "written")
READ = ("læses", "read")


# -- pools --------------------------------------------------------------------------------------


def open_pool(url: str, *, what: tuple[str, str], max_size: int, read_only: bool = False) -> ConnectionPool:
    """A connection pool (autocommit connections, checked before each use) once one direct
    connection has worked: a wrong password or an unreachable server is reported with its
    real reason at once, not as a pool time-out later."""
    import psycopg
    from psycopg_pool import ConnectionPool

    info = conninfo(url, read_only=read_only)
    try:
        psycopg.connect(info, autocommit=True).close()
    except psycopg.Error as exc:
        raise db_error(exc, what, url, OPEN) from None
    pool = ConnectionPool(
        info,
        min_size=1,
        max_size=max(1, max_size),
        kwargs={"autocommit": True},
        check=ConnectionPool.check_connection,
        timeout=30.0,
        open=False,
        name=what[1].replace(" ", "-"),
    )
    try:
        pool.open(wait=True, timeout=CONNECT_TIMEOUT_S * 2)
    except Exception as exc:
        pool.close()
        raise db_error(exc, what, url, OPEN) from None
    return pool


# -- migrations ---------------------------------------------------------------------------------


def pending_migrations(conn: psycopg.Connection[Any], table: str, names: Sequence[str]) -> list[str]:
    """Names of `names` not yet recorded in the migrations table `table` (all when it is missing)."""
    exists = conn.execute("SELECT to_regclass(%s) IS NOT NULL", (table,)).fetchone()
    if not exists or not exists[0]:
        return list(names)
    applied = {r[0] for r in conn.execute(f"SELECT name FROM {table}")}
    return [n for n in names if n not in applied]


def apply_migrations(
    conn: psycopg.Connection[Any],
    table: str,
    migrations: Sequence[tuple[str, Migration]],
    *,
    lock_key: int,
    now: str,
) -> list[str]:
    """Apply the pending migrations in one transaction under an advisory lock (replicas that
    start together migrate once); return the names applied. DDL is transactional in
    PostgreSQL: a failed migration leaves nothing behind."""
    applied: list[str] = []
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock_key,))
        conn.execute(f"CREATE TABLE IF NOT EXISTS {table} (name text PRIMARY KEY, applied_at text NOT NULL)")
        done = {r[0] for r in conn.execute(f"SELECT name FROM {table}")}
        for name, fn in migrations:
            if name in done:
                continue
            fn(conn)
            conn.execute(f"INSERT INTO {table} (name, applied_at) VALUES (%s, %s)", (name, now))
            applied.append(name)
    return applied


def ensure_schema(
    pool: ConnectionPool,
    table: str,
    migrations: Sequence[tuple[str, Migration]],
    *,
    lock_key: int,
    now: str,
    apply: bool,
    what: tuple[str, str],
    url: str,
) -> None:
    """Check that every migration is applied; with `apply=True` apply the pending ones first.

    A role that may not create tables (the bot's or the auditors' role, as in production)
    gets one clear message naming the missing migrations and the command that applies them
    (`ledelsesbot audit schema`, run with the owner role)."""
    import psycopg

    names = [n for n, _ in migrations]
    try:
        with pool.connection() as conn:
            pending = pending_migrations(conn, table, names)
            if pending and apply:
                try:
                    apply_migrations(conn, table, migrations, lock_key=lock_key, now=now)
                    pending = []
                except psycopg.errors.InsufficientPrivilege:
                    pass  # reported below, with the fix
    except psycopg.Error as exc:
        raise db_error(exc, what, url, OPEN) from None
    if pending:
        raise AuditError(
            AuditErrorKind.CONFIG,
            f"{what[0]}: databasens skema er ikke opdateret / {what[1]}: the database schema is not up to date: "
            f"{redact(url)} mangler / lacks {', '.join(pending)}. Kør / run `ledelsesbot audit schema` "
            "med ejerrollen / with the owner role (docs/deploy.md).",
        )
