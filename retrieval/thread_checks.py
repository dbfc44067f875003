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
from .decision import choice_after_pros_cons, is_decision_request, rules_verdict, too_bare
from .followup import (
    GUARD_TURNS,
    MAX_CONTENT_WORDS,
    announces_new_topic,
    content_words,
    continues_thread,
    guard_text,
    points_to_person,
)
from .guard.actions import ACTION, ACTION_NOUN
from .guard.cpr import cpr_rest
from .guard.learned import Embedding
from .guard.normalise import normalise
from .guard.patterns import SAME_NAME
from .guard.people import find_people
from .guard.result import refuse
from .guard.spoken import digitised

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
    if not verdict.refused and after_refusal and _builds_on_refused(text, public_names, embedding):
        return refuse("thread_context")
    if not verdict.refused and previous and not _not_about_them(text):
        joined = guard_text(previous, text)
        # (round 22, writer BB) "my student assistant has the same name": a name asked about before
        # is a private person's here, whoever the magazine quotes by it
        verdict = guard.check(joined, frozenset() if SAME_NAME.search(text) else public_names)
        if not verdict.refused and thread_embedding is not None:
            # (round 14) the classifier reads the thread as one message — only to refuse more: it
            # was trained on single messages, and a thread's dilution must not clear a rule's refusal
            verdict = guard.check(joined, public_names, embedding=thread_embedding)
    return verdict


# (round 21, writer AY, released) A message that says it is not about the person before ("Helt generelt og
# ikke om hende: hvordan tilpasser man arbejdet for gravide?") is read alone — unless it still speaks of
# someone by a pronoun outside that phrase.
_NOT_ABOUT_THEM = re.compile(r"\b(?:ikke om (?:hende|ham|dem|vedkommende)|not about (?:her|him|them))\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:han|hun|ham|hende|hans|hendes|sin|sit|sine|he|she|him|her|his|hers)\b", re.IGNORECASE)


def _not_about_them(text: str) -> bool:
    m = _NOT_ABOUT_THEM.search(text)
    if m is None:
        return False
    return not _PRONOUN.search(text[: m.start()] + " " + text[m.end() :])


# (round 19, writers' released threads; docs/privacy.md § 10) A task on the refused message's material:
# "Kan du skrive kortet?", "Write a kind invitation based on it.", "Can you turn this into a handover?",
# "Skriv et resumé af sagen til teammødet." — a writing verb and an object the message does not bring
# itself (a pointing word, or a document or the case in the definite), in a short message that names nobody.
_TASK_ON_IT = re.compile(
    r"\b(?:skriv|skrive|lav|lave|formuler|formulere|omformuler|omskriv|forkort|opsummer|gør|gøre|send|sende|oversæt|oversætte|"
    r"write|draft|rewrite|rephrase|summari[sz]e|shorten|turn|make|phrase|put|translate|copy|file)\b"
    r"(?=[^.?!]*\b(?:it|this|that|det|dette|den|denne|dem|them|pkt\.? \d+|point \d+|"
    r"(?:kortet|brevet|mailen|e-mailen|notatet|sagen|beskeden|teksten|resuméet|referatet|invitationen|indkaldelsen|"
    r"overleveringen|svaret)|the (?:card|letter|e-?mail|note|message|case|text|summary|invitation|handover|reply|minutes))\b)",
    re.IGNORECASE,
)
# (round 24, writer BK) a bare revision of the text just asked for, with no object of its own: "Kortere, tak –
# højst to linjer.", "More formal, please", "og på engelsk?"
_REVISE = re.compile(
    r"^\W*(?:(?:og|and|ok|okay|tak|thanks)\W+)?(?:(?:lidt|endnu|gerne|a bit|a little|even|much)\s+)?"
    r"(?:kortere|længere|enklere|kortfattet|pænere|venligere|strammere|blødere|skarpere|shorter|longer|simpler|"
    r"friendlier|softer|(?:mere|more|mindre|less)\s+(?:formel\w*|uformel\w*|venlig\w*|positiv\w*|neutral\w*|præcis\w*|"
    r"direkte|personlig\w*|professionel\w*|høflig\w*|formal|informal|friendly|positive|neutral|concise|direct|"
    r"personal|professional|polite)|in english|på engelsk|på dansk|in danish|i punktform|som punkter|som en liste|"
    r"as bullets?|as bullet points|as a list)\b",
    re.IGNORECASE,
)
_ABOUT_MAGAZINE = re.compile(
    r"\b(?:bladet|magasinet|artikl\w*|article\w*|the magazine|the issue|nummeret)\b", re.IGNORECASE
)


