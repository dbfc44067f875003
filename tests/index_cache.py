"""Real-model test indexes kept between test runs (importable as `index_cache`)."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from retrieval.settings import REPO_ROOT

CORPUS = REPO_ROOT / "corpus"


def index_key(embedder_id: str, *extra: Path) -> str:
    """What a real-model index depends on: the embedder, the corpus, the retrieval code and any
    `extra` input files."""
    h = hashlib.sha256(embedder_id.encode())
    files = [p for root in (CORPUS, REPO_ROOT / "retrieval") for p in sorted(root.rglob("*"))] + list(extra)
    for path in files:
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.name if path in extra else path.relative_to(REPO_ROOT)).encode())
            h.update(b"\0" + path.read_bytes())
    return h.hexdigest()[:20]


def cached_index(request: pytest.FixtureRequest, name: str, key: str, build: Callable[[Path], object]) -> Path:
    """A real-model index kept in pytest's cache (.pytest_cache/d/<name>/, git-ignored) under
    `key`, built with `build(directory)` when missing, not loadable or changed since (its live
    version is recorded). Embedding costs 5–50 s per index on this 2-core machine; a change to
    the corpus or retrieval/ changes the key and builds it anew. Do not modify it; copy it."""
    from retrieval.index import IndexUnavailable, SearchIndex, current_version

    cache = getattr(request.config, "cache", None)
    if cache is None:  # -p no:cacheprovider
        directory = request.getfixturevalue("tmp_path_factory").mktemp(name) / "index"
        build(directory)
        return directory
    root = Path(cache.mkdir(name))
    index_dir, marker = root / key, root / f"{key}.version"
    try:
        version = SearchIndex.load(index_dir).version
        if marker.read_text(encoding="utf-8") == version == current_version(index_dir):
            return index_dir
    except (IndexUnavailable, OSError):
        pass
    for old in root.iterdir():  # other keys are stale; a changed entry is rebuilt
        if old.name.startswith(".build-") and time.time() - old.stat().st_mtime < 3600:
            continue  # another test run may be building right now
        if old.is_dir():
            shutil.rmtree(old, ignore_errors=True)
        else:
            old.unlink(missing_ok=True)
    built = root / f".build-{os.getpid()}"
    build(built)
    try:
        os.replace(built, index_dir)
        marker.write_text(current_version(index_dir) or "", encoding="utf-8")
    except OSError:  # another run published the same key first: use its copy
        shutil.rmtree(built, ignore_errors=True)
    return index_dir
