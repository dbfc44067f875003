"""Running the Slack app: HTTP (a threaded WSGI server on the given host) or Socket Mode.

The HTTP front (`SignedRequestApp`) checks every request before slack-bolt sees it, on the raw
bytes, in this order, and answers without a traceback:

1. the path (404) and method (405), the body size (411 without a length, 413 over 1 MiB);
2. the signature: `X-Slack-Request-Timestamp` must be a number within 5 minutes and
   `X-Slack-Signature` the `v0=` HMAC-SHA256 of `v0:{timestamp}:{body bytes}` → else 401;
3. only then the body: UTF-8, and parseable the way Bolt will parse it (a JSON object, or form
   data whose `payload` is a JSON object) → else 400.

So an unsigned body is never decoded or parsed, and never reaches Bolt (whose own verification,
still on, would log a failing request's body). Nothing of a body is logged here either.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import time
from collections.abc import Callable, Iterable
from socketserver import ThreadingMixIn
from typing import Any
from urllib.parse import parse_qsl
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi.http_response import WsgiHttpResponse
from slack_bolt.request import BoltRequest

from .logs import protect_logs

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY_BYTES = 1024 * 1024  # Slack's payloads are a few kB; a 40,000-character message is ~160 kB
MAX_CLOCK_SKEW_S = 300  # Slack's own rule (and Bolt's)
_JSON = {"content-type": ["application/json;charset=utf-8"]}


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    # listen() backlog; socketserver's default of 5 resets/delays connections when Slack sends a
    # burst of events (scripts/bench_load.py: 20 concurrent senders → resets and 1 s SYN retries).
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("http: " + format, *args)


def signature_ok(secret: str, timestamp: str | None, signature: str | None, body: bytes, now: float) -> bool:
    """Slack's request signature over the raw body bytes (no decoding, no parsing)."""
    if not secret or not timestamp or not signature:
        return False
    if not (timestamp.isascii() and timestamp.isdigit()) or len(timestamp) > 12:
        return False
    if abs(now - int(timestamp)) > MAX_CLOCK_SKEW_S:
        return False
    base = b"v0:" + timestamp.encode("ascii") + b":" + body
    expected = "v0=" + hmac.new(secret.encode("utf-8"), base, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8", "replace"))


def parse_body(text: str, content_type: str | None) -> dict[str, Any]:
    """The body as Bolt will parse it (`slack_bolt.request.internals.parse_body`), but strict:
    ValueError for anything that is not a JSON object or well-formed form data (whose
    `payload`, if any, is a JSON object)."""
    if not text:
        return {}
    if content_type == "application/json" or text.startswith("{"):
        obj = json.loads(text)
        if not isinstance(obj, dict):
            raise ValueError("JSON body is not an object")
        return obj
    params = dict(parse_qsl(text, keep_blank_values=True, strict_parsing=True))
    if "payload" in text and params.get("payload") is not None:
        payload = json.loads(params["payload"])
        if not isinstance(payload, dict):
            raise ValueError("payload is not a JSON object")
        return payload
    return params


def _headers(environ: dict[str, Any]) -> dict[str, str]:
    headers = {}
    for key, value in environ.items():
        if key in ("CONTENT_LENGTH", "CONTENT_TYPE"):
            headers[key.lower().replace("_", "-")] = value
        elif key.startswith("HTTP_"):
            headers[key[5:].lower().replace("_", "-")] = value
    return headers


class SignedRequestApp:
    """WSGI app for `/slack/events`: verify first, parse second, then hand over to Bolt."""

    def __init__(
        self,
        app: App,
        signing_secret: str,
        path: str = EVENTS_PATH,
        *,
        max_body_bytes: int = MAX_BODY_BYTES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.app = app
        self.secret = signing_secret
        self.path = path
        self.max_body_bytes = max_body_bytes
        self.clock = clock

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        status, headers, body = self._handle(environ)
        response = WsgiHttpResponse(status=status, headers=headers, body=body)
        start_response(response.status, response.get_headers())
        return response.get_body()

    def _handle(self, environ: dict[str, Any]) -> tuple[int, dict[str, Any], str]:
        if environ.get("PATH_INFO", "") != self.path:
            return 404, {"content-type": ["text/plain;charset=utf-8"]}, "Not Found"
        if environ.get("REQUEST_METHOD") != "POST":
            return 405, {"content-type": ["text/plain;charset=utf-8"], "allow": ["POST"]}, "Method Not Allowed"
        raw_length = environ.get("CONTENT_LENGTH") or ""
        if not raw_length.isdigit():
            return _error(411, "length required")
        length = int(raw_length)
        if length > self.max_body_bytes:
            return _error(413, "request too large")
        raw = environ["wsgi.input"].read(length) if length else b""
        headers = _headers(environ)
        if not signature_ok(
            self.secret,
            headers.get("x-slack-request-timestamp"),
            headers.get("x-slack-signature"),
            raw,
            self.clock(),
        ):
            log.info("rejected a Slack request with a missing, stale or invalid signature")
            return _error(401, "invalid request")
        try:
            text = raw.decode("utf-8")
            content_type = (headers.get("content-type") or "").split(";")[0].strip().lower() or None
            parse_body(text, content_type)
        except ValueError:  # UnicodeDecodeError and json.JSONDecodeError are ValueErrors
            log.warning("rejected a signed Slack request whose body cannot be parsed")
            return _error(400, "bad request")
        try:
            resp = self.app.dispatch(
                BoltRequest(body=text, query=environ.get("QUERY_STRING", ""), headers=dict(headers))
            )
        except Exception as e:  # Bolt handles listener errors itself; this is the last resort
            log.error("dispatching a Slack request failed: %s", type(e).__name__)
            return _error(500, "internal error")
        return resp.status, resp.headers, resp.body


def _error(status: int, message: str) -> tuple[int, dict[str, Any], str]:
    return status, dict(_JSON), json.dumps({"error": message})


def make_http_server(
    app: App, host: str = "127.0.0.1", port: int = 3000, path: str = EVENTS_PATH, *, signing_secret: str
) -> WSGIServer:
    """A threaded WSGI server for the app on `host:port` (port 0 = any free port), every request
    verified with `signing_secret` before Bolt sees it."""
    protect_logs()
    return make_server(
        host,
        port,
        SignedRequestApp(app, signing_secret, path),
        server_class=_ThreadingWSGIServer,
        handler_class=_QuietHandler,
    )


def serve_http(server: WSGIServer) -> None:
    """Serve until interrupted (Ctrl-C), then release the port."""
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def make_socket_mode_handler(app: App, app_token: str) -> Any:
    """A Socket Mode handler (slack_sdk's built-in WebSocket client, no extra dependency)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    handler = SocketModeHandler(app, app_token)
    protect_logs()  # the Socket Mode client logs every received message at DEBUG
    return handler


def run_socket_mode(app: App, app_token: str) -> None:
    """Connect over Socket Mode and block until interrupted."""
    handler = make_socket_mode_handler(app, app_token)
    try:
        handler.start()
    except KeyboardInterrupt:
        pass
    finally:
        handler.close()
