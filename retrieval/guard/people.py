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

import itertools
import re
from functools import lru_cache

from ..nordic import nordic_words
from .context import COPULA, Mention, compound_min_part
from .famous import famous_spans, famous_surname_spans
from .lexicon import lexicon
from .patterns import (
    DEFINITE_RE,
    NAMESAKE_BEFORE,
    OURS_BY_CLAUSE_BEFORE,
    OWN_BEFORE,
    OWN_CLAUSE,
    OWN_PLACE,
    OWN_ROLE_BEFORE,
    SAME_NAME,
    STREETISH,
    TOPONYM,
    UNIT_RE,
    WORKPLACE_PREP,
    is_org,
    is_role,
    place_tail,
)
from .roles import Roles
from .sensitive import detail_category
from .wordsets import (
    ACRONYMS,
    NAMING,
    OBJECT_PRONOUNS,
    STOP,
)

__all__ = ["Mention", "find_people"]


# Consonant-only abbreviations that name a unit or a word, not a person, before "fra/i/på" ("hr fra
# lønafdelingen", "kl 10 i kantinen"): lower-case initials are any other two or three consonants.
_UNIT_ABBREVIATIONS = frozenset(
    {
        "hr",
        "tr",
        "pr",
        "kl",
        "nr",
        "st",
        "th",
        "tv",
        "mf",
        "ss",
        "mm",
        "cv",
        "pc",
        "ps",
        "nb",
        "dk",
        "km",
        "kr",
        "ml",
        "kg",
        "sms",
        "pdf",
        "grp",
        "mvh",
        "pt",
    }
)


