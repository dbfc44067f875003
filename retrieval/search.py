"""Hybrid retrieval with article awareness, and the signals abstention decides on.

Ranking (docs/retrieval.md has the measurements):

* three rankers — dense (FAISS, e5), BM25 over word stems, BM25 over in-word character 4-grams —
  fused by weighted reciprocal rank; an English question also gives the lexical rankers the
  Danish equivalents of its words (retrieval/bilingual.py);
* article-card votes, in units of one top-ranked vote: a question that names a rubric kind
  ("forsiden", "the editorial") votes for the articles of that kind, one that names a person by
  role ("seniorforskeren fra DTU") for the articles whose people match that role, and one that
  names an issue ("03/2024") for that issue's passages;
* cover teasers get a fraction of their score unless the question asks about the cover.

The weights were chosen by cross-validation (scripts/cv_retrieval.py) and live in `Params`.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace

import numpy as np

from . import answer_type
from .bilingual import EN_DA, EN_STOPWORDS, concepts, lexical_query, looks_english
from .chunking import Passage
from .embedding import Embedder
from .index import SearchIndex
from .lexical import STOPWORDS, stem_tokens
from .nordic import nordic_words
from .rubrics import question_kinds, question_roles, role_head, strip_rubric_words

RRF_K = 60


@dataclass(frozen=True)
class Params:
    """Every ranking knob in one place (defaults = the cross-validated choice)."""

    weights: tuple[tuple[str, float], ...] = (("dense", 1.0), ("char", 1.0), ("stem", 0.25))
    rrf_k: int = RRF_K
    dense_candidates: int = 100
    # Cover teasers restate what an article says; when both match, cite the article's own page.
    cover_weight: float = 0.5
    # Card votes, in units of one top-1 vote of a ranker (1 / (rrf_k + 1)).
    kind_vote: float = 1.0
    role_vote: float = 0.5
    issue_vote: float = 2.0
    english_map: bool = True
    # A person's role and affiliation vote for the article's card; kept in the lexical query they
    # also pull towards the one page that prints them (the byline) and away from the answer's page.
    role_words_lexical: bool = False

    def weight(self, name: str) -> float:
        return dict(self.weights).get(name, 0.0)

    def with_(self, **changes: object) -> Params:
        return replace(self, **changes)  # type: ignore[arg-type]


DEFAULT_PARAMS = Params()
# Kept for callers of the previous module interface.
WEIGHTS = dict(DEFAULT_PARAMS.weights)


@dataclass(frozen=True)
class Hit:
    """A passage with its fused score and the per-retriever evidence."""

    passage: Passage
    score: float
    dense: float
    char: float


@dataclass(frozen=True)
class Signals:
    """What abstention looks at (retrieval/abstention.py)."""

    margin: float  # best dense cosine − the question's mean cosine to the corpus
    best_cosine: float
    vocab_share: float  # IDF-weighted share of the question's word stems the corpus uses anywhere
    top_share: float  # IDF-weighted share of them in the top passages
    unknown_entities: tuple[str, ...]  # names/terms of the question the corpus never mentions
    asks_amount: bool  # asks for a price or a pay figure
    amount_in_top: bool  # a money amount stands in the top passages
    asks_time: bool  # asks "when"
    time_in_top: bool  # a year, month, season or weekday stands in the top passages
    english: bool
    asks_count: bool = False  # asks "how many"
    count_in_top: bool = True  # a number stands before what is counted in the top passages


@dataclass(frozen=True)
class SearchResult:
    """Ranked hits plus the signals used for abstention."""

    hits: list[Hit]
    signals: Signals | None = None
    candidates: list[Hit] = field(default_factory=list)


def _ranks(scores: np.ndarray) -> np.ndarray:
    order = np.argsort(-scores, kind="stable")
    ranks = np.empty(len(scores), dtype=np.float64)
    ranks[order] = np.arange(len(scores))
    return ranks


# -- issue mentions --------------------------------------------------------------------------
_ISSUE_REF = re.compile(r"\b(\d{1,2})\s*/\s*(\d{4}|\d{2})\b")
_ISSUE_WORD = re.compile(r"\b(?:nummer|nr\.?|issue|udgave)\s+(\d{1,2})(?:\s*/\s*(\d{4}|\d{2}))?\b", re.IGNORECASE)


# Readers name an issue by the month its number reads as ("januarnummeret", "the January 2024
# issue", "forsiden i marts" for 03/…). A month counts only where it names an issue or one of its
# parts (a compound with, or a word next to, "nummer", "udgave", "cover", "editorial" …), so a month
# in a question's content ("møderne i januar 2024") names no issue.
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("januar", "january"),
            ("februar", "february"),
            ("marts", "march"),
            ("april",),
            ("maj", "may"),
            ("juni", "june"),
            ("juli", "july"),
            ("august",),
            ("september",),
            ("oktober", "october"),
            ("november",),
            ("december",),
        ]
    )
    for m in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ISSUE_PART = (
    r"(?:nummer|udgave|udgivelse|blad|forside|bagside|leder|kolofon|issue|edition|number|cover|"
    r"front\s+page|back\s+page|editorial|magazine)"
)
# before "i januar": only words that cannot mean anything else ("lederne i marts" are managers)
_ISSUE_PART_AFTER = (
    r"nummer\w*|udgave\w*|udgivelse\w*|blad(?:et|ets)?|forside\w*|bagside\w*|lederen|lederartikl\w*|"
    r"kolofon\w*|issue|edition|number|cover|front\s+page|back\s+page|editorial|magazine"
)
_MONTH_ISSUE = re.compile(
    rf"\b(?P<m1>{_MONTH})(?:[\s-]+(?P<y1>20\d\d))?(?:-|\s+|(?=nummer|udgave|udgivelse|blad|forside|bagside|leder)){_ISSUE_PART}"
    rf"|\b(?:{_ISSUE_PART_AFTER})(?:'s)?\s+(?:i|fra|from|of|in)\s+(?P<m2>{_MONTH})(?:\s+(?P<y2>20\d\d))?\b",
    re.IGNORECASE,
)


def mentioned_issues(question: str, issues: list[str]) -> set[str]:
    """Indexed issues the question names ('03/2024', '03/24', 'nummer 3', 'januarnummeret',
    'the March 2024 issue')."""
    named: list[tuple[int, str | None]] = [
        (int(m.group(1)), m.group(2))
        for m in list(_ISSUE_REF.finditer(question)) + list(_ISSUE_WORD.finditer(question))
    ]
    for m in _MONTH_ISSUE.finditer(question):
        month = m.group("m1") or m.group("m2")
        if month == "may" or month == "MAY":
            continue  # the English modal verb, not the month (which is written "May")
        named.append((_MONTHS[month.lower()], m.group("y1") or m.group("y2")))
    found: set[str] = set()
    for num, year in named:
        for iss in issues:
            n, y = iss.split("/")
            if int(n) == num and (year is None or y.endswith(year)):
                found.add(iss)
    return found


# -- card votes ------------------------------------------------------------------------------
def _card_tokens(index: SearchIndex) -> list[tuple[set[str], set[str]]]:
    """Per card: its people text's lowercase words and their role heads (cached on the index)."""
    cached = getattr(index, "_card_tokens", None)
    if cached is None:
        cached = []
        for c in index.cards:
            toks = set(re.findall(r"[\wæøå]+", c.people_text()))
            toks |= {t for w in list(toks) for t in w.split("-")}
            heads = {h for t in toks if (h := role_head(t))}
            cached.append((toks, heads))
        index._card_tokens = cached  # type: ignore[attr-defined]
    return cached


