"""The terminal chat on its own (no CLI): answers, conversations, 'menneske' through a notifier
(configured, unconfigured, failing, audit log unavailable), input that is only escape sequences,
word wrapping — and line editing with history at a real (pseudo) terminal."""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.channels.terminal import clean_line, run_chat, wrap
from bot.escalation import Delivery
from bot.service import BotService
from retrieval.settings import REPO_ROOT

from fakes import RecordingNotifier, StubAnswerer


class FailingNotifier(RecordingNotifier):
    def notify(self, escalation, origin=None):
        self.sent.append(escalation)
        return Delivery.failed(self.target)


def chat(service: BotService, text: str, notifier=None, width: int | None = None) -> tuple[int, str]:
    out = io.StringIO()
    code = run_chat(service, io.StringIO(text), out, notifier=notifier, width=width)
    return code, out.getvalue()


@pytest.fixture
def service(settings_for_stub):
    core, audit = settings_for_stub
    svc = BotService(core, audit, answerer=StubAnswerer())
    yield svc
    svc.close()


def test_menneske_is_confirmed_then_handed_to_the_notifier_and_the_reply_says_to_whom(service) -> None:
    notifier = RecordingNotifier("HR-teamet")
    code, out = chat(service, "Hvordan bygger jeg tillid?\nmenneske\nja\n", notifier)
    (esc,) = notifier.sent
    answered = next(r for r in service.audit().list_records() if r["event"] == "question_answered")
    escalated = service.audit().get(esc.audit_id)
    assert code == 0
    assert "Tillid bygges i hverdagen" in out
    assert "Skal jeg give HR-teamet besked?" in out  # asked before anything was sent
    assert "sendt videre til HR-teamet, som vender tilbage" in out
    assert esc.question_ref == answered["id"] and esc.note.endswith(f"#{answered['id']}")
    assert escalated["value"] == "HR-teamet" and escalated["channel"] == "cli"


def test_menneske_declined_sends_nothing(service) -> None:
    notifier = RecordingNotifier("HR-teamet")
    code, out = chat(service, "Hvordan bygger jeg tillid?\nmenneske\nnej\n", notifier)
    assert code == 0 and notifier.sent == [] and "intet er sendt videre" in out
    assert [r for r in service.audit().list_records() if r["event"] == "escalated"] == []


@pytest.mark.parametrize("notifier", [None, FailingNotifier("HR-teamet")], ids=["unconfigured", "delivery-fails"])
def test_handoff_matrix_terminal(service, notifier) -> None:
    session = "Hvordan bygger jeg tillid?\nmenneske\n" + ("ja\n" if notifier else "")
    code, out = chat(service, session, notifier)
    assert code == 0 and "sendt videre til" not in out
    assert "noteret" in out and "Kontakt HR eller din egen chef direkte" in out
    assert len([r for r in service.audit().list_records() if r["event"] == "escalated"]) == 1


def test_menneske_while_the_audit_log_is_unavailable_says_what_a_question_says(tmp_path) -> None:
    from bot.config import AuditSettings
    from retrieval.settings import Settings

    bad = tmp_path / "audit.sqlite3"
    bad.write_bytes(b"not a database " * 100)
    svc = BotService(Settings(index_dir=tmp_path / "none"), AuditSettings(location=str(bad), pseudonym_key="k"))
    svc.answerer = StubAnswerer()
    try:
        code, out = chat(svc, "menneske\nHvordan bygger jeg tillid?\nmenneske\n")
    finally:
        svc.close()
    lines = [line for line in out.splitlines() if "revisionsloggen" in line]
    assert code == 0 and "Traceback" not in out
    assert len(lines) == 3 and len(set(lines)) == 1  # menneske, the question, menneske: one message


def test_a_session_is_one_conversation(service) -> None:
    chat(service, "Hvordan bygger jeg tillid?\nOg hvad med seniorer?\n")
    chat(service, "Hvordan bygger jeg tillid?\n")
    convs = [r["conversation"] for r in service.audit().list_records() if r["event"] == "question_answered"]
    assert len(convs) == 3 and convs[0] and convs[0] == convs[1] != convs[2]


