"""The terminal chat (`ledelsesbot chat`, what `make run` starts)."""

from __future__ import annotations

import uuid
from typing import TextIO

from ..escalation import EscalationNotifier, NoNotifier, handover_text
from ..service import BotService, ServiceError

WELCOME = (
    "ledelsesbot – spørg om ledelse, og få svar fra Offentlig Ledelse med kilde og side.\n"
    "Skriv ikke navne, CPR-numre eller andre personoplysninger. "
    "Skriv 'menneske' for at få et menneske på sagen. Afslut med 'exit' eller Ctrl-D."
)
EXIT_WORDS = {"exit", "quit", "afslut", ":q"}
HUMAN_WORDS = {"menneske", "/menneske", "human"}


def _readline(stdin: TextIO) -> str:
    """One line, decoded strictly as UTF-8 (bytes are read directly, so a bad line is skipped
    whole instead of leaving the text decoder stuck)."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:
        return stdin.readline()
    return buffer.readline().decode("utf-8")


def run_chat(
    service: BotService, stdin: TextIO, stdout: TextIO, notifier: EscalationNotifier[None] | None = None
) -> int:
    """Read questions line by line until EOF/exit; every error is a message, never a crash.

    'menneske' records an escalation; with no `notifier` (the default: nobody receives
    escalations from a terminal) the user is told that nothing was sent and whom to contact."""
    notifier = notifier or NoNotifier()
    interactive = stdin.isatty()
    stdout.write(WELCOME + "\n")
    last_audit_id: int | None = None
    # One chat session is one thread: follow-ups are read with the earlier questions.
    conversation = f"terminal:{uuid.uuid4().hex}"
    while True:
        if interactive:
            stdout.write("\nDu> ")
        stdout.flush()
        try:
            line = _readline(stdin)
        except UnicodeDecodeError:
            stdout.write("Beskeden var ikke gyldig UTF-8 – skriv den igen.\n")
            continue
        except KeyboardInterrupt:
            stdout.write("\nFarvel.\n")
            return 0
        if line == "":
            stdout.write("\nFarvel.\n")
            return 0
        text = line.strip()
        if text.lower() in EXIT_WORDS:
            stdout.write("Farvel.\n")
            return 0
        if text.lower() in HUMAN_WORDS:
            try:
                esc = service.escalate(last_audit_id, channel="cli", user_id=None, target=notifier.target)
            except ServiceError as e:
                stdout.write(e.detail + "\n")
                continue
            stdout.write(handover_text(notifier.notify(esc, None)) + "\n")
            continue
        if not text:
            continue
        try:
            answer = service.ask(text, channel="cli", user_id=None, conversation=conversation)
        except ServiceError as e:
            stdout.write(e.detail + "\n")  # the operator's own terminal: say what to fix
            continue
        last_audit_id = answer.audit_id
        stdout.write("\n" + answer.text + "\n")
