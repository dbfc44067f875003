"""`ledelsesbot ask` (one question, or one per line with --jsonl) and `ledelsesbot chat`."""

from __future__ import annotations

import json
import os
import sys
from typing import IO, Any, TextIO

import click

from ..channels.terminal import run_chat
from ..service import ServiceError, ServiceErrorKind
from .context import CliContext, ExitCode, exit_code_for, fail, pass_cli


@click.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Skriv ét JSON-objekt.")
@click.option("--jsonl", is_flag=True, help="Læs ét spørgsmål pr. linje fra stdin; skriv ét JSON-objekt pr. linje.")
@pass_cli
def ask(cli: CliContext, question: str | None, as_json: bool, jsonl: bool) -> None:
    """Stil ét spørgsmål (eller mange med --jsonl)."""
    if jsonl:
        if question:
            fail("Brug enten et spørgsmål som argument eller --jsonl med stdin, ikke begge.", ExitCode.BAD_INPUT)
        sys.exit(int(_ask_jsonl(cli, sys.stdin.buffer, sys.stdout)))
    if question is None:
        if sys.stdin.isatty():
            fail('Skriv spørgsmålet som argument: ledelsesbot ask "…"', ExitCode.BAD_INPUT)
        question = _read_stdin_text()
    question = _check_argv_text(question)
    try:
        answer = cli.service().ask(question, channel="cli", user_id=_cli_user())
    except ServiceError as e:
        if as_json:
            click.echo(json.dumps(_error_obj(None, e), ensure_ascii=False))
        fail(e.detail, exit_code_for(e))
    if as_json:
        click.echo(json.dumps(answer.to_json(), ensure_ascii=False))
    else:
        click.echo(answer.text)


@click.command()
@pass_cli
def chat(cli: CliContext) -> None:
    """Terminal-chat: skriv spørgsmål; Ctrl-D eller 'exit' afslutter."""
    sys.exit(run_chat(cli.service(), sys.stdin, sys.stdout))


def _read_stdin_text() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"Input er ikke gyldig UTF-8 (byte {e.start}). Gem teksten som UTF-8 og prøv igen.", ExitCode.BAD_INPUT)


def _check_argv_text(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        fail("Spørgsmålet er ikke gyldig UTF-8. Skriv det igen.", ExitCode.BAD_INPUT)
    return text


def _cli_user() -> str:
    return f"cli:{os.environ.get('USER', 'ukendt')}"


def _error_obj(id_: Any, e: ServiceError) -> dict[str, Any]:
    """An `ask --json`/`--jsonl` error object (same keys as an answer)."""
    return {
        "id": id_,
        "status": "error",
        "reason": str(e.kind),
        "decision_request": False,
        "text": e.detail,
        "citations": [],
        "audit_id": None,
    }


def _bad_line(id_: Any, message: str) -> dict[str, Any]:
    return _error_obj(id_, ServiceError(message, ServiceErrorKind.BAD_INPUT))


class BadLine(ValueError):
    """An `ask --jsonl` input line that is no question; `id` is the line's id when it has one."""

    def __init__(self, message: str, id_: Any = None) -> None:
        super().__init__(message)
        self.id = id_


def parse_jsonl_line(n: int, line: str) -> tuple[Any, str, str | None]:
    """(id, question, conversation) of input line `n`: plain text; a JSON string; or a JSON
    object with a text `question` (and any `id`, and an optional `conversation` key: text or a
    number; lines with the same key are one thread, in input order, like a Slack thread).
    BadLine for a line that starts like JSON (`{`, `[`) but is malformed, for valid JSON that is
    neither an object nor a string (`[1,2]`, `null`, `3`, `true`), and for a conversation key of
    another kind — never answered, never logged. Other text that is not JSON is a plain
    question."""
    try:
        value = json.loads(line)
    except ValueError:
        if line.startswith(("{", "[")):
            raise BadLine(f"Linje {n} er ikke gyldig JSON (malformed JSON).") from None
        return None, line, None
    if isinstance(value, str):
        return None, value, None
    if not isinstance(value, dict):
        raise BadLine(
            f"Linje {n} er gyldig JSON, men {_json_kind(value)} – ikke et spørgsmål "
            "(tekst, en JSON-streng eller et objekt med 'question')."
        )
    id_ = value.get("id")
    question = value.get("question")
    if not isinstance(question, str):
        raise BadLine(f"Linje {n}: JSON-objektet skal have feltet 'question' (tekst).", id_)
    key = value.get("conversation")
    if key is None:
        return id_, question, None
    if isinstance(key, bool) or not isinstance(key, str | int) or not str(key).strip():
        raise BadLine(f"Linje {n}: feltet 'conversation' skal være en tekst eller et tal.", id_)
    return id_, question, f"cli:{key}"


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "en sandhedsværdi"
    if isinstance(value, int | float):
        return "et tal"
    if isinstance(value, list):
        return "en liste"
    return "en anden slags værdi"


def _ask_jsonl(cli: CliContext, stdin: IO[bytes], out: TextIO) -> ExitCode:
    """One answer object per input line, in order; a bad line gets an error object, not a crash
    (`parse_jsonl_line`). Returns the worst exit code of all lines."""
    worst = ExitCode.OK
    service = cli.service()

    def write(obj: dict[str, Any]) -> None:
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")

    for n, raw in enumerate(stdin, 1):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            write(_bad_line(None, f"Linje {n} er ikke gyldig UTF-8."))
            worst = max(worst, ExitCode.BAD_INPUT)
            continue
        if not line:
            continue
        try:
            id_, question, conversation = parse_jsonl_line(n, line)
        except BadLine as e:
            write(_bad_line(e.id, str(e)))
            worst = max(worst, ExitCode.BAD_INPUT)
            continue
        try:
            answer = service.ask(question, channel="cli", user_id=_cli_user(), conversation=conversation)
            write(answer.to_json(id_))
        except ServiceError as e:
            write(_error_obj(id_, e))
            worst = max(worst, exit_code_for(e))
        out.flush()
    return worst
