"""The magazine corpus on disk: one directory per issue, readable and correctable by a person.

Layout of an issue directory (e.g. `corpus/offentlig-ledelse-2024-01/`):

    manifest.json   {"format": 1, "publication", "issue": "01/2024", "articles": [{"title",
                     "author"?, "person"?, "pages": [..]}], "pages": [1, 2, ...]}
    pages/01.txt    the printed page's text; a line `[[artikel: <title>]]` starts the part of the
                    page that belongs to that article (needed where a page holds several articles;
                    a page without markers belongs to the one article the manifest lists for it).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

FORMAT = 1
PUBLICATION = "Offentlig Ledelse"
# The article name every issue gives its cover (page-1 teasers); search ranks it below articles.
COVER_ARTICLE = "Forside"
# Manifest key: the 1-based PDF page of each printed page, {"3": 3, …} (written by `index add`).
PDF_PAGES = "pdf_pages"
_MARKER = re.compile(r"^\[\[artikel:\s*(.+?)\s*\]\]\s*$")
_ISSUE = re.compile(r"^(\d{2})/(\d{4})$")


class CorpusErrorKind(StrEnum):
    """What went wrong, for callers that react differently (the message is for people)."""

    INVALID = "invalid"  # missing, malformed or inconsistent corpus or input
    ISSUE_EXISTS = "issue_exists"  # the issue is already in the index
    ISSUE_NOT_FOUND = "issue_not_found"  # the issue is not in the index
    LAST_ISSUE = "last_issue"  # removing it would leave the index empty


class CorpusError(ValueError):
    """The corpus on disk is missing, malformed or inconsistent; the message says where.

    `kind` says which case it is, so callers never parse the (Danish) message."""

    def __init__(self, message: str, kind: CorpusErrorKind = CorpusErrorKind.INVALID) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class Article:
    """An article as listed in the issue manifest."""

    title: str
    pages: tuple[int, ...]
    author: str | None = None
    person: str | None = None

    def to_dict(self) -> dict[str, object]:
        d: dict[str, object] = {"title": self.title}
        if self.author:
            d["author"] = self.author
        if self.person:
            d["person"] = self.person
        d["pages"] = list(self.pages)
        return d


@dataclass(frozen=True)
class Segment:
    """A run of a page's text that belongs to one article."""

    article: str
    text: str


@dataclass(frozen=True)
class Page:
    """One printed page: its number and its text split into article segments."""

    number: int
    segments: tuple[Segment, ...]

    @property
    def text(self) -> str:
        """The page's text without article markers (what quotes are checked against)."""
        return "\n".join(s.text for s in self.segments)


@dataclass
class Issue:
    """One magazine issue: manifest facts plus its pages."""

    issue: str  # "01/2024"
    articles: list[Article]
    pages: list[Page]
    publication: str = PUBLICATION
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def slug(self) -> str:
        """Directory name, e.g. `offentlig-ledelse-2024-01`."""
        return issue_slug(self.issue)

    def page(self, number: int) -> Page:
        """The page with printed number `number` (KeyError if absent)."""
        for p in self.pages:
            if p.number == number:
                return p
        raise KeyError(number)

    def pdf_page(self, number: int) -> int | None:
        """The 1-based page of the issue's PDF that printed page `number` is, when known."""
        raw = self.extra.get(PDF_PAGES)
        if not isinstance(raw, dict):
            return None
        value = raw.get(str(number))
        return value if isinstance(value, int) and not isinstance(value, bool) and value >= 1 else None

    def people(self) -> list[str]:
        """Names of authors and interviewees in the manifest (used by the privacy allow-list)."""
        out: list[str] = []
        for a in self.articles:
            for raw in (a.author, a.person):
                for part in re.split(r";", raw or ""):
                    name = part.split(",")[0].strip()
                    if name:
                        out.append(name)
        return out


def issue_slug(issue: str) -> str:
    """`01/2024` → `offentlig-ledelse-2024-01`."""
    m = _ISSUE.match(issue.strip())
    if not m:
        raise CorpusError(f"Ugyldigt nummer {issue!r}: brug formen NN/ÅÅÅÅ, fx 03/2024.")
    return f"offentlig-ledelse-{m.group(2)}-{m.group(1)}"


def validate_issue_number(issue: str) -> str:
    """Return the normalised issue number or raise CorpusError with a clear message."""
    issue_slug(issue)
    return issue.strip()


