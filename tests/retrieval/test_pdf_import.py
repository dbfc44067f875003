"""PDF/text import of a new issue: pages and printed numbers, running headers/footers, the
INDHOLD page, article assignment (checked against the sample's article map) and clear errors."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from retrieval.corpus import CorpusError, load_issue, write_issue
from retrieval.pdf_import import (
    PdfImportError,
    build_issue,
    extract_pages,
    format_article_table,
    load_manifest,
    page_heading,
    parse_toc,
    strip_recurring_lines,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT.parent / "shared" / "samples"
SAMPLE_PDF = SAMPLES / "offentlig-ledelse-2024-03.pdf"
SAMPLE_MAP = SAMPLES / "offentlig-ledelse-2024-03.articles.json"
CORPUS_0124 = ROOT / "corpus" / "offentlig-ledelse-2024-01"
FOOTER = re.compile(r"^\s*\d+\s*\|\s*Offentlig Ledelse 03/2024\s*$", re.M)

needs_sample = pytest.mark.skipif(not SAMPLE_PDF.is_file(), reason="sample PDF not available")


@pytest.fixture(scope="module")
def sample_pages() -> list[tuple[int, str]]:
    if not SAMPLE_PDF.is_file():
        pytest.skip("sample PDF not available")
    return extract_pages(SAMPLE_PDF)


@pytest.fixture(scope="module")
def sample_map() -> dict:
    if not SAMPLE_MAP.is_file():
        pytest.skip("sample article map not available")
    return json.loads(SAMPLE_MAP.read_text(encoding="utf-8"))


def _writer_from_sample():
    pypdf = pytest.importorskip("pypdf")
    return pypdf.PdfWriter(clone_from=str(SAMPLE_PDF))


# -- extraction and page numbers -----------------------------------------------------------
@needs_sample
def test_sample_pages_and_numbers(sample_pages):
    assert [n for n, _ in sample_pages] == [1, 2, 3, 4, 5, 6]
    text = dict(sample_pages)
    assert "57 procent af lederne" in text[3]
    assert "Mødefri onsdag formiddag" in text[5]
    assert "superbrugere" in text[6]


@needs_sample
def test_running_footer_and_headers_removed(sample_pages):
    for n, text in sample_pages:
        assert not FOOTER.search(text), f"footer left on page {n}"
    first = {n: t.strip().split("\n")[0] for n, t in sample_pages}
    # Page 5 has only the running header (removed); pages 3, 4, 6 keep their kicker in the body.
    assert first[5] == "Mødefri onsdag formiddag"
    assert first[4] == "TEMA: MØDEKULTUR"
    assert dict(sample_pages)[4].count("TEMA: MØDEKULTUR") == 1
    assert dict(sample_pages)[3].count("LEDEREN") == 1
    # The cover's masthead is large print, not a running header: kept.
    assert first[1] == "Offentlig Ledelse"


@needs_sample
def test_strip_running_false_keeps_furniture():
    raw = dict(extract_pages(SAMPLE_PDF, strip_running=False))
    assert FOOTER.search(raw[3])
    assert raw[5].strip().startswith("TEMA: MØDEKULTUR")


@needs_sample
def test_first_page_offset():
    assert [n for n, _ in extract_pages(SAMPLE_PDF, first_page=10)] == [10, 11, 12, 13, 14, 15]
    with pytest.raises(PdfImportError, match="first-page"):
        extract_pages(SAMPLE_PDF, first_page=0)


@needs_sample
def test_numeric_page_labels_are_used(tmp_path):
    w = _writer_from_sample()
    w.set_page_label(0, 5, "/D", start=41)
    path = tmp_path / "labels.pdf"
    w.write(path)
    assert [n for n, _ in extract_pages(path)] == [41, 42, 43, 44, 45, 46]
    # --first-page wins over the labels.
    assert next(n for n, _ in extract_pages(path, first_page=3)) == 3


@needs_sample
def test_non_numeric_page_labels_fall_back_to_index(tmp_path):
    w = _writer_from_sample()
    w.set_page_label(0, 1, "/r")
    w.set_page_label(2, 5, "/D", start=1)
    path = tmp_path / "roman.pdf"
    w.write(path)
    assert [n for n, _ in extract_pages(path)] == [1, 2, 3, 4, 5, 6]


def test_recurring_lines_rule_is_general():
    heads = ["Ledelse", "Møder", "Trivsel", "Rekruttering", "Digitalisering"]
    pages = [f"{h}\nbrødtekst om {h.lower()}\n{i} · Testbladet 09/2030" for i, h in enumerate(heads, 1)]
    out = strip_recurring_lines(pages)
    assert all("Testbladet" not in p for p in out)  # the footer, whatever its page number
    assert [p.split("\n")[0] for p in out] == heads  # differ per page: kept
    # A line on fewer than half of the pages is not furniture.
    pages[0] += "\nKilde: Testinstitut"
    pages[1] += "\nKilde: Testinstitut"
    assert sum("Kilde: Testinstitut" in p for p in strip_recurring_lines(pages)) == 2


# -- form-feed text ------------------------------------------------------------------------
def _ff_text() -> str:
    pages = [
        "Testbladet\nForside med teasere om ledelse\n1 | Testbladet 09/2030",
        "Kolofon\nAnsvarshavende redaktør Test Person\nINDHOLD\n3 Ledelse i praksis: Sådan\ngør vi\n"
        "4 Mødekultur i kommunen\nGod læselyst til alle læsere.\n2 | Testbladet 09/2030",
        "Ledelse i praksis: Sådan gør vi\nAf Test Forfatter\nLedere skal lytte mere end de taler.\n"
        "3 | Testbladet 09/2030",
        "Mødekultur i kommunen\nMøderne blev kortere og bedre for alle.\n4 | Testbladet 09/2030",
        "Mere om møder\nDagsordenen kom først, og møderne blev færre.\n5 | Testbladet 09/2030",
    ]
    return "\f".join(pages) + "\f"


def test_form_feed_text(tmp_path):
    path = tmp_path / "nummer.txt"
    path.write_text(_ff_text(), encoding="utf-8")
    pages = extract_pages(path)
    assert [n for n, _ in pages] == [1, 2, 3, 4, 5]  # the trailing form feed adds no page
    assert all("Testbladet 09/2030" not in t for _, t in pages)
    assert [n for n, _ in extract_pages(path, first_page=21)] == [21, 22, 23, 24, 25]
    assert parse_toc(pages) == [(3, "Ledelse i praksis: Sådan gør vi"), (4, "Mødekultur i kommunen")]
    issue = build_issue(pages, "09/2030", None)
    assert [(a.title, a.pages) for a in issue.articles] == [
        ("Forside", (1,)),
        ("Kolofon og indhold", (2,)),
        ("Ledelse i praksis: Sådan gør vi", (3,)),
        ("Mødekultur i kommunen", (4, 5)),
    ]
    assert issue.articles[2].author == "Test Forfatter"


def test_empty_text_file_is_an_error(tmp_path):
    path = tmp_path / "tom.txt"
    path.write_text("\f\n\f  \f", encoding="utf-8")
    with pytest.raises(PdfImportError, match="tom"):
        extract_pages(path)


def test_missing_file_is_an_error(tmp_path):
    with pytest.raises(PdfImportError, match="findes ikke"):
        extract_pages(tmp_path / "mangler.pdf")


def test_import_error_is_a_corpus_error():
    assert issubclass(PdfImportError, CorpusError)


# -- broken, encrypted, image-only PDFs ----------------------------------------------------
@needs_sample
@pytest.mark.parametrize("fraction", [0.2, 0.6, 0.95])
def test_truncated_pdf(tmp_path, fraction):
    data = SAMPLE_PDF.read_bytes()
    path = tmp_path / "afkortet.pdf"
    path.write_bytes(data[: int(len(data) * fraction)])
    with pytest.raises(PdfImportError, match="beskadiget"):
        extract_pages(path)


def test_not_a_pdf(tmp_path):
    path = tmp_path / "nummer.pdf"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a pdf")
    with pytest.raises(PdfImportError, match="ikke en gyldig PDF"):
        extract_pages(path)


@needs_sample
def test_encrypted_pdf(tmp_path):
    w = _writer_from_sample()
    w.encrypt("hemmelig")
    path = tmp_path / "krypteret.pdf"
    w.write(path)
    with pytest.raises(PdfImportError, match="krypteret"):
        extract_pages(path)


@needs_sample
def test_owner_password_only_pdf_is_readable(tmp_path):
    """Encrypted with an empty user password (print/copy restrictions only): opens like any PDF."""
    w = _writer_from_sample()
    w.encrypt("", owner_password="ejer")
    path = tmp_path / "rettigheder.pdf"
    w.write(path)
    assert len(extract_pages(path)) == 6


def test_image_only_pdf(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    w = pypdf.PdfWriter()
    for _ in range(3):
        w.add_blank_page(595, 842)
    path = tmp_path / "skannet.pdf"
    w.write(path)
    with pytest.raises(PdfImportError, match="ingen tekst"):
        extract_pages(path)


@needs_sample
def test_one_blank_page_is_kept_with_a_warning(tmp_path):
    w = _writer_from_sample()
    w.add_blank_page(595, 842)
    path = tmp_path / "med-annonce.pdf"
    w.write(path)
    pages = extract_pages(path)
    assert [n for n, _ in pages] == [1, 2, 3, 4, 5, 6, 7]
    issue = build_issue(pages, "03/2024", None)
    assert "side 7 har ingen tekst" in format_article_table(issue)


# -- table of contents -----------------------------------------------------------------------
@needs_sample
def test_parse_toc_sample(sample_pages, sample_map):
    expected = [
        (a["pages"][0], a["title"])
        for a in sample_map["articles"]
        if a["title"] not in ("Forside", "Kolofon og indhold")
    ]
    assert parse_toc(sample_pages) == expected


def _corpus_pages_without_markers() -> list[tuple[int, str]]:
    out = []
    for f in sorted((CORPUS_0124 / "pages").glob("*.txt")):
        text = "\n".join(
            line for line in f.read_text(encoding="utf-8").split("\n") if not line.startswith("[[artikel:")
        )
        out.append((int(f.stem), text))
    return out


def test_parse_toc_issue_2024_01_layout():
    """01/2024's INDHOLD: titles wrap over lines (with blank lines), section labels in between."""
    toc = parse_toc(_corpus_pages_without_markers())
    assert [p for p, _ in toc] == [3, 4, 6, 7, 9, 11, 12, 13, 14, 15, 16, 17, 18, 20]
    titles = dict(toc)
    assert titles[3] == "Lederen: Det er stadig os og ikke AI, som træffer beslutningerne"
    assert titles[4] == "Poesi om ledelse indfanger det usagte"  # "TEMA om AI …:" is not part of it
    assert titles[6] == "Intro: Naviger med fornuft og nysgerrighed"
    assert titles[15].startswith("Ledelse af psykisk arbejdsmiljø:")
    assert titles[16] == "Intro: Hvordan skal de sidste år af dit arbejdsliv se ud?"  # no "TEMA: Seniorledelse"
    assert titles[20] == "Derfor får du Offentlig Ledelse"
    assert not any("TEMA" in t for t in titles.values())


