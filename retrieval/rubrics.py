"""The magazine's rubric kinds and people's roles: how the magazine marks them, how readers ask.

A *rubric kind* is the role an article plays in an issue (the cover, the colophon, the
editorial, a theme intro, a guide, a book review, …). Article cards (retrieval/cards.py)
detect kinds from the magazine's own words — the kicker above a headline ("LEDEREN",
"BOGUDDRAG"), the prefix of a title or table-of-contents label ("Guide:", "Intro:") — and from
the issue's structure (first page, last page, the page with ISSN and print run). Questions name
kinds with other words, in Danish or English ("forsiden", "the editorial", "faktaboksen");
`question_kinds` finds those.

A *role* is what a person is called instead of by name ("seniorforskeren fra DTU", "the NFA
director"). Roles are recognised by the head of the job title (…forsker, …chef, …leder,
direktør, formand, …): Danish job titles are compounds ending in one of a few heads, so a short
list of heads covers titles never seen before ("distriktsleder", "erhvervsforsker").

All lists here are general vocabulary of Danish magazines and job titles, never taken from
evaluation questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .bilingual import EN_DA, EN_FUNCTION_WORDS, looks_english


@dataclass(frozen=True)
class Kind:
    """A rubric kind: its id, a Danish label, the magazine's marker words and the question cues."""

    id: str
    label: str
    # Matched against a title's or contents label's prefix and against kicker lines (case-folded).
    marker: re.Pattern[str] | None
    # Matched against a question (case-folded), Danish and English.
    cue: re.Pattern[str]


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# The preposition after "lederen" makes it a person ("lederen fra Middelfart"), not the editorial.
_PERSON_AFTER = r"(?!\s+(?:fra|i|ved|på|hos|for|af|of|from|at|in)\s+(?-i:[A-ZÆØÅ]))(?!\s+(?:der|som)\b)"

