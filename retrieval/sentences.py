"""Whole sentences of a printed page, with the layout debris taken out: what a quote is made of.

A magazine page exported to text carries more than sentences: headings and kickers without a
full stop, bullets (■ •), numbered list items, running heads and name captions in capitals,
hyphens at line ends (also across a blank line, where a column breaks). `page_sentences` reads
the page line by line, cuts it into *blocks* that never join two of those things
(`layout_blocks`), and splits each block into sentences with pySBD's Danish rules
(`split_block`; measured against the alternatives in docs/retrieval.md, "Quotes").

Every `Sentence` says whether it is *quotable*: it starts at a sentence start (a capital letter
or a digit, after a dialogue dash or a bullet is taken off), ends with . ! or ?, has balanced
quotation marks and brackets, and is not a heading. A quote is built only from quotable
sentences (`quotes.quote_from_text`), and `quotes.quote_on_page` checks it still stands on its page
(the same blocks, so only what this module calls debris can be skipped).
"""

from __future__ import annotations

import hashlib
import re
import statistics
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .guard.lexicon import lexicon
from .text import join_hyphenation

# Glyphs that start a bullet item; the magazine uses ■ and •, PDFs export others.
BULLETS = "■•●▪◦◆►‣∙□❑➢✓"
# A numbered list item ("1. Tilgang", "2) Hvem …"): a small number before a capitalised word.
# A date ("13. januar") is followed by a lower-case month, so it never matches.
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}|[a-h])[.)]\s+(?=[\"”“«(]?[A-ZÆØÅ])")
# A contents entry ("16 Intro: Hvordan …"): a page number before a capitalised title. Counts of
# things are followed by a lower-case word in Danish ("57 procent", "12 offentlige ledere").
_CONTENTS_NUMBER = re.compile(r"^\d{1,3}\s+(?=[\"”“«]?[A-ZÆØÅ][a-zæøå])")
# The dialogue dash of interviews ("– Det svarer til …") starts an utterance.
_DIALOGUE = re.compile(r"^[–—-]\s+")
_DIALOGUE_START = re.compile(r"^[–—]\s+[\"”“«(]?[A-ZÆØÅ0-9]")
_TERMINAL = ".!?"
_CLOSERS = '"”’»)]'
_WS = re.compile(r"\s+")
# A line is "short" when it is shorter than this share of the page's column width: the last line
# of a heading or caption (measured on the corpus, docs/retrieval.md "Quotes").
SHORT_LINE = 0.85
VERY_SHORT_LINE = 0.7
MIN_WORDS = 4


@dataclass(frozen=True)
class Sentence:
    """One sentence of a page, whitespace collapsed and debris removed, and whether it may be
    quoted (see the module docstring)."""

    text: str
    block: int  # index of its block on the page; neighbours in one block are contiguous text
    quotable: bool


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\u00ad", "").replace("\ufffd", "").replace("\t", " ")


def _letters(line: str) -> list[str]:
    return [ch for ch in line if ch.isalpha()]


def is_furniture(line: str) -> bool:
    """A line in capitals only (running head, kicker, a name caption: "TEMA", "KAREN FROST,",
    "SIDE 15"): page furniture, never part of a sentence."""
    letters = _letters(line)
    return len(letters) >= 4 and not any(ch.islower() for ch in letters)


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS + " ").endswith(tuple(_TERMINAL + "…:"))


def _starts_capital(line: str) -> bool:
    s = _DIALOGUE.sub("", line).lstrip('"”“«(')
    return bool(s) and (s[0].isupper() or s[0].isdigit())


def _column_width(lines: list[str]) -> float:
    """A typical line length: the 80th percentile of lines with three words or more (headings
    and captions are shorter; a page or paragraph has few of them)."""
    lengths = [len(x) for x in lines if len(x.split()) >= 3]
    if len(lengths) < 4:
        return float(max(lengths, default=60))
    return statistics.quantiles(lengths, n=10, method="inclusive")[7]


def _join_across_blank_lines(text: str) -> str:
    # A word hyphenated where a column ends often continues after a blank line ("intel-\n\nligens").
    return re.sub(r"(\w)-[ \t]*\n(?:[ \t]*\n)+[ \t]*(?=[a-zæøå])", r"\1-\n", text)


def _first_word(line: str) -> str:
    m = re.match(r"[\"”“«(]?([\wæøåÆØÅ]+)", _DIALOGUE.sub("", line))
    return m.group(1) if m else ""


def _sentence_start_word(word: str) -> bool:
    """Could `word` (capitalised at a line start) be an ordinary word starting a sentence rather
    than a name or an acronym continuing one? Danish writes common nouns in lower case, so a
    capitalised ordinary word ("Centret", "Dette", "I") most likely starts a sentence."""
    if not word:
        return False
    if word.isdigit():
        return True
    if _is_acronym(word):
        return False  # "AI", "KL"
    lower = word.lower()
    lex = lexicon()
    if lower in _FUNCTION_WORDS:
        return True
    return "F" not in lex.flags(lower) and (lex.is_ordinary(lower) or lex.is_compound(lower))


