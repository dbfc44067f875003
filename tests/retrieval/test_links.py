"""Links to a cited page: the LEDELSESBOT_SOURCE_URL template, PDF pages recorded by `index add`."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import SettingsError, load_config
from retrieval.corpus import load_issue, write_issue
from retrieval.index import build_index
from retrieval.links import TemplateError, check_template, page_url
from retrieval.pdf_import import build_issue

from fakes import HashEmbedder, make_issue

PDF_TEMPLATE = "https://arkiv.example/{issue_id}.pdf#page={pdf_page}"
PAGE_TEMPLATE = "https://arkiv.example/{issue_id}/side-{page}"


def test_page_url_fills_the_fields():
    assert page_url(PAGE_TEMPLATE, "offentlig-ledelse-2024-01", 7, None) == (
        "https://arkiv.example/offentlig-ledelse-2024-01/side-7"
    )
    assert page_url(PDF_TEMPLATE, "offentlig-ledelse-2024-03", 4, 5) == (
        "https://arkiv.example/offentlig-ledelse-2024-03.pdf#page=5"
    )


def test_no_template_or_no_pdf_page_no_link():
    assert page_url("", "offentlig-ledelse-2024-01", 7, 7) is None
    # 01/2024 comes from a text export: no PDF pages, so a {pdf_page} link is omitted.
    assert page_url(PDF_TEMPLATE, "offentlig-ledelse-2024-01", 7, None) is None


@pytest.mark.parametrize(
    "bad",
    [
        "ftp://x/{page}",
        "arkiv/{page}",
        "https://x/{side}",
        "https://x/{page:03d}",
        "https://x/{page",
        "javascript:alert(1)",
    ],
)
def test_a_bad_template_is_a_clear_settings_error(bad):
    with pytest.raises(TemplateError):
        check_template(bad)
    with pytest.raises(SettingsError) as e:
        load_config({"LEDELSESBOT_SOURCE_URL": bad})
    assert "LEDELSESBOT_SOURCE_URL" in str(e.value)


def test_config_reads_the_template():
    assert load_config({"LEDELSESBOT_SOURCE_URL": f" {PDF_TEMPLATE} "}).core.source_url == PDF_TEMPLATE
    assert load_config({}).core.source_url == ""


def test_pdf_pages_are_recorded_and_survive_the_corpus_format(tmp_path: Path):
    pages = [(3, "Lederen\n\nRekruttering er en ledelsesopgave."), (4, "Møder\n\nFærre møder er bedre møder.")]
    issue = build_issue(pages, "07/2031", {"articles": [{"title": "Lederen", "pages": [3, 4]}]}, pdf_pages=[1, 2])
    assert issue.pdf_page(3) == 1 and issue.pdf_page(4) == 2 and issue.pdf_page(5) is None
    write_issue(issue, tmp_path / issue.slug)
    again = load_issue(tmp_path / issue.slug)
    assert again.pdf_page(4) == 2
    assert build_issue(pages, "07/2031", {"articles": [{"title": "Lederen", "pages": [3, 4]}]}).pdf_page(3) is None


def test_the_index_links_pages_of_issues_with_and_without_pdf_pages(tmp_path: Path):
    with_pdf = make_issue("05/2030")
    with_pdf.extra["pdf_pages"] = {"1": 2, "2": 3, "3": 4}
    ix = build_index(tmp_path / "index", [make_issue("04/2030"), with_pdf], HashEmbedder())
    assert ix.page_url(PDF_TEMPLATE, "05/2030", 2) == "https://arkiv.example/offentlig-ledelse-2030-05.pdf#page=3"
    assert ix.page_url(PDF_TEMPLATE, "04/2030", 2) is None
    assert ix.page_url(PAGE_TEMPLATE, "04/2030", 2) == "https://arkiv.example/offentlig-ledelse-2030-04/side-2"
    assert ix.page_url("", "05/2030", 2) is None and ix.page_url(PAGE_TEMPLATE, "09/2030", 2) is None
