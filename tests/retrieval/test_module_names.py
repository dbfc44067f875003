"""No module assigns a top-level name twice (round 25, docs/privacy.md § 8.28): a later `_QUOTED = …` in
retrieval/decision.py silently replaced an older rule's pattern for every function that used it."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MODULES = sorted([*ROOT.glob("retrieval/**/*.py"), *ROOT.glob("bot/**/*.py")])


def _top_level_names(path: Path) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_top_level_name_is_assigned_twice(path: Path) -> None:
    twice = sorted(name for name, n in _top_level_names(path).items() if n > 1 and name != "__all__")
    assert not twice, f"{path.relative_to(ROOT)} assigns {twice} more than once"


def test_the_check_sees_a_second_assignment(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text("import re\n_X = re.compile('a')\n\ndef f(): pass\n_X = re.compile('b')\n", encoding="utf-8")
    assert _top_level_names(module)["_X"] == 2
