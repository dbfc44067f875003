"""A throw-away PostgreSQL cluster for tests and benchmarks (importable as `pg_cluster`).

`LEDELSESBOT_TEST_DATABASE_URL` set: that server is used (a superuser URL; every test gets its
own database, dropped afterwards). Otherwise a cluster is made with the PostgreSQL binaries
installed on the machine (Debian: /usr/lib/postgresql/<version>/bin): `initdb` into a temporary
directory owned by the `postgres` user (the server refuses to run as root, and tests run as
root here), `pg_ctl start` on a free loopback port with a Unix socket in the same directory,
and `pg_ctl stop` + removal at the end. Nothing listens on anything but 127.0.0.1.

When PostgreSQL is neither installed nor configured, `unavailable_reason()` says so; the
fixtures skip with that reason on a laptop and fail in CI (`CI` or
`LEDELSESBOT_REQUIRE_POSTGRES=1`), so the PostgreSQL tests never silently vanish there.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit, urlunsplit

URL_ENV = "LEDELSESBOT_TEST_DATABASE_URL"
REQUIRE_ENV = "LEDELSESBOT_REQUIRE_POSTGRES"
SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "throwaway-superuser"


def required() -> bool:
    """True in CI or when LEDELSESBOT_REQUIRE_POSTGRES=1: a missing PostgreSQL is a failure."""
    return bool(os.environ.get("CI")) or os.environ.get(REQUIRE_ENV, "") in ("1", "true", "yes")


def find_bindir() -> Path | None:
    """The newest installed PostgreSQL server's bin directory (with initdb, pg_ctl, postgres)."""
    candidates = []
    if os.environ.get("LEDELSESBOT_PG_BINDIR"):
        candidates.append(Path(os.environ["LEDELSESBOT_PG_BINDIR"]))
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted(
            (p for p in root.iterdir() if p.name.split(".")[0].isdigit()), key=lambda p: int(p.name.split(".")[0])
        )
        candidates += [v / "bin" for v in reversed(versions)]
    for found in (shutil.which("pg_ctl"),):
        if found:
            candidates.append(Path(found).parent)
    for bindir in candidates:
        if all((bindir / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return bindir
    return None


def unavailable_reason() -> str | None:
    """Why no PostgreSQL can be had for tests, or None when one can."""
    if os.environ.get(URL_ENV):
        return None
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install -e '.[postgres]')"
    if find_bindir() is None:
        return f"PostgreSQL is not installed (no initdb/pg_ctl) and {URL_ENV} is not set"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no `postgres` user to run the server as"
    return None


def free_port() -> int:
    """A TCP port free on 127.0.0.1 right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def with_database(url: str, dbname: str, *, user: str | None = None, password: str | None = None) -> str:
    """`url` pointing at another database (and optionally another user and password)."""
    parts = urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    netloc = f"{host}:{parts.port}" if parts.port else host
    user = user if user is not None else parts.username
    password = password if password is not None else parts.password
    if user:
        cred = quote(user, safe="")
        if password:
            cred += ":" + quote(password, safe="")
        netloc = f"{cred}@{netloc}"
    return urlunsplit((parts.scheme, netloc, "/" + dbname, parts.query, ""))


@dataclass
class Cluster:
    """A running PostgreSQL server reachable with a superuser URL."""

    url: str  # superuser URL of the maintenance database
    datadir: Path | None = None  # None: an external server we did not start
    bindir: Path | None = None

    def admin(self) -> object:
        """A superuser connection (autocommit) to the maintenance database."""
        import psycopg

        return psycopg.connect(self.url, autocommit=True)

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database; returns its superuser URL."""
        name = f"{prefix}_{secrets.token_hex(6)}"
        with self.admin() as conn:  # type: ignore[attr-defined]
            conn.execute(f'CREATE DATABASE "{name}"')
        return with_database(self.url, name)

    def drop_database(self, url: str) -> None:
        """Drop a database made by `create_database` (its connections are ended first)."""
        name = urlsplit(url).path.lstrip("/")
        with self.admin() as conn:  # type: ignore[attr-defined]
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def create_login(self, name: str, password: str, *member_of: str) -> None:
        """A login role (dropped with the cluster; with an external server: left behind)."""
        with self.admin() as conn:  # type: ignore[attr-defined]
            exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
            if not exists:
                conn.execute(f"CREATE ROLE \"{name}\" LOGIN PASSWORD '{password}'")
            for group in member_of:
                conn.execute(f'GRANT "{group}" TO "{name}"')

    def stop(self) -> None:
        """Stop a cluster we started and remove its directory."""
        if self.datadir is None or self.bindir is None:
            return
        _as_postgres(
            [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop"], check=False
        )
        shutil.rmtree(self.datadir.parent, ignore_errors=True)


def _as_postgres(cmd: list[str], *, check: bool = True, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run a server tool as the `postgres` user when we are root (the server refuses root)."""
    if os.geteuid() == 0:
        cmd = ["runuser", "-u", "postgres", "--", *cmd]
    return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=timeout)


def start_cluster() -> Cluster:
    """initdb + pg_ctl start on a free loopback port; the caller stops it (`Cluster.stop`)."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed")
    base = Path(tempfile.mkdtemp(prefix="ledelsesbot-pg-"))
    datadir = base / "data"
    pwfile = base / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD + "\n")
    if os.geteuid() == 0:
        pg = pwd.getpwnam("postgres")
        os.chown(base, pg.pw_uid, pg.pw_gid)
        os.chown(pwfile, pg.pw_uid, pg.pw_gid)
    base.chmod(0o700)
    _as_postgres(
        [
            str(bindir / "initdb"),
            "-D",
            str(datadir),
            "-U",
            SUPERUSER,
            "--pwfile",
            str(pwfile),
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C",
        ]
    )
    pwfile.unlink()
    # Every role signs in with a password (as in production), so a wrong password is tested
    # for real. fsync stays on: the kill -9 tests rely on what a committed transaction promises.
    for attempt in range(5):
        port = free_port()
        opts = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={base} "
            "-c max_connections=200 -c shared_buffers=64MB -c log_min_messages=warning"
        )
        res = _as_postgres(
            [str(bindir / "pg_ctl"), "-D", str(datadir), "-l", str(base / "server.log"), "-o", opts, "-w", "start"],
            check=False,
        )
        if res.returncode == 0:
            break
        if attempt == 4:
            log = (base / "server.log").read_text() if (base / "server.log").exists() else ""
            shutil.rmtree(base, ignore_errors=True)
            raise RuntimeError(f"pg_ctl start failed: {res.stderr or res.stdout}\n{log[-2000:]}")
    url = f"postgresql://{SUPERUSER}:{SUPERUSER_PASSWORD}@127.0.0.1:{port}/postgres"
    _wait_ready(url)
    return Cluster(url=url, datadir=datadir, bindir=bindir)


def _wait_ready(url: str, timeout: float = 30.0) -> None:
    import psycopg

    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(url, connect_timeout=2):
                return
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


@contextlib.contextmanager
def cluster() -> Iterator[Cluster]:
    """The configured server (LEDELSESBOT_TEST_DATABASE_URL) or a throw-away one, for a `with`."""
    external = os.environ.get(URL_ENV)
    if external:
        yield Cluster(url=external)
        return
    c = start_cluster()
    try:
        yield c
    finally:
        c.stop()
