import json
from pathlib import Path

import pytest

from retrieval.corpus import CorpusError, issue_slug, load_corpus, load_issue, parse_page, write_issue
from retrieval.settings import REPO_ROOT

from fakes import make_issue


def test_bundled_corpus_loads_with_exact_article_titles():
    issues = load_corpus(REPO_ROOT / "corpus")
    assert [i.issue for i in issues] == ["01/2024"]
    issue = issues[0]
    assert len(issue.pages) == 20
    source = REPO_ROOT.parent / "shared" / "corpus-source" / "offentlig-ledelse-2024-01.articles.json"
    if source.exists():
        titles = [a["title"] for a in json.loads(source.read_text(encoding="utf-8"))["articles"]]
        assert [a.title for a in issue.articles] == titles
    assert "Kasper Edwards" in issue.people()


def test_write_then_load_round_trip(tmp_path: Path):
    issue = make_issue()
    write_issue(issue, tmp_path / issue.slug)
    again = load_issue(tmp_path / issue.slug)
    assert again.issue == issue.issue
    assert again.articles == issue.articles
    assert [p.segments for p in again.pages] == [p.segments for p in issue.pages]


def test_page_without_marker_belongs_to_its_only_article():
    page = parse_page(4, "Tekst uden markør.", "Artikel A")
    assert page.segments[0].article == "Artikel A"


def test_unknown_article_marker_is_a_clear_error(tmp_path: Path):
    issue = make_issue()
    d = tmp_path / issue.slug
    write_issue(issue, d)
    (d / "pages" / "01.txt").write_text("[[artikel: Findes ikke]]\ntekst\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="ukendt artikel"):
        load_issue(d)


def test_missing_page_and_bad_manifest_are_clear_errors(tmp_path: Path):
    issue = make_issue()
    d = tmp_path / issue.slug
    write_issue(issue, d)
    (d / "pages" / "02.txt").unlink()
    with pytest.raises(CorpusError, match="sidefil mangler"):
        load_issue(d)
    (d / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CorpusError, match="JSON"):
        load_issue(d)


def test_issue_numbers_are_validated():
    assert issue_slug("03/2024") == "offentlig-ledelse-2024-03"
    for bad in ("3/2024", "2024-03", "", "03/24"):
        with pytest.raises(CorpusError):
            issue_slug(bad)