@dataclass(frozen=True)
class CardVotes:
    """Unweighted per-card evidence: names its kind (0/1), matches a named role (0..1), is in a
    named issue (0/1)."""

    kind: np.ndarray
    role: np.ndarray
    issue: np.ndarray

    def weighted(self, params: Params) -> np.ndarray:
        return params.kind_vote * self.kind + params.role_vote * self.role + params.issue_vote * self.issue


def _theme_words(question: str) -> set[str]:
    """The question's words, with a theme compound split off ("seniortemaet" → "senior")."""
    out = set()
    for w in re.findall(r"[\wæøå]+", question.lower()):
        head = re.sub(r"-?tema(?:et|ets|er|erne)?$", "", w)
        for part in {w, head}:
            if len(part) >= 2 and part not in ("tema", "temaet", "theme"):
                out.add(part)
    return out


def _theme_match(words: set[str], theme: str) -> bool:
    """Does a question word name the theme ('senior' ~ 'Seniorledelse', 'ai' ~ 'AI i …')?"""
    for t in re.findall(r"[\wæøå]+", theme.lower()):
        for w in words:
            if w == t or (len(w) >= 4 and len(t) >= 4 and (t.startswith(w) or w.startswith(t[: max(4, len(t) - 3)]))):
                return True
    return False


