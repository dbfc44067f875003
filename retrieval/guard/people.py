"""Find references to identifiable people in a message.

A person is referred to by
1. a name: a capitalised run with a first name or a surname from the name data ("Gunhild
   Sejersen", "Mortensen fra værkstedet"), a capitalised word in the middle of a sentence that is
   neither an ordinary word, a place nor an organisation (Danish capitalises little else), a
   first name written in lower case ("mette fra rengøringen"), a possessive ("Mettes"),
   initials ("JH fra lønkontoret", "Rikke S.", "Mr. A. Rahimi");
2. person-referring context around a word that is not itself known as a name: a role noun
   before it ("min medarbejder Tjalfe", "kollegaen Kriss", "borgeren X"), "hedder/named/called X",
   a workplace after it ("X i kantinen", "X fra lønkontoret", "X on my team");
3. a unique role at a named place ("skolelederen på Vestervang Skole", "pedellen på Rosenlund
   Skole"), except public office holders by their title ("borgmesteren i Aarhus").

Not a person: words that are ordinary Danish/English words by themselves ("Per medarbejder",
"Hans sygefravær"), places, organisations, products, and streets and institutions named after
people ("Niels Bohr Skolen", "Peter Bangs Vej", "Grundtvigs Kirke").

People named in the magazine (`public_names`) are public in this context, unless the message
places them as the asker's own employee, colleague, citizen or patient ("min medarbejder Karen
Frost", "Jeppe Ajslev hos os i vejteamet").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Lexicon, lexicon
from .origin import is_origin_word
from .patterns import (
    CALL_AFTER,
    CALL_BEFORE,
    DEFINITE_RE,
    INITIALS,
    NAMED_PLACE_TAIL,
    OFFICE,
    ONLY,
    OWN_PLACE,
    OWN_ROLE_BEFORE,
    PUBLIC_BODY,
    SAME_NAME,
    STREETISH,
    THING_AFTER,
    THING_BEFORE,
    TOPONYM,
    UNIQUE_ROLE,
    UNIT_CODE,
    UNIT_RE,
    USE_BEFORE,
    WORKPLACE_DET,
    WORKPLACE_PREP,
    is_org,
    is_role,
    place_tail,
)
from .tokens import Tok, tokenize
from .wordsets import (
    ACRONYMS,
    GROUP,
    NAMING,
    NOT_WORKPLACE,
    PERSON_VERBS,
    STOP,
)

__all__ = ["Mention", "find_people"]

# Kinship and partner nouns: after a possessive they make the word before a person's name.
KIN = re.compile(
    r"^(?:son|sons|daughter|daughters|mum|mom|mother|dad|father|husband|wife|partner|kids|children|child|"
    r"boy|girl|brother|sister|family|parents|ex|boyfriend|girlfriend|fiancé|fiancée|baby|"
    r"søn|sønner|datter|døtre|mor|far|mand|kone|hustru|ægtefælle|børn|barn|forældre|familie|bror|søster|"
    r"kæreste|baby|ekskone|eksmand|svigermor|svigerfar)$"
)
# Verbs only a person is the subject of: a place-name at a sentence start followed by one of
# them is a person's name ("Edina bor på krisecenter …"), while "Aarhus har …" stays a place.
PERSON_ONLY_VERBS = frozenset(
    "bor boede arbejder arbejdede fortæller fortalte siger sagde græder drikker føler mener synes tror "
    "ringede spurgte skrev lives lived works worked told says said feels cries drinks asked wrote".split()
)
# Roles that are many at any place (citizens, pupils, relatives): not a unique role.
NOT_STAFF = re.compile(
    r"(?:borger|beboer|elev|patient|klient|barn|dreng|pige|søn|datter|mor|far|mand|kone|nabo|kæreste|"
    r"familie|ansøger|kandidat|citizen|resident|pupil|student|client|child|boy|girl|son|daughter|"
    r"neighbou?r|family|applicant|candidate|member|staff|colleague|kollega|medarbejder|employee|worker|"
    r"partner|hire|recruit|volunteer|frivillig)\w*$"
)
# Colour and other adjectives that are also surnames ("Black", "White", "Brown") after a copula
# are predicates, not names ("a staff member who is Black").
COPULA = frozenset("is are was were er var 's".split())


@dataclass(frozen=True)
class Mention:
    """A reference to a person: character span and whether it is a public person."""

    start: int
    end: int
    public: bool


class _Finder:
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
        k += 1
        if k < len(toks) and toks[k].lower in WORKPLACE_DET:
            if toks[k].lower in ("min", "mit", "vores", "my", "our") and k + 1 < len(toks):
                return True  # "på mit team", "on my team", "i vores køkken"
            k += 1
        if k >= len(toks):
            return False
        w = toks[k]
        if w.lower in NOT_WORKPLACE:
            return False
        if w.upper and w.lower in ("it", "hr"):
            return True
        if w.title:
            if k + 1 < len(toks) and not toks[k + 1].title and UNIT_RE.search(toks[k + 1].lower):
                return True  # "at the Sydhavn depot", "at the Nordvest jobcentre"
            # "fra Skotland", "i Aarhus": a place, not a workplace ("Solsikken" is one).
            return bool(DEFINITE_RE.match(w.lower)) and not self.lex.is_place(w.lower)
        if UNIT_RE.search(w.lower):
            return True
        if k + 1 < len(toks) and UNIT_RE.search(toks[k + 1].lower) and not toks[k + 1].title:
            return True  # "the finance team", "the road crew"
        if strict:
            return bool(DEFINITE_RE.match(w.lower)) and toks[k - 1].lower in ("i", "på", "fra", "ved", "hos")
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

    def comma_apposition(self, j: int) -> bool:
        """A role in apposition right after the word: "Sune, vores pedel," / "Tyler, our new IT
        contractor," / "Kajan, our 17-year-old apprentice" / "Siriporn, one of our home helpers"
        / "Chris (our senior IT architect)" / "Aziz, vores nye pædagogmedhjælper"."""
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
            if self.lex.is_ordinary(base) or self.lex.is_compound(base) or self.lex.is_place(base):
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

    def person_only_verb_after(self, j: int) -> bool:
        """A verb only a person is the subject of, right after token j."""
        return j + 1 < len(self.toks) and self.gap(j, j + 1) == " " and self.toks[j + 1].lower in PERSON_ONLY_VERBS

    # --- word classes --------------------------------------------------------------------
    def flags(self, t: Tok) -> str:
        f = self.lex.flags(t.base)
        if not f and t.base != t.possessive_base:
            f = self.lex.flags(t.possessive_base)
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
        return not self.lex.is_compound(t.base)

    def subject_at_workplace(self, i: int, initial_only: bool = True) -> bool:
        """A sentence-initial word followed by a workplace phrase and a finite verb: "Rut fra
        hjemmeplejen er …", "Bølle from the garage is …", "mo from the night shift is …" —
        the subject of such a sentence is a person whatever the word is (nickname, rare or
        lower-case name), unless it is a group, a role, a definite noun or a known non-person."""
        toks = self.toks
        t = toks[i]
        if (initial_only and not t.initial) or t.base in STOP or t.base in GROUP or is_role(t.lower):
            return False
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
    def run(self) -> list[Mention]:
        out: list[Mention] = []
        covered: set[int] = set()
        public_first: set[str] = set()
        for s, e, private in self.public_spans():
            out.append(Mention(s, e, not private))
            for k, t in enumerate(self.toks):
                if s <= t.start and t.end <= e:
                    covered.add(k)
                    if not private:
                        public_first.add(t.base)
        toks = self.toks
        n = len(toks)
        k = 0
        while k < n:
            t = toks[k]
            if k in covered:
                k += 1
                continue
            if (t.title and t.base not in STOP) or (t.title and len(t.text) > 1 and self.clear_name(t)):
                run = [k]
                while (
                    run[-1] + 1 < n
                    and run[-1] + 1 not in covered
                    and toks[run[-1] + 1].title
                    and toks[run[-1] + 1].base not in STOP
                    and self.gap(run[-1], run[-1] + 1) == " "
                ):
                    run.append(run[-1] + 1)
                k = run[-1] + 1
                found = self.judge_run(run, public_first)
                if found is not None:
                    out.append(Mention(toks[found[0]].start, toks[found[1]].end, False))
                continue
            if t.upper and self.initials_person(k):
                out.append(Mention(t.start, t.end, False))
            elif not t.title and not t.upper and self.lowercase_person(k) and t.base not in public_first:
                end = t.end
                nxt = toks[k + 1] if k + 1 < n else None
                if (
                    nxt is not None
                    and self.gap(k, k + 1) == " "
                    and "S" in self.flags(nxt)
                    and nxt.lower not in WORKPLACE_PREP
                    and nxt.lower not in STOP
                ):
                    end = toks[k + 1].end  # "jens mortensen"
                    k += 1
                out.append(Mention(t.start, end, False))
            k += 1
        out.extend(self.dotted_initials())
        out.extend(self.unique_roles())
        out.extend(self.nicknames())
        return [m for m in out if m.public or not self.names_a_thing(m)]

    def names_a_thing(self, m: Mention) -> bool:
        """The name belongs to a system, product, storm or scheme, not a person: "systemet
        hedder 'Alma'", "stormen Malik", "Marius, vores nye vagtplan-robot", "Sofie-appen",
        "Bruger I Viggo eller Tabulex?", "the Ada assistant"."""
        before = self.text[max(0, m.start - 60) : m.start]
        after = self.text[m.end : m.end + 60]
        first, _, rest = self.text[m.start : m.end].partition(" ")
        if rest and THING_BEFORE.search(first + " "):
            return True  # "Stormen Malik" read as one capitalised run
        return bool(THING_BEFORE.search(before) or THING_AFTER.match(after) or USE_BEFORE.search(before))

    def nicknames(self) -> list[Mention]:
        """A word introduced as what people call someone: "vi kalder ham Guffe", "Skipper, som
        vi kalder vores pedel", "known as Smithy", "we call her Bex" — whatever the word is."""
        out = []
        for rx in (CALL_BEFORE, CALL_AFTER):
            for m in rx.finditer(self.text):
                w = m.group("n")
                if w.lower() in STOP or w.lower() in NAMING:
                    continue
                out.append(Mention(m.start("n"), m.end("n"), False))
        return out

    def public_spans(self) -> list[tuple[int, int, bool]]:
        """(start, end, placed_as_private) for each public name in the text."""
        rx = _compile_public(self.public_names)
        if rx is None:
            return []
        spans = []
        for m in rx.finditer(self.text):
            before = self.text[max(0, m.start() - 60) : m.start()]
            after = self.text[m.end() : m.end() + 60]
            placed = bool(OWN_ROLE_BEFORE.search(before) or OWN_PLACE.match(after) or SAME_NAME.search(after[:40]))
            if not placed:
                # "Karen Frost i kantinen": a workplace right after the name.
                last = max(i for i, t in enumerate(self.toks) if t.end <= m.end())
                placed = self.workplace_after(last) and not re.match(r"\W*i (?:hendes|sin|hans)", after)
            spans.append((m.start(), m.end(), placed))
        return spans

    def judge_run(self, run: list[int], public_first: set[str]) -> tuple[int, int] | None:
        """The (first, last) token of a person's name in a capitalised run, or None."""
        toks = self.toks
        after = run[-1] + 1
        # "Niels Bohr Skolen", "Peter Bangs Vej", "Grundtvigs Kirke": a place named after someone.
        if any(place_tail(toks[i].lower) or STREETISH.search(toks[i].lower.split("-")[0]) for i in run[1:]):
            return None
        if after < len(toks) and self.gap(run[-1], after) == " " and place_tail(toks[after].lower):
            return None
        if self.names_a_place(toks[run[-1]].end):
            return None  # "Johannes V. Jensens Allé": initials and a name before a street
        if any(is_org(toks[i].base) for i in run):
            return None
        first = toks[run[0]]
        if first.initial and not self.initial_word_is_name(run):
            run = run[1:]
            if not run:
                return None
        words = [toks[i] for i in run]
        if len(words) >= 2:
            if any(self.is_known_name(w) for w in words):
                return run[0], run[-1]
            if all(self.non_person(w) or self.lex.is_ordinary(w.base) for w in words):
                return None
            if any(self.lex.is_place(w.base) for w in words):
                return None
            return run[0], run[-1]
        i = run[0]
        t = toks[i]
        if t.base in public_first:
            return None
        context = self.role_before(i) or self.workplace_after(i) or self.comma_apposition(i) or self.kin_after(i)
        prev = toks[i - 1].lower if i > 0 else ""
        if prev in ("i", "in", "fra", "from", "på", "ved") and TOPONYM.search(t.base) and not self.clear_name(t):
            return None  # "i Vesterå", "fra Gellerup": a Danish place-name ending, not a person
        if prev in COPULA and "W" in self.flags(t) and not context:
            return None  # "a staff member who is Black": a predicate, not a name
        if i > 0 and toks[i - 1].upper and toks[i - 1].lower not in ("it", "hr") and self.unknown(t):
            return None  # "FOA Vesterå", "HK Midt": an unknown word after an acronym names a branch
        if self.non_person(t):
            if t.base in STOP or is_org(t.base):
                return None
            if t.initial and self.lex.is_place(t.base) and (self.person_only_verb_after(i) or self.kin_after(i)):
                return i, i  # "Edina bor på krisecenter …": a place-name as the subject of a person's verb
            # a role noun right before it names a person even when the word is also a place
            # ("the nurse Ama", "vikaren Thy"); a workplace after a place is no person ("Lund fra …")
            return (i, i) if self.role_before(i) or (context and not self.lex.is_place(t.base)) else None
        if t.initial:
            # Sentence-initial: handled by initial_word_is_name for runs of one.
            return (i, i) if self.initial_single_is_name(i) else None
        if self.is_known_name(t):
            if "P" in self.flags(t) and not context and i > 0 and toks[i - 1].lower in WORKPLACE_PREP:
                return None  # "i Lund", "fra Tim"? a place after a preposition
            return i, i
        if self.lex.is_ordinary(t.base) or self.lex.is_compound(t.base, loose=True):
            # A capitalised ordinary word or compound mid-sentence (English title case,
            # "HK Kommunal", "Ledersektionen", "Solgården"): only a role noun or "hedder"
            # before it makes it a name.
            # … or, as for a sentence subject, a workplace and a finite verb after it ("that
            # Yohannes in the kitchen is …").
            return (i, i) if self.role_before(i) or self.subject_at_workplace(i, initial_only=False) else None
        if i > 0 and toks[i - 1].lower in ("i", "på", "ved") and DEFINITE_RE.match(t.base):
            return None  # "i Mælkebøtten", "på Solsikken": a named unit or institution
        return i, i  # an unknown capitalised word mid-sentence: a rare name or a misspelling

    def initial_word_is_name(self, run: list[int]) -> bool:
        """Whether the sentence-initial first word of a capitalised run is part of a name."""
        toks = self.toks
        t = toks[run[0]]
        if len(run) == 1:
            return self.initial_single_is_name(run[0])
        nxt = toks[run[1]]
        if is_org(t.base) or (self.lex.is_place(t.base) and not self.is_known_name(t)):
            return False
        if is_role(t.lower) and not self.clear_name(t):
            return False  # "Pædagogen Malou", "Borger Jytte"
        if self.clear_name(t) or "S" in self.flags(nxt) or (self.is_known_name(nxt) and self.is_known_name(t)):
            return True
        if self.is_known_name(t):
            return "S" in self.flags(nxt) or self.clear_name(nxt)
        return self.unknown(t) and (self.clear_name(nxt) or self.unknown(nxt))

    def initial_single_is_name(self, i: int) -> bool:
        """A lone capitalised word at the start of a sentence."""
        t = self.toks[i]
        context = self.workplace_after(i) or self.comma_apposition(i) or self.role_before(i) or self.kin_after(i)
        if t.base in STOP or is_org(t.base):
            return False
        if is_role(t.lower) and not self.clear_name(t):
            return False  # "Medarbejderen i receptionen", "Borgeren fra …": a role, not a name
        if self.clear_name(t):
            return True
        if self.is_known_name(t):
            # "Per medarbejder har vi …" vs "Per har stress": an ambiguous name needs a verb or
            # a workplace after it.
            return context or self.verb_after(i)
        if self.lex.is_place(t.base):
            # "Edina bor på krisecenter …": only a person lives, works, says or cries
            return self.comma_apposition(i) or self.kin_after(i) or self.person_only_verb_after(i)
        if self.unknown(t):
            return context or self.verb_after(i)
        return (context and not self.lex.is_ordinary(t.base)) or self.subject_at_workplace(i)

    def lowercase_person(self, k: int) -> bool:
        """A name typed in lower case ("mette fra rengøringen", "jens mortensen")."""
        t = self.toks[k]
        if len(t.base) < 2 or t.base in STOP:
            return False
        f = self.flags(t)
        if "F" not in f and "S" not in f and not t.initial:
            # Most lower-case words: no name, not at a sentence start — only a role noun or
            # "hedder" before an unknown word makes it one ("min medarbejder tjalfe").
            return self.role_before(k) and self.unknown(t)
        if "F" in f and "W" not in f and "P" not in f and not self.lex.is_ordinary(t.base):
            return True
        if "F" in f and "W" not in f and k + 1 < len(self.toks) and self.gap(k, k + 1) == " ":
            nf = self.flags(self.toks[k + 1])
            if "S" in nf and "W" not in nf:
                return True  # "jens mortensen" (not "bruger Lyngholm": "bruger" is a word)
        if self.subject_at_workplace(k):
            return True  # "mo from the night shift is …"
        if self.role_before(k):
            # "min medarbejder tjalfe", "hedder kriss" — but not "our HR partner says"
            return (self.is_known_name(t) and "W" not in f) or self.unknown(t)
        clear = self.is_known_name(t) and "W" not in f
        if self.workplace_after(k, strict=True) or (self.workplace_after(k) and clear):
            # "lone fra løn", "jess on reception", and initials "svn på jobcentret"
            if self.is_known_name(t):
                # A name that is also a word ("per", "guy", "ham", "lives") only at the start
                # of a sentence: "per fra lønkontoret …" but not "sætte ham på listen".
                return "W" not in f or t.initial
            # An unknown word (not an ordinary word, compound or inflection) at the start of a
            # sentence with a workplace after it: a misspelt name or initials ("svn på …").
            return self.unknown(t) and t.initial and "-" not in t.text
        return False

    def initials_person(self, k: int) -> bool:
        """Capital initials with person context ("JH fra lønkontoret", "AMS på 2. sal")."""
        t = self.toks[k]
        if t.lower in ACRONYMS or len(t.text) > 4:
            return False
        return self.workplace_after(k) or self.role_before(k) or (self.verb_after(k) and t.initial)

    def dotted_initials(self) -> list[Mention]:
        """ "Rikke S.", "Jytte M.", "Mr. A. Rahimi", "A.B. fra driften"."""
        out = []
        for m in re.finditer(r"\b([A-ZÆØÅ][a-zæøå]+) ([A-ZÆØÅ])\.(?=[\s,;:)]|$)", self.text):
            w = m.group(1).lower()
            if w in self.lex.first_names and w not in STOP and not self.names_a_place(m.end()):
                out.append(Mention(m.start(), m.end(), False))
        for m in re.finditer(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Fru|Hr)\.? (?:[A-ZÆØÅ]\. ?)*[A-ZÆØÅ][a-zæøå]+", self.text):
            out.append(Mention(m.start(), m.end(), False))
        for m in INITIALS.finditer(self.text):
            end = m.end()
            toks_after = [i for i, t in enumerate(self.toks) if t.start >= end]
            if (
                toks_after
                and self.toks[toks_after[0]].lower in WORKPLACE_PREP
                and len(m.group(0)) <= 6
                and (self.workplace_at(toks_after[0]) or self.toks[toks_after[0]].lower in ("fra", "from"))
            ):
                out.append(Mention(m.start(), end, False))
        return out

    def definite_staff_role(self, i: int) -> bool:
        """A staff role that points at one person: Danish definite singular ("sygeplejersken",
        "pædagogen", "chaufføren") or English "the (night/head) nurse" — not citizens, pupils or
        relatives, who are many at any place."""
        t = self.toks[i]
        low = t.lower
        if not is_role(low) or NOT_STAFF.search(low):
            return False
        if low.endswith(("erne", "ene")) or (low.endswith("ne") and not low.endswith("nen")):
            return False  # plural: "pædagogerne"
        if (re.search(r"(?:en|n|et)$", low) and not low.endswith(("ren", "men"))) or low.endswith("eren"):
            return True
        before = [x.lower for x in self.toks[max(0, i - 2) : i]]
        return "the" in before and not low.endswith("s")

    def names_a_place(self, end: int) -> bool:
        """The capitalised words after `end` end in a place word: "Johannes V. Jensens Allé",
        "H.C. Ørsteds Vej" — the initials belong to a street or institution name."""
        words = re.match(r"(?:\s+[A-ZÆØÅ][\wæøå'’.-]*){1,3}", self.text[end:])
        if not words:
            return False
        last = words.group(0).split()[-1].lower()
        nxt = re.match(r"\s+(\w+)", self.text[end + words.end() :])
        return place_tail(last) or bool(nxt and place_tail(nxt.group(1).lower()))

    def unique_roles(self) -> list[Mention]:
        """A unique role at a named place ("skolelederen på Vestervang Skole", "the principal
        of Hillside School", "sygeplejersken på afsnit 4") or by an only-description ("den
        eneste mandlige sygeplejerske"); office holders are public by title."""
        out = []
        toks = self.toks
        for m in ONLY.finditer(self.text):
            noun = (m.group("da") or m.group("en") or "").lower()
            if is_role(noun) or UNIQUE_ROLE.match(noun):
                out.append(Mention(m.start(), m.end(), False))
        for i, t in enumerate(toks[:-2]):
            low = t.lower
            if OFFICE.search(low) or not (UNIQUE_ROLE.match(low) or self.definite_staff_role(i)):
                continue
            if low in ("chef", "cook", "manager", "director", "secretary") and not any(
                x.lower in ("the", "our", "vores") for x in toks[max(0, i - 2) : i]
            ):
                continue  # English nouns that are also everyday words need an article
            if (
                low in ("formanden", "næstformanden", "chair", "chairman", "chairwoman")
                and toks[i + 1].lower in ("for", "of", "af")
                and toks[i + 2].title
            ):
                continue  # "Formanden for Socialpædagogerne": the chair of an association is public
            j = i + 1
            if (
                toks[j].lower in ("for", "of", "af")
                and not toks[j + 1].title
                and j + 2 < len(toks)
                and toks[j + 2].lower in ("på", "i", "ved", "hos", "at", "in")
            ):
                j += 2  # "formanden for forældrebestyrelsen i Mælkebøtten": skip the complement
            if toks[j].lower not in ("på", "i", "ved", "hos", "for", "at", "in", "of", "af", "on"):
                continue
            if j + 1 >= len(toks):
                continue
            nxt = toks[j + 1]
            if UNIT_CODE.match(nxt.lower) and re.match(r" ?[A-ZÆØÅ]?\d", self.text[nxt.end : nxt.end + 4]):
                out.append(Mention(t.start, nxt.end, False))  # "på afsnit 4", "on ward 7"
                continue
            if not nxt.title and DEFINITE_RE.match(nxt.lower) and j + 2 < len(toks):
                j += 1  # "på plejecentret Egely", "i børnehaven Mælkebøtten"
            place = toks[j + 1]
            if not place.title:
                continue
            k = j + 2
            while k < len(toks) and toks[k].title and k < j + 4:
                k += 1  # "Nørre Alslev Skole", "Greenfield Care Home"
            tail = toks[j + 2 : k]
            institution = any(NAMED_PLACE_TAIL.match(x.lower) or is_org(x.lower) for x in tail)
            if self.lex.is_place(place.base) and not institution:
                continue  # "skolelederen i Odense": one of many, not identifiable
            body = " ".join(x.lower for x in toks[j + 1 : j + 4] if x.title or x.upper)
            if PUBLIC_BODY.search(body):
                continue  # the chair of a union, party or authority holds a public office
            out.append(Mention(t.start, place.end, False))
        return out


@lru_cache(maxsize=16)
def _compile_public(public_names: frozenset[str]) -> re.Pattern[str] | None:
    """One case-insensitive alternation of the allow-listed names, longest first.

    Single-word entries are ignored on purpose: allowing a bare first name would let every
    private person with that first name through.
    """
    alts: list[str] = []
    for name in sorted(public_names, key=len, reverse=True):
        parts = name.split()
        if len(parts) < 2:
            continue
        alts.append(r"\s+".join(re.escape(p) for p in parts))
    if not alts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?:s|'s|’s)?(?!\w)", re.IGNORECASE)


def find_people(text: str, public_names: frozenset[str] = frozenset()) -> list[Mention]:
    """Every reference to a person in a normalised text (public people marked as such)."""
    return _Finder(text, public_names).run()
