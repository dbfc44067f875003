"""The answer core: `Answerer.answer(question) -> Answer`. No chat platform in here.

Order matters: input checks, then the sensitive-data guard (before retrieval and before anything
could be logged), then retrieval, quote selection, quote verification and the reply text.
"""
from __future__ import annotations

import re
import threading
import time
import unicodedata
from dataclasses import dataclass

from . import guard
from .decision import is_decision_request
from .embedding import Embedder, load_embedder
from .index import IndexUnavailable, SearchIndex, current_version
from .models import Answer, Citation
from .quotes import pick_quote, quote_on_page, stem_relevance
from .search import search
from .settings import Settings

MAX_QUESTION_CHARS = 2000
# Coverage below this → "the magazine does not cover that" (chosen on dev, see docs/retrieval.md).
COVERAGE_THRESHOLD = 4.9
# A further citation must score at least this share of the best passage's fused score, and its
# quote must share at least this much of the question's word stems (quotes.stem_relevance).
RELATIVE_CITATION_FLOOR = 0.8
MIN_EXTRA_RELEVANCE = 0.2

_EN_WORDS = frozenset(
    "the what how who where which when why does do is are can should i my we our you your of to in "
    "for with about on this that it".split()
)
_DA_WORDS = frozenset(
    "hvad hvordan hvem hvor hvilke hvilken hvilket hvornår hvorfor jeg vi du er kan skal det den de "
    "og i på til med om som ikke min mit mine en et at har".split()
)
_CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]")


class QuestionError(ValueError):
    """The question cannot be used as it is (empty, too long); the message is for the user."""


def clean_question(raw: str) -> str:
    """NFC, control characters removed, whitespace collapsed; QuestionError when unusable."""
    text = unicodedata.normalize("NFC", raw)
    text = _CONTROL.sub(" ", text)
    text = " ".join(text.split())
    if not text:
        raise QuestionError("Skriv et spørgsmål – beskeden var tom.")
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(
            f"Spørgsmålet er for langt ({len(text):,} tegn; højst {MAX_QUESTION_CHARS:,}). "
            "Skriv det kort og uden bilag eller indsat tekst.".replace(",", ".")
        )
    if not any(ch.isalnum() for ch in text):
        raise QuestionError("Skriv et spørgsmål med ord – beskeden indeholdt kun tegn.")
    return text


def is_english(text: str) -> bool:
    """A rough language guess from function words, for the reply's framing only."""
    words = re.findall(r"[a-zæøå]+", text.lower())
    en = sum(w in _EN_WORDS for w in words)
    da = sum(w in _DA_WORDS for w in words)
    return en > da and en >= 2


@dataclass
class _Loaded:
    index: SearchIndex
    public_names: frozenset[str]


