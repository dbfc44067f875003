"""The answer core: `Answerer.answer(question) -> Answer`. No chat platform in here.

Order matters: input checks, then the sensitive-data guard (before retrieval and before anything
could be logged), then decision detection, retrieval and the coverage check, then the composer
(`composing.Composer`, extractive by default) and finally the quote check: every citation of
every composer must stand verbatim on its printed page, or the composition is withheld.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from . import guard
from .abstention import AbstentionModel, model_for
from .bilingual import looks_english
from .citations import select_citations
from .composing import Composer, Composition, CompositionRequest, ExtractiveComposer
from .embedding import Embedder, load_embedder
from .followup import (
    ThreadContext,
    content_words,
    guard_text,
    names_own_topic,
    read_in_thread,
    returns_to,
    specificity,
)
from .index import IndexSnapshot, IndexUnavailable, SearchIndex, current_version
from .models import Answer
from .quotes import quote_on_page
from .rubrics import strip_rubric_words
from .search import Signals, search
from .settings import Settings
from .thread_checks import check_in_thread, decision_in_thread

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2000
_CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]")


class QuestionError(ValueError):
    """The question cannot be used as it is (empty, too long); the message is for the user."""


def normalise_input(raw: str) -> str:
    """NFC, control characters removed, whitespace collapsed (what every check sees)."""
    return " ".join(_CONTROL.sub(" ", unicodedata.normalize("NFC", raw)).split())


def clean_question(raw: str) -> str:
    """`normalise_input`, then QuestionError when the text is unusable (empty, too long)."""
    text = normalise_input(raw)
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
    """A rough language guess from function words (reply framing; English query help)."""
    return looks_english(text)


class Answerer:
    """Answers questions from the live index; picks up a newly published index version by itself.

    `composer` writes the reply (default: `ExtractiveComposer`); whatever it returns, a citation
    whose quote is not on its page never leaves: the composition is replaced by the "not
    covered" reply.
    """

    def __init__(
        self,
        settings: Settings,
        embedder: Embedder | None = None,
        composer: Composer | None = None,
        abstention: AbstentionModel | None = None,
    ) -> None:
        self.settings = settings
        self.embedder = embedder or load_embedder(settings.embedder, settings.embed_threads)
        # Abstention weighs cosines, whose scale depends on the embedder (retrieval/abstention.py).
        self.abstention = abstention or model_for(self.embedder.id)
        # The guard's learned signals read the query embedding only from the embedder they were
        # trained on (docs/privacy.md § 4.3); with any other embedder the guard uses its rules.
        self._guard_uses_embedding = self.embedder.id == guard.learned_embedder_id()
        trained_on = guard.learned_embedder_id() or ""
        if not self._guard_uses_embedding and trained_on.split("@")[0] == self.embedder.id.split("@")[0]:
            log.warning(
                "the guard's learned signals were trained on %s, the bot embeds with %s: they stay off "
                "until they are retrained (scripts/build_guard_model.py)",
                trained_on,
                self.embedder.id,
            )
        self.composer: Composer = composer or ExtractiveComposer(settings)
        # The trusted reply when a composer's citation fails the quote check.
        self._fallback = ExtractiveComposer(settings)
        self._lock = threading.Lock()
        self._index: SearchIndex | None = None

    # -- index lifecycle -------------------------------------------------------------------
    def live_index(self) -> SearchIndex:
        """The loaded live index, reloaded when CURRENT names another version.

        Raises IndexUnavailable when there is no servable index (missing, corrupt, other
        embedder): the bot then refuses to serve rather than serve garbage.
        """
        name = current_version(self.settings.index_dir)
        if name is None:
            raise IndexUnavailable(
                f"Der er intet indeks i {self.settings.index_dir}. Byg det med `ledelsesbot index build`."
            )
        index = self._index
        if index is not None and index.version == name and index.directory.is_dir():
            return index
        with self._lock:
            index = self._index
            if index is None or index.version != name or not index.directory.is_dir():
                index = SearchIndex.load_version(self.settings.index_dir / name, self.embedder.id)
                self._index = index
        return index

    def snapshot(self) -> IndexSnapshot:
        """Public facts of the live index version (raises IndexUnavailable like `live_index`)."""
        return self.live_index().snapshot()

    # -- answering -------------------------------------------------------------------------
    def screen(self, text: str) -> str | None:
        """`text` as it may be stored (audit log): None when the guard would refuse it,
        otherwise with likely identifiers masked (`guard.mask_identifiers`, docs/privacy.md).
        Raises IndexUnavailable like `answer` (the magazine's public people come from the
        index)."""
        public = self.live_index().public_names
        text = normalise_input(text)
        if guard.check(text, public, embedding=self._guard_embedding(self._vectors(), text)).refused:
            return None
        return guard.mask_identifiers(text, public)

    def answer(self, question: str, thread: ThreadContext | None = None) -> Answer:
        """Answer one question, read in its `thread` when given (retrieval/followup.py: the
        guard checks the question alone and with the thread's previous questions; a short
        follow-up is searched with the thread's topic). Raises QuestionError (bad input) or
        IndexUnavailable."""
        t0 = time.perf_counter()
        text = clean_question(question)
        english = is_english(text)
        index = self.live_index()
        vector = self._vectors()  # each text is embedded at most once per answer
        previous = thread.previous if thread is not None else ()
        verdict = check_in_thread(
            text,
            previous,
            index.public_names,
            self._guard_embedding(vector, text),
            after_refusal=thread is not None and thread.after_refusal,
            thread_embedding=self._guard_embedding(vector, guard_text(previous, text)),
        )
        if verdict.refused:
            return Answer(
                status="refused",
                reason=verdict.reason,
                text=guard.refusal_text(verdict, english=english),
                refusal_category=verdict.category,
                english=english,
                latency_ms=(time.perf_counter() - t0) * 1000,
            )
        decision = decision_in_thread(
            text,
            previous,
            self._guard_embedding(vector, text),
            self._guard_embedding(vector, guard_text(previous, text)),
        )
        template = self.settings.source_url
        topic = thread.topic if thread is not None else None
        asked = text
        back = returns_to(text, previous)
        if back is not None:
            topic, asked = back  # (round 25) "tilbage til det første – …": the earlier turn is the topic
        reading = read_in_thread(
            asked,
            topic,
            lambda q: self._margin(index, vector(q)),
            lambda q: specificity(q, index.stem_df, len(index.passages)),
            lambda q: names_own_topic(q, index.public_names),
        )
        result = search(
            index, self.embedder, reading.query, k=max(10, self.settings.top_k * 3), query_vector=vector(reading.query)
        )
        # Abstention: a model over retrieval signals (retrieval/abstention.py, docs/retrieval.md).
        covered = bool(result.hits) and (
            self.abstention.covered(result.signals) or _bare_followup(text, reading.followup, result.signals)
        )
        candidates = (
            select_citations(reading.query, result.hits, index.page_text, index.article_text, limit=self.settings.top_k)
            if covered
            else []
        )
        request = CompositionRequest(
            question=reading.query,
            hits=result.hits if candidates else (),
            decision_request=decision,
            english=english,
            snapshot=index.snapshot(),
            page_text=index.page_text,
            article_text=index.article_text,
            page_url=(lambda issue, page: index.page_url(template, issue, page)) if template else None,
            candidates=tuple(candidates),
        )
        composition = self._verified(self.composer.compose(request), request)
        citations = [replace(c, url=index.page_url(template, c.issue, c.page)) for c in composition.citations]
        answered = bool(citations)
        return Answer(
            status="answered" if answered else "no_answer",
            reason=None if answered else "not_covered",
            decision_request=decision,
            text=composition.text,
            citations=citations,
            english=english,
            index_version=index.version,
            embedder_id=index.embedder_id,
            latency_ms=(time.perf_counter() - t0) * 1000,
            followup=reading.followup,
            searched_as=reading.query,
        )

    def _vectors(self) -> Callable[[str], np.ndarray]:
        """A memo of `embed_query` for one answer: the guard, the decision check, the follow-up
        rule and the search share each text's vector (the embedding is most of an answer's time)."""
        memo: dict[str, np.ndarray] = {}

        def vector(text: str) -> np.ndarray:
            if text not in memo:
                memo[text] = self.embedder.embed_query(text)
            return memo[text]

        return vector

    def _guard_embedding(self, vector: Callable[[str], np.ndarray], text: str) -> Callable[[], np.ndarray] | None:
        """What the guard and the decision check get as `embedding`: the text's vector, computed
        only if a learned signal's gate asks for it; None when the embedder is not the one the
        signals were trained on."""
        return (lambda: vector(text)) if self._guard_uses_embedding else None

    @staticmethod
    def _margin(index: SearchIndex, qv: np.ndarray) -> float:
        """The dense margin of a query vector (×100): its best cosine to a passage minus its mean
        cosine to the corpus — how much the magazine stands out as covering it."""
        _ids, cos = index.dense_scores(qv, 1)
        return 100.0 * (float(cos[0]) - float(qv @ index.centroid)) if len(cos) else 0.0

    def _verified(self, composition: Composition, request: CompositionRequest) -> Composition:
        """`composition` when every quote stands on its cited page; otherwise the trusted "not
        covered" reply (the composition's text may carry the bad quote, so none of it is used)."""
        if all(quote_on_page(c.quote, request.page_text(c.issue, c.page)) for c in composition.citations):
            return composition
        log.warning(
            "composer %s returned a quote that is not on its cited page; answer withheld",
            type(self.composer).__name__,
        )
        return self._fallback.compose(replace(request, hits=()))


def _bare_followup(question: str, followup: bool, signals: Signals | None) -> bool:
    """(round 23, docs/retrieval.md "Follow-ups") A follow-up that asks nothing of its own — at most one
    content word once the words naming the magazine's parts are set aside ("og underrubrikken", "hvem
    siger det", "hvorfor?") — is covered when its thread's topic is: it asks about what was just
    answered. A price, a date or a count asked for still needs the text to hold one."""
    if not followup or signals is None:
        return False
    if (signals.asks_amount and not signals.amount_in_top) or (signals.asks_time and not signals.time_in_top):
        return False
    if signals.asks_count and not signals.count_in_top:
        return False
    return len(content_words(strip_rubric_words(question))) <= 1
