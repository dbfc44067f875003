"""`ledelsesbot slack`: run the Slack bot (Socket Mode with SLACK_APP_TOKEN, else HTTP)."""

from __future__ import annotations

import click

from .context import CliContext, ExitCode, fail, pass_cli


@click.command("slack")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Adresse for HTTP-tilstand (bruges ikke i Socket Mode)."
)
@click.option(
    "--port",
    default=3000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port for HTTP-tilstand; Slack sender til /slack/events.",
)
@pass_cli
def slack(cli: CliContext, host: str, port: int) -> None:
    """Start Slack-botten: Socket Mode når SLACK_APP_TOKEN er sat, ellers HTTP på --host/--port."""
    # Imported here: slack-bolt costs ~0.2 s at start-up, which `ask` and `chat` need not pay.
    from ..audit import AuditError
    from ..channels.slack.app import build_app
    from ..channels.slack.client import SlackConfigError, check_config, make_client, verify_token
    from ..channels.slack.server import EVENTS_PATH, make_http_server, run_socket_mode, serve_http

    settings = cli.config.slack
    socket_mode = settings.socket_mode
    try:
        check_config(settings, socket_mode=socket_mode)
        client = make_client(settings)
        identity = verify_token(client)
    except SlackConfigError as e:
        fail(str(e), ExitCode.BAD_INPUT)

    service = cli.ready_service()

    try:
        app = build_app(settings, service, client=client, socket_mode=socket_mode)
    except SlackConfigError as e:
        fail(str(e), ExitCode.BAD_INPUT)
    except AuditError as e:  # the shared state's database (PostgreSQL) cannot be used
        fail(str(e), ExitCode.NO_AUDIT)

    who = f"@{identity.get('user', '?')} i {identity.get('team', '?')}"
    if settings.escalation_target:
        click.echo(f"'Spørg et menneske' sender besked til {settings.escalation_target}.", err=True)
    else:
        click.echo(
            "'Spørg et menneske' sender ikke noget videre (LEDELSESBOT_SLACK_ESCALATION_TARGET er ikke sat); "
            f"lederen får besked om at kontakte {cli.config.handover.contact}.",
            err=True,
        )
    if socket_mode:
        click.echo(f"ledelsesbot kører som {who} via Socket Mode. Stop med Ctrl-C.", err=True)
        run_socket_mode(app, settings.app_token)
        return
    try:
        server = make_http_server(app, host, port, signing_secret=settings.signing_secret)
    except OSError as e:
        fail(f"Kan ikke lytte på {host}:{port} ({e.strerror or e}).", ExitCode.BAD_INPUT)
    bound = server.server_address[1]
    click.echo(
        f"ledelsesbot kører som {who}; Slack-events på http://{host}:{bound}{EVENTS_PATH}. Stop med Ctrl-C.", err=True
    )
    serve_http(server)