KINDS: tuple[Kind, ...] = (
    Kind(
        "forside",
        "forsiden",
        None,
        _rx(
            r"\bforsid\w*|\bomslag(?:et|ets|s)?\b|\bfront[- ]?page\w*|\b(?:the|its|on|front|magazine'?s?) (?:(?:january|february|march|april|"
            r"may|june|july|august|september|october|november|december|spring|summer|autumn|winter|latest|newest|"
            r"current|last|first|magazine'?s?|issue'?s?|\d{1,2}/\d{2,4}) ){0,2}cover\b"
            r"|\bcover (?:page|story|of|teaser)\b"
        ),
    ),
    Kind(
        "kolofon",
        "kolofonen",
        None,
        _rx(
            r"\bkolofon\w*|\bcolophon\b|\bmasthead\b|\bansvarshavende\b|\boplag(?:et|s)?\b|\bissn\b|\btrykkeri\w*"
            r"|\bprint run\b|\bprinted by\b|\bprinter\b|\bcirculation\b|\bnæste (?:blad|nummer)\b"
            r"|\bnext issue\b|\beditor-in-chief\b|\bresponsible editor\b|\bdeadline\w*"
            r"|\badresseændring\w*|\bpublisher\b|\budgiver\w*"
        ),
    ),
    Kind(
        "indhold",
        "indholdsfortegnelsen",
        None,
        _rx(
            r"\bindholdsfortegnelse\w*|\bindholdssiden\b|\btable of contents\b|\bcontents page\b"
            r"|\bi dette nummer\b|\bin this issue\b"
        ),
    ),
    Kind(
        "til_laeseren",
        "til læseren",
        _rx(r"^(?:til læseren|kære læser|forord)\b"),
        _rx(
            r"\btil læseren\b|\bforord\w*|\bto the reader\b|\bforeword\b|\beditor'?s (?:letter|note)\b"
            r"|\bletter from the editor\b|\bkære læser\b"
        ),
    ),
    Kind(
        "leder",
        "lederen",
        _rx(r"^lederen\b"),
        _rx(
            r"\blederskribent\w*|\bleader(?:'s)? (?:column|article|piece)\b|\beditorial (?:column|piece|writer)\b|"
            # "januarnummerets leder", "bladets leder": the or magazine's leader is its editorial
            r"\b(?:\w*nummerets|\w*udgavens|bladets|magasinets|issue's|magazine's) leder(?:en)?\b|"
            r"\blederartikl?\w*|\bleder-artikl?\w*|\bledende artikel\w*|\beditorial\b"
            r"(?!\s+(?:team|board|staff|office))|\bleading article\b|\blederen\b" + _PERSON_AFTER
        ),
    ),
    Kind(
        "tema_intro",
        "temaets intro",
        _rx(r"^(?:intro|introduktion|indledning|temaintro)\b"),
        _rx(
            r"\b\w*intro(?:en|ens)?\b|\bintroduktion\w*|\bindledning\w*|\btemaintro\w*|\bintroduction\b"
            r"|\bopening article\b"
        ),
    ),
    Kind(
        "interview",
        "interviewet",
        _rx(r"^(?:interview|portræt|\d+ skarpe)\b"),
        _rx(r"\binterview\w*|\bportræt\w*|\bprofile\b|\bq ?& ?a\b|\b\d+ skarpe\b|\bspørgsmål og svar\b"),
    ),
    Kind(
        "guide",
        "guiden",
        _rx(r"^(?:guides?|vejledning)\b"),
        _rx(r"\bguide\w*|\bvejledning\w*|\bhow-to\b|\btoolkit\b|\bværktøjskasse\w*"),
    ),
    Kind(
        "boganmeldelse",
        "boganmeldelsen",
        _rx(r"^(?:bog)?anmeldelse\b|\(boganmeldelse\)|\banmeldelse\)"),
        _rx(r"\bboganmeldelse\w*|\banmeldelse\w*|\banmeldt\w*|\bbook review\w*|\breview\w*"),
    ),
    Kind(
        "boguddrag",
        "boguddraget",
        _rx(r"^(?:bog)?uddrag\b"),
        _rx(
            r"\bboguddrag\w*|\buddrag(?:et)? (?:af|fra) bogen\b|\bbook excerpt\w*|\bbook extract\w*"
            r"|\bexcerpt (?:from|of) the book\b"
        ),
    ),
    Kind("bagside", "bagsiden", None, _rx(r"\bbagside\w*|\bback page\b|\bback cover\b|\bsidste side\b|\blast page\b")),
    Kind(
        "klumme",
        "klummen",
        _rx(r"^(?:klumme|kommentar|debat|kronik|essay)\b"),
        _rx(
            r"\bklumme\w*|\bkommentar\w*|(?<!leader )(?<!leader's )(?<!editorial )\bcolumn\b|\bcolumnist\b|\bdebat\w*|\bkronik\w*|\bop-ed\b|\bessay\b"
        ),
    ),
    # A theme ("temaet om seniorledelse", "AI-temaet", "the senior theme"): matched against the
    # card's theme name by search.card_votes, not by a marker.
    Kind("tema", "temaet", None, _rx(r"\w*tema(?:et|ets|er|erne)?\b|\btheme[sd]?\b|\bthematic\b")),
    Kind(
        "faktaboks",
        "faktaboksen",
        _rx(r"^(?:fakta|faktaboks|boks)\b"),
        _rx(r"\bfaktaboks\w*|\bboks(?:en|e)?\b|\bfact ?box\w*|\bsidebar\b|\binfo ?box\b|\bthe box\b"),
    ),
)
KIND_BY_ID = {k.id: k for k in KINDS}

# Heads of Danish job titles. A token whose lowercase form ends with one of them (or equals it,
# with a Danish definite/plural/genitive ending) names a role.
ROLE_HEADS: tuple[str, ...] = (
    "leder",
    "chef",
    "direktør",
    "forsker",
    "professor",
    "lektor",
    "adjunkt",
    "konsulent",
    "rådgiver",
    "psykolog",
    "formand",
    "forperson",
    "næstformand",
    "redaktør",
    "journalist",
    "koordinator",
    "sekretær",
    "assistent",
    "socialrådgiver",
    "sygeplejerske",
    "pædagog",
    "læge",
    "jordemoder",
    "borgmester",
    "rådmand",
    "minister",
    "partner",
    "stifter",
    "specialist",
    "analytiker",
    "økonom",
    "jurist",
    "fotograf",
    "forfatter",
    "skribent",
    "ekspert",
    "underviser",
    "sagsbehandler",
    "medlem",
    "ph.d",
)
_ENDINGS = r"(?:en|ens|e|er|erne|ernes|s|ne|nes|met|mets)?"
_ROLE_TOKEN = re.compile(
    r"^[\wæøå\-]*?("
    + "|".join(sorted((re.escape(h) for h in ROLE_HEADS), key=len, reverse=True))
    + r")"
    + _ENDINGS
    + r"$",
    re.IGNORECASE,
)
# Words that end like a role head but are not roles.
_NOT_ROLES = frozenset({"ledelse", "ledere", "lederne", "medlemmer", "chefer", "cheferne"})
# Words that end like a role head but mean something else ("billeder" = pictures).
_NOT_ROLE_PART = re.compile(r"billed|tekstleder|vandleder|strømleder", re.IGNORECASE)


