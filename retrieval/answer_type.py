"""What kind of answer a question asks for, and whether the retrieved text holds one.

A question that asks for a price, a date or a named thing ("hvilket system", "which group") can
only be answered by a passage that holds such a thing. When the best passages share the question's
topic words but hold no amount, no time, and not the asked-for thing itself, the magazine most
likely does not answer it: this is the typical out-of-scope question "next to" an article
(docs/retrieval.md, "Abstention"). These checks feed the abstention model as signals; none of
them decides alone.

* **amount**: the question asks what something costs or pays ("hvad koster", "hvor meget
  tjener", "deltagergebyret", "how much does … cost", "salary") — not every use of the verb
  ("kommer AI til at koste stillinger" asks no price);
* **time**: it asks when ("hvornår", "which exact date", "i hvilket år");
* **count**: it asks how many of something ("hvor mange kommuner", "how many calls a day"), and
  a number stands right before what is counted ("43 kommuner", "tre opkald");
* **maker** (round 21): it asks which company, vendor or supplier made or supplies a thing, and a
  text says who made or supplied something (a credit line, a company's legal form, "udviklet af");
* **rule** (round 32): it asks what a law, an agreement or a rule requires ("hvilke regler gælder",
  "krav på", "opsigelsesvarsel", "the collective agreement"), and a text states a rule (a law, an
  agreement, a duty, a guideline, a section sign). The magazine is no legal source: its pages on a
  topic seldom state the rule asked about.

(A third check — the noun a "hvilken X"/"which X" question asks about must stand in the top
passages — was measured and dropped: it fired as often on answerable questions as on out-of-scope
ones; docs/retrieval.md, "Tried and dropped".)
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .bilingual import danish_equivalents, looks_english
from .lexical import stem_tokens

# -- amount ------------------------------------------------------------------------------------
# A word whose head names a price or a pay figure ("deltagergebyret", "timelønnen", "prisen").
_AMOUNT_NOUN = re.compile(
    r"^\w*(?:pris(?:en|er|erne)?|gebyr(?:et|er|erne)?|takst(?:en|er|erne)?|honorar(?:et|er)?|"
    r"kontingent(?:et|er)?|løn(?:nen|ninger|ningerne)?|gage(?:n)?|egenbetaling(?:en)?|"
    r"løn(?:niveau|ramme|trin|skala|sats)\w*)$"
    r"|^(?:price[sd]?|pricing|fees?|salar(?:y|ies)|wages?|pay|payment|cost[s]?|tuition)$",
    re.IGNORECASE,
)
# A verb of cost or pay asked with "what"/"how much" ("hvad koster", "hvor meget tjener man").
_AMOUNT_VERB = re.compile(
    r"\b(?:hvad|hvor\s+meget|hvor\s+dyr\w*|what|how\s+much)\b(?:[ ()]+[\w'’-]+){0,8}?[ ()]+"
    r"(?:koste[rt]?|kostede|tjene[rt]?|tjente|betale[rs]?|betalte|cost[s]?|costed|earn[s]?|earned|pay[s]?|paid|charge[sd]?)\b",
    re.IGNORECASE,
)
_AMOUNT_TEXT = re.compile(r"\d[\d.,]*\s*(?:kr\b|kroner|dkk|euro|€|mio|mia)|\bkr\.?\s*\d|\bgratis\b", re.IGNORECASE)
_WORD = re.compile(r"[\wæøåÆØÅ]+")


# (round 12) A question that opens with "why" or "how" asks for reasons or a way, not a figure:
# "hvorfor er lysten så afgørende — de har jo ikke brug for lønnen?" names pay without asking it.
_REASON_OR_WAY = re.compile(
    r"^\W*(?:og |and |men |but |så |so )?(?:hvorfor|why|hvordan|how(?! much| many| dyr| expensive))\b", re.IGNORECASE
)


def asks_amount(question: str) -> bool:
    """Does the question ask for a price, a fee or a pay figure?"""
    if _AMOUNT_VERB.search(question):
        return True
    if _REASON_OR_WAY.match(question):
        return False
    return any(_AMOUNT_NOUN.match(w) for w in _WORD.findall(question))


_AMOUNT_VERB_FORM = re.compile(
    r"^(?:koste[rt]?|kostede|tjene[rt]?|tjente|betale[rs]?|betalte|cost[s]?|costed|earn[s]?|earned|pay[s]?|paid)$",
    re.IGNORECASE,
)


def amount_in(question: str, texts: Iterable[str]) -> bool:
    """A money amount stands in `texts` next to the question's subject, or a sentence there states
    the cost of the subject in other terms ("et møde … koster en hel arbejdsdag" for "hvad koster
    et møde"). A sum about something else ("Den koster 13.450 kr." about a course, for the price
    of an advert) does not answer the question.

    `question` is the lexical query (an English question with its Danish equivalents added,
    retrieval/bilingual.py), so "what does a meeting cost" finds "møde … koster"."""
    words = _WORD.findall(question)
    asked = {s for w in words if _AMOUNT_NOUN.match(w) or _AMOUNT_VERB_FORM.match(w) for s in stem_tokens(w)}
    subject = set(stem_tokens(question)) - asked
    for text in texts:
        sentences = [x for x in _SENTENCE.split(text) if x.strip()]
        for i, sentence in enumerate(sentences):
            stems = set(stem_tokens(sentence))
            # a sum counts where it is the asked subject's: in a sentence, or right after one,
            # that names it ("Uddannelsen består af … ■ Den koster 13.450 kr.")
            context = stems | (set(stem_tokens(sentences[i - 1])) if i else set())
            if _AMOUNT_TEXT.search(sentence) and subject & context:
                return True
            if asked & stems and subject & stems:
                return True
    return False


_SENTENCE = re.compile(r"(?<=[.!?])\s+|\s*■\s*")


# -- time --------------------------------------------------------------------------------------
# "when" asks for a time only where it opens the question ("When did …", "Since when …"); inside a
# sentence it is a conjunction ("what happens when …").
_TIME_Q = re.compile(
    r"\b(?:hvornår|hvilke[nt]?\s+(?:\w+\s+)?(?:år|dato|dag|måned|tidspunkt|uge)|i\s+hvilket\s+år|"
    r"(?:what|which)\s+(?:\w+\s+)?(?:year|date|day|month|time of year|week))\b"
    r"|^\s*(?:since |until |and )?when\b",
    re.IGNORECASE,
)
_TIME_TEXT = re.compile(
    r"\b(1[89]\d\d|20\d\d)\b|\b(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|"
    r"december|forår\w*|sommer\w*|efterår\w*|vinter\w*|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|"
    r"uge\s+\d+)\b|\b\d{1,2}\.\s*(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)",
    re.IGNORECASE,
)


def asks_time(question: str) -> bool:
    """Does the question ask when (a date, a year, a day)?"""
    return bool(_TIME_Q.search(question))


def time_in(texts: Iterable[str]) -> bool:
    """A year, a month, a season, a weekday or a date stands in `texts`."""
    return any(_TIME_TEXT.search(t) for t in texts)


# -- count -------------------------------------------------------------------------------------
_COUNT_Q = re.compile(
    r"\b(?:hvor\s+mange|how\s+many)\s+(?:(?:af|of)\s+(?:de|the)\s+)?(?P<what>(?:[\w-]+\s+){0,2}[\w-]+)", re.IGNORECASE
)
_NUMBER = re.compile(
    r"^(?:\d[\d.,]*%?|en|et|én|ét|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|\w+tyve|tyve|tredive|fyrre|"
    r"halvtreds|tres|halvfjerds|firs|halvfems|hundrede|hundreder|tusind\w*|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|hundred|thousands?|dusin|snes)$",
    re.IGNORECASE,
)


def asks_count(question: str) -> bool:
    """Does the question ask how many of something?"""
    return bool(_COUNT_Q.search(question))


def count_in(question: str, texts: Iterable[str]) -> bool:
    """A number stands right before (within three words) what the question counts; an English
    question's counted words also count in Danish ("how many calls" finds "tre opkald")."""
    m = _COUNT_Q.search(question)
    if not m:
        return True
    words = [w for w in m.group("what").split() if len(w) >= 3]
    counted = {s for w in words for s in stem_tokens(w)}
    if looks_english(question):
        counted |= {s for w in words for s in stem_tokens(danish_equivalents(w))}
    if not counted:
        return True
    for text in texts:
        tokens = re.findall(r"[\w.,%'-]+", text)
        for i, w in enumerate(tokens):
            if not _NUMBER.match(w.strip(".,")):
                continue
            for after in tokens[i + 1 : i + 4]:
                if any(_same_word(st, c) for st in stem_tokens(after.strip(".,")) for c in counted):
                    return True
    return False