def test_parse_toc_without_contents_page():
    assert parse_toc([(1, "Forside\nnoget tekst"), (2, "Artikel\nmere tekst")]) == []


def test_parse_toc_list_before_its_heading():
    pages = [
        (1, "Forside"),
        (2, "3 Lederen: Tid til ledelse\n4 Møder der virker\nINDHOLD\nKolofon"),
        (3, "Tid til ledelse"),
        (4, "Møder der virker"),
    ]
    assert parse_toc(pages) == [(3, "Lederen: Tid til ledelse"), (4, "Møder der virker")]


def test_parse_toc_trailing_page_numbers():
    pages = [
        (1, "Forside"),
        (2, "Indhold\nLederen: Tid til ledelse ........ 3\nMøder der virker ..... 4\n"),
        (3, "Tid til ledelse"),
        (4, "Møder der virker"),
    ]
    assert parse_toc(pages) == [(3, "Lederen: Tid til ledelse"), (4, "Møder der virker")]


# -- building the issue ----------------------------------------------------------------------
@needs_sample
def test_build_issue_matches_article_map(sample_pages, sample_map):
    issue = build_issue(sample_pages, "03/2024", None)
    expected = {p: a["title"] for a in sample_map["articles"] for p in a["pages"]}
    got = {p.number: {s.article for s in p.segments} for p in issue.pages}
    assert got == {n: {t} for n, t in expected.items()}
    assert {a.title: a.pages for a in issue.articles} == {a["title"]: tuple(a["pages"]) for a in sample_map["articles"]}
    authors = {a.title: a.author for a in issue.articles}
    for a in sample_map["articles"]:
        if a.get("author"):
            assert authors[a["title"]] == a["author"]


