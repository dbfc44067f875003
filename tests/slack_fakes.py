"""Test doubles for the Slack adapter: a recording fake Slack Web API on loopback, signed
request helpers, a loopback HTTP harness around the real Bolt app, and a tiny
Socket Mode (WebSocket) server. Used through the `sf` fixture (tests/bot/conftest.py); no
network beyond 127.0.0.1."""

from __future__ import annotations

import dataclasses
import itertools
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from slack_sdk.signature import SignatureVerifier

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
TEAM_ID = "T0TEAM"
INVALID_TOKEN = "xoxb-invalid"


# -- fake Web API ----------------------------------------------------------------------------------
@dataclass
class Call:
    """One request that reached the fake: a Web API method or a response_url POST."""

    method: str  # "chat.postMessage", …, or "response" for response_url posts
    params: dict[str, Any]
    path: str
    token: str | None = None

    @property
    def raw(self) -> str:
        return json.dumps(self.params, ensure_ascii=False)


class FakeSlackAPI:
    """Records every call; answers auth.test, chat.*, apps.connections.open like Slack does."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        # (method, channel) -> Slack error code the fake answers with (e.g. "not_in_channel")
        self.errors: dict[tuple[str, str], str] = {}
        self._cond = threading.Condition()
        self._ts = itertools.count(1)
        self.ws_url: str | None = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8") if length else ""
                ctype = self.headers.get("Content-Type", "")
                params: dict[str, Any] = {}
                if raw:
                    if "json" in ctype:
                        params = json.loads(raw)
                    else:
                        params = {k: v[-1] for k, v in urllib.parse.parse_qs(raw, keep_blank_values=True).items()}
                for key in ("blocks", "attachments", "view"):
                    if isinstance(params.get(key), str):
                        params[key] = json.loads(params[key])
                auth = self.headers.get("Authorization", "")
                token = auth[7:] if auth.startswith("Bearer ") else params.get("token")
                path = urllib.parse.urlparse(self.path).path
                if path.startswith("/api/"):
                    method = path[len("/api/") :]
                    status, body = 200, fake._api(method, params, token)
                    payload, ctype_out = json.dumps(body).encode(), "application/json"
                else:
                    method = "response"
                    status, payload, ctype_out = 200, b"ok", "text/plain"
                fake._record(Call(method, params, path, token))
                self.send_response(status)
                self.send_header("Content-Type", ctype_out)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()

    # what the fake answers
    def _api(self, method: str, params: dict[str, Any], token: str | None) -> dict[str, Any]:
        if token == INVALID_TOKEN:
            return {"ok": False, "error": "invalid_auth"}
        error = self.errors.get((method, str(params.get("channel", ""))))
        if error:
            return {"ok": False, "error": error}
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://fake.slack.test/",
                "team": "Fake kommune",
                "user": "ledelsesbot",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            }
        ts = f"1700000000.{next(self._ts):06d}"
        if method == "chat.postMessage":
            return {
                "ok": True,
                "channel": params.get("channel"),
                "ts": ts,
                "message": {"text": params.get("text"), "ts": ts, "bot_id": BOT_ID},
            }
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "chat.getPermalink":
            ch, mts = params.get("channel"), str(params.get("message_ts", "")).replace(".", "")
            return {"ok": True, "channel": ch, "permalink": f"https://fake.slack.test/archives/{ch}/p{mts}"}
        if method == "views.open":
            return {"ok": True, "view": {**(params.get("view") or {}), "id": f"V{next(self._ts):06d}"}}
        if method == "apps.connections.open":
            return {"ok": True, "url": self.ws_url}
        return {"ok": True}

    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    # for tests
    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.port}/response/{name}"

    def of(self, *methods: str) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method in methods]

    @property
    def messages(self) -> list[Call]:
        """Everything a person could see: posts, ephemerals and response_url posts."""
        return self.of("chat.postMessage", "chat.postEphemeral", "response")

    def wait_for(self, predicate: Callable[[FakeSlackAPI], Any], timeout: float = 10.0) -> Any:
        """Wait until `predicate(self)` is truthy and return its value (AssertionError on timeout)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate(self)
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out; calls so far: {[c.method for c in self.calls]}")
                self._cond.wait(min(left, 0.05))

    def wait_count(self, n: int, *methods: str, timeout: float = 10.0) -> list[Call]:
        return self.wait_for(lambda f: (lambda c: c if len(c) >= n else None)(f.of(*methods)), timeout)

    def settle(self, seconds: float = 0.4) -> None:
        """Give background work a moment (used only before asserting that nothing happened)."""
        time.sleep(seconds)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# -- signed requests to the Bolt app ---------------------------------------------------------------