def _same_word(a: str, b: str) -> bool:
    """Stems of the same word, or one a compound of the other ("mødefora" ~ "møde")."""
    return a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b) or b.startswith(a)))


# -- maker -------------------------------------------------------------------------------------
# (round 21) The question asks who made, supplied or sells a thing: the company behind a system, the
# vendor of a product, the printer of an issue. Only a text that says who made or supplied something can
# answer it — a credit line ("Tryk:", "Foto:", "Layout:"), a company's legal form, or a "made by" phrase.
_MAKER_Q = re.compile(
    r"\b(?:hvilke[nt]?\s+(?:\w+\s+)?(?:firma|leverandør|producent|udbyder|softwarehus)|"
    r"(?:leverandøren|producenten|udbyderen)\s+(?:af|bag|til)|"
    r"(?:which|what)\s+(?:\w+\s+)?(?:company|firm|supplier|vendor|provider|manufacturer)|"
    r"(?:company|firm|vendor|supplier|leverandør)\s+(?:behind|bag))\b",
    re.IGNORECASE,
)
_MAKER_TEXT = re.compile(
    r"\b(?:leverandør\w*|leveret af|udviklet af|lavet af|produceret af|bygget af|designet af|firmaet|virksomheden|"
    r"selskabet|trykkeri\w*|tryk|layout|illustration\w*|illustreret af|foto|fotos|fotograf\w*|grafisk|a/s|aps|i/s|"
    r"inc|ltd|gmbh|supplied by|developed by|made by|built by|produced by)\b",
    re.IGNORECASE,
)


