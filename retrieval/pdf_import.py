"""Import a new magazine issue from a PDF (or a plain-text export with form feeds) into an Issue.

Steps, each usable on its own:

    extract_pages(path)          (printed page number, text) per page; running headers/footers removed
    parse_toc(pages)             the INDHOLD page's entries: (printed page, title)
    build_issue(pages, issue)    an Issue: articles from a manifest, else from the table of contents
    format_article_table(issue)  the article/page table shown to the admin before publishing

Every failure is a PdfImportError (a CorpusError), with a Danish message the admin can act on.

Size: ~740 lines, over the ~600 the house aims for. It is one pipeline whose steps share the
page heuristics; the natural split is page extraction (`pdf_pages.py`) apart from contents and
articles (here).
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from .corpus import COVER_ARTICLE, PDF_PAGES, Article, CorpusError, Issue, Page, Segment, validate_issue_number
from .text import clean_page, collapse_letter_spacing

# A page with fewer letters than this has "no text" (image-only scan, blank page, full-page ad).
MIN_TEXT_LETTERS = 20
# Share of text-less pages from which a PDF counts as image-only (scanned without OCR).
IMAGE_ONLY_SHARE = 0.8
# Top/bottom share of the page height where running headers and footers stand.
MARGIN_BAND = 0.06
# A line that recurs (digits ignored) at the top or bottom of at least this share of pages is furniture.
RECURRING_SHARE = 0.5
EDGE_LINES = 3

TITLE_COVER = COVER_ARTICLE
TITLE_COLOPHON_TOC = "Kolofon og indhold"
TITLE_TOC = "Indhold"


class PdfImportError(CorpusError):
    """The file cannot be imported as an issue; the message says why and what to do."""


# -- extraction ----------------------------------------------------------------------------
def extract_pages(path: Path, first_page: int | None = None, *, strip_running: bool = True) -> list[tuple[int, str]]:
    """(printed page number, raw text) for every page of a PDF or a form-feed separated .txt.

    Page numbers: `first_page` when given (the first page gets that number, then +1 each);
    else the PDF's page labels when they are all numeric and increasing; else 1, 2, 3, ….
    Running headers and footers are removed (`strip_running=False` keeps them).
    """
    path = Path(path)
    if first_page is not None and first_page < 1:
        raise PdfImportError(f"--first-page skal være 1 eller større (fik {first_page}).")
    if not path.exists():
        raise PdfImportError(f"Filen {path} findes ikke.")
    if not path.is_file():
        raise PdfImportError(f"{path} er ikke en fil.")
    with open(path, "rb") as f:
        head = f.read(1024)
    if b"%PDF-" in head:
        numbers, texts, margins = _read_pdf(path)
    elif path.suffix.lower() == ".pdf":
        raise PdfImportError(f"{path.name} er ikke en gyldig PDF (filen mangler PDF-hovedet). Er den beskadiget?")
    else:
        numbers, texts = _read_text(path)
        margins = [Counter() for _ in texts]
    if not texts:
        raise PdfImportError(f"{path.name} indeholder ingen sider.")
    if first_page is not None:
        numbers = [first_page + i for i in range(len(texts))]
    if strip_running:
        texts = [_strip_margin_lines(t, m) for t, m in zip(texts, margins, strict=True)]
        texts = strip_recurring_lines(texts)
    return list(zip(numbers, texts, strict=True))


def _read_text(path: Path) -> tuple[list[int], list[str]]:
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise PdfImportError(
            f"{path.name} er hverken en PDF eller en UTF-8-tekstfil (ugyldig byte ved position {e.start})."
        ) from None
    parts = raw.replace("\r\n", "\n").split("\f")
    if parts and not parts[-1].strip():
        parts = parts[:-1]  # a trailing form feed ends the last page; it does not start a new one
    if not any(p.strip() for p in parts):
        raise PdfImportError(f"{path.name} er tom: ingen sider med tekst.")
    return list(range(1, len(parts) + 1)), parts


def _read_pdf(path: Path) -> tuple[list[int], list[str], list[Counter[str]]]:
    import pypdf
    from pypdf import errors as pe

    name = path.name
    # pypdf logs every repair it makes; the admin gets our one clear message instead.
    pypdf_log = logging.getLogger("pypdf")
    old_level = pypdf_log.level
    pypdf_log.setLevel(logging.ERROR)
    try:
        try:
            reader = pypdf.PdfReader(str(path))
            if reader.is_encrypted:
                try:
                    opened = bool(reader.decrypt(""))
                except (pe.DependencyError, NotImplementedError):
                    opened = False
                if not opened:
                    raise PdfImportError(
                        f"{name} er krypteret (beskyttet med adgangskode). Gem en udgave uden adgangskode "
                        "(fx 'Udskriv til PDF') og prøv igen."
                    )
            n = len(reader.pages)
        except PdfImportError:
            raise
        except (pe.FileNotDecryptedError, pe.WrongPasswordError):
            raise PdfImportError(
                f"{name} er krypteret (beskyttet med adgangskode). Gem en udgave uden adgangskode."
            ) from None
        except (
            pe.PyPdfError,
            OSError,
            ValueError,
            KeyError,
            TypeError,
            AttributeError,
            IndexError,
            RecursionError,
            AssertionError,
            ZeroDivisionError,
        ) as e:
            raise PdfImportError(f"{name} er en beskadiget PDF og kan ikke læses ({type(e).__name__}).") from None
        if n == 0:
            raise PdfImportError(f"{name} indeholder ingen sider.")
        texts: list[str] = []
        margins: list[Counter[str]] = []
        for i in range(n):
            try:
                page = reader.pages[i]
                text, margin = _page_text(page)
            except (pe.FileNotDecryptedError, pe.WrongPasswordError, pe.DependencyError):
                raise PdfImportError(f"{name} er krypteret og kan ikke læses uden adgangskode.") from None
            except Exception as e:  # pypdf raises many kinds on damaged content streams
                raise PdfImportError(
                    f"{name}: side {i + 1} er beskadiget og kan ikke læses ({type(e).__name__})."
                ) from None
            texts.append(text)
            margins.append(margin)
        numbers = _page_numbers(reader, n)
    finally:
        pypdf_log.setLevel(old_level)
    empty = sum(1 for t in texts if _letters(t) < MIN_TEXT_LETTERS)
    garbled = sum(1 for t in texts if _letters(t) >= MIN_TEXT_LETTERS and _is_garbled(t))
    if empty + garbled >= max(1, IMAGE_ONLY_SHARE * n):
        if garbled > empty:
            raise PdfImportError(
                f"{name}: teksten på {garbled} af {n} sider kan ikke aflæses (skrifttyperne mangler "
                "tegnkoder, eller filen er beskadiget). Eksportér PDF'en igen fra layoutprogrammet."
            )
        raise PdfImportError(
            f"{name} har ingen tekst at læse på {empty + garbled} af {n} sider – den er vist skannet som "
            "billeder. Brug en PDF med tekst (fra layoutprogrammet) eller kør tekstgenkendelse (OCR) først."
        )
    return numbers, texts, margins


def _letters(text: str) -> int:
    return sum(1 for ch in text if ch.isalpha())


def _is_garbled(text: str) -> bool:
    """Mostly replacement characters: glyphs without a character mapping (or a damaged font)."""
    visible = [ch for ch in text if not ch.isspace()]
    bad = sum(1 for ch in visible if ch == "\ufffd" or (unicodedata.category(ch) in ("Co", "Cn", "Cc")))
    return bool(visible) and bad / len(visible) > 0.1


def _page_numbers(reader: Any, n: int) -> list[int]:
    """Numeric, strictly increasing page labels; otherwise 1..n."""
    try:
        labels = list(reader.page_labels)
    except Exception:  # a broken /PageLabels tree is no reason to refuse the file
        labels = []
    if len(labels) == n and all(str(lb).strip().isdigit() for lb in labels):
        nums = [int(str(lb).strip()) for lb in labels]
        if all(b > a for a, b in pairwise(nums)) and nums[0] >= 1:
            return nums
    return list(range(1, n + 1))


def _mul(a: Sequence[float], b: Sequence[float]) -> list[float]:
    """Product of two PDF matrices [a b c d e f]."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def _page_text(page: Any) -> tuple[str, Counter[str]]:
    """The page's text, and the short small-print texts that stand in its top/bottom margin band.

    Where a line starts in another type size than the line before (kicker → headline → lead →
    byline → body → fact box), a blank line is inserted: the layout's blocks become paragraphs,
    so a headline never runs into the first sentence of the body text.
    """
    frags: list[tuple[str, float, float, str]] = []  # (text, y, font size, font name)

    def visit(text: str, cm: Sequence[float], tm: Sequence[float], font: Any, size: float) -> None:
        if not text:
            return
        m = _mul(tm, cm)
        scale = (m[2] ** 2 + m[3] ** 2) ** 0.5 or 1.0
        try:
            fname = str(font.get("/BaseFont", "")) if font else ""
        except Exception:
            fname = ""
        frags.append((text, m[5], float(size or 0) * scale, fname))

    plain = page.extract_text(visitor_text=visit) or ""
    if "".join(f[0] for f in frags) != plain:
        frags = []  # the visitor did not see what extract_text returned: keep pypdf's text as is
    text = _paragraphs(frags) if frags else plain
    try:
        box = page.mediabox
        bottom, top = float(box.bottom), float(box.top)
    except Exception:
        return text, Counter()
    height = top - bottom
    chunks = [(y, size, t) for t, y, size, _ in frags if t.strip()]
    if height <= 0 or not chunks:
        return text, Counter()
    sizes: Counter[float] = Counter()
    for _, size, t in chunks:
        sizes[round(size, 1)] += len(t.strip())
    body = sizes.most_common(1)[0][0]
    band = MARGIN_BAND * height
    margin: Counter[str] = Counter()
    for y, size, t in chunks:
        in_band = y >= top - band or y <= bottom + band
        if in_band and size <= body + 0.01 and len(t.strip()) <= 80:
            margin[_norm_line(t)] += 1
    return text, margin


