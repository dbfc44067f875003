"""`ledelsesbot slack` as an operator runs it — a subprocess with the real model, HTTP mode on
loopback, `LEDELSESBOT_LOG_LEVEL=DEBUG` — attacked as in issue 13 §2: badly signed, stale,
unsigned and malformed requests carrying a CPR number. Not one byte of any body may reach the
process's log, no traceback either; the bot keeps answering genuine requests."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from retrieval.settings import REPO_ROOT

import slack_fakes

pytestmark = pytest.mark.slow
SECRET = "process-test-secret"
CPR = "010190-1234"


def post(url: str, body: bytes, headers: dict[str, str]) -> int:
    req = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def test_slack_process_at_debug_logs_no_body(index_copy: Path, tmp_path: Path) -> None:
    fake = slack_fakes.FakeSlackAPI()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LEDELSESBOT_", "SLACK_"))}
    env.update(
        LEDELSESBOT_INDEX_DIR=str(index_copy),
        LEDELSESBOT_DATA_DIR=str(tmp_path / "data"),
        LEDELSESBOT_PSEUDONYM_KEY="test",
        LEDELSESBOT_EMBED_THREADS="1",
        LEDELSESBOT_LOG_LEVEL="DEBUG",
        SLACK_BOT_TOKEN="xoxb-test",
        SLACK_SIGNING_SECRET=SECRET,
        SLACK_API_URL=fake.api_url,
        PYTHONPATH=str(REPO_ROOT),
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.cli", "slack", "--port", "0"],
        env=env,
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    err = b""
    try:
        deadline = time.monotonic() + 120
        while not (m := re.search(rb"http://127\.0\.0\.1:(\d+)/slack/events", err)):
            assert proc.poll() is None and time.monotonic() < deadline, err.decode()[-3000:]
            err += os.read(proc.stderr.fileno(), 65536)  # type: ignore[union-attr]
        url = f"http://127.0.0.1:{int(m.group(1))}/slack/events"
        assert b"'Sp\xc3\xb8rg et menneske' sender ikke noget videre" in err  # the operator is told

        text = f"Min medarbejder har cpr {CPR} og er sygemeldt, hvad gør jeg?"
        event = slack_fakes.event_body(slack_fakes.mention(text, ts="1700020000.000100"))
        body = json.dumps(event).encode()
        js = {"Content-Type": "application/json"}
        statuses = [
            post(url, body, {**js, **slack_fakes.sign_bytes("rotated-secret", body)}),
            post(url, body, {**js, **slack_fakes.sign_bytes(SECRET, body, int(time.time()) - 3600)}),
            post(url, body, js),
            post(url, body, {**js, "X-Slack-Request-Timestamp": "abc", "X-Slack-Signature": "v0=1"}),
            post(url, f'{{"text": "{CPR}", '.encode(), {**js, **slack_fakes.sign_bytes(SECRET, b"x")}),
        ]
        for raw in (f'[{{"text": "{CPR}"}}]'.encode(), b'{"t": "\xff' + CPR.encode() + b'"}'):
            statuses.append(post(url, raw, {**js, **slack_fakes.sign_bytes(SECRET, raw)}))
        assert statuses == [401, 401, 401, 401, 401, 400, 400]
        # genuine requests: a refusal (the real guard) and a real answer, with DEBUG logging throughout
        assert post(url, body, {**js, **slack_fakes.sign_bytes(SECRET, body)}) == 200
        good = json.dumps(
            slack_fakes.event_body(
                slack_fakes.mention("hvad er skyggearbejde, når man overvåger medarbejdere?", ts="1700020001.000100")
            )
        ).encode()
        assert post(url, good, {**js, **slack_fakes.sign_bytes(SECRET, good)}) == 200
        fake.wait_count(1, "chat.postEphemeral", timeout=60)
        (answer,) = fake.wait_count(1, "chat.postMessage", timeout=60)
        assert "s. 12" in json.dumps(answer.params, ensure_ascii=False)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, rest = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, rest = proc.communicate()
        fake.close()
    log = err + rest + out
    assert b"DEBUG" in log and b"rejected a Slack request" in log  # DEBUG logging really was on
    for needle in (CPR, CPR.replace("-", ""), "sygemeldt", "Min medarbejder", "skyggearbejde"):
        assert needle.encode() not in log, needle
    assert b"Traceback" not in log
