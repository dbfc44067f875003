"""`ledelsesbot index` in-process, on private index copies: build and list, add and remove
(publishing, errors that leave the live index untouched), a bot answering while an issue is
added — all with the fast HashEmbedder — and answers from the added sample with the real model."""

from __future__ import annotations

import json
import shutil
import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner

from bot.cli import main
from bot.cli.context import CliContext
from bot.config import AuditSettings, Config
from retrieval.answering import Answerer
from retrieval.index import SearchIndex, add_issue, current_version
from retrieval.pdf_import import build_issue, extract_pages
from retrieval.settings import REPO_ROOT, Settings

from fakes import HashEmbedder
from index_cache import cached_index, index_key

ROOT = REPO_ROOT
SAMPLES = REPO_ROOT.parent / "shared" / "samples"
SAMPLE_PDF = SAMPLES / "offentlig-ledelse-2024-03.pdf"
SAMPLE_MAP = SAMPLES / "offentlig-ledelse-2024-03.articles.json"
DEV_2024_03 = ROOT / "tests" / "retrieval" / "data" / "dev-2024-03.jsonl"

needs_sample = pytest.mark.skipif(not SAMPLE_PDF.is_file(), reason="sample PDF not available")


def _invoke(index_dir: Path, data: Path, *args: str):
    config = Config(
        core=Settings(index_dir=index_dir),
        audit=AuditSettings(location=str(data / "audit.sqlite3"), pseudonym_key="test-key"),
    )
    return CliRunner().invoke(main, list(args), obj=CliContext(config, embedder=HashEmbedder()), catch_exceptions=False)


@pytest.fixture
def run(tmp_path):
    """`run(index_dir, *args)`: `ledelsesbot ARGS` with the HashEmbedder and an audit log in tmp_path."""

    def invoke(index_dir: Path, *args: str):
        return _invoke(index_dir, tmp_path / "data", *args)

    return invoke


def _state(index_dir: Path) -> tuple[str | None, list[str]]:
    return current_version(index_dir), sorted(p.name for p in index_dir.iterdir() if p.name.startswith("v-"))


@pytest.fixture(scope="module")
def index_with_sample(hash_index, tmp_path_factory) -> Path:
    """A copy of the hash index with the sample issue added through the CLI (once per module)."""
    dst = tmp_path_factory.mktemp("with-sample") / "index"
    shutil.copytree(hash_index, dst)
    res = _invoke(dst, dst.parent / "data", "index", "add", str(SAMPLE_PDF), "--issue", "03/2024")
    assert res.exit_code == 0, res.output
    return dst


@pytest.fixture(scope="module")
def real_index_with_sample(request, session_index, embedder) -> Path:
    """The real-model index with the sample issue added (for answer quality), cached between
    runs like the session index. Do not modify it."""

    def build(directory: Path) -> None:
        shutil.copytree(session_index, directory)
        add_issue(directory, build_issue(extract_pages(SAMPLE_PDF), "03/2024"), embedder)

    return cached_index(request, "index-with-sample", index_key(embedder.id, SAMPLE_PDF), build)