def card_votes(index: SearchIndex, question: str) -> CardVotes:
    """Which cards the question's rubric kinds, named roles and named issues point to."""
    n = len(index.cards)
    kind = np.zeros(n, dtype=np.float64)
    role = np.zeros(n, dtype=np.float64)
    issue = np.zeros(n, dtype=np.float64)
    if n == 0:
        return CardVotes(kind, role, issue)
    kinds = question_kinds(question)
    if kinds:
        theme_words = _theme_words(question) if "tema" in kinds else set()
        for i, c in enumerate(index.cards):
            if kinds & set(c.kinds) or ("tema" in kinds and c.theme and _theme_match(theme_words, c.theme)):
                kind[i] = 1.0
    roles = question_roles(question)
    if roles:
        toks = _card_tokens(index)

        def matches(q: str, t: set[str]) -> bool:
            return q in t or (len(q) >= 3 and any(w.startswith(q) for w in t))

        for r in roles:
            title = re.sub(r"(en|ens|et|ets|met|mets)$", "", r.token.split("-")[-1])
            for q in r.qualifiers:
                df = sum(1 for t, _ in toks if matches(q, t))
                if not df:
                    continue
                for i, (t, heads) in enumerate(toks):
                    if r.head in heads and matches(q, t):
                        role[i] += math.log(1 + n / df)
            for i, (t, heads) in enumerate(toks):
                if r.head in heads and title in t:  # the same full title ("seniorforsker")
                    role[i] += 1.0
        if role.max() > 0:
            role /= role.max()
    named = mentioned_issues(question, [s.issue for s in index.issue_stats()])
    if named:
        for i, c in enumerate(index.cards):
            if c.issue in named:
                issue[i] = 1.0
    return CardVotes(kind, role, issue)


# -- abstention signals ------------------------------------------------------------------------
_LAW_WORD = re.compile(
    r"\w{3,}lov(?:en|ens|s)?$|\w+forordning\w*$|\w+bekendtgørelse\w*$|\w+direktiv\w*$", re.IGNORECASE
)
_ACRONYM = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ0-9]{1,6}$|^[A-ZÆØÅ]{1,4}\d{1,4}$")
_ACRONYM_GENITIVE = re.compile(r"^([A-ZÆØÅ]{2,6})s$")  # "KLs guide" = KL's guide
_ACRONYM_COMPOUND = re.compile(r"^([A-ZÆØÅ]{2,6})-[a-zæøå]{3,}$")
_TOKEN = re.compile(r"§\s*\d+|[\wæøåÆØÅ][\wæøåÆØÅ\-'’]*")
# Capitalised English words that are no names.
_EN_COMMON = frozenset(
    [
        "danish",
        "denmark",
        "english",
        "european",
        "eu",
        "i",
        "what",
        "how",
        "who",
        "where",
        "which",
        "when",
        "why",
        "does",
        "do",
        "is",
        "are",
        "can",
        "could",
        "should",
        "would",
        "will",
        "according",
        "the",
        "a",
        "an",
        "in",
        "on",
        "of",
        "for",
        "to",
        "and",
        "or",
        "if",
    ]
)


def question_entities(question: str, english: bool) -> list[str]:
    """Specific names and terms in the question: acronyms, capitalised words inside a sentence,
    law names ('funktionærloven', 'the Holiday Act'), paragraph signs ('§ 2')."""
    out: list[str] = []
    toks = list(_TOKEN.finditer(question))
    for i, m in enumerate(toks):
        t = m.group(0).strip("'’-")
        if not t:
            continue
        if t.startswith("§"):
            out.append(t)
            continue
        core = re.sub(r"(?:'s|’s|s')$", "", t)
        core = _ACRONYM_GENITIVE.sub(r"\1", core)
        # "AI-omvæltningen", "KL-guiden": an acronym compounded with a common noun names the
        # acronym's thing; only the acronym is a specific term
        compound = _ACRONYM_COMPOUND.match(core)
        if compound:
            core = compound.group(1)
        prev = question[: m.start()].rstrip()
        sentence_start = i == 0 or prev.endswith((".", "?", "!", ":", '"', "'", "“", "‘", "(", "–"))
        if _ACRONYM.match(core):
            if core.lower() in STOPWORDS or core.lower() in EN_STOPWORDS:
                continue  # (round 18, writer RH) a word typed in capitals for emphasis: "will NOT fix", "IKKE"
            out.append(core)
        elif core[:1].isupper() and not sentence_start:
            if re.fullmatch(r"I(?:['’](?:d|m|ve|ll))?", core):
                continue  # (round 22, writer RM) "if I'd stay on": the English pronoun, contracted
            if english and (core.lower() in EN_DA or core.lower() in _EN_COMMON):
                continue
            out.append(core)
        elif _LAW_WORD.match(core) and not english:
            out.append(core)
    # (round 9) a year, or an issue of the magazine ("01/2023"): specific, and checkable against the index
    out += [m.group(0) for m in _YEAR_OR_ISSUE.finditer(question)]
    return out


