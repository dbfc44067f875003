"""A same-sex couple named by first names: sexual orientation said without any keyword.

"Torkild fra biblioteket og hans kæreste Mads skal giftes", "Ann-Britt bor sammen med sin kæreste
Lone", "Dan and his husband-to-be Omar": two people linked as partners whose first names are of
the same gender (gender-guesser's data, flags m/f in names.tsv; Danish column first). Partners
are linked by a possessive partner noun right before the second name ("hans kæreste Mads", "her
partner Joanna") or by "X og Y" followed by a couple predicate ("er kærester", "skal giftes",
"are dating", "got engaged"). Names of unknown or mixed gender never count.
"""

from __future__ import annotations

import itertools
import re

from .context import Mention
from .lexicon import lexicon

__all__ = ["same_sex_couple"]

_PARTNER_BEFORE = re.compile(
    r"\b(?:sin|sit|hans|hendes|deres|his|her|their)\s+(?:\w+\s+)?(?:kæreste|partner|mand|kone|hustru|"
    r"ægtefælle|samlever|forlovede|husband|wife|boyfriend|girlfriend|fiancée?|spouse|husband-to-be|"
    r"wife-to-be)\s*,?\s*$",
    re.IGNORECASE,
)
# (round 25, red team r27 a) … or by a verb of marrying, dating or moving in with the second: "Mikkel fra IT skal giftes med
# Anders", "Rasmus er flyttet sammen med Steffen" (living together alone may be flatmates)
_COUPLE_VERB_BEFORE = re.compile(
    r"\b(?:giftes med|gift med|gifter sig med|kæreste med|dater|flyttet sammen med|flytter sammen med|forlovet med|"
    r"marrying|married to|getting married to|got married to|dating|engaged to|moved in with|moving in with)\s+$",
    re.IGNORECASE,
)
# (round 29, red team r36 a) … also with where the first works between: "Sarah from payroll and Jess from IT …"
_AND = re.compile(r"^\s*(?:(?:from|fra|in|i|på|at)\s+(?:the\s+)?[\w-]+\s+)?(?:og|and|&)\s*$", re.IGNORECASE)
_COUPLE_AFTER = re.compile(
    # (round 26, red team r30 a) also after where they work, and marrying each other or a baby together: "Mikkel and
    # Anders from IT are getting married to each other", "Sara og Maja fra dagplejen har fået en baby sammen"
    r"^[\s,]*(?:(?:from|fra|in|i|på|on|at)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?[\s,]+)?"
    # (round 29, red team r36 a) … and a second predicate: "have just bought a house together and got engaged"
    r"(?:[^.?!]{0,50}\b(?:and|og) (?:got|have got|has got|blev|er blevet|har) (?:engaged|forlovet|married|gift)\b|"
    r"(?:er|is|are|skal|har|have|has|got|blev|bliver|were|was)\s+(?:\w+\s+){0,2}?(?:kærester|gift|giftes|"
    r"married|marry|dating|a couple|together|samlevende|forlovede|forlovet|engaged|partnere|partners|"
    r"flyttet sammen|moved in together|marrying each other|getting married|fået (?:en baby|et barn|børn) sammen|"
    r"(?:had|having) a (?:baby|child) together))\b",
    re.IGNORECASE,
)


def _gender(text: str, m: Mention) -> str:
    first = re.split(r"[\s'’]", text[m.start : m.end])[0].lower().split("-")[0]
    flags = lexicon().flags(first)
    if "F" not in flags:
        return ""
    return "m" if "m" in flags else "f" if "f" in flags else ""


# A partner named by a gendered noun: "har fundet sammen med en fyr", "is dating a woman".
_PARTNER_NOUN = re.compile(
    r"\b(?:fundet sammen med|kæreste med|dater|dating|is seeing|got together with|in a relationship with|"
    r"married to|gift med|forelsket i|in love with|flyttet sammen med|moved in with)\s+(?:en|a|an)\s+"
    r"(?:(?:\w+)\s+)?(?P<noun>fyr|mand|guy|man|kvinde|pige|woman|girl|dame|lady)\b",
    re.IGNORECASE,
)
# (round 13, writer AD) A partner word of the person's own gender right after them: "Emma from the
# night team has a girlfriend who …", "Jonas … and his husband".
_GENDERED_PARTNER = re.compile(
    r"\b(?:has|had|have|with|and) (?:a|her|his) (?P<noun>girlfriend|boyfriend|wife|husband)\b|"
    # (round 22, red team r23 a) … in Danish: "Peter fra teknik kom med sin mand til sommerfesten"
    r"\b(?:med|og|har) (?:sin|hans|hendes) (?P<da>mand|kone|hustru)\b",
    re.IGNORECASE,
)
_PARTNER_GENDER = {
    "girlfriend": "f",
    "boyfriend": "m",
    "wife": "f",
    "husband": "m",
    "mand": "m",
    "kone": "f",
    "hustru": "f",
}
_NOUN_GENDER = {"fyr": "m", "mand": "m", "guy": "m", "man": "m", "kvinde": "f", "pige": "f", "woman": "f",
                "girl": "f", "dame": "f", "lady": "f"}  # fmt: skip


