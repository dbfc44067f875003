"""`ledelsesbot` command line: ask, chat, eval, index, audit, slack, teams.

Exit codes: 0 ok · 1 unexpected error · 2 bad input or usage · 3 no servable index ·
4 audit log unavailable (and required).
"""
from __future__ import annotations

import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any, TextIO

import click

from retrieval.settings import Settings, SettingsError

from .common import fail
from ..service import EXIT_BAD_INPUT, EXIT_ERROR, EXIT_NO_INDEX, BotService, ServiceError


class Ctx:
    """What every command gets: settings and a lazily built service (one model load)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._service: BotService | None = None

    def service(self) -> BotService:
        if self._service is None:
            self._service = BotService(self.settings)
        return self._service




@click.group()
@click.option("--env-file", type=click.Path(dir_okay=False), default=".env", show_default=True,
              help="Fil med miljøvariabler (python-dotenv); ignoreres hvis den ikke findes.")
@click.pass_context
def main(ctx: click.Context, env_file: str) -> None:
    """ledelsesbot – svar fra Offentlig Ledelse med kilde, side og citat."""
    from dotenv import load_dotenv

    if Path(env_file).is_file():
        load_dotenv(env_file, override=False)
    level = (os.environ.get("LEDELSESBOT_LOG_LEVEL") or "WARNING").strip().upper()
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        fail(f"LEDELSESBOT_LOG_LEVEL skal være DEBUG, INFO, WARNING eller ERROR (fik {level!r}).", EXIT_BAD_INPUT)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        settings = Settings.from_env()
    except SettingsError as e:
        fail(str(e), EXIT_BAD_INPUT)
    ctx.obj = Ctx(settings)


def _ctx(ctx: click.Context) -> Ctx:
    obj = ctx.find_object(Ctx)
    assert obj is not None
    return obj


# -- ask -----------------------------------------------------------------------------------
def _read_stdin_text() -> str:
    data = sys.stdin.buffer.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(f"Input er ikke gyldig UTF-8 (byte {e.start}). Gem teksten som UTF-8 og prøv igen.", EXIT_BAD_INPUT)
        raise  # unreachable


def _check_argv_text(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        fail("Spørgsmålet er ikke gyldig UTF-8. Skriv det igen.", EXIT_BAD_INPUT)
    return text


@main.command()
@click.argument("question", required=False)
@click.option("--json", "as_json", is_flag=True, help="Skriv ét JSON-objekt.")
@click.option("--jsonl", is_flag=True, help="Læs ét spørgsmål pr. linje fra stdin; skriv ét JSON-objekt pr. linje.")
@click.pass_context
def ask(ctx: click.Context, question: str | None, as_json: bool, jsonl: bool) -> None:
    """Stil ét spørgsmål (eller mange med --jsonl)."""
    c = _ctx(ctx)
    if jsonl:
        if question:
            fail("Brug enten et spørgsmål som argument eller --jsonl med stdin, ikke begge.", EXIT_BAD_INPUT)
        sys.exit(_ask_jsonl(c, sys.stdin.buffer, sys.stdout))
    if question is None:
        if sys.stdin.isatty():
            fail('Skriv spørgsmålet som argument: ledelsesbot ask "…"', EXIT_BAD_INPUT)
        question = _read_stdin_text()
    question = _check_argv_text(question)
    try:
        answer = c.service().ask(question, channel="cli", user_id=_cli_user())
    except ServiceError as e:
        if as_json:
            click.echo(json.dumps(_error_obj(None, e), ensure_ascii=False))
        fail(e.detail, e.exit_code)
        return
    if as_json:
        click.echo(json.dumps(answer.to_json(), ensure_ascii=False))
    else:
        click.echo(answer.text)


def _cli_user() -> str:
    return f"cli:{os.environ.get('USER', 'ukendt')}"


def _error_obj(id_: Any, e: ServiceError) -> dict[str, Any]:
    return {"id": id_, "status": "error", "reason": e.kind, "decision_request": False,
            "text": e.detail, "citations": [], "audit_id": None}


def _ask_jsonl(c: Ctx, stdin: Any, out: TextIO) -> int:
    """One answer object per input line, in order; a bad line gets an error object, not a crash."""
    worst = 0
    service = c.service()
    for n, raw in enumerate(stdin, 1):
        try:
            line = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            out.write(json.dumps(_error_obj(None, ServiceError(
                f"Linje {n} er ikke gyldig UTF-8.", "bad_input", EXIT_BAD_INPUT)), ensure_ascii=False) + "\n")
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        if not line:
            continue
        id_: Any = None
        question: Any = line
        if line.startswith("{"):
            try:
                obj = json.loads(line)
                id_ = obj.get("id")
                question = obj.get("question")
            except (json.JSONDecodeError, AttributeError):
                question = None
            if not isinstance(question, str):
                out.write(json.dumps(_error_obj(id_, ServiceError(
                    f"Linje {n}: JSON-objektet skal have feltet 'question' (tekst).", "bad_input",
                    EXIT_BAD_INPUT)), ensure_ascii=False) + "\n")
                worst = max(worst, EXIT_BAD_INPUT)
                continue
        try:
            answer = service.ask(question, channel="cli", user_id=_cli_user())
            out.write(json.dumps(answer.to_json(id_), ensure_ascii=False) + "\n")
        except ServiceError as e:
            out.write(json.dumps(_error_obj(id_, e), ensure_ascii=False) + "\n")
            worst = max(worst, e.exit_code)
        out.flush()
    return worst


# -- chat ----------------------------------------------------------------------------------
@main.command()
@click.pass_context
def chat(ctx: click.Context) -> None:
    """Terminal-chat: skriv spørgsmål; Ctrl-D eller 'exit' afslutter."""
    from ..channels.terminal import run_chat

    sys.exit(run_chat(_ctx(ctx).service(), sys.stdin, sys.stdout))


# -- eval ----------------------------------------------------------------------------------
@main.command("eval")
@click.option("--cases", type=click.Path(dir_okay=False, path_type=Path), help="Dev-sæt (JSONL) med spørgsmål.")
@click.option("--privacy", type=click.Path(dir_okay=False, path_type=Path), help="Privacy-sæt (JSONL) til filteret.")
@click.option("--json", "as_json", is_flag=True, help="Skriv målingerne som JSON.")
@click.pass_context
def eval_(ctx: click.Context, cases: Path | None, privacy: Path | None, as_json: bool) -> None:
    """Mål svarkvalitet (--cases) eller filteret for personoplysninger (--privacy)."""
    from retrieval.evaluation import CasesError, evaluate, format_report, load_cases

    if not cases and not privacy:
        fail("Angiv --cases FIL og/eller --privacy FIL.", EXIT_BAD_INPUT)
    c = _ctx(ctx)
    try:
        if privacy:
            from retrieval.privacy_eval import evaluate_privacy, format_report as fmt_privacy

            rows = load_cases(privacy)
            names = c.service().answerer.live_index().public_names
            result = evaluate_privacy(rows, names)
            click.echo(json.dumps(result, ensure_ascii=False, indent=1) if as_json else fmt_privacy(result))
        if cases:
            rows = load_cases(cases)
            answerer = c.service().answerer
            answerer.live_index()  # load once before timing
            metrics = evaluate(rows, answerer.answer)
            click.echo(json.dumps(metrics, ensure_ascii=False, indent=1) if as_json else format_report(metrics))
    except CasesError as e:
        fail(str(e), EXIT_BAD_INPUT)
    except ServiceError as e:
        fail(e.detail, e.exit_code)
    except Exception as e:  # IndexUnavailable and friends: a message, never a traceback
        from retrieval.index import IndexUnavailable

        if isinstance(e, IndexUnavailable):
            fail(str(e), EXIT_NO_INDEX)
        raise


# -- index ---------------------------------------------------------------------------------
@main.group()
def index() -> None:
    """Byg og vedligehold søgeindekset."""


@index.command("build")
@click.option("--if-missing", is_flag=True, help="Byg kun, hvis der ikke er et brugbart indeks.")
@click.pass_context
def index_build(ctx: click.Context, if_missing: bool) -> None:
    """Byg indekset fra korpusmappen (alle numre)."""
    from retrieval.corpus import CorpusError, load_corpus
    from retrieval.embedding import EmbedderError, load_embedder
    from retrieval.index import IndexUnavailable, SearchIndex, build_index

    s = _ctx(ctx).settings
    try:
        embedder = load_embedder(s.embedder, s.embed_threads)
    except EmbedderError as e:
        fail(str(e), EXIT_ERROR)
    if if_missing:
        try:
            ix = SearchIndex.load(s.index_dir, embedder.id)
            click.echo(f"Indekset findes allerede ({ix.version}, {len(ix.passages)} passager).")
            return
        except IndexUnavailable:
            pass
    try:
        issues = load_corpus(s.corpus_dir)
    except CorpusError as e:
        fail(str(e), EXIT_BAD_INPUT)
    t0 = time.perf_counter()
    from .progress import progress_bar

    with progress_bar("Indekserer passager") as update:
        ix = build_index(s.index_dir, issues, embedder, progress=update)
    secs = time.perf_counter() - t0
    pages = sum(len(i.pages) for i in issues)
    click.echo(
        f"Indeks {ix.version}: {len(issues)} nummer/numre, {pages} sider, "
        f"{len(ix.passages)} passager, {secs:.1f} s  →  {s.index_dir}"
    )


@index.command("list")
@click.pass_context
def index_list(ctx: click.Context) -> None:
    """Vis numrene i det aktive indeks."""
    from retrieval.index import IndexUnavailable, SearchIndex

    s = _ctx(ctx).settings
    try:
        ix = SearchIndex.load(s.index_dir)
    except IndexUnavailable as e:
        fail(str(e), EXIT_NO_INDEX)
    click.echo(f"Version {ix.version} · {ix.embedder_id} · bygget {ix.manifest.get('created_at')}")
    click.echo(f"{'nummer':<10}{'sider':>6}{'passager':>10}{'artikler':>10}")
    for st in ix.issue_stats():
        click.echo(f"{st.issue:<10}{st.pages:>6}{st.passages:>10}{st.articles:>10}")


def _register_optional() -> None:
    """Subcommands that live in their own modules."""
    from .audit import audit
    from .index_admin import register as register_index_admin
    from .slack import slack
    from .teams import teams

    register_index_admin(index)  # index add / index remove
    main.add_command(audit)
    main.add_command(slack)
    main.add_command(teams)


_register_optional()