# Pronouns, articles and conjunctions that are also first names in the name data ("Hans", "Lige").
_FUNCTION_WORDS = frozenset("i de det den en et hun han vi jeg du man der her så og men lige tre to".split())


def _heading_before(prev: str, line: str, width: float, alone: bool) -> bool:
    """Does the (unterminated) line `prev` end a heading, kicker or caption, so that `line`
    starts new text? Yes before a dialogue turn; before an ordinary word when `prev` is
    noticeably shorter than the column; before a name when `prev` is very short; before an
    acronym only when `prev` is also a line on its own (`alone`: a one-line heading)."""
    if not prev or _ends_sentence(prev) or prev.endswith((",", "-", "–")) or not _starts_capital(line):
        return False
    if prev.count("(") > prev.count(")"):
        return False  # inside brackets
    if _DIALOGUE_START.match(line):
        return True
    word = _first_word(line)
    if len(prev) < VERY_SHORT_LINE * width:
        return alone or not _is_acronym(word)
    if _is_acronym(word):
        return False
    return len(prev) < SHORT_LINE * width and _sentence_start_word(word)


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()


def layout_blocks(text: str) -> list[str]:
    """The page as blocks of running text (whitespace collapsed), in reading order: a block
    never spans a bullet or list item, a dialogue turn, a heading or a furniture line, nor a
    blank line unless a sentence clearly runs on over it (column break). Bullet glyphs and list
    numbers are taken off; furniture lines are dropped."""
    text = join_hyphenation(_join_across_blank_lines(_normalise(text)), compounds=True)
    raw_lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    page_width = _column_width([x for x in raw_lines if x])
    blocks: list[list[str]] = []
    current: list[str] = []
    # Whether the text before the next line is a blank line (a paragraph or column break).
    after_blank = True

    def flush() -> None:
        if current:
            blocks.append(list(current))
            current.clear()

    prev = ""
    for i, line in enumerate(raw_lines):
        if not line or line.startswith("[[artikel:") or is_furniture(line):
            flush()
            prev = ""
            after_blank = True
            continue
        bullet = line[0] in BULLETS
        numbered = bool(_LIST_NUMBER.match(line) or _CONTENTS_NUMBER.match(line)) and (not prev or _ends_sentence(prev))
        if bullet:
            line = line.lstrip(BULLETS + " ")
        elif numbered:
            line = _CONTENTS_NUMBER.sub("", _LIST_NUMBER.sub("", line, count=1), count=1)
        if not line:
            continue
        window = [x for x in raw_lines[max(0, i - 4) : i + 4] if x and not is_furniture(x)]
        width = max(_column_width(window), 0.6 * page_width)
        if bullet or numbered or _DIALOGUE_START.match(line) or _heading_before(prev, line, width, len(current) == 1):
            flush()
        elif after_blank and blocks and not current and _runs_on(blocks[-1][-1], line):
            current.extend(blocks.pop())  # a sentence continued after a column break
        current.append(line)
        prev = line
        after_blank = False
    flush()
    return [" ".join(b) for b in blocks]


def _runs_on(last: str, line: str) -> bool:
    """Does `line` (after a blank line) continue the sentence that `last` left open?"""
    if _ends_sentence(last) or last.endswith(":"):
        return False
    return line[0].islower() or _is_acronym(_first_word(line))


@lru_cache(maxsize=1)
def _segmenter() -> Any:
    import pysbd  # imported on first use: the index and the guard do not need it

    return pysbd.Segmenter(language="da", clean=False, char_span=True)


# Boundaries pySBD misses in magazine text (a closing quote mark, an ellipsis, a name in mixed
# case or a number before the full stop): any . ! ? … (and closing quote) before a capital, a
# digit, a dash or an opening quote — unless the word before is an abbreviation pySBD knows.
_REGEX_END = re.compile(r"(?<=[.!?…])[\"”’»)]?\s+(?=[\"“”«–\-A-ZÆØÅ0-9])")
# Abbreviations that never end a Danish sentence (they stand before what they abbreviate): a
# boundary after one is undone. pySBD's prepositive and number abbreviations, and the adverbial
# ones of running text.
_NON_FINAL = frozenset(
    "bl.a fx f.eks ca jf pga dvs mht inkl evt iflg ifm hhv vedr nr s kl stk dr hr st skt fru adm".split()
)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    from pysbd.lang.danish import Danish

    return frozenset(a.lower() for a in Danish.Abbreviation.ABBREVIATIONS) | _NON_FINAL


def _last_token(text: str) -> str:
    words = text.rstrip().split()
    return words[-1].lower().strip('"”’»(').rstrip(".") if words else ""