_YEAR_OR_ISSUE = re.compile(r"(?<![\d/])(?:\d{1,2}/)?(?:19|20)\d{2}(?![\d/])")


_NAME_RUN = re.compile(r"(?:[A-ZÆØÅ][\wæøåÆØÅ\-]*(?:'s|’s)?\s+){1,4}[A-ZÆØÅ][\wæøåÆØÅ\-]*(?:'s|’s)?")


def question_names(question: str, english: bool) -> list[list[str]]:
    """Runs of two or more capitalised words ("Aarhus Universitetshospitals", "Danske Regioner"),
    without a sentence-initial question word or article; a genitive ends a name ("Lyngholm's Børn
    og Familie" is Lyngholm's unit, not a name "Lyngholm Børn"). In English, words of the general
    word map are no part of a name ("Aarhus Municipality" names Aarhus; "the Danish Agency for
    Digital Government" names nothing)."""
    out = []
    for m in _NAME_RUN.finditer(question):
        raw = m.group(0).split()
        for i, w in enumerate(raw[:-1]):
            if re.search(r"(?:'s|’s)$", w):
                raw = raw[: i + 1]  # a genitive closes the name
                break
        words = [re.sub(r"(?:'s|’s)$", "", w) for w in raw]
        while words and (words[0].lower() in _QUESTION_WORDS or words[0].lower() in _ARTICLES):
            words = words[1:]
        if english:
            words = [w for w in words if w.lower() not in EN_DA and w.lower() not in _EN_COMMON]
        if len(words) < 2:
            continue
        if all(_ACRONYM.match(w) or _ACRONYM_COMPOUND.match(w) for w in words):
            continue  # "KL's AI-guide": acronyms side by side are checked one by one, not as a name
        out.append(words)
    return out


_ARTICLES = frozenset("the a an den det de en et".split())


_QUESTION_WORDS = frozenset(
    "hvad hvem hvor hvordan hvornår hvorfor hvilke hvilken hvilket kan skal er har må bør "
    "what who where how when why which can does do is are should did".split()
)


def _unknown(index: SearchIndex, entities: list[str], names: list[list[str]] = ()) -> tuple[str, ...]:  # type: ignore[assignment]
    out = [
        " ".join(n)
        for n in names
        if not index.knows_name(n) and not _verb_then_known(index, n) and not _acronym_known(index, n)
    ]
    issues = {i.issue for i in index.issues}
    for e in entities:
        if "/" in e:
            if e.zfill(7) not in issues:
                out.append(e)  # an issue of the magazine that is not in the index
            continue
        if e.startswith("§"):
            if not any("§" in p.text for i in index.issues for p in i.pages):
                out.append(e)
            continue
        parts = [p for p in re.split(r"[-\s]", e) if len(p) >= 2]
        if parts and not all(index.knows_word(p) for p in parts):
            out.append(e)
    return tuple(dict.fromkeys(out))


_NAME_PARTICLES = frozenset("for og of and the det den de i in på at af til".split())


def _acronym_known(index: SearchIndex, words: list[str]) -> bool:
    """(round 21, writer RK, released) A name written out whose initials the corpus prints as an acronym
    ("Danmarks Tekniske Universitet" where the magazine says "DTU", "Det Nationale Forskningscenter for
    Arbejdsmiljø" for "NFA") is a name the corpus knows."""
    initials = "".join(w[0] for w in words if w.lower() not in _NAME_PARTICLES and w[:1].isupper())
    if len(initials) < 2:
        return False
    pattern = re.compile(rf"(?<![\w-]){re.escape(initials.upper())}(?![\w])")
    return any(pattern.search(p.text) for i in index.issues for p in i.pages)