# (round 20, writers' released threads; docs/privacy.md § 10) What a short message right after a
# refusal asks about, when it brings no subject of its own: "Hvordan orienterer jeg lærerne?",
# "what do I reply?", "Kan vi hjælpe med et forskud?" — the refused message's situation.
_NO_SUBJECT_WORDS = 2 * MAX_CONTENT_WORDS


# The asker's own next step: the asker as subject or object, the bot asked to do something, or a
# message that opens with a verb of making or sending (an imperative) — not a general question.
_ASKERS_STEP = re.compile(
    r"\b(?:jeg|vi|mig|os|min|mit|mine|vores|we|me|us|my|our|du|you|pls|please)\b|(?-i:\bI\b)|"
    r"^\W*(?:så\s+|then\s+|and\s+|og\s+)?(?:skriv|lav|formuler|omformuler|send|giv|tilføj|ret|foreslå|hjælp|find|"
    r"write|make|draft|rephrase|send|give|add|fix|suggest|help|find)\b",
    re.IGNORECASE,
)
# A general question stands on its own: "Hvordan motiverer man medarbejdere …?", "Define presenteeism."
_GENERAL_FORM = re.compile(
    # ("one-to-one" is a meeting, not the general pronoun: round 22, writer BB)
    r"\b(?:man|(?<!-)one(?!-)|generelt|i almindelighed|in general|generally|typically|typisk)\b|"
    r"^\W*(?:define|definer|definér|forklar|explain|hvad (?:er|betyder|hedder)|what (?:is|are|does)|hvad siger)\b",
    re.IGNORECASE,
)


def _no_subject_of_its_own(text: str, names_someone: bool, embedding: Embedding = None) -> bool:
    """(round 20) A short message after a refusal (at most _NO_SUBJECT_WORDS content words) that
    asks for the asker's own next step (`_ASKERS_STEP`), is no general question, names no private
    person of its own, does not ask about the magazine and is no decision request can only be
    answered with the refused message's situation, so it builds on it. A decision request is left
    to the decision framing, which uses nothing of the refused message."""
    if names_someone or _ABOUT_MAGAZINE.search(text) or _GENERAL_FORM.search(text):
        return False
    if len(content_words(text)) > _NO_SUBJECT_WORDS or not _ASKERS_STEP.search(text):
        return False
    return not is_decision_request(text, embedding=embedding)


def _builds_on_refused(text: str, public_names: frozenset[str], embedding: Embedding = None) -> bool:
    """A message that cannot be read without the refused one before it: it builds on it
    (`followup.continues_thread`), or (round 14) gives the last four digits of the number whose
    first part was refused, or speaks of "him"/"her" without naming a private person of its own —
    the refused message's person (a capitalised word that is no person, "Krifa", "Thursdays",
    does not count as a name, as the people finder reads it), or (round 20) asks for the asker's own
    next step with no subject of its own (`_no_subject_of_its_own`). A message that announces a
    new question is read on its own."""
    if continues_thread(text):
        return True
    n = normalise(text)
    if announces_new_topic(text):
        return bool(cpr_rest(n))
    names_someone = any(not m.public for m in find_people(n, public_names))
    if (
        (_TASK_ON_IT.search(text) or _REVISE.search(text))
        and len(content_words(text)) <= 2 * MAX_CONTENT_WORDS
        and not _ABOUT_MAGAZINE.search(text)
        and not names_someone
    ):
        return True
    if _no_subject_of_its_own(text, names_someone, embedding):
        return True
    if cpr_rest(n):
        return True
    if re.fullmatch(r"[\d\s.,-]{2,}", digitised(n).strip() or "x"):
        return (
            True  # (round 24, writer BM) only digits, or numbers read aloud, right after a refusal: the number goes on
        )
    if not points_to_person(text):
        return False
    return not any(not m.public and n[m.start : m.start + 1].isupper() for m in find_people(n, public_names))


