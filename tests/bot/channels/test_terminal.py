"""The terminal chat on its own (no CLI): answers, and 'menneske' through a notifier."""

from __future__ import annotations

import io

from bot.channels.terminal import run_chat
from bot.service import BotService

from fakes import RecordingNotifier, StubAnswerer


def test_menneske_is_handed_to_the_notifier_and_the_reply_says_to_whom(settings_for_stub) -> None:
    core, audit = settings_for_stub
    service = BotService(core, audit, answerer=StubAnswerer())
    notifier = RecordingNotifier("HR-teamet")
    out = io.StringIO()
    try:
        code = run_chat(service, io.StringIO("Hvordan bygger jeg tillid?\nmenneske\n"), out, notifier=notifier)
        (esc,) = notifier.sent
        answered = next(r for r in service.audit().list_records() if r["event"] == "question_answered")
        escalated = service.audit().get(esc.audit_id)
    finally:
        service.close()
    assert code == 0
    assert "Tillid bygges i hverdagen" in out.getvalue()
    assert "sendt videre til HR-teamet, som vender tilbage" in out.getvalue()
    assert esc.question_ref == answered["id"] and esc.note.endswith(f"#{answered['id']}")
    assert escalated["value"] == "HR-teamet" and escalated["channel"] == "cli"
