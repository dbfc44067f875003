"""Article cards: what each article of an issue *is*, derived from the issue itself.

A card holds an article's title and pages, its rubric kinds (cover, colophon, editorial, theme
intro, interview, guide, book review, …; see retrieval/rubrics.py), its label on the contents
page ("DTU-forsker: Vi har kun set toppen af isbjerget") and theme ("AI i offentlig
velfærdsledelse"), and the people in it with their roles as the page text states them
("Kasper Edwards — ph.d. og seniorforsker på DTU").

Everything is derived from an `Issue` (manifest articles + page text), so the same code makes
the cards of a bundled corpus issue and of a PDF imported with `index add`:

* contents label and theme: the INDHOLD page (`pdf_import.parse_toc_entries`); a theme runs from
  its section label to the last entry whose pages carry a theme kicker ("TEMA …"), or to the
  next section label when the issue prints no theme kickers;
* kinds: the issue's structure (first page = cover, last page = back page, the page with ISSN /
  print run = colophon, the page with INDHOLD = contents) and the magazine's own markers: title
  and contents-label prefixes ("Guide:", "Intro:", "Boguddrag:") and kicker lines ("LEDEREN");
* people: bylines and the appositions journalists write around names ("<Navn>, <rolle> i <org>",
  "<rolle> <Navn> fra <org>", "<Navn> er <rolle> for <org>"), plus the manifest's author/person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .corpus import COVER_ARTICLE, Article, Issue
from .pdf_import import TocEntry, parse_toc_entries
from .rubrics import kicker_kinds, role_head
from .text import join_hyphenation

_COLOPHON = re.compile(
    r"\b(ISSN|oplag|ansvarshavende|udgive[rt]|tryk|layout|næste (?:blad|nummer) udkommer|redaktion)\b", re.IGNORECASE
)
_TOC_HEADING = re.compile(r"^\s*(indhold|indholdsfortegnelse|i dette nummer)\s*:?\s*$", re.IGNORECASE)
_THEME_KICKER = re.compile(r"^\s*TEMA\b[:\s]*(.*)$")
_BIBLIO = re.compile(r"\b\d+\s+sider\b[^\n]{0,60}?\b\d[\d.]*\s*kr\b", re.IGNORECASE)
_SPEECH = re.compile(r"\b(?:siger|fortæller|forklarer|understreger|mener|tilføjer|påpeger)\s+(?:han|hun|[A-ZÆØÅ]\w+)")
_QA_LINE = re.compile(r"^[^\n]{10,160}\?\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Person:
    """Someone in an article and their role/affiliation as the page states it ('' if none)."""

    name: str
    role: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role}


@dataclass(frozen=True)
class ArticleCard:
    """What an article is: title, pages, rubric kinds, contents label, theme and people."""

    issue: str
    title: str
    pages: tuple[int, ...]
    kinds: tuple[str, ...] = ()
    label: str = ""  # the article's line on the contents page, when it differs from the title
    kicker: str = ""  # the rubric line set above the headline ('DIGITALE VÆRKTØJER'), if any
    theme: str = ""
    people: tuple[Person, ...] = field(default_factory=tuple)

    def context(self) -> str:
        """Text indexed with every passage of the article (never quoted): title, label, theme, people."""
        parts = [self.title]
        if self.label and self.label.lower() != self.title.lower():
            parts.append(self.label)
        if self.theme:
            parts.append(f"Tema: {self.theme}")
        if self.kicker and self.kicker.lower() not in " ".join(parts).lower():
            parts.append(self.kicker.capitalize())
        people = [f"{p.name}, {p.role}" if p.role else p.name for p in self.people[:4]]
        if people:
            parts.append("; ".join(people))
        return " – ".join(parts)

    def people_text(self) -> str:
        """Names and roles in one lowercase string, plus the contents label's prefix ('DTU-forsker')."""
        bits = [f"{p.name} {p.role}" for p in self.people]
        if ":" in self.label:
            bits.append(self.label.split(":", 1)[0])
        if self.kicker:
            bits.append(self.kicker)
        return " ".join(bits).lower()

    def to_dict(self) -> dict[str, object]:
        return {
            "issue": self.issue,
            "title": self.title,
            "pages": list(self.pages),
            "kinds": list(self.kinds),
            "label": self.label,
            "kicker": self.kicker,
            "theme": self.theme,
            "people": [p.to_dict() for p in self.people],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> ArticleCard:
        return cls(
            issue=str(d["issue"]),
            title=str(d["title"]),
            pages=tuple(int(p) for p in d["pages"]),
            kinds=tuple(str(k) for k in d.get("kinds", ())),
            label=str(d.get("label", "")),
            kicker=str(d.get("kicker", "")),
            theme=str(d.get("theme", "")),
            people=tuple(Person(str(p["name"]), str(p.get("role", ""))) for p in d.get("people", ())),
        )


# -- people ------------------------------------------------------------------------------------
_CAP = r"[A-ZÆØÅ][a-zæøåéü]+(?:-[A-ZÆØÅ][a-zæøåéü]+)?"
_NAME = re.compile(rf"{_CAP}(?:\s+{_CAP}){{1,3}}")
_SMALL = {"af", "i", "og", "for", "fra", "på", "ved", "hos", "til", "om", "som", "med", "det", "den", "de", "en", "et"}
# Words that start a capitalised run but are not part of a name.
_NOT_NAME = {
    "af",
    "i",
    "og",
    "for",
    "fra",
    "på",
    "ved",
    "hos",
    "til",
    "om",
    "som",
    "med",
    "det",
    "den",
    "de",
    "en",
    "et",
    "der",
    "da",
    "når",
    "men",
    "hvis",
    "her",
    "så",
    "nu",
    "vi",
    "jeg",
    "hun",
    "han",
    "foto",
    "tekst",
    "billeder",
    "illustration",
    "kilde",
    "læs",
    "se",
    "tema",
    "kommune",
    "region",
    "regionen",
    "kommunen",
    "universitet",
    "hospital",
    "styrelsen",
    "ministeriet",
    "danmark",
    "offentlig",
    "ledelse",
    "redaktion",
    "redaktionen",
    "telefon",
    "tlf",
    "mail",
    "e-mail",
    "web",
    "hjemmeside",
    "issn",
}
_CLAUSE_END = re.compile(r"\.(?:\s|$)|,\s+(?:hvor|som|der|og\s+(?:han|hun|siger|fortæller))\b|;|\s[–—]\s|\)|\?|!|:")
_ROLE_PREP = {"fra", "i", "ved", "på", "hos", "for", "af"}


def _flatten(text: str) -> str:
    return re.sub(r"\s+", " ", join_hyphenation(text)).strip()


_ORG_WORD = re.compile(
    r"(kommune|region|fond|fonden|forening|styrelse|universitet|hospital|sygehus|center|centret|institut|"
    r"ministeri|forbund|selskab|afdeling|sekretariat|akademi|kontor|forum|forlag|gruppen|sektion|partnerskab)\w*$",
    re.IGNORECASE,
)


def _decap_line(line: str) -> str:
    """An all-caps byline/caption line in ordinary case: 'AF ANDERS FLØJBORG, DIREKTØR I …' →
    'Af Anders Fløjborg, direktør i …' (small words and role words lowercase, the rest capitalised)."""
    letters = [c for c in line if c.isalpha()]
    if len(letters) < 6 or sum(c.isupper() for c in letters) / len(letters) < 0.9:
        return line
    out = []
    for i, w in enumerate(line.split(" ")):
        low = w.lower()
        core = low.strip(",.:;()")
        if (core in _SMALL and (i > 0 or core != "af")) or role_head(core):
            out.append(low)
        else:
            out.append(low[:1].upper() + low[1:] if low else low)
    return " ".join(out)


def _name_part(words: list[str], take_last: bool) -> str:
    """The person's name inside a run of capitalised words: the run is cut at words that cannot
    be part of a name (small words, role words, organisation words); the part next to the role is kept."""
    parts: list[list[str]] = [[]]
    for w in words:
        if w.lower() in _NOT_NAME or role_head(w) or _ORG_WORD.search(w):
            parts.append([])
        else:
            parts[-1].append(w)
    parts = [p for p in parts if p]
    if not parts:
        return ""
    part = parts[-1] if take_last else parts[0]
    if take_last and words and (words[-1].lower() in _NOT_NAME or role_head(words[-1]) or _ORG_WORD.search(words[-1])):
        return ""  # the word right before the role is not a name word: an organisation, not a person
    if not take_last and words and (words[0].lower() in _NOT_NAME or _ORG_WORD.search(words[0])):
        return ""
    part = part[-4:] if take_last else part[:4]
    return " ".join(part) if len(part) >= 2 else ""


def _role_phrase(text: str, max_words: int = 12) -> str:
    """The role phrase at the start of `text`, up to the end of its clause, if a role word is
    among its first three words ('ph.d. og seniorforsker på DTU, hvor …' → 'ph.d. og seniorforsker på DTU')."""
    m = _CLAUSE_END.search(text)
    clause = text[: m.start()] if m else text
    words = clause.split()[:max_words]
    if not words or words[0].lower() == "og" or not any(role_head(w) for w in words[:3]):
        return ""  # "…, og formand for …" continues the roles of the name before, not this one
    return " ".join(words).strip(" ,:;(")


def _paragraphs(text: str) -> list[str]:
    lines = [_decap_line(line) for line in join_hyphenation(text).split("\n")]
    return [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", "\n".join(lines)) if p.strip()]


def extract_people(text: str) -> list[Person]:
    """People with roles as the text states them (bylines, appositions, captions)."""
    found: dict[str, str] = {}

    def keep(name: str, role: str) -> None:
        role = role.strip(" ,:;(")
        if name and role and (name not in found or len(role) > len(found[name])):
            found[name] = role

    for para in _paragraphs(text):
        for m in _NAME.finditer(para):
            words = m.group(0).split()
            after = para[m.end() :]
            before = para[: m.start()]
            if after.startswith(","):  # "<Navn>, <rolle> i <org>"
                keep(_name_part(words, take_last=True), _role_phrase(after[1:].strip()))
            mm = re.match(r"\s+(?:er|var|har\s+(?:siden\s+\d{4}\s+)?været|blev)\s+", after)
            if mm:  # "<Navn> er <rolle> for <org>"
                keep(_name_part(words, take_last=True), _role_phrase(after[mm.end() :]))
            lead = []
            rest = list(words)
            while rest and role_head(rest[0]):  # "Erhvervsforsker Morten Skov Iversen fra …"
                lead.append(rest.pop(0).lower())
            prev = before.split()[-1].strip(",.").lower() if before.split() else ""
            if not lead and role_head(prev):  # "… distriktsleder Signe Krogh Damgaard"
                lead = [prev]
            name = _name_part(rest, take_last=False)
            if lead and name:
                tail = para[m.end() :]
                org: list[str] = []
                if tail.split() and tail.split()[0].lower() in _ROLE_PREP:  # "… fra <org>"
                    mo = _CLAUSE_END.search(tail)
                    ws = (tail[: mo.start()] if mo else tail).split()[:7]
                    for k, w in enumerate(ws):
                        nxt = ws[k + 1] if k + 1 < len(ws) else ""
                        if org and not (w[:1].isupper() or (w.lower() in _SMALL and nxt[:1].isupper())):
                            break  # the organisation's name ends where ordinary words begin
                        org.append(w)
                keep(name, " ".join(lead + org))
            if re.fullmatch(r"\s*af\s*", before, re.IGNORECASE):  # byline: the paragraph starts "Af <Navn>"
                keep(_name_part(words, take_last=False), "skribent")
            elif not before.strip() and words[0].lower() == "af" and len(words) >= 3:  # "Af <Navn>" as one run
                keep(_name_part(words[1:], take_last=False), "skribent")
    return [Person(n, r) for n, r in found.items()]


def _manifest_people(article: Article) -> list[Person]:
    out: list[Person] = []
    for raw, default_role in ((article.person, ""), (article.author, "skribent")):
        for part in (raw or "").split(";"):
            bits = [b.strip() for b in part.split(",", 1)]
            if bits and bits[0]:
                out.append(Person(bits[0], bits[1] if len(bits) > 1 else default_role))
    return out


# -- kinds, labels, themes -----------------------------------------------------------------------
def _kicker_lines(text: str) -> list[str]:
    """Short stand-alone lines set in capitals (section kickers: 'LEDEREN', 'TEMA: MØDEKULTUR')."""
    out = []
    for line in text.split("\n"):
        s = line.strip()
        letters = [c for c in s if c.isalpha()]
        if (
            len(letters) >= 3
            and len(s.split()) <= 4
            and not any(c.isdigit() for c in s)
            and sum(c.isupper() for c in letters) / len(letters) > 0.9
        ):
            out.append(s)
    return out


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def _match_entries(articles: Sequence[Article], entries: Sequence[TocEntry]) -> dict[str, TocEntry]:
    """Each contents entry → the article starting on its page with the most title words in common."""
    out: dict[str, TocEntry] = {}
    for e in entries:
        starting = [a for a in articles if a.pages and a.pages[0] == e.page]
        if not starting:
            starting = [a for a in articles if e.page in a.pages and a.title not in out]
        if not starting:
            continue
        best = max(starting, key=lambda a: len(_words(a.title) & _words(e.title)))
        if best.title not in out:
            out[best.title] = e
    return out


def _themes(articles: Sequence[Article], entries: Sequence[TocEntry], page_text: dict[int, str]) -> dict[str, str]:
    """Theme name per article title (see the module docstring for the rule)."""
    by_start = sorted(entries, key=lambda e: e.page)
    kicker_pages = {n for n, t in page_text.items() if any(_THEME_KICKER.match(k) for k in _kicker_lines(t))}
    theme_of: dict[str, str] = {}
    title_of_entry: dict[int, str] = {}
    for a in articles:
        for e in by_start:
            if a.pages and a.pages[0] == e.page and e.page not in title_of_entry:
                title_of_entry[e.page] = a.title
    i = 0
    while i < len(by_start):
        e = by_start[i]
        if not e.section:
            i += 1
            continue
        name = re.sub(r"^TEMA\b\s*(?:om\s+)?:?\s*", "", e.section, flags=re.IGNORECASE).strip(" :") or e.section
        j = i + 1
        while j < len(by_start) and not by_start[j].section:
            j += 1
        group = by_start[i:j]
        if kicker_pages:
            marked = [k for k, g in enumerate(group) if _article_pages_of(g.page, articles) & kicker_pages]
            group = group[: marked[-1] + 1] if marked else group[:1]
        for g in group:
            t = title_of_entry.get(g.page)
            if t:
                theme_of[t] = name
        i = j
    return theme_of


def _article_pages_of(page: int, articles: Sequence[Article]) -> set[int]:
    for a in articles:
        if a.pages and a.pages[0] == page:
            return set(a.pages)
    return {page}


def derive_cards(issue: Issue) -> list[ArticleCard]:
    """The card of every article of `issue`, in manifest order."""

    pages = [(p.number, p.text) for p in issue.pages]
    numbers = [p.number for p in issue.pages]
    first, last = (min(numbers), max(numbers)) if numbers else (0, 0)
    seg_text: dict[str, str] = {}
    for p in issue.pages:
        for s in p.segments:
            seg_text[s.article] = seg_text.get(s.article, "") + "\n" + s.text
    page_text = dict(pages)
    entries = parse_toc_entries(pages) if pages else []
    entry_of = _match_entries(issue.articles, entries)
    themes = _themes(issue.articles, entries, page_text)
    section_starts = {e.page for e in entries if e.section}
    cards: list[ArticleCard] = []
    for a in issue.articles:
        text = seg_text.get(a.title, "")
        entry = entry_of.get(a.title)
        label = entry.title if entry else ""
        kinds: set[str] = set()
        # The cover and the back page are the articles printed alone on the first and last page.
        if a.title == COVER_ARTICLE or (a.pages == (first,) and not entry):
            kinds.add("forside")
        if a.pages == (last,) and first != last:
            kinds.add("bagside")
        if len(_COLOPHON.findall(text)) >= 3:
            kinds.add("kolofon")
        if any(_TOC_HEADING.match(line) for line in text.split("\n")):
            kinds.add("indhold")
        for line in text.split("\n"):
            if line.strip() and kicker_kinds(line) & {"til_laeseren"}:
                kinds.add("til_laeseren")
        for marker in (a.title, label, *_kicker_lines(text)):
            kinds |= kicker_kinds(marker)
        if entry and entry.page in section_starts and not (kinds - {"tema_intro"}):
            kinds.add("tema_intro")  # the first article after a theme's label introduces the theme
        if themes.get(a.title):
            kinds.add("tema")
        if _BIBLIO.search(text):
            kinds.add("boganmeldelse")
        label_prefix = label.split(":", 1)[0] if ":" in label else ""
        is_interview = (
            len(_SPEECH.findall(_flatten(text))) >= 2
            or len(_QA_LINE.findall(text)) >= 3
            or any(role_head(w) for w in label_prefix.split())
        )
        if is_interview and not kinds & {"forside", "kolofon", "indhold", "leder"}:
            kinds.add("interview")
        first_seg = next((sg.text for p in issue.pages for sg in p.segments if sg.article == a.title), "")
        top = [ln.strip() for ln in first_seg.split("\n") if ln.strip()][:3]
        kickers = [k for k in _kicker_lines(text) if kicker_kinds(k) or _THEME_KICKER.match(k) or k in top]
        kicker = next((k for k in kickers if k.strip().upper() != "TEMA"), "")
        people = extract_people(text)
        known = {p.name for p in people}
        people += [p for p in _manifest_people(a) if p.name not in known]
        # The people an article is about before its writers (the context keeps the first four).
        people.sort(key=lambda p: p.role == "skribent")
        cards.append(
            ArticleCard(
                issue=issue.issue,
                title=a.title,
                pages=tuple(a.pages),
                kinds=tuple(sorted(kinds)),
                label=label if label.lower() != a.title.lower() else "",
                kicker=kicker if a.title != COVER_ARTICLE else "",
                theme=themes.get(a.title, ""),
                people=tuple(people),
            )
        )
    return cards


def topic_suggestions(cards: Iterable[ArticleCard], limit: int = 6) -> list[str]:
    """Topics to suggest when the magazine does not cover a question: the themes of the issues
    (newest issue first), then the titles of the longest-running articles that are not part of a
    theme, skipping the cover, colophon and contents."""
    cards = list(cards)
    order = sorted({c.issue for c in cards}, key=lambda s: (s[3:], s[:2]), reverse=True)
    out: list[str] = []
    seen: set[str] = set()

    def add(text: str) -> None:
        key = text.lower()
        if key not in seen and len(out) < limit:
            seen.add(key)
            out.append(text)

    for issue in order:
        for c in cards:
            if c.issue == issue and c.theme:
                add(c.theme)
    skip = {"forside", "kolofon", "indhold", "til_laeseren"}
    for issue in order:
        rest = [c for c in cards if c.issue == issue and not c.theme and not set(c.kinds) & skip]
        for c in sorted(rest, key=lambda c: -len(c.pages)):
            topic = c.title.split(":", 1)[1].strip() if ":" in c.title and "leder" in c.kinds else c.title
            add(topic)
    return out
