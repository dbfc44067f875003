"""`ledelsesbot audit ...`: the auditors' commands on the tamper-evident log (`bot.audit`).

Every command except `purge` opens the log read-only (`open_store(read_only=True)`: SQLite
`mode=ro`, never created, never migrated), so an auditor's command cannot change the evidence.
Exit codes (the CLI's one table, `context.ExitCode`): 0 ok · 2 bad input (bad date, unknown
id, bad settings) · 4 the log cannot be used (missing, empty or foreign file, unreadable) ·
5 `verify`/`anchor`: the chain is broken or an anchored head is gone. Dates are YYYY-MM-DD
and mean whole UTC days.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, NoReturn

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..audit import EVENT_TYPES, STATUSES, AuditError, AuditStore, open_store
from ..audit.anchors import Anchor, AnchorError, check_anchors, parse_sinks, read_anchors
from ..audit.records import format_ts
from .context import CliContext, ExitCode, fail, pass_cli

_STATUS_CHOICES = tuple(dict.fromkeys(STATUSES + EVENT_TYPES))


class _DateType(click.ParamType):
    """A calendar date written YYYY-MM-DD."""

    name = "YYYY-MM-DD"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        text = str(value).strip()
        try:
            if len(text) != 10:
                raise ValueError
            return date.fromisoformat(text)
        except ValueError:
            self.fail(
                f"{value!r} er ikke en dato på formen YYYY-MM-DD / is not a date YYYY-MM-DD",
                param,
                ctx,
            )


DATE = _DateType()


def _fail(message: str) -> NoReturn:
    """Bad input: a clear message and exit 2, without a traceback."""
    fail(message, ExitCode.BAD_INPUT)


class _Opened:
    """Context manager: open the existing log — read-only unless `write=True` (purge) — and
    turn AuditError into a clear message and exit 4."""

    def __init__(self, cli: CliContext, *, write: bool = False) -> None:
        self.settings = cli.config.audit
        self.write = write
        self.log: AuditStore | None = None

    def __enter__(self) -> AuditStore:
        try:
            self.log = open_store(self.settings, create=False, read_only=not self.write)
        except AuditError as exc:
            fail(str(exc), ExitCode.NO_AUDIT)
        return self.log

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if self.log is not None:
            self.log.close()
        if isinstance(exc, AuditError):
            fail(str(exc), ExitCode.NO_AUDIT)


def _statuses(values: Sequence[str]) -> list[str] | None:
    """Accept `--status a --status b` and `--status a,b`."""
    out: list[str] = []
    for value in values:
        for part in value.split(","):
            part = part.strip()
            if not part:
                continue
            if part not in _STATUS_CHOICES:
                _fail(f"ukendt status {part!r} / unknown status; brug / use: {', '.join(_STATUS_CHOICES)}")
            out.append(part)
    return out or None


def _check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        _fail("--since ligger efter --until / --since is after --until")


def _console() -> Console:
    # Resolve stdout at call time so click's CliRunner (and pipes) capture the output;
    # when piped to a file, use a wide fixed width rather than folding every cell.
    probe = Console(file=sys.stdout)
    width = probe.width if probe.is_terminal else 200
    return Console(file=sys.stdout, width=width, highlight=False)


def _cell(value: Any) -> Text:
    """A table cell as plain text: logged texts may contain '[...]', which rich would
    otherwise read as markup and silently drop."""
    return Text("" if value is None else str(value))


def _short(text: Any, n: int) -> str:
    if text is None:
        return ""
    s = " ".join(str(text).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _kind(rec: dict[str, Any]) -> str:
    return rec["status"] if rec["status"] else rec["event"]


def _cites(rec: dict[str, Any]) -> str:
    cites = rec.get("citations")
    if not isinstance(cites, list):
        return ""
    return "; ".join(f"{c.get('issue')} s.{c.get('page')}" for c in cites if isinstance(c, dict))


@click.group("audit")
def audit() -> None:
    """Revisionslog: hvad botten svarede hvem, og fra hvilke sider / the auditors' log."""


common_filters = [
    click.option("--since", type=DATE, help="Fra og med denne dato (UTC) / from this day."),
    click.option("--until", type=DATE, help="Til og med denne dato (UTC) / up to this day."),
    click.option(
        "--status",
        "status",
        multiple=True,
        metavar="STATUS",
        help=f"Gentag eller komma-separér / repeat or comma-separate: {', '.join(_STATUS_CHOICES)}.",
    ),
    click.option("--article", help="Del af en citeret artikels titel / part of a cited article title."),
]


def _with_filters(fn: Any) -> Any:
    for option in reversed(common_filters):
        fn = option(fn)
    return fn