def test_escape_sequences_never_arrive_as_a_question(service) -> None:
    session = "\x1b[A\x1b[B\x1b[C\x1b[D\n\x1bOA\x1b[1;5C\n\x1b[Ahvad er tillid?\x1b[D\n\x07\x00\n"
    code, out = chat(service, session)
    assert "Traceback" not in out
    assert code == 0 and service.answerer.questions == ["hvad er tillid?"]
    assert clean_line("\x1b[200~hej\x1b[201~\r") == "hej"  # bracketed paste markers too


def test_replies_are_wrapped_to_the_width(service) -> None:
    long_intro = "Det skriver Offentlig Ledelse om det, og det er en lang indledning " * 3
    from fakes import answered

    service.answerer.make = lambda q: answered(intro=long_intro.strip())
    code, out = chat(service, "Hvordan bygger jeg tillid?\n", width=40)
    assert code == 0 and all(len(line) <= 40 for line in out.splitlines()), out
    assert "Tillid bygges i hverdagen" in out.replace("\n", " ")
    url = "https://example.org/" + "x" * 60
    assert url in wrap(f"Se {url} her", 40).splitlines()  # a long word is never split


# -- a real pseudo-terminal: readline editing and history ---------------------------------------------
SCRIPT = """
import json, sys
sys.path.insert(0, "tests")
from bot.channels.terminal import run_chat
from bot.config import AuditSettings
from bot.service import BotService
from retrieval.settings import Settings
from fakes import StubAnswerer
stub = StubAnswerer()
svc = BotService(Settings(index_dir=sys.argv[1] + "/none"), AuditSettings(location=sys.argv[1] + "/a.sqlite3", pseudonym_key="k"), answerer=stub)
code = run_chat(svc, sys.stdin, sys.stdout)
sys.stderr.write("QUESTIONS=" + json.dumps(stub.questions) + "\\n")
sys.exit(code)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pty")
def test_line_editing_and_history_at_a_terminal(tmp_path: Path) -> None:
    import fcntl
    import pty
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 50, 0, 0))  # a 50-column terminal
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "TERM": "xterm", "INPUTRC": "/dev/null"}
    proc = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(tmp_path)],
        stdin=slave,
        stdout=slave,
        stderr=subprocess.PIPE,
        cwd=REPO_ROOT,
        env=env,
        close_fds=True,
    )
    os.close(slave)
    seen = b""

    def wait(predicate, timeout: float = 20.0) -> None:
        nonlocal seen
        deadline = time.monotonic() + timeout
        while not predicate(seen):
            left = deadline - time.monotonic()
            assert left > 0, f"timed out; the terminal shows {seen[-600:]!r}"
            if select.select([master], [], [], left)[0]:
                try:
                    seen += os.read(master, 4096)
                except OSError:  # the child closed the terminal
                    return

    def answered(n: int):  # the n-th answer is out and the next prompt is shown
        return lambda s: s.count(b"Husk:") >= n and s.rfind(b"Du> ") > s.rfind(b"Husk:")

    try:
        wait(lambda s: b"Du> " in s)
        # a typo fixed with the arrow keys (left, backspace, retype) before Enter
        os.write(master, b"hvad er tilliX?\x1b[D\x7fd\r")
        wait(answered(1))
        os.write(master, b"\x1b[A\r")  # arrow up: the same question from the history, Enter
        wait(answered(2))
        os.write(master, b"\x1b[D\x1b[C\x1b[B\r")  # arrows on an empty line: no question
        time.sleep(0.3)
        os.write(master, b"exit\r")
        wait(lambda s: b"Farvel." in s)
        _, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    questions = json.loads(err.decode().split("QUESTIONS=")[1].splitlines()[0])
    assert questions == ["hvad er tillid?", "hvad er tillid?"], (questions, err.decode()[-2000:])
    assert proc.returncode == 0
    text = seen.decode("utf-8", "replace").replace("\r", "")
    reply_lines = [line for line in text.splitlines() if "Du> " not in line and "\x1b" not in line]
    assert reply_lines and all(len(line) <= 50 for line in reply_lines), [ln for ln in reply_lines if len(ln) > 50]