def _paragraphs(frags: list[tuple[str, float, float, str]]) -> str:
    out: list[str] = []
    prev_style: float | None = None
    at_line_start = True
    for text, _, size, _fname in frags:
        if at_line_start and text.strip():
            # Size only: a bold label over a regular value ('Ansvarshavende redaktør' / name) or a
            # subheading over its paragraph stays together, as in the text exports.
            style = round(size * 2) / 2
            new_block = prev_style is not None and style != prev_style and bool(out)
            if new_block and not out[-1].endswith("\n\n") and out[-1].endswith("\n"):
                out.append("\n")
            prev_style = style
        out.append(text)
        if text.strip() or text.endswith("\n"):
            at_line_start = text.endswith("\n")
    return "".join(out)


def _norm_line(line: str) -> str:
    return " ".join(unicodedata.normalize("NFC", line).split()).casefold()


def _strip_margin_lines(text: str, margin: Counter[str]) -> str:
    """Drop the first/last lines of a page that are margin-band texts (running header/footer).

    Each margin text is dropped as often as it stands in the margin, so a section label repeated
    as a kicker in the body ('LEDEREN' / 'LEDEREN') keeps its body copy."""
    if not margin:
        return text
    left = Counter(margin)
    lines = text.split("\n")
    idx = [i for i, line in enumerate(lines) if line.strip()]
    drop: set[int] = set()
    for order in (idx[:EDGE_LINES], list(reversed(idx[-EDGE_LINES:]))):  # header, then footer
        for i in order:
            key = _norm_line(lines[i])
            if left[key] > 0 and i not in drop:
                left[key] -= 1
                drop.add(i)
            else:
                break
    return "\n".join(line for i, line in enumerate(lines) if i not in drop)


