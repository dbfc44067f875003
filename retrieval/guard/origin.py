"""Ethnic or national origin said about someone, found with maintained vocabulary.

Origin is GDPR art. 9 data ("racial or ethnic origin") when said about an identifiable person.
People say it in many ways, so this module models the *frames* and takes the *words* from data
(retrieval/data/origins.tsv, built by scripts/build_guard_origins.py from CLDR via babel,
countryinfo and the Danish dictionary):

* a demonym noun: "er serber", "den nye vikar er bosnier", "is a Turk";
* a nationality adjective as a predicate or an origin noun's modifier: "er halvt thailandsk",
  "har marokkanske forældre", "af tyrkisk afstamning", "is Polish", "ethnically Chinese",
  "of Somali descent", "Lebanese-born", "a Nigerian father";
* a country or world region after an origin verb: "er fra Ghana", "voksede op i Irak",
  "adopteret fra Korea", "har en far fra Ghana", "grew up in Sri Lanka", "moved here from
  Bosnia", "born in Vietnam".

Danish/Denmark are not in the data (see the build script). Whether the origin is said *about
someone identifiable* is the rule's business (rule.py); this module only finds the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from .lexicon import DATA_DIR, lexicon
from .patterns import is_role

__all__ = ["is_origin_word", "origin_spans"]


@dataclass(frozen=True)
class _Origins:
    countries: frozenset[str]  # lower case, Danish and English, multi-word allowed
    cities: frozenset[str]  # foreign cities and Greenland/Faroe towns, lower case
    adj_da: frozenset[str]
    noun_da: frozenset[str]
    adj_en: frozenset[str]  # as written ("Polish", "Sri Lankan")
    noun_en: frozenset[str]
    max_country_words: int


@cache
def _origins() -> _Origins:
    kinds: dict[str, set[str]] = {k: set() for k in ("country", "city", "adj_da", "noun_da", "adj_en", "noun_en")}
    path = DATA_DIR / "origins.tsv"
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RuntimeError(f"guard: data file missing: {path} (run scripts/build_guard_origins.py)") from exc
    for line in raw.splitlines():
        if not line or line.startswith("#"):
            continue
        word, _, kind = line.partition("\t")
        kinds[kind.strip()].add(word)
    for line in (DATA_DIR / "countries.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and line not in ("danmark", "denmark"):
            kinds["country"].add(line)
    return _Origins(
        countries=frozenset(kinds["country"]),
        cities=frozenset(kinds["city"]),
        adj_da=frozenset(kinds["adj_da"]),
        noun_da=frozenset(kinds["noun_da"]),
        adj_en=frozenset(kinds["adj_en"]),
        noun_en=frozenset(kinds["noun_en"]),
        max_country_words=max(len(c.split()) for c in kinds["country"] | kinds["city"]),
    )


def is_origin_word(lower: str) -> bool:
    """A demonym, nationality adjective or country name: never a person's name by itself
    ("Greenlandic employees", "Somali", "Brasilianeren")."""
    o = _origins()
    return (
        lower in o.countries
        or _da_adj(lower, o.adj_da)
        or _da_noun(lower, o.noun_da)
        or lower.capitalize() in o.adj_en
        or lower.capitalize() in o.noun_en
    )


_DA_INFL = ("erne", "ernes", "eren", "erens", "ere", "ene", "en", "ens", "ne", "nes", "e", "s", "er")


def _da_noun(word: str, nouns: frozenset[str]) -> bool:
    if word in nouns:
        return True
    for infl in _DA_INFL:
        stem = word[: -len(infl)]
        # (round 20, writer AX) "-ne" is the definite plural of a noun in -er ("irerne") only:
        # "Irene" is no "ire" + "ne"
        if word.endswith(infl) and stem in nouns and (infl not in ("ne", "nes") or stem.endswith("er")):
            return True
    # "polakker", "polakken": a doubled final consonant before the ending
    return any(word.endswith(infl) and word[: -len(infl)] in nouns for infl in ("ker", "kerne", "ken", "kens"))


def _da_adj(word: str, adjs: frozenset[str]) -> bool:
    return word in adjs or (word.endswith("e") and word[:-1] in adjs)


# Danish: a predicate ("er (halvt) X"), with optional hedges between.
_DA_PRED = re.compile(
    r"\b(?:er|var|bliver|blev|som|være)\s+(?:(?:halvt?|halv|delvist?|oprindeligt?|etnisk|født|selv|også|"
    r"jo|faktisk|ikke|en|et)\s+)*(?P<w>[a-zæøå][a-zæøå-]+)\b"
)
# Danish: an origin noun modified by the adjective ("marokkanske forældre", "iranske rødder").
_DA_ATTR = re.compile(
    r"\b(?P<w>[a-zæøå][a-zæøå-]+)\s+(?:forældre|rødder|afstamning|herkomst|oprindelse|baggrund|"
    r"familie|slægt|aner|far|mor|fader|moder|statsborger\w*|pas|indvandrer\w*|flygtning\w*|mand|kvinde|accent|dialekt|"
    r"fyr|pige|dreng|dame)\b"
)
_DA_BORN = re.compile(r"\b(?P<w>[a-zæøå][a-zæøå]+?)-?fødte?\b")
# Danish origin phrases that take a country: "er (oprindeligt) fra", "kom hertil fra",
# "flygtede fra", "adopteret fra", "født og opvokset i", "har en far fra".
_DA_ORIGIN = re.compile(
    r"(?i:\b(?:er|var|kommer|stammer|stammede)\s+(?:oprindeligt?\s+|egentlig\s+|selv\s+)?fra"
    r"|\bkom\s+(?:hertil|hit|til danmark|til landet|som \w+)(?:\s+\w+){0,3}?\s+fra"
    r"|\b(?:flygtede|flygtet|flygtning|immigrerede|immigreret|indvandrede|indvandret|adopteret|"
    r"adopterede|udvandrede)(?:\s+\w+){0,3}?\s+fra"
    r"|\b(?:født|opvokset|vokset op|voksede op)(?:\s+\w+){0,3}?\s+(?:i|på)"
    r"|\b(?:far|faren|mor|moren|forældre|forældrene|familie|familien|rødder|slægt|bedsteforældre)"
    r"(?:\s+\w+){0,3}?\s+(?:fra|i))\s+(?=[A-ZÆØÅ])"
)
_EN_LOWER_HOMOGRAPHS = frozenset(["polish", "china", "turkey", "chad", "guinea", "jersey", "jordan", "georgia"])
_EN_PRED_LOWER = re.compile(
    r"\b(?:is|was|are|were|'s|’s|being)\s+(?:(?:half|part|partly|originally|ethnically|also|"
    r"actually|an?|not)[- ])*(?P<w>[a-z]{4,})\b"
)
# English: predicate, modifier, "of X descent", "X-born".
_EN_PRED = re.compile(
    r"\b(?:is|was|are|were|'s|’s|being|be)\s+(?:(?:half|part|partly|originally|ethnically|also|"
    r"actually|of|an?|not)[- ])*(?P<w>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b"
)
_EN_ATTR = re.compile(
    r"\b(?P<w>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ -](?:parents?|father|mother|dad|mum|mom|roots|"
    r"heritage|family|citizen|national|passport|ancestry|descent|origin|background|man|woman|"
    r"guy|lady|girl|boy|born|immigrant|refugee|accent|dialect)\b"
)
_EN_ORIGIN = re.compile(
    r"(?i:\b(?:is|was|are|comes|come|came)\s+(?:originally\s+|actually\s+)?from"
    r"|\b(?:came|moved|fled|emigrated|immigrated)\s+(?:here\s+|to denmark\s+|to this country\s+)?"
    r"(?:\w+\s+){0,2}?from"
    r"|\b(?:born|raised|grew up|grown up)(?:\s+\w+){0,3}?\s+in"
    r"|\badopted\s+from"
    r"|\b(?:father|mother|dad|mum|mom|parents|family|roots|grandparents)(?:\s+\w+){0,3}?\s+(?:from|in))"
    r"\s+(?=[A-Z])"
)
_NAME_FROM = re.compile(
    r"(?<![.!?] )(?<!^)\b[A-ZÆØÅ][a-zæøåé]+ (?:fra|from) (?=[A-ZÆØÅ])|^[A-ZÆØÅ][a-zæøåé]+ (?:fra|from) (?=[A-ZÆØÅ])"
)
# (round 13, writer AD) A person noun or description, then a foreign country: "Hende den nye fra
# Eritrea", "vikaren fra Polen", "the new guy from Syria" — where the person is from.
_PERSON_FROM = re.compile(
    r"(?i:\b(?:(?:hende|ham) )?(?:den|det) nye|\bthe new (?:guy|girl|woman|man|lady|one|[\w-]+)|\b(?:kollega|medarbejder|vikar|"
    r"kollegaen|medarbejderen|vikaren|manden|kvinden|fyren|damen|pigen|drengen|colleague|employee|temp|worker)|"
    r"\bthe (?:guy|woman|man|lady|girl|boy))\s+(?:fra|from)\s+(?=[A-ZÆØÅ])"
)
# Skin colour said of someone.
_SKIN = re.compile(
    r"hudfarve|skin colou?r|(?:dark|brown|black)-skinned|\b(?:mørk|brun|sort) i huden|"
    r"\b(?:hans|hendes|his|her) (?:hud|skin)\b(?! ?(?:problem|sygdom|condition|rash|eksem|cancer|kræft))|"
    r"\b(?:er|is) (?:sort|brun|black|brown)\b(?! (?:\w+ )?(?:bil|car|jakke|jacket|hår|hair))",
    re.IGNORECASE,
)


_ATTR_ROLE_NAME = re.compile(r"\b(?P<w>[A-Za-zæøåÆØÅ]{4,})\s+(?P<role>[a-zæøå-]{3,})\s+(?=[A-ZÆØÅ][a-zæøå]+\b)")


def _country_at(text: str, start: int, origins: _Origins, cities: bool = True) -> int | None:
    """End offset of the longest country (or foreign city) name starting at `start`."""
    words = re.findall(r"[\w’'&-]+", text[start : start + 60])
    for n in range(min(origins.max_country_words, len(words)), 0, -1):
        cand = " ".join(words[:n]).lower()
        if cand in origins.countries or (cities and cand in origins.cities):
            idx = start
            for w in words[:n]:
                idx = text.index(w, idx) + len(w)
            return idx
    return None


# (round 13, red team) A language someone speaks or translates into is a skill, not an origin:
# "taler både somali og arabisk", "har oversat pjecen til tyrkisk og arabisk", "speaks Polish".
_LANGUAGE_USE = re.compile(
    r"\b(?:taler|snakker|speaks?|speaking|spoke|oversat\w*|oversætte\w*|translat\w*|tolk\w*|interpret\w*|underviser i|teaches)"
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:til|into|i|in|på)?\s*(?:(?:både|flydende|fluent|both|også|also|lidt|some)\s+)?"
    r"(?:[\w-]+\s+(?:og|and|eller|or)\s+)?$",
    re.IGNORECASE,
)


def origin_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each phrase that states someone's ethnic or national origin (not a language
    someone speaks or translates into)."""
    for start, end in _origin_spans(text):
        if not _LANGUAGE_USE.search(text[max(0, start - 60) : start]):
            yield start, end