# -- add -------------------------------------------------------------------------------------
@needs_sample
def test_add_sample_publishes_new_version(hash_index_copy, run, tmp_path):
    before, _ = _state(hash_index_copy)
    old = SearchIndex.load(hash_index_copy)
    old_vectors = np.load(old.directory / "vectors" / f"{old.issues[0].slug}.npy")
    res = run(hash_index_copy, "index", "add", str(SAMPLE_PDF), "--issue", "03/2024")
    assert res.exit_code == 0, res.output
    out = res.output
    assert "Nummer 03/2024: 6 sider, 5 artikler fra INDHOLD-siden" in out
    assert "Færre møder, bedre møder: Sådan ryddede Lyngholm Kommune op i kalenderen" in out
    assert "Tilføjet 03/2024: 6 sider" in out and "Ny version v-" in out
    after, _ = _state(hash_index_copy)
    assert after != before
    ix = SearchIndex.load(hash_index_copy, HashEmbedder.id)
    assert [s.issue for s in ix.issue_stats()] == ["01/2024", "03/2024"]
    assert "57 procent af lederne" in ix.page_text("03/2024", 3)
    assert {p.page for p in ix.passages if p.issue == "03/2024"} == {1, 2, 3, 4, 5, 6}
    # Each printed page's PDF page is recorded, for links to it; 01/2024 (a text export) has none.
    template = "https://arkiv.example/{issue_id}.pdf#page={pdf_page}"
    assert ix.page_url(template, "03/2024", 4) == "https://arkiv.example/offentlig-ledelse-2024-03.pdf#page=4"
    assert ix.page_url(template, "01/2024", 4) is None
    # The old issue's vectors were reused as they were, not re-embedded.
    assert np.array_equal(np.load(ix.directory / "vectors" / f"{old.issues[0].slug}.npy"), old_vectors)
    # The publication is in the audit log.
    from bot.audit.sqlite import SQLiteAuditStore

    with SQLiteAuditStore(tmp_path / "data" / "audit.sqlite3", "test-key") as audit:
        events = [r for r in audit.list_records() if r.get("event") == "index_published"]
    assert events and events[-1]["index_version"] == after
    detail = events[-1]["detail"]
    detail = json.loads(detail) if isinstance(detail, str) else detail
    assert detail["action"] == "add" and detail["issue"] == "03/2024"


@needs_sample
def test_index_list_shows_added_issue(index_with_sample, run):
    res = run(index_with_sample, "index", "list")
    assert res.exit_code == 0, res.output
    row = next(line for line in res.output.splitlines() if line.startswith("03/2024"))
    assert row.split()[1] == "6"


@needs_sample
def test_add_with_manifest(hash_index_copy, run, tmp_path):
    manifest = json.loads(SAMPLE_MAP.read_text(encoding="utf-8"))
    manifest["issue"] = "03/2024"
    mpath = tmp_path / "manifest.json"
    mpath.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    res = run(hash_index_copy, "index", "add", str(SAMPLE_PDF), "--issue", "03/2024", "--manifest", str(mpath))
    assert res.exit_code == 0, res.output
    assert "fra manifestet" in res.output
    ix = SearchIndex.load(hash_index_copy)
    issue = next(i for i in ix.issues if i.issue == "03/2024")
    assert [a.title for a in issue.articles] == [a["title"] for a in manifest["articles"]]
    assert "Nanna Østergaard Lind" in ix.people()


@needs_sample
def test_duplicate_issue_is_refused(index_with_sample, run):
    before = _state(index_with_sample)
    res = run(index_with_sample, "index", "add", str(SAMPLE_PDF), "--issue", "03/2024")
    assert res.exit_code == 2
    assert "Fejl: Nummer 03/2024 findes allerede" in res.output
    assert "index remove --issue 03/2024" in res.output
    assert "Traceback" not in res.output
    assert _state(index_with_sample) == before


@needs_sample
def test_dry_run_changes_nothing(hash_index_copy, run):
    before = _state(hash_index_copy)
    res = run(hash_index_copy, "index", "add", str(SAMPLE_PDF), "--issue", "03/2024", "--dry-run")
    assert res.exit_code == 0, res.output
    assert "Digitale værktøjer: Fælles opgavetavle gav ro i hjemmeplejen" in res.output
    assert "Tørkørsel" in res.output and "Intet er ændret" in res.output
    assert _state(hash_index_copy) == before


