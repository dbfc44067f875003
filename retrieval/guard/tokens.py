"""Word tokens with the facts the person rules need: case shape and sentence position."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Tok", "tokenize"]

_JOINERS = re.compile(r"['’-]")
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Characters after which the next word starts a sentence or a fresh phrase, so its capital
# letter says nothing about it being a name.
_BOUNDARY = set(".!?:;\"'“”«»‘’()[]•*-/")


@dataclass(frozen=True)
class Tok:
    """One word. ``text`` keeps the case; ``base`` is lowercase without a possessive -s/'s."""

    text: str
    lower: str
    start: int
    end: int
    title: bool  # every hyphen part Title-case: "Else-Marie", "Mørch-Aagaard"
    upper: bool  # all capitals, 2+ letters: "AMS", "HR"
    initial: bool  # first word of the text or of a sentence/quote/clause after a dash

    @property
    def base(self) -> str:
        w = self.lower
        if w.endswith(("'s", "’s")):
            return w[:-2]
        return w

    @property
    def possessive_base(self) -> str:
        """Without a Danish genitive -s ("Mettes" → "mette"); only for known-name look-ups."""
        w = self.base
        return w[:-1] if w.endswith("s") and len(w) > 3 else w


def tokenize(text: str) -> list[Tok]:
    """Word tokens of a normalised text."""
    toks: list[Tok] = []
    for m in _WORD_RE.finditer(text):
        word = m.group(0)
        parts = [p for p in _JOINERS.split(word) if p] if _JOINERS.search(word) else [word]
        # (round 22, writer BA) an Irish or French prefix before an apostrophe: "O'Brien", "D'Souza"
        prefixed = len(parts) >= 2 and len(parts[0]) == 1 and parts[0].isupper() and word[1] in "'’"
        title = (prefixed or all(len(p) >= 2 and p[0].isupper() and p[1:].islower() for p in parts[:1])) and all(
            (p[0].isupper() and (len(p) == 1 or p[1:].islower())) or p in ("s",) for p in parts
        )
        upper = len(word) >= 2 and word.isupper()
        i = m.start() - 1
        while i >= 0 and text[i] == " ":
            i -= 1
        initial = i < 0 or text[i] in _BOUNDARY
        if initial and i >= 1 and text[i] in "-/" and text[i - 1] != " ":
            initial = False  # "120-dages-reglen", "ja/nej": a joined word, not a new phrase
        toks.append(Tok(word, word.lower(), m.start(), m.end(), title, upper, initial))
    return toks