def parse_page(number: int, raw: str, default_article: str | None) -> Page:
    """Split a page file into segments at `[[artikel: …]]` marker lines."""
    segments: list[Segment] = []
    current = default_article
    buf: list[str] = []

    def flush() -> None:
        text = "\n".join(buf).strip()
        if text:
            if current is None:
                raise CorpusError(f"side {number}: tekst uden artikel — tilføj en linje [[artikel: <titel>]]")
            segments.append(Segment(current, text))
        buf.clear()

    for line in raw.split("\n"):
        m = _MARKER.match(line.strip())
        if m:
            flush()
            current = m.group(1)
        else:
            buf.append(line)
    flush()
    return Page(number, tuple(segments))


def render_page(page: Page) -> str:
    """Page file text with a marker before every segment."""
    parts = [f"[[artikel: {s.article}]]\n{s.text.strip()}\n" for s in page.segments]
    return "\n".join(parts)


def load_issue(directory: Path) -> Issue:
    """Read and validate one issue directory."""
    mpath = directory / "manifest.json"
    try:
        manifest = json.loads(mpath.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorpusError(f"{mpath}: manifest mangler") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise CorpusError(f"{mpath}: ikke gyldig JSON ({e})") from None
    try:
        issue = validate_issue_number(str(manifest["issue"]))
        articles = [
            Article(
                title=str(a["title"]),
                pages=tuple(int(p) for p in a["pages"]),
                author=a.get("author"),
                person=a.get("person"),
            )
            for a in manifest["articles"]
        ]
        page_numbers = [int(p) for p in manifest["pages"]]
    except (KeyError, TypeError, ValueError) as e:
        raise CorpusError(f"{mpath}: manifestet mangler eller har forkert felt ({e})") from None
    titles = {a.title for a in articles}
    pages: list[Page] = []
    for n in page_numbers:
        on_page = [a.title for a in articles if n in a.pages]
        ppath = directory / "pages" / f"{n:02d}.txt"
        try:
            raw = ppath.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise CorpusError(f"{ppath}: sidefil mangler") from None
        page = parse_page(n, raw, on_page[0] if len(on_page) == 1 else None)
        for s in page.segments:
            if s.article not in titles:
                raise CorpusError(f"{ppath}: ukendt artikel {s.article!r} (ikke i manifestet)")
            if s.article not in on_page:
                raise CorpusError(f"{ppath}: artiklen {s.article!r} står ikke på side {n} i manifestet")
        pages.append(page)
    extra = {k: v for k, v in manifest.items() if k not in {"issue", "articles", "pages", "format"}}
    return Issue(issue, articles, pages, str(manifest.get("publication", PUBLICATION)), extra)


def load_corpus(corpus_dir: Path) -> list[Issue]:
    """All issues under `corpus_dir` (each subdirectory with a manifest), oldest first."""
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: korpusmappen findes ikke")
    issues = [load_issue(d) for d in sorted(corpus_dir.iterdir()) if (d / "manifest.json").is_file()]
    if not issues:
        raise CorpusError(f"{corpus_dir}: ingen numre (ingen */manifest.json)")
    return issues


def write_issue(issue: Issue, directory: Path) -> None:
    """Write an issue directory atomically (temp dir + rename); replaces an existing one."""
    directory.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=directory.parent))
    os.chmod(tmp, 0o755)  # mkdtemp makes 0700; the issue must be readable by the serving user
    try:
        manifest = {
            "format": FORMAT,
            "publication": issue.publication,
            "issue": issue.issue,
            **issue.extra,
            "pages": [p.number for p in issue.pages],
            "articles": [a.to_dict() for a in issue.articles],
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        (tmp / "pages").mkdir()
        for p in issue.pages:
            (tmp / "pages" / f"{p.number:02d}.txt").write_text(render_page(p), encoding="utf-8")
        if directory.exists():
            old = directory.with_name(f".old-{directory.name}-{os.getpid()}")
            os.replace(directory, old)
            os.replace(tmp, directory)
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(tmp, directory)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def corpus_hash(issues: Iterable[Issue]) -> str:
    """A digest of every issue's manifest facts and page texts (index staleness check)."""
    h = hashlib.sha256()
    for issue in issues:
        h.update(issue_hash(issue).encode())
    return h.hexdigest()[:16]


def issue_hash(issue: Issue) -> str:
    """Digest of one issue (so an incremental index knows which issues changed)."""
    h = hashlib.sha256()
    h.update(issue.issue.encode())
    for a in issue.articles:
        h.update(json.dumps(a.to_dict(), ensure_ascii=False, sort_keys=True).encode())
    for p in issue.pages:
        h.update(f"\x00{p.number}\x00".encode())
        for s in p.segments:
            h.update(s.article.encode() + b"\x01" + s.text.encode())
    return h.hexdigest()[:16]
