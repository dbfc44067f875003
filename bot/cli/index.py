"""`ledelsesbot index`: build the index from the corpus, list it, and let an admin add or remove
one issue, no developer needed.

    ledelsesbot index build [--if-missing]
    ledelsesbot index list
    ledelsesbot index add PATH.pdf --issue 03/2024 [--manifest FILE] [--first-page N] [--dry-run]
    ledelsesbot index remove --issue 03/2024

`add` reads the PDF (or a form-feed separated .txt), finds the articles (manifest, else the
INDHOLD page), prints the article/page table, embeds only the new issue's passages and publishes
a new index version atomically (built beside the live one, then CURRENT is switched). A running
bot picks the new version up by itself. Any error leaves the live index untouched.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import click

from retrieval.chunking import chunk_issue
from retrieval.corpus import CorpusError, CorpusErrorKind, load_corpus, validate_issue_number
from retrieval.index import IndexUnavailable, SearchIndex, add_issue, build_index, current_version, remove_issue
from retrieval.pdf_import import build_issue, extract_pages, format_article_table, is_pdf, load_manifest

from ..audit import AuditError, open_store
from ..config import AuditSettings
from .context import CliContext, ExitCode, fail, pass_cli
from .progress import progress_bar

log = logging.getLogger(__name__)

LOCK_NAME = ".admin.lock"


@click.group()
def index() -> None:
    """Byg og vedligehold søgeindekset."""


@index.command("build")
@click.option("--if-missing", is_flag=True, help="Byg kun, hvis der ikke er et brugbart indeks.")
@pass_cli
def index_build(cli: CliContext, if_missing: bool) -> None:
    """Byg indekset fra korpusmappen (alle numre)."""
    core = cli.config.core
    embedder = cli.embedder()
    core.index_dir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    # The admin lock: a concurrent `index add`/`remove` (or another build) waits, so no change is
    # lost; `--if-missing` looks under the lock, so two starting containers build once.
    with _admin_lock(core.index_dir):
        if if_missing:
            try:
                ix = SearchIndex.load(core.index_dir, embedder.id)
                click.echo(f"Indekset findes allerede ({ix.version}, {len(ix.passages)} passager).")
                return
            except IndexUnavailable:
                pass
        try:
            issues = load_corpus(core.corpus_dir)
        except CorpusError as e:
            fail(str(e), ExitCode.BAD_INPUT)
        with progress_bar("Indekserer passager") as update:
            ix = build_index(core.index_dir, issues, embedder, progress=update)
    secs = time.perf_counter() - t0
    pages = sum(len(i.pages) for i in issues)
    click.echo(
        f"Indeks {ix.version}: {len(issues)} nummer/numre, {pages} sider, "
        f"{len(ix.passages)} passager, {secs:.1f} s  →  {core.index_dir}"
    )
    _record_published(
        cli.config.audit,
        ix.version,
        {"action": "build", "issues": [i.issue for i in issues], "pages": pages, "passages": len(ix.passages)},
    )


@index.command("list")
@pass_cli
def index_list(cli: CliContext) -> None:
    """Vis numrene i det aktive indeks."""
    try:
        snap = SearchIndex.load(cli.config.core.index_dir).snapshot()
    except IndexUnavailable as e:
        fail(str(e), ExitCode.NO_INDEX)
    click.echo(f"Version {snap.version} · {snap.embedder_id} · bygget {snap.created_at}")
    click.echo(f"{'nummer':<10}{'sider':>6}{'passager':>10}{'artikler':>10}")
    for st in snap.issues:
        click.echo(f"{st.issue:<10}{st.pages:>6}{st.passages:>10}{st.articles:>10}")


def _live_issues(index_dir: Path) -> list[str] | None:
    """Issue numbers in the live version (from its manifest), or None when there is no index."""
    name = current_version(index_dir)
    if name is None:
        return None
    try:
        manifest = json.loads((index_dir / name / "manifest.json").read_text(encoding="utf-8"))
        return [str(s["issue"]) for s in manifest["issues"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _no_index(index_dir: Path) -> NoReturn:
    fail(
        f"Der er intet brugbart indeks i {index_dir}. Byg det først med `ledelsesbot index build`.",
        ExitCode.NO_INDEX,
    )


@contextlib.contextmanager
def _admin_lock(index_dir: Path) -> Iterator[None]:
    """One index change at a time (two admins adding at once would otherwise lose an issue)."""
    import fcntl

    with open(index_dir / LOCK_NAME, "a+") as f:
        try:
            fcntl.flock(f.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            click.echo("Venter på en anden ændring af indekset …", err=True)
            fcntl.flock(f.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f.fileno(), fcntl.LOCK_UN)


def _record_published(settings: AuditSettings, version: str, detail: dict[str, Any]) -> None:
    """Log `index_published` in the audit log; a failure is a warning, never a failed command."""
    try:
        with open_store(settings) as audit:
            audit.record_index_published(version, detail)
    except (AuditError, OSError, ValueError) as e:
        click.echo(f"Advarsel: kunne ikke skrive i revisionsloggen ({e}). Indekset er opdateret.", err=True)


def _unexpected(e: BaseException) -> NoReturn:
    log.debug("unexpected error", exc_info=e)
    fail(f"Uventet fejl ({type(e).__name__}: {e}). Det aktive indeks er uændret.", ExitCode.ERROR)


# -- add -------------------------------------------------------------------------------------
@index.command("add")
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--issue", "issue_no", required=True, metavar="NN/ÅÅÅÅ", help="Nummerets nummer, fx 03/2024.")
@click.option(
    "--manifest",
    type=click.Path(path_type=Path, dir_okay=False),
    help="JSON med artikler og sider (samme format som korpussets manifest.json).",
)
@click.option(
    "--first-page",
    type=int,
    default=None,
    metavar="N",
    help="Trykt sidenummer på filens første side (ellers PDF'ens sidetal eller 1).",
)
@click.option("--dry-run", is_flag=True, help="Vis kun artikel/side-tabellen; ændr intet.")
@pass_cli
def index_add(
    cli: CliContext, path: Path, issue_no: str, manifest: Path | None, first_page: int | None, dry_run: bool
) -> None:
    """Tilføj ét nummer (PDF eller tekst med sideskift) til indekset."""
    index_dir = cli.config.core.index_dir
    t0 = time.perf_counter()
    try:
        issue_no = validate_issue_number(issue_no)
        live = _live_issues(index_dir)
        if live is None and not dry_run:
            _no_index(index_dir)
        if live is not None and issue_no in live and not dry_run:
            fail(
                f"Nummer {issue_no} findes allerede i indekset. Fjern det først med "
                f"`ledelsesbot index remove --issue {issue_no}`, og tilføj det så igen.",
                ExitCode.BAD_INPUT,
            )
        data = load_manifest(manifest) if manifest else None
        pages = extract_pages(path, first_page)
        # The PDF's own page of each printed page, for links to it (LEDELSESBOT_SOURCE_URL {pdf_page}).
        pdf_pages = list(range(1, len(pages) + 1)) if is_pdf(path) else None
        issue = build_issue(pages, issue_no, data, pdf_pages)
        issue.extra["source"] = path.name
    except CorpusError as e:
        fail(str(e), ExitCode.BAD_INPUT)
    except Exception as e:
        _unexpected(e)

    click.echo(format_article_table(issue))
    n_passages = len(chunk_issue(issue))
    if n_passages == 0:
        fail("Nummeret giver ingen søgbare passager (ingen brødtekst fundet).", ExitCode.BAD_INPUT)
    if dry_run:
        if live is not None and issue_no in live:
            click.echo(
                f"Bemærk: nummer {issue_no} findes allerede; kør `ledelsesbot index remove --issue "
                f"{issue_no}` før `index add`."
            )
        click.echo(f"Tørkørsel: {len(issue.pages)} sider, {n_passages} passager. Intet er ændret.")
        return

    embedder = cli.embedder()
    try:
        with _admin_lock(index_dir), progress_bar(f"Indekserer {issue_no}") as update:
            ix = add_issue(index_dir, issue, embedder, progress=update)
    except IndexUnavailable as e:
        fail(str(e), ExitCode.NO_INDEX)
    except CorpusError as e:  # e.g. another admin added the same number meanwhile
        exists = e.kind == CorpusErrorKind.ISSUE_EXISTS
        hint = f" Kør `ledelsesbot index remove --issue {issue_no}` først." if exists else ""
        fail(f"{e}{hint}", ExitCode.BAD_INPUT)
    except Exception as e:
        _unexpected(e)
    secs = time.perf_counter() - t0
    stats = next((s for s in ix.issue_stats() if s.issue == issue_no), None)
    passages = stats.passages if stats else n_passages
    click.echo(
        f"Tilføjet {issue_no}: {len(issue.pages)} sider, {passages} passager, {secs:.1f} s. "
        f"Ny version {ix.version} er aktiv ({len(ix.issue_stats())} numre, {len(ix.passages)} passager i alt)."
    )
    _record_published(
        cli.config.audit,
        ix.version,
        {"action": "add", "issue": issue_no, "pages": len(issue.pages), "passages": passages},
    )


# -- remove ----------------------------------------------------------------------------------
@index.command("remove")
@click.option("--issue", "issue_no", required=True, metavar="NN/ÅÅÅÅ", help="Nummeret der skal fjernes, fx 03/2024.")
@pass_cli
def index_remove(cli: CliContext, issue_no: str) -> None:
    """Fjern ét nummer fra indekset (de andre numre genberegnes ikke)."""
    index_dir = cli.config.core.index_dir
    t0 = time.perf_counter()
    try:
        issue_no = validate_issue_number(issue_no)
    except CorpusError as e:
        fail(str(e), ExitCode.BAD_INPUT)
    live = _live_issues(index_dir)
    if live is None:
        _no_index(index_dir)
    if issue_no not in live:
        fail(f"Nummer {issue_no} findes ikke i indekset (numre: {', '.join(live) or 'ingen'}).", ExitCode.BAD_INPUT)
    embedder = cli.embedder()
    try:
        with _admin_lock(index_dir):
            ix = remove_issue(index_dir, issue_no, embedder)
    except IndexUnavailable as e:
        fail(str(e), ExitCode.NO_INDEX)
    except CorpusError as e:
        fail(str(e), ExitCode.BAD_INPUT)
    except Exception as e:
        _unexpected(e)
    click.echo(
        f"Fjernet {issue_no} på {time.perf_counter() - t0:.1f} s. Ny version {ix.version} er aktiv "
        f"({len(ix.issue_stats())} numre, {len(ix.passages)} passager)."
    )
    _record_published(cli.config.audit, ix.version, {"action": "remove", "issue": issue_no})