@needs_sample
def test_built_issue_round_trips_through_corpus_format(sample_pages, tmp_path):
    issue = build_issue(sample_pages, "03/2024", None)
    write_issue(issue, tmp_path / issue.slug)
    again = load_issue(tmp_path / issue.slug)
    assert again.issue == "03/2024"
    assert [p.number for p in again.pages] == [1, 2, 3, 4, 5, 6]
    assert again.page(3).text == issue.page(3).text
    assert "57 procent af lederne" in again.page(3).text


@needs_sample
def test_build_issue_with_manifest(sample_pages, sample_map, tmp_path):
    path = tmp_path / "manifest.json"
    path.write_text(json.dumps(sample_map, ensure_ascii=False), encoding="utf-8")
    issue = build_issue(sample_pages, "03/2024", load_manifest(path))
    assert [a.title for a in issue.articles] == [a["title"] for a in sample_map["articles"]]
    assert issue.articles[3].person.startswith("Nanna Østergaard Lind")
    assert issue.extra["articles_from"] == "manifest"
    assert "fra manifestet" in format_article_table(issue)


@needs_sample
def test_manifest_splits_a_shared_page_at_the_heading(sample_pages):
    manifest = {
        "articles": [
            {"title": "Forside", "pages": [1]},
            {"title": "Kolofon og indhold", "pages": [2]},
            {"title": "Til læseren", "pages": [2]},
            {"title": "Lederen", "pages": [3, 4, 5, 6]},
        ]
    }
    issue = build_issue(sample_pages, "03/2024", manifest)
    segs = issue.page(2).segments
    assert [s.article for s in segs] == ["Kolofon og indhold", "Til læseren"]
    assert segs[1].text.startswith("Til læseren")
    assert "INDHOLD" in segs[0].text


