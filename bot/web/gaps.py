"""Gaps for the editors: the most frequent topics of questions the magazine did not cover.

A topic is a Danish content word, or two content words that follow each other, counted once per
question (document frequency) after stop words, masked placeholders (`[navn]`, `[nummer]` …),
numbers and words under three letters are removed, and words are reduced to their Snowball stem
so "sygefraværet" and "sygefravær" count together; each topic is shown in its most common
written form. Only topics asked in at least `min_questions` different questions are shown:
the page is an aggregate, never a view of one person's question.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import Stemmer
from bm25s.stopwords import STOPWORDS_DANISH, STOPWORDS_EN

_PLACEHOLDER = re.compile(r"\[[^\]\s]{1,20}\]")
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# Question words and chat fillers that every question has; they say nothing about the topic.
_EXTRA_STOP = frozenset(
    "hvad hvem hvor hvordan hvorfor hvornår hvilke hvilken hvilket kan skal må bør vil gør gøre "
    "godt gode god man mig min mine jeg der som bladet offentlig ledelse ifølge står skriver "
    "noget nogen nogle andre anden andet helt lidt mere meget hej tak spørgsmål svar".split()
)
_STOP = frozenset(STOPWORDS_DANISH) | frozenset(STOPWORDS_EN) | _EXTRA_STOP


@dataclass(frozen=True)
class Topic:
    """A topic, in how many questions it occurs, and that as a share of all questions."""

    label: str
    questions: int
    share: float


def _words(text: str) -> list[str]:
    text = _PLACEHOLDER.sub(" ", text.lower())
    return [w for w in _WORD.findall(text) if w not in _STOP]


def topics(texts: Iterable[str | None], *, top: int = 20, min_questions: int = 3) -> tuple[int, list[Topic]]:
    """(number of questions, the `top` topics asked in at least `min_questions` of them)."""
    stemmer = Stemmer.Stemmer("danish")
    counts: Counter[tuple[str, ...]] = Counter()
    forms: dict[tuple[str, ...], Counter[str]] = {}
    n = 0
    for text in texts:
        if not text:
            continue
        n += 1
        words = _words(text)
        stems = stemmer.stemWords(words)
        seen: set[tuple[str, ...]] = set()
        for i, stem in enumerate(stems):
            keys: list[tuple[tuple[str, ...], str]] = [((stem,), words[i])]
            if i + 1 < len(stems) and stems[i + 1] != stem:
                keys.append(((stem, stems[i + 1]), f"{words[i]} {words[i + 1]}"))
            for key, form in keys:
                forms.setdefault(key, Counter())[form] += 1
                if key not in seen:
                    seen.add(key)
                    counts[key] += 1
    frequent = {k: c for k, c in counts.items() if c >= min_questions}
    # A word that only ever occurs inside one frequent pair adds nothing beside the pair.
    covered = {(part,) for key, c in frequent.items() if len(key) == 2 for part in key if frequent.get((part,)) == c}
    ranked = sorted(
        (k for k in frequent if k not in covered),
        key=lambda k: (-frequent[k], -len(k), forms[k].most_common(1)[0][0]),
    )
    return n, [
        Topic(label=forms[k].most_common(1)[0][0], questions=frequent[k], share=frequent[k] / n) for k in ranked[:top]
    ]
