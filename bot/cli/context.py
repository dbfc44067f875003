"""What every `ledelsesbot` command shares: the context object, `fail` and the exit codes."""

from __future__ import annotations

import sys
from enum import IntEnum
from typing import NoReturn

import click

from retrieval.answering import Answerer
from retrieval.embedding import Embedder, EmbedderError, load_embedder

from ..config import Config, SettingsError, load_config
from ..service import BotService, ServiceError, ServiceErrorKind


class ExitCode(IntEnum):
    """Exit codes of every command (documented in the README)."""

    OK = 0
    ERROR = 1  # unexpected error
    BAD_INPUT = 2  # bad input, usage or settings
    NO_INDEX = 3  # no servable index (missing, corrupt, other embedder)
    NO_AUDIT = 4  # the audit log cannot be used: missing, not an audit log, unreadable, not writable
    INTEGRITY = 5  # `audit verify`/`anchor`: the chain is broken or an anchored head is gone


_SERVICE_EXIT = {
    ServiceErrorKind.BAD_INPUT: ExitCode.BAD_INPUT,
    ServiceErrorKind.INDEX_UNAVAILABLE: ExitCode.NO_INDEX,
    ServiceErrorKind.AUDIT_UNAVAILABLE: ExitCode.NO_AUDIT,
}


def exit_code_for(error: ServiceError) -> ExitCode:
    """The exit code for a service error's kind."""
    return _SERVICE_EXIT[error.kind]


def fail(message: str, code: ExitCode) -> NoReturn:
    """Print `Fejl: …` on stderr and exit with `code` — a message, never a traceback."""
    click.echo(f"Fejl: {message}", err=True)
    sys.exit(int(code))


class CliContext:
    """The one context object (`pass_cli`): the configuration and, built on first use, the
    embedder, the answer core and the service — so a command loads the model at most once.

    `ledelsesbot` builds it from the environment (after reading `.env`); tests pass a ready one
    with ready-made parts (`CliRunner().invoke(main, ..., obj=CliContext(config,
    embedder=HashEmbedder()))`).
    """

    def __init__(
        self, config: Config | None = None, *, embedder: Embedder | None = None, service: BotService | None = None
    ) -> None:
        self._config = config
        self._embedder = embedder
        self._answerer: Answerer | None = None
        self._service = service

    @property
    def config(self) -> Config:
        """The configuration (read from the environment on first use; exit 2 when unusable)."""
        if self._config is None:
            try:
                self._config = load_config()
            except SettingsError as e:
                fail(str(e), ExitCode.BAD_INPUT)
        return self._config

    def embedder(self) -> Embedder:
        """The configured embedder (exit 1 with the fix when it cannot be loaded)."""
        if self._embedder is None:
            core = self.config.core
            try:
                self._embedder = load_embedder(core.embedder, core.embed_threads)
            except EmbedderError as e:
                fail(str(e), ExitCode.ERROR)
        return self._embedder

    def answerer(self) -> Answerer:
        """The answer core over the live index."""
        if self._answerer is None:
            self._answerer = Answerer(self.config.core, embedder=self.embedder())
        return self._answerer

    def service(self) -> BotService:
        """The service every channel uses (answer + audit + feedback + escalation)."""
        if self._service is None:
            self._service = BotService(
                self.config.core, self.config.audit, answerer=self.answerer(), contact=self.config.handover.contact
            )
        return self._service

    def ready_service(self) -> BotService:
        """The service, checked at a server's start-up: exit 3/4 now, not on the first question,
        when the index or the audit log cannot be used."""
        service = self.service()
        try:
            service.check_ready()
        except ServiceError as e:
            fail(e.detail, exit_code_for(e))
        return service

    def close(self) -> None:
        """Release what was opened (the audit log)."""
        if self._service is not None:
            self._service.close()


# Commands take the context with `@pass_cli`; outside `ledelsesbot` (a group used on its own)
# one is made from the environment.
pass_cli = click.make_pass_decorator(CliContext, ensure=True)
