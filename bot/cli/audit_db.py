"""`ledelsesbot audit schema` and `ledelsesbot audit migrate --to postgresql://…`: setting up the
database of the audit log (and of the shared runtime state), and moving a SQLite log into
PostgreSQL with every hash preserved. Registered on the `audit` group (bot/cli/__init__.py).

Exit codes: 0 ok · 1 the source log does not verify · 2 bad input · 4 the database cannot be
used (unreachable, wrong password, a role without the privilege, schema not set up).
"""

from __future__ import annotations

import click

from ..audit import AuditError, open_store
from ..postgres import is_postgres_url, redact
from .context import CliContext, ExitCode, fail, pass_cli


def _audit_fail(exc: AuditError) -> None:
    fail(str(exc), ExitCode.NO_AUDIT)


@click.command("schema")
@pass_cli
def schema_cmd(cli: CliContext) -> None:
    """Opret eller opdatér databasens skema / create or upgrade the database schema.

    Applies the pending migrations of the audit log and, on PostgreSQL, of the shared runtime
    state (Slack de-dup, threads, shares, rate limit) and the group roles' privileges. Run it
    with the owner role after every upgrade (docs/deploy.md); the bot's own role may not."""
    settings = cli.config.audit
    location = str(settings.location)
    try:
        if is_postgres_url(location):
            from ..audit.postgres import PostgresAuditStore
            from ..audit.postgres_schema import role_names
            from ..state.postgres import PostgresState

            with PostgresAuditStore(location, settings.pseudonym_key, create=True) as store:
                names = [n for n, _ in store.migrations()]
                with store.pool.connection() as conn:
                    roles = role_names(conn)
            state = PostgresState(location, create=True)
            state.close()
            click.echo(f"Skema OK / schema up to date: {redact(location)} ({', '.join(names)})")
            click.echo(
                "Grupperoller / group roles: "
                + ", ".join(f"{suffix}={name}" for suffix, name in roles.items())
                + " (GRANT <rolle> TO <login>; docs/deploy.md)"
            )
            return
        with open_store(settings) as store:
            names = [n for n, _ in store.migrations()]  # type: ignore[attr-defined]
        click.echo(f"Skema OK / schema up to date: {location} ({', '.join(names)})")
    except AuditError as exc:
        _audit_fail(exc)


@click.command("migrate")
@click.option(
    "--to",
    "target",
    required=True,
    metavar="postgresql://…",
    help="PostgreSQL-databasen loggen kopieres til / the PostgreSQL database to copy the log into.",
)
@pass_cli
def migrate_cmd(cli: CliContext, target: str) -> None:
    """Kopiér SQLite-loggen til PostgreSQL med alle hashes / copy the SQLite log into PostgreSQL.

    The source is the configured SQLite log (LEDELSESBOT_AUDIT_DB). Only a log that verifies is
    copied; every record keeps its id and hashes, so the copy verifies with the same head.
    Stop the bot first; running the command again resumes an interrupted copy. Use the owner
    role in the URL (it creates the schema) and set LEDELSESBOT_PSEUDONYM_KEY to the key the
    SQLite log used (its key file's content) so new pseudonyms match the old ones."""
    from ..audit import sqlite_path

    settings = cli.config.audit
    source_path = sqlite_path(str(settings.location))
    if source_path is None:
        fail(
            "Kilden skal være en SQLite-log (LEDELSESBOT_AUDIT_DB) / the source must be a SQLite log",
            ExitCode.BAD_INPUT,
        )
    if not is_postgres_url(target):
        fail("--to skal være en postgresql://…-URL / --to must be a postgresql://… URL", ExitCode.BAD_INPUT)
    from ..audit.migrate import MigrateError, copy_log
    from ..audit.postgres import PostgresAuditStore
    from ..audit.sqlite import SQLiteAuditStore

    try:
        with (
            SQLiteAuditStore(source_path, settings.pseudonym_key, create=False) as source,
            PostgresAuditStore(target, settings.pseudonym_key, create=True) as dest,
        ):

            def progress(done: int, total: int) -> None:
                click.echo(f"  {done}/{total}", err=True)

            result = copy_log(source, dest, progress=progress)
    except MigrateError as exc:
        fail(str(exc), ExitCode.ERROR)
    except AuditError as exc:
        _audit_fail(exc)
    click.echo(
        f"{result.copied} poster kopieret ({result.already} fandtes allerede) / records copied "
        f"({result.already} already there) → {redact(target)}"
    )
    if result.head_id is not None:
        click.echo(f"Hoved / head: {result.head_id} {result.head_hash} — det samme som kilden / the same as the source")