def _furniture_key(line: str) -> str:
    """A line with its digits generalised: '3 | Offentlig Ledelse 03/2024' ~ '4 | Offentlig Ledelse 03/2024'."""
    return re.sub(r"\d+", "#", _norm_line(line))


def strip_recurring_lines(texts: list[str]) -> list[str]:
    """Remove lines that stand at the top or bottom of most pages (digits ignored): running
    headers and footers such as '<n> | Offentlig Ledelse 03/2024'."""
    n = len(texts)
    if n < 2:
        return texts
    edges: list[dict[str, list[int]]] = []
    count: Counter[str] = Counter()
    for text in texts:
        lines = text.split("\n")
        idx = [i for i, line in enumerate(lines) if line.strip()]
        found: dict[str, list[int]] = {}
        for i in idx[:EDGE_LINES] + idx[-EDGE_LINES:]:
            key = _furniture_key(lines[i])
            if _letters(key) >= 3 or len(key) <= 12:  # page numbers alone count too
                found.setdefault(key, [])
                if i not in found[key]:
                    found[key].append(i)
        edges.append(found)
        count.update(found.keys())
    need = max(2, RECURRING_SHARE * n)
    recurring = {k for k, c in count.items() if c >= need}
    if not recurring:
        return texts
    out = []
    for text, found in zip(texts, edges, strict=True):
        drop = {i for k, ids in found.items() if k in recurring for i in ids}
        out.append("\n".join(line for i, line in enumerate(text.split("\n")) if i not in drop))
    return out


