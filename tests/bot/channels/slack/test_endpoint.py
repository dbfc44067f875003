"""The Slack HTTP endpoint as an attacker (and a flaky network) meets it (issue 13 §2): malformed
and unsigned bodies get 4xx without a traceback and without being parsed, no request body reaches
any log at any level, and a resent event without `event_id` is answered once. Real Bolt app over
loopback HTTP, signed requests, recording fake Slack Web API."""

from __future__ import annotations

import io
import json
import logging
import socket
import time
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest

from bot.channels.slack.logs import NoBodiesFilter, redact
from bot.channels.slack.server import parse_body, signature_ok

CPR = "010190-1234"
TRACE = ("Traceback", 'File "', ".py", "Error(")


def no_trace(text: str) -> bool:
    return not any(t in text for t in TRACE)


@pytest.fixture
def debug_log() -> Iterator[io.BytesIO]:
    """Every log record at DEBUG, from every logger, as the bytes a log file would hold."""
    buf = io.BytesIO()
    handler = logging.StreamHandler(io.TextIOWrapper(buf, encoding="utf-8", write_through=True))
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield buf
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        for name in list(logging.root.manager.loggerDict):  # Bolt copied the root level to its loggers
            if name.startswith(("slack_bolt", "slack_sdk")):
                logging.getLogger(name).setLevel(logging.NOTSET)


# -- malformed and unsigned bodies ---------------------------------------------------------------
JSON, FORM = "application/json", "application/x-www-form-urlencoded"
EVENT = json.dumps({"type": "event_callback", "event_id": "EvX", "event": {"type": "app_mention", "text": CPR}})
MALFORMED = [
    # (id, body, content type, how it is signed, expected status)
    ("signed-invalid-json", b'{"type": "event_callback", "event": {', JSON, "signed", 400),
    ("signed-json-array", b"[1, 2, 3]", JSON, "signed", 400),
    ("signed-json-string", b'"hej"', JSON, "signed", 400),
    ("signed-broken-form", b"token=x&&&payload", FORM, "signed", 400),
    ("signed-form-payload-not-json", b"payload=%7Bnot%20json", FORM, "signed", 400),
    ("signed-form-payload-array", b"payload=%5B1%2C2%5D", FORM, "signed", 400),
    ("signed-invalid-utf8", b'{"type": "event_callback", "text": "\xff\xfe"}', JSON, "signed", 400),
    ("unsigned-invalid-json", b'{"type": ', JSON, "none", 401),
    ("unsigned-invalid-utf8", b"\xff\xfe\xfd", JSON, "none", 401),
    ("bad-signature-json-array", b"[1, 2]", JSON, "wrong", 401),
    ("non-numeric-timestamp", EVENT.encode(), JSON, "ts:abc", 401),
    ("float-timestamp", EVENT.encode(), JSON, "ts:1700000000.5", 401),
    ("stale-timestamp", EVENT.encode(), JSON, "stale", 401),
    ("garbage-signature", EVENT.encode(), JSON, "sig:v0=zz", 401),
]


def _send(h: Any, body: bytes, ctype: str, how: str) -> Any:
    if how == "signed":
        return h.post(body, ctype)
    if how == "none":
        return h.post(body, ctype, sign_it=False)
    if how == "wrong":
        return h.post(body, ctype, secret="wrong-secret")
    if how == "stale":
        return h.post(body, ctype, timestamp=int(time.time()) - 600)
    if how.startswith("ts:"):
        return h.post(
            body, ctype, sign_it=False, headers={"X-Slack-Request-Timestamp": how[3:], "X-Slack-Signature": "v0=00"}
        )
    if how.startswith("sig:"):
        ts = str(int(time.time()))
        return h.post(
            body, ctype, sign_it=False, headers={"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": how[4:]}
        )
    raise AssertionError(how)


@pytest.mark.parametrize("name, body, ctype, how, status", MALFORMED, ids=[m[0] for m in MALFORMED])
def test_malformed_or_unsigned_bodies_get_4xx_without_a_traceback(
    name, body, ctype, how, status, fake_slack, slack_config, stub_service, slack_app, debug_log
) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    resp = _send(h, body, ctype, how)
    assert resp.status == status, resp.body
    assert no_trace(resp.body) and CPR not in resp.body
    fake_slack.settle(0.2)
    assert not fake_slack.messages and svc.answerer.questions == []
    logged = debug_log.getvalue().decode("utf-8", "replace")
    assert no_trace(logged), logged
    assert CPR not in logged and "\ufffd" not in logged  # nothing of the body, not even its bytes
    # the endpoint still works for a genuine request afterwards
    assert h.event(sf_mention()).status == 200
    fake_slack.wait_count(1, "chat.postMessage")


