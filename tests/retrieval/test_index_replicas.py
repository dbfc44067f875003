"""The index as replicas share it: one directory of immutable versions with an atomically
switched `CURRENT` (on a shared volume in production). Two separate processes serve from it; an
admin publishes a new version (`add_issue`); each process answers its next question from the
new version, without a restart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from retrieval.index import add_issue, current_version
from retrieval.settings import REPO_ROOT

from fakes import HashEmbedder, make_issue

SERVER = """
import json, sys
from pathlib import Path
from fakes import HashEmbedder
from retrieval.answering import Answerer
from retrieval.settings import Settings
answerer = Answerer(Settings(index_dir=Path(sys.argv[1])), embedder=HashEmbedder())
for line in sys.stdin:
    a = answerer.answer(line.strip())
    print(json.dumps({"version": a.index_version, "issues": sorted({c.issue for c in a.citations})}), flush=True)
"""


def _ask(proc: subprocess.Popen[str], question: str) -> dict[str, object]:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(question + "\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    assert line, "the serving process died"
    return json.loads(line)


def test_two_processes_pick_up_a_new_version_on_their_next_question(hash_index_copy: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), str(REPO_ROOT / "tests")])}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", SERVER, str(hash_index_copy)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=REPO_ROOT,
        )
        for _ in range(2)
    ]
    try:
        old = current_version(hash_index_copy)
        question = "hvordan holder man et godt møde med dagsorden?"
        assert [_ask(p, question)["version"] for p in procs] == [old, old]
        add_issue(hash_index_copy, make_issue("05/2030"), HashEmbedder())  # the admin publishes
        new = current_version(hash_index_copy)
        assert new and new != old
        for p in procs:
            answer = _ask(p, question)
            assert answer["version"] == new
        assert any("05/2030" in _ask(p, "mødekultur dagsordenen sendes ud i god tid")["issues"] for p in procs)
    finally:
        for p in procs:
            if p.stdin:
                p.stdin.close()
            p.wait(timeout=30)