class _Finder(Roles):
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
            if t.title and self._month_named_person(k):
                out.append(Mention(t.start, t.end, False))  # (round 21) "I promised May she could …"
                k += 1
                continue
            if t.title and t.base in _MONTHS and k and toks[k - 1].lower in _ONLY_TIME_PREP and self._clause_ends(k):
                k += 1  # (round 23, writer BG) "late six times since August": the month, not the name August
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
        # (round 23, writer BJ) a name with letters starred out is still the name: "Bir*he fra kolde køkken"
        out.extend(Mention(m.start(), m.end(), False) for m in _STARRED_NAME.finditer(self.text))
        out.extend(self.unique_roles())
        out.extend(self.specific_individuals())
        out.extend(self.nicknames())
        out.extend(self.staff_numbers())
        out.extend(self.relatives())
        return [
            m
            for m in out
            if m.public or not (self.names_a_thing(m) or _eponym(self.text, m) or _names_organisation(self.text, m))
        ]

    def public_spans(self) -> list[tuple[int, int, bool]]:
        """(start, end, placed_as_private) for each public name in the text: the magazine's people
        (`public_names`) and, where no magazine name stands, globally well-known people (famous.py)."""
        rx = _compile_public(self.public_names)
        spans = [(m.start(), m.end(), self._placed(m.start(), m.end())) for m in rx.finditer(self.text)] if rx else []
        # (round 16, red team r15) a well-known surname alone ("Churchill var deprimeret …") counts
        # where no longer public name covers it
        # (round 18, red team r18) a magazine person's surname alone, in a message about the magazine
        # ("Nordentoft fortæller i bladet om …", "Hvad siger Edwards i artiklen …")
        if _MAGAZINE_TALK.search(self.text):
            surnames = {
                n.split()[-1].lower()
                for n in self.public_names
                if len(n.split()) >= 2
                and "F" in self.lex.flags(n.split()[0].lower())  # a person's name, not "Kommunal Ledersektionen"
            }
            for m in re.finditer(r"(?<![\w.])[A-ZÆØÅ][\wæøå'’-]+", self.text):
                word = re.sub(r"(?:'s|’s|s)$", "", m.group(0)).lower()
                if (m.group(0).lower() in surnames or word in surnames) and not any(
                    a < m.end() and m.start() < b for a, b, _ in spans
                ):
                    spans.append((m.start(), m.end(), self._placed(m.start(), m.end())))
        famous = list(famous_spans(self.text))
        famous += [(s, e) for s, e in famous_surname_spans(self.text) if not any(a <= s < b for a, b in famous)]
        for s, e in famous:
            if any(a < e and s < b for a, b, _ in spans):
                continue
            head = _PLACE_NAMED_AFTER.match(self.text[e:])
            if head or self.names_a_place(e) or _eponym(self.text, Mention(s, e, False)):
                # "Karen Blixen House", "Tycho Brahe Park", "the Florence Nightingale care home": a
                # place named after the person — the whole name, head noun included, is public
                words = re.match(r"(?:\s+[A-ZÆØÅ][\wæøå'’.-]*){1,3}", self.text[e:])
                end = e + (head.end() if head else words.end() if words and self.names_a_place(e) else 0)
                spans.append((s, end, False))
                continue
            spans.append((s, e, self._placed(s, e)))
        return spans

    def _placed(self, start: int, end: int) -> bool:
        """The message places the public person at `start:end` as the asker's own employee,
        colleague, citizen or patient (then they are a private person here)."""
        before = self.text[max(0, start - 60) : start]
        after = self.text[end : end + 60]
        placed = bool(
            _OWN_STAFF_SITUATION.search(self.text)
            or OWN_ROLE_BEFORE.search(before)
            or OWN_PLACE.match(after)
            or SAME_NAME.search(after[:40])
            or OWN_BEFORE.search(before)
            or _own_role_before(before)
            or NAMESAKE_BEFORE.search(before)
            or OURS_BY_CLAUSE_BEFORE.search(before)
            or _own_attached_clause(after)
        )
        if not placed:
            sentence = _sentence_around(self.text, start, end)
            # "Karen Frost i kantinen": a workplace right after the name.
            last = max((i for i, t in enumerate(self.toks) if t.end <= end), default=None)
            placed = (
                last is not None
                and self.workplace_after(last)
                and not re.match(r"\W*i (?:hendes|sin|hans)", after)
                # (round 25, red team r29 a) the magazine's person with the organisation the magazine gives, asked about
                # what they said: "Frederik Nordentoft fra KL siger i bladet …", "Kasper Edwards from DTU says in the magazine"
                # (round 32) … said in the name's own sentence: "Ditte Hjorth fra dagplejen fortæller, at hun er på
                # kontanthjælp. Hvad mener bladet om bijob?" places a namesake, and then asks the magazine
                and not (_MAGAZINE_TALK.search(sentence) and _SAYS.search(sentence))
                # (round 31, red team r40 a) "Kasper Edwards on depression and workload: does he cite any studies?" — the
                # public person "on" a topic is what they say about it, not a place they work
                and not (_ON_TOPIC.match(after) and _VIEW_ASKED.search(self.text))
            )
        return placed

    def judge_run(self, run: list[int], public_first: set[str]) -> tuple[int, int] | None:
        """The (first, last) token of a person's name in a capitalised run, or None."""
        toks = self.toks
        after = run[-1] + 1
        if len(run) == 1 and "F" in self.flags(toks[run[0]]) and self._list_item_label(run[0]):
            return run[0], run[0]  # (round 11) "• :warning: Bjørn - back surgery …": a name heading a list item
        # (round 22, writer BA) the place an institution stands at: "Statsfængslet ved Birkmose",
        # "Sygehuset i Tarmstrup", "the prison at Kærby"
        if (
            run[0] >= 2
            and toks[run[0] - 1].lower in ("ved", "i", "på", "at", "in", "near")
            and self.gap(run[0] - 1, run[0]) == " "
            and is_org(toks[run[0] - 2].base)
            and "F" not in self.flags(toks[run[0]])
        ):
            return None
        # "Niels Bohr Skolen", "Peter Bangs Vej", "Grundtvigs Kirke": a place named after someone.
        # … but "our shift lead Bethany Hall" is a person: a role noun before a first name + surname
        named_by_role = self.role_before(run[0]) and len(run) == 2 and self.is_known_name(toks[run[0]])
        if named_by_role:
            return run[0], run[-1]
        # "Jennifer Hall": a clear first name and a known surname are a person even when the
        # surname is also a place word ("hall", "skov")
        # (round 18, red team r18) … also a first name that is also a place ("Gary") and a surname that
        # is also an institution word or a first name ("Gary Church", "Rasmus Bro")
        first_flags = self.flags(toks[run[0]])
        if (
            len(run) == 2
            and is_role(toks[run[0]].lower)
            and not self.is_known_name(toks[run[0]])
            and "F" in self.flags(toks[run[1]])
            and not re.match(r" \d", self.text[toks[run[1]].end : toks[run[1]].end + 2])
        ):
            return run[1], run[
                1
            ]  # (round 29, writer CF) a role, then a first name that ends like a street: "Frivillige Solvej"
        first_and_surname = (
            len(run) == 2
            and (
                self.clear_name(toks[run[0]])
                or (
                    "F" in first_flags
                    and "W" not in first_flags
                    and not _PLACE_NAMED_AFTER.match(" " + toks[run[1]].lower)
                )
            )
            and ("S" in self.flags(toks[run[1]]) or ("F" in self.flags(toks[run[1]]) and self.clear_name(toks[run[0]])))
            # (round 11, red team) "Kofoeds Skole", "Grundtvigs Hus": a possessive, then an institution
            and not (toks[run[0]].lower.endswith("s") and _INSTITUTION_HEAD.fullmatch(toks[run[1]].lower))
        )
        if not first_and_surname and any(
            place_tail(toks[i].lower) or STREETISH.search(toks[i].lower.split("-")[0]) for i in run[1:]
        ):
            return None
        if (
            after < len(toks)
            and self.gap(run[-1], after) == " "
            and place_tail(toks[after].lower)
            and not (
                first_and_surname and not toks[after].title and toks[after].lower in ("hjem", "hus", "have", "home")
            )
            # (round 19, writer AU) "Callum's hospital stay": an apostrophe possessive before a lower-case noun
            # is the person's own, not a place named after them ("St Mary's Hospital")
            and not (re.search(r"['’]s?$", toks[run[-1]].text) and not toks[after].title)
            # (round 23, writer BH) … also a Danish genitive the message goes on to speak of as someone:
            # "tilpasse Bjarkes arbejdsplads, når hans gigt blusser op"
            and not (
                toks[run[-1]].lower.endswith("s")
                and not toks[after].title
                and self.is_known_name(toks[run[-1]])
                and _PERSON_PRONOUN.search(self.text[toks[after].end :])
            )
        ):
            return None  # "Niels Bohr skolen" — but "gik Samira Haddad hjem" (round 9): home, an adverb
        if self.names_a_place(toks[run[-1]].end):
            return None  # "Johannes V. Jensens Allé": initials and a name before a street
        if any(is_org(toks[i].base) for i in run) and not first_and_surname:
            return None
        first = toks[run[0]]
        if (
            len(run) >= 2
            and DEFINITE_RE.match(first.lower)
            and not is_role(first.lower)
            and not self.is_known_name(first)
            and self.lex.is_compound(first.lower)
        ):
            if len(run) >= 3 and self.is_known_name(toks[run[1]]) and not self.lex.is_place(toks[run[1]].base):
                return run[1], run[
                    -1
                ]  # (round 9) "Kursisten Nasrin Karimi", "Donoren Henrik Sørensen": a role, then a full name
            if len(run) == 2 and self.clear_name(toks[run[1]]) and not self.lex.is_place(toks[run[1]].base):
                return run[1], run[1]  # (round 13, writer AE) "Kustoden Birgitte": a role, then a first name
            return None  # "Bostedet Lærkehøj", "Plejecentret Solhaven": a kind of place, then its name
        if re.search(r"(?<!\d)[1-9]\d{3} $", self.text[max(0, first.start - 6) : first.start]) and self.lex.is_place(
            first.base
        ):
            return None  # "6000 Kolding": a town after its postcode
        if _PROVIDER_BEFORE.search(self.text[max(0, first.start - 40) : first.start]):
            return None  # "kursus hos Niels Brock", "a course at Mary Elizabeth's": a provider
        if first.initial and not self.initial_word_is_name(run):
            run = run[1:]
            if not run:
                return None
        words = [toks[i] for i in run]
        if len(words) >= 2:
            if (
                not self.flags(words[0])
                and self.lex.is_ordinary(words[0].base)
                and all(
                    ("W" in self.flags(w) or self.lex.is_ordinary(w.base)) and "F" not in self.flags(w)
                    for w in words[1:]
                )
            ):
                return None  # (round 28, writer CB) "via Digital Post": ordinary words, the first no name at all
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
        context = (
            self.role_before(i)
            or self.workplace_after(i)
            or self.comma_apposition(i)
            or self.kin_after(i)
            or self.coordinated_with_me(i)
            or self.relative_person(i)
        )
        prev = toks[i - 1].lower if i > 0 else ""
        if prev in ("i", "in", "fra", "from", "på", "ved") and TOPONYM.search(t.base) and not self.clear_name(t):
            return None  # "i Vesterå", "fra Gellerup": a Danish place-name ending, not a person
        if (
            i >= 2
            and prev in ("på", "i", "ved", "at", "in")
            and re.search(r"(?:erne|ene|rne)$", toks[i - 2].lower)
            and len(toks[i - 2].lower) >= 6
            and "F" not in self.flags(t)
        ):
            return None  # (round 29, red team r37 a) a group in the definite plural at a place: "Nattevagterne på Tjørnely"
        if prev in ("i", "in") and TOPONYM.search(t.base) and not context and not self.role_before(i - 1):
            return None  # (round 12) "filialen i Østerby": a town, also where the word is a surname
        if prev in COPULA and "W" in self.flags(t) and not context:
            return None  # "a staff member who is Black": a predicate, not a name
        if i > 0 and toks[i - 1].upper and toks[i - 1].lower not in ("it", "hr") and self.unknown(t):
            return None  # "FOA Vesterå", "HK Midt": an unknown word after an acronym names a branch
        if self.non_person(t):
            if t.base in STOP or is_org(t.base):
                return None
            if (
                t.initial
                and "F" in self.flags(t)
                and (self.verb_after(i) or self.verb_after_workplace(i))
                and self.detail_in_clause(i)
            ):
                return (
                    i,
                    i,
                )  # (round 29, red team r36 a) a first name that is also a place or a country: "India is pregnant …"
            if (
                t.initial
                and self.lex.is_place(t.base)
                and (
                    self.person_only_verb_after(i)
                    or self.kin_after(i)
                    or (self.verb_after(i) and self.own_pronoun_in_clause(i))
                )
            ):
                return i, i  # "Edina bor på krisecenter …": a place-name as the subject of a person's verb
            if self.lex.is_place(t.base) and self._from_named_unit(i):
                return i, i  # "Milan fra lageret er …": a town is not "from the warehouse"; a person is
            if (
                self.lex.is_place(t.base)
                and i > 0
                and toks[i - 1].lower in ("med", "with")
                and not TOPONYM.search(t.base)
                and self.pronoun_subject_next(i)
            ):
                return (
                    i,
                    i,
                )  # (round 27, writer BX) "møder med Ngozi? Hun har …": one meets a person, and "hun" takes it up
            # a role noun right before it names a person even when the word is also a place
            # ("the nurse Ama", "vikaren Thy"); a workplace after a place is no person ("Lund fra …")
            return (i, i) if self.role_before(i) or (context and not self.lex.is_place(t.base)) else None
        if t.initial:
            # Sentence-initial: handled by initial_word_is_name for runs of one.
            return (i, i) if self.initial_single_is_name(i) else None
        if self.is_known_name(t):
            if (
                "P" in self.flags(t)
                and not context
                and i > 0
                and toks[i - 1].lower in WORKPLACE_PREP
                # (round 12) Danish "at" is "that": "… at Casper ryger hash" has a subject, not a place
                and not (toks[i - 1].lower == "at" and self.verb_after(i))
            ):
                return None  # "i Lund", "fra Tim"? a place after a preposition
            return i, i
        if self.lex.is_ordinary(t.base) or self.lex.is_compound(t.base, loose=True, min_part=compound_min_part(t.base)):
            # A capitalised ordinary word or compound mid-sentence (English title case,
            # "HK Kommunal", "Ledersektionen", "Solgården"): only a role noun or "hedder"
            # before it makes it a name.
            # … or, as for a sentence subject, a workplace and a finite verb after it ("that
            # Yohannes in the kitchen is …").
            return (i, i) if self.role_before(i) or self.subject_at_workplace(i, initial_only=False) else None
        if i > 0 and toks[i - 1].lower in ("i", "på", "ved") and DEFINITE_RE.match(t.base):
            return None  # "i Mælkebøtten", "på Solsikken": a named unit or institution
        return i, i  # an unknown capitalised word mid-sentence: a rare name or a misspelling

    def _from_named_unit(self, i: int) -> bool:
        """A preposition and a definite unit noun right after word i: "fra lageret", "i kantinen",
        "på vejkontoret" (a common noun in the definite, not a proper name)."""
        toks = self.toks
        if i + 2 >= len(toks) or self.gap(i, i + 1).strip(" ,") != "":
            return False
        prep, unit = toks[i + 1], toks[i + 2]
        return (
            prep.lower in ("fra", "i", "på", "ved", "hos", "from", "in", "at", "on")
            and not unit.title
            and bool(DEFINITE_RE.match(unit.lower) or UNIT_RE.search(unit.lower))
        )

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
        context = (
            self.workplace_after(i)
            or self.comma_apposition(i)
            or self.role_before(i)
            or self.kin_after(i)
            or self.possessive_detail_after(i)
            or self.kin_coordination(i)
            or self.coordinated_with_me(i)
            or self.relative_person(i)
        )
        if t.base in STOP or is_org(t.base):
            return False
        if is_role(t.lower) and not self.clear_name(t):
            return False  # "Medarbejderen i receptionen", "Borgeren fra …": a role, not a name
        if self.clear_name(t):
            return True
        if self.is_known_name(t):
            # "Per medarbejder har vi …" vs "Per har stress": an ambiguous name needs a verb or
            # a workplace after it; a surname that is also an ordinary word ("Sagen har …",
            # "Skoven er …") needs a workplace, role or apposition.
            if "W" in self.flags(t) and "F" not in self.flags(t):
                # (round 25, writer BO) … or a verb after it and a personal pronoun later that can only be
                # theirs: "Rask har været syg elleve gange … Hvordan tager jeg den med ham?"
                return context or (self.verb_after(i) and self._pronoun_later(i))
            return context or self.verb_after(i) or self._placed_with_detail(i)
        if self.lex.is_place(t.base):
            # "Edina bor på krisecenter …": only a person lives, works, says or cries
            return (
                self._placed_with_detail(i)
                or self.comma_apposition(i)
                or self.kin_after(i)
                or self.person_only_verb_after(i)
                or self._from_named_unit(i)
                or (self.verb_after(i) and self.own_pronoun_in_clause(i))
            )
        if self.unknown(t):
            return context or self.verb_after(i)
        if DEFINITE_RE.match(t.base) and self.lex.is_compound(t.base) and not self.comma_apposition(i):
            # (round 21, writer AZ) "Valgstedet på Grundtvigsskolen mangler …": a thing in the definite form
            return False
        return (context and not self.lex.is_ordinary(t.base)) or self.subject_at_workplace(i)

    def _placed_with_detail(self, i: int) -> bool:
        """(round 30, red team r38 a) A verb after where the word works, and a detail in its clause: "Preston from the
        crematorium has been diagnosed …", "Georgia, der kører vores bogbus, er gravid" — a place is never diagnosed."""
        return self.verb_after_workplace(i) and self.detail_in_clause(i)

    def _pronoun_later(self, i: int) -> bool:
        """A singular personal pronoun after token i's clause, with no other capitalised word between
        that could be its referent."""
        for t in self.toks[i + 2 :]:
            if t.lower in ("han", "hun", "ham", "hende", "he", "she", "him", "her"):
                return True
            if t.title and t.start > 0 and not re.search(r"[.!?]\s*$", self.text[: t.start]):
                return False
        return False

    def lowercase_person(self, k: int) -> bool:
        """A name typed in lower case ("mette fra rengøringen", "jens mortensen")."""
        t = self.toks[k]
        if len(t.base) < 2 or t.base in STOP or t.base in _AUXILIARIES:
            return False
        if t.base in nordic_words() and "D" not in self.flags(t):
            return False  # (round 23, writer FB) Norwegian or Swedish words, not names: "takk! hjalp det noe"
        if (t.base in self.lex.countries or t.possessive_base in self.lex.countries) and not set(
            self.lex.flags(t.base) + self.lex.flags(t.possessive_base)
        ) & {"m", "f"}:
            return False  # (round 24, writer FA) a country in lower case: "danmarks lærerforening"
        if len(t.base) > 6 and t.base.endswith(("erne", "ene")) and not self.is_known_name(t):
            return False  # (round 9) a plural definite noun ("skatteyderne"), never a name
        if re.search(r"\d\s?$", self.text[max(0, t.start - 3) : t.start]):
            return False  # (round 17, writer AQ) a unit after a number ("spare 2 mio.", "3 stk"), never a name
        if re.match(r"\s?(?:nr\.?\s?)?\d", self.text[t.end : t.end + 5]) and (
            self.lex.is_ordinary(t.base) or (k > 0 and self.toks[k - 1].lower in ("på", "ved", "i", "at", "on", "by"))
        ):
            return False  # (round 24, writer BK) a thing's label before its number: "på kaj 4", "kran 3", "rute 14"
        f = self.flags(t)
        # (round 11) a "fyi"/"btw" before a word still opens the sentence ("fyi ab from the secretariat is …")
        opens = t.initial or (
            k > 0 and self.toks[k - 1].initial and self.toks[k - 1].lower in ("fyi", "btw", "ps", "nb", "obs")
        )
        if (
            2 <= len(t.base) <= 3
            and t.text.isalpha()
            and t.text.islower()
            and not re.search(r"[aeiouyæøå]", t.base)
            and t.base not in _UNIT_ABBREVIATIONS
            and self.workplace_after(k, strict=True)
        ):
            return True  # (round 13, writers AD, AE, AF) lower-case initials with a workplace: "jk fra tilsynet", "rk in the kitchen"
        if "F" not in f and "S" not in f and not opens:
            # Most lower-case words: no name, not at a sentence start — only a role noun or
            # "hedder" before an unknown word makes it one ("min medarbejder tjalfe").
            return (
                ((self.role_before(k) and not self._plural_role_before(k)) or self.pronoun_resumes(k))
                and self.unknown(t)
                and t.base.isalpha()
            )
        if "F" in f and "W" not in f and "P" not in f and not self.lex.is_ordinary(t.base):
            return True
        if "F" in f and "W" not in f and k + 1 < len(self.toks) and self.gap(k, k + 1) == " ":
            nf = self.flags(self.toks[k + 1])
            if "S" in nf and "W" not in nf:
                return True  # "jens mortensen" (not "bruger Lyngholm": "bruger" is a word)
        if self.subject_at_workplace(k):
            return True  # "mo from the night shift is …"
        if t.initial and "F" in f and self._copula_after(k) and not self.lex.is_place(t.base):
            return True  # "per er sygemeldt igen", "frank has been drinking": a first name as subject
        if (
            t.initial
            and "S" in f
            and "W" not in f
            and not self.lex.is_place(t.base)
            and (self._copula_after(k) or self.verb_after(k))
        ):
            return True  # (round 12) a surname in lower case as the subject: "thygesen drikker i arbejdstiden"
        if t.initial and self.unknown(t) and 2 <= len(t.base) <= 4 and t.base.isalpha() and self._copula_after(k):
            return True  # (round 8) initials typed in lower case as the subject: "jpo er sygemeldt igen"
        # (round 25, red team r28 a) … also a surname that is no word: "talk to pearson about his drinking"
        surname = "S" in f and "W" not in f and not self.lex.is_place(t.base) and not self.lex.is_ordinary(t.base)
        if ("F" in f or surname) and self._talked_with_about_them(k):
            return True  # (round 8) "har talt med per om hans druk", "talked to grace about her drinking"
        if "F" in f and len(t.base) >= 2 and self._named_then_their(k):
            return True  # (round 24, red team r27 a) "hjælper jeg bo med hans kræftbehandling", "can dawn have … for her ivf"
        if (
            self.role_before(k)
            and "W" in f
            and k >= 2
            and self.toks[k - 2].lower in ("a", "an", "en", "et", "one", "some")
        ):
            return False  # (round 11) "a patient driver is …": an indefinite noun compound, not a named one
        if self.role_before(k) and "W" in f and self._plural_role_before(k):
            return False  # (round 18, writer AT) a verb after a group: "hensyn bør lærerne tage"
        if self.role_before(k):
            # "min medarbejder tjalfe", "hedder kriss" — but not "our HR partner says"; a name that
            # is also a word when a workplace follows: "chaufføren per fra madudbringningen"
            return (
                (self.is_known_name(t) and "W" not in f)
                or self.unknown(t)
                or (self.is_known_name(t) and (self.workplace_after(k, strict=True) or self._copula_after(k)))
            )
        clear = self.is_known_name(t) and "W" not in f
        if self.workplace_after(k, strict=True) or (self.workplace_after(k) and clear):
            # "lone fra løn", "jess on reception", and initials "svn på jobcentret"
            if self.is_known_name(t):
                # A name that is also a word ("per", "guy", "ham", "lives") only at the start
                # of a sentence: "per fra lønkontoret …" but not "sætte ham på listen".
                # (round 10) … or with "fra" and a unit right after: a word that is also a name
                # ("hans", "bo", "per") cannot take "fra lageret" unless it names someone; an
                # object pronoun can ("ham fra lageret"), so those stay out.
                return (
                    "W" not in f
                    or t.initial
                    or (
                        self._from_named_unit(k)
                        and self.toks[k + 1].lower in ("fra", "from")
                        and t.lower not in OBJECT_PRONOUNS
                        and not (k > 0 and self.toks[k - 1].lower in ("at", "to", "vil", "skal", "kan", "må"))
                    )
                )
            # An unknown word (not an ordinary word, compound or inflection) at the start of a
            # sentence with a workplace after it: a misspelt name or initials ("svn på …").
            return self.unknown(t) and opens and "-" not in t.text
        return False

    def _list_item_label(self, i: int) -> bool:
        """Token i opens a list item (after a bullet, a dash or an emoji code) and a dash or colon
        follows it: the item's label ("• Bjørn - back surgery", "- Mette: sygemeldt")."""
        t = self.toks[i]
        before = self.text[max(0, t.start - 30) : t.start]
        after = self.text[t.end : t.end + 4]
        return bool(
            re.search(r"(?:^|^\s*-|[•▪◦·*]|\s-|(?::[a-z_+-]+:\s*)+)\s*$", before) and re.match(r"\s?[-–:]\s", after)
        )

    def _plural_role_before(self, k: int) -> bool:
        """The role noun before token k is an indefinite plural ("gældsrådgivere spotte …", "nurses
        report …"): a group takes a verb after it, never a name (round 11)."""
        prev = self.toks[k - 1].lower
        if prev in NAMING:
            return False
        return prev.endswith(("ere", "erne")) or (prev.endswith("s") and not prev.endswith(("ss", "'s")))

    def _talked_with_about_them(self, k: int) -> bool:
        """Token k follows "med"/"with"/"to" and a few words on "om"/"about" their own something
        follows: the word is someone the asker talks with about that person's affairs."""
        toks = self.toks
        if k == 0 or toks[k - 1].lower not in ("med", "with", "to", "til"):
            return False
        words = [t.lower for t in toks[k + 1 : k + 6]]
        return any(
            w in ("om", "about") and nxt in ("hans", "hendes", "his", "her", "sin", "sit", "sine")
            for w, nxt in itertools.pairwise(words)
        )

    def _named_then_their(self, k: int) -> bool:
        """A given name in lower case in a verb's or a modal's object or subject slot ("support grace with her
        depression", "skal bent have en advarsel", "kan liv få fri til sin kemo") with a third-person pronoun for
        the same person later in the clause."""
        toks = self.toks
        t = toks[k]
        if k == 0 or toks[k - 1].lower not in _BEFORE_LOWER_NAME or t.base in _PRONOUNS_AND_FUNCTION:
            return False
        # (round 25, red team r27 a) Danish inverted order puts the subject between: "hvordan hjælper jeg bo med hans …"
        inverted = (
            k > 1
            and toks[k - 1].lower in ("jeg", "vi", "du", "i", "we")
            and toks[k - 2].lower in _VERB_BEFORE_LOWER_NAME
        )
        # … and a modal before and a verb of having or getting after: "can dawn have …", "kan liv få …"
        modal_slot = (
            toks[k - 1].lower in _MODALS_BEFORE_NAME
            and k + 1 < len(toks)
            and toks[k + 1].lower in ("have", "get", "take", "få", "tage", "have", "holde", "keep")
        )
        if (
            self.lex.is_ordinary(t.base)
            and toks[k - 1].lower not in _VERB_BEFORE_LOWER_NAME
            and not (inverted or modal_slot)
        ):
            return False  # "let", "harm": a word that is also a name needs a verb of helping or asking before it
        if not set(self.flags(t)) & {"m", "f"}:
            return False  # a given name with a gender in the name data
        for j in range(k + 1, min(len(toks), k + 8)):
            if re.search(r"[.;:!?]", self.gap(j - 1, j)):
                return False
            if toks[j].lower in (
                "hans",
                "hendes",
                "his",
                "her",
                "sin",
                "sit",
                "sine",
                "han",
                "hun",
                "he",
                "she",
                "him",
                "ham",
            ):
                return True
        return False

    def _month_named_person(self, k: int) -> bool:
        """(round 21, red team r22 a) A month's name used as a first name (May, June, Maj, Juni, April):
        capitalised inside a sentence (Danish writes months in lower case), with no date after it, and
        either talked with about their own affairs ("med Maj om hendes depression") or told something
        about themselves ("I promised May she could leave early")."""
        toks = self.toks
        t = toks[k]
        if t.base not in _MONTHS or not t.text[:1].isupper():
            return False
        if t.initial:
            # (round 22, writer BB) the subject of a sentence, placed at a workplace and told about:
            # "May in dispatch is pregnant", "Juni fra køkkenet har …" (not "May is a busy month")
            return bool(_MONTH_SUBJECT.match(self.text[t.end :])) and self.workplace_after(k)
        if k + 1 < len(toks) and (toks[k + 1].lower[:1].isdigit() or toks[k + 1].lower in ("the", "den", "d")):
            return False
        prev = toks[k - 1].lower if k else ""
        if prev in _TIME_PREP:
            return False  # "in May from the finance team", "indtil Juni": the month
        if self._talked_with_about_them(k) or self.workplace_after(k):
            return True  # … or placed at a workplace: "May from reception", "Juni fra køkkenet"
        if prev in ("med", "with", "to", "til") and any(
            t2.lower in ("hans", "hendes", "his", "her", "sin", "sit", "sine") for t2 in toks[k + 1 : k + 6]
        ):
            return True  # "med Juni efter hendes indlæggelse"
        nxt = toks[k + 1].lower if k + 1 < len(toks) else ""
        nxt2 = toks[k + 2].lower if k + 2 < len(toks) else ""
        return prev in _TOLD_VERBS and (
            nxt in ("she", "he", "hun", "han") or (nxt in ("at", "that") and nxt2 in ("she", "he", "hun", "han"))
        )

    def _clause_ends(self, k: int) -> bool:
        """Token k closes its clause: nothing, punctuation, a number or a new subject follows it."""
        if k + 1 >= len(self.toks) or self.gap(k, k + 1).strip():
            return True
        nxt = self.toks[k + 1].lower
        return nxt[:1].isdigit() or nxt in _CLAUSE_NEXT

    def _copula_after(self, k: int) -> bool:
        """ "er", "har", "is", "has" … right after token k: a subject that is talked about."""
        return (
            k + 1 < len(self.toks)
            and self.gap(k, k + 1) == " "
            and self.toks[k + 1].lower in ("er", "har", "var", "havde", "blev", "fik", "is", "has", "was", "had", "got")
        )

    def _initials_object_referred(self, k: int) -> bool:
        """(round 25, red team r28 a) Initials as the object of a verb said of people, referred to by a personal
        pronoun later in the sentence: "Can I let EM work from home while her chemo lasts?", "How do I support KW
        after his cancer diagnosis?", "før jeg indkalder RN til en sygefraværssamtale" (the meeting is theirs)."""
        verb = k - 1
        if verb > 0 and self.toks[verb].lower in ("jeg", "vi", "du", "i", "we", "you"):
            verb -= 1  # Danish inverted order: "Hvordan støtter jeg TK …"
        if k == 0 or self.toks[verb].lower not in _OBJECT_VERBS:
            return False
        for t in self.toks[k + 1 : k + 14]:
            if re.search(r"[.!?]", self.text[self.toks[k].end : t.start]):
                return False
            if t.lower in _REFERRING_PRONOUNS:
                return True
            if t.title and not t.initial:
                return False  # another name could be the one referred to
        return (
            self.toks[k - 1].lower in ("indkalder", "indkalde", "indkaldte")
            and k + 1 < len(self.toks)
            and self.toks[k + 1].lower in ("til", "to")
        )

    def initials_person(self, k: int) -> bool:
        """Capital initials with person context ("JH fra lønkontoret", "AMS på 2. sal")."""
        t = self.toks[k]
        if t.lower in ACRONYMS:
            return False
        if len(t.text) > 4:
            # a first name typed in capitals: "HANNE har fået …", "KAREN in finance …"
            return t.lower in self.lex.first_names and (self.verb_after(k) or self.workplace_after(k))
        # initials opening a clause after "at"/"that" or a verb of thinking: "bekymret for at KBJ drikker"
        clause = k > 0 and self.toks[k - 1].lower in (
            "at",
            "that",
            "om",
            "if",
            "fordi",
            "because",
            "hvis",
            # (round 25, red team r28 a) … and the other subordinators: "når LK skal i fængsel", "whether TB is"
            "når",
            "when",
            "whether",
            "while",
            "mens",
            "så",
            "before",
            "før",
            "after",
            "efter",
        )
        # (round 8) initials as someone the asker talks with about their affairs ("taler med MLH om hans
        # alkoholforbrug") or gives something to ("vi har givet KJ en skriftlig advarsel")
        given = k > 0 and self.toks[k - 1].lower in ("givet", "gav", "giver", "give", "gave", "given", "tildelt")
        # (round 11, writer AC) an apposition between dashes places them: "MH – one of the coordinators there – has …"
        dashed = re.match(r"\s*[-–—]\s+([^.?!]{3,50}?)\s[-–—]\s", self.text[t.end : t.end + 60])
        if dashed and any(is_role(w.lower()) for w in re.findall(r"[\wæøå]+", dashed.group(1))):
            return True
        # (round 18, writer AS) … also with a negation or an adverb before the verb: "at PKN ikke var der"
        adverb_verb = (
            k + 2 < len(self.toks)
            and self.toks[k + 1].lower
            in ("ikke", "not", "aldrig", "never", "også", "also", "stadig", "still", "igen", "again")
            and self.verb_after(k + 1)
        )
        # (round 19) the subject after a finite verb in Danish inverted order: "I kanalen skriver HRJ, at han …"
        inverted = k > 0 and self.toks[k - 1].lower in _INVERTING_VERBS and k > 1
        return (
            self.workplace_after(k)
            or self.role_before(k)
            or inverted
            or self._initials_object_referred(k)
            or ((self.verb_after(k) or adverb_verb) and (t.initial or clause))
            or self._talked_with_about_them(k)
            or (given and k + 1 < len(self.toks) and self.toks[k + 1].lower in ("en", "et", "a", "an"))
        )


