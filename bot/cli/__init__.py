"""`ledelsesbot` command line: ask, chat, eval, index, audit, slack, teams.

One click group (`main`), one context object (`context.CliContext`, passed with `pass_cli`),
one `fail()` and one exit-code table (`context.ExitCode`): 0 ok · 1 unexpected error · 2 bad
input or usage · 3 no servable index · 4 audit log unavailable (and required). Each command
group lives in its own module; a new admin command is a new module registered below.
"""

from __future__ import annotations

import logging
from pathlib import Path

import click
from dotenv import load_dotenv

from .ask import ask, chat
from .audit import audit
from .audit_db import migrate_cmd, schema_cmd
from .context import CliContext
from .evaluate import eval_
from .index import index
from .slack import slack
from .teams import teams
from .web import serve, user


@click.group()
@click.option(
    "--env-file",
    type=click.Path(dir_okay=False),
    default=".env",
    show_default=True,
    help="Fil med miljøvariabler (python-dotenv); ignoreres hvis den ikke findes.",
)
@click.pass_context
def main(ctx: click.Context, env_file: str) -> None:
    """ledelsesbot – svar fra Offentlig Ledelse med kilde, side og citat."""
    if ctx.obj is None:  # the entry point; tests pass a ready CliContext instead
        if Path(env_file).is_file():
            load_dotenv(env_file, override=False)
        ctx.obj = CliContext()
    cli = ctx.ensure_object(CliContext)
    logging.basicConfig(level=cli.config.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    ctx.call_on_close(cli.close)


for command in (ask, chat, eval_, index, audit, slack, teams):
    main.add_command(command)
for command in (schema_cmd, migrate_cmd):
    audit.add_command(command)
# The auditors' web view and its accounts live under `audit` (bot/cli/web.py).
audit.add_command(serve)
audit.add_command(user)

__all__ = ["main"]
