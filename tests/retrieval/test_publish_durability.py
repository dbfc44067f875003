"""Publishing an index version is durable: the version directory's rename, CURRENT's content and
CURRENT's rename are each fsynced (file and directory) before the switch counts as done."""

from __future__ import annotations

import os
from pathlib import Path

from retrieval.index import build_index, current_version

from fakes import HashEmbedder, make_issue


def test_current_pointer_is_fsynced_file_and_directory(tmp_path: Path, monkeypatch) -> None:
    index_dir = tmp_path / "index"
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: int) -> None:
        events.append(("fsync", os.readlink(f"/proc/self/fd/{fd}")))
        real_fsync(fd)

    def replace(src, dst) -> None:
        real_replace(src, dst)
        events.append(("replace", str(dst)))

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    build_index(index_dir, [make_issue()], HashEmbedder())
    version = current_version(index_dir)
    assert version is not None
    current = str(index_dir / "CURRENT")
    i_switch = events.index(("replace", current))
    before, after = events[:i_switch], events[i_switch + 1 :]
    # CURRENT's new content was on disk before the rename …
    assert any(kind == "fsync" and Path(p).name.startswith(".CURRENT.") for kind, p in before)
    # … the version directory's own rename was made durable before CURRENT named it …
    i_version = events.index(("replace", str(index_dir / version)))
    assert ("fsync", str(index_dir)) in events[i_version + 1 : i_switch]
    # … and the rename of CURRENT itself afterwards.
    assert ("fsync", str(index_dir)) in after