def _broken(tmp_path: Path) -> Path:
    p = tmp_path / "broken.pdf"
    data = SAMPLE_PDF.read_bytes()
    p.write_bytes(data[: len(data) // 2])
    return p


def _encrypted(tmp_path: Path) -> Path:
    import pypdf

    w = pypdf.PdfWriter(clone_from=str(SAMPLE_PDF))
    w.encrypt("hemmelig")
    p = tmp_path / "encrypted.pdf"
    w.write(p)
    return p


def _image_only(tmp_path: Path) -> Path:
    import pypdf

    w = pypdf.PdfWriter()
    for _ in range(4):
        w.add_blank_page(595, 842)
    p = tmp_path / "scan.pdf"
    w.write(p)
    return p


def _empty_text(tmp_path: Path) -> Path:
    p = tmp_path / "empty.txt"
    p.write_text("\f\f\n\f", encoding="utf-8")
    return p


@needs_sample
@pytest.mark.parametrize(
    "make, message",
    [(_broken, "beskadiget"), (_encrypted, "krypteret"), (_image_only, "ingen tekst"), (_empty_text, "tom")],
)
def test_bad_input_leaves_live_index_untouched(hash_index_copy, run, tmp_path, make, message):
    before = _state(hash_index_copy)
    res = run(hash_index_copy, "index", "add", str(make(tmp_path)), "--issue", "04/2024")
    assert res.exit_code == 2, res.output
    assert "Fejl:" in res.output and message in res.output
    assert "Traceback" not in res.output
    assert _state(hash_index_copy) == before
    assert not [p for p in hash_index_copy.iterdir() if p.name.startswith(".build-")]


@needs_sample
def test_bad_issue_number_and_missing_file(hash_index_copy, run, tmp_path):
    res = run(hash_index_copy, "index", "add", str(SAMPLE_PDF), "--issue", "2024-03")
    assert res.exit_code == 2 and "NN/ÅÅÅÅ" in res.output
    res = run(hash_index_copy, "index", "add", str(tmp_path / "mangler.pdf"), "--issue", "04/2024")
    assert res.exit_code == 2 and "findes ikke" in res.output


@needs_sample
def test_manifest_pages_out_of_range(hash_index_copy, run, tmp_path):
    mpath = tmp_path / "m.json"
    mpath.write_text(json.dumps({"articles": [{"title": "Alt", "pages": [1, 2, 3, 4, 5, 6]}]}), encoding="utf-8")
    before = _state(hash_index_copy)
    res = run(
        hash_index_copy,
        "index",
        "add",
        str(SAMPLE_PDF),
        "--issue",
        "04/2024",
        "--manifest",
        str(mpath),
        "--first-page",
        "11",
    )
    assert res.exit_code == 2 and "som ikke findes i filen" in res.output
    assert _state(hash_index_copy) == before


@needs_sample
def test_no_index_is_exit_3(tmp_path, run):
    res = run(tmp_path / "intet-indeks", "index", "add", str(SAMPLE_PDF), "--issue", "03/2024")
    assert res.exit_code == 3 and "index build" in res.output
    res = run(tmp_path / "intet-indeks", "index", "remove", "--issue", "03/2024")
    assert res.exit_code == 3


# -- remove ----------------------------------------------------------------------------------
@needs_sample
def test_remove_issue(index_with_sample, run, tmp_path):
    work = tmp_path / "index"
    shutil.copytree(index_with_sample, work)
    res = run(work, "index", "remove", "--issue", "03/2024")
    assert res.exit_code == 0, res.output
    assert "Fjernet 03/2024" in res.output
    ix = SearchIndex.load(work)
    assert [s.issue for s in ix.issue_stats()] == ["01/2024"]
    assert not any(p.issue == "03/2024" for p in ix.passages)
    before = _state(work)
    res = run(work, "index", "remove", "--issue", "03/2024")
    assert res.exit_code == 2 and "findes ikke" in res.output
    res = run(work, "index", "remove", "--issue", "01/2024")  # the last issue
    assert res.exit_code == 2 and "sidste nummer" in res.output
    assert _state(work) == before


# -- a running bot while an issue is added ---------------------------------------------------
QUESTIONS = [
    "hvad er skyggearbejde, når man overvåger medarbejdere?",
    "hvordan taler man med en senior om at blive i lederjobbet?",
    "hvor lang tid varer et standardmøde nu i Lyngholm Kommune?",
]


@needs_sample
def test_questions_in_flight_while_adding_have_zero_errors(hash_index_copy, run):
    s = Settings(index_dir=hash_index_copy)
    answerer = Answerer(s, embedder=HashEmbedder())
    answerer.answer(QUESTIONS[0])  # loaded before the add starts
    errors: list[BaseException] = []
    versions: set[str] = set()
    answered = 0
    stop = threading.Event()

    def loop() -> None:
        nonlocal answered
        i = 0
        while not stop.is_set():
            try:
                a = answerer.answer(QUESTIONS[i % len(QUESTIONS)])
                versions.add(a.index_version or "")
                answered += 1
            except BaseException as e:
                errors.append(e)
            i += 1

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    try:
        res = run(hash_index_copy, "index", "add", str(SAMPLE_PDF), "--issue", "03/2024")
        time.sleep(1.0)  # let the loop pick up the new version
    finally:
        stop.set()
        t.join(timeout=60)
    assert res.exit_code == 0, res.output
    assert errors == [], errors[:3]
    assert answered > 3
    assert current_version(hash_index_copy) in versions and len(versions) >= 2
    a = answerer.answer(QUESTIONS[2])
    assert a.status == "answered"
    assert a.citations[0].issue == "03/2024" and a.citations[0].page in (1, 4)


@needs_sample
def test_search_readers_never_see_a_half_published_index(hash_index_copy, run):
    """Reader side of atomic publishing without the answer layer: reload on every CURRENT change."""
    from retrieval.search import search

    embedder = HashEmbedder()
    errors: list[BaseException] = []
    seen: set[str] = set()
    stop = threading.Event()

    def loop() -> None:
        loaded = None
        while not stop.is_set():
            try:
                name = current_version(hash_index_copy)
                if loaded is None or loaded.version != name:
                    loaded = SearchIndex.load(hash_index_copy, embedder.id)
                seen.add(loaded.version)
                search(loaded, embedder, "mødekultur og dagsorden", k=5)
            except BaseException as e:
                errors.append(e)

    t = threading.Thread(target=loop, daemon=True)
    t.start()
    try:
        res = run(hash_index_copy, "index", "add", str(SAMPLE_PDF), "--issue", "03/2024")
        time.sleep(0.5)
    finally:
        stop.set()
        t.join(timeout=60)
    assert res.exit_code == 0, res.output
    assert errors == [], errors[:3]
    assert len(seen) >= 2


# -- answers from the added sample -----------------------------------------------------------
@needs_sample
@pytest.mark.slow
def test_dev_questions_are_answered_from_the_sample(real_index_with_sample, embedder):
    cases = [json.loads(line) for line in DEV_2024_03.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(cases) == 6
    answerer = Answerer(Settings(index_dir=real_index_with_sample), embedder=embedder)
    hits = 0
    report = []
    for c in cases:
        a = answerer.answer(c["question"])
        assert a.status == "answered", (c["id"], a.text)
        first = a.citations[0]
        assert first.issue == "03/2024", (c["id"], first)
        ok = first.page in c["gold_pages"]
        hits += ok
        report.append((c["id"], first.page, c["gold_pages"], ok))
        # The quote stands verbatim on the cited page of the indexed issue.
        assert first.quote.split()[0] in answerer.live_index().page_text("03/2024", first.page)
    assert hits >= 5, report


# -- build and list (HashEmbedder, in-process) -------------------------------------------------
def test_index_build_and_list(invoke, cli_config, tmp_path):
    from retrieval.corpus import write_issue

    from fakes import make_issue

    issue = make_issue("05/2030")
    write_issue(issue, tmp_path / "corpus" / issue.slug)
    config = replace(
        cli_config, core=cli_config.core.with_(index_dir=tmp_path / "fresh", corpus_dir=tmp_path / "corpus")
    )
    res = invoke("index", "build", config=config)
    assert res.exit_code == 0, res.output
    assert "3 sider" in res.stdout and "passager" in res.stdout
    res2 = invoke("index", "build", "--if-missing", config=config)
    assert "findes allerede" in res2.stdout
    res3 = invoke("index", "list", config=config)
    assert "05/2030" in res3.stdout and "test:hash-64" in res3.stdout


def test_index_build_with_broken_corpus_is_a_clear_error(invoke, cli_config, tmp_path):
    (tmp_path / "corpus" / "x").mkdir(parents=True)
    (tmp_path / "corpus" / "x" / "manifest.json").write_text("{", encoding="utf-8")
    config = replace(
        cli_config, core=cli_config.core.with_(index_dir=tmp_path / "fresh", corpus_dir=tmp_path / "corpus")
    )
    res = invoke("index", "build", config=config)
    assert res.exit_code == 2 and "manifest.json" in res.stderr and "Traceback" not in res.output