def _vetoed(before: str, after: str, opened: str) -> bool:
    """Is a boundary between `before` and `after` impossible? No sentence starts with a
    lower-case letter, a comma or a closing bracket, or with a quote mark that the text so far
    (`opened`) left open; none ends with an abbreviation that never ends a sentence."""
    if not after or after[0].islower() or after[0] in ",;:)]":
        return True
    if after[0] in '”"’»' and opened.count(after[0]) % 2 == 1:
        return True
    return before.rstrip().endswith(".") and _last_token(before) in _NON_FINAL


def split_block(block: str) -> list[str]:
    """Sentences of one block: the boundaries of pySBD's Danish rules, plus those of the
    capital-after-full-stop rule after words that are no abbreviation, minus the impossible
    ones (`_vetoed`). Measured against pySBD, sentencex and Punkt alone in docs/retrieval.md."""
    cuts = {span.start for span in _segmenter().segment(block) if span.start > 0}
    for m in _REGEX_END.finditer(block):
        if _last_token(block[: m.start()]) not in _abbreviations() or block[m.start() - 1] in "!?…":
            cuts.add(m.end())
    out: list[str] = []
    start = 0
    for cut in sorted(cuts):
        before, after = block[start:cut], block[cut:].lstrip()
        if before.strip() and not _vetoed(before.strip(), after, block[:cut]):
            out.append(before.strip())
            start = cut
    if block[start:].strip():
        out.append(block[start:].strip())
    return out


def _balanced(text: str) -> bool:
    return (
        text.count("(") == text.count(")")
        and text.count("”") % 2 == 0
        and text.count('"') % 2 == 0
        and text.count("«") == text.count("»")
        and text.count("“") <= text.count("”")
    )


def clean_sentence(sentence: str) -> str:
    """A sentence without a leading dialogue dash or bullet (the quote marks replace them)."""
    s = _DIALOGUE.sub("", sentence.strip())
    return s.lstrip(BULLETS + " ")


def is_quotable(sentence: str) -> bool:
    """Starts at a sentence start (capital letter or digit), ends with . ! or ?, has at least
    MIN_WORDS words and balanced quotation marks and brackets."""
    s = sentence.strip()
    return (
        len(s.split()) >= MIN_WORDS
        and (s[0].isupper() or s[0].isdigit())
        and s[-1] in _TERMINAL
        and not s.endswith("..")
        and _balanced(s)
    )


# Sentences split at index time (`SearchIndex` stores them in sentences.json and registers them
# here when it loads), keyed by `text_key` of the text they were split from: splitting is the
# slow part of choosing a quote (pySBD, ~50 ms a page), so an answer never waits for it.
_PRECOMPUTED: dict[str, tuple[Sentence, ...]] = {}


def text_key(text: str) -> str:
    """The key of a page (part) text among the precomputed sentences."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def splitter_id() -> str:
    """What the split depends on besides the text: this module and `text.py` (the rules), the
    word lists they read, and pySBD's version. Stored with precomputed sentences, which are used
    only while it is unchanged (a new rule re-splits at the next `index build`/`index add`)."""
    import pysbd

    h = hashlib.sha256(pysbd.__version__.encode())
    here = Path(__file__).resolve().parent
    for path in (here / "sentences.py", here / "text.py", *(here / "data" / n for n in _SPLITTER_DATA)):
        h.update(path.name.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return h.hexdigest()[:16]


# The guard's word lists the heading rules read (`lexicon()`).
_SPLITTER_DATA = ("words.txt", "names.tsv", "places.txt", "countries.txt")


def register_precomputed(sentences: dict[str, tuple[Sentence, ...]]) -> None:
    """Make the sentences of the index version just loaded available to `page_sentences`
    (replacing the previous version's, so memory stays bounded; a text of an older version that
    is still being served is split on demand, with the same result)."""
    global _PRECOMPUTED
    _PRECOMPUTED = dict(sentences)
    page_sentences.cache_clear()


@lru_cache(maxsize=512)
def page_sentences(text: str) -> tuple[Sentence, ...]:
    """Every sentence of a page (or of one article's part of it), in reading order."""
    found = _PRECOMPUTED.get(text_key(text)) if _PRECOMPUTED else None
    return found if found is not None else split_page(text)


def split_page(text: str) -> tuple[Sentence, ...]:
    """`page_sentences` without the caches: split the text now."""
    out: list[Sentence] = []
    for b, block in enumerate(layout_blocks(text)):
        for raw in split_block(block):
            s = clean_sentence(raw)
            if s:
                out.append(Sentence(s, b, is_quotable(s)))
    return tuple(out)


@lru_cache(maxsize=512)
def readable_text(text: str) -> str:
    """The page's running text without layout debris: its blocks joined by spaces (what a quote
    may be checked against besides the page as printed)."""
    return " ".join(layout_blocks(text))