class Answerer:
    """Answers questions from the live index; picks up a newly published index version by itself."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or load_embedder(settings.embedder, settings.embed_threads)
        self._lock = threading.Lock()
        self._loaded: _Loaded | None = None

    # -- index lifecycle -------------------------------------------------------------------
    def current(self) -> _Loaded:
        """The loaded live index, reloaded when CURRENT names another version.

        Raises IndexUnavailable when there is no servable index (missing, corrupt, other
        embedder): the bot then refuses to serve rather than serve garbage.
        """
        name = current_version(self.settings.index_dir)
        if name is None:
            raise IndexUnavailable(
                f"Der er intet indeks i {self.settings.index_dir}. Byg det med `ledelsesbot index build`."
            )
        loaded = self._loaded
        if loaded is not None and loaded.index.version == name and loaded.index.directory.is_dir():
            return loaded
        with self._lock:
            loaded = self._loaded
            if loaded is None or loaded.index.version != name or not loaded.index.directory.is_dir():
                index = SearchIndex.load_version(self.settings.index_dir / name, self.embedder.id)
                loaded = _Loaded(index, index.public_names)
                self._loaded = loaded
        return loaded

    # -- answering -------------------------------------------------------------------------
    def answer(self, question: str) -> Answer:
        """Answer one question. Raises QuestionError (bad input) or IndexUnavailable."""
        t0 = time.perf_counter()
        text = clean_question(question)
        english = is_english(text)
        loaded = self.current()
        verdict = guard.check(text, loaded.public_names)
        if verdict.refused:
            return Answer(
                status="refused",
                reason=verdict.reason,
                text=guard.refusal_text(verdict, english=english),
                refusal_category=verdict.category,
                english=english,
                latency_ms=(time.perf_counter() - t0) * 1000,
            )
        decision = is_decision_request(text)
        ans = self._retrieve_and_compose(text, loaded.index, decision, english)
        ans.index_version = loaded.index.version
        ans.embedder_id = loaded.index.embedder_id
        ans.latency_ms = (time.perf_counter() - t0) * 1000
        return ans

    def _retrieve_and_compose(self, text: str, index: SearchIndex, decision: bool, english: bool) -> Answer:
        result = search(index, self.embedder, text, k=max(10, self.settings.top_k * 3))
        covered = bool(result.hits) and result.coverage >= COVERAGE_THRESHOLD
        citations = self._citations(text, index, result.hits) if covered else []
        if not citations:
            return Answer(
                status="no_answer",
                reason="not_covered",
                decision_request=decision,
                text=self._no_answer_text(index, decision, english),
                english=english,
            )
        return Answer(
            status="answered",
            decision_request=decision,
            text=self._answer_text(citations, decision, english),
            citations=citations,
            english=english,
        )

    def _citations(self, question: str, index: SearchIndex, hits: list) -> list[Citation]:
        out: list[Citation] = []
        seen_quotes: set[str] = set()
        best = hits[0].score
        for hit in hits:
            if len(out) >= self.settings.top_k:
                break
            if out and hit.score < RELATIVE_CITATION_FLOOR * best:
                break
            p = hit.passage
            quote, _rel = pick_quote(question, p.sentences)
            if not quote or quote in seen_quotes or (out and stem_relevance(question, quote) < MIN_EXTRA_RELEVANCE):
                continue
            # Never return a quote that does not stand on the cited page.
            if not quote_on_page(quote, index.page_text(p.issue, p.page)):
                continue
            seen_quotes.add(quote)
            out.append(Citation(p.issue, p.article, p.page, quote, round(hit.score, 4)))
        return out

    # -- reply texts -----------------------------------------------------------------------
    def _reminder(self, english: bool) -> str:
        return self.settings.reminder_text_en if english else self.settings.reminder_text

    def _decision_note(self, english: bool) -> str:
        c = self.settings.decision_contacts
        if english:
            return (
                "I cannot make this decision for you – it is yours to make. "
                f"Involve the right people, e.g. {c}."
            )
        return f"Jeg kan ikke træffe beslutningen for dig – den er din. Inddrag de rette, fx {c}."

    def _answer_text(self, citations: list[Citation], decision: bool, english: bool) -> str:
        lines: list[str] = []
        if decision:
            lines.append(self._decision_note(english))
            lines.append(
                "Here is material from the magazine that may inform your judgement:"
                if english
                else "Her er materiale fra bladet, der kan støtte din egen vurdering:"
            )
        else:
            lines.append(
                "This is what Offentlig Ledelse writes (quoted in Danish):"
                if english
                else "Det skriver Offentlig Ledelse om det:"
            )
        for c in citations:
            page = "p." if english else "s."
            lines.append(f"«{c.quote}»\n— {c.article}, Offentlig Ledelse {c.issue}, {page} {c.page}")
        lines.append(self._reminder(english))
        return "\n\n".join(lines)

    def _no_answer_text(self, index: SearchIndex, decision: bool, english: bool) -> str:
        issues = ", ".join(s.issue for s in index.issue_stats())
        parts: list[str] = []
        if decision:
            parts.append(self._decision_note(english))
        if english:
            parts.append(
                "Offentlig Ledelse does not cover that, so I will not guess. I answer only from the "
                f"magazine's issues ({issues}) on public-sector leadership – e.g. AI in welfare, the "
                "work environment, senior leadership and leaders' well-being."
            )
        else:
            parts.append(
                "Det dækker Offentlig Ledelse ikke, så jeg vil ikke gætte. Jeg svarer kun ud fra bladets "
                f"numre ({issues}) om offentlig ledelse – fx kunstig intelligens i velfærden, "
                "arbejdsmiljø, seniorledelse og ledertrivsel. Prøv at spørge om et af de emner."
            )
        return "\n\n".join(parts)

