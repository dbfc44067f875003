"""`ledelsesbot teams`: run the Teams bot (Teams SDK, optional extra `[teams]`).

Register it in the main CLI with `main.add_command(teams)` (from `bot.cli.teams import teams`).
Exit codes as the rest of the CLI: 2 for a missing extra or configuration, 3 for no servable
index, 4 for an audit log that cannot be written.
"""
from __future__ import annotations

import asyncio
import logging

import click

from .common import fail, ready_service
from ..service import EXIT_BAD_INPUT




@click.command("teams")
@click.option("--port", default=3978, show_default=True, type=click.IntRange(1, 65535),
              help="Port for Teams-beskeder (POST /api/messages).")
@click.option("--host", default=None,
              help="Adresse der lyttes på. Standard 0.0.0.0 (Azure Bot Service skal kunne nå den, "
                   "typisk via en reverse proxy med HTTPS); 127.0.0.1 uden godkendelse.")
@click.pass_context
def teams(ctx: click.Context, port: int, host: str | None) -> None:
    """Start Teams-botten (kræver: pip install -e '.[teams]' og CLIENT_ID/CLIENT_SECRET/TENANT_ID)."""
    from . import Ctx
    from ..channels.teams.app import (
        MESSAGING_ENDPOINT,
        TeamsConfigError,
        TeamsUnavailable,
        build_app,
        check_bind,
        sdk_available,
        teams_config,
    )

    obj = ctx.find_object(Ctx)
    if obj is None:
        fail("Kommandoen skal køres via `ledelsesbot teams`.", EXIT_BAD_INPUT)
        return
    if not sdk_available():
        from ..channels.teams.app import SDK_MISSING_MESSAGE

        fail(SDK_MISSING_MESSAGE, EXIT_BAD_INPUT)
        return
    try:
        cfg = teams_config()
        bind = host or ("127.0.0.1" if cfg.allow_unauthenticated else "0.0.0.0")
        check_bind(cfg, bind)
    except TeamsConfigError as e:
        fail(str(e), EXIT_BAD_INPUT)
        return

    service = ready_service(obj)

    try:
        app = build_app(obj.settings, service, config=cfg, host=bind, port=port)
    except (TeamsConfigError, TeamsUnavailable) as e:
        fail(str(e), EXIT_BAD_INPUT)
        return

    # The SDK logs whole activities (with the user's text) at DEBUG: never let that reach the log.
    sdk_logger = logging.getLogger("microsoft_teams")
    if sdk_logger.getEffectiveLevel() < logging.INFO:
        sdk_logger.setLevel(logging.INFO)
    if not cfg.tenant_id and cfg.client_id:
        click.echo("Bemærk: TENANT_ID er ikke sat – botten kører som multi-tenant.", err=True)
    click.echo(
        f"ledelsesbot (Teams) kører som {cfg.describe()}; beskeder på "
        f"http://{bind}:{port}{MESSAGING_ENDPOINT}. Stop med Ctrl-C.",
        err=True,
    )
    try:
        asyncio.run(app.start(port))
    except KeyboardInterrupt:
        pass
    except OSError as e:
        fail(f"Kan ikke lytte på {bind}:{port} ({e.strerror or e}).", EXIT_BAD_INPUT)
