"""In-process CLI tests: the real `ledelsesbot` group through click's CliRunner, with the fast
HashEmbedder and the bundled corpus indexed with it, every path in tmp_path. (The real model and
the real entry point are covered by test_smoke.py, one subprocess per top-level command.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from bot.cli import main
from bot.cli.context import CliContext
from bot.config import AuditSettings, Config
from retrieval.settings import REPO_ROOT, Settings

from fakes import HashEmbedder


@pytest.fixture
def cli_config(hash_index: Path, tmp_path: Path) -> Config:
    """Core settings on the (read-only) hash index; a fresh audit log."""
    return Config(
        core=Settings(index_dir=hash_index, corpus_dir=REPO_ROOT / "corpus"),
        audit=AuditSettings(location=str(tmp_path / "data" / "audit.sqlite3"), pseudonym_key="test-key"),
    )


@pytest.fixture
def invoke(cli_config: Config) -> Callable[..., Result]:
    """`invoke(*args, input=None, config=None, service=None)`: run `ledelsesbot ARGS` in-process."""

    def run(*args: str, input: Any = None, config: Config | None = None, service: Any = None) -> Result:
        obj = CliContext(config or cli_config, embedder=HashEmbedder(), service=service)
        return CliRunner().invoke(main, list(args), obj=obj, input=input)

    return run
