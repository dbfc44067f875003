"""The search index: a versioned directory with a manifest, published atomically.

    <index_dir>/CURRENT            name of the live version (replaced atomically)
    <index_dir>/v-<stamp>/         one immutable version:
        manifest.json              format, embedder id, corpus hash, created at, issues
        issues/<slug>/             the corpus (same format as corpus/) this version was built from
        passages.jsonl             passages in id order
        cards.json                 article cards of every issue (retrieval/cards.py)
        sentences.json             sentences of every page and article part, split once (retrieval/sentences.py)
        vectors/<slug>.npy         dense vectors per issue (reused when another issue is added)
        dense.faiss                FAISS inner-product index over all vectors
        bm25-stem/, bm25-char/     lexical indexes

A reader loads the version named by CURRENT; a writer builds a new version beside it and then
switches CURRENT, so a running bot never sees a half-written index.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import json
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import faiss
import numpy as np

from .cards import ArticleCard, derive_cards, topic_suggestions
from .chunking import Passage, chunk_issue
from .corpus import (
    COVER_ARTICLE,
    CorpusError,
    CorpusErrorKind,
    Issue,
    Page,
    corpus_hash,
    issue_hash,
    load_issue,
    write_issue,
)
from .embedding import Embedder
from .guard import public_names_from_corpus
from .lexical import LexicalIndex, stem_tokens
from .links import page_url
from .sentences import Sentence, register_precomputed, split_page, splitter_id, text_key
from .text import join_hyphenation

# 2: article cards (cards.json), card context in the lexical indexes, passage text alone embedded.
FORMAT_VERSION = 2
KEEP_VERSIONS = 3
Progress = Callable[[int, int], None]


class IndexUnavailable(RuntimeError):
    """No servable index: missing, corrupt or built for another embedder; the bot must not serve."""


@dataclass(frozen=True)
class IssueStats:
    """Per-issue facts kept in the manifest (`index list`)."""

    issue: str
    slug: str
    hash: str
    pages: int
    passages: int
    articles: int
    text_hash: str = ""  # digest of the issue's embedded passage texts: vectors are reused only if equal


_CAP_WORD = re.compile(r"[A-ZÆØÅ][\wæøåÆØÅ\-]*")


def capitalised_bigrams(text: str) -> set[str]:
    """Stemmed pairs of consecutive capitalised words of a page (names of people, places, bodies)."""
    out: set[str] = set()
    # Within a paragraph (a name may wrap over a line break, never over a blank line).
    for para in re.split(r"\n\s*\n", join_hyphenation(text)):
        words = re.findall(r"[\wæøåÆØÅ][\wæøåÆØÅ\-]*", para)
        for a, b in itertools.pairwise(words):
            if _CAP_WORD.fullmatch(a) and _CAP_WORD.fullmatch(b):
                sa, sb = stem_tokens(a)[:1] or [a.lower()], stem_tokens(b)[:1] or [b.lower()]
                out.add(f"{sa[0]} {sb[0]}")
    return out


def article_part(page: Page, article: str) -> str | None:
    """The part of `page` that belongs to `article`, or None."""
    parts = [s.text for s in page.segments if s.article == article]
    return "\n\n".join(parts) if parts else None


def quotable_texts(issue: Issue) -> Iterator[str]:
    """Every text a quote of `issue` is chosen from: each page, and each article's part of it."""
    for page in issue.pages:
        yield page.text
        for article in dict.fromkeys(s.article for s in page.segments):
            part = article_part(page, article)
            if part:
                yield part


def _split_sentences(issues: Sequence[Issue], previous: dict[str, Any]) -> dict[str, Any]:
    """sentences.json: the splitter's id and the sentences of every quotable text, keyed by
    `text_key`; texts of the previous version are not split again when the splitter is the same
    (an added issue costs only its own pages)."""
    texts: dict[str, Any] = {}
    for issue in issues:
        for text in quotable_texts(issue):
            key = text_key(text)
            if key not in texts:
                texts[key] = previous.get(key) or [[x.text, x.block, x.quotable] for x in split_page(text)]
    return {"splitter": splitter_id(), "texts": texts}


