"""Rebuild `corpus/offentlig-ledelse-2024-01/` from the raw export in `../shared/corpus-source/`.

Usage: python scripts/build_corpus.py [SOURCE_DIR] [CORPUS_DIR]
The result is committed; rerun only when the page rule or the clean-up changes.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from retrieval.corpus import Article, Issue, Page, Segment, write_issue  # noqa: E402
from retrieval.source_split import RULE_2024_01, SEGMENTS_2024_01, segment_page, split_pages  # noqa: E402
from retrieval.text import clean_page  # noqa: E402


def build(source_dir: Path, corpus_dir: Path) -> Issue:
    """Split, clean and segment issue 01/2024 and write it to `corpus_dir`."""
    raw = (source_dir / "offentlig-ledelse-2024-01.txt").read_text(encoding="utf-8")
    meta = json.loads((source_dir / "offentlig-ledelse-2024-01.articles.json").read_text(encoding="utf-8"))
    articles = [Article(a["title"], tuple(a["pages"]), a.get("author"), a.get("person")) for a in meta["articles"]]
    pages = []
    for n, text in enumerate(split_pages(raw, RULE_2024_01), start=1):
        text = clean_page(text)
        on_page = [a.title for a in articles if n in a.pages]
        plan = SEGMENTS_2024_01.get(n, [(None, on_page[0])])
        if len(on_page) > 1 and n not in SEGMENTS_2024_01:
            raise SystemExit(f"page {n} holds {on_page} but has no segment plan")
        pages.append(Page(n, tuple(Segment(a, t) for a, t in segment_page(text, plan, n))))
    issue = Issue("01/2024", articles, pages, extra={"source": "shared/corpus-source (raw text export)"})
    write_issue(issue, corpus_dir / issue.slug)
    return issue


if __name__ == "__main__":
    src = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus-source"
    dst = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "corpus"
    issue = build(src, dst)
    print(f"wrote {issue.slug}: {len(issue.pages)} pages, {len(issue.articles)} articles")
