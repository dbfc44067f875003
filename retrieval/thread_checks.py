"""The guard and the decision check for a message read in its chat thread (docs/privacy.md § 10).

A message is checked alone (rules and learned signals) and, when it has a thread, together with
the thread's last GUARD_TURNS accepted questions — by the rules, and (round 14) by the
whole-message classifiers too when the joined text's vector is given: a name in one message and
a detail in the next read as one message (docs/privacy.md § 4.4, § 5.8). A short reply that turns the thread's last message into a request
("Vi vil lukke afdelingen i Nord." → "Enig?") is a decision request even though neither message
alone is one. The service (answering.py) and the measurement (scripts/thread_eval.py) use these
two functions, so what is measured is what is served.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import guard
from .decision import is_decision_request
from .followup import GUARD_TURNS, MAX_CONTENT_WORDS, content_words, continues_thread, guard_text, points_to_person
from .guard.cpr import cpr_rest
from .guard.learned import Embedding
from .guard.normalise import normalise
from .guard.people import find_people
from .guard.result import refuse

__all__ = ["check_in_thread", "decision_in_thread"]


def check_in_thread(
    text: str,
    previous: Sequence[str],
    public_names: frozenset[str],
    embedding: Embedding = None,
    after_refusal: bool = False,
    thread_embedding: Embedding = None,
) -> guard.GuardResult:
    """The guard's verdict on `text` (cleaned) sent after the thread's `previous` questions
    (oldest first, only those the guard accepted). `after_refusal`: the thread's last message was
    refused — a message that builds on it (`followup.continues_thread`) is refused too, because it
    cannot be answered without what was refused (docs/privacy.md § 10). `thread_embedding`: the
    vector of `guard_text(previous, text)` (or a callable giving it, called only if needed), for
    the classifier's reading of the thread; None reads the thread by the rules alone."""
    verdict = guard.check(text, public_names, embedding=embedding)
    if not verdict.refused and after_refusal and _builds_on_refused(text, public_names):
        return refuse("thread_context")
    if not verdict.refused and previous:
        joined = guard_text(previous, text)
        verdict = guard.check(joined, public_names)
        if not verdict.refused and thread_embedding is not None:
            # (round 14) the classifier reads the thread as one message — only to refuse more: it
            # was trained on single messages, and a thread's dilution must not clear a rule's refusal
            verdict = guard.check(joined, public_names, embedding=thread_embedding)
    return verdict


# (round 19, writers' released threads; docs/privacy.md § 10) A task on the refused message's material:
# "Kan du skrive kortet?", "Write a kind invitation based on it.", "Can you turn this into a handover?",
# "Skriv et resumé af sagen til teammødet." — a writing verb and an object the message does not bring
# itself (a pointing word, or a document or the case in the definite), in a short message that names nobody.
_TASK_ON_IT = re.compile(
    r"\b(?:skriv|skrive|lav|lave|formuler|formulere|omformuler|omskriv|forkort|opsummer|gør|gøre|send|sende|"
    r"write|draft|rewrite|rephrase|summari[sz]e|shorten|turn|make|phrase|put)\b"
    r"(?=[^.?!]*\b(?:it|this|that|det|dette|den|denne|dem|them|pkt\.? \d+|point \d+|"
    r"(?:kortet|brevet|mailen|e-mailen|notatet|sagen|beskeden|teksten|resuméet|referatet|invitationen|indkaldelsen|"
    r"overleveringen|svaret)|the (?:card|letter|e-?mail|note|message|case|text|summary|invitation|handover|reply|minutes))\b)",
    re.IGNORECASE,
)
_ABOUT_MAGAZINE = re.compile(
    r"\b(?:bladet|magasinet|artikl\w*|article\w*|the magazine|the issue|nummeret)\b", re.IGNORECASE
)


def _builds_on_refused(text: str, public_names: frozenset[str]) -> bool:
    """A message that cannot be read without the refused one before it: it builds on it
    (`followup.continues_thread`), or (round 14) gives the last four digits of the number whose
    first part was refused, or speaks of "him"/"her" without naming a private person of its own —
    the refused message's person (a capitalised word that is no person, "Krifa", "Thursdays",
    does not count as a name, as the people finder reads it)."""
    if continues_thread(text):
        return True
    n = normalise(text)
    if (
        _TASK_ON_IT.search(text)
        and len(content_words(text)) <= 2 * MAX_CONTENT_WORDS
        and not _ABOUT_MAGAZINE.search(text)
        and not any(not m.public for m in find_people(n, public_names))
    ):
        return True
    if cpr_rest(n):
        return True
    if not points_to_person(text):
        return False
    return not any(not m.public and n[m.start : m.start + 1].isupper() for m in find_people(n, public_names))


def decision_in_thread(
    text: str, previous: Sequence[str], embedding: Embedding = None, thread_embedding: Embedding = None
) -> bool:
    """Whether `text` asks for a decision, alone or as a short reply to the thread's last
    GUARD_TURNS messages (none of which alone was a request: then its own answer already said the
    decision is the leader's). `thread_embedding`: the vector of the same joined text as the
    guard reads (`followup.guard_text`), for the decision classifier."""
    if is_decision_request(text, embedding=embedding):
        return True
    if not previous:
        return False
    recent = list(previous[-GUARD_TURNS:])
    if len(content_words(text)) > MAX_CONTENT_WORDS or any(is_decision_request(p) for p in recent):
        return False
    # the planned action may stand a message or two before the short reply ("… udlicitere
    # vintertjenesten." → "Det er 12 % billigere." → "Din anbefaling?")
    joined = guard_text(recent, text)
    # (round 14) the classifier's reading of the thread only adds a flag, as for the guard above
    return is_decision_request(joined) or (
        thread_embedding is not None and is_decision_request(joined, embedding=thread_embedding)
    )