def _stored_sentences(path: Path) -> dict[str, Any]:
    """The texts of a stored sentences.json written by today's splitter; {} when the file is
    absent, unreadable, malformed or from another splitter. It is a cache of work the answer
    path can redo, so a bad file costs speed, never service."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("splitter") != splitter_id() or not isinstance(raw.get("texts"), dict):
            return {}
        return dict(raw["texts"])
    except (OSError, ValueError):
        return {}


def _load_sentences(directory: Path) -> dict[str, tuple[Sentence, ...]]:
    """The precomputed sentences of a version ({}: split on demand, see `_stored_sentences`)."""
    try:
        return {
            k: tuple(Sentence(str(t), int(b), bool(q)) for t, b, q in v)
            for k, v in _stored_sentences(directory / "sentences.json").items()
        }
    except (TypeError, ValueError):
        return {}


def _text_hash(passages: Sequence[Passage]) -> str:
    h = hashlib.sha256()
    for p in passages:
        h.update(p.dense_text.encode() + b"\x00")
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class IndexSnapshot:
    """Public, immutable facts about one published index version (`index list`, admin status,
    the composer's "which issues do I cover"). Holds no passages, vectors or paths."""

    version: str
    embedder_id: str
    created_at: str
    issues: tuple[IssueStats, ...]
    passages: int
    # Themes and main articles of the indexed issues, newest first (suggested when a question is
    # not covered; retrieval/cards.py: topic_suggestions).
    topics: tuple[str, ...] = ()


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _write_json_atomic(path: Path, data: object) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    with open(tmp, "rb") as f:
        os.fsync(f.fileno())
    os.replace(tmp, path)


def current_version(index_dir: Path) -> str | None:
    """Name of the live version directory, or None when no index was published."""
    try:
        name = (index_dir / "CURRENT").read_text(encoding="utf-8", errors="replace").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return name or None


class SearchIndex:
    """A loaded, read-only index version: passages, issues, dense and lexical indexes."""

    def __init__(
        self,
        directory: Path,
        manifest: dict[str, Any],
        passages: list[Passage],
        issues: list[Issue],
        dense: faiss.Index,
        lexical: dict[str, LexicalIndex],
        cards: list[ArticleCard] | None = None,
    ) -> None:
        self.directory = directory
        self.manifest = manifest
        self.passages = passages
        self.issues = issues
        self.dense = dense
        self.lexical = lexical
        self.cards = cards if cards is not None else [c for i in issues for c in derive_cards(i)]
        self._pages = {(i.issue, p.number): p for i in issues for p in i.pages}
        card_ix = {(c.issue, c.title): n for n, c in enumerate(self.cards)}
        # The card of every passage (its article's), as indexes into self.cards.
        self.card_of_passage = np.array([card_ix.get((p.issue, p.article), -1) for p in passages], dtype=np.int64)
        self.issue_of_passage = np.array([p.issue for p in passages], dtype=object)
        # Every word of every page (lowercase): a question's names and terms are checked against it.
        self.vocabulary = frozenset(w for i in issues for p in i.pages for w in re.findall(r"\w+", p.text.lower()))
        self._sorted_vocabulary = sorted(self.vocabulary)
        # Stemmed pairs of consecutive capitalised words ("aarhus kommun", "dansk socialrådgiverforening"):
        # a multi-word name in a question is known only if the corpus prints it.
        self.name_bigrams = frozenset(b for i in issues for p in i.pages for b in capitalised_bigrams(p.text))
        self._issues = {i.issue: i for i in issues}
        self._public_names: frozenset[str] | None = None
        self._snapshot: IndexSnapshot | None = None
        # Passages of an issue's cover ("Forside", the corpus' name for page-1 teasers).
        self.cover_mask = np.array([p.article == COVER_ARTICLE for p in passages], dtype=bool)
        # Stem document frequencies, for the coverage signal (computed once per loaded version).
        self._stems = [frozenset(stem_tokens(p.indexed_text)) for p in passages]
        self.stem_df: dict[str, int] = {}
        for st in self._stems:
            for t in st:
                self.stem_df[t] = self.stem_df.get(t, 0) + 1
        # The corpus' mean vector: q·centroid is the query's mean cosine to every passage.
        if dense.ntotal:
            self.centroid = dense.reconstruct_n(0, dense.ntotal).mean(axis=0).astype(np.float32)
        else:
            self.centroid = np.zeros(dense.d, dtype=np.float32)

    @property
    def public_names(self) -> frozenset[str]:
        """People named in the indexed issues (the guard's allow-list), cached at build time."""
        if self._public_names is None:
            try:
                names = json.loads((self.directory / "public_names.json").read_text(encoding="utf-8"))
                self._public_names = frozenset(str(n) for n in names)
            except (OSError, ValueError):
                self._public_names = public_names_from_corpus(
                    (p.text for i in self.issues for p in i.pages), self.people()
                )
        return self._public_names

    def knows_name(self, words: Sequence[str]) -> bool:
        """Does the corpus print these capitalised words together ("Aarhus Universitetshospital")?"""
        stems = [stem_tokens(w)[:1] or [w.lower()] for w in words]
        flat = [s[0] for s in stems]
        return all(f"{a} {b}" in self.name_bigrams for a, b in itertools.pairwise(flat))

    def knows_compound(self, word: str) -> bool:
        """Is `word` a compound of words the corpus uses ("mødeforskeren" = møde + forskeren)?
        Danish writes compounds as one word; the head (last part) must be a corpus word stem."""
        w = word.lower()
        for i in range(4, len(w) - 3):
            head = stem_tokens(w[i:])
            if head and self.stem_df.get(head[0], 0) > 0:
                left = w[:i]
                for cand in (left, left[:-1] if left.endswith(("s", "e")) else left):
                    if len(cand) >= 4 and self.knows_word(cand):
                        return True
        return False

    def knows_word(self, word: str) -> bool:
        """Does the corpus use `word` (lowercase), also inflected or as a compound's first part?
        ('funktionærlovens' is known if the corpus says 'funktionærloven'.)"""
        w = word.lower()
        if w in self.vocabulary:
            return True
        stem = w[: max(4, len(w) - 3)] if len(w) > 5 else w
        i = bisect.bisect_left(self._sorted_vocabulary, stem)
        return i < len(self._sorted_vocabulary) and self._sorted_vocabulary[i].startswith(stem)

    def passage_stems(self, passage_id: int) -> frozenset[str]:
        """Word stems of one passage (with its article context)."""
        return self._stems[passage_id]

    @property
    def version(self) -> str:
        return self.directory.name

    @property
    def embedder_id(self) -> str:
        return str(self.manifest["embedder_id"])

    def page_text(self, issue: str, page: int) -> str | None:
        """Text of a printed page of an issue in this version (for quote verification)."""
        p = self._pages.get((issue, page))
        return p.text if p else None

    def page_url(self, template: str, issue: str, page: int) -> str | None:
        """The link to a printed page from the `LEDELSESBOT_SOURCE_URL` template (retrieval/links.py),
        or None (no template, unknown issue, or no PDF page where the template needs one)."""
        found = self._issues.get(issue)
        if not template or found is None:
            return None
        return page_url(template, found.slug, page, found.pdf_page(page))

    def article_text(self, issue: str, page: int, article: str) -> str | None:
        """The part of a printed page that belongs to `article` (what a citation of that
        article on that page may quote), or None when the page has no such part."""
        p = self._pages.get((issue, page))
        return article_part(p, article) if p is not None else None

    def issue_stats(self) -> list[IssueStats]:
        """Per-issue facts from the manifest, in index order."""
        return [IssueStats(**s) for s in self.manifest["issues"]]

    def snapshot(self) -> IndexSnapshot:
        """The public facts of this version (built once; the version never changes)."""
        if self._snapshot is None:
            self._snapshot = IndexSnapshot(
                version=self.version,
                embedder_id=self.embedder_id,
                created_at=str(self.manifest.get("created_at", "")),
                issues=tuple(self.issue_stats()),
                passages=len(self.passages),
                topics=tuple(topic_suggestions(self.cards)),
            )
        return self._snapshot

    def people(self) -> list[str]:
        """Authors and interviewees of every indexed issue."""
        return [n for i in self.issues for n in i.people()]

    # -- loading ---------------------------------------------------------------------------
    @classmethod
    def load(cls, index_dir: Path, embedder_id: str | None = None) -> SearchIndex:
        """Load the live version; IndexUnavailable with a clear message when it can't be served."""
        name = current_version(index_dir)
        if name is None:
            raise IndexUnavailable(f"Der er intet indeks i {index_dir}. Byg det med `ledelsesbot index build`.")
        return cls.load_version(index_dir / name, embedder_id)

    @classmethod
    def load_version(cls, directory: Path, embedder_id: str | None = None) -> SearchIndex:
        """Load one version directory and check it is whole and fits the embedder."""
        try:
            manifest = json.loads((directory / "manifest.json").read_text(encoding="utf-8"))
            if manifest.get("format_version") != FORMAT_VERSION:
                raise IndexUnavailable(
                    f"Indekset i {directory} har format {manifest.get('format_version')}, "
                    f"men denne version læser {FORMAT_VERSION}. Byg det igen med `ledelsesbot index build`."
                )
            if embedder_id is not None and manifest.get("embedder_id") != embedder_id:
                raise IndexUnavailable(
                    f"Indekset er bygget med {manifest.get('embedder_id')!r}, men botten bruger "
                    f"{embedder_id!r}. Byg indekset igen: `ledelsesbot index build`."
                )
            with open(directory / "passages.jsonl", encoding="utf-8") as f:
                passages = [Passage.from_dict(json.loads(line)) for line in f if line.strip()]
            issues = [load_issue(directory / "issues" / s["slug"]) for s in manifest["issues"]]
            dense = faiss.read_index(str(directory / "dense.faiss"))
            lexical = {k: LexicalIndex.load(k, directory / f"bm25-{k}", len(passages)) for k in ("stem", "char")}
            cards = [
                ArticleCard.from_dict(c) for c in json.loads((directory / "cards.json").read_text(encoding="utf-8"))
            ]
            sentences = _load_sentences(directory)
        except IndexUnavailable:
            raise
        except (OSError, ValueError, KeyError, TypeError, RuntimeError, CorpusError) as e:
            raise IndexUnavailable(
                f"Indekset i {directory} er ufuldstændigt eller beskadiget ({type(e).__name__}). "
                "Byg det igen med `ledelsesbot index build`."
            ) from None
        if dense.ntotal != len(passages) or manifest.get("passages") != len(passages):
            raise IndexUnavailable(
                f"Indekset i {directory} er inkonsistent ({dense.ntotal} vektorer, {len(passages)} passager). "
                "Byg det igen med `ledelsesbot index build`."
            )
        register_precomputed(sentences)
        return cls(directory, manifest, passages, issues, dense, lexical, cards)

    # -- searching -------------------------------------------------------------------------
    def dense_scores(self, query_vec: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k (ids, cosine scores) from the dense index."""
        k = min(k, self.dense.ntotal)
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        # One query over ~20k vectors takes ~1 ms on one core; a second OpenMP thread only
        # spin-waits when the cores are busy (docs/benchmarks.md). Applies per calling thread.
        faiss.omp_set_num_threads(1)
        scores, ids = self.dense.search(query_vec.reshape(1, -1).astype(np.float32), k)
        keep = ids[0] >= 0
        return ids[0][keep], scores[0][keep]


# -- building ------------------------------------------------------------------------------
def _dense_index(vectors: np.ndarray, dim: int) -> faiss.Index:
    # Exact inner product: at this corpus size a flat index is both fastest and exact
    # (see docs/benchmarks.md for the flat vs HNSW measurement).
    index = faiss.IndexFlatIP(dim)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index


def _build_version(
    index_dir: Path,
    issues: Sequence[Issue],
    embedder: Embedder,
    reuse: dict[str, tuple[str, np.ndarray, list[Passage]]],
    progress: Progress | None,
) -> Path:
    """Write a complete new version directory (not yet live) and return its path."""
    index_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=index_dir))
    # mkdtemp makes 0700; a published version must be readable by the serving user too.
    os.chmod(tmp, 0o755)
    try:
        passages: list[Passage] = []
        vectors: list[np.ndarray] = []
        stats: list[dict[str, Any]] = []
        (tmp / "vectors").mkdir()
        all_cards: list[ArticleCard] = []
        plan = []
        for issue in issues:
            cards = derive_cards(issue)
            chunks = chunk_issue(issue, start_id=0, cards=cards)
            plan.append((issue, cards, chunks, _text_hash(chunks)))
        todo = sum(0 if reuse.get(i.slug, ("",))[0] == th else len(ch) for i, _, ch, th in plan)
        done = 0
        for issue, cards, chunks, th in plan:
            h = issue_hash(issue)
            chunks = [replace(p, id=p.id + len(passages)) for p in chunks]
            all_cards.extend(cards)
            cached = reuse.get(issue.slug)
            # Vectors are reused only when every embedded text of the issue is unchanged.
            if cached and cached[0] == th and len(cached[2]) == len(chunks):
                vecs = cached[1]
            else:
                parts = []
                texts = [p.dense_text for p in chunks]
                for s in range(0, len(texts), 16):
                    parts.append(embedder.embed_passages(texts[s : s + 16]))
                    done += len(texts[s : s + 16])
                    if progress:
                        progress(done, todo)
                vecs = np.vstack(parts) if parts else np.zeros((0, embedder.dim), dtype=np.float32)
            np.save(tmp / "vectors" / f"{issue.slug}.npy", vecs)
            write_issue(issue, tmp / "issues" / issue.slug)
            passages.extend(chunks)
            vectors.append(vecs)
            stats.append(
                IssueStats(issue.issue, issue.slug, h, len(issue.pages), len(chunks), len(issue.articles), th).__dict__
            )
        allv = np.vstack(vectors) if vectors else np.zeros((0, embedder.dim), dtype=np.float32)
        faiss.write_index(_dense_index(allv, embedder.dim), str(tmp / "dense.faiss"))
        texts = [p.indexed_text for p in passages]
        for kind in ("stem", "char"):
            LexicalIndex.build(kind, texts).save(tmp / f"bm25-{kind}")
        # The privacy allow-list is derived from the corpus; computing it takes seconds on a
        # large corpus, so it is built once here instead of on every load.
        names = public_names_from_corpus(
            (p.text for i in issues for p in i.pages), [n for i in issues for n in i.people()]
        )
        _write_json_atomic(tmp / "public_names.json", sorted(names))
        _write_json_atomic(tmp / "cards.json", [c.to_dict() for c in all_cards])
        _write_json_atomic(tmp / "sentences.json", _split_sentences(issues, _live_sentences(index_dir)))
        with open(tmp / "passages.jsonl", "w", encoding="utf-8") as f:
            for p in passages:
                f.write(json.dumps(p.to_dict(), ensure_ascii=False) + "\n")
        manifest = {
            "format_version": FORMAT_VERSION,
            "embedder_id": embedder.id,
            "dim": embedder.dim,
            "corpus_hash": corpus_hash(issues),
            "created_at": _now(),
            "passages": len(passages),
            "issues": stats,
        }
        _write_json_atomic(tmp / "manifest.json", manifest)
        final = index_dir / f"v-{datetime.now(UTC).strftime('%Y%m%dT%H%M%S%fZ')}"
        os.replace(tmp, final)
        return final
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _live_sentences(index_dir: Path) -> dict[str, Any]:
    """The live version's stored sentences that may be reused (`_stored_sentences`)."""
    name = current_version(index_dir)
    return _stored_sentences(index_dir / name / "sentences.json") if name else {}


def publish(index_dir: Path, version_dir: Path) -> None:
    """Make `version_dir` live (atomic rename of CURRENT) and prune old versions.

    Durable in this order: the version directory's rename (fsync of the index directory), then
    CURRENT's new content (fsync of the file) and its rename (fsync of the directory again) — so
    after a crash CURRENT names either the old version or a complete new one."""
    _fsync_dir(index_dir)
    _write_json_atomic_text(index_dir / "CURRENT", version_dir.name)
    versions = sorted(d for d in index_dir.iterdir() if d.is_dir() and d.name.startswith("v-"))
    for old in versions[:-KEEP_VERSIONS]:
        if old.name != version_dir.name:
            shutil.rmtree(old, ignore_errors=True)


def _write_json_atomic_text(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    """Make renames and new entries in `directory` durable (POSIX: fsync the directory)."""
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def build_index(
    index_dir: Path, issues: Sequence[Issue], embedder: Embedder, progress: Progress | None = None
) -> SearchIndex:
    """Build a fresh index over `issues`, publish it and return it loaded."""
    if not issues:
        raise CorpusError("Ingen numre at indeksere.")
    version = _build_version(index_dir, issues, embedder, {}, progress)
    publish(index_dir, version)
    return SearchIndex.load_version(version, embedder.id)


def _reusable(current: SearchIndex) -> dict[str, tuple[str, np.ndarray, list[Passage]]]:
    out = {}
    for s in current.issue_stats():
        vecs = np.load(current.directory / "vectors" / f"{s.slug}.npy")
        out[s.slug] = (s.text_hash, vecs, [p for p in current.passages if p.issue == s.issue])
    return out


def add_issue(
    index_dir: Path, issue: Issue, embedder: Embedder, progress: Progress | None = None, replace: bool = False
) -> SearchIndex:
    """Add one issue to the live index without re-embedding the others, then publish."""
    current = SearchIndex.load(index_dir, embedder.id)
    existing = [i for i in current.issues if i.issue == issue.issue]
    if existing and not replace:
        raise CorpusError(
            f"Nummer {issue.issue} findes allerede i indekset (fjern det først).", CorpusErrorKind.ISSUE_EXISTS
        )
    issues = [i for i in current.issues if i.issue != issue.issue] + [issue]
    issues.sort(key=lambda i: (i.issue[3:], i.issue[:2]))
    version = _build_version(index_dir, issues, embedder, _reusable(current), progress)
    publish(index_dir, version)
    return SearchIndex.load_version(version, embedder.id)


def remove_issue(index_dir: Path, issue: str, embedder: Embedder) -> SearchIndex:
    """Remove one issue from the live index (others keep their vectors), then publish."""
    current = SearchIndex.load(index_dir, embedder.id)
    issues = [i for i in current.issues if i.issue != issue]
    if len(issues) == len(current.issues):
        raise CorpusError(f"Nummer {issue} findes ikke i indekset.", CorpusErrorKind.ISSUE_NOT_FOUND)
    if not issues:
        raise CorpusError("Det sidste nummer kan ikke fjernes: indekset ville blive tomt.", CorpusErrorKind.LAST_ISSUE)
    version = _build_version(index_dir, issues, embedder, _reusable(current), None)
    publish(index_dir, version)
    return SearchIndex.load_version(version, embedder.id)