def _verb_then_known(index: SearchIndex, words: list[str]) -> bool:
    """(round 18, writers AG, RH) The run opens with a function word or a word the corpus uses in lower
    case — a sentence's first verb, capitalised by position ("Nævner NFA-direktøren …", "Has NFA …",
    "Bliver KL …") — and the rest is a name or a single word the corpus knows."""
    first, rest = words[0].lower(), words[1:]
    verb = len(first) >= 5 and first.endswith("er") and first in index.vocabulary  # "Nævner", "Rammer", "Bruger"
    if not (first in STOPWORDS or first in EN_STOPWORDS or verb):
        return False
    if len(rest) >= 2:
        return index.knows_name(rest)
    parts = [p for p in re.split(r"[-\s]", rest[0]) if len(p) >= 2]
    return bool(parts) and all(index.knows_word(p) for p in parts)


def _idf(index: SearchIndex, t: str) -> float:
    return math.log(1.0 + len(index.passages) / (index.stem_df.get(t, 0) + 0.5))


def _compound_head(index: SearchIndex, word: str) -> list[str]:
    w = word.lower()
    for i in range(4, len(w) - 3):
        head = stem_tokens(w[i:])
        if head and index.stem_df.get(head[0], 0) > 0:
            return head[:1]
    return []


def _shares(index: SearchIndex, question: str, english: bool, top: list[Hit]) -> tuple[float, float]:
    """IDF-weighted shares of the question's concepts found anywhere in the corpus, and in `top`.
    A concept is a content word (an English one with its Danish equivalents: found if any of
    them is); its weight is the IDF of its most common alternative in the corpus (the highest
    possible IDF when the corpus never uses it)."""
    found_top: set[str] = set()
    for h in top:
        found_top |= index.passage_stems(h.passage.id)
    found: list[tuple[set[str], list[str], bool]] = []
    for alts in concepts(question, english):
        stems = {t for a in alts for t in stem_tokens(a)}
        if not stems:
            continue
        present = [t for t in stems if index.stem_df.get(t, 0) > 0]
        if not present:
            # A compound of corpus words ("mødeforskeren") counts by its head ("forsker").
            heads = [h for a in alts if index.knows_compound(a) for h in _compound_head(index, a)]
            if heads:
                stems, present = set(heads), heads
        # (round 17) a Norwegian or Swedish word Danish does not use ("hva", "blir", "vad") is the
        # language the question is written in, not a topic the magazine lacks
        nordic = not english and not present and alts[0] in nordic_words()
        found.append((stems, present, nordic))
    if any(not nordic for *_, nordic in found):
        found = [f for f in found if not f[2]]
    total = anywhere = in_top = 0.0
    for stems, present, _ in found:
        weight = min(_idf(index, t) for t in present) if present else _idf(index, "")
        total += weight
        if present:
            anywhere += weight
        if stems & found_top:
            in_top += weight
    return (anywhere / total, in_top / total) if total else (0.0, 0.0)


# -- search ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Components:
    """Everything ranking needs about one question, before weighting (cacheable per question)."""

    query: str
    lexical_query: str
    english: bool
    query_vector: np.ndarray
    dense: np.ndarray  # cosine per passage (-1 where not among the dense candidates)
    dense_missing: np.ndarray
    best_cosine: float
    char: np.ndarray
    stem: np.ndarray
    votes: CardVotes
    asks_cover: bool
    # (round 30) passages on the printed page the question names ("Artiklen på side 11 – …"); None: no page named
    page_mask: np.ndarray | None = None


def components(
    index: SearchIndex,
    embedder: Embedder,
    query: str,
    params: Params = DEFAULT_PARAMS,
    query_vector: np.ndarray | None = None,
) -> Components:
    """Run the three rankers and the card matching for `query` (`query_vector`: its embedding,
    when the caller has it already)."""
    n = len(index.passages)
    english = looks_english(query)
    qv = embedder.embed_query(query) if query_vector is None else query_vector
    if not english:
        query = restore_nordic_spelling(index, restore_danish_letters(index, query))
    ids, cos = index.dense_scores(qv, min(params.dense_candidates, n))
    dense = np.full(n, -1.0, dtype=np.float64)
    dense[ids] = cos
    dense_missing = np.ones(n, dtype=bool)
    dense_missing[ids] = False
    lq = lexical_query(query, english) if params.english_map else query
    votes = card_votes(index, query)
    if not params.role_words_lexical and params.role_vote > 0:
        lq = _without_role_words(lq, query, votes)
    return Components(
        query=query,
        lexical_query=lq,
        english=english,
        query_vector=qv,
        dense=dense,
        dense_missing=dense_missing,
        best_cosine=float(cos[0]) if len(cos) else 0.0,
        char=index.lexical["char"].scores(lq).astype(np.float64),
        stem=index.lexical["stem"].scores(lq).astype(np.float64),
        votes=votes,
        asks_cover="forside" in question_kinds(query),
        page_mask=_named_page_mask(index, query),
    )


