"""The context a person rule looks at around a word: roles before it, workplaces, appositions,
kinship nouns and verbs after it, and what the name data says about the word itself.

`Context` is the base of the person finder (people.py); the special detectors (initials, unique
roles, nicknames, things named like people) are in roles.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, lexicon
from .origin import is_origin_word
from .patterns import (
    DEFINITE_RE,
    ROLE_RE,
    TOPONYM,
    UNIT_RE,
    WORKPLACE_DET,
    WORKPLACE_PREP,
    is_org,
    is_role,
)
from .tokens import Tok, tokenize
from .wordsets import (
    BELIEFS,
    GROUP,
    NAMING,
    NOT_WORKPLACE,
    OBJECT_PRONOUNS,
    PERSON_VERBS,
    STOP,
)

__all__ = ["COPULA", "KIN", "Context", "Mention", "compound_min_part"]

# Kinship and partner nouns: after a possessive they make the word before a person's name.
KIN = re.compile(
    r"^(?:son|sons|daughter|daughters|mum|mom|mother|dad|father|husband|wife|partner|kids|children|child|"
    r"boy|girl|brother|sister|family|parents|ex|boyfriend|girlfriend|fiancé|fiancée|baby|"
    r"søn|sønner|datter|døtre|mor|far|mand|kone|hustru|ægtefælle|børn|barn|forældre|familie|bror|søster|"
    r"kæreste|baby|ekskone|eksmand|svigermor|svigerfar|svigersøn|svigerdatter|spouse)$"
)
# Verbs only a person is the subject of: a place-name at a sentence start followed by one of
# them is a person's name ("Edina bor på krisecenter …"), while "Aarhus har …" stays a place.
PERSON_ONLY_VERBS = frozenset(
    "bor boede arbejder arbejdede fortæller fortalte siger sagde græder drikker føler mener synes tror "
    "ringede spurgte skrev lives lived works worked told says said feels cries drinks asked wrote".split()
)
# Colour and other adjectives that are also surnames ("Black", "White", "Brown") after a copula
# are predicates, not names ("a staff member who is Black").
COPULA = frozenset("is are was were er var 's".split())


# Verbs of thinking or saying: the word after them (or after their "at"/"that") opens a clause.
_CLAUSE_VERBS = frozenset(
    "tror synes mener hørt hører ved siger sagde fortalte think thinks heard hear believe believes says said "
    "told know knows".split()
)


# Days, months and other time words: "fra mandag", "fra januar", "fra nu" name no unit.
_TIME_WORD = re.compile(
    r"^(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|januar|februar|marts|april|maj|juni|juli|august|"
    r"september|oktober|november|december|nu|start|starten|begyndelsen|dag|morgen|i dag|næste|sidste|nytår|jul|"
    r"påske|sommer|vinter|forår|efterår|år|uge|måned)\w*$"
)


# Danish function words: in such a message "at" is the complementiser or infinitive marker, no place
_DANISH_CLAUSE = re.compile(
    r"\b(?:og|det|er|har|jeg|vi|ikke|hvad|hvilke[nt]?|der|som|af|på|til|med|sig)\b", re.IGNORECASE
)


# (round 27, red team r33 a) verbs in the plural after "who": an organisation ("Barnardo's, who work with …"), not a person
_PLURAL_VERBS = frozenset(
    "are were have do work support house help provide offer run serve care fund raise campaign".split()
)


def compound_min_part(base: str) -> int:
    """(round 29, writer CE) The shortest part a compound split of `base` may have: a word of up to seven letters split
    into two short words is no compound ("Wiremu" is not "wir" + "emu", "Gloire" not "glo" + "ire") — unless it ends
    like a Danish place name ("Solhøj", "Egebo"), whose parts are short words."""
    return 4 if len(base) <= 7 and not TOPONYM.search(base) else 3


@dataclass(frozen=True)
class Mention:
    """A reference to a person: character span and whether it is a public person."""

    start: int
    end: int
    public: bool


# (round 9) Pet suffixes joined to a first name: "Ditte-mus", "Jens-skat", "Lone-pigen".
_PET_SUFFIX = frozenset("mus skat pus basse pigen drengen ven mor far".split())


class Context:
    """A normalised message as tokens, with the context tests every person rule uses."""

    def __init__(self, text: str, public_names: frozenset[str]) -> None:
        self.text = text
        self.toks = tokenize(text)
        self.lex: Lexicon = lexicon()
        self.public_names = public_names

    # --- context -------------------------------------------------------------------------
    def gap(self, a: int, b: int) -> str:
        """The characters between token a and token b."""
        return self.text[self.toks[a].end : self.toks[b].start]

    def role_before(self, i: int) -> bool:
        """A role noun, "hedder" or a title right before token i."""
        if i == 0:
            return False
        if self.gap(i - 1, i).strip(" ,") != "":
            return False
        prev = self.toks[i - 1]
        if prev.base in NAMING:
            return True
        if prev.title and not prev.initial and self.is_known_name(prev):
            return False  # "Karen Frost": a first name before, not a role
        return is_role(prev.lower)

    def workplace_after(self, j: int, strict: bool = False) -> bool:
        """A unit or workplace phrase starting right after token j ("i kantinen", "fra løn",
        "on my team", "på 2. sal"). `strict` leaves out the loose English reading ("in
        facilities"), for words that are not capitalised."""
        k = j + 1
        if k >= len(self.toks) or self.gap(j, k).strip(" ,(") != "":
            return False
        return self.workplace_at(k, strict)

    def workplace_at(self, k: int, strict: bool = False) -> bool:
        """A workplace phrase starting with the preposition at token k (see workplace_after)."""
        toks, text = self.toks, self.text
        if k >= len(toks) or toks[k].lower not in WORKPLACE_PREP:
            return False
        rest = text[toks[k].end : toks[k].end + 12]
        if re.match(r" \d\. ?(?:sal|th|tv|etage|floor)", rest):
            return True
        if re.match(r" (?:stue|gruppe|afsnit|hold|ward|room|team|klasse) \d", rest):
            return True  # (round 27, writer BZ) "Lykke på stue 2", "Ama on ward 4": a numbered unit
        k += 1
        if k < len(toks) and toks[k].lower in WORKPLACE_DET:
            if toks[k].lower in ("min", "mit", "vores", "my", "our") and k + 1 < len(toks):
                return True  # "på mit team", "on my team", "i vores køkken"
            k += 1
        # (round 24, writer BL) a compound written with an abbreviation names the unit by its last part:
        # "fra ph.d.-administrationen", "på a.m.-holdet"
        while k + 1 < len(toks) and re.fullmatch(r"\.-?|\.?-", self.gap(k, k + 1)) and len(toks[k].lower) <= 3:
            k += 1
        # (round 29, writer CE) a suspended compound names the unit by the last part: "i pas- og kørekortafdelingen"
        while k + 2 < len(toks) and self.gap(k, k + 1) == "- " and toks[k + 1].lower in ("og", "eller", "and", "or"):
            k += 2
        if k >= len(toks):
            return False
        w = toks[k]
        if w.lower in NOT_WORKPLACE:
            return False
        if w.upper and w.lower in ("it", "hr"):
            return True
        if w.title:
            if k + 1 < len(toks) and UNIT_RE.search(toks[k + 1].lower):
                return True  # "at the Sydhavn depot", "at the Nordvest jobcentre", "på Vestbyens Plejecenter"
            if k + 1 < len(toks) and toks[k + 1].title and self.gap(k, k + 1) == " " and UNIT_RE.fullmatch(w.lower):
                return True  # (round 23, writer BH) a unit named as a title: "at Clinic North", "i Team Syd"
            # "fra Skotland", "i Aarhus": a place, not a workplace ("Solsikken" is one).
            return bool(DEFINITE_RE.match(w.lower)) and not self.lex.is_place(w.lower)
        if UNIT_RE.search(w.lower) or UNIT_RE.search(w.base):  # (round 22) "the jobcentre's mentor team"
            return True
        if k + 1 < len(toks) and UNIT_RE.search(toks[k + 1].lower) and not toks[k + 1].title:
            return True  # "the finance team", "the road crew"
        if (
            toks[k - 1].lower == "fra"
            and k + 1 < len(toks)
            and toks[k + 1].lower in PERSON_VERBS
            and self.lex.is_ordinary(w.lower)
            and not self.lex.is_place(w.lower)
            and not _TIME_WORD.match(w.lower)
        ):
            return True  # (round 8) a unit named bare, then the verb: "Bent fra teknik er …", "Per fra indkøb har …"
        if strict:
            return bool(DEFINITE_RE.match(w.lower)) and toks[k - 1].lower in ("i", "på", "fra", "ved", "hos")
        if (
            toks[k - 1].lower == "the"
            and k >= 2
            and toks[k - 2].lower in ("from", "of", "among")
            and w.lower.endswith("s")
            and is_role(w.lower[:-1])
        ):
            # (round 16, writer AO) one of a staff group: "Bent from the caretakers", "Will from the drivers"
            return True
        if toks[k - 1].lower == "at" and _DANISH_CLAUSE.search(text):
            return False  # (round 24, writer FC) Danish "at" opens a clause: "foreslår Jeppe Ajslev at ledere …"
        if toks[k - 1].lower in ("in", "from", "at", "on", "of") and not self.lex.is_place(w.lower):
            # English "Louise in citizen services", "Morten in facilities".
            return w.lower not in NOT_WORKPLACE and self.lex.is_ordinary(w.lower)
        return bool(DEFINITE_RE.match(w.lower)) and not w.lower.endswith("hendes")

    def verb_after(self, j: int) -> bool:
        """A finite verb right after token j, or after a parenthesis that follows it
        ("Senait (eritrean, works in the laundry) has …")."""
        if j + 1 >= len(self.toks):
            return False
        gap = self.gap(j, j + 1).strip()
        if gap == "":
            if self.toks[j].lower.endswith(("'s", "’s")) and self.toks[j + 1].lower in ("been", "got", "gone", "had"):
                return True  # (round 9) "Gary's been …": the contracted "has", a verb
            return self.toks[j + 1].lower in PERSON_VERBS
        if gap == "(":
            close = self.text.find(")", self.toks[j].end)
            if close < 0:
                return False
            inside = [t for t in self.toks if t.start < close and t.start > self.toks[j].end]
            after = [t for t in self.toks if t.start > close]
            return any(t.lower in PERSON_VERBS or is_role(t.lower) for t in inside) or (
                bool(after) and after[0].lower in PERSON_VERBS
            )
        return False

    def verb_after_workplace(self, j: int) -> bool:
        """(round 30, red team r38 a) A finite verb after where the word works or a relative clause on what they do:
        "Brooklyn at the youth club has …", "Phoenix on the street team has …", "Georgia, der kører vores bogbus, er …"."""
        after = self.text[self.toks[j].end : self.toks[j].end + 70]
        return bool(
            re.match(
                r"\s+(?:at|from|on|in|fra|på|i|hos)\s+(?:the\s+|our\s+|vores\s+)?[a-zæøåéèü-]+(?:\s+[a-zæøåéèü-]+)?\s+"
                r"(?:has|is|was|had|have|har|er|var|havde|'s)\b|,\s+(?:der|som|who)\s+[^,.?!]{3,40},\s+"
                r"(?:has|is|was|had|har|er|var|havde)\b",
                after,
            )
        )

    def comma_apposition(self, j: int) -> bool:
        """A role in apposition right after the word: "Sune, vores pedel," / "Tyler, our new IT
        contractor," / "Kajan, our 17-year-old apprentice" / "Siriporn, one of our home helpers"
        / "Chris (our senior IT architect)" / "Aziz, vores nye pædagogmedhjælper"."""
        # (round 12, writer AB) an age in apposition: "Jasmin, 16, told …", "Ali (17) har …"
        after = self.text[self.toks[j].end : self.toks[j].end + 16].lower()
        if re.match(r"(?:,\s?|\s?\()([1-9]\d?)(?:\s?[,)]|\s?(?:år|årig\w*|years?|yrs?|y|yo)\b)", after):
            return True
        # (round 12, red team) Danish "på" with an age: "Storm på 14 er …", "en pige, Maj på 13, …"
        if re.match(
            r"\s+på\s+(?:[1-9]\d?)\b(?!\s*(?:år\w*|timer|dage|uger|%|kr|m2|km|personer|medarbejdere|ansatte|stk|sider|\.\d|,\d))",
            after,
        ):
            return True
        if j + 1 >= len(self.toks) or self.gap(j, j + 1).strip() not in (",", "("):
            return False
        k = j + 1
        words = [t.lower for t in self.toks[k : k + 7]]
        i = 0
        if words[:3] in (["one", "of", "our"], ["one", "of", "my"], ["en", "af", "vores"], ["en", "af", "mine"]):
            i = 3
        elif words[:1] and words[0] in ("vores", "min", "mit", "our", "my", "the", "a", "an", "en", "et"):
            i = 1
        # up to three modifiers ("new", "senior IT", "17-year-old"), then the role noun
        return any(is_role(w) for w in words[i : i + 4])

    def kin_after(self, j: int) -> bool:
        """A possessive name before a kinship or partner noun: "Cătălina's 14-year-old son",
        "Thuvaragan's mum", "Kamillas datter", "Villads' forældre", "Oluwaseun's husband"."""
        t = self.toks[j]
        after = self.text[t.end : t.end + 2]
        genitive = t.lower.endswith("s") and len(t.lower) > 3
        if genitive and not t.text.endswith(("'s", "’s")):
            base = t.possessive_base  # Danish "Kamillas": the stem must be a name or an unknown word
            # (round 12, writer AB) a place that is also a first name ("Kiras far") may have kin
            place = self.lex.is_place(base) and "F" not in self.flags(t)
            if self.lex.is_ordinary(base) or self.lex.is_compound(base) or place:
                genitive = False
        possessive = t.text.endswith(("'s", "’s")) or after.startswith(("'", "’")) or genitive
        if not possessive or j + 1 >= len(self.toks):
            return False
        for w in self.toks[j + 1 : j + 4]:
            if KIN.match(w.lower):
                return True
            if not re.match(
                r"^(?:[\w-]*\d[\w-]*|year|old|years?-old|årige?|lille|little|young|eldest|youngest|ældste|yngste|"
                r"new|nye|ex|eks|teenage|voksne|adult|two|three|to|tre)$",
                w.lower,
            ):
                return False
        return False

    def possessive_detail_after(self, j: int) -> bool:
        """(round 12) A possessive first name before a sensitive noun: "Bents kemo starter …",
        "Dawn's chemo", "Grace's drinking" — a condition or a treatment belongs to a person."""
        t = self.toks[j]
        if not (t.text.endswith(("'s", "’s")) or (t.lower.endswith("s") and t.base != t.possessive_base)):
            return False
        if j + 1 >= len(self.toks):
            return False
        # (round 29, writer CE) … or a word the data does not know at all: "Losana's criminal record …"
        if "F" not in self.lex.flags(t.possessive_base) and not (t.text.endswith(("'s", "’s")) and self.unknown(t)):
            return False
        if t.lower in ("hans", "hendes", "deres", "dens", "dets", "his", "her", "its", "their"):
            return False  # a pronoun ("Hans sygefravær er steget, siger han selv")
        from .sensitive import detail_category  # late: sensitive.py needs the lexicon this module loads

        nxt = self.toks[j + 1]
        habit = nxt.lower in ("drinking", "gambling", "drug", "drugs", "druk", "drikkeri", "spilleri", "misbrug")
        return self.gap(j, j + 1) == " " and (habit or detail_category(nxt.lower) is not None)

    def kin_coordination(self, j: int) -> bool:
        """The word is coordinated with its own kin: "Peter og hans kone …", "Sam and her
        husband …" — only a person has a spouse or children."""
        words = [t.lower for t in self.toks[j + 1 : j + 4]]
        return (
            len(words) == 3
            and words[0] in ("og", "and")
            and words[1] in ("hans", "hendes", "sin", "sit", "sine", "his", "her", "their")
            and bool(KIN.match(words[2]))
        )

    def coordinated_with_me(self, j: int) -> bool:
        """(round 8) The word is coordinated with the asker: "Bent og jeg har talt om …", "Will
        and I talked …" — only a person does things together with the asker."""
        words = [t.lower for t in self.toks[j + 1 : j + 3]]
        return len(words) == 2 and self.gap(j, j + 1) == " " and words[0] in ("og", "and") and words[1] in ("jeg", "i")

    def relative_person(self, j: int) -> bool:
        """(round 8) A relative clause that describes a person: "Thanushan, som er ny i
        køkkenet, …", "Paris, der arbejder i vaskeriet", "Jordan, who started in May"."""
        if j + 2 >= len(self.toks) or self.gap(j, j + 1).strip() != ",":
            return False
        rel, verb = self.toks[j + 1].lower, self.toks[j + 2].lower
        if rel in ("who", "whom") and verb not in _PLURAL_VERBS:
            # (round 27, writer BW) English "who" is said of people only: "Hope, who runs our ticket office" — a singular
            # verb; "Barnardo's, who work with children" (red team r33 a) takes a plural one: an organisation
            return True
        if rel not in ("som", "der"):
            return False
        if verb in PERSON_ONLY_VERBS or verb in ("startede", "started", "begyndte", "joined", "ansatte", "hired"):
            return True
        nxt = self.toks[j + 3].lower if j + 3 < len(self.toks) else ""
        # "som er ny i …", "who is new on …", "som jeg ansatte", "whom I hired"
        return (verb in ("er", "is", "var", "was") and nxt in ("ny", "new", "nyansat", "ansat", "employed")) or (
            verb in ("jeg", "i", "vi", "we") and nxt in ("ansatte", "hired", "employ", "employed", "har ansat")
        )

    def pronoun_resumes(self, j: int) -> bool:
        """(round 9) A comma or dash, then a personal pronoun as the next clause's subject right
        after token j: "et opkald til senait, hun har været syg …" — the word was a person."""
        return (
            j + 1 < len(self.toks)
            and self.gap(j, j + 1).strip() in (",", "–", "-", "—")
            and self.toks[j + 1].lower in ("hun", "han", "she", "he")
        )

    def pronoun_subject_next(self, j: int) -> bool:
        """(round 27, writer BX) The next sentence or clause has a personal pronoun as its subject right after token
        j: "møder med Ngozi? Hun har fået …", "with Ama, and she …" — what "hun" takes up was a person."""
        return (
            j + 1 < len(self.toks)
            and bool(re.fullmatch(r"\s*[.?!,;:–—-]?\s*(?:(?:og|and|men|but)\s+)?", self.gap(j, j + 1)))
            and self.gap(j, j + 1).strip() != ""
            and self.toks[j + 1].lower in ("hun", "han", "she", "he")
        ) or (
            j + 2 < len(self.toks)
            and self.gap(j, j + 1).strip() in (",", "")
            and self.toks[j + 1].lower in ("og", "and", "men", "but")
            and self.toks[j + 2].lower in ("hun", "han", "she", "he")
        )

    def own_pronoun_in_clause(self, j: int) -> bool:
        """(round 9) The subject's own possessive pronoun later in the same clause: "Gary's been
        struggling with his mental health" — a town has no "his"."""
        for k in range(j + 1, min(len(self.toks), j + 7)):
            if re.search(r"[.;:!?]", self.gap(k - 1, k)):
                return False
            if self.toks[k].lower in ("his", "her", "hans", "hendes", "sin", "sit", "sine", "himself", "herself"):
                return True
        return False

    def detail_in_clause(self, j: int) -> bool:
        """(round 29, red team r36 a) A sensitive keyword in the clause that token j opens: "India is pregnant and …"."""
        from .sensitive import detail_spans  # late: sensitive.py needs the lexicon this module loads

        end = self.toks[j].end
        stop = re.search(r"[.;!?]", self.text[end:])
        clause = self.text[end : end + stop.start()] if stop else self.text[end:]
        return bool(detail_spans(clause))

    def person_only_verb_after(self, j: int) -> bool:
        """A verb only a person is the subject of, right after token j."""
        return j + 1 < len(self.toks) and self.gap(j, j + 1) == " " and self.toks[j + 1].lower in PERSON_ONLY_VERBS

    # --- word classes --------------------------------------------------------------------
    def flags(self, t: Tok) -> str:
        f = self.lex.flags(t.base)
        if not f and t.base != t.possessive_base:
            f = self.lex.flags(t.possessive_base)
        if not f and "-" in t.base:
            # a double first name, also misspelled: "Mette-Mariee", "Anne-Sofie", "Jean-Luc"
            first, _, rest = t.possessive_base.partition("-")
            first_flags, rest_flags = self.lex.flags(first), self.lex.flags(rest)
            rest_is_name = "F" in rest_flags or (not rest_flags and len(rest) >= 3 and not self.lex.is_ordinary(rest))
            if (
                (not t.upper and "F" in first_flags and "W" not in first_flags and rest_is_name)
                or (not t.upper and "F" in rest_flags and "W" not in rest_flags and ROLE_RE.search(first))
                or (not t.upper and "F" in first_flags and "W" not in first_flags and rest in _PET_SUFFIX)
            ):
                f = "F"
        if not f and t.title and re.match(r"[a-z]['’][a-zæøå]{3,}$", t.base):
            f = "S"  # (round 22, writer BA) "O'Brien", "D'Souza": a surname whatever the data lists
        return f

    def is_known_name(self, t: Tok) -> bool:
        f = self.flags(t)
        return "F" in f or "S" in f

    def clear_name(self, t: Tok) -> bool:
        """A name that is neither an ordinary word nor a place ("Mette", "Tjalfe")."""
        f = self.flags(t)
        return ("F" in f or "S" in f) and "W" not in f and "P" not in f

    def non_person(self, t: Tok) -> bool:
        """Stop word, organisation, place or other proper noun that is not a name."""
        w = t.base
        if w in STOP or is_org(w) or is_org(t.possessive_base):
            return True
        if w in BELIEFS:
            return True  # "a Muslim manager": a belief, not a name
        if w in self.lex.countries or t.possessive_base in self.lex.countries:
            return True  # "Danmark", "Sverige": names-dataset lists some countries as names
        if self.is_known_name(t):
            return False
        return self.lex.is_place(w) or is_origin_word(w)

    def unknown(self, t: Tok) -> bool:
        """Not a word, name, place or proper noun the data knows, nor a compound or inflection
        of ordinary words: a rare name or a misspelling."""
        if t.base in STOP or self.lex.is_known(t.base) or self.lex.is_known(t.possessive_base):
            return False
        if is_origin_word(t.base):
            return False
        return not self.lex.is_compound(t.base, min_part=compound_min_part(t.base))

    def subject_at_workplace(self, i: int, initial_only: bool = True) -> bool:
        """A sentence-initial word followed by a workplace phrase and a finite verb: "Rut fra
        hjemmeplejen er …", "Bølle from the garage is …", "mo from the night shift is …" —
        the subject of such a sentence is a person whatever the word is (nickname, rare or
        lower-case name), unless it is a group, a role, a definite noun or a known non-person."""
        toks = self.toks
        t = toks[i]
        # a clause opened by a verb of thinking or saying counts as a sentence start: "vi tror bjørn
        # på kirkegården har …", "I heard mo from the depot is …"
        clause_start = i > 0 and (
            toks[i - 1].lower in _CLAUSE_VERBS
            or (toks[i - 1].lower in ("at", "that") and i > 1 and toks[i - 2].lower in _CLAUSE_VERBS)
        )
        if (initial_only and not (t.initial or clause_start)) or t.base in STOP or t.base in GROUP or is_role(t.lower):
            return False
        if clause_start and not t.initial and t.lower in OBJECT_PRONOUNS:
            return False  # (round 17, writer AQ) the object of the verb: "told me in confidence that …"
        if self.non_person(t):
            return False
        if DEFINITE_RE.match(t.base) and not self.is_known_name(t):
            return False  # "Kaffen fra kantinen er …", "stemningen på kontoret er …"
        if not self.workplace_after(i):
            return False
        # the workplace phrase is two to five words; a finite verb follows it
        for j in range(i + 2, min(i + 7, len(toks))):
            if toks[j].lower in PERSON_VERBS and self.gap(j - 1, j).strip(" ,") == "":
                return True
        return False

    # --- main ----------------------------------------------------------------------------
