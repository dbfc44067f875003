"""Helpers shared by the CLI command modules (kept apart from `bot.cli.__init__` to avoid import cycles)."""
from __future__ import annotations

import sys
from typing import Any, NoReturn

import click

from ..service import BotService, ServiceError


def fail(message: str, code: int) -> NoReturn:
    """Print `Fejl: …` on stderr and exit with `code` — a message, never a traceback."""
    click.echo(f"Fejl: {message}", err=True)
    sys.exit(code)


def ready_service(obj: Any) -> BotService:
    """The context's service, checked at a server's start-up (index and audit log usable)."""
    service = obj.service()
    try:
        service.check_ready()
    except ServiceError as e:
        fail(e.detail, e.exit_code)
    return service