def asks_maker(question: str) -> bool:
    """Does the question ask who made, supplied or sells something (a company, a vendor, a printer)?"""
    return bool(_MAKER_Q.search(question))


def maker_in(texts: Iterable[str]) -> bool:
    """Does one of `texts` say who made or supplied something (a credit line, a company, "made by")?"""
    return any(_MAKER_TEXT.search(t) for t in texts)


# -- rule (round 32) ---------------------------------------------------------------------------
# What a law, an agreement or a rule requires: "hvilke regler gælder for …", "krav på", "opsigelsesvarsel",
# "overenskomsten", "§ 56", "lovligt", "entitled to", "the law", "notice period". Not the everyday idioms
# built on the same words ("fik lov at", "med kort varsel") and not "who" — a person asked for, such as
# the colophon's legally responsible editor.
_RULE_Q = re.compile(
    r"\b(?:regler(?:ne)?|lov(?:en|ens|givning\w*)?|\w+loven|lovligt?|ulovligt?|lovkrav\w*|krav på|har (?:\w+ )?ret til|"
    r"\w*varsel\w*|\w*varslet|partshør\w*|overenskomst\w*|bekendtgørelse\w*|legal(?:ly)?|illegal|the law|"
    r"law says|entitled to|notice period|collective agreement|statutory|regulations?|required by law|"
    r"rules (?:on|for|about|of))\b|§",
    re.IGNORECASE,
)
_NOT_RULE_Q = re.compile(
    r"\b(?:få|får|fik|fået) (?:\w+ )?lov\b|\bkort varsel\b|\bshort notice\b|^\s*(?:hvem|who)\b|"
    r"\blegally responsible\b|\blegal (?:editorial )?responsibility\b",
    re.IGNORECASE,
)
_RULE_TEXT = re.compile(
    r"\b(?:lov(?:en|e|ens|givning\w*)?|\w+loven|regler(?:ne)?|bekendtgørelse\w*|overenskomst\w*|paragraf\w*|"
    r"cirkulære\w*|retningslinje\w*|krav(?:et|ene)? (?:om|til)|har ret til|\w*pligt\w*|forpligt\w*)\b|§",
    re.IGNORECASE,
)


def asks_rule(question: str) -> bool:
    """Does the question ask what a law, an agreement or a rule requires (see `_RULE_Q`)?"""
    return bool(_RULE_Q.search(question)) and not _NOT_RULE_Q.search(question)


def rule_in(texts: Iterable[str]) -> bool:
    """Does one of `texts` state a rule (a law, an agreement, a duty, a guideline)?"""
    return any(_RULE_TEXT.search(t) for t in texts)


# -- the asked-for value in one passage ------------------------------------------------------
def holds_answer(question: str, lexical_query: str, text: str) -> bool | None:
    """Does `text` hold the kind of value the question asks for (a count of the asked thing, an
    amount, a time)? None when the question asks for none of these."""
    if asks_count(question):
        return count_in(question, [text])
    if asks_amount(question):
        return amount_in(lexical_query, [text])
    if asks_time(question):
        return time_in([text])
    return None
