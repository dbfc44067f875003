"""Norwegian and Swedish words Danish does not use — one loader for the retrieval side (`bilingual`)
and the guard (`guard.people`), with no heavy imports so the guard can read it on its own."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def nordic_words() -> frozenset[str]:
    """Norwegian and Swedish words Danish does not use ("hva", "av", "blir", "vad", "hur"):
    `retrieval/data/nordic_words.txt`, built by scripts/build_nordic_words.py from wordfreq."""
    path = Path(__file__).resolve().parent / "data" / "nordic_words.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))
