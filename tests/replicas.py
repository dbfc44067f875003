"""Several `ledelsesbot slack` processes (HTTP mode) on loopback behind one round-robin front,
and a sender that plays Slack: signed events, Slack's retries, and resending what got no 200.
Used by tests/bot/channels/slack/test_replicas.py and scripts/bench_replicas.py (importable as
`replicas`). Loopback only; every wait is bounded.

The front (`RoundRobinProxy`) forwards each request to the next replica in turn, like a load
balancer: a replica that refuses the connection (it is gone) is skipped, so the request reaches
another one; an error after the request was sent is a 502, which Slack answers by retrying.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import slack_fakes

REPO = Path(__file__).resolve().parents[1]


@dataclass
class Replica:
    """One `ledelsesbot slack` child process."""

    proc: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/slack/events"

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        """`kill -9`: no clean-up, no flush, connections dropped."""
        if self.alive():
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=30)

    def stop(self) -> None:
        if self.alive():
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def start_replicas(env: dict[str, str], n: int, workdir: Path, *, timeout: float = 180.0) -> list[Replica]:
    """Start `n` replicas at once (each with its own data directory, so nothing but the
    database and the index is shared) and wait until every one serves."""
    from pg_cluster import free_port

    out: list[Replica] = []
    for i in range(n):
        port = free_port()
        data = workdir / f"replica-{i}"
        data.mkdir(parents=True, exist_ok=True)
        log = workdir / f"replica-{i}.log"
        child_env = {**env, "LEDELSESBOT_DATA_DIR": str(data)}
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot.cli", "slack", "--host", "127.0.0.1", "--port", str(port)],
            env=child_env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=log.open("wb"),
        )
        out.append(Replica(proc, port, log))
    deadline = time.monotonic() + timeout
    for r in out:
        while True:
            if not r.alive():
                raise RuntimeError(f"replica on port {r.port} exited {r.proc.returncode}: {r.log.read_text()[-2000:]}")
            if "kører som" in r.log.read_text(errors="replace"):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"replica on port {r.port} did not start: {r.log.read_text()[-2000:]}")
            time.sleep(0.1)
    return out


class RoundRobinProxy:
    """A tiny HTTP front: POSTs go to the replicas in turn (dead ones skipped)."""

    def __init__(self, backends: Sequence[Replica]) -> None:
        self.backends = list(backends)
        self._next = itertools.count()
        self.routed: list[tuple[str, int, int]] = []  # (event id or "", backend index, status)
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")}
                status, payload, backend = proxy.forward(body, headers)
                match = re.search(rb'"event_id":\s*"([^"]+)"', body)
                with proxy._lock:
                    proxy.routed.append((match.group(1).decode() if match else "", backend, status))
                self.send_response(status)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.request_queue_size = 128
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/slack/events"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    def forward(self, body: bytes, headers: dict[str, str]) -> tuple[int, bytes, int]:
        n = len(self.backends)
        start = next(self._next)
        for k in range(n):
            i = (start + k) % n
            req = urllib.request.Request(self.backends[i].url, data=body, headers=headers, method="POST")
            try:
                with urllib.request.urlopen(req, timeout=10) as resp:
                    return resp.status, resp.read(), i
            except urllib.error.HTTPError as e:
                return e.code, e.read(), i
            except urllib.error.URLError as e:
                if isinstance(e.reason, ConnectionRefusedError):
                    continue  # nothing was sent: the next replica gets it
                return 502, b"bad gateway", i
            except OSError:
                return 502, b"bad gateway", i
        return 502, b"no replica", -1

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@dataclass
class SentEvent:
    """One Slack event as the sender tracked it."""

    event_id: str
    user: str
    channel: str
    ts: str
    question: str
    statuses: list[int] = field(default_factory=list)

    @property
    def acked(self) -> bool:
        return 200 in self.statuses


class SlackSender:
    """Plays Slack: signs events, resends one that got no 200 (up to `max_tries`, with
    `X-Slack-Retry-Num`), and sends deliberate duplicate retries."""

    def __init__(self, url: str, secret: str, *, max_tries: int = 5) -> None:
        self.url = url
        self.secret = secret
        self.max_tries = max_tries

    def post(self, ev: SentEvent, retry_num: int | None = None) -> int:
        event = slack_fakes.mention(ev.question, user=ev.user, channel=ev.channel, ts=ev.ts)
        body = json.dumps(slack_fakes.event_body(event, event_id=ev.event_id))
        headers = {"Content-Type": "application/json", **slack_fakes.sign(self.secret, body)}
        if retry_num:
            headers.update({"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"})
        req = urllib.request.Request(self.url, data=body.encode(), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=15) as resp:
                status = resp.status
        except urllib.error.HTTPError as e:
            status = e.code
        except OSError:
            status = 0
        ev.statuses.append(status)
        return status

    def deliver(self, ev: SentEvent, *, extra_retries: int = 0) -> None:
        """Send until a 200 (Slack's own retries), then `extra_retries` duplicates."""
        tries = 0
        while tries < self.max_tries:
            status = self.post(ev, retry_num=tries or None)
            tries += 1
            if status == 200:
                break
            time.sleep(0.2 * tries)
        for _ in range(extra_retries):
            self.post(ev, retry_num=tries)
            tries += 1


def make_events(n: int, users: int, questions: Sequence[str], *, start: int = 0) -> list[SentEvent]:
    """`n` events from `users` users, each in its own thread, questions in turn; numbered from
    `start` (event ids and message ts unique across calls with disjoint ranges)."""
    return [
        SentEvent(
            event_id=f"Ev{i:08d}",
            user=f"U{i % users:04d}",
            channel=f"C{i % 5}",
            ts=f"1700000000.{i:06d}",
            question=questions[i % len(questions)],
        )
        for i in range(start, start + n)
    ]


def replies_by_thread(fake: Any) -> dict[str, list[Any]]:
    """Every message the bot posted (answers, ephemerals), by thread_ts."""
    out: dict[str, list[Any]] = {}
    for call in fake.of("chat.postMessage", "chat.postEphemeral"):
        ts = call.params.get("thread_ts")
        if ts:
            out.setdefault(str(ts), []).append(call)
    return out


def audit_ids(call: Any) -> set[int]:
    """The audit ids a reply carries (its feedback/escalation buttons): acknowledged records."""
    ids: set[int] = set()
    for block in call.params.get("blocks") or []:
        for el in block.get("elements", []) if isinstance(block, dict) else []:
            value = el.get("value") if isinstance(el, dict) else None
            if isinstance(value, str) and value.isdigit():
                ids.add(int(value))
    return ids


def base_env(**extra: str) -> dict[str, str]:
    """The environment without the caller's bot settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEDELSESBOT_", "SLACK_"))}
    env.update(PYTHONPATH=str(REPO), **extra)
    return env