def sign(secret: str, body: str, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    sig = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": sig}


def sign_bytes(secret: str, body: bytes, timestamp: int | None = None) -> dict[str, str]:
    """Slack's signature over raw bytes (also bytes that are not UTF-8)."""
    import hashlib
    import hmac

    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), b"v0:" + ts.encode() + b":" + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": "v0=" + digest}


_ids = itertools.count(1)


def event_body(event: dict[str, Any], *, event_id: str | None = None) -> dict[str, Any]:
    return {
        "token": "legacy",
        "team_id": TEAM_ID,
        "api_app_id": "A0APP",
        "type": "event_callback",
        "event": event,
        "event_id": event_id or f"Ev{next(_ids):08d}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": TEAM_ID, "user_id": BOT_USER_ID, "is_bot": True}],
    }


def mention(
    text: str,
    *,
    user: str = "U1",
    channel: str = "C1",
    ts: str | None = None,
    thread_ts: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    ev = {
        "type": "app_mention",
        "user": user,
        "text": f"<@{BOT_USER_ID}> {text}",
        "channel": channel,
        "ts": ts or f"1699999999.{next(_ids):06d}",
        "team": TEAM_ID,
    }
    if thread_ts:
        ev["thread_ts"] = thread_ts
    ev.update(extra)
    return ev


def message(
    text: str,
    *,
    user: str | None = "U1",
    channel: str = "C1",
    channel_type: str = "channel",
    ts: str | None = None,
    thread_ts: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    ev: dict[str, Any] = {
        "type": "message",
        "text": text,
        "channel": channel,
        "channel_type": channel_type,
        "ts": ts or f"1699999999.{next(_ids):06d}",
        "team": TEAM_ID,
    }
    if user:
        ev["user"] = user
    if thread_ts:
        ev["thread_ts"] = thread_ts
    ev.update(extra)
    return ev


def command_fields(
    command: str,
    text: str,
    *,
    user: str = "U1",
    channel: str = "C1",
    response_url: str = "",
    trigger_id: str | None = None,
) -> dict[str, str]:
    return {
        "token": "legacy",
        "team_id": TEAM_ID,
        "channel_id": channel,
        "channel_name": "ledere",
        "user_id": user,
        "user_name": "leder",
        "command": command,
        "text": text,
        "api_app_id": "A0APP",
        "response_url": response_url,
        "trigger_id": trigger_id or f"trig.{next(_ids)}",
    }


def action_payload(
    action_id: str,
    value: str,
    *,
    user: str = "U1",
    channel: str = "C1",
    message_ts: str = "1700000000.000001",
    thread_ts: str | None = None,
    ephemeral: bool = False,
    response_url: str = "",
) -> dict[str, Any]:
    container: dict[str, Any] = {
        "type": "message",
        "message_ts": message_ts,
        "channel_id": channel,
        "is_ephemeral": ephemeral,
    }
    if thread_ts:
        container["thread_ts"] = thread_ts
    payload: dict[str, Any] = {
        "type": "block_actions",
        "team": {"id": TEAM_ID},
        "user": {"id": user, "team_id": TEAM_ID},
        "api_app_id": "A0APP",
        "token": "legacy",
        "container": container,
        "trigger_id": f"trig.{next(_ids)}",
        "channel": {"id": channel},
        "response_url": response_url,
        "actions": [
            {
                "type": "button",
                "action_id": action_id,
                "block_id": "ledelsesbot_actions",
                "value": value,
                "action_ts": f"{time.time():.6f}",
            }
        ],
    }
    if not ephemeral:
        msg: dict[str, Any] = {"type": "message", "ts": message_ts, "bot_id": BOT_ID, "text": "…"}
        if thread_ts:
            msg["thread_ts"] = thread_ts
        payload["message"] = msg
    return payload


def view_submission_payload(view: dict[str, Any], values: dict[str, Any], *, user: str = "U1") -> dict[str, Any]:
    """A `view_submission` as Slack sends it: the opened view with its `state.values` filled.
    `values` maps block_id -> {"selected": option value} (radio buttons) or {"text": …} (input)."""
    state: dict[str, Any] = {}
    for block_id, v in values.items():
        if "selected" in v:
            opt = (
                None if v["selected"] is None else {"value": v["selected"], "text": {"type": "plain_text", "text": "x"}}
            )
            state[block_id] = {block_id: {"type": "radio_buttons", "selected_option": opt}}
        else:
            state[block_id] = {block_id: {"type": "plain_text_input", "value": v.get("text")}}
    return {
        "type": "view_submission",
        "team": {"id": TEAM_ID},
        "user": {"id": user, "team_id": TEAM_ID},
        "api_app_id": "A0APP",
        "token": "legacy",
        "trigger_id": f"trig.{next(_ids)}",
        "view": {**view, "id": view.get("id", "V1"), "state": {"values": state}},
        "response_urls": [],
    }


@dataclass
class Resp:
    status: int
    body: str
    elapsed: float


class SlackHarness:
    """The real Bolt app served over HTTP on 127.0.0.1 (port 0), with signed-request helpers."""

    def __init__(self, app: Any, fake: FakeSlackAPI, secret: str) -> None:
        from bot.channels.slack.server import make_http_server

        self.app = app
        self.fake = fake
        self.secret = secret
        self.server = make_http_server(app, "127.0.0.1", 0, signing_secret=secret)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/slack/events"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
        self._thread.start()

    def post(
        self,
        body: str | bytes,
        content_type: str,
        *,
        headers: dict[str, str] | None = None,
        sign_it: bool = True,
        timestamp: int | None = None,
        secret: str | None = None,
        method: str = "POST",
        url: str | None = None,
    ) -> Resp:
        raw = body.encode("utf-8") if isinstance(body, str) else body
        h = {"Content-Type": content_type}
        if sign_it:
            h.update(sign_bytes(secret or self.secret, raw, timestamp))
        h.update(headers or {})
        req = urllib.request.Request(url or self.url, data=raw if method == "POST" else None, headers=h, method=method)
        t0 = time.perf_counter()
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return Resp(r.status, r.read().decode("utf-8"), time.perf_counter() - t0)
        except urllib.error.HTTPError as e:
            return Resp(e.code, e.read().decode("utf-8"), time.perf_counter() - t0)

    def event(
        self, event: dict[str, Any], *, event_id: str | None = None, retry_num: int | None = None, **kw: Any
    ) -> Resp:
        headers = dict(kw.pop("headers", {}) or {})
        if retry_num is not None:
            headers.update({"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"})
        body = json.dumps(event_body(event, event_id=event_id))
        return self.post(body, "application/json", headers=headers, **kw)

    def event_without_id(self, event: dict[str, Any], *, retry_num: int | None = None) -> Resp:
        """An Events API delivery that carries no `event_id` (as some resends do)."""
        body = event_body(event)
        del body["event_id"]
        headers = {"X-Slack-Retry-Num": str(retry_num), "X-Slack-Retry-Reason": "http_timeout"} if retry_num else {}
        return self.post(json.dumps(body), "application/json", headers=headers)

    def view_submission(self, view: dict[str, Any], values: dict[str, Any], *, user: str = "U1") -> Resp:
        """Submit a dialog the app opened (`view` as sent to views.open) with input `values`."""
        payload = view_submission_payload(view, values, user=user)
        return self.post(urllib.parse.urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")

    def command(self, command: str, text: str, **kw: Any) -> Resp:
        fields = command_fields(command, text, **kw)
        return self.post(urllib.parse.urlencode(fields), "application/x-www-form-urlencoded")

    def action(self, action_id: str, value: str, **kw: Any) -> Resp:
        payload = action_payload(action_id, value, **kw)
        body = urllib.parse.urlencode({"payload": json.dumps(payload)})
        return self.post(body, "application/x-www-form-urlencoded")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def with_slack(config: Any, **changes: Any) -> Any:
    """`config` with some Slack settings changed."""
    return dataclasses.replace(config, slack=dataclasses.replace(config.slack, **changes))


def with_audit(config: Any, **changes: Any) -> Any:
    """`config` with some audit settings changed."""
    return dataclasses.replace(config, audit=dataclasses.replace(config.audit, **changes))


# -- Socket Mode: a WebSocket server on loopback ----------------------------------------------------
@dataclass
class FakeSocketModeServer:
    """Sends envelopes to the connected Socket Mode client and collects its acks."""

    acks: list[dict[str, Any]] = field(default_factory=list)

    def __post_init__(self) -> None:
        from websockets.sync.server import serve

        self._outbox: list[dict[str, Any]] = []
        self._cond = threading.Condition()
        self.connected = threading.Event()
        self._stop = threading.Event()
        self._server = serve(self._handle, "127.0.0.1", 0)
        self.port = self._server.socket.getsockname()[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link"

    def _handle(self, ws: Any) -> None:
        ws.send(
            json.dumps(
                {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0APP"}, "debug_info": {}}
            )
        )
        self.connected.set()
        while not self._stop.is_set():
            with self._cond:
                out, self._outbox = self._outbox, []
            for env in out:
                ws.send(json.dumps(env))
            try:
                msg = ws.recv(timeout=0.05)
            except TimeoutError:
                continue
            except Exception:
                return
            if isinstance(msg, bytes):
                msg = msg.decode()
            try:
                data = json.loads(msg)
            except ValueError:
                continue
            with self._cond:
                self.acks.append(data)
                self._cond.notify_all()

    def send(self, envelope: dict[str, Any]) -> None:
        with self._cond:
            self._outbox.append(envelope)

    def wait_acks(self, n: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while len(self.acks) < n:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"only {len(self.acks)} acks")
                self._cond.wait(left)
            return list(self.acks)

    def close(self) -> None:
        self._stop.set()
        self._server.shutdown()