@audit.command("list")
@_with_filters
@click.option("--limit", type=click.IntRange(min=1), help="Kun de nyeste N / only the newest N.")
@pass_cli
def list_cmd(
    cli: CliContext,
    since: date | None,
    until: date | None,
    status: tuple[str, ...],
    article: str | None,
    limit: int | None,
) -> None:
    """Vis poster som tabel / list records as a table."""
    _check_range(since, until)
    with _Opened(cli) as log:
        records = log.list_records(since=since, until=until, status=_statuses(status), article=article, limit=limit)
    table = Table(title=f"Revisionslog / audit log ({len(records)})")
    for col in ("id", "tid (UTC)", "status", "kanal", "bruger", "spørgsmål / question", "kilder"):
        table.add_column(col, overflow="fold")
    for rec in records:
        text = rec["question"]
        if rec["event"] == "refused":
            text = f"[afvist: {rec['refusal_category'] or '?'}]"
        elif rec["event"] in ("feedback", "escalated"):
            text = f"→ #{rec['ref_id']} {rec['value'] or ''}".strip()
        elif rec["event"] == "index_published":
            text = f"indeks {rec['index_version']}"
        elif rec["event"] == "purged":
            text = str(rec["detail"])
        elif rec["event"] == "auditor_access":
            action = rec["detail"].get("action") if isinstance(rec["detail"], dict) else None
            text = f"revisor {rec['value']}: {action or '?'}"
        elif rec["purged_at"]:
            text = "[slettet / purged]"
        table.add_row(
            *map(
                _cell,
                (
                    rec["id"],
                    rec["ts"][:19].replace("T", " "),
                    _kind(rec),
                    rec["channel"],
                    (rec["user_pseudonym"] or "")[:12],
                    _short(text, 60),
                    _cites(rec),
                ),
            )
        )
    _console().print(table)


@audit.command("show")
@click.argument("audit_id", type=int)
@pass_cli
def show_cmd(cli: CliContext, audit_id: int) -> None:
    """Vis én post med alle felter / show one record in full."""
    with _Opened(cli) as log:
        rec = log.get(audit_id)
    if rec is None:
        _fail(f"ingen post med id {audit_id} / no record with id {audit_id}")
    console = _console()
    info = Table(show_header=False, title=f"Post / record {audit_id}")
    info.add_column("felt", style="bold")
    info.add_column("værdi", overflow="fold")
    for key, value in rec.items():
        if key == "citations":
            continue
        if key in ("question", "reply") and value is None and rec["purged_at"]:
            value = "[slettet / purged]"
        info.add_row(_cell(key), _cell(value))
    console.print(info)
    cites = rec.get("citations")
    if isinstance(cites, list) and cites:
        table = Table(title="Kilder / citations")
        for col in ("nummer", "artikel", "side", "score", "citat"):
            table.add_column(col, overflow="fold")
        for c in cites:
            table.add_row(
                *map(_cell, (c.get("issue"), c.get("article"), c.get("page"), c.get("score"), c.get("quote")))
            )
        console.print(table)


@audit.command("export")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default="jsonl", show_default=True)
@_with_filters
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, writable=True),
    help="Fil i stedet for stdout / file instead of stdout.",
)
@pass_cli
def export_cmd(
    cli: CliContext,
    fmt: str,
    since: date | None,
    until: date | None,
    status: tuple[str, ...],
    article: str | None,
    output: str | None,
) -> None:
    """Eksportér poster som CSV eller JSON Lines / export records."""
    _check_range(since, until)
    with _Opened(cli) as log:
        statuses = _statuses(status)
        if output is None:
            n = log.export(sys.stdout, fmt, since=since, until=until, status=statuses, article=article)
        else:
            try:
                with open(output, "w", encoding="utf-8", newline="") as fh:
                    n = log.export(fh, fmt, since=since, until=until, status=statuses, article=article)
            except OSError as exc:
                _fail(f"kan ikke skrive / cannot write {output}: {exc.strerror}")
    click.echo(f"{n} poster eksporteret / records exported", err=True)


@audit.command("stats")
@click.option("--since", type=DATE, help="Fra og med / from (UTC day).")
@click.option("--until", type=DATE, help="Til og med / up to (UTC day).")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True)
@pass_cli
def stats_cmd(cli: CliContext, since: date | None, until: date | None, top: int) -> None:
    """Tal til revisorer / statistics for auditors."""
    _check_range(since, until)
    with _Opened(cli) as log:
        st = log.stats(since=since, until=until, top=top)
    console = _console()
    console.print(Text(f"Spørgsmål i alt / questions: {st['questions']}"))
    summary = Table(title="Svar / outcomes")
    summary.add_column("status")
    summary.add_column("antal", justify="right")
    summary.add_column("andel", justify="right")
    for s in STATUSES:
        summary.add_row(*map(_cell, (s, st["counts"][s], f"{st['shares'][s] * 100:.1f}%")))
    console.print(summary)
    simple: list[tuple[str, Sequence[str], Sequence[Sequence[Any]]]] = [
        ("Spørgsmål pr. dag / questions per day", ("dag", "antal"), st["per_day"]),
        ("Afvisninger / refusal categories", ("kategori", "antal"), st["refusal_categories"]),
        ("Mest citerede artikler / most-cited articles", ("nummer", "artikel", "citater"), st["top_articles"]),
        ("Mest citerede sider / most-cited pages", ("nummer", "side", "citater"), st["top_pages"]),
        (
            "Feedback og eskalering / feedback and escalations",
            ("type", "antal"),
            [
                ("up", st["feedback"]["up"]),
                ("down", st["feedback"]["down"]),
                ("escalated", st["escalations"]),
                ("decision_request", st["decision_requests"]),
            ],
        ),
    ]
    for title, cols, rows in simple:
        table = Table(title=title, min_width=len(title) + 4)
        for i, col in enumerate(cols):
            table.add_column(col, justify="right" if i == len(cols) - 1 else "left", overflow="fold")
        for row in rows:
            table.add_row(*map(_cell, row))
        console.print(table)


