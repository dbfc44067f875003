"""retrieval/ is the platform-free core: it imports nothing from bot/."""

from __future__ import annotations

import subprocess
import sys

from retrieval.settings import REPO_ROOT


def test_retrieval_imports_nothing_from_bot() -> None:
    """The core is platform-free: importing every retrieval module loads no bot module."""
    code = (
        "import importlib, pkgutil, sys, retrieval\n"
        "for m in pkgutil.walk_packages(retrieval.__path__, 'retrieval.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = sorted(n for n in sys.modules if n == 'bot' or n.startswith('bot.'))\n"
        "print(len([n for n in sys.modules if n.startswith('retrieval.')]), bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    count, bad = out.stdout.split(" ", 1)
    assert int(count) >= 15 and bad.strip() == "[]"
    for path in (REPO_ROOT / "retrieval").rglob("*.py"):  # also lazy imports inside functions
        text = path.read_text(encoding="utf-8")
        assert "from bot" not in text and "import bot" not in text, path
