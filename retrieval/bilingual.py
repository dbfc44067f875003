"""A small English→Danish word map of general leadership, HR and public-sector vocabulary.

The dense ranker (multilingual e5) understands English questions over Danish text by itself;
the two BM25 rankers only see the question's words. For an English question the lexical
rankers therefore also get the Danish equivalents of the English words found here.

The map is general vocabulary of the domain (what any Danish–English glossary of management,
HR and public administration contains); it is not built from evaluation questions, and it
never maps names. Keys are lowercase English words or phrases; values are Danish words
separated by spaces (inflection is left to the stemmer and the character n-grams).

Size: ~740 lines, nearly all of them the word map itself (one entry per line as the formatter
writes it); the code is ~60 lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bm25s.stopwords import STOPWORDS_DANISH, STOPWORDS_EN_PLUS

# the Norwegian and Swedish word list is read by one loader (retrieval/nordic.py); kept importable from here
from .nordic import nordic_words as nordic_words

EN_FUNCTION_WORDS = frozenset(
    [
        "the",
        "what",
        "how",
        "who",
        "where",
        "which",
        "when",
        "why",
        "does",
        "do",
        "did",
        "is",
        "are",
        "was",
        "were",
        "can",
        "could",
        "should",
        "would",
        "i",
        "my",
        "we",
        "our",
        "you",
        "your",
        "of",
        "to",
        "in",
        "for",
        "with",
        "about",
        "on",
        "this",
        "that",
        "it",
        "its",
        "has",
        "have",
        "been",
        "will",
        "according",
        "there",
        "their",
        "they",
        "them",
        "any",
        "many",
        "much",
    ]
)
_DA_WORDS = frozenset(
    [
        "hvad",
        "hvordan",
        "hvem",
        "hvor",
        "hvilke",
        "hvilken",
        "hvilket",
        "hvornår",
        "hvorfor",
        "jeg",
        "vi",
        "du",
        "er",
        "kan",
        "skal",
        "det",
        "den",
        "de",
        "og",
        "i",
        "på",
        "til",
        "med",
        "om",
        "som",
        "ikke",
        "min",
        "mit",
        "mine",
        "en",
        "et",
        "at",
        "har",
        "ifølge",
        "hvad",
        "der",
        "var",
        "blev",
    ]
)

# English → Danish. Multi-word keys are matched before single words.
EN_DA: dict[str, str] = {
    # people and roles
    "leader": "leder chef",
    "leaders": "ledere chefer",
    "manager": "leder chef",
    "managers": "ledere chefer",
    "management": "ledelse",
    "leadership": "ledelse",
    "lead": "lede",
    "leading": "ledende",
    "manage": "lede",
    "managing": "lede ledelse",
    "managed": "ledet",
    "decide": "beslutte",
    "hired": "ansat",
    "employ": "ansætte",
    "employed": "ansat",
    "employer": "arbejdsgiver",
    "employers": "arbejdsgivere",
    "executive": "direktør chef",
    "director": "direktør",
    "directors": "direktører",
    "head": "chef leder",
    "chief": "chef",
    "boss": "chef",
    "top management": "topledelse direktion",
    "middle manager": "mellemleder",
    "middle managers": "mellemledere",
    "team leader": "teamleder",
    "department head": "afdelingsleder",
    "head of department": "afdelingsleder",
    "head of office": "kontorchef",
    "unit manager": "afdelingsleder",
    "chair": "formand",
    "chairman": "formand",
    "chairperson": "formand",
    "chairwoman": "formand",
    "president": "formand præsident",
    "mayor": "borgmester",
    "minister": "minister",
    "employee": "medarbejder ansat",
    "employees": "medarbejdere ansatte",
    "staff": "medarbejdere personale ansatte",
    "worker": "arbejder medarbejder",
    "workers": "arbejdere medarbejdere",
    "colleague": "kollega",
    "colleagues": "kolleger kollegaer",
    "personnel": "personale",
    "workforce": "arbejdsstyrke arbejdskraft",
    "labour": "arbejdskraft",
    "labor": "arbejdskraft",
    "applicant": "ansøger",
    "applicants": "ansøgere",
    "candidate": "kandidat",
    "candidates": "kandidater",
    "new employee": "nyansat medarbejder",
    "researcher": "forsker",
    "researchers": "forskere",
    "scientist": "forsker",
    "professor": "professor",
    "expert": "ekspert",
    "consultant": "konsulent",
    "adviser": "rådgiver",
    "advisor": "rådgiver",
    "psychologist": "psykolog",
    "partner": "partner",
    "partnership": "partnerskab",
    "partnerships": "partnerskaber",
    "founder": "stifter",
    "editor": "redaktør",
    "editor-in-chief": "ansvarshavende redaktør",
    "journalist": "journalist",
    "writer": "skribent forfatter",
    "author": "forfatter",
    "authors": "forfattere",
    "photographer": "fotograf",
    "illustrator": "illustrator tegner",
    "secretary": "sekretær",
    "coordinator": "koordinator",
    "social worker": "socialrådgiver",
    "social workers": "socialrådgivere",
    "caseworker": "sagsbehandler",
    "caseworkers": "sagsbehandlere",
    "case worker": "sagsbehandler",
    "nurse": "sygeplejerske",
    "nurses": "sygeplejersker",
    "doctor": "læge",
    "doctors": "læger",
    "physician": "læge",
    "specialist": "speciallæge specialist",
    "teacher": "lærer",
    "teachers": "lærere",
    "pedagogue": "pædagog",
    "educator": "pædagog",
    "volunteer": "frivillig",
    "member": "medlem",
    "members": "medlemmer",
    "politician": "politiker",
    "politicians": "politikere",
    "citizen": "borger",
    "citizens": "borgere",
    "patient": "patient",
    "patients": "patienter",
    "child": "barn",
    "children": "børn",
    "family": "familie",
    "families": "familier",
    "young people": "unge",
    "youth": "unge",
    "elderly": "ældre",
    "older": "ældre",
    "senior": "senior",
    "seniors": "seniorer",
    "senior employee": "seniormedarbejder",
    "senior employees": "seniormedarbejdere",
    "recipient": "modtager",
    "recipients": "modtagere",
    "reader": "læser",
    "readers": "læsere",
    # organisations and the public sector
    "municipality": "kommune",
    "municipalities": "kommuner",
    "municipal": "kommunal kommunale",
    "local authority": "kommune",
    "council": "byråd kommune",
    "city council": "byråd",
    "region": "region",
    "regions": "regioner",
    "regional": "regional",
    "state": "stat",
    "government": "regering stat",
    "public sector": "offentlig sektor",
    "public": "offentlig offentlige",
    "private": "privat",
    "agency": "styrelse",
    "authority": "myndighed",
    "authorities": "myndigheder",
    "ministry": "ministerium",
    "administration": "administration forvaltning",
    "department": "afdeling forvaltning",
    "unit": "enhed afdeling",
    "office": "kontor",
    "institution": "institution",
    "organisation": "organisation",
    "organization": "organisation",
    "organisations": "organisationer",
    "organizations": "organisationer",
    "union": "fagforening forbund",
    "trade union": "fagforening fagbevægelse",
    "association": "forening",
    "workplace": "arbejdsplads",
    "workplaces": "arbejdspladser",
    "company": "virksomhed",
    "companies": "virksomheder",
    "business": "virksomhed erhverv",
    "hospital": "hospital sygehus",
    "hospitals": "hospitaler sygehuse",
    "healthcare": "sundhedsvæsen sundhed",
    "health care": "sundhedsvæsen",
    "health": "sundhed helbred",
    "psychiatry": "psykiatri",
    "home care": "hjemmepleje",
    "elder care": "ældrepleje ældreomsorg",
    "eldercare": "ældrepleje ældreomsorg",
    "school": "skole",
    "schools": "skoler",
    "daycare": "daginstitution børnehave",
    "kindergarten": "børnehave",
    "welfare": "velfærd",
    "social services": "socialforvaltning",
    "research centre": "forskningscenter",
    "research center": "forskningscenter",
    "university": "universitet",
    "parliament": "folketing christiansborg",
    "publisher": "forlag udgiver",
    "publishers": "udgivere",
    # work and HR
    "work": "arbejde",
    "job": "job stilling",
    "jobs": "job stillinger",
    "position": "stilling",
    "post": "stilling",
    "vacancy": "ledig stilling",
    "job ad": "jobopslag stillingsopslag",
    "job advert": "jobopslag stillingsopslag",
    "job posting": "stillingsopslag jobopslag",
    "job advertisement": "stillingsopslag jobopslag",
    "recruitment": "rekruttering",
    "recruiting": "rekruttering",
    "hiring": "ansættelse rekruttering",
    "hire": "ansætte",
    "retention": "fastholdelse",
    "retain": "fastholde",
    "retaining": "fastholde",
    "onboarding": "introduktion introduktionsforløb",
    "introduction": "introduktion",
    "mentor": "mentor",
    "career": "karriere",
    "retirement": "pension tilbagetrækning",
    "retire": "trække sig tilbage",
    "pension": "pension",
    "part-time": "deltid nedsat tid",
    "part time": "deltid nedsat tid",
    "working hours": "arbejdstid",
    "working time": "arbejdstid",
    "hours": "timer",
    "overtime": "overarbejde",
    "workload": "arbejdspres arbejdsbyrde",
    "work pressure": "arbejdspres",
    "busy": "travlt travl",
    "salary": "løn",
    "pay": "løn",
    "wage": "løn",
    "wages": "løn",
    "collective agreement": "overenskomst",
    "contract": "kontrakt",
    "sick leave": "sygefravær",
    "sickness absence": "sygefravær",
    "absence": "fravær",
    "sick": "syg",
    "stress": "stress",
    "burnout": "udbrændthed stress",
    "wellbeing": "trivsel",
    "well-being": "trivsel",
    "thriving": "trivsel",
    "job satisfaction": "arbejdsglæde tilfredshed",
    "satisfaction": "tilfredshed",
    "motivation": "motivation",
    "engagement": "engagement",
    "work environment": "arbejdsmiljø",
    "working environment": "arbejdsmiljø",
    "psychological work environment": "psykisk arbejdsmiljø",
    "psychosocial": "psykisk",
    "mental": "psykisk mental",
    "occupational health": "arbejdsmiljø",
    "safety": "sikkerhed",
    "health and safety": "arbejdsmiljø sikkerhed",
    "competence": "kompetence",
    "competences": "kompetencer",
    "competencies": "kompetencer",
    "skills": "kompetencer færdigheder",
    "skill": "kompetence færdighed",
    "training": "uddannelse kursus oplæring",
    "course": "kursus uddannelse",
    "education": "uddannelse",
    "further education": "efteruddannelse",
    "professional development": "kompetenceudvikling",
    "development": "udvikling",
    "learning": "læring",
    "feedback": "feedback",
    "appraisal": "medarbejderudviklingssamtale",
    "performance review": "medarbejderudviklingssamtale",
    "conversation": "samtale",
    "dialogue": "dialog",
    "talk": "snak samtale",
    "honest": "ærlig",
    "expectations": "forventninger",
    "trust": "tillid",
    "culture": "kultur",
    "change": "forandring ændring",
    "change management": "forandringsledelse",
    "strategy": "strategi",
    "strategic": "strategisk",
    "policy": "politik",
    "senior policy": "seniorpolitik",
    "guidelines": "retningslinjer",
    "rules": "regler",
    "law": "lov",
    "legislation": "lovgivning",
    "data protection": "databeskyttelse persondata",
    "personal data": "personoplysninger persondata",
    "privacy": "privatliv",
    "sensitive": "følsomme",
    "ethics": "etik",
    "ethical": "etisk etiske",
    "responsibility": "ansvar",
    "responsible": "ansvarlig",
    "decision": "beslutning afgørelse",
    "decisions": "beslutninger afgørelser",
    "judgement": "vurdering skøn",
    "judgment": "vurdering skøn",
    "assessment": "vurdering",
    "case": "sag",
    "cases": "sager",
    "casework": "sagsbehandling",
    "case processing": "sagsbehandling",
    "productivity": "produktivitet",
    "efficiency": "effektivitet",
    "quality": "kvalitet",
    "resources": "ressourcer",
    "budget": "budget",
    "cost": "koster pris omkostning",
    "costs": "koster omkostninger",
    "price": "pris",
    "money": "penge",
    "shortage": "mangel",
    "lack": "mangel",
    "labour shortage": "mangel på arbejdskraft",
    "meeting": "møde",
    "meetings": "møder",
    "agenda": "dagsorden",
    "minutes": "referat minutter",
    "calendar": "kalender",
    "email": "mail e-mail",
    "e-mail": "mail",
    "phone": "telefon",
    "call": "opkald",
    "calls": "opkald",
    "network": "netværk",
    "networking": "netværk",
    "cooperation": "samarbejde",
    "collaboration": "samarbejde",
    "involvement": "inddragelse",
    "influence": "indflydelse",
    "meaningful": "meningsfuld",
    "recognition": "anerkendelse",
    "flexibility": "fleksibilitet",
    "flexible": "fleksibel",
    "break": "pause",
    "breaks": "pauser",
    "balance": "balance",
    "pressure": "pres",
    "conference": "konference",
    "newsletter": "nyhedsbrev",
    "website": "hjemmeside",
    "homepage": "hjemmeside",
    "link": "link",
    "subscription": "abonnement",
    "membership": "medlemskab",
    # technology
    "artificial intelligence": "kunstig intelligens",
    "ai": "ai kunstig intelligens",
    "generative ai": "generativ ai",
    "machine learning": "maskinlæring machine learning",
    "algorithm": "algoritme",
    "algorithms": "algoritmer",
    "language model": "sprogmodel",
    "language models": "sprogmodeller",
    "robot": "robot",
    "robots": "robotter",
    "chatbot": "chatbot",
    "computer": "computer pc",
    "computers": "computere",
    "technology": "teknologi",
    "technologies": "teknologier",
    "digital": "digital digitale",
    "digitalisation": "digitalisering",
    "digitalization": "digitalisering",
    "tool": "værktøj",
    "tools": "værktøjer",
    "system": "system",
    "systems": "systemer",
    "tablet": "tablet",
    "tablets": "tablets",
    "screen": "skærm",
    "surveillance": "overvågning",
    "monitoring": "overvågning",
    "automation": "automatisering",
    "automate": "automatisere",
    "data": "data",
    "bias": "bias",
    "prompt": "prompte prompt",
    "translation": "oversættelse",
    # the magazine
    "magazine": "blad magasin fagblad",
    "journal": "fagblad blad",
    "issue": "nummer",
    "issues": "numre",
    "next issue": "næste blad næste nummer",
    "article": "artikel",
    "articles": "artikler",
    "editorial": "lederen leder",
    "front page": "forside",
    "cover": "forside",
    "back page": "bagside",
    "table of contents": "indhold",
    "contents": "indhold",
    "colophon": "kolofon",
    "masthead": "kolofon redaktion",
    "theme": "tema",
    "intro": "intro",
    "interview": "interview",
    "guide": "guide",
    "handbook": "håndbog",
    "fact box": "faktaboks boks",
    "box": "boks",
    "poem": "digt",
    "poems": "digte",
    "poetry": "poesi digte",
    "book": "bog",
    "books": "bøger",
    "book review": "boganmeldelse",
    "review": "anmeldelse",
    "excerpt": "uddrag",
    "book excerpt": "boguddrag",
    "extract": "uddrag",
    "photo": "foto",
    "photos": "fotos billeder",
    "picture": "billede",
    "pictures": "billeder",
    "illustration": "illustration",
    "source": "kilde",
    "print run": "oplag",
    "circulation": "oplag",
    "printer": "tryk trykkeri",
    "printed": "trykt",
    "layout": "layout",
    "deadline": "deadline",
    "editorial team": "redaktion redaktionen",
    "editorial board": "redaktion",
    "reader's letter": "læserbrev",
    "page": "side",
    "pages": "sider",
    "survey": "undersøgelse måling survey",
    "study": "undersøgelse studie",
    "studies": "undersøgelser studier",
    "research": "forskning",
    "report": "rapport",
    "proposal": "forslag udspil",
    "proposals": "forslag",
    "example": "eksempel",
    "examples": "eksempler",
    "question": "spørgsmål",
    "questions": "spørgsmål",
    "answer": "svar",
    "advice": "råd",
    "tip": "råd tip",
    "tips": "råd tips",
    "step": "trin",
    "steps": "trin",
    "problem": "problem",
    "problems": "problemer",
    "challenge": "udfordring",
    "challenges": "udfordringer",
    "solution": "løsning",
    "solutions": "løsninger",
    "risk": "risiko",
    "risks": "risici",
    "fear": "frygt",
    "opportunity": "mulighed",
    "opportunities": "muligheder",
    "potential": "potentiale",
    "vision": "vision",
    "sustainable": "bæredygtig",
    "sustainability": "bæredygtighed",
    # time and numbers
    "year": "år",
    "years": "år",
    "month": "måned",
    "months": "måneder",
    "week": "uge",
    "weeks": "uger",
    "day": "dag",
    "days": "dage",
    "hour": "time",
    "minute": "minut",
    "morning": "morgen formiddag",
    "afternoon": "eftermiddag",
    "evening": "aften",
    "monday": "mandag",
    "tuesday": "tirsdag",
    "wednesday": "onsdag",
    "thursday": "torsdag",
    "friday": "fredag",
    "spring": "forår",
    "summer": "sommer",
    "autumn": "efterår",
    "fall": "efterår",
    "winter": "vinter",
    "january": "januar",
    "february": "februar",
    "march": "marts",
    "april": "april",
    "may": "maj",
    "june": "juni",
    "july": "juli",
    "august": "august",
    "september": "september",
    "october": "oktober",
    "november": "november",
    "december": "december",
    "one": "en et",
    "two": "to",
    "three": "tre",
    "four": "fire",
    "five": "fem",
    "six": "seks",
    "seven": "syv",
    "eight": "otte",
    "nine": "ni",
    "ten": "ti",
    "twelve": "tolv",
    "half": "halv halvdelen",
    "average": "gennemsnit",
    "percent": "procent",
    "per cent": "procent",
    "share": "andel",
    "number": "antal",
    "how many": "hvor mange",
    "how long": "hvor lang",
    "first": "første",
    "last": "sidste",
    "new": "ny nye",
    "old": "gammel",
    "young": "ung unge",
    "small": "lille små",
    "large": "stor store",
    "big": "stor store",
    "important": "vigtig vigtigste",
    "most important": "vigtigste",
    "best": "bedste",
    "worst": "værste",
}

_TOKEN = re.compile(r"[a-zæøå0-9][a-zæøå0-9\-']*")
# English function words (bm25s' list, NLTK's) plus question words it lacks: dropped from an
# English question before the lexical rankers see it.
EN_STOPWORDS = frozenset(STOPWORDS_EN_PLUS) | frozenset(
    [
        "according",
        "also",
        "could",
        "would",
        "many",
        "much",
        "however",
        "whether",
        "yet",
        "ever",
        "still",
        "since",
        "get",
        "got",
        "give",
        "given",
        "say",
        "says",
        "said",
        "tell",
        "told",
    ]
)
_DA_STOP = frozenset(STOPWORDS_DANISH) | frozenset(
    [
        "hvad",
        "hvordan",
        "hvem",
        "hvor",
        "hvilke",
        "hvilken",
        "hvilket",
        "hvornår",
        "hvorfor",
        "kan",
        "skal",
        "ifølge",
        "bladet",
    ]
)
_EN_ONLY = (EN_STOPWORDS | EN_FUNCTION_WORDS) - _DA_STOP - {"a", "o", "s", "t", "d", "m", "y", "ma"}
_DA_ONLY = _DA_STOP - EN_STOPWORDS - EN_FUNCTION_WORDS


def looks_english(text: str) -> bool:
    """A language guess from function words (English and Danish stopword lists; words that are
    function words in both languages, like 'i', 'under', 'over', do not count)."""
    words = re.findall(r"[a-zæøå']+", text.lower())
    en = sum(w in _EN_ONLY for w in words)
    da = sum(w in _DA_ONLY for w in words)
    return en > da and (en >= 2 or da == 0)


@lru_cache(maxsize=1)
def _phrase_table() -> tuple[dict[tuple[str, ...], str], int]:
    table = {tuple(k.split()): v for k, v in EN_DA.items()}
    return table, max(len(k) for k in table)


# (round 24) An inflected English word the map lacks is looked up by its base form: "printed" → "print",
# "signing" → "sign", "studies" → "study", "stopped" → "stop". Switched off only to measure it.
ENGLISH_BASES = True


def _english_bases(tok: str) -> list[str]:
    """Candidate base forms of an inflected English word, most likely first."""
    out: list[str] = []
    if len(tok) <= 4:
        return out
    if tok.endswith(("ies", "ied")):
        out.append(tok[:-3] + "y")
    if tok.endswith("ing"):
        out += [tok[:-3], tok[:-3] + "e"]
        if len(tok) > 5 and tok[-4] == tok[-5]:
            out.append(tok[:-4])
    if tok.endswith("ed"):
        out += [tok[:-2], tok[:-1]]
        if len(tok) > 4 and tok[-3] == tok[-4]:
            out.append(tok[:-3])
    if tok.endswith("es"):
        out.append(tok[:-2])
    if tok.endswith("s") and not tok.endswith("ss"):
        out.append(tok[:-1])
    return out


@lru_cache(maxsize=1024)
def _aligned(text: str) -> list[tuple[str, str]]:
    """(English token, Danish equivalents of the phrase it belongs to or '') for every token;
    the longest phrase wins ("head of office" over "head" and "office")."""
    table, longest = _phrase_table()
    tokens = _TOKEN.findall(re.sub(r"['’]s\b", "", text.lower()))
    found: list[str] = [""] * len(tokens)
    i = 0
    while i < len(tokens):
        for n in range(min(longest, len(tokens) - i), 0, -1):
            value = table.get(tuple(tokens[i : i + n]))
            if value:
                for j in range(i, i + n):
                    found[j] = value
                i += n
                break
        else:
            if ENGLISH_BASES:
                base = next((table[(b,)] for b in _english_bases(tokens[i]) if (b,) in table), "")
                found[i] = base
            i += 1
    return list(zip(tokens, found, strict=True))


def danish_equivalents(text: str) -> str:
    """The Danish words for the English words and phrases of `text` (space separated, may be '')."""
    out: list[str] = []
    for _, value in _aligned(text):
        if value and (not out or out[-1] != value):
            out.append(value)
    return " ".join(out)


# Switched off only to measure what the synonyms add (docs/retrieval.md, round 10).
DANISH_SYNONYMS = True


@lru_cache(maxsize=1)
def _danish_synonyms() -> dict[str, frozenset[str]]:
    """Danish words that translate the same single English word in the map are synonyms for the
    shares: "staff" → medarbejdere / personale / ansatte, so a question's "ansatte" is found on a
    page that says "medarbejdere". Phrases are left out: their Danish words are parts, not
    alternatives ("new employee" → "nyansat medarbejder")."""
    out: dict[str, set[str]] = {}
    for key, value in EN_DA.items():
        words = value.split()
        if " " in key or len(words) < 2:
            continue
        for w in words:
            out.setdefault(w, set()).update(x for x in words if x != w)
    return {w: frozenset(v) for w, v in out.items()}


def concepts(text: str, english: bool | None = None) -> list[tuple[str, ...]]:
    """The question's content words as alternatives: a Danish word comes with its synonyms in the
    word map (see `_danish_synonyms`); an English word with its Danish equivalents (a concept is
    found when any alternative is)."""
    if english is None:
        english = looks_english(text)
    if not english:
        # "KLs" (KL's) is the acronym KL in the genitive
        text = re.sub(r"\b([A-ZÆØÅ]{2,6})s\b", r"\1", text)
        syn = _danish_synonyms() if DANISH_SYNONYMS else {}
        return [(w, *sorted(syn.get(w, ()))) for w in re.findall(r"\w+", text.lower())]
    # (round 17) a plural possessive is the plural, as "'s" is stripped already: "the leaders' book"
    text = re.sub(r"(?<=s)['’](?=\s|$|[,.?!;:])", "", text)
    return [(tok, *value.split()) for tok, value in _aligned(text) if tok not in EN_STOPWORDS]


def lexical_query(text: str, english: bool | None = None) -> str:
    """The query text for the lexical rankers: a Danish question as it is; an English one without
    its function words and with the Danish equivalents of its words appended."""
    if english is None:
        english = looks_english(text)
    if not english:
        return text
    content = [t for t in _TOKEN.findall(re.sub(r"['’]s\b", "", text.lower())) if t not in EN_STOPWORDS]
    extra = danish_equivalents(text)
    return " ".join(content + ([extra] if extra else []))