# (round 30) A printed page named by its number: "på side 14", "Boksen … på side 10", "the article on page 17", "s. 8";
# not a range ("side 3-5"), an issue ("page 01/2024") or a page asked for ("hvilken side")
_NAMED_PAGE = re.compile(r"(?<![\w/])(?:side|siden|page|s\.|p\.)\s?(\d{1,3})\b(?!\s?[-–]\s?\d|[.,]\d|/)", re.IGNORECASE)


def named_pages(question: str) -> set[int]:
    """The printed pages a question names by number."""
    return {int(m.group(1)) for m in _NAMED_PAGE.finditer(question) if int(m.group(1)) > 0}


def _named_page_mask(index: SearchIndex, query: str) -> np.ndarray | None:
    """Passages on a page the question names, in the issues it names (any issue when it names none); None when the
    question names no page or no indexed issue has it."""
    pages = named_pages(query)
    if not pages or question_kinds(query) & {"indhold", "forside"}:
        return None  # "what is listed on page 12 in the contents", "the cover promises … on page 16": the list answers
    issues = mentioned_issues(query, [s.issue for s in index.issue_stats()])
    mask = np.array([p.page in pages and (not issues or p.issue in issues) for p in index.passages], dtype=bool)
    return mask if mask.any() else None


_LQ_WORD = re.compile(r"[\wæøåÆØÅ][\wæøåÆØÅ'’-]*")
_SPELLED_OUT = re.compile(r"\b[A-Za-z]*(?:aa|ae|oe)[A-Za-z]*\b", re.IGNORECASE)
_LETTER_FOR = (("aa", "å"), ("ae", "æ"), ("oe", "ø"))


