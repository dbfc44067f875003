"""`ledelsesbot eval`: answer quality on a case file, or the personal-data filter on a privacy set."""

from __future__ import annotations

import json
from pathlib import Path

import click

from retrieval.evaluation import CasesError, evaluate, format_report, load_cases
from retrieval.guard import learned_embedder_id
from retrieval.index import IndexUnavailable
from retrieval.privacy_eval import evaluate_privacy
from retrieval.privacy_eval import format_report as format_privacy_report

from .context import CliContext, ExitCode, fail, pass_cli


@click.command("eval")
@click.option("--cases", type=click.Path(dir_okay=False, path_type=Path), help="Dev-sæt (JSONL) med spørgsmål.")
@click.option("--privacy", type=click.Path(dir_okay=False, path_type=Path), help="Privacy-sæt (JSONL) til filteret.")
@click.option("--json", "as_json", is_flag=True, help="Skriv målingerne som JSON.")
@pass_cli
def eval_(cli: CliContext, cases: Path | None, privacy: Path | None, as_json: bool) -> None:
    """Mål svarkvalitet (--cases) eller filteret for personoplysninger (--privacy)."""
    if not cases and not privacy:
        fail("Angiv --cases FIL og/eller --privacy FIL.", ExitCode.BAD_INPUT)
    try:
        if privacy:
            rows = load_cases(privacy)
            answerer = cli.answerer()
            names = answerer.live_index().public_names
            # The learned signals take the query embedding from the embedder they were trained on.
            same = answerer.embedder.id == learned_embedder_id()
            result = evaluate_privacy(rows, names, embed=answerer.embedder.embed_query if same else None)
            click.echo(json.dumps(result, ensure_ascii=False, indent=1) if as_json else format_privacy_report(result))
        if cases:
            rows = load_cases(cases)
            answerer = cli.answerer()
            answerer.live_index()  # load once before timing
            metrics = evaluate(rows, answerer.answer)
            click.echo(json.dumps(metrics, ensure_ascii=False, indent=1) if as_json else format_report(metrics))
    except CasesError as e:
        fail(str(e), ExitCode.BAD_INPUT)
    except IndexUnavailable as e:
        fail(str(e), ExitCode.NO_INDEX)
