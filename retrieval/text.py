"""Text clean-up shared by corpus building, PDF import and quote verification."""

from __future__ import annotations

import re
import unicodedata

# A word broken at a line end: "automa-\ntisere". Only a lowercase letter may follow, so real
# hyphenated compounds that break before a capital or digit ("AI-\nJunglen") keep their hyphen.
_HYPHEN_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*([a-zæøå])")
_SUSPENDED = re.compile(r"(?:og|eller|samt)\b")
_COMPOUND_BREAK = re.compile(r"(\w)-[ \t]*\n[ \t]*(?=[A-ZÆØÅ0-9])")
# Danish compounds with a real hyphen before a lowercase part ("AI-junglen", "policy-entreprenører")
# are recognised by their first part: an acronym or a known loan word that Danish writes with a hyphen.
_KEEP_HYPHEN_ACRONYM = re.compile(r"(?<!\w)[A-ZÆØÅ0-9]{2,}$")
_KEEP_HYPHEN_WORD = re.compile(r"(?<!\w)(?:policy|e|it|sms|tv|pc|mus|apv|hr|ad|x)$", re.I)
_SPACES = re.compile(r"[ \t\u00a0]+")
_CONTROL = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f]")


def join_hyphenation(text: str, compounds: bool = False) -> str:
    """Join line-break hyphens ("automa-\\ntisere" → "automatisere") but keep real hyphens.
    With `compounds` (quotes, `retrieval/sentences.py`; the corpus build keeps the old form):
    a hyphen before a capital or a digit is a compound's own ("Chat-\\nGPT" → "Chat-GPT"), and
    one before "og"/"eller"/"samt" a suspended compound ("Børne-\\nog" → "Børne- og")."""

    def repl(m: re.Match[str]) -> str:
        head = text[max(0, m.start() - 40) : m.start() + 1]
        if _KEEP_HYPHEN_ACRONYM.search(head) or _KEEP_HYPHEN_WORD.search(head):
            return f"{m.group(1)}-{m.group(2)}"
        if compounds and _SUSPENDED.match(text, m.start(2)):
            return f"{m.group(1)}- {m.group(2)}"  # "børne-\nog unge…": a suspended compound
        return m.group(1) + m.group(2)

    joined = _HYPHEN_BREAK.sub(repl, text)
    return _COMPOUND_BREAK.sub(r"\1-", joined) if compounds else joined


def _is_letter_spaced(line: str) -> bool:
    tokens = line.split()
    if len(tokens) < 4:
        return False
    # Kerning in the source sometimes leaves a two-letter group ("KO M M U N A L").
    singles = sum(1 for t in tokens if len(t) == 1 and t.isalpha())
    return singles / len(tokens) >= 0.7 and all(len(t) <= 2 for t in tokens)


def collapse_letter_spacing(text: str) -> str:
    """Collapse letter-spaced headings ("T E M A" → "TEMA"); word gaps there are 2+ spaces."""
    out_lines = []
    for line in text.split("\n"):
        if _is_letter_spaced(line):
            words = re.split(r" {2,}|\t", line.strip())
            line = " ".join(w.replace(" ", "") for w in words)
        out_lines.append(line)
    return "\n".join(out_lines)


def clean_page(text: str) -> str:
    """Readable page text: NFC, no control chars, hyphenation joined, tidy spaces and blank lines."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    # Soft hyphens and the export's replacement characters (lost bullet glyphs) are noise.
    text = text.replace("\u00ad", "").replace("\ufffd", "")
    text = _CONTROL.sub(" ", text.replace("\t", " "))
    text = collapse_letter_spacing(text)
    text = join_hyphenation(text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


def normalize_for_match(text: str) -> str:
    """Canonical form for 'does this quote stand on that page': one space, joined hyphens, NFC,
    unified quotes and dashes, case kept."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    text = join_hyphenation(text)
    text = text.translate(_QUOTES)
    return _WS.sub(" ", text).strip()


_WS = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "’": "'", "‘": "'", "–": "-", "—": "-"})
