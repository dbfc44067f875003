"""`ledelsesbot audit serve` (the auditors' web view, `bot.web`) and `ledelsesbot audit user
add|remove|list` (its accounts). Registered on the `audit` group in `bot/cli/__init__.py`.

Exit codes: 0 ok · 2 bad input (name, password, an address that cannot be bound, no
accounts yet, the web extra missing) · 4 the audit log cannot be used.
"""

from __future__ import annotations

import dataclasses
import socket
import sys
from pathlib import Path
from typing import Any

import click

from ..audit import AuditError, AuditStore, open_store
from ..web.accounts import AccountError, AccountStore, SQLiteAccountStore, check_name, check_password, hash_password
from .context import CliContext, ExitCode, fail, pass_cli

_LOOPBACK = ("127.0.0.1", "::1", "localhost")


def _accounts(cli: CliContext, *, create: bool) -> AccountStore:
    try:
        return SQLiteAccountStore(Path(cli.config.web.accounts_location), create=create)
    except AccountError as exc:
        fail(str(exc), ExitCode.BAD_INPUT if exc.kind == "missing" else ExitCode.NO_AUDIT)


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Adresse / address (loopback; TLS via en proxy).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@pass_cli
def serve(cli: CliContext, host: str, port: int) -> None:
    """Revisorernes webvisning af loggen (kun læsning) / the auditors' read-only web view."""
    try:
        import uvicorn

        from ..web.app import build_app
    except ImportError:
        fail("webvisningen kræver / the web view needs: pip install -e '.[web]'", ExitCode.BAD_INPUT)
    config = cli.config
    accounts = _accounts(cli, create=False)
    if not accounts.list():
        fail("ingen revisorkonti / no auditor accounts: ledelsesbot audit user add NAVN", ExitCode.BAD_INPUT)
    reader: AuditStore | None = None
    writer: AuditStore | None = None
    try:
        reader = open_store(config.audit, create=False, read_only=True)
        access_log = config.web.access_log_location
        writer = open_store(
            dataclasses.replace(config.audit, location=access_log) if access_log else config.audit, create=False
        )
    except AuditError as exc:
        for store in (reader, writer):
            if store is not None:
                store.close()
        fail(str(exc), ExitCode.NO_AUDIT)
    try:
        sock = _bind(host, port)
    except OSError as exc:
        reader.close()
        writer.close()
        fail(f"kan ikke lytte på / cannot listen on {host}:{port} ({exc.strerror})", ExitCode.BAD_INPUT)
    app = build_app(
        reader=reader,
        writer=writer,
        accounts=accounts,
        settings=config.web,
        anchors=config.audit.anchors,
        source_url=getattr(config.core, "source_url", None) or None,
    )
    shown_host = f"[{host}]" if ":" in host else host
    click.echo(f"Revisionsvisning på / audit web view at http://{shown_host}:{sock.getsockname()[1]}/ (Ctrl-C stopper)")
    if host not in _LOOPBACK:
        click.echo(
            "Advarsel: ikke loopback – sæt en reverse proxy med TLS foran og LEDELSESBOT_WEB_COOKIE_SECURE=true "
            "/ not loopback: put a TLS reverse proxy in front",
            err=True,
        )
    server = uvicorn.Server(
        uvicorn.Config(
            app,
            log_level=config.log_level.lower(),
            proxy_headers=True,
            forwarded_allow_ips=config.web.trusted_proxies,
            server_header=False,
        )
    )
    try:
        server.run(sockets=[sock])
    finally:
        reader.close()
        writer.close()
        accounts.close()


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


@click.group("user")
def user() -> None:
    """Revisorkonti til webvisningen / auditor accounts of the web view."""


@user.command("add")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="Læs adgangskoden fra første linje på stdin / read it from stdin.")
@pass_cli
def user_add(cli: CliContext, name: str, password_stdin: bool) -> None:
    """Opret en konto / add an account (password: at least 12 characters)."""
    try:
        check_name(name)
    except AccountError as exc:
        fail(str(exc), ExitCode.BAD_INPUT)
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Adgangskode / password", hide_input=True, confirmation_prompt=True)
    try:
        check_password(password)
    except AccountError as exc:
        fail(str(exc), ExitCode.BAD_INPUT)
    accounts = _accounts(cli, create=True)
    try:
        accounts.add(name, hash_password(password))
    except AccountError as exc:
        fail(str(exc), ExitCode.BAD_INPUT if exc.kind == "exists" else ExitCode.NO_AUDIT)
    finally:
        accounts.close()
    click.echo(f"Konto oprettet / account added: {name}")


@user.command("remove")
@click.argument("name")
@pass_cli
def user_remove(cli: CliContext, name: str) -> None:
    """Slet en konto og dens sessioner / remove an account and log it out everywhere."""
    accounts = _accounts(cli, create=False)
    try:
        accounts.remove(name)
    except AccountError as exc:
        fail(str(exc), ExitCode.BAD_INPUT if exc.kind == "unknown" else ExitCode.NO_AUDIT)
    finally:
        accounts.close()
    click.echo(f"Konto slettet / account removed: {name}")


@user.command("list")
@pass_cli
def user_list(cli: CliContext) -> None:
    """Vis konti / list accounts (never a password hash)."""
    if not Path(cli.config.web.accounts_location).is_file():
        click.echo("Ingen konti / no accounts")
        return
    accounts = _accounts(cli, create=False)
    try:
        found = accounts.list()
    except AccountError as exc:
        fail(str(exc), ExitCode.NO_AUDIT)
    finally:
        accounts.close()
    if not found:
        click.echo("Ingen konti / no accounts")
    for acc in found:
        extra: list[Any] = []
        if acc.last_login:
            extra.append(f"sidst logget ind {acc.last_login[:16].replace('T', ' ')} UTC")
        if acc.failed_logins:
            extra.append(f"{acc.failed_logins} fejlede forsøg")
        if acc.locked_until:
            extra.append(f"låst til {acc.locked_until[:16].replace('T', ' ')} UTC")
        click.echo(f"{acc.name}\toprettet {acc.created_at[:10]}" + (f"\t{'; '.join(extra)}" if extra else ""))