def role_head(token: str) -> str | None:
    """The job-title head of `token` ("seniorforskeren" → "forsker"), or None."""
    t = token.lower().strip("'’.,:;()\"")
    if len(t) < 4 or t in _NOT_ROLES or _NOT_ROLE_PART.search(t):
        return None
    m = _ROLE_TOKEN.match(t)
    return m.group(1) if m else None


_WORD = re.compile(r"[\wæøåÆØÅ][\wæøåÆØÅ\-'’.]*[\wæøåÆØÅ]|[\wæøåÆØÅ]")


@lru_cache(maxsize=2048)
def question_kinds(question: str) -> frozenset[str]:
    """Rubric kinds the question names (ids of KINDS)."""
    return frozenset(k.id for k in KINDS if k.cue.search(question))


@dataclass(frozen=True)
class RoleMention:
    """A role named in a question: the job-title head, the question's wording of it, and the
    words that make it specific (a compound's first part, the organisation after 'fra'/'i')."""

    head: str
    token: str
    qualifiers: tuple[str, ...] = ()


_PREPS = {"fra", "i", "ved", "på", "hos", "for", "af", "from", "at", "in", "of"}


@lru_cache(maxsize=2048)
def question_roles(question: str) -> tuple[RoleMention, ...]:
    """Specific roles the question names: "seniorforskeren fra DTU", "NFA-direktøren",
    "afsnitslederen", "the KL head of office". A bare role word ("chefen", "the journalist")
    names no one in particular and is not returned.

    Specific means: a compound job title ("distriktslederen"; its first part is a qualifier),
    or a role followed by a preposition and a name or organisation, or (English) a role with a
    capitalised word or acronym before it ("the NFA director")."""
    english = looks_english(question)
    tokens = _WORD.findall(question)
    out: list[RoleMention] = []
    if english:
        low = [t.lower().removesuffix("'s").removesuffix("’s") for t in tokens]
        for i in range(len(low)):
            for n in (3, 2, 1):
                phrase = " ".join(low[i : i + n])
                da = EN_DA.get(phrase)
                if not da:
                    continue
                head = next((h for w in da.split() if (h := role_head(w))), None)
                if not head:
                    break
                quals = [t for t in tokens[max(0, i - 2) : i] if t[:1].isupper() and t.lower() not in EN_FUNCTION_WORDS]
                nxt = low[i + n] if i + n < len(low) else ""
                if nxt in _PREPS and i + n + 1 < len(tokens) and tokens[i + n + 1][:1].isupper():
                    quals.append(tokens[i + n + 1])
                if quals or n > 1:
                    out.append(RoleMention(head, da.split()[0], tuple(q.lower() for q in quals)))
                break
        return tuple(dict.fromkeys(out))
    for i, tok in enumerate(tokens):
        head = role_head(tok)
        if not head:
            continue
        low = tok.lower()
        base = re.sub(re.escape(head) + r".*$", "", low).rstrip("-")
        quals = [base] if len(base) >= 2 else []
        quals += [p for p in low.split("-")[:-1] if len(p) >= 2 and p not in quals]
        nxt = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if nxt in _PREPS and i + 2 < len(tokens):
            quals.append(tokens[i + 2].lower())
        if quals:
            out.append(RoleMention(head, low, tuple(quals)))
    return tuple(dict.fromkeys(out))


def strip_rubric_words(question: str) -> str:
    """The question without the words that name a rubric kind ("ifølge lederartiklen" → "ifølge ")."""
    for k in KINDS:
        question = k.cue.sub(" ", question)
    return question


def kicker_kinds(line: str) -> set[str]:
    """Kinds a kicker line, title prefix or contents label marks ("LEDEREN", "Guide:", "Intro: …")."""
    s = line.strip().lower()
    return {k.id for k in KINDS if k.marker is not None and k.marker.search(s)}
