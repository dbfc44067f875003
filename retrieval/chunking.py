"""Passages: short runs of whole sentences that never cross a page or an article boundary."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from .corpus import Issue

# Sentence ends before a capital, digit, dash or quote. Danish abbreviations ("bl.a.", "fx.",
# "osv.") are followed by lowercase words, so they rarely end a sentence here.
_SENT_END = re.compile(r"(?<=[.!?…])[\"”’]?\s+(?=[\"“”«–\-•■A-ZÆØÅ0-9])")
_WS = re.compile(r"\s+")

TARGET_WORDS = 90
MAX_WORDS = 140


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
        """What the retrievers see: the article's context, then the passage."""
        return f"{self.context}\n{self.text}" if self.context else self.text

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


def chunk_issue(issue: Issue, start_id: int = 0) -> list[Passage]:
    """All passages of an issue, numbered from `start_id`."""
    out: list[Passage] = []
    meta = {a.title: a for a in issue.articles}
    for page in issue.pages:
        for seg in page.segments:
            art = meta.get(seg.article)
            context = " – ".join(x for x in (seg.article, art and art.person, art and art.author) if x)
            sents = split_sentences(seg.text)
            for win in _windows(sents):
                text = " ".join(win)
                if len(text.split()) < 4:  # stray captions/page furniture carry no answer
                    continue
                out.append(
                    Passage(start_id + len(out), issue.issue, page.number, seg.article, text, tuple(win), context)
                )
    return out