_OBJECT_VERBS = frozenset(
    "let lets offer offered support supporting help helping check ask asking tell give giving indkalder indkalde indkaldte "
    "tilbyde tilbyder lade lader hjælpe hjælper støtte støtter spørge spørger bede beder on med with til for".split()
)
_REFERRING_PRONOUNS = frozenset("her his she he him hun han hendes hans ham hende sin sit sine".split())


# Words before a name in a verb's or a modal's slot (round 24): "support grace", "hjælper jeg bo", "skal bent have"
_BEFORE_LOWER_NAME = frozenset(
    "support supporting help helping ask asking tell telling give giving get getting can could should may must will "
    "hjælpe hjælper støtte støtter spørge spørger fortælle fortæller give giver få får skal kan må bør vil jeg vi we "
    "med with til to om about".split()
)
_VERB_BEFORE_LOWER_NAME = frozenset(
    "support supporting help helping ask asking tell hjælpe hjælper støtte støtter spørge spørger med with".split()
)
_MODALS_BEFORE_NAME = frozenset("can could may might should kan må skal bør".split())
_PRONOUNS_AND_FUNCTION = frozenset(
    "hans hendes han hun ham hende his her he she him they them their de dem deres sin sit sine let harm will can may "
    "must shall should could would".split()
)
_MONTH_SUBJECT = re.compile(
    r"(?:\s+(?:in|from|at|on|på|fra|i|hos)\s+(?:the\s+)?[\w-]+){1,2}\s+(?:is|was|has|had|er|var|har|havde|venter|expects)\b",
    re.IGNORECASE,
)
_MONTHS = frozenset(
    "januar februar marts april maj juni juli august september oktober november december "
    "january february march may june july".split()
)
_TIME_PREP = frozenset("in i until indtil from fra since siden by before after efter før of af during under om".split())
_CLAUSE_NEXT = frozenset(
    "and og but men we vi i jeg he she han hun they de it det this next last to til until indtil".split()
)
# … of them, the ones that never introduce a person ("fra August", "of May" may)
_ONLY_TIME_PREP = frozenset("in i until indtil since siden before after efter før during under".split())
_TOLD_VERBS = frozenset(
    "promised told asked reminded assured lovet lovede fortalt fortalte spurgt spurgte sagt sagde".split()
)
_INVERTING_VERBS = frozenset(
    "skriver skrev siger sagde mener mente fortæller fortalte spørger spurgte synes syntes klager klagede "
    "ringer ringede melder meldte".split()
)
# (round 12) Auxiliary verbs are never a name typed in lower case ("one of my drivers has had …").
_AUXILIARIES = frozenset("has had have is was were are be been er var har havde blev bliver".split())

