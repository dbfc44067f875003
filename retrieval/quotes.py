"""Choosing the sentence(s) to quote, and checking a quote really stands on its page.

A quote is one or two whole, quotable sentences of the cited page (`sentences.page_sentences`:
layout debris removed, starts at a sentence start, ends with . ! or ?), at most
MAX_QUOTE_CHARS long, taken from the cited article's part of the page. `quote_on_page` is the
check every composer's citations must pass before an answer leaves the core.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from .lexical import char_ngrams, stem_tokens
from .sentences import Sentence, is_quotable, page_sentences, readable_text
from .text import normalize_for_match

MAX_QUOTE_CHARS = 300
# A best sentence shorter than this gets its neighbour (same paragraph) when that one is
# quotable and the two fit in MAX_QUOTE_CHARS: one short sentence rarely says enough.
SHORT_QUOTE_CHARS = 90
# A headline quote (a page without sentences) has at least this many words.
HEADLINE_MIN_WORDS = 3
# A sentence inside the retrieved passage is preferred over an equally relevant one elsewhere on
# the page: the passage is what the rankers judged relevant as a whole.
IN_PASSAGE_BONUS = 0.1
ELLIPSIS = "…"
_WORD = re.compile(r"\w+")


def quote_on_page(quote: str, page_text: str | None) -> bool:
    """True when `quote` stands verbatim on the page: after whitespace, hyphenation, quote-mark
    and dash normalisation, in the page as printed or in its running text with only layout
    debris taken out (bullet glyphs, list numbers, lines in capitals; `sentences.layout_blocks`).
    A trailing ellipsis is ignored; a quote shorter than 12 characters never counts."""
    if not page_text or not quote.strip():
        return False
    core = quote.rstrip().removesuffix(ELLIPSIS).rstrip()
    if len(core) < 12:
        return False
    needle = normalize_for_match(core)
    return needle in _normalized_page(page_text) or needle in _normalized_readable(page_text)


# Pages are checked again and again (every candidate, then every citation): normalise each once.
_normalized_page = lru_cache(maxsize=512)(normalize_for_match)


@lru_cache(maxsize=512)
def _normalized_readable(page_text: str) -> str:
    return normalize_for_match(readable_text(page_text))


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


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))


def _in_passage(sentence: str, passage_words: set[str]) -> bool:
    words = _words(sentence)
    return bool(words) and len(words & passage_words) >= 0.8 * len(words)


def _with_neighbour(sentences: tuple[Sentence, ...], i: int) -> str:
    """Sentence i, with the next (else the previous) quotable sentence of its paragraph when it
    is short and the two fit."""
    s = sentences[i]
    if len(s.text) >= SHORT_QUOTE_CHARS:
        return s.text
    for j, after in ((i + 1, True), (i - 1, False)):
        if 0 <= j < len(sentences):
            n = sentences[j]
            if n.block == s.block and n.quotable and len(s.text) + 1 + len(n.text) <= MAX_QUOTE_CHARS:
                return f"{s.text} {n.text}" if after else f"{n.text} {s.text}"
    return s.text


def quote_from_text(question: str, text: str, passage: str = "") -> tuple[str, float]:
    """The best quote for `question` from `text` (the cited article's part of a page): the
    quotable sentence sharing most of the question's vocabulary — preferring sentences of the
    retrieved `passage` — with its neighbour when short. ("", 0.0) when `text` has no quotable
    sentence of at most MAX_QUOTE_CHARS. Returns (quote, relevance)."""
    sentences = page_sentences(text)
    passage_words = _words(passage)
    best: tuple[float, float, int] | None = None
    for i, s in enumerate(sentences):
        if not s.quotable or len(s.text) > MAX_QUOTE_CHARS:
            continue
        rel = sentence_relevance(question, s.text)
        score = rel + (IN_PASSAGE_BONUS if passage_words and _in_passage(s.text, passage_words) else 0.0)
        if best is None or score > best[0]:
            best = (score, rel, i)
    if best is None:
        return _headline_quote(question, text)
    return _with_neighbour(sentences, best[2]), best[1]


def _headline_quote(question: str, text: str) -> tuple[str, float]:
    """For a part of a page with no quotable sentence (a cover, a display page): the display
    block — lines between blank lines, as printed, capitals included, since on a cover the lines
    in capitals are the content — that shares most of the question's vocabulary, with the block
    after it when it ends in a colon ("Det bedste og det værste: Lederlivet på godt og ondt").
    When none shares a word (a question in another language), the page's first headline of at
    least HEADLINE_MIN_WORDS words, with relevance 0. ("", 0.0) when the page has no headline."""
    blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", _MARKER.sub("", text))]
    blocks = [b for b in blocks if b]
    candidates: list[str] = []
    for i, b in enumerate(blocks):
        if b.endswith(":") and i + 1 < len(blocks):
            b = f"{b} {blocks[i + 1]}"
        words = _WORD.findall(b)
        # spaced-out letters ("U D G I V E T") and page numbers are no headline
        if len(words) < HEADLINE_MIN_WORDS or sum(len(w) == 1 for w in words) > len(words) / 2:
            continue
        if len(b) <= 120 and is_headline(b) and (b[0].isupper() or b[0] in "–-") and not quote_problems(b, True):
            candidates.append(b.lstrip("–- "))
    if not candidates:
        return "", 0.0
    scored = [(sentence_relevance(question, c), -k, c) for k, c in enumerate(candidates)]
    rel, _, best = max(scored)
    return best, rel


_MARKER = re.compile(r"\[\[artikel:[^\]]*\]\]")


def is_whole_sentence_quote(quote: str) -> bool:
    """What every quote must be: quotable sentences, at most MAX_QUOTE_CHARS (tests, eval)."""
    return len(quote) <= MAX_QUOTE_CHARS and is_quotable(quote)


# Layout debris a quote must never carry: bullet glyphs, a list number at its start, a line in
# capitals (running head, caption) run into the text, a hyphen left from a line break.
_DEBRIS = (
    ("bullet", re.compile(r"[■•●▪◦◆►‣∙□❑➢✓]")),
    ("list number", re.compile(r"^(?:\d{1,2}|[a-h])[.)]\s")),
    ("capitals", re.compile(r"\b[A-ZÆØÅ]{3,}(?:[ ,]+[A-ZÆØÅ]{2,}){2,}\b")),
    # "automa- tisere"; not a suspended compound ("telefon- eller e-mailsupport", "Børne- og").
    ("line-break hyphen", re.compile(r"\w- (?!(?:og|eller|samt|til|som|and|or)\b)[a-zæøå]{2,}")),
)


def is_headline(quote: str) -> bool:
    """A display line as quoted from a page without sentences: capitalised start, no sentence
    inside, no end punctuation, short (at most 120 characters)."""
    q = quote.strip()
    return bool(q) and len(q) <= 120 and q[-1] not in ".!?" and not re.search(r"[.!?] ", q)


def quote_problems(quote: str, headline_ok: bool = False) -> list[str]:
    """What is wrong with a quote's form (empty when nothing): not a whole sentence (start,
    end, balance) nor a headline (`is_headline`, when `headline_ok`), too long, or layout debris
    (see `_DEBRIS`)."""
    out: list[str] = []
    q = quote.strip()
    if not q:
        return ["empty"]
    if len(q) > MAX_QUOTE_CHARS:
        out.append("too long")
    if not (q[0].isupper() or q[0].isdigit()):
        out.append("sentence start")
    if headline_ok and is_headline(q):
        # a headline is printed as it is, capitals included
        return out + [name for name, pattern in _DEBRIS if name != "capitals" and pattern.search(q)]
    if q[-1] not in ".!?":
        out.append("sentence end")
    if not out and not is_quotable(q):
        out.append("unbalanced or too short")
    out.extend(name for name, pattern in _DEBRIS if pattern.search(q))
    return out
