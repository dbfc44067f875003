"""The Teams channel on the real Teams SDK (with `[teams]`), and its pure helpers.

The app tests follow the pattern the Teams SDK uses for itself (auth skipped, the Bot Connector
replaced) but over real HTTP on loopback: the app built by `build_app` is started with
`app.start(port)` on 127.0.0.1 exactly as `ledelsesbot teams` starts it, Teams activities are
POSTed to /api/messages, and the activities' `serviceUrl` points at a recording fake Bot
Connector on 127.0.0.1. A socket guard fails the test on any connection or DNS lookup that is not
loopback, so nothing can reach Microsoft.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import re
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any

import pytest

from bot.channels.teams import render as tr
from bot.channels.teams.app import TeamsConfigError, check_bind, check_credentials, question_text, user_id_of
from bot.config import SettingsError, TeamsSettings, load_config
from retrieval.models import Answer, Citation

from fakes import RecordingNotifier, card_texts, hide_teams_sdk

ANSWERED_Q = "hvad er skyggearbejde, når man overvåger medarbejdere?"
SENSITIVE_Q = "Jens Mortensen fra mit team har angst og har været sygemeldt i 6 uger"
pytestmark = pytest.mark.filterwarnings("ignore:The bot client is deprecated:DeprecationWarning")

TEAMS_ENV = (
    "CLIENT_ID",
    "CLIENT_SECRET",
    "TENANT_ID",
    "MANAGED_IDENTITY_CLIENT_ID",
    "SERVICE_URL",
    "CLOUD",
    "DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS",
    "PORT",
)


def test_question_text_strips_only_the_bot_mention():
    bot = SimpleNamespace(id="28:bot")
    act = SimpleNamespace(
        text="<at>ledelsesbot</at> hvad gør jeg med <at>Jens Mortensen</at> der er syg?",
        recipient=bot,
        entities=[
            SimpleNamespace(mentioned=SimpleNamespace(id="28:bot"), text="<at>ledelsesbot</at>"),
            SimpleNamespace(mentioned=SimpleNamespace(id="29:jens"), text="<at>Jens Mortensen</at>"),
        ],
    )
    # Other people's mentions stay as plain names, so the personal-data guard still sees them.
    assert question_text(act) == "hvad gør jeg med Jens Mortensen der er syg?"
    assert question_text(SimpleNamespace(text="a &amp; b", recipient=bot, entities=None)) == "a & b"


def test_user_id_prefers_entra_object_id():
    assert user_id_of(SimpleNamespace(from_=SimpleNamespace(id="29:x", aad_object_id="aad-1"))) == "aad-1"
    assert user_id_of(SimpleNamespace(from_=SimpleNamespace(id="29:x", aad_object_id=None))) == "29:x"


def teams_config(env: dict[str, str]) -> TeamsSettings:
    """The Teams settings `ledelsesbot teams` would use with `env`, checked as it checks them."""
    settings = load_config(env).teams
    check_credentials(settings)
    return settings


def test_config_requires_credentials_unless_explicitly_unauthenticated():
    with pytest.raises(TeamsConfigError, match="CLIENT_ID"):
        teams_config({})
    with pytest.raises(TeamsConfigError, match="CLIENT_SECRET"):
        teams_config({"CLIENT_ID": "app"})
    with pytest.raises(SettingsError, match="DANGEROUSLY"):
        teams_config({"DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS": "maybe"})
    cfg = teams_config({"CLIENT_ID": "app", "CLIENT_SECRET": "s3cret", "TENANT_ID": "t"})
    assert cfg.client_id == "app" and not cfg.allow_unauthenticated and "s3cret" not in cfg.describe()
    assert teams_config({"CLIENT_ID": "app", "MANAGED_IDENTITY_CLIENT_ID": "system"}).client_secret is None
    dev = teams_config({"DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS": "true"})
    check_bind(dev, "127.0.0.1")
    with pytest.raises(TeamsConfigError, match=r"127\.0\.0\.1"):
        check_bind(dev, "0.0.0.0")
    check_bind(cfg, "0.0.0.0")


def test_core_works_without_the_extra(monkeypatch):
    import bot.channels.teams.app as ta

    hide_teams_sdk(monkeypatch)
    assert ta.sdk_available() is False
    with pytest.raises(ta.TeamsUnavailable, match=r"pip install -e '\.\[teams\]'"):
        ta.build_app(TeamsSettings(allow_unauthenticated=True), None, host="127.0.0.1")  # type: ignore[arg-type]
    answer = Answer(
        status="answered",
        text="Det skriver Offentlig Ledelse om det:\n\n«Citat.»",
        citations=[Citation("01/2024", "Artikel", 7, "Citat.", 0.9)],
        audit_id=1,
    )
    card = tr.to_adaptive_card(answer)  # rendering needs no SDK
    assert tr.validate_card(card) is False  # nothing to validate against


# -- the real Teams SDK app on loopback ----------------------------------------------------------
_LOOPBACK_HOSTS = {"127.0.0.1", "::1", "localhost", ""}


@pytest.fixture
def no_outbound(monkeypatch):
    """Fail any connection or DNS lookup that is not loopback (no Microsoft network)."""
    blocked: list[Any] = []
    real_connect, real_connect_ex, real_gai = socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo

    def host_of(address: Any) -> str:
        return str(address[0]) if isinstance(address, tuple) else ""

    def guard(address: Any) -> None:
        if isinstance(address, tuple) and host_of(address) not in _LOOPBACK_HOSTS:
            blocked.append(address)
            raise ConnectionRefusedError(f"test blocked outbound connection to {address!r}")

    def connect(self, address):  # type: ignore[no-untyped-def]
        guard(address)
        return real_connect(self, address)

    def connect_ex(self, address):  # type: ignore[no-untyped-def]
        guard(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host, *args, **kw):  # type: ignore[no-untyped-def]
        if host is not None and str(host) not in _LOOPBACK_HOSTS:
            blocked.append(host)
            raise socket.gaierror(f"test blocked DNS lookup of {host!r}")
        return real_gai(host, *args, **kw)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    yield blocked
    assert blocked == [], f"outbound network attempted: {blocked}"


class FakeConnector:
    """A recording fake Bot Connector (the `serviceUrl` Teams gives the bot) on 127.0.0.1."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []
        self.failing: dict[str, int] = {}  # path fragment -> HTTP status the fake answers with
        self._lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def _record(self) -> None:
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n) if n else b""
                failing = next((code for frag, code in outer.failing.items() if frag in self.path), None)
                if failing:
                    payload = b'{"error": {"code": "Forbidden"}}'
                    self.send_response(failing)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                    return
                with outer._lock:
                    outer.calls.append(
                        {
                            "method": self.command,
                            "path": self.path,
                            "auth": self.headers.get("Authorization"),
                            "body": json.loads(raw) if raw else None,
                        }
                    )
                    reply = json.dumps({"id": f"sent-{len(outer.calls)}"}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            do_POST = do_PUT = _record

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    def activities(self, conversation: str = "a:1samtale") -> list[dict[str, Any]]:
        """Activities the bot sent to `conversation` (by default the asker's)."""
        with self._lock:
            return [c["body"] for c in self.calls if c["path"] == f"/v3/conversations/{conversation}/activities"]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TeamsHarness:
    """`build_app(...)` started with `app.start(port)` on 127.0.0.1 in a background loop."""

    def __init__(self, app: Any, port: int, connector: FakeConnector) -> None:
        self.app, self.port, self.connector = app, port, connector
        self.loop = asyncio.new_event_loop()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 15
        while not self._started():
            if self._error is not None or not self._thread.is_alive():
                raise RuntimeError(f"Teams app did not start: {self._error!r}")
            if time.monotonic() > deadline:
                raise TimeoutError("Teams app did not start within 15 s")
            time.sleep(0.02)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        try:
            self.loop.run_until_complete(self.app.start(self.port))
        except BaseException as e:
            self._error = e

    def _started(self) -> bool:
        server = getattr(self.app.server.adapter, "_server", None)
        return bool(server is not None and getattr(server, "started", False))

    def post(self, activity: dict[str, Any], headers: dict[str, str] | None = None) -> tuple[int, Any]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            body = json.dumps(activity).encode("utf-8")
            conn.request(
                "POST", "/api/messages", body=body, headers={"Content-Type": "application/json", **(headers or {})}
            )
            resp = conn.getresponse()
            raw = resp.read()
            return resp.status, (json.loads(raw) if raw else None)
        finally:
            conn.close()

    def close(self) -> None:
        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(self.app.stop(), self.loop).result(10)
            self._thread.join(10)
        self.loop.close()


@pytest.fixture
def connector():
    c = FakeConnector()
    yield c
    c.close()


@pytest.fixture
def teams_app(no_outbound, connector, monkeypatch):
    """Factory: the real Teams app over `service`, auth skipped (dev mode), on loopback."""
    pytest.importorskip("microsoft_teams.apps")
    from bot.channels.teams.app import build_app

    for name in TEAMS_ENV:
        monkeypatch.delenv(name, raising=False)
    made: list[TeamsHarness] = []

    def make(service: Any, config: TeamsSettings | None = None, notifier: Any = None) -> TeamsHarness:
        cfg = config or TeamsSettings(allow_unauthenticated=True)
        port = _free_port()
        app = build_app(cfg, service, host="127.0.0.1", port=port, log_level="warning", notifier=notifier)
        if cfg.client_id and cfg.allow_unauthenticated:
            # Credentials for outgoing messages (proactive sends need the app id) without Entra:
            # the token the Bot Connector fake receives is a fixed string.
            async def fake_token(*args: Any, **kwargs: Any) -> str:
                return "fake-bot-token"

            app._token_manager.get_app_token = fake_token
        h = TeamsHarness(app, port, connector)
        made.append(h)
        return h

    yield make
    for h in made:
        h.close()


_SEQ = iter(range(1, 10_000))


def _base(connector: FakeConnector, conv_type: str = "personal") -> dict[str, Any]:
    return {
        "id": f"1700000000{next(_SEQ):03d}",
        "timestamp": "2026-01-15T10:00:00.000Z",
        "serviceUrl": connector.url,
        "channelId": "msteams",
        "from": {"id": "29:1leder", "name": "Test Leder", "aadObjectId": "00000000-0000-0000-0000-0000000000aa"},
        "conversation": {"id": "a:1samtale", "conversationType": conv_type, "tenantId": "tenant-1"},
        "recipient": {"id": "28:ledelsesbot", "name": "ledelsesbot"},
        "channelData": {"tenant": {"id": "tenant-1"}},
        "locale": "da-DK",
    }


def message(connector: FakeConnector, text: str, **extra: Any) -> dict[str, Any]:
    return {**_base(connector), "type": "message", "text": text, "textFormat": "plain", **extra}


def card_invoke(connector: FakeConnector, data: dict[str, Any]) -> dict[str, Any]:
    return {
        **_base(connector),
        "type": "invoke",
        "name": "adaptiveCard/action",
        "value": {"action": {"type": "Action.Execute", "verb": data.get("action"), "data": data}, "trigger": "manual"},
    }


def execute_of(action: dict[str, Any]) -> dict[str, Any]:
    """The Action.Execute behind a card action: itself, or the one inside its Action.ShowCard."""
    if action["type"] == "Action.ShowCard":
        (inner,) = action["card"]["actions"]
        return inner
    return action


def _card_of(activity: dict[str, Any]) -> dict[str, Any]:
    (att,) = activity["attachments"]
    assert att["contentType"] == tr.CARD_CONTENT_TYPE
    return att["content"]


def _ask_for_card(h: TeamsHarness) -> dict[str, Any]:
    status, _ = h.post(message(h.connector, ANSWERED_Q))
    assert status == 200
    (sent,) = h.connector.activities()
    return _card_of(sent)


def test_question_gets_card_with_citation_facts(teams_app, service):
    h = teams_app(service)
    status, _ = h.post(message(h.connector, ANSWERED_Q))
    assert status == 200
    (call,) = h.connector.calls
    assert call["method"] == "POST" and call["path"] == "/v3/conversations/a:1samtale/activities"
    assert call["auth"] is None  # no credentials in dev mode: nothing to leak
    sent = call["body"]
    assert sent["type"] == "message" and sent["conversation"]["id"] == "a:1samtale"
    card = _card_of(sent)
    texts = card_texts(card)
    (rec,) = service.audit().list_records()
    assert rec["status"] == "answered" and rec["channel"] == "teams"
    cites = rec["citations"] if isinstance(rec["citations"], list) else json.loads(rec["citations"])
    assert cites, "the real index answers this question with a citation"
    c = cites[0]
    assert f"«{' '.join(c['quote'].split())}»" in texts
    assert f" — Offentlig Ledelse {c['issue']}, s. {c['page']}" in texts
    assert " ".join(c["article"].split()) in texts
    assert any(t.startswith("Husk:") for t in texts)
    assert [execute_of(a)["data"]["audit_id"] for a in card["actions"]] == [rec["id"]] * 3
    assert tr.validate_card(card)
    # Teams' own "AI generated" label (the SDK's add_ai_generated), one root message entity
    (entity,) = [e for e in sent["entities"] if e.get("type") == "https://schema.org/Message"]
    assert entity["additionalType"] == ["AIGeneratedContent"]
    assert rec["conversation"]  # the conversation is on record (as a pseudonym)
    # The asker is pseudonymised from the Entra object id, never stored in clear.
    assert rec["user_pseudonym"] and "0000000000aa" not in json.dumps(rec)


def test_sensitive_question_is_refused_as_plain_text_without_echo(teams_app, service):
    h = teams_app(service)
    status, _ = h.post(message(h.connector, SENSITIVE_Q))
    assert status == 200
    (sent,) = h.connector.activities()
    assert not sent.get("attachments")  # no card, no citations
    assert sent["textFormat"] == "plain" and sent["text"].startswith("Jeg kan ikke svare")
    dumped = json.dumps(h.connector.calls, ensure_ascii=False)
    # (The guard's fixed example may say "langtidssygemeldt"; the user's own words never appear.)
    for word in ("Jens", "Mortensen", "angst", "sygemeldt", "6 uger"):
        assert not re.search(rf"\b{word}\b", dumped), word
    assert SENSITIVE_Q not in dumped
    assert "quote" not in sent  # a `reply` would quote the user's message back
    (rec,) = service.audit().list_records()
    assert rec["status"] == "refused" and rec["question"] is None and rec["reply"] is None


def test_mentioned_colleague_in_channel_is_still_refused(teams_app, service):
    h = teams_app(service)
    act = message(
        h.connector,
        "<at>ledelsesbot</at> <at>Jens Mortensen</at> fra mit team har angst og har været sygemeldt i 6 uger",
        entities=[
            {
                "type": "mention",
                "text": "<at>ledelsesbot</at>",
                "mentioned": {"id": "28:ledelsesbot", "name": "ledelsesbot"},
            },
            {
                "type": "mention",
                "text": "<at>Jens Mortensen</at>",
                "mentioned": {"id": "29:jens", "name": "Jens Mortensen"},
            },
        ],
    )
    act["conversation"]["conversationType"] = "channel"
    assert h.post(act)[0] == 200
    (sent,) = h.connector.activities()
    assert not sent.get("attachments") and "Jens" not in sent["text"]
    assert service.audit().list_records()[0]["status"] == "refused"


def test_feedback_button_is_recorded(teams_app, service):
    h = teams_app(service)
    card = _ask_for_card(h)
    up = next(a for a in card["actions"] if a["title"] == "👍")
    status, body = h.post(card_invoke(h.connector, up["data"]))
    assert status == 200
    assert body["statusCode"] == 200 and body["type"] == "application/vnd.microsoft.activity.message"
    assert body["value"].startswith("Tak – registreret: 👍") and "Kun din seneste stemme tæller" in body["value"]
    fb = [r for r in service.audit().list_records() if r["event"] == "feedback"]
    assert len(fb) == 1 and fb[0]["value"] == "up" and fb[0]["ref_id"] == up["data"]["audit_id"]
    assert fb[0]["channel"] == "teams"
    assert len(h.connector.activities()) == 1  # feedback answers in the invoke response only


def test_escalate_button_hands_over_and_tells_the_asker(teams_app, service):
    notifier = RecordingNotifier("HR-teamet")
    h = teams_app(service, notifier=notifier)
    card = _ask_for_card(h)
    esc = execute_of(next(a for a in card["actions"] if a["title"] == "Spørg et menneske"))
    status, body = h.post(card_invoke(h.connector, esc["data"]))
    assert status == 200 and body["value"] == "Sendt videre til et menneske."
    sent = h.connector.activities()[-1]
    assert sent["text"].startswith("Tak – dit spørgsmål er sendt videre til HR-teamet") and not sent.get("attachments")
    ref = esc["data"]["audit_id"]
    assert [(e.note, e.question_ref) for e in notifier.sent] == [
        (f"En leder har bedt om at tale med et menneske om spørgsmål #{ref}", ref)
    ]
    recs = [r for r in service.audit().list_records() if r["event"] == "escalated"]
    assert len(recs) == 1 and recs[0]["ref_id"] == ref and recs[0]["value"] == "HR-teamet"


def test_escalate_without_a_notifier_does_not_claim_it_was_sent(teams_app, service):
    h = teams_app(service)  # Teams has no escalation recipient yet
    card = _ask_for_card(h)
    esc = execute_of(next(a for a in card["actions"] if a["title"] == "Spørg et menneske"))
    status, body = h.post(card_invoke(h.connector, esc["data"]))
    assert status == 200 and body["value"] == "Ikke sendt videre – se beskeden i samtalen."
    sent = h.connector.activities()[-1]
    assert "sendt videre til" not in sent["text"] and "Kontakt HR eller din egen chef" in sent["text"]
    recs = [r for r in service.audit().list_records() if r["event"] == "escalated"]
    assert len(recs) == 1 and recs[0]["ref_id"] == esc["data"]["audit_id"]  # the request is on record


def test_action_submit_message_records_feedback(teams_app, service):
    h = teams_app(service)
    card = _ask_for_card(h)
    down = execute_of(next(a for a in card["actions"] if a["title"] == "👎"))
    assert h.post(message(h.connector, "", value=down["data"]))[0] == 200
    assert h.connector.activities()[-1]["text"].startswith("Tak – registreret: 👎")
    fb = [r for r in service.audit().list_records() if r["event"] == "feedback"]
    assert [(r["value"], r["ref_id"]) for r in fb] == [("down", down["data"]["audit_id"])]


def test_buttons_with_unknown_audit_id(teams_app, service):
    notifier = RecordingNotifier("HR-teamet")
    h = teams_app(service, notifier=notifier)
    # Stale/forged feedback: the service ignores it; the user sees no error, nothing is recorded.
    status, body = h.post(card_invoke(h.connector, {"action": tr.ACTION_FEEDBACK, "value": "up", "audit_id": 999}))
    assert status == 200 and body["value"] == tr.FEEDBACK_UNKNOWN
    assert service.audit().list_records() == []
    # Another app's button is not ours.
    assert h.post(card_invoke(h.connector, {"action": "someone.else"}))[1]["value"] == tr.ACTION_UNKNOWN
    assert h.connector.activities() == []
    # Escalation still reaches a human, only without the stale reference.
    status, body = h.post(card_invoke(h.connector, {"action": tr.ACTION_ESCALATE, "audit_id": 999}))
    assert status == 200 and body["value"] == "Sendt videre til et menneske."
    (rec,) = service.audit().list_records()
    assert rec["event"] == "escalated" and rec["ref_id"] is None
    assert [e.question_ref for e in notifier.sent] == [None]
    assert h.connector.activities()[-1]["text"].startswith("Tak – dit spørgsmål er sendt videre")


def test_empty_message_gets_the_service_error_text(teams_app, service):
    h = teams_app(service)
    act = message(
        h.connector,
        "<at>ledelsesbot</at>",
        entities=[
            {
                "type": "mention",
                "text": "<at>ledelsesbot</at>",
                "mentioned": {"id": "28:ledelsesbot", "name": "ledelsesbot"},
            }
        ],
    )
    assert h.post(act)[0] == 200
    (sent,) = h.connector.activities()
    assert sent["text"] == "Skriv et spørgsmål – beskeden var tom."


def test_with_credentials_unsigned_requests_are_rejected(teams_app, service):
    h = teams_app(service, TeamsSettings("00000000-0000-0000-0000-00000000b07", "secret", "tenant-1", None, False))
    status, _ = h.post(message(h.connector, ANSWERED_Q))
    assert status == 401
    status, _ = h.post(message(h.connector, ANSWERED_Q), headers={"Authorization": "Basic abc"})
    assert status == 401
    assert h.connector.calls == [] and service.audit().list_records() == []


# -- conversations, one vote per user, and the hand-off matrix (stub answer core) -------------------
ESCALATION_CONV = "19:hr-henvendelser@thread.tacv2"
APP_ID = "00000000-0000-0000-0000-0000000000a1"


@pytest.fixture
def stub_teams_service(settings_for_stub):
    from bot.service import BotService

    from fakes import StubAnswerer

    core, audit = settings_for_stub
    svc = BotService(core, audit, answerer=StubAnswerer())
    yield svc
    svc.close()


def _in_conversation(activity: dict[str, Any], conv: str, user: str = "29:1leder") -> dict[str, Any]:
    activity["conversation"] = {**activity["conversation"], "id": conv}
    activity["from"] = {**activity["from"], "id": user, "aadObjectId": f"aad-{user}"}
    return activity


def test_votes_are_bound_to_the_conversation_and_one_per_user(teams_app, stub_teams_service):
    svc = stub_teams_service
    h = teams_app(svc)
    card = _ask_for_card(h)
    up = execute_of(card["actions"][0])["data"]
    down = execute_of(card["actions"][1])["data"]
    # the same button pressed in another conversation (or a forged id): refused, nothing recorded
    for data, conv in ((up, "a:2andet"), ({**up, "audit_id": up["audit_id"] + 50}, "a:1samtale")):
        status, body = h.post(_in_conversation(card_invoke(h.connector, data), conv))
        assert status == 200 and body["value"] == tr.FEEDBACK_UNKNOWN
    assert [r for r in svc.audit().list_records() if r["event"] == "feedback"] == []
    # one vote per user: a second press changes it; the reply says what was recorded
    assert h.post(card_invoke(h.connector, up))[1]["value"].startswith("Tak – registreret: 👍")
    with_inputs = {**down, "reason": "incomplete", "comment": "Der mangler noget om seniorer."}
    text = h.post(card_invoke(h.connector, with_inputs))[1]["value"]
    assert text.startswith("Tak – registreret: 👎") and "»Svaret mangler noget vigtigt«" in text
    assert "Din kommentar er gemt" in text
    other_user = _in_conversation(card_invoke(h.connector, up), "a:1samtale", user="29:2kollega")
    assert h.post(other_user)[0] == 200
    assert svc.audit().stats()["feedback"] == {"up": 1, "down": 1}
    last_down = [r for r in svc.audit().list_records() if r["event"] == "feedback" and r["value"] == "down"][-1]
    assert last_down["detail"] == {"reason": "incomplete"} and last_down["question"] == "Der mangler noget om seniorer."
    # a comment with personal data is not kept, and the reply says so
    text = h.post(card_invoke(h.connector, {**down, "comment": "Min medarbejder har cpr 010190-1234"}))[1]["value"]
    assert "ikke gemt" in text and "010190" not in text


def _escalate(h: TeamsHarness) -> tuple[int, Any, dict[str, Any]]:
    card = _ask_for_card(h)
    esc = execute_of(next(a for a in card["actions"] if a["title"] == "Spørg et menneske"))
    status, body = h.post(card_invoke(h.connector, esc["data"]))
    return status, body, card


@pytest.mark.parametrize(
    "case",
    ["delivered", "not_configured", "connector_refuses", "no_credentials"],
)
def test_handoff_matrix_teams(teams_app, stub_teams_service, case):
    svc = stub_teams_service
    configured = case != "not_configured"
    cfg = TeamsSettings(
        client_id=None if case == "no_credentials" else APP_ID,
        client_secret=None if case == "no_credentials" else "secret",
        allow_unauthenticated=True,
        escalation_conversation=ESCALATION_CONV if configured else None,
        escalation_name="HR-teamet",
    )
    h = teams_app(svc, cfg)
    if case == "connector_refuses":
        h.connector.failing[ESCALATION_CONV] = 403
    status, body, card = _escalate(h)
    assert status == 200
    confirm = card["actions"][2]["card"]["body"][0]["inlines"][0]["text"]
    reply = h.connector.activities()[-1]["text"]
    notes = h.connector.activities(ESCALATION_CONV)
    (rec,) = [r for r in svc.audit().list_records() if r["event"] == "escalated"]
    assert rec["ref_id"] == card["actions"][0]["data"]["audit_id"]  # the request is on record either way
    if case == "delivered":
        assert "Skal jeg give HR-teamet besked?" in confirm
        assert body["value"] == "Sendt videre til et menneske."
        assert reply.startswith("Tak – dit spørgsmål er sendt videre til HR-teamet")
        (note,) = notes
        assert note["text"].startswith(f"En leder har bedt om at tale med et menneske om spørgsmål #{rec['ref_id']}")
        assert "personlig chat" in note["text"] and "skyggearbejde" not in note["text"]
        call = next(c for c in h.connector.calls if ESCALATION_CONV in c["path"])
        assert call["auth"] == "Bearer fake-bot-token" and note["from"]["id"] == APP_ID
        assert rec["value"] == ESCALATION_CONV
    else:
        assert body["value"] == "Ikke sendt videre – se beskeden i samtalen."
        assert "sendt videre til" not in reply and "noteret" in reply
        assert "Kontakt HR eller din egen chef direkte" in reply
        assert notes == []
    if case == "not_configured":
        assert "intet bliver sendt videre" in confirm and "ikke sat nogen op" in reply
    if case in ("connector_refuses", "no_credentials"):
        assert "kunne ikke give besked videre" in reply


def test_handoff_contact_text_reaches_teams(teams_app, settings_for_stub):
    from bot.service import BotService

    from fakes import StubAnswerer

    core, audit = settings_for_stub
    svc = BotService(core, audit, answerer=StubAnswerer(), contact="HR-partneren på tlf. 1234 5678")
    try:
        h = teams_app(svc)
        _escalate(h)
        assert "Kontakt HR-partneren på tlf. 1234 5678 direkte" in h.connector.activities()[-1]["text"]
    finally:
        svc.close()