_INSTITUTION_HEAD = re.compile(
    r"skolen?|hus(?:et)?|kollegi(?:um|et)|hospital(?:et)?|kirken?|minde|stiftelsen?|gård(?:en)?|haven?|cent(?:er|ret|eret)|"
    r"bibliotek(?:et)?|plejehjem(?:met)?|børnehave(?:n)?|school|house|college|hospital|church"
)
# The asker's own staff by the situation: someone who calls in sick to the asker, or with whom
# the asker holds an absence or personnel interview — a magazine name there is the asker's own.
_OWN_STAFF_SITUATION = re.compile(
    r"\b(?:har ringet sig syg|har meldt sig syg|ringede sig syg|meldte sig syg|called in sick|rang in sick|"
    r"(?:jeg|vi) skal (?:holde|have) (?:en )?(?:fraværs|syge|sygefraværs|omsorgs|personale|advarsels|tjenstlig\w*)"
    r"\w*samtale med|(?:i|we) (?:have to|must|will) hold (?:an? )?(?:absence|sickness|disciplinary) (?:interview|meeting) with|"
    # round 7: admitted to or living in the asker's own ward or home — the asker's patient or resident
    r"(?:was |is |has been )?admitted to (?:our|my)|(?:er |blev |var )?indlagt (?:på|hos) (?:os|vores|min|mit)|"
    r"(?:moved|moves) into (?:our|my)|(?:er |blev )?flyttet ind (?:på|hos) (?:os|vores|min|mit)|"
    # (round 12) the asker says how they stand to the person: "jeg er hans nærmeste leder", "som jeg
    # er leder for", "som jeg ansatte", "I'm his line manager", "I gave … a warning", "… af mig",
    # "starter hos os", "kører vores skraldebil", "is a citizen at our shelter"
    r"jeg er (?:hans|hendes) (?:nærmeste |daglige )?(?:leder|chef)|som jeg er (?:leder|chef) for|som jeg (?:har )?ansat(?:te)?|"
    r"i'?m (?:his|her) (?:line |direct )?(?:manager|boss|supervisor)|(?:whom|who) i (?:hired|manage|supervise)|"
    r"i (?:gave|have given) (?:him|her|[A-ZÆØÅ]\w+(?: [A-ZÆØÅ]\w+)?) an? (?:written |verbal )?warning|(?:advarsel|warning) (?:af|from) mig|"
    r"starter hos os|starts with us|arbejder hos os|works for us|kører vores|drives our|"
    r"(?:is|er) (?:a |en )?(?:citizen|borger|resident|beboer|client|klient) (?:at|hos|på|i) (?:our|os|vores))\b",
    re.IGNORECASE,
)
# Where a course or an education is taken: what follows is the provider, not a person.
_PROVIDER_BEFORE = re.compile(
    r"\b(?:kursus|kurser|kurset|kurserne|course|courses|training|uddannelse\w*|efteruddannelse\w*|"
    r"studerer|studied|studying|enrolled|indskrevet) (?:hos|på|at|ved|with|from)\s*$",
    re.IGNORECASE,
)
# The phrase attached to a name: an apposition or relative clause after a comma, parenthesis or
# dash ("Charlotte Larsen, who works in our canteen,", "Nicolai Paulsen, pædagogmedhjælper hos
# os i …,", "Pernille … – altså vores Pernille på lønkontoret,"), up to the next delimiter.
_ATTACHED = re.compile(r"^\s*(?:[,(–—-]|\s(?:who|som|der|that)\b)([^,()–—.;:!?]{0,90})")


