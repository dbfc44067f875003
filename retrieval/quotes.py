"""Choosing the sentence(s) to quote from a passage, and checking a quote really stands on its page."""

from __future__ import annotations

import math
from functools import lru_cache

from .lexical import char_ngrams, stem_tokens
from .text import normalize_for_match

MAX_QUOTE_CHARS = 320
ELLIPSIS = "…"


def quote_on_page(quote: str, page_text: str | None) -> bool:
    """True when `quote` (minus a trailing ellipsis) appears verbatim on the page, after
    whitespace, hyphenation, quote-mark and dash normalisation."""
    if not page_text or not quote.strip():
        return False
    core = quote.rstrip().removesuffix(ELLIPSIS).rstrip()
    if len(core) < 12:
        return False
    return normalize_for_match(core) in normalize_for_match(page_text)


@lru_cache(maxsize=4096)
def _features(text: str) -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(stem_tokens(text)), frozenset(char_ngrams(text))


def _overlap(q: frozenset[str], s: frozenset[str]) -> float:
    # Longer shared pieces carry more meaning than short ones; weight by length, not document
    # frequency, so the score needs no corpus statistics at query time.
    if not q:
        return 0.0
    return sum(math.log(2 + len(t)) for t in q & s) / sum(math.log(2 + len(t)) for t in q)


def sentence_relevance(question: str, sentence: str) -> float:
    """How much of the question's vocabulary (stems and 4-grams) a sentence shares, 0..1."""
    qs, qc = _features(question)
    ss, sc = _features(sentence)
    return 0.5 * _overlap(qs, ss) + 0.5 * _overlap(qc, sc)


def stem_relevance(question: str, text: str) -> float:
    """Share of the question's word stems that `text` contains (0..1). Stricter than
    `sentence_relevance`: compound fragments ("arbejde" in "skyggearbejde") do not count."""
    return _overlap(_features(question)[0], _features(text)[0])


def _shorten(text: str) -> str:
    if len(text) <= MAX_QUOTE_CHARS:
        return text
    cut = text[:MAX_QUOTE_CHARS].rsplit(" ", 1)[0].rstrip(",;:–- ")
    return cut + ELLIPSIS


def pick_quote(question: str, sentences: tuple[str, ...]) -> tuple[str, float]:
    """The best sentence of a passage for `question` — with its neighbour when it is short —
    capped at MAX_QUOTE_CHARS. Returns (quote, relevance)."""
    scored = [(sentence_relevance(question, s), i) for i, s in enumerate(sentences) if len(s.split()) >= 3]
    if not scored:
        return "", 0.0
    rel, i = max(scored, key=lambda x: (x[0], -x[1]))
    quote = sentences[i]
    if len(quote) < 90 and i + 1 < len(sentences):
        nxt = sentences[i + 1]
        if len(quote) + len(nxt) + 1 <= MAX_QUOTE_CHARS:
            quote = f"{quote} {nxt}"
    return _shorten(quote), rel
