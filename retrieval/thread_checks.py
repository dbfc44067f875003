"""The guard and the decision check for a message read in its chat thread (docs/privacy.md § 10).

A message is checked alone (rules and learned signals) and, when it has a thread, together with
the thread's last GUARD_TURNS accepted questions by the rules only — the learned signals were
trained on single messages. A short reply that turns the thread's last message into a request
("Vi vil lukke afdelingen i Nord." → "Enig?") is a decision request even though neither message
alone is one. The service (answering.py) and the measurement (scripts/thread_eval.py) use these
two functions, so what is measured is what is served.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import guard
from .decision import is_decision_request
from .followup import GUARD_TURNS, MAX_CONTENT_WORDS, content_words, continues_thread, guard_text
from .guard.learned import Embedding
from .guard.result import refuse

__all__ = ["check_in_thread", "decision_in_thread"]


def check_in_thread(
    text: str,
    previous: Sequence[str],
    public_names: frozenset[str],
    embedding: Embedding = None,
    after_refusal: bool = False,
) -> guard.GuardResult:
    """The guard's verdict on `text` (cleaned) sent after the thread's `previous` questions
    (oldest first, only those the guard accepted). `after_refusal`: the thread's last message was
    refused — a message that builds on it (`followup.continues_thread`) is refused too, because it
    cannot be answered without what was refused (docs/privacy.md § 10)."""
    verdict = guard.check(text, public_names, embedding=embedding)
    if not verdict.refused and after_refusal and continues_thread(text):
        return refuse("thread_context")
    if not verdict.refused and previous:
        verdict = guard.check(guard_text(previous, text), public_names)
    return verdict


def decision_in_thread(text: str, previous: Sequence[str], embedding: Embedding = None) -> bool:
    """Whether `text` asks for a decision, alone or as a short reply to the thread's last
    GUARD_TURNS messages (none of which alone was a request: then its own answer already said the
    decision is the leader's)."""
    if is_decision_request(text, embedding=embedding):
        return True
    if not previous:
        return False
    recent = list(previous[-GUARD_TURNS:])
    if len(content_words(text)) > MAX_CONTENT_WORDS or any(is_decision_request(p) for p in recent):
        return False
    # the planned action may stand a message or two before the short reply ("… udlicitere
    # vintertjenesten." → "Det er 12 % billigere." → "Din anbefaling?")
    return is_decision_request("\n".join([*recent, text]))