# A disease, syndrome, law or effect named after someone: "Alzheimer's", "Crohns sygdom",
# "Parkinsons", "Aspergers syndrom", "Parkinson's disease".
_EPONYM_AFTER = re.compile(
    r"^(?:'s|’s|s)?\s*(?:sygdom|syndrom|disease|syndrome|lov|law|effekt|effect|princip|principle|model|"
    r"skala|scale|test|"
    # (round 12) a disease named after its discoverer: "Hodgkins lymfom", "Parkinson's tremor"
    r"lymfom|lymphoma|sarkom|sarcoma|chorea|parese|palsy|demens|dementia|tremor|ataksi|ataxia|"
    # (round 31, writer CN, released) a structure or sign named after its finder: "Lewy body-demens", "Lewy-legemer"
    r"bod(?:y|ies)(?:-\w+)?|legeme\w*|cells?|celler?|tegn|sign)\b",
    re.IGNORECASE,
)


# A thing named after a well-known person, by its head noun after the name (lower case too).
_PLACE_NAMED_AFTER = re.compile(
    r"[\s-]+(?:[a-zæøå]+[\s-]+)?(?:house|home|hus|huset|hjem|hjemmet|plads|park|parken|skole|skolen|school|centre|center|"
    r"centret|hospital|museum|museet|institut|institute|hall|hallen|vej|gade|allé|road|street|square|prize|prisen|pris|"
    r"award|fond|fonden|foundation|kollegium|kollegiet|college|bibliotek|library|teater|theatre|selskab|society|"
    r"ward|afsnit|afdeling|wing|fløj|building|bygning|stue|room)\b",
    re.IGNORECASE,
)


# (round 17) The head of an organisation's or an institution's name: "Hedelund Skole", "Rødmose State
# Prison", "Pension Egelund", "Familierådgivningen" (a compound ending in one, as sensitive._ORG_COMPOUND).
_ORG_HEAD = (
    r"skole|skolen|school|prison|fængsel|fængslet|arrest|pension|hotel|hospital|sygehus|sygehuset|klinik|klinikken|"
    r"clinic|center|centre|centret|centeret|kommune|region|plejehjem|plejehjemmet|plejecenter|plejecentret|bosted|"
    r"krisecenter|refuge|shelter|forening|foreningen|fond|fonden|rådgivning|rådgivningen|behandlingen|tjenesten|"
    r"service|services|institut|institute|museum|museet|bibliotek|biblioteket|library|college|gymnasium|akademi|"
    r"academy|universitet|university|børnehave|børnehaven|vuggestue|vuggestuen|fritidshjem|klub|klubben|club|"
    r"society|association|foundation|trust|council|agency|styrelsen|direktorat|direktoratet|ministeriet|ministry"
)
_ORG_LAST = re.compile(rf"(?i:{_ORG_HEAD})")
# (round 18, writer AS) … and a kind of establishment named by a compound: "Botilbuddet Egebo", "Opholdsstedet Lærken"
_ORG_FIRST = re.compile(
    r"(?i:pension|hotel|café|cafe|restaurant|klinik|clinic|museet|hospice|hospital|sygehus|"
    r"\w*(?:plejehjem|plejehjemmet|bosted|bostedet|tilbud|tilbuddet|opholdssted|opholdsstedet|center|centret|centeret|"
    r"skolen|herberg|herberget|forsorgshjem|forsorgshjemmet|værested|værestedet|klubben|institution|institutionen|"
    r"børnehaven|vuggestuen))"
)
_ORG_COMPOUND_WORD = re.compile(
    r"[A-ZÆØÅ][a-zæøå]{3,}(?:rådgivningen|behandlingen|centret|centeret|klinikken|tjenesten|foreningen|hjælpen|"
    r"skolen|fængslet|styrelsen|direktoratet|ministeriet)"
)