def sf_mention() -> dict[str, Any]:
    import slack_fakes

    return slack_fakes.mention("Hvordan bygger jeg tillid?")


def test_transport_level_errors(sf, fake_slack, slack_config, stub_service, slack_app) -> None:
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    assert h.post(b"", JSON, method="GET").status == 405
    assert h.post(EVENT, JSON, url=h.url.replace("/slack/events", "/other")).status == 404
    port = h.server.server_address[1]
    # Over 1 MB: 413 from the headers alone — the body is never read or verified (so it is not
    # even sent here: a client still sending would race the server's close into a broken pipe).
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(
            b"POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            b"Content-Length: 1048577\r\n\r\n"
        )
        assert b" 413 " in s.recv(1024).split(b"\r\n")[0] + b" "
    # no Content-Length at all (chunked): 411, not a hang or a 500
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(b"POST /slack/events HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n")
        assert b" 411 " in s.recv(1024).split(b"\r\n")[0] + b" "
    fake_slack.settle(0.2)
    assert not fake_slack.messages


def test_signature_check_and_parser_on_their_own() -> None:
    now = 1_700_000_000.0
    body = b'{"a": 1}'
    import slack_fakes

    good = slack_fakes.sign_bytes("s3cret", body, int(now))
    ts, sig = good["X-Slack-Request-Timestamp"], good["X-Slack-Signature"]
    assert signature_ok("s3cret", ts, sig, body, now)
    assert not signature_ok("s3cret", ts, sig, body + b" ", now)  # the bytes are what is signed
    assert not signature_ok("other", ts, sig, body, now)
    assert not signature_ok("s3cret", ts, sig, body, now + 301)  # 5 minutes, as Slack says
    for bad_ts in ("", "abc", "١٧٠٠٠٠٠٠٠٠", "-1", "1e9", None):  # incl. non-ASCII digits
        assert not signature_ok("s3cret", bad_ts, sig, body, now)
    assert not signature_ok("", ts, sig, body, now)
    assert parse_body('{"a": 1}', "application/json") == {"a": 1}
    assert parse_body("a=1&b=", "application/x-www-form-urlencoded") == {"a": "1", "b": ""}
    assert parse_body("payload=%7B%22type%22%3A%22x%22%7D", None) == {"type": "x"}
    for bad in ("[1]", "{", "a&&b", "payload=%5B%5D", "null"):
        with pytest.raises(ValueError):
            parse_body(bad, "application/json" if bad in ("null",) else None)


# -- no request body in any log -------------------------------------------------------------------
def test_no_request_body_reaches_the_log_at_debug(sf, fake_slack, slack_config, stub_service, slack_app, debug_log):
    """A CPR number in badly signed, stale, unsigned and genuine requests: at DEBUG the log holds
    plenty — but not one byte of any body (nor of what the bot sent back)."""
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    secret_text = f"Min medarbejder har cpr {CPR} og er syg"
    ev = sf.mention(secret_text, ts="1700001000.000100")
    body = json.dumps(sf.event_body(ev))
    assert h.post(body, JSON, secret="rotated-secret").status == 401
    assert h.post(body, JSON, timestamp=int(time.time()) - 3600).status == 401
    assert h.post(body, JSON, sign_it=False).status == 401
    cmd = urllib.parse.urlencode(sf.command_fields("/spørg", secret_text, response_url=fake_slack.response_url("c")))
    assert h.post(cmd, FORM, secret="rotated-secret").status == 401
    # the genuine ones: refused by the guard (stub: "cpr"), Bolt and slack-sdk at DEBUG throughout
    assert h.post(body, JSON).status == 200
    assert h.command("/spørg", secret_text, response_url=fake_slack.response_url("c2")).status == 200
    fake_slack.wait_count(1, "chat.postEphemeral")
    fake_slack.wait_count(1, "response")
    logged = debug_log.getvalue()
    assert b"rejected a Slack request" in logged  # logging was on, at DEBUG/INFO
    for needle in (CPR, CPR.replace("-", ""), "er syg", "Min medarbejder"):
        assert needle.encode() not in logged, needle
    assert b"Traceback" not in logged