def restore_danish_letters(index: SearchIndex, text: str) -> str:
    """(round 18, writer RH; docs/retrieval.md) Æ, ø and å typed as "ae", "oe", "aa" on a keyboard
    without them ("kan man vaere leder paa deltid"): a word the corpus does not use whose spelling
    with the Danish letters it does use is read with them. The corpus decides, so an English or a
    Danish word that really has "ae"/"oe"/"aa" ("does", "Aarhus") stays as typed."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if index.knows_word(low) or low in STOPWORDS:
            return word
        for cand in _respellings(low):
            if cand in index.vocabulary or cand in STOPWORDS:
                return cand[:1].upper() + cand[1:] if word[:1].isupper() else cand
        return word

    return _SPELLED_OUT.sub(fix, text)


# (round 20) Norwegian and Swedish spellings of Danish words: the consonants Danish softened after a
# vowel (p, t, k → b, d, g: "språk" → "sprog", "syke" → "syge", "møte" → "møde"), å for Danish o, and
# the Swedish ä and ö for æ and ø.
_NORDIC_SOFT = (("p", "b"), ("t", "d"), ("k", "g"))
_VOWELS = "aeiouyæøåäö"


def restore_nordic_spelling(index: SearchIndex, text: str) -> str:
    """(round 20; docs/retrieval.md) A question in Norwegian- or Swedish-influenced Danish — one that
    uses a word Danish does not (`bilingual.nordic_words`) — has its words the corpus does not use
    read in the Danish spelling the corpus does use ("språkmodeller" → "sprogmodeller"). The corpus
    decides; a Danish question without such a word stays as typed."""
    words = re.findall(r"[\wæøåäöÆØÅÄÖ]+", text.lower())
    if looks_english(text) or not any(w in nordic_words() for w in words):
        return text

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if len(low) < 4 or index.knows_word(low) or low in STOPWORDS:
            return word
        for cand in _nordic_respellings(low):
            if cand in index.vocabulary:
                return cand[:1].upper() + cand[1:] if word[:1].isupper() else cand
        return word

    return re.sub(r"[\wæøåäöÆØÅÄÖ]+", fix, text)


def _nordic_respellings(low: str) -> list[str]:
    """Danish spellings of a Norwegian or Swedish word (at most 16), fewest changes first."""
    base = low.replace("ä", "æ").replace("ö", "ø")
    out = {base, base.replace("å", "o")}
    for hard, soft in _NORDIC_SOFT:
        out |= {re.sub(rf"(?<=[{_VOWELS}]){hard}(?!{hard})", soft, w) for w in out}
    out.discard(low)
    return sorted(out, key=lambda w: (sum(a != b for a, b in zip(w, low, strict=False)), w))[:16]


def _respellings(low: str) -> list[str]:
    """Every spelling of `low` with some of its "aa"/"ae"/"oe" read as å/æ/ø (at most 8)."""
    out = {low}
    for pair, letter in _LETTER_FOR:
        out |= {w.replace(pair, letter) for w in out}
    out.discard(low)
    return sorted(out, key=lambda w: (len(w), w))[:8]


def _without_role_words(lq: str, query: str, votes: CardVotes) -> str:
    """The lexical query without a role and its qualifiers when a card's people match them ("hvad
    mener seniorforskeren fra DTU om …" → "hvad mener om …"). Kept whole when nothing would be left.
    A rubric kind's words stay: a page that prints the rubric label is often the answer's page
    (measured: stripping them too cost rubric questions 0.898 → 0.836 first page)."""
    out = lq
    if votes.role.max() > 0:
        # a role word that also names a rubric ("lederen": the leader column) stays
        roles = [r for r in question_roles(query) if strip_rubric_words(r.token).strip()]
        named = {r.token.lower() for r in roles} | {q for r in roles for q in r.qualifiers}

        def role_word(w: str) -> bool:
            low = w.lower()
            # an English question's role word is known by its Danish translation ("researcher" → forsker)
            translation = EN_DA.get(low, "").split()
            return low in named or (bool(translation) and translation[0] in named)

        out = " ".join(w for w in _LQ_WORD.findall(out) if not role_word(w))
    return out if out.strip() else lq


def fuse(index: SearchIndex, comp: Components, params: Params = DEFAULT_PARAMS) -> np.ndarray:
    """Fused score per passage: weighted reciprocal-rank fusion plus card votes, covers damped."""
    n = len(index.passages)
    fused = np.zeros(n, dtype=np.float64)
    for name, s in (("dense", comp.dense), ("char", comp.char), ("stem", comp.stem)):
        w = params.weight(name)
        if not w:
            continue
        contrib = w / (params.rrf_k + _ranks(s) + 1)
        # A retriever votes only for passages it actually found: lexical ones for passages
        # sharing a term, the dense one for its top candidates (the rest have no score,
        # and ranking them by id would favour older issues).
        contrib[comp.dense_missing if name == "dense" else (s <= 0)] = 0.0
        fused += contrib
    votes = comp.votes.weighted(params)
    if votes.any():
        has_card = index.card_of_passage >= 0
        per_passage = np.zeros(n)
        per_passage[has_card] = votes[index.card_of_passage[has_card]]
        # Votes pick among passages some ranker found; they never lift a passage nobody found.
        per_passage[fused <= 0] = 0.0
        fused += per_passage / (params.rrf_k + 1)
    if not comp.asks_cover:
        fused[index.cover_mask] *= params.cover_weight
    if comp.page_mask is not None:
        # (round 30) the named page's passages come first, in their own order (the dense cosine orders those no
        # ranker found): the reader said where the answer stands
        lift = float(fused.max()) + 1.0
        found = comp.page_mask & (fused > 0)  # like the card votes: never a passage no ranker found
        fused[found] += lift + 1e-3 * (comp.dense[found] + 1.0)
    return fused


# (round 31) The asker's own situation told before the question — "Jeg er oversygeplejerske på OUH og skal holde
# oplæg for ledelsen. Hvem …?", "I'm comparing AI rollouts across countries. Does …?" — says who asks, not what is
# asked: a name or a word of it the magazine never prints (the asker's hospital, town or job) is no sign that the
# magazine lacks the answer. A sentence that is not the last, asks nothing and opens with the asker ("jeg", "vi",
# "min", "vores"; "I", "we", "my", "our") is such a statement; the rest of the message is what is asked.
# Only "." and "!" end a statement here (not `chunking.split_sentences`, which also breaks after "?" and before digits
# for page text): a question mark ends what is asked, so the statements are the sentences before it.
_SENTENCE_BREAK = re.compile(r"(?<=[.!])\s+(?=[\"“]?[A-ZÆØÅ])")
_ASKER_OPENS_DA = re.compile(r"^[\"“]?(?:jeg|vi|min|mit|mine|vores)\b", re.IGNORECASE)
_ASKER_OPENS_EN = re.compile(r"^[\"“]?(?:I|I['’](?:m|ve|d|ll)|[Ww]e|[Ww]e['’](?:re|ve|d|ll)|[Mm]y|[Oo]ur)\b")


def asked_part(question: str, english: bool) -> str:
    """The question without the sentences before it that only tell the asker's own situation."""
    sentences = _SENTENCE_BREAK.split(question.strip())
    opens = _ASKER_OPENS_EN if english else _ASKER_OPENS_DA
    kept = [s for i, s in enumerate(sentences) if i == len(sentences) - 1 or "?" in s or not opens.match(s)]
    return " ".join(kept)


