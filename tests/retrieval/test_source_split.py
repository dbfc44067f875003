"""The page rule for the raw export of issue 01/2024, with its exceptions."""

import filecmp
from pathlib import Path

import pytest

from retrieval.corpus import load_issue
from retrieval.settings import REPO_ROOT
from retrieval.source_split import RULE_2024_01, PageRule, PageRuleError, split_pages

SOURCE = REPO_ROOT.parent / "shared" / "corpus-source"
RAW = SOURCE / "offentlig-ledelse-2024-01.txt"
needs_source = pytest.mark.skipif(not RAW.exists(), reason="shared/corpus-source not present")


def test_marker_rule_on_a_small_text():
    raw = "forside\n side to\ntekst\n falsk markør\n side tre\nslut"
    rule = PageRule(pages=3, false_markers=("falsk",))
    pages = split_pages(raw, rule)
    assert pages == ["forside", " side to\ntekst\n falsk markør", " side tre\nslut"]


def test_wrong_page_count_is_an_error():
    with pytest.raises(PageRuleError):
        split_pages("a\n b\n", PageRule(pages=5))


@needs_source
def test_issue_2024_01_has_twenty_pages_with_the_exceptions():
    pages = split_pages(RAW.read_text(encoding="utf-8"), RULE_2024_01)
    assert len(pages) == 20
    # p1/p2: nothing marks the boundary; page 2 starts with the colophon.
    assert pages[1].lstrip().startswith("Offentlig Ledelse")
    assert "01/2024" in pages[1].split("\n")[1]
    # The false marker stays on page 9.
    assert "Vi skal forstå, at robotterne" in pages[8]
    assert pages[9].startswith(" gør.")
    # Page 20: old covers dropped, the last four lines of article text kept.
    assert "Styr på strategien?" not in pages[19]
    assert "LEDER," not in pages[19]
    assert pages[19].rstrip().endswith("Tjek selv: offentligledelse.dk")


@needs_source
def test_committed_corpus_equals_a_fresh_build(tmp_path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_corpus", REPO_ROOT / "scripts" / "build_corpus.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    issue = mod.build(SOURCE, tmp_path)
    committed = REPO_ROOT / "corpus" / issue.slug
    fresh = tmp_path / issue.slug
    names = sorted(p.name for p in (committed / "pages").iterdir())
    _match, mismatch, errors = filecmp.cmpfiles(committed / "pages", fresh / "pages", names, shallow=False)
    assert mismatch == [] and errors == []
    assert load_issue(committed).articles == load_issue(fresh).articles


def test_articles_on_shared_pages_are_attributed_right():
    issue = load_issue(REPO_ROOT / "corpus" / "offentlig-ledelse-2024-01")
    p9 = issue.page(9)
    hansen = "4 skarpe om kunstig intelligens i praksis: Det vil ikke være okay ikke at kunne prompte"
    edwards = "Vi har kun set toppen af isbjerget"
    by_article = {}
    for s in p9.segments:
        by_article.setdefault(s.article, []).append(s.text)
    assert "siger Kasper Edwards." in " ".join(by_article[edwards])
    assert any(t.startswith("Hvorfor vil du gerne") for t in by_article[hansen])
    assert issue.page(12).segments[-1].article == "AI overvåger sikkerheden"
    assert "skyggearbejde" in " ".join(
        s.text for s in issue.page(12).segments if s.article == "AI overvåger sikkerheden"
    )
    p18 = [s.article for s in issue.page(18).segments]
    assert p18 == [
        "Guide: Nyttige værktøjer i seniorledelse",
        "Tag den ærlige snak, om du som senior kan blive i lederjobbet",
    ]
    # Every page's text is clean: joined hyphens, collapsed letter spacing.
    assert "automatisere" in issue.page(3).text
    assert "T E M A" not in "".join(p.text for p in issue.pages)
    assert "AI-junglen" in issue.page(13).text