def _origin_spans(text: str) -> Iterator[tuple[int, int]]:
    o = _origins()
    lower = text.lower()
    for m in _DA_PRED.finditer(lower):
        w = m.group("w")
        if _da_adj(w, o.adj_da) or _da_noun(w, o.noun_da):
            yield m.start(), m.end()
    for m in _DA_ATTR.finditer(lower):
        if _da_adj(m.group("w"), o.adj_da):
            yield m.start(), m.end()
    for m in _DA_BORN.finditer(lower):
        if _da_adj(m.group("w"), o.adj_da) or m.group("w") in o.countries:
            yield m.start(), m.end()
    lex = lexicon()
    for m in re.finditer(r"[a-zæøå]+", lower):
        w = m.group(0)
        # "tjekker" is also the present tense of "tjekke": a bare word that is a verb form
        # counts only in the predicate and attribute forms above ("er tjekker")
        if len(w) >= 4 and _da_noun(w, o.noun_da) and not (w.endswith("er") and lex.is_ordinary(w[:-1])):
            yield m.start(), m.end()
    for m in _EN_PRED.finditer(text):
        w = m.group("w")
        if w in o.adj_en or w in o.noun_en or w.split()[0] in o.adj_en:
            yield m.start(), m.end()
    # Chat is often typed in lower case ("dragan is serbian"): a lower-case demonym counts
    # unless, in lower case, it is first an everyday English word ("is polish" = shiny).
    for m in _EN_PRED_LOWER.finditer(text):
        w = m.group("w")
        if (w.capitalize() in o.adj_en or w.capitalize() in o.noun_en) and w not in _EN_LOWER_HOMOGRAPHS:
            yield m.start(), m.end()
    for m in _EN_ATTR.finditer(text):
        w = m.group("w")
        if w in o.adj_en or w.split()[-1] in o.adj_en:
            yield m.start(), m.end()
    for m in re.finditer(
        r"\bethnically (\w+)|\b(?:of|with) (\w+(?: \w+)?) (?:descent|origin|heritage|"
        r"background|extraction|ancestry)\b",
        text,
        re.IGNORECASE,
    ):
        w = m.group(1) or m.group(2) or ""
        if w in o.adj_en or w.capitalize() in o.adj_en or w.split()[-1] in o.adj_en:
            yield m.start(), m.end()
    for rx in (_DA_ORIGIN, _EN_ORIGIN):
        for m in rx.finditer(text):
            end = _country_at(text, m.end(), o)
            if end is not None:
                yield m.start(), end
    # "Aputsiaq fra Nuuk", "Dragan from Belgrade": a capitalised word (a name) followed by a
    # foreign country or city — where the person is from.
    for m in _NAME_FROM.finditer(text):
        end = _country_at(text, m.end(), o)
        if end is not None:
            yield m.start(), end
    for m in _PERSON_FROM.finditer(text):
        end = _country_at(text, m.end(), o, cities=False)
        if end is not None:
            yield m.start(), end
    for m in _SKIN.finditer(text):
        yield m.start(), m.end()
    # (round 30, writer CK) a nationality adjective on a role right before a name: "vores grønlandske kursist Nivi", "Our
    # Polish cleaner Agnieszka" (not a group: "vores ukrainske kursister har …")
    for m in _ATTR_ROLE_NAME.finditer(text):
        w, role = m.group("w"), m.group("role").lower()
        if is_role(role) and (_da_adj(w.lower(), o.adj_da) or w in o.adj_en):
            yield m.start(), m.end("role")