# -- table of contents -----------------------------------------------------------------------
_TOC_HEADING = re.compile(r"^\s*(indhold|indholdsfortegnelse|i dette nummer)\s*:?\s*$", re.I)
_ENTRY = re.compile(r"^\s*(\d{1,3})\s*[.:|\-–]?\s+(\S.*?)\s*$")
_ENTRY_TRAILING = re.compile(r"^\s*(\S.*?\S)\s*(?:\.{2,}|…+|\s{2,})\s*(\d{1,3})\s*$")
_MARKER = re.compile(r"^\s*\[\[artikel:.*\]\]\s*$")
_SECTION = re.compile(r"^\s*[A-ZÆØÅ]{3,}:?(?:\s|$)")  # "TEMA om …", "TEMA: Seniorledelse", "DEBAT"


@dataclass(frozen=True)
class _Entry:
    page: int
    lines: list[str]
    section: list[str]  # the section label printed above this entry ('TEMA om mødekultur:'), if any


@dataclass(frozen=True)
class TocEntry:
    """One line of the INDHOLD page: printed page, title as printed, and the section label above it."""

    page: int
    title: str
    section: str = ""


def find_toc_page(pages: Sequence[tuple[int, str]]) -> int | None:
    """Printed number of the page with the table of contents ('INDHOLD'), or None."""
    for number, text in pages:
        for line in collapse_letter_spacing(text).split("\n"):
            if _TOC_HEADING.match(line):
                return number
    return None


def _scan_entries(lines: list[str], texts: dict[int, str]) -> list[_Entry]:
    numbers = set(texts)
    last = max(numbers)
    entries: list[_Entry] = []
    pending: list[str] = []
    section: list[str] = []

    def close_pending() -> None:
        """Lines between two entries: the title's continuation, minus a section label before the
        next entry ('TEMA om mødekultur:', or a last line ending in a colon)."""
        section.clear()
        if pending:
            cut = next((i for i, line in enumerate(pending) if _SECTION.match(line)), len(pending))
            if cut == len(pending) and pending[-1].rstrip().endswith(":"):
                cut = len(pending) - 1
            if entries:
                entries[-1].lines.extend(pending[:cut])
            section.extend(pending[cut:])
        pending.clear()

    for line in lines:
        if _MARKER.match(line):
            break
        s = line.strip()
        if not s:
            continue
        m = _ENTRY.match(s)
        prev = entries[-1].page if entries else 0
        if m and _letters(m.group(2)) >= 2 and prev <= int(m.group(1)) <= last:
            close_pending()
            entries.append(_Entry(int(m.group(1)), [m.group(2)], list(section)))
            continue
        mt = _ENTRY_TRAILING.match(s)
        if (
            mt
            and _letters(mt.group(1)) >= 3
            and int(mt.group(2)) in numbers
            and int(mt.group(2)) >= prev
            and "|" not in s
        ):
            # "Færre møder, bedre møder ........ 4" (title first, page number last)
            close_pending()
            entries.append(_Entry(int(mt.group(2)), [mt.group(1).rstrip(". …")], list(section)))
            continue
        if entries and len(pending) >= 6:
            break  # a long run of text after the last entry: the contents list has ended
        pending.append(s)
    # After the last entry the page goes on with other text ('Til læseren …'): keep only the
    # lines whose words stand on the entry's own first page (titles are printed there).
    if entries and pending:
        head = entries[-1]
        keep: list[str] = []
        page_words = set(_words(texts.get(head.page, "")))
        for line in pending:
            if _SECTION.match(line) or len(keep) >= 3:
                break
            words = _words(line)
            if not words or not all(w in page_words for w in words):
                break
            keep.append(line)
        head.lines.extend(keep)
    return entries


def parse_toc(pages: Sequence[tuple[int, str]]) -> list[tuple[int, str]]:
    """Entries (printed page, title) of the INDHOLD page, sorted by page; [] when there is none.

    An entry is a line starting with a page number; the lines after it continue its title until
    the next entry. Section labels between entries ('TEMA om mødekultur:') are not titles.
    """
    return [(e.page, e.title) for e in parse_toc_entries(pages)]