@audit.command("verify")
@click.option(
    "--anchors",
    "anchors_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Tjek også at hvert ankret hoved stadig er i kæden / also check every anchored head (a file of anchor lines).",
)
@pass_cli
def verify_cmd(cli: CliContext, anchors_file: Path | None) -> None:
    """Genberegn hash-kæden / recompute the hash chain (exit 5 if broken or an anchor is gone)."""
    anchors: list[Anchor] = []
    if anchors_file is not None:
        try:
            anchors = read_anchors(anchors_file)
        except AnchorError as exc:
            _fail(str(exc))
    with _Opened(cli) as log:
        result = log.verify()
        check = check_anchors(log, anchors) if anchors_file is not None else None
    click.echo(result.message)
    broken = not result.ok
    if broken:
        click.echo(f"first_broken_id={result.first_broken_id}")
    if check is not None:
        for problem in check.problems:
            click.echo(f"ANKER / ANCHOR: {problem}")
        if check.ok:
            click.echo(f"Ankre / anchors: {check.checked} af {check.checked} findes i kæden / found in the chain")
        broken = broken or not check.ok
    if broken:
        raise click.exceptions.Exit(ExitCode.INTEGRITY)


@audit.command("anchor")
@click.option(
    "--to",
    "sinks_spec",
    metavar="SINKS",
    help="Ankersteder i stedet for LEDELSESBOT_AUDIT_ANCHORS / sinks instead of the setting "
    "(file:/sti, syslog, syslog:VÆRT:PORT, slack:KANAL; komma-separeret).",
)
@pass_cli
def anchor_cmd(cli: CliContext, sinks_spec: str | None) -> None:
    """Skriv kædens hoved til et eksternt sted / write the chain's head to an external sink.

    Verifies the chain first (a broken chain is not anchored: exit 5), then writes the head
    (id, row hash, time) to every sink. Run it daily (docs/audit.md)."""
    spec = sinks_spec if sinks_spec is not None else cli.config.audit.anchors
    try:
        sinks = parse_sinks(spec, slack_token=cli.config.slack.bot_token, slack_api_url=cli.config.slack.api_url)
    except AnchorError as exc:
        _fail(str(exc))
    if not sinks:
        _fail("intet ankersted / no anchor sink: sæt / set LEDELSESBOT_AUDIT_ANCHORS eller / or --to")
    with _Opened(cli) as log:
        result = log.verify()
        head = log.head()
    if not result.ok:
        click.echo(result.message)
        fail("kæden er brudt; intet anker skrevet / chain broken; nothing anchored", ExitCode.INTEGRITY)
    if head is None:
        click.echo("Revisionsloggen er tom; intet at ankre / the audit log is empty; nothing to anchor")
        return
    anchor = Anchor.from_head(head, format_ts(datetime.now(UTC)))
    failed = []
    for sink in sinks:
        try:
            sink.write(anchor)
            click.echo(f"Ankret / anchored: post {anchor.id} {anchor.row_hash} -> {sink.name}")
        except AnchorError as exc:
            failed.append(f"{sink.name}: {exc}")
    if failed:
        fail("; ".join(failed), ExitCode.ERROR)


@audit.command("purge")
@click.option(
    "--before", type=DATE, required=True, help="Slet tekster før denne dato / purge texts before this UTC day."
)
@click.option("--yes", is_flag=True, help="Spørg ikke / do not ask for confirmation.")
@pass_cli
def purge_cmd(cli: CliContext, before: date, yes: bool) -> None:
    """Dataminimering: fjern spørgsmåls- og svartekster før en dato; hashes og
    metadata bevares, så kæden stadig kan verificeres.

    Data minimisation: removes question and reply texts older than --before; hashes,
    citations and metadata stay, the chain still verifies, and a `purged` event is logged.
    """
    if before > datetime.now(UTC).date() + timedelta(days=1):
        _fail("--before ligger i fremtiden / --before is in the future")
    if not yes:
        click.confirm(
            f"Fjern spørgsmåls- og svartekster før {before.isoformat()} / purge texts?",
            abort=True,
        )
    with _Opened(cli, write=True) as log:
        n = log.purge(before)
    click.echo(f"{n} poster renset før {before.isoformat()} / records purged")
