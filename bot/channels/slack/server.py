"""Running the Slack app: HTTP (a threaded WSGI server on the given host) or Socket Mode."""

from __future__ import annotations

import logging
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"


class _ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True
    # listen() backlog; socketserver's default of 5 resets/delays connections when Slack sends a
    # burst of events (scripts/bench_load.py: 20 concurrent senders → resets and 1 s SYN retries).
    request_queue_size = 128


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        log.debug("http: " + format, *args)


def make_http_server(app: App, host: str = "127.0.0.1", port: int = 3000, path: str = EVENTS_PATH) -> WSGIServer:
    """A threaded WSGI server for the app on `host:port` (port 0 = any free port)."""
    return make_server(
        host, port, SlackRequestHandler(app, path=path), server_class=_ThreadingWSGIServer, handler_class=_QuietHandler
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

    return SocketModeHandler(app, app_token)


def run_socket_mode(app: App, app_token: str) -> None:
    """Connect over Socket Mode and block until interrupted."""
    handler = make_socket_mode_handler(app, app_token)
    try:
        handler.start()
    except KeyboardInterrupt:
        pass
    finally:
        handler.close()