def _names_organisation(text: str, m: Mention) -> bool:
    """The capitalised run names an organisation, not a person: its last word is an institution's
    head and its first word no first name ("Hedelund Skole", "Rødmose State Prison"), its first
    word is a kind of establishment ("Pension Egelund"), or it is one compound ending in such a
    head ("Familierådgivningen")."""
    words = text[m.start : m.end].split()
    if not words or any(not w[:1].isupper() for w in words) or is_role(words[0].lower()):
        return False  # a role with its place ("Køkkenlederen på Plejecenter Lyngbo") is a person
    if len(words) == 1:
        return bool(_ORG_COMPOUND_WORD.fullmatch(words[0]))
    first = words[0].lower()
    if _ORG_FIRST.fullmatch(words[0]):
        return True
    # (round 31, writer CM, released) a first name may open it when a whole name stands before the head: "Carl Nielsen
    # Library", "Karen Blixen Skolen" are named after someone; "Anna Hotel" may be someone called Hotel
    return (
        bool(_ORG_LAST.fullmatch(words[-1]))
        and words[-1][:1].isupper()
        and (first not in lexicon().first_names or len(words) >= 3)
    )


def _eponym(text: str, m: Mention) -> bool:
    """The mention names a disease or another thing after a person (by a following head noun, or
    because the word itself is a sensitive concept: "Alzheimer's among older citizens")."""
    word = text[m.start : m.end]
    if _EPONYM_AFTER.match(text[m.end : m.end + 14]):
        # (round 17) things are named after surnames: a first name ranked in Denmark is someone's
        # ("Mettes sygdom", "Bents sygdom"), not a disease's (Parkinsons, Crohns)
        stem = re.sub(r"(?:'s|’s|s)$", "", word.split()[-1]).lower()
        flags = set(lexicon().names.get(stem, ""))
        return not ({"F", "D"} <= flags and " " not in word)

    if " " in word or detail_category(word.lower()) is None:
        return False
    # (round 23, writer BG) a first name that is no ordinary word is the person, not the concept it
    # contains or spells: "Sami", "Roma", "Sunniva" (but "Muslim", "Gay", "Rehab" are words too)
    flags = set(lexicon().names.get(word.lower(), ""))
    if _GROUP_AFTER.match(text[m.end : m.end + 20]):
        return True  # "Roma families", "samiske børn": the group
    return not ("F" in flags and "W" not in flags and ({"m", "f"} & flags or "D" in flags))


_STARRED_NAME = re.compile(r"(?<![\w*])[A-ZÆØÅ][a-zæøå]{0,12}\*{1,3}[a-zæøå]{1,12}(?![\w*])")
_PERSON_PRONOUN = re.compile(r"\b(?:hans|hendes|han|hun|ham|hende|his|her|he|she|him)\b", re.IGNORECASE)
_GROUP_AFTER = re.compile(
    r"^(?:-|\s+(?:famil\w*|people|peoples|folk\w*|børn|children|communit\w*|culture|kultur\w*|borgere|citizens|"
    r"women|men|kvinder|mænd|minorit\w*|youth|unge|language|sprog|groups?|grupper?)\b)",
    re.IGNORECASE,
)


