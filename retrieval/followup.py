"""Reading a question in its thread: is it a follow-up to search together with the thread's topic?

The rule (docs/retrieval.md, "Follow-ups"), measured on the tune threads only:

    a question is a follow-up when it is short — at most MAX_CONTENT_WORDS content words (words
    outside the maintained Danish and English stop-word lists of bm25s) — and does not name a
    topic of its own — its magazine vocabulary weighs less than MAX_SPECIFICITY (the IDF of its
    word stems that the corpus uses, in units of the rarest possible stem's IDF, so the scale
    does not move as issues are added) — and the magazine covers it better read with the
    thread's topic than alone: the dense margin (best cosine minus the query's mean cosine to
    the corpus, ×100) of "topic + question" exceeds that of the question alone by more than
    MIN_MARGIN_GAIN.

A follow-up is then searched as "topic + question"; anything else is searched on its own, so a new,
self-contained question is not pulled towards the previous one. No word of any test question is
part of the rule: "short" is a count, and "covered better" is the retrieval model's own evidence.

(round 23, measured on writer FA's threads) Two readings come before the margins: a short question
that continues ("og …", "what about …"), corrects ("nej, jeg mente …") or points back by a pronoun or
a bare determiner ("hvem har skrevet den", "the second one") cannot be read alone and is a follow-up
whatever the margins say; and a question that names a referent of its own — a rubric, a specific
role, an article told by its subject, one of the magazine's people, a capitalised name — starts a new
topic however short it is ("hvad siger lederen om ai", "who is the DTU researcher"), unless it opens
by continuing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from bm25s.stopwords import STOPWORDS_DANISH, STOPWORDS_EN

from .lexical import stem_tokens
from .rubrics import question_kinds, question_roles

# Chosen on followups-tune.jsonl (scripts/followup_eval.py); docs/retrieval.md has the figures.
MAX_CONTENT_WORDS = 5
MAX_SPECIFICITY = 1.95
MIN_MARGIN_GAIN = 0.0
# The topic carried to the next turn is capped (a long thread of follow-ups must not grow the
# query without bound): its last MAX_TOPIC_WORDS words.
MAX_TOPIC_WORDS = 60
# How many of a thread's previous questions the guard reads together with a new one.
GUARD_TURNS = 3

_STOP = frozenset(STOPWORDS_DANISH) | frozenset(STOPWORDS_EN)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ThreadContext:
    """What the core knows of a thread before its next question: the recent questions the guard
    accepted (oldest first; the guard reads them with the new one) and what the last turn was
    searched as (its topic)."""

    previous: tuple[str, ...] = ()
    topic: str | None = None
    # (round 12) the thread's last message was refused: nothing of it is kept, only this flag
    after_refusal: bool = False


@dataclass(frozen=True)
class Reading:
    """How a question is searched: `query`, and whether it was read as a follow-up."""

    query: str
    followup: bool = False
    content_words: int = 0
    specificity: float | None = None
    margin_gain: float | None = None


def content_words(text: str) -> list[str]:
    """The words of `text` that carry content: not a Danish or English stop word, not a number."""
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and not w.isdigit()]


def combined(topic: str, question: str) -> str:
    """The query of a follow-up: the thread's topic, then the question (capped, see
    MAX_TOPIC_WORDS)."""
    words = f"{topic} {question}".split()
    return " ".join(words[-MAX_TOPIC_WORDS:])


def specificity(question: str, stem_df: Mapping[str, int], passages: int) -> float:
    """How much of the magazine's own vocabulary `question` carries: the summed IDF of its word
    stems that the corpus uses, divided by the IDF of a stem in a single passage (0 when the
    corpus uses none of them)."""
    if passages <= 0:
        return 0.0
    top = math.log(1.0 + passages / 1.5)
    stems = {t for t in stem_tokens(question) if stem_df.get(t, 0) > 0}
    return sum(math.log(1.0 + passages / (stem_df[t] + 0.5)) for t in stems) / top


# A question that points back (a person pronoun with no one named in it, "the rest", "instead")
# depends on the thread whatever words it carries: "hvilket etisk spørgsmål skal lederen så
# stille sig selv ifølge ham?", "so where does he think it fits in?".
_POINTS_BACK = re.compile(
    r"\b(?:han|hun|ham|hende|hans|hendes|dem|deres|he|she|him|her|his|they|them|their|resten|the rest|"
    r"de andre|the others|i stedet|instead|ellers|else)\b",
    re.IGNORECASE,
)
_NAMED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-ZÆØÅ][a-zæøå]+")


def points_back(question: str) -> bool:
    """The question refers back to the thread: a pointing word and no capitalised name of its own."""
    return bool(_POINTS_BACK.search(question)) and not _NAMED.search(question)


# (round 23) A short question that can only be read with what came before: it opens by continuing
# ("og …", "and …", "men …", "hvad med …", "what about …"), corrects the previous turn ("nej, jeg mente
# …", "I meant …"), or speaks of a thing by a pronoun or a bare determiner with no noun of its own
# ("hvem har skrevet den", "hvor længe har det eksisteret", "where do they come from", "the second one").
_CONTINUES = re.compile(
    r"^\W*(?:og|and|men|but|så|so|også|also|hvad med|what about|how about|hvad så med|og hvad med|"
    r"og så|and then|plus|hva med|vad med|och|og hva med)\b",
    re.IGNORECASE,
)
_CORRECTS = re.compile(
    r"^\W*(?:nej|no|nope|undskyld|sorry)?[\s,.!]*(?:jeg|i)\s+(?:mente|meant|tænkte på|was thinking of|mean)\b",
    re.IGNORECASE,
)
_THING_BACK = re.compile(
    r"\b(?:den|det|dem|de|denne|dette|disse|dens|dets|it|its|they|them|their|this|that|these|those|"
    r"the (?:first|second|third|other|last|latter|former) one|den (?:første|anden|sidste|tredje)|"
    r"det (?:første|andet|sidste)|the (?:first|second|third|other|last)|den anden|de andre|the others)\b",
    re.IGNORECASE,
)


def refers_back(question: str) -> bool:
    """(round 23) The question continues, corrects or points back to the previous turn (above)."""
    return bool(_CONTINUES.search(question) or _CORRECTS.search(question) or _THING_BACK.search(question))


def corrects(question: str) -> bool:
    """(round 23) The question corrects what the previous turn was taken to mean ("nej, jeg mente …")."""
    return bool(_CORRECTS.search(question))


# (round 23, writer FB) a page named by its number ("hvem er interviewet på side 15") or an organisation by its
# acronym ("hvad skriver FH om seniorer"); not the topic words typed in capitals (AI, IT, HR, PC)
_PAGE_OR_ACRONYM = re.compile(
    r"\b(?:side|siden|page|p\.|s\.)\s?\d{1,3}\b|\b(?!(?:AI|IT|HR|PC|OK|EU|CV)\b)[A-ZÆØÅ]{2,5}\b"
)
# An article told apart by its subject ("artiklen om møder", "poesiartiklen", "the home care article"); a
# bare "artiklen" / "the article" is the one the thread is about.
_ARTICLE_WORD = re.compile(
    r"\b\w{3,}artikl\w*|\bartikl\w*\s+(?:om|med|af|fra|about|on|by|from|with)\b|"
    r"\bthe\s+(?!(?:same|other|last|first|previous|next)\b)[\w-]+(?:\s+[\w-]+)?\s+article\b",
    re.IGNORECASE,
)


def names_own_topic(question: str, public_names: frozenset[str] = frozenset()) -> bool:
    """(round 23) The question names a referent of its own, so it starts a new topic however short it
    is: a rubric ("lederen", "forsiden"), a specific role ("the DTU researcher"), an article ("the home
    care article"), one of the magazine's people (any case: "hvem er jeppe ajslev") or a capitalised
    name inside a sentence ("what's the Aarhus book called")."""
    if question_kinds(question) or question_roles(question) or _ARTICLE_WORD.search(question):
        return True
    if _NAMED.search(question) or _PAGE_OR_ACRONYM.search(question):
        return True
    low = f" {' '.join(_WORD.findall(question.lower()))} "
    return any(f" {' '.join(_WORD.findall(name.lower()))} " in low for name in public_names if " " in name)


# (round 25, writer FD) A return to an earlier turn of the thread: "tilbage til det første – hvad skal man undgå",
# "back to bias – any concrete example", "tilbage til NFA – hvem udtaler sig". The marker names which turn: the first
# one, or a word that an earlier question used.
_BACK_TO = re.compile(
    r"^\W*(?:(?:men|og|ok|okay|so|but|and|nå)[,]?\s+)?(?:tilbage til|back to|går tilbage til|going back to|retur til|"
    r"returning to|to return to)\s+(?P<x>[^:–—?,.]{1,40}?)\s*(?:[:–—,.]|\s-\s|\?)\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
_FIRST = re.compile(
    r"^(?:(?:det|den|de|the)\s+)?(?:første|first|start|begyndelse)\w*(?:\s+\w+)?$|^(?:starten|the start|the beginning|begyndelsen)$",
    re.IGNORECASE,
)


def returns_to(question: str, previous: Sequence[str]) -> tuple[str, str] | None:
    """(round 25) A question that returns to an earlier turn (above): (that turn's question as the topic, the
    question without the marker), or None. With no earlier turn named by a word, the first one is meant —
    "back to" never means the turn just before."""
    m = _BACK_TO.match(question)
    if not m or not previous:
        return None
    target = m.group("x").strip()
    rest = m.group("rest").strip() or target
    chosen = previous[0]
    if not _FIRST.match(target):
        stems = {w[:5] for w in content_words(target) if len(w) >= 3}
        for earlier in previous:
            if stems & {w[:5] for w in content_words(earlier)}:
                chosen = earlier
                break
    return chosen, rest


def read_in_thread(
    question: str,
    topic: str | None,
    margin: Callable[[str], float],
    specific: Callable[[str], float],
    own_topic: Callable[[str], bool] = lambda q: False,
) -> Reading:
    """Apply the rule (module docstring). `margin(text)` is the dense margin of a query,
    `specific(text)` its `specificity`, `own_topic(text)` whether it names a referent of its own
    (a rubric, a specific role, a person or a name: docs/retrieval.md, "Follow-ups")."""
    n = len(content_words(question))
    back = points_back(question)
    if not topic:
        return Reading(question, False, n)
    if corrects(question) and n <= 2 * MAX_CONTENT_WORDS:
        # a correction is read with the thread, and names the right referent itself
        return Reading(combined(topic, question), True, n)
    own = own_topic(question) and not _CONTINUES.search(question)
    if own and not back:
        # "hvad siger lederen om ai", "who is Frederik Nordentoft": a new referent, asked on its own
        return Reading(question, False, n)
    if n > (2 * MAX_CONTENT_WORDS if back else MAX_CONTENT_WORDS):
        return Reading(question, False, n)
    query = combined(topic, question)
    if back or refers_back(question):
        # it cannot be read alone: searched with the thread's topic
        return Reading(query, True, n)
    spec = specific(question)
    if spec >= MAX_SPECIFICITY:
        return Reading(question, False, n, spec)
    gain = margin(query) - margin(question)
    if gain > MIN_MARGIN_GAIN:
        return Reading(query, True, n, spec, gain)
    return Reading(question, False, n, spec, gain)


# A message that cannot be read without the one before it: a person pronoun with no name of its
# own ("Hvordan påvirker det lønforhandlingen med ham?"), an object pronoun for the earlier text
# with few words of its own ("summarise it", "gør det kortere"), or nothing but a generic follow-up
# ("Hvad gør jeg?", "what now?"). An announced new topic never continues.
_PERSON_BACK = re.compile(r"\b(?:han|hun|ham|hende|hans|hendes|he|she|him|her|his|hers)\b", re.IGNORECASE)
_BUILDS_ON = re.compile(r"\b(?:it|this|that|det|dette|den|denne)\b", re.IGNORECASE)
_NEW_TOPIC = re.compile(
    r"\b(?:nyt|andet) (?:spørgsmål|emne)|\bskift(?:er)? emne|\bnoget (?:helt )?andet\b|\b(?:new|another|different|separate) "
    r"(?:question|topic|subject)|\bchanging (?:the )?(?:topic|subject)|\bunrelated\b|\bgenerelt\b|\bin general\b|"
    # (round 26, writer BS) "General question: …"
    r"\bgeneral question\b|"
    # (round 17, writer AQ) the previous message dropped before a new question: "Glem det. Hvad siger …?"
    r"^\W*(?:(?:sorry|undskyld|beklager|oops|ups)\W+)?(?:glem (?:det|det der|det jeg skrev)|pyt(?: med det)?|ligegyldigt|"
    r"forget (?:it|that|what i (?:said|wrote))|never ?mind|scratch that|scrap that|drop that|strike that|slet det|"
    r"se bort fra det|ignore (?:that|my last message))\b(?=[^?]*\b(?:hvad|hvordan|hvilk\w*|hvorfor|what|how|which|why)\b)"
    r"(?![^?]*\b(?:han|hun|ham|hende|hans|hendes|he|she|him|her|his|they|them|their|de|dem|deres)\b)",
    re.IGNORECASE,
)
_GENERIC = frozenset(
    "gør gøre gjort do doing done nu now så then next næste skal should råd advice hjælp help videre further "
    "tak thanks ok okay ideer ideas forslag suggestions mener think synes anbefaler recommend svar answer "
    "what how ik ikke lige mon please pls".split()
)


def continues_thread(question: str) -> bool:
    """(round 12, docs/privacy.md § 10) The question builds on the thread's previous message and
    cannot be read without it (see above)."""
    if _NEW_TOPIC.search(question):
        return False
    if _PERSON_BACK.search(question) and not _NAMED.search(question):
        return True
    words = content_words(question)
    if len(words) <= 2 and all(w.lower() in _GENERIC for w in words):
        return True
    return len(words) <= MAX_CONTENT_WORDS and bool(_BUILDS_ON.search(question)) and not _NAMED.search(question)


def announces_new_topic(question: str) -> bool:
    """The question says it starts a new topic ("Nyt spørgsmål: …", "Glem det. Hvad siger …?")."""
    return bool(_NEW_TOPIC.search(question))


def points_to_person(question: str) -> bool:
    """(round 14) The question speaks of someone by a pronoun ("han", "her") and does not change
    the topic — after a refused message, that someone is the refused message's person."""
    return bool(_PERSON_BACK.search(question)) and not _NEW_TOPIC.search(question)


def guard_text(previous: Sequence[str], question: str) -> str:
    """The text the guard reads besides the question alone: the thread's last GUARD_TURNS
    questions and this one, one per line (a name in one message and a health detail in the next
    are refused together)."""
    return "\n".join([*previous[-GUARD_TURNS:], question])
