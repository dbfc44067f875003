"""Passages: short runs of whole sentences that never cross a page or an article boundary."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from .cards import ArticleCard, derive_cards
from .corpus import Issue

# Sentence ends before a capital, digit, dash or quote. Danish abbreviations ("bl.a.", "fx.",
# "osv.") are followed by lowercase words, so they rarely end a sentence here.
_SENT_END = re.compile(r"(?<=[.!?…])[\"”’]?\s+(?=[\"“”«–\-•■A-ZÆØÅ0-9])")
_WS = re.compile(r"\s+")

TARGET_WORDS = 90
MAX_WORDS = 140
# What the dense ranker embeds with a passage: "none" (the passage alone), "title" (article title
# + passage) or "card" (the whole card context, as the lexical rankers see it). Prepending the
# same card to every passage of an article makes their vectors alike, so the dense ranker can no
# longer tell the pages of a spread apart; measured in docs/retrieval.md ("none" chosen).
DENSE_CONTEXT = "none"


@dataclass(frozen=True)
class Passage:
    """A retrievable unit, carrying where it stands in the magazine."""

    id: int
    issue: str
    page: int
    article: str
    text: str
    sentences: tuple[str, ...]
    context: str = ""  # article title and people, indexed with the text but never quoted

    @property
    def indexed_text(self) -> str:
        """What the lexical rankers see: the article's card context, then the passage."""
        return f"{self.context}\n{self.text}" if self.context else self.text

    @property
    def dense_text(self) -> str:
        """What the dense ranker embeds (DENSE_CONTEXT: the passage alone by default)."""
        if DENSE_CONTEXT == "card" and self.context:
            return self.indexed_text
        if DENSE_CONTEXT == "title":
            return f"{self.article}\n{self.text}"
        return self.text

    def to_dict(self) -> dict[str, object]:
        d = asdict(self)
        d["sentences"] = list(self.sentences)
        return d

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Passage:
        """The inverse of `to_dict` (a line of passages.jsonl)."""
        return cls(
            id=int(d["id"]),
            issue=str(d["issue"]),
            page=int(d["page"]),
            article=str(d["article"]),
            text=str(d["text"]),
            sentences=tuple(d["sentences"]),
            context=str(d.get("context", "")),
        )


def split_sentences(text: str) -> list[str]:
    """Sentences of a page segment; paragraphs (blank lines) always end a sentence."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        flat = _WS.sub(" ", para).strip()
        if not flat:
            continue
        out.extend(s.strip() for s in _SENT_END.split(flat) if s.strip())
    return out


def _windows(sentences: list[str]) -> Iterable[list[str]]:
    """Group sentences into ~TARGET_WORDS windows, overlapping by one sentence for context."""
    i = 0
    n = len(sentences)
    while i < n:
        words = 0
        j = i
        while j < n and (words < TARGET_WORDS or j == i):
            w = len(sentences[j].split())
            if words and words + w > MAX_WORDS:
                break
            words += w
            j += 1
        yield sentences[i:j]
        if j >= n:
            break
        i = j - 1 if j - 1 > i else j


def chunk_issue(issue: Issue, start_id: int = 0, cards: Sequence[ArticleCard] | None = None) -> list[Passage]:
    """All passages of an issue, numbered from `start_id`. Each passage's context is its
    article's card (title, contents label, theme, people; retrieval/cards.py)."""
    if cards is None:
        cards = derive_cards(issue)
    card_of = {c.title: c for c in cards}
    out: list[Passage] = []
    for page in issue.pages:
        for seg in page.segments:
            card = card_of.get(seg.article)
            context = card.context() if card else seg.article
            sents = split_sentences(seg.text)
            for win in _windows(sents):
                text = " ".join(win)
                if len(text.split()) < 4:  # stray captions/page furniture carry no answer
                    continue
                out.append(
                    Passage(start_id + len(out), issue.issue, page.number, seg.article, text, tuple(win), context)
                )
    return out