@needs_sample
@pytest.mark.parametrize(
    "manifest, message",
    [
        ({"issue": "04/2024", "articles": [{"title": "A", "pages": [1, 2, 3, 4, 5, 6]}]}, "gælder nummer 04/2024"),
        ({"articles": [{"title": "A", "pages": [1, 2, 3, 4, 5, 6, 7]}]}, "side 7"),
        ({"articles": [{"title": "A", "pages": [1, 2, 3]}]}, "Side 4, 5, 6 hører ikke"),
        ({"articles": []}, "ingen artikler"),
        ({"articles": [{"title": "A", "pages": [1, 2, 3]}, {"title": "A", "pages": [4, 5, 6]}]}, "to gange"),
        ({"articles": [{"pages": [1]}]}, "forkert felt"),
    ],
)
def test_manifest_errors(sample_pages, manifest, message):
    with pytest.raises(PdfImportError, match=message):
        build_issue(sample_pages, "03/2024", manifest)


def test_bad_manifest_file(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(PdfImportError, match="ikke gyldig JSON"):
        load_manifest(path)
    with pytest.raises(PdfImportError, match="findes ikke"):
        load_manifest(tmp_path / "mangler.json")


def test_build_issue_validates_number_and_pages():
    with pytest.raises(CorpusError, match="NN/ÅÅÅÅ"):
        build_issue([(1, "tekst")], "3/2024", None)
    with pytest.raises(PdfImportError, match="tomt sideinterval"):
        build_issue([], "03/2024", None)
    with pytest.raises(PdfImportError, match="tomt sideinterval"):
        build_issue([(1, "  \n"), (2, "")], "03/2024", None)


def test_page_heading_prefers_a_real_heading_over_a_section_label():
    assert (
        page_heading("LEDEREN\nRekruttering er blevet en ledelsesopgave\nAf X")
        == "Rekruttering er blevet en ledelsesopgave"
    )
    assert page_heading("12\n\n") is None


@needs_sample
def test_article_table_lists_titles_and_pages(sample_pages):
    table = format_article_table(build_issue(sample_pages, "03/2024", None))
    assert "Nummer 03/2024: 6 sider, 5 artikler fra INDHOLD-siden" in table
    assert re.search(r"^4–5\s+Færre møder, bedre møder", table, re.M)
    assert re.search(r"^1\s+Forside", table, re.M)