def test_log_filter_rule() -> None:
    f = NoBodiesFilter()

    def record(name: str, level: int, msg: str, *args: Any, exc: bool = False) -> logging.LogRecord:
        exc_info = None
        if exc:
            try:
                raise ValueError(f"boom {CPR}")
            except ValueError as e:
                exc_info = (type(e), e, e.__traceback__)
        return logging.LogRecord(name, level, __file__, 1, msg, args, exc_info)

    assert not f.filter(record("slack_bolt.RequestVerification", logging.INFO, "body: %s", CPR))
    assert not f.filter(record("slack_sdk.web.base_client", logging.DEBUG, "Sending a request %s", CPR))
    assert not f.filter(record("ledelsesbot:on_mention", logging.DEBUG, CPR))
    warning = record("slack_bolt.App", logging.WARNING, "A global middleware skipped (%s)", {"text": CPR}, exc=True)
    assert f.filter(warning)
    shown = warning.getMessage()
    assert CPR not in shown and "A global middleware skipped" in shown and "ValueError" in shown
    assert warning.exc_info is None
    ours = record("bot.channels.slack.app", logging.INFO, "duplicate Slack delivery ignored (%s)", "event")
    assert f.filter(ours) and ours.getMessage() == "duplicate Slack delivery ignored (event)"
    assert redact("Failed (body: token=x&text=hej)\nmore") == "Failed (body: …"


# -- a resent event without event_id ------------------------------------------------------------
def test_event_without_event_id_resent_is_answered_once(sf, fake_slack, slack_config, stub_service, slack_app):
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    ev = sf.mention("Hvordan bygger jeg tillid?", ts="1700002000.000100", client_msg_id="c0ffee-1")
    for n in (None, 1, 2):
        assert h.event_without_id(ev, retry_num=n).status == 200
    dm = sf.message("Og seniorer?", channel="D1", channel_type="im", ts="1700002001.000100")
    assert h.event_without_id(dm).status == 200
    assert h.event(dm).status == 200  # the same message again, now with an event_id
    posts = fake_slack.wait_count(2, "chat.postMessage")
    fake_slack.settle()
    assert len(fake_slack.of("chat.postMessage")) == 2
    assert sorted(p.params["channel"] for p in posts) == ["C1", "D1"]
    assert svc.answerer.questions == ["Hvordan bygger jeg tillid?", "Og seniorer?"]
    # a restart does not forget (the Slack state file is durable)
    h.close()
    h2 = slack_app(slack_config, svc)
    assert h2.event_without_id(ev, retry_num=3).status == 200
    fake_slack.settle()
    assert len(fake_slack.of("chat.postMessage")) == 2


def test_a_message_delivered_as_mention_and_message_is_answered_once(
    sf, fake_slack, slack_config, stub_service, slack_app
) -> None:
    """In a thread the bot answered, a reply that mentions the bot arrives as `app_mention` and
    as `message`: one answer."""
    svc = stub_service(slack_config)
    h = slack_app(slack_config, svc)
    root = "1700003000.000100"
    h.event(sf.mention("Hvordan bygger jeg tillid?", ts=root))
    fake_slack.wait_count(1, "chat.postMessage")
    ts = "1700003001.000100"
    h.event(sf.message(f"<@{sf.BOT_USER_ID}> og seniorer?", thread_ts=root, ts=ts))
    h.event(sf.mention("og seniorer?", thread_ts=root, ts=ts))
    fake_slack.wait_count(2, "chat.postMessage")
    fake_slack.settle()
    assert len(fake_slack.of("chat.postMessage")) == 2


def test_socket_mode_messages_stay_out_of_the_log_at_debug(sf, fake_slack, slack_config, stub_service, debug_log):
    """Socket Mode has no signature, but its client traces every received message at DEBUG."""
    from slack_sdk import WebClient

    from bot.channels.slack.app import build_app
    from bot.channels.slack.server import make_socket_mode_handler

    settings = sf.with_slack(slack_config, signing_secret="", app_token="xapp-test")
    svc = stub_service(settings)
    ws = sf.FakeSocketModeServer()
    fake_slack.ws_url = ws.url
    app = build_app(
        settings.slack, svc, client=WebClient(token="xoxb-test", base_url=fake_slack.api_url), socket_mode=True
    )
    handler = make_socket_mode_handler(app, settings.slack.app_token)
    try:
        handler.connect()
        assert ws.connected.wait(10)
        for n, text in enumerate((f"Min medarbejder har cpr {CPR}", "Hvordan bygger jeg tillid?")):
            body = sf.event_body(sf.mention(text, ts=f"170003000{n}.000100"))
            ws.send({"envelope_id": f"e{n}", "type": "events_api", "payload": body, "accepts_response_payload": False})
        fake_slack.wait_count(1, "chat.postEphemeral")
        fake_slack.wait_count(1, "chat.postMessage")
    finally:
        ws.close()
        handler.close()
    logged = debug_log.getvalue()
    assert logged  # DEBUG was on
    for needle in (CPR, "Min medarbejder", "Hvordan bygger", "Tillid bygges"):
        assert needle.encode() not in logged, needle
