"""`ledelsesbot teams`: run the Teams bot (Teams SDK, optional extra `[teams]`).

Exit codes as the rest of the CLI: 2 for a missing extra or configuration, 3 for no servable
index, 4 for an audit log that cannot be written.
"""

from __future__ import annotations

import asyncio
import logging

import click

from ..channels.teams.app import (
    MESSAGING_ENDPOINT,
    SDK_MISSING_MESSAGE,
    TeamsConfigError,
    TeamsUnavailable,
    build_app,
    check_bind,
    check_credentials,
    sdk_available,
)
from .context import CliContext, ExitCode, fail, pass_cli


@click.command("teams")
@click.option(
    "--port",
    default=3978,
    show_default=True,
    type=click.IntRange(1, 65535),
    help="Port for Teams-beskeder (POST /api/messages).",
)
@click.option(
    "--host",
    default=None,
    help="Adresse der lyttes på. Standard 0.0.0.0 (Azure Bot Service skal kunne nå den, "
    "typisk via en reverse proxy med HTTPS); 127.0.0.1 uden godkendelse.",
)
@pass_cli
def teams(cli: CliContext, port: int, host: str | None) -> None:
    """Start Teams-botten (kræver: pip install -e '.[teams]' og CLIENT_ID/CLIENT_SECRET/TENANT_ID)."""
    if not sdk_available():
        fail(SDK_MISSING_MESSAGE, ExitCode.BAD_INPUT)
    settings = cli.config.teams
    try:
        check_credentials(settings)
        bind = host or ("127.0.0.1" if settings.allow_unauthenticated else "0.0.0.0")
        check_bind(settings, bind)
    except TeamsConfigError as e:
        fail(str(e), ExitCode.BAD_INPUT)

    service = cli.ready_service()

    try:
        app = build_app(settings, service, host=bind, port=port)
    except (TeamsConfigError, TeamsUnavailable) as e:
        fail(str(e), ExitCode.BAD_INPUT)

    # The SDK logs whole activities (with the user's text) at DEBUG: never let that reach the log.
    sdk_logger = logging.getLogger("microsoft_teams")
    if sdk_logger.getEffectiveLevel() < logging.INFO:
        sdk_logger.setLevel(logging.INFO)
    if not settings.tenant_id and settings.client_id:
        click.echo("Bemærk: TENANT_ID er ikke sat – botten kører som multi-tenant.", err=True)
    if settings.escalation_conversation and not settings.client_id:
        click.echo(
            "Bemærk: LEDELSESBOT_TEAMS_ESCALATION_CONVERSATION er sat, men uden CLIENT_ID kan botten ikke "
            "skrive proaktivt – 'Spørg et menneske' sender intet, og lederen får det at vide.",
            err=True,
        )
    elif settings.escalation_conversation:
        click.echo(f"'Spørg et menneske' sender besked til {settings.escalation_name}.", err=True)
    else:
        click.echo(
            "'Spørg et menneske' sender ikke noget videre (LEDELSESBOT_TEAMS_ESCALATION_CONVERSATION er ikke sat); "
            f"lederen får besked om at kontakte {cli.config.handover.contact}.",
            err=True,
        )
    click.echo(
        f"ledelsesbot (Teams) kører som {settings.describe()}; beskeder på "
        f"http://{bind}:{port}{MESSAGING_ENDPOINT}. Stop med Ctrl-C.",
        err=True,
    )
    try:
        asyncio.run(app.start(port))
    except KeyboardInterrupt:
        pass
    except OSError as e:
        fail(f"Kan ikke lytte på {bind}:{port} ({e.strerror or e}).", ExitCode.BAD_INPUT)