def _asked_words(question: str, english: bool) -> str:
    """The question without the words that name the magazine's parts — unless nothing else is asked:
    (round 19) "Hvad er oplaget ifølge kolofonen?" asks for the colophon's own field ("oplag" is one
    of the colophon's cue words), and a question with no concept left would count as one whose words
    the magazine never uses (both shares 0)."""
    stripped = strip_rubric_words(question)
    if any(stem_tokens(a) for alts in concepts(stripped, english) for a in alts):
        return stripped
    return question


def signals(index: SearchIndex, comp: Components, hits: list[Hit]) -> Signals:
    """The abstention signals for a ranked result."""
    # Words that name the magazine's own parts ("lederartiklen", "bagsiden") are about where to
    # look, not what is asked; they do not count towards the question's vocabulary.
    asked = asked_part(comp.query, comp.english)
    vocab_share, top_share = _shares(index, _asked_words(asked, comp.english), comp.english, hits[:3])
    top_texts = [h.passage.text for h in hits[:3]]
    asks_price = answer_type.asks_amount(comp.query)
    asks_maker = answer_type.asks_maker(comp.query)
    asks_rule = answer_type.asks_rule(comp.query)
    return Signals(
        margin=comp.best_cosine - float(comp.query_vector @ index.centroid),
        best_cosine=comp.best_cosine,
        vocab_share=vocab_share,
        top_share=top_share,
        unknown_entities=_unknown(index, question_entities(asked, comp.english), question_names(asked, comp.english)),
        # (round 21) a maker or supplier asked counts as an asked value, like a price: the text must state it;
        # (round 32) so does a rule asked (what a law or an agreement requires): the text must state a rule
        asks_amount=asks_price or asks_maker or asks_rule,
        amount_in_top=(not asks_price or answer_type.amount_in(comp.lexical_query, top_texts))
        and (not asks_maker or answer_type.maker_in(top_texts))
        and (not asks_rule or answer_type.rule_in(top_texts)),
        asks_time=answer_type.asks_time(comp.query),
        time_in_top=answer_type.time_in(top_texts),
        asks_count=answer_type.asks_count(comp.query),
        count_in_top=answer_type.count_in(comp.query, top_texts),
        english=comp.english,
    )


def rank(index: SearchIndex, comp: Components, params: Params = DEFAULT_PARAMS, k: int = 10) -> list[Hit]:
    """The top `k` passages by fused score."""
    fused = fuse(index, comp, params)
    top = np.argsort(-fused, kind="stable")[:k]
    return [
        Hit(index.passages[i], float(fused[i]), float(comp.dense[i]), float(comp.char[i])) for i in top if fused[i] > 0
    ]


def search(
    index: SearchIndex,
    embedder: Embedder,
    query: str,
    k: int = 10,
    params: Params = DEFAULT_PARAMS,
    query_vector: np.ndarray | None = None,
) -> SearchResult:
    """Rank passages for `query` and compute the abstention signals (`query_vector`: the
    query's embedding by `embedder`, when the caller has it already)."""
    if not index.passages:
        return SearchResult([], None)
    comp = components(index, embedder, query, params, query_vector)
    hits = rank(index, comp, params, k)
    return SearchResult(hits, signals(index, comp, hits))


def stem_coverage(index: SearchIndex, query: str, hits: list[Hit]) -> float:
    """IDF-weighted share of the query's stems that occur in `hits` (0..1)."""
    return _shares(index, query, looks_english(query), hits)[1]
