"""Composing the reply: the `Composer` seam and today's extractive composer.

A composer turns the ranked passages of a covered question into the reply text and its
citations. It never decides *whether* the magazine covers a question (that is the Answerer's
coverage check) and it is never trusted blindly: `Answerer` checks every citation it returns
with `quotes.quote_on_page` before the answer leaves the core, and withholds a composition
with a quote that does not stand on its page (see `answering.Answerer.answer`).

To add a composer (e.g. one that paraphrases with a language model): implement `Composer`,
return the passages' quotes verbatim as citations, and pass it as `Answerer(composer=...)`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from .index import IndexSnapshot
from .models import Citation
from .quotes import quote_from_text, quote_on_page, stem_relevance
from .search import Hit
from .settings import Settings

# A further citation must score at least this share of the best passage's fused score, and its
# quote must share at least this much of the question's word stems (quotes.stem_relevance).
RELATIVE_CITATION_FLOOR = 0.8
MIN_EXTRA_RELEVANCE = 0.2

# The labels of an answer: before the lead quote, and before the supporting quotes.
LEAD_LABEL = "Kort sagt, ifølge Offentlig Ledelse:"
LEAD_LABEL_EN = "In short, according to Offentlig Ledelse (quoted in Danish):"
SUPPORT_LABEL = "Bladet skriver også:"
SUPPORT_LABEL_EN = "The magazine also writes:"

PageText = Callable[[str, int], str | None]
ArticleText = Callable[[str, int, str], str | None]
PageUrl = Callable[[str, int], str | None]


@dataclass(frozen=True)
class CompositionRequest:
    """Everything a composer may use. `hits` is empty when the magazine does not cover the
    question; then the composer writes the "not covered" reply and cites nothing."""

    question: str  # cleaned (clean_question)
    hits: Sequence[Hit]  # ranked, best first
    decision_request: bool  # the leader asks the bot to decide (the reply must not)
    english: bool  # framing language of the reply; quotes stay Danish
    snapshot: IndexSnapshot  # the index version the hits come from
    page_text: PageText  # text of a printed page in that version (None when absent)
    # The part of a printed page that belongs to an article (issue, page, title); None: quote
    # from the whole page.
    article_text: ArticleText | None = None
    # The link to a printed page (issue, page); None: no links (LEDELSESBOT_SOURCE_URL unset).
    page_url: PageUrl | None = None


@dataclass(frozen=True)
class Composition:
    """A composer's output: the reply exactly as shown, and the citations it quotes."""

    text: str
    citations: tuple[Citation, ...] = ()


class Composer(Protocol):
    """Writes the reply for one question from its ranked passages."""

    def compose(self, request: CompositionRequest) -> Composition:
        """The reply and its citations (none when `request.hits` is empty)."""
        ...


class ExtractiveComposer:
    """The default: leads with the single best sentence for the question (from the best-ranked
    passage's page), then at most top_k − 1 supporting quotes from other pages — each one or
    two whole sentences, verbatim, with issue, article and printed page — framed by the
    decision note (when asked to decide) and the human-in-the-loop reminder."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def compose(self, request: CompositionRequest) -> Composition:
        """Quote up to `top_k` passages; the "not covered" reply when none can be quoted."""
        citations = self._citations(request)
        if not citations:
            return Composition(self.not_covered_text(request))
        return Composition(
            self._answer_text(citations, request.decision_request, request.english, request.page_url), citations
        )

    def _citations(self, request: CompositionRequest) -> tuple[Citation, ...]:
        """The lead citation (the best-ranked passage's page and its best sentence for the
        question) and at most top_k − 1 supporting ones, each from another printed page."""
        question, hits = request.question, request.hits
        out: list[Citation] = []
        pages: set[tuple[str, int]] = set()
        seen_quotes: set[str] = set()
        if not hits:
            return ()
        best = hits[0].score
        for hit in hits:
            if len(out) >= self.settings.top_k:
                break
            if out and hit.score < RELATIVE_CITATION_FLOOR * best:
                break
            p = hit.passage
            if (p.issue, p.page) in pages:
                continue  # one citation per printed page
            page = request.page_text(p.issue, p.page)
            part = request.article_text(p.issue, p.page, p.article) if request.article_text else None
            quote, _rel = quote_from_text(question, part or page or "", p.text)
            if not quote or quote in seen_quotes:
                continue
            if out and stem_relevance(question, quote) < MIN_EXTRA_RELEVANCE:
                continue
            # Choose only quotes that stand on the cited page, so a failed check costs this
            # citation, not the answer (the Answerer checks again, for every composer).
            if not quote_on_page(quote, page):
                continue
            seen_quotes.add(quote)
            pages.add((p.issue, p.page))
            out.append(Citation(p.issue, p.article, p.page, quote, round(hit.score, 4)))
        return tuple(out)

    # -- reply texts -----------------------------------------------------------------------
    def _reminder(self, english: bool) -> str:
        return self.settings.reminder_text_en if english else self.settings.reminder_text

    def _decision_note(self, english: bool) -> str:
        c = self.settings.decision_contacts
        if english:
            return f"I cannot make this decision for you – it is yours to make. Involve the right people, e.g. {c}."
        return f"Jeg kan ikke træffe beslutningen for dig – den er din. Inddrag de rette, fx {c}."

    def _answer_text(
        self, citations: Sequence[Citation], decision: bool, english: bool, page_url: PageUrl | None = None
    ) -> str:
        """Lead first: (the decision note,) a short label, the lead quote with its source, then
        the supporting quotes under their own label, then the reminder. Every quote paragraph
        starts with «, which the channels' renderers rely on."""
        lines: list[str] = []
        if decision:
            lines.append(self._decision_note(english))
            lines.append(
                "Material from the magazine for your own judgement (quoted in Danish):"
                if english
                else "Materiale fra bladet til din egen vurdering:"
            )
        else:
            lines.append(LEAD_LABEL_EN if english else LEAD_LABEL)
        lead, *supporting = citations
        lines.append(self._quote(lead, english, page_url))
        if supporting:
            lines.append(SUPPORT_LABEL_EN if english else SUPPORT_LABEL)
            lines.extend(self._quote(c, english, page_url) for c in supporting)
        lines.append(self._reminder(english))
        return "\n\n".join(lines)

    @staticmethod
    def _quote(c: Citation, english: bool, page_url: PageUrl | None) -> str:
        page = "p." if english else "s."
        text = f"«{c.quote}»\n— {c.article}, Offentlig Ledelse {c.issue}, {page} {c.page}"
        url = page_url(c.issue, c.page) if page_url else None
        return f"{text}\n{url}" if url else text

    def not_covered_text(self, request: CompositionRequest) -> str:
        """ "The magazine does not cover that" with the indexed issues and example topics."""
        english = request.english
        issues = ", ".join(s.issue for s in request.snapshot.issues)
        parts: list[str] = []
        if request.decision_request:
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