def parse_toc_entries(pages: Sequence[tuple[int, str]]) -> list[TocEntry]:
    """Like `parse_toc`, with the section label printed above each entry ('TEMA: Seniorledelse')."""
    toc_number = find_toc_page(pages)
    if toc_number is None:
        return []
    texts = dict(pages)
    lines = collapse_letter_spacing(texts[toc_number]).split("\n")
    heading = next(i for i, line in enumerate(lines) if _TOC_HEADING.match(line))
    entries = _scan_entries(lines[heading + 1 :], texts)
    if not entries:  # some layouts put the list before its heading in the text order
        entries = _scan_entries(lines[:heading], texts)
    out: list[TocEntry] = []
    for e in entries:
        title = _join_title(e.lines)
        if title:
            out.append(TocEntry(e.page, title, _join_title(e.section).rstrip(":").strip()))
    out.sort(key=lambda x: x.page)
    return out


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold())


def _join_title(lines: list[str]) -> str:
    text = clean_page("\n".join(lines)).strip()
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .·•|")


# -- building the issue ----------------------------------------------------------------------
def page_heading(text: str) -> str | None:
    """A page's heading: its first substantial line (≥ 2 words or ≥ 6 letters, not a number),
    preferring one that is not an all-caps section label ('LEDEREN', 'TEMA: MØDEKULTUR')."""
    found: list[str] = []
    for line in clean_page(text).split("\n")[:15]:
        s = line.strip()
        if _letters(s) >= 6 or (len(s.split()) >= 2 and _letters(s) >= 3):
            found.append(s.rstrip(":").strip()[:120])
    for s in found:
        if not s.isupper():
            return s
    return found[0] if found else None


def _article_from_dict(a: Any, where: str) -> Article:
    if not isinstance(a, dict):
        raise PdfImportError(f"{where}: hver artikel skal være et objekt med 'title' og 'pages'.")
    try:
        title = str(a["title"]).strip()
        pages = tuple(int(p) for p in a["pages"])
    except (KeyError, TypeError, ValueError) as e:
        raise PdfImportError(f"{where}: artiklen mangler eller har forkert felt ({e}).") from None
    if not title or not pages:
        raise PdfImportError(f"{where}: artiklen {title or '(uden titel)'!r} mangler titel eller sider.")
    return Article(title, pages, a.get("author") or None, a.get("person") or None)


