"""Danish lexical retrieval: BM25 over Snowball-stemmed words and over in-word character 4-grams.

Word stems miss Danish compounds ("sygefravær" vs "fravær"); character 4-grams inside words catch
them, so both run and the fusion step combines them (measured in docs/retrieval.md).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import bm25s
import numpy as np
import Stemmer
from bm25s.stopwords import STOPWORDS_DANISH

_WORD = re.compile(r"\w\w+", re.UNICODE)
_STOP = frozenset(STOPWORDS_DANISH) | frozenset(
    {
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "is",
        "are",
        "and",
        "or",
        "what",
        "how",
        "who",
        "where",
        "can",
        "i",
        "do",
        "does",
        "for",
        "on",
        "about",
        "magazine",
        "bladet",
        "ifølge",
        "hvad",
        "hvem",
        "hvor",
        "hvordan",
        "hvilke",
        "hvilken",
        "hvilket",
        "kan",
        "skal",
        "man",
    }
)
# The stopwords as other modules read them (search.py: a capitalised stopword is no name).
STOPWORDS = _STOP
NGRAM = 4
# bm25s sets its own logger to DEBUG at import; its messages are noise in a chat CLI.
logging.getLogger("bm25s").setLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("danish")


def words(text: str) -> list[str]:
    """Lowercased word tokens without stopwords."""
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def stem_tokens(text: str) -> list[str]:
    """Danish Snowball stems of the non-stopword tokens."""
    return [str(s) for s in _stemmer().stemWords(words(text))]


def char_ngrams(text: str, n: int = NGRAM) -> list[str]:
    """In-word character n-grams (word padded with '_'), so compounds share pieces with parts."""
    out: list[str] = []
    for w in words(text):
        padded = f"_{w}_"
        if len(padded) <= n:
            out.append(padded)
        else:
            out.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


TOKENIZERS: dict[str, Callable[[str], list[str]]] = {"stem": stem_tokens, "char": char_ngrams}


class LexicalIndex:
    """One BM25 index with its tokenizer; empty queries score zero everywhere."""

    def __init__(self, kind: str, retriever: bm25s.BM25, size: int) -> None:
        self.kind = kind
        self._tok = TOKENIZERS[kind]
        self._bm25 = retriever
        self.size = size
        self._vocab = set(retriever.vocab_dict)

    @classmethod
    def build(cls, kind: str, texts: Sequence[str]) -> LexicalIndex:
        """Index `texts` with the tokenizer `kind` ("stem" or "char")."""
        tok = TOKENIZERS[kind]
        corpus = [tok(t) or ["_empty_"] for t in texts]
        r = bm25s.BM25()
        r.index(corpus, show_progress=False)
        return cls(kind, r, len(texts))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every passage for `query`."""
        q = [t for t in self._tok(query) if t in self._vocab]
        if not q:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(q), dtype=np.float32)

    def save(self, directory: Path) -> None:
        """Persist under `directory` (bm25s' own format)."""
        self._bm25.save(str(directory))

    @classmethod
    def load(cls, kind: str, directory: Path, size: int) -> LexicalIndex:
        """Load what `save` wrote."""
        r = bm25s.BM25.load(str(directory))
        return cls(kind, r, size)