# (round 30, writer CI) A later sentence about the person by a pronoun, whose partner noun has the pronoun's gender:
# "Jeg har en dagplejer, Birgit Lauesen. Hun lever sammen med en kvinde", "Tom is new. He and his husband moved here".
_PRONOUN_PARTNER = re.compile(
    r"[.!?]\s+(?P<pron>hun|she|han|he)\b(?:\s+(?:og|and)\s+(?:hendes|hans|her|his)\s+(?P<own>kone|hustru|mand|wife|husband)\b|"
    r"[^.!?]{0,30}?\b(?:lever sammen med|lives together with|fundet sammen med|kæreste med|dater|is dating|is seeing|"
    r"in a relationship with|married to|gift med|flyttet sammen med|moved in with)\s+(?:en|a|an)\s+(?:(?:\w+)\s+)?"
    r"(?P<noun>fyr|mand|guy|man|kvinde|pige|woman|girl|dame|lady)\b)",
    re.IGNORECASE,
)
_PRONOUN_GENDER = {"hun": "f", "she": "f", "han": "m", "he": "m"}
# (round 30, red team r38 a) A partner named after a partner noun whose owner's gender is known from a gendered possessive
# ("hendes forlovede Camilla"), from a pronoun or a named person earlier in the sentence ("Han flytter ind sammen med sin
# kæreste Anders"), also through a naming clause ("Poul har en kæreste, der hedder Mikkel").
_PARTNER_INTRO = re.compile(
    r"\b(?P<poss>sin|sit|hans|hendes|his|her|their|deres|en|a)\s+(?:\w+\s+)?(?:kæreste|partner|forlovede|samlever|fiancée?|"
    r"boyfriend|girlfriend|husband|wife|mand|kone|hustru)\s*,?\s*(?:(?:der|som|who|that)\s+(?:hedder|is called|is named|named)\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE_GENDER = {"hans": "m", "his": "m", "hendes": "f", "her": "f"}


def _owner_gender(text: str, people: list[Mention], intro_start: int, poss: str) -> str:
    """The gender of the partner noun's owner: its possessive's, else the nearest pronoun or person before it in the sentence."""
    if poss.lower() in _POSSESSIVE_GENDER:
        return _POSSESSIVE_GENDER[poss.lower()]
    sentence_start = max((m.end() for m in re.finditer(r"[.!?]\s", text[:intro_start])), default=0)
    pron = list(re.finditer(r"\b(han|hun|he|she)\b", text[sentence_start:intro_start], re.IGNORECASE))
    person = [m for m in people if sentence_start <= m.start and m.end <= intro_start]
    if pron and (not person or sentence_start + pron[-1].start() > person[-1].start):
        return _PRONOUN_GENDER[pron[-1].group(1).lower()]
    return _gender(text, person[-1]) if person else ""


def same_sex_couple(text: str, mentions: list[Mention]) -> bool:
    """Whether two private people of the same (known) gender are linked as partners, or one is
    said to be with a partner named by a noun of the same gender (after their name or, in the
    next sentence, after a pronoun for them)."""
    people = sorted((m for m in mentions if not m.public), key=lambda m: m.start)
    if re.search(
        r"\b(?:hver (?:deres|sin|sit)|each (?:of them )?(?:their|his|her) own|respective)\b", text, re.IGNORECASE
    ):
        return False  # (round 30, red team r39 a) "Anne og Sofie er blevet gift med hver deres kæreste": two couples
    if people:
        nxt = _PRONOUN_PARTNER.search(text, people[0].end, people[0].end + 200)
        if nxt and not re.search(r"[.!?]", text[people[0].end : nxt.start()]):
            partner = (nxt.group("own") or nxt.group("noun")).lower()
            if _PRONOUN_GENDER[nxt.group("pron").lower()] == {**_PARTNER_GENDER, **_NOUN_GENDER}.get(partner):
                return True
    for b in people:
        intro = _PARTNER_INTRO.search(text[max(0, b.start - 70) : b.start])
        if intro:
            intro_start = max(0, b.start - 70) + intro.start()
            gb = _gender(text, b)
            if gb and gb == _owner_gender(text, people, intro_start, intro.group("poss")):
                return True
    for m in people:
        after = text[m.end : m.end + 80]
        pn = _PARTNER_NOUN.search(after)
        if (
            pn
            and not re.search(r"[.!?]", after[: pn.start()])
            and _gender(text, m) == _NOUN_GENDER[pn.group("noun").lower()]
        ):
            return True
        gp = _GENDERED_PARTNER.search(after)
        if gp and not re.search(r"[.!?]", after[: gp.start()]):
            g = _gender(text, m)
            if g and g == _PARTNER_GENDER[(gp.group("noun") or gp.group("da")).lower()]:
                return True
    for a, b in itertools.pairwise(people):
        gap = text[a.end : b.start]
        if re.search(r"[.!?]", gap):
            continue
        linked = (
            bool(_PARTNER_BEFORE.search(gap))
            or bool(_COUPLE_VERB_BEFORE.search(gap))
            or (bool(_AND.match(gap)) and bool(_COUPLE_AFTER.match(text[b.end : b.end + 80])))
        )
        if linked:
            ga, gb = _gender(text, a), _gender(text, b)
            if ga and ga == gb:
                return True
    return False