# A question about content, opened by an interrogative or a verb of saying (Danish, English, Norwegian,
# Swedish): "hvad skriver lederen om …", "what are the three questions …", "is issue 03 a real issue",
# "hva advarer Kasper Edwards mot …", "vad skriver ledaren om …".
_CONTENT_QUESTION = re.compile(
    r"\s*(?:(?:ok|okay|tak|thanks)\W+)?(?:hvad|hva|vad|hvilke[nt]?|hvem|hvor\w*|hvordan|hvorfor|hvornår|hur|vem|vilk\w+|när|"
    r"what|which|who|whom|whose|where|when|why|how|is|are|does|do|did|er|mener|siger|skriver|står|fortæller|"
    r"nævner|beskriver|tell me|fortæl)\b",
    re.IGNORECASE,
)


# (round 26, writer BV) a reply that asks for a text ("Lav en kort sms til bådejerne, der forklarer det") is drafting,
# whatever the thread before it asked
_WRITING_REPLY = re.compile(
    r"^\W*(?:(?:ok|okay|tak|thanks|fint|fine|godt|good)\W+)?(?:(?:kan du|can you|could you|please|venligst)\s+)?"
    r"(?:lav|lave|skriv|skrive|formuler|formulere|write|draft|compose)\s+(?:en|et|a|an|the|den|det|mig|me)\b",
    re.IGNORECASE,
)


def decision_in_thread(
    text: str, previous: Sequence[str], embedding: Embedding = None, thread_embedding: Embedding = None
) -> bool:
    """Whether `text` asks for a decision, alone or as a short reply to the thread's last
    GUARD_TURNS messages (none of which alone was a request: then its own answer already said the
    decision is the leader's). `thread_embedding`: the vector of the same joined text as the
    guard reads (`followup.guard_text`), for the decision classifier."""
    recent = list(previous[-GUARD_TURNS:])
    if recent and choice_after_pros_cons(guard_text(recent, text)) and not choice_after_pros_cons(recent[-1]):
        return True  # (round 27) the choice asked after the step's pros and cons were asked
    if recent and too_bare(text) and all(_CONTENT_QUESTION.match(p) for p in recent):
        # (round 24) a bare follow-up to questions about the magazine continues them: only the rules read it
        return is_decision_request(text)
    if is_decision_request(text, embedding=embedding):
        return True
    if not previous:
        return False
    if (rules_verdict(text) is False or _WRITING_REPLY.match(text)) and not (
        ACTION.search(text) or ACTION_NOUN.search(text)
    ):
        return False  # (round 26, writer BS) a look-alike the rules recognise alone ("Yes or no: is the newsletter monthly?")
    if len(content_words(text)) > MAX_CONTENT_WORDS or any(is_decision_request(p) for p in recent):
        return False
    # the planned action may stand a message or two before the short reply ("… udlicitere
    # vintertjenesten." → "Det er 12 % billigere." → "Din anbefaling?")
    joined = guard_text(recent, text)
    # (round 14) the classifier's reading of the thread only adds a flag, as for the guard above
    return is_decision_request(joined) or (
        thread_embedding is not None and is_decision_request(joined, embedding=thread_embedding)
    )