def load_manifest(path: Path) -> dict[str, Any]:
    """Read a manifest JSON file (same format as the corpus' manifest.json)."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise PdfImportError(f"Manifestet {path} findes ikke.") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise PdfImportError(f"Manifestet {path} er ikke gyldig JSON ({e}).") from None
    if not isinstance(data, dict) or not isinstance(data.get("articles"), list):
        raise PdfImportError(f"Manifestet {path} skal være et JSON-objekt med en liste 'articles'.")
    return data


def is_pdf(path: Path) -> bool:
    """Does the file start like a PDF (rather than a form-feed separated text export)?"""
    try:
        with open(path, "rb") as f:
            return b"%PDF-" in f.read(1024)
    except OSError:
        return False


def build_issue(
    pages: Sequence[tuple[int, str]],
    issue: str,
    manifest: dict[str, Any] | None = None,
    pdf_pages: Sequence[int] | None = None,
) -> Issue:
    """An Issue from extracted pages: articles from `manifest` when given, else from the INDHOLD
    page. `pdf_pages` (one per page, 1-based) records where each printed page is in the PDF, for
    links to the page (`Issue.pdf_page`)."""
    issue = validate_issue_number(issue)
    if not pages:
        raise PdfImportError("Ingen sider at importere (tomt sideinterval).")
    numbers = [n for n, _ in pages]
    if len(set(numbers)) != len(numbers):
        raise PdfImportError("Sidenumrene er ikke entydige; brug --first-page for at nummerere siderne.")
    cleaned = [(n, clean_page(t)) for n, t in pages]
    if not any(_letters(t) for _, t in cleaned):
        raise PdfImportError("Siderne indeholder ingen tekst (tomt sideinterval).")
    extra: dict[str, object] = {}
    if manifest is not None:
        articles = _manifest_articles(manifest, issue, numbers)
        extra["articles_from"] = "manifest"
    else:
        articles, n_entries = _toc_articles(cleaned)
        extra["articles_from"] = "indhold"
        extra["toc_entries"] = n_entries
    built_pages = [_segment_page(n, t, articles) for n, t in cleaned]
    if pdf_pages is not None:
        if len(pdf_pages) != len(numbers):
            raise PdfImportError("Der skal være ét PDF-sidetal pr. side.")
        extra[PDF_PAGES] = {str(n): int(p) for n, p in zip(numbers, pdf_pages, strict=True)}
    return Issue(issue, articles, built_pages, extra=extra)


def _manifest_articles(manifest: dict[str, Any], issue: str, numbers: list[int]) -> list[Article]:
    named = str(manifest.get("issue") or "")
    m = re.search(r"\b(\d{2}/\d{4})\b", named)
    if m and m.group(1) != issue:
        raise PdfImportError(f"Manifestet gælder nummer {m.group(1)}, men du importerer {issue}.")
    raw = manifest.get("articles")
    if not isinstance(raw, list) or not raw:
        raise PdfImportError("Manifestet har ingen artikler ('articles' mangler eller er tom).")
    articles = [_article_from_dict(a, f"manifest, artikel {i + 1}") for i, a in enumerate(raw)]
    titles = [a.title for a in articles]
    dup = [t for t, c in Counter(titles).items() if c > 1]
    if dup:
        raise PdfImportError(f"Manifestet nævner artiklen {dup[0]!r} to gange; titler skal være entydige.")
    have = set(numbers)
    for a in articles:
        missing = [p for p in a.pages if p not in have]
        if missing:
            raise PdfImportError(
                f"Manifestet placerer {a.title!r} på side {', '.join(map(str, missing))}, som ikke findes "
                f"i filen (siderne er {numbers[0]}–{numbers[-1]}; brug evt. --first-page)."
            )
    covered = {p for a in articles for p in a.pages}
    orphans = [n for n in numbers if n not in covered]
    if orphans:
        raise PdfImportError(
            f"Side {', '.join(map(str, orphans))} hører ikke til nogen artikel i manifestet. "
            "Tilføj siderne til en artikel (fx 'Forside')."
        )
    return articles


def _toc_articles(pages: Sequence[tuple[int, str]]) -> tuple[list[Article], int]:
    """Articles from the INDHOLD page: every page belongs to the last entry starting on or before
    it; pages before the first entry are the cover, the contents page or get their own heading."""
    numbers = [n for n, _ in pages]
    texts = dict(pages)
    toc_page = find_toc_page(pages)
    entries = parse_toc(pages)
    owner: dict[int, str] = {}
    starts = sorted(dict(reversed(entries)).items())  # first title per start page
    for n in numbers:
        before = [t for p, t in starts if p <= n]
        if n == toc_page:
            owner[n] = TITLE_COLOPHON_TOC if _has_colophon(texts[n]) else TITLE_TOC
        elif before:
            owner[n] = before[-1]
        elif n == numbers[0]:
            owner[n] = TITLE_COVER
        else:
            owner[n] = page_heading(texts[n]) or f"Side {n}"
    # Titles must be unique per issue; a heading equal to another article's title joins it.
    order: list[str] = []
    pages_of: dict[str, list[int]] = {}
    for n in numbers:
        t = owner[n]
        if t not in pages_of:
            order.append(t)
            pages_of[t] = []
        pages_of[t].append(n)
    out = []
    for t in order:
        first = pages_of[t][0]
        out.append(
            Article(
                t,
                tuple(pages_of[t]),
                _byline(texts[first]) if t not in (TITLE_COVER, TITLE_COLOPHON_TOC, TITLE_TOC) else None,
            )
        )
    return out, len(entries)


def _has_colophon(text: str) -> bool:
    """Does the contents page also carry the colophon (editor, ISSN, print run …)?"""
    return bool(re.search(r"\b(ISSN|redaktør|oplag|udgiver|ansvarshavende)\b", text, re.I))


_BYLINE = re.compile(r"^\s*(?:Af|Tekst:?|Skrevet af)\s+([A-ZÆØÅ][\w\-]+(?:\s+[A-ZÆØÅ][\w\-]+){1,3})")


def _byline(text: str) -> str | None:
    """The author from a byline ('Af Anders Vinding Lund') near the top of an article's first page."""
    for line in text.split("\n")[:25]:
        m = _BYLINE.match(line)
        if m:
            return m.group(1)
    return None