def _own_role_before(before: str) -> bool:
    """A role noun with a first-person possessive right before the name: "vores sagsbehandler
    Charlotte Larsen", "my team lead Kasper Edwards" (any role the role data knows)."""
    m = re.search(r"\b(?:min|mit|mine|vores|vor|my|our)\s+(?:[\w-]+\s+){0,3}([\w-]+),?\s*$", before, re.IGNORECASE)
    if m is not None and re.search(
        r"\b(?:one of|en af|et af)\s+\S+\s+(?:[\w-]+\s+){0,2}[\w-]+,?\s*$", before, re.IGNORECASE
    ):
        return True  # (round 22, writer BA) "One of our users, Lone …": one of the asker's own people
    return m is not None and is_role(m.group(1).lower())


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence that holds `start:end` (split at ".", "!", "?" or a line break before a capital or the end)."""
    a = max((m.end() for m in _SENTENCE_END_RX.finditer(text, 0, start)), default=0)
    b = _SENTENCE_END_RX.search(text, end)
    return text[a : b.end() if b else len(text)]


_SENTENCE_END_RX = re.compile(r"[.!?]+(?=\s|$)|\n")


def _own_attached_clause(after: str) -> bool:
    """The apposition or relative clause after a name places the person in the asker's own
    organisation (a first-person possessive or "hos os"/"for us"), and is not about reading or
    quoting the magazine ("Karen Frost, som vi læste om i bladet, …" stays public)."""
    m = _ATTACHED.match(after)
    if not m:
        return False
    clause = m.group(1)
    return bool(OWN_CLAUSE.search(clause))


_SAYS = re.compile(
    r"\b(?:siger|sagde|says|said|fortæller|fortalte|tells|told|skriver|skrev|writes|wrote|mener|thinks|citere|quote|"
    r"interviewet|interviewed)\b",
    re.IGNORECASE,
)
_ON_TOPIC = re.compile(r"^(?:'s)?\s+on\s+(?!(?:the|our|my|a|an|his|her|their)\b)[a-z]", re.IGNORECASE)
_VIEW_ASKED = re.compile(
    r"\b(?:does (?:he|she) (?:think|cite|say|mention|argue|recommend)|cite|citing|quote|quoting|quoted|liked|like|read|"
    r"give me|summari[sz]e|in (?:\w+ )?bullets|which page|what page|is the quote|does (?:he|she))\b",
    re.IGNORECASE,
)
_MAGAZINE_TALK = re.compile(
    r"\b(?:bladet|magasinet|artikl\w*|interview\w*|offentlig ledelse|nummeret|the magazine|the article|the interview|"
    r"the piece|the issue|the column|klummen|lederen i)\b",
    re.IGNORECASE,
)


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


def _magazine_places(public_names: frozenset[str]) -> frozenset[str]:
    """The municipalities and regions the magazine names ("Lyngholm Kommune", "Region Hovedstaden"
    in the allow-list, public.py), by their own name."""
    out = set()
    for n in public_names:
        parts = n.split()
        if len(parts) == 2 and parts[1] in ("Kommune", "Kommunes", "Region", "Regions"):
            out.add(parts[0].lower())
        elif len(parts) == 2 and parts[0] == "Region":
            out.add(parts[1].lower())
    return frozenset(out)


# (round 18, writers AS and AT, released; docs/privacy.md § 3.3) People named by the form the message
# puts them in: the value of a name field in a filled-in template ("Navn: Søs", "Name: G. Woldemariam"),
# initials in brackets after a role as case notes write them ("Borger (A.K.)", "elev 2.c (ML)"), a
# teacher by the class they have ("7.B-læreren", "the 7B teacher"), and capital initials a relative
# clause tells about ("one of them is PJH who has 3.a").
_FORM_PERSON = re.compile(
    r"(?i:\b(?:navn|name|medarbejder|employee|borger|citizen|elev|student|patient|beboer|resident|klient|client|kursist)"
    r"\s*:[ \t]*)(?P<field>(?:[A-ZÆØÅ]\.\s?)*[A-ZÆØÅ][\wæøå'’-]+(?:[ \t]+[A-ZÆØÅ][\wæøå'’-]+)?)|"
    r"(?i:\b(?:borger|citizen|elev|eleven|student|patient|beboer|resident|klient|client|barn|barnet|child|medarbejder\w*|"
    r"employee|kursist|bruger|pige|dreng|girl|boy)(?:\s+\d{1,2}\.?\s?[a-zæøå])?\s+)\((?P<paren>(?:[A-ZÆØÅ]\.?\s?){2,4})\)|"
    r"(?P<klass>\b\d{1,2}\.?\s?[A-Za-zÆØÅæøå]-(?i:lærer|læreren|klasselærer\w*|pædagog\w*|teacher)\b|"
    r"(?i:\bthe )\d{1,2}\.?\s?[A-Za-z] (?i:teacher|class teacher|form tutor)\b)|"
    r"\b(?P<initials>[A-ZÆØÅ]{2,4})(?=\s+(?i:who|der|som)\s+(?i:has|is|was|had|har|er|var|havde|fik|got)\b)|"
    # (round 19, writer AU) dotted initials after a person noun or its abbreviation: "Pt. A.K.S. kom til samtale"
    r"(?i:\b(?:pt|pat|patient\w*|borger\w*|beboer\w*|elev\w*|klient\w*|client|barn\w*|child|bruger\w*|resident|"
    r"citizen|medarbejder\w*|employee|kollega\w*|colleague)\.?\s+)(?P<dotted>(?:[A-ZÆØÅ]\.\s?){2,4})|"
    # (round 30, writer CL) … or after "with" and before where they work: "the hearing with J.K.H. from the cash desk"
    r"(?i:\b(?:with|med)\s+)(?P<dotted2>(?:[A-ZÆØÅ]\.\s?){2,4})(?=\s*(?:from|fra|i|in|at|på|on)\s)|"
    # (round 29) lower-case dotted initials opening a sentence before a workplace: "e.m. at the Vestby library branch is …"
    r"(?:^|(?<=[.!?]\s))(?P<lcinit>(?!(?:e\.g|i\.e|a\.m|p\.m|f\.e|o\.k|n\.b)\.)[a-zæøå]\.[a-zæøå]\.)(?=\s+(?:at|from|in|on|i|fra|på|hos)\s)|"
    # (round 29, red team r37 a) one of a small counted group singled out by comparison: "the older of our two receptionists",
    # "den yngste af vores tre pedeller"; a new starter
    r"(?P<described>(?i:\b(?:the|den|det) (?:[a-zæøå]+est|older|younger|eldest|youngest|ældste|yngste|ældre|yngre|nyeste|newest|one) "
    r"(?:[a-zæøå]+ ){0,2}?(?:of|af) (?:our|my|the|vores|mine|de) (?:two|three|four|2|3|4|to|tre|fire) [\w-]+|"
    r"\b(?:our|vores) (?:new starter|nye (?:starter|nyansatte))\b|"
    # (round 30, writer CI) … or singled out by the weekday they work: "the guy who works Friday nights at …",
    # "kvinden der har fredagsvagten"
    r"\b(?:the (?:guy|man|woman|lady|one|person|colleague|girl|boy|mother|father|mum|dad|resident|client|patient|tenant|"
    r"pupil|student)|manden|kvinden|fyren|damen|moren|faren|beboeren|borgeren|klienten|patienten|eleven) (?:who|that|der|som) "
    r"(?:works?|arbejder|has|har|takes|tager|covers|dækker|does|do|arrived|came|started|moved in|kom|startede|ankom|"
    r"flyttede ind) (?:the |on |om |alle |hver |de |last |i |sidste )?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)[a-zæøå]*\b|"
    # (round 30, writers CK, CL) by their vehicle's number or their age with what happened: "Føreren af vogn 24-11", "the
    # 17-year-old who overdosed"
    r"\b(?:føreren|chaufføren|the driver|driver) (?:af|of|i|in) (?:vogn|bil|car|van|truck|bus|ambulance|ambulancen|unit)\s?\d[\d-]*|"
    r"\b(?:the|den) \d{1,2}-(?:year-old|årige)(?= (?:who|that|der|som)\b)|"
    # (round 31, writer CN, released) … or their age, a person noun and a feature or the group they are in: "Den 17-årige
    # pige med det grønne hår i tirsdagsgruppen", "the 15-year-old boy in the Monday group"
    r"\b(?:the|den|det) \d{1,2}-(?:year-old|årige) (?:pige|dreng|mand|kvinde|fyr|elev|beboer|borger|bruger|patient|girl|boy|"
    r"man|woman|guy|lad|pupil|resident|client|user|patient)\b(?= (?:med|with|i|in|fra|from)\s+(?:det|den|de|the|en|et|a|an|"
    r"his|her|hans|hendes|sin|sit|sine|[\w-]*(?:gruppe|gruppen|group|klasse|klassen|class|hold|holdet))\b)))|"
    # (round 29, writer CF) someone singled out by a full date of birth: "our volunteer born on 2 June 1944",
    # "borgeren, født 3. marts 1951", "f. 02.06.1944"
    r"(?i:\b(?:født|born|f\.)(?:\s+(?:den|on|the|d\.))?\s+)(?P<born>\d{1,2}(?:\.|st|nd|rd|th)?\s*"
    r"(?:(?i:jan|feb|mar|apr|maj|may|jun|jul|aug|sep|okt|oct|nov|dec)[a-zæøå]*\.?|[./-]\s?\d{1,2}\s?[./-])\s*(?:19|20)\d\d)\b"
)


def _named_by_form(text: str) -> list[Mention]:
    """The people `_FORM_PERSON` names."""
    out = []
    for m in _FORM_PERSON.finditer(text):
        group = next(
            g
            for g in ("field", "paren", "klass", "initials", "dotted", "dotted2", "lcinit", "described", "born")
            if m.group(g)
        )
        if group == "initials" and m.group(group).lower() in ACRONYMS:
            continue
        if group == "field":
            value = m.group(group)
            first = re.sub(r"^(?:[A-ZÆØÅ]\.\s?)+", "", value).split()[0].lower() if value.strip() else ""
            flags = lexicon().flags(first)
            named = (
                value[1:2] == "." or ("F" in flags and "W" not in flags) or not (flags or lexicon().is_ordinary(first))
            )
            if not named:
                continue  # "Name: Holiday cover plan": a field that holds no name
        out.append(Mention(m.start(group), m.end(group), False))
    return out


# (round 19, writer AU) A department named by two capitalised nouns ("Vej og Park", "Børn og Unge",
# "Kultur & Fritid"): a word of such a pair is no person when both are ordinary words and the other is no
# first name ("Rose og Bo" stay people).
_PAIR_BEFORE = re.compile(r"(?:^|[^\w])([A-ZÆØÅ][a-zæøå]+) (?:og|&|and) $")
_PAIR_AFTER = re.compile(r" (?:og|&|and) ([A-ZÆØÅ][a-zæøå]+)\b")


def _department_pair(text: str, m: Mention) -> bool:
    word = text[m.start : m.end]
    lex = lexicon()
    if " " in word or not lex.is_ordinary(word.lower()):
        return False
    before = _PAIR_BEFORE.search(text[max(0, m.start - 30) : m.start])
    after = _PAIR_AFTER.match(text, m.end)
    return any(
        x is not None and lex.is_ordinary(x.group(1).lower()) and x.group(1).lower() not in lex.first_names
        for x in (before, after)
    )


def _named_place(text: str, m: Mention) -> bool:
    """(round 19, writer AU) A name whose first word is no first name and whose last is a compound of
    ordinary words in the definite form, known as no name ("Ambulatorium Fjordbyen", "Bofællesskabet
    Solgården"): a place's or an institution's name, not a person's."""
    words = text[m.start : m.end].split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False  # "køkkenlederen på Solgården" is a role at a place, a person
    lex = lexicon()
    last = words[-1].lower()
    return (
        words[0].lower() not in lex.first_names
        and not lex.is_name(last)
        and last.endswith(("en", "et", "n"))
        and lex.is_compound(last)
    )


# (round 19, red team r19 a) An animal's name: right after an animal noun ("vores kat Egon", "kaninen Hr.
# Hansen", "the visiting cat, Mr Biscuits") or with one in apposition after it ("Bruno, the police dog").
_ANIMAL = (
    r"(?:(?!\w*advokat)\w*kat|\w*katten|\w*hund|\w*hunden|kanin\w*|hest\w*|pony\w*|marsvin\w*|hamster\w*|papegøje\w*|undulat\w*|"
    r"skildpadde\w*|høne\w*|ged\w*|\w*cat|\w*dog|rabbit|horse|guinea pig|parrot|budgie|tortoise|hen|goat|"
    r"police dog|therapy dog|guide dog|mascot|maskot\w*)"
)
_ANIMAL_BEFORE = re.compile(rf"\b{_ANIMAL},?\s+(?:(?:hr|mr|mrs|fru|miss|sir)\.?\s+)?$", re.IGNORECASE)
_ANIMAL_AFTER = re.compile(rf",?\s+(?:the|our|vores|den|det|a|an|en|et)\s+(?:[\w-]+\s+)?{_ANIMAL}\b", re.IGNORECASE)


def _animal(text: str, m: Mention) -> bool:
    before = text[max(0, m.start - 30) : m.start]
    return bool(_ANIMAL_BEFORE.search(before) or _ANIMAL_AFTER.match(text, m.end))


# (round 25, red team r27 a) An elected office holder named after the title is public by it (§ 1): "Rådmand Lis
# Brandt (A) er indlagt", "The mayor, Cllr Helen Shaw, is off sick".
_ELECTED_BEFORE = re.compile(
    r"\b(?:rådmand|rådmanden|borgmester|borgmesteren|viceborgmester\w*|udvalgsformand\w*|folketingsmedlem\w*|"
    r"byrådsmedlem\w*|regionsrådsmedlem\w*|regionsrådsformand\w*|minister\w*|mayor|deputy mayor|cllr\.?|councillor|"
    r"councilor|alderman|mp)\s*,?\s*$",
    re.IGNORECASE,
)


def _elected(text: str, m: Mention) -> bool:
    name = text[m.start : m.end].strip()
    if " " not in name:
        return False
    title, _, rest = name.partition(" ")
    if _ELECTED_BEFORE.search(title + " ") and re.fullmatch(r"(?:[A-ZÆØÅ][\wæøå.'’-]+\s?){2,3}", rest.strip()):
        return True  # the title opens the capitalised run: "Borgmester Jens Holm" (not "mayor of Vejle's son")
    return bool(_ELECTED_BEFORE.search(text[max(0, m.start - 30) : m.start]))


# (round 30, red team r38 a) Authors, characters and historical firsts are public (§ 1): the message speaks of their
# published works ("Kan jeg bruge hans salmer?", "are her poems any good"), places them in a named work it shows ("Phil
# Mitchell in EastEnders … Would a clip work?"), or names them by a national first ("var Danmarks første kvindelige minister").
_THEIR_WORKS = re.compile(
    r"\b(?:hans|hendes|his|her|their|deres)\s+(?:\w+\s+)?(?:digte?|salmer?|romaner?|noveller?|sange|sangtekster|"
    r"malerier|maleri|erindringer|skuespil|poems?|hymns?|novels?|songs|lyrics|paintings?|memoirs|plays)\b|"
    r"\b(?:skrev|skriver|wrote|writes)\b[^.?!]{0,40}\b(?:i|in)\s+[\"“«'‘]",
    re.IGNORECASE,
)
_MEDIA_WORD = re.compile(
    r"\b(?:clips?|klip(?:pet)?|episodes?|afsnit(?:tet)?|series|serien?|shows?|films?|filmen|movies?|novels?|romanen?|"
    r"characters?|karakteren|figuren|sitcom|soap|tv-serien?|cartoon|tegnefilm\w*|scene)\b",
    re.IGNORECASE,
)
_IN_A_WORK_AFTER = re.compile(
    r"\s+(?:in|i)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+(?:of\s+)?[A-Z][\w'’]*){0,3}\b(?!\s+(?:team|department|afdeling))"
)
_NATIONAL_FIRST_AFTER = re.compile(
    # (a first at work is no historical first: "Priya became the first in the office to …", red team r39 a)
    r"\s+(?:var|was|became|blev)\s+(?:\w+\s+)?(?:danmarks|denmark's|britain's|england's|landets|verdens|the world's|"
    r"the country's)\b",
    re.IGNORECASE,
)


_IN_A_WORK_BEFORE = re.compile(r"(?:^|[.!?]\s+)(?:in|i)\s+(?:the\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3},\s*$")


def _public_by_work(text: str, m: Mention) -> bool:
    """An author, a fictional character or a historical first, said to be one in the message."""
    if _NATIONAL_FIRST_AFTER.match(text, m.end):
        return True
    if _IN_A_WORK_BEFORE.search(text[max(0, m.start - 50) : m.start]) and _MEDIA_WORD.search(text):
        return True  # (round 30, writer CL) "In The Office, Michael Scott … that clip"
    if _THEIR_WORKS.search(text):
        return True
    work = _IN_A_WORK_AFTER.match(text, m.end)
    if not (work and _MEDIA_WORD.search(text)):
        return False
    title = re.sub(r"^\s+(?:in|i)\s+(?:the\s+)?", "", work.group(0)).split()
    # a one-word title the dictionary knows is a department: "Peter in Marketing"
    return (
        len(title) > 1 or bool(re.search(r"[a-zæøå][A-ZÆØÅ]", title[0])) or not lexicon().is_ordinary(title[0].lower())
    )


# (round 29, writer CF) Names said to be the names of things: "Ravn, Ulv og Bjørn er navnene på vores tre vagthold",
# "Maple and Oak are the names of our two teams", "holdene hedder Ravn og Ulv".
_NAMES_OF_THINGS_AFTER = re.compile(
    r"(?:\s*(?:,|og|and|&)\s*[A-ZÆØÅ][\wæøå-]*)*\s+(?:er|are|were|var)\s+(?:the\s+)?(?:navnene|navne|names|kaldenavnene)\s+"
    r"(?:på|of|for|til)\b"
)
_NAMES_OF_THINGS_BEFORE = re.compile(
    r"\b(?:hedder|kaldes|are called|are named|named)\s+(?:[A-ZÆØÅ][\wæøå-]*\s*(?:,|og|and|&)\s*)*$"
)
_THINGS_NAMED = re.compile(
    r"\b(?:hold|holdene|teams?|grupper|grupperne|groups|stuer|stuerne|rooms|afdelinger|afdelingerne|units|vagthold|"
    r"biler|bilerne|vans|boats|både|bådene|huse|husene|houses|klasser|klasserne|classes)\s*$"
)


# (round 29, red team r36 a) A unit's step takes a place, not a person: "close Ashby", "lukke Kolind"; a facility noun after
# "the <Name>" makes the name a place's: "the Fenwick pool"
_UNIT_STEP_BEFORE = re.compile(
    r"\b(?:close|closing|shut|reopen|merge|merging|lukke|luk|lukker|genåbne|sammenlægge|nedlægge|nedlæg)\s+$",
    re.IGNORECASE,
)
_FACILITY_AFTER = re.compile(
    r"\s+(?:pool|school|library|centre|center|office|depot|site|branch|clinic|hall|park|estate|ward|unit|campus|"
    r"leisure centre|care home|nursery)\b",
    re.IGNORECASE,
)


# (round 30, red team r38 a) The place after an office's title, and the title itself: "the mayor of Ashby", "the Bishop of
# Durham", "MP for Bolton", "biskoppen over Lolland-Falster" — an office holder is public by the title (§ 1)
_OFFICE_OF_BEFORE = re.compile(
    r"\b(?:mayor|bishop|archbishop|mp|member of parliament|commissioner|governor|sheriff|dean|provost|chancellor|councillor|"
    r"borgmester(?:en)?|biskop(?:pen)?|provst(?:en)?|folketingsmedlem(?:met)?|rådmand(?:en)?|regionsrådsformand(?:en)?)\s+"
    r"(?:of|for|in|i|over|på|fra)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_OFFICE_TITLE = re.compile(
    r"(?i:lord\s+)?(?:(?i:mayor|bishop|archbishop|commissioner|governor|sheriff|dean|provost|chancellor|biskop|provst|"
    r"chief constable|chief executive)|Leader)$"
)


# ("Leader" only as a title in capitals: "the team leader of the Saturday shift" is a person)
_OFFICE_TITLE_OF = re.compile(
    r"(?i:the\s+)?(?i:lord\s+)?(?:(?i:mayor|bishop|archbishop|commissioner|governor|sheriff|dean|provost|chancellor|"
    r"chief constable|chief executive)|Leader)\s+(?i:of|for|over)\s+[A-ZÆØÅ]"
)


def _names_a_thing(text: str, m: Mention) -> bool:
    things = _NAMES_OF_THINGS_AFTER.match(text, m.end)
    if things:
        # (round 30, red team r39 a) … unless the names are of people: "… are the names of the two caseworkers off with stress"
        named = re.match(
            r"\s*(?:the|de|vores|our|mine|my)?\s*(?:\w+\s+)?([\wæøå-]+)", text[things.end() : things.end() + 50]
        )
        return not (named and is_role(named.group(1).lower()))
    if (
        (
            _OFFICE_OF_BEFORE.search(text[max(0, m.start - 40) : m.start])
            # "the mayor of Vejle's son": the son is a person
            and not re.match(r"['’]s?\b", text[m.end : m.end + 2])
            and not text[m.start : m.end].endswith(("'s", "’s"))
        )
        or (_OFFICE_TITLE_OF.match(text[m.start : m.end]) and not re.search(r"['’]s\b", text[m.start : m.end]))
        or (
            _OFFICE_TITLE.match(text[m.start : m.end].strip())
            and re.match(r"\s+(?:of|for|over)\s+[A-ZÆØÅ]", text[m.end : m.end + 8])
        )
    ):
        return True
    one_word = " " not in text[m.start : m.end].strip()
    if (
        one_word
        and _UNIT_STEP_BEFORE.search(text[max(0, m.start - 20) : m.start])
        # (round 30, red team r39 a) a person is shut out or in: "shut Gavin out of the group chat"
        and not re.match(r"\s+(?:out|in|inde|ude|up|away)\b", text[m.end : m.end + 8], re.IGNORECASE)
    ):
        return True
    if (
        one_word
        and _FACILITY_AFTER.match(text, m.end)
        and re.search(r"\bthe\s+$", text[max(0, m.start - 6) : m.start], re.I)
    ):
        return True
    before = _NAMES_OF_THINGS_BEFORE.search(text[max(0, m.start - 80) : m.start])
    return bool(before and _THINGS_NAMED.search(text[max(0, m.start - 80) : m.start][: before.start()]))


# (round 32, writer CR) A weekday's short form before a time or a date is a calendar entry's day, not
# a name: "Thu 10:00 – union meeting", "Tor 14.30", "Fri 3/5".
_DAY_SHORT = frozenset("mon tue tues wed thu thur thurs fri sat sun man tir tirs ons tor tors fre lør søn".split())
_TIME_OR_DATE_AFTER = re.compile(r"\.?\s*\d{1,2}(?:[:.]\d{2}|/\d{1,2})")


def _calendar_day(text: str, m: Mention) -> bool:
    return text[m.start : m.end].lower() in _DAY_SHORT and bool(_TIME_OR_DATE_AFTER.match(text[m.end : m.end + 12]))


def find_people(text: str, public_names: frozenset[str] = frozenset()) -> list[Mention]:
    """Every reference to a person in a normalised text (public people marked as such); a single
    word that is a municipality or region the magazine names is a place, not a person."""
    mentions = [
        m
        for m in _Finder(text, public_names).run()
        if not (
            _department_pair(text, m)
            or _named_place(text, m)
            or _animal(text, m)
            or _names_a_thing(text, m)
            or _calendar_day(text, m)
        )
    ]
    mentions = [
        Mention(m.start, m.end, True) if not m.public and (_elected(text, m) or _public_by_work(text, m)) else m
        for m in mentions
    ]
    mentions += [m for m in _named_by_form(text) if not any(x.start < m.end and m.start < x.end for x in mentions)]
    # (round 9) A one-word row label of a pasted table that is also an ordinary word ("Dag | 9,2",
    # "Nat | 14,1") is a category; a name in a table ("Hamid | 6 år") stays a person
    if "|" in text:
        lex = lexicon()
        mentions = [
            m
            for m in mentions
            if " " in text[m.start : m.end]
            or not lex.is_ordinary(text[m.start : m.end].lower())
            or not re.match(r"\s*\|\s*[\d.,%-]", text[m.end : m.end + 8])
        ]
    places = _magazine_places(public_names)
    if not places:
        return mentions
    return [m for m in mentions if text[m.start : m.end].lower().rstrip("s") not in places]