def _segment_page(number: int, text: str, articles: list[Article]) -> Page:
    """Split a page among the articles that stand on it (at their headings where found)."""
    on_page = [a for a in articles if number in a.pages]
    text = text.strip()
    if not text:
        return Page(number, ())
    if len(on_page) <= 1:
        return Page(number, (Segment(on_page[0].title, text),) if on_page else ())
    lines = text.split("\n")
    # The article that continues from the previous page owns the top; the others start at their title.
    continuing = [a for a in on_page if any(p < number for p in a.pages)]
    first = continuing[0] if continuing else on_page[0]
    cuts: list[tuple[int, str]] = []
    for a in on_page:
        if a is first:
            continue
        at = _find_title_line(lines, a.title)
        if at is not None and at > 0 and all(at != c for c, _ in cuts):
            cuts.append((at, a.title))
    cuts.sort()
    segments = []
    bounds = [(0, first.title)] + cuts
    for i, (start, title) in enumerate(bounds):
        end = bounds[i + 1][0] if i + 1 < len(bounds) else len(lines)
        chunk = "\n".join(lines[start:end]).strip()
        if chunk:
            segments.append(Segment(title, chunk))
    return Page(number, tuple(segments))


def _find_title_line(lines: list[str], title: str) -> int | None:
    """Index of the line where `title` (or the part after its colon) starts, matching across lines."""
    candidates = [title] + ([title.split(":", 1)[1]] if ":" in title else [])
    flat_words: list[str] = []
    line_of: list[int] = []
    for i, line in enumerate(lines):
        for w in _words(line):
            flat_words.append(w)
            line_of.append(i)
    for cand in candidates:
        words = _words(cand)[:6]
        if len(words) < 2:
            continue
        k = len(words)
        for j in range(len(flat_words) - k + 1):
            if flat_words[j : j + k] == words:
                return line_of[j]
    return None


# -- reporting -------------------------------------------------------------------------------
def _ranges(pages: Iterable[int]) -> str:
    ps = sorted(set(pages))
    out: list[str] = []
    i = 0
    while i < len(ps):
        j = i
        while j + 1 < len(ps) and ps[j + 1] == ps[j] + 1:
            j += 1
        out.append(str(ps[i]) if i == j else f"{ps[i]}–{ps[j]}")
        i = j + 1
    return ", ".join(out)


def format_article_table(issue: Issue) -> str:
    """The article/page table the admin checks before publishing."""
    source = issue.extra.get("articles_from")
    how = {"manifest": "fra manifestet", "indhold": "fra INDHOLD-siden"}.get(str(source), "")
    if source == "indhold" and not issue.extra.get("toc_entries"):
        how = "fra sidernes overskrifter"
    words = {p.number: sum(len(s.text.split()) for s in p.segments) for p in issue.pages}
    rows = [(a.title, _ranges(a.pages), sum(words.get(p, 0) for p in a.pages), a.author or "") for a in issue.articles]
    wt = min(100, max([len("Artikel")] + [len(r[0]) for r in rows]))
    wp = max([len("Sider")] + [len(r[1]) for r in rows])
    lines = [
        f"Nummer {issue.issue}: {len(issue.pages)} sider, {len(issue.articles)} artikler {how}".rstrip(),
        f"{'Sider':<{wp}}  {'Artikel':<{wt}}  {'ord':>6}  Forfatter",
        f"{'-' * wp}  {'-' * wt}  {'-' * 6}  {'-' * 9}",
    ]
    for title, pages, nwords, author in rows:
        t = title if len(title) <= wt else title[: wt - 1] + "…"
        lines.append(f"{pages:<{wp}}  {t:<{wt}}  {nwords:>6}  {author}".rstrip())
    empty = [p.number for p in issue.pages if not p.segments]
    if empty:
        lines.append(f"Advarsel: side {_ranges(empty)} har ingen tekst (billeder/annoncer) og kan ikke citeres.")
    garbled = [p.number for p in issue.pages if p.segments and "\ufffd" in p.text and _is_garbled(p.text)]
    if garbled:
        lines.append(f"Advarsel: side {_ranges(garbled)} har ulæselige tegn; tjek PDF'en.")
    if issue.extra.get("articles_from") == "indhold" and not issue.extra.get("toc_entries"):
        lines.append("Advarsel: ingen INDHOLD-side fundet; brug --manifest for at angive artiklerne.")
    return "\n".join(lines)
