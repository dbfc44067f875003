"""The terminal chat (`ledelsesbot chat`, what `make run` starts).

* At a terminal, lines are read with GNU readline (stdlib `readline`): arrow keys move the
  cursor and walk the session's history, Ctrl-A/E, Ctrl-R … work. The history lives in memory
  only — questions are never written to a history file — and a refused question is taken out
  of it again.
* Whatever the input (a pipe, a terminal without readline), escape sequences and control
  characters never arrive as a question: a line of arrow keys is no question at all.
* Replies are word-wrapped to the terminal's width (40–100 columns); output to a pipe or a file
  is left as the core wrote it.
* One chat session is one conversation ("terminal:<random id>"), passed with every question.
* 'menneske' hands the last question to a human: recorded, delivered by the notifier (nobody by
  default — a terminal has no recipient), and the reply says what really happened.
"""

from __future__ import annotations

import re
import shutil
import sys
import textwrap
import uuid
from typing import TextIO

from ..escalation import EscalationNotifier, NoNotifier, confirm_text, handover_text
from ..service import BotService, ServiceError

WELCOME = (
    "ledelsesbot – spørg om ledelse, og få svar fra Offentlig Ledelse med kilde og side.\n"
    "Skriv ikke navne, CPR-numre eller andre personoplysninger. "
    "Skriv 'menneske' for at få et menneske på sagen. Afslut med 'exit' eller Ctrl-D."
)
PROMPT = "Du> "
EXIT_WORDS = {"exit", "quit", "afslut", ":q"}
HUMAN_WORDS = {"menneske", "/menneske", "human"}
YES_WORDS = {"ja", "j", "yes", "y"}
MIN_WIDTH, MAX_WIDTH = 40, 100

# ESC sequences (CSI such as arrow keys "\x1b[A", SS3 "\x1bOA", two-character escapes) and every
# other control character but tab.
_ESCAPE = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]?|O.?|[@-Z\\-_]|.)?")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f]")


def clean_line(line: str) -> str:
    """The typed text of one input line: escape sequences and control characters removed."""
    return _CONTROL.sub("", _ESCAPE.sub("", line)).strip()


def wrap(text: str, width: int) -> str:
    """`text` word-wrapped to `width` columns, line by line (paragraphs and the line structure of
    quotes and sources stay); words longer than a line (URLs) are never split."""
    out: list[str] = []
    for line in text.splitlines():
        if len(line) <= width:
            out.append(line)
            continue
        indent = "  " if line.startswith(("— ", "- ", "• ")) else ""
        out.extend(
            textwrap.wrap(line, width, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False) or [""]
        )
    return "\n".join(out)


def terminal_width(stdout: TextIO) -> int | None:
    """The terminal's width, kept between MIN_WIDTH and MAX_WIDTH; None when `stdout` is not a
    terminal (nothing to fit)."""
    if not _isatty(stdout):
        return None
    columns = shutil.get_terminal_size((80, 24)).columns
    return max(MIN_WIDTH, min(MAX_WIDTH, columns))


def _isatty(stream: TextIO) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _readline(stdin: TextIO) -> str:
    """One line, decoded strictly as UTF-8 (bytes are read directly, so a bad line is skipped
    whole instead of leaving the text decoder stuck)."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is None:
        return stdin.readline()
    return buffer.readline().decode("utf-8")


class _LineEditor:
    """readline at a real terminal: input() with editing and an in-memory session history."""

    def __init__(self) -> None:
        import readline  # GNU readline (or libedit); enables editing for input()

        self.readline = readline
        readline.clear_history()  # this session only; nothing is loaded from or saved to disk
        readline.set_history_length(500)
        try:
            readline.set_auto_history(True)
        except AttributeError:  # libedit builds without it add nothing automatically
            pass

    def read(self, prompt: str) -> str:
        try:
            return input(prompt) + "\n"
        except EOFError:
            return ""

    def forget_last(self) -> None:
        """Take the last line out of the history (a refused question must not be recalled)."""
        n = self.readline.get_current_history_length()
        if n > 0:
            self.readline.remove_history_item(n - 1)


def _line_editor(stdin: TextIO, stdout: TextIO) -> _LineEditor | None:
    """readline when the chat runs on the process's own terminal, else None (pipes, tests)."""
    if stdin is not sys.stdin or stdout is not sys.stdout or not (_isatty(stdin) and _isatty(stdout)):
        return None
    try:
        return _LineEditor()
    except ImportError:  # Python built without readline: plain lines, escapes still filtered
        return None


def run_chat(
    service: BotService,
    stdin: TextIO,
    stdout: TextIO,
    notifier: EscalationNotifier[None] | None = None,
    *,
    width: int | None = None,
) -> int:
    """Read questions line by line until EOF/exit; every error is a message, never a crash.

    'menneske' records an escalation; with no `notifier` (the default: nobody receives
    escalations from a terminal) the user is told that nothing was sent and whom to contact. With
    a notifier that has a recipient, the user confirms first. `width` wraps the output to that
    many columns (default: the terminal's width when stdout is a terminal, else no wrapping)."""
    notifier = notifier or NoNotifier()
    editor = _line_editor(stdin, stdout)
    interactive = _isatty(stdin)
    columns = width or terminal_width(stdout)
    conversation = f"terminal:{uuid.uuid4().hex[:16]}"

    def say(text: str) -> None:
        stdout.write((wrap(text, columns) if columns else text) + "\n")

    def read() -> str:
        if editor is not None:
            stdout.write("\n")
            stdout.flush()
            return editor.read(PROMPT)
        if interactive:
            stdout.write("\n" + PROMPT)
        stdout.flush()
        return _readline(stdin)

    say(WELCOME)
    last_audit_id: int | None = None
    while True:
        try:
            line = read()
        except UnicodeDecodeError:
            say("Beskeden var ikke gyldig UTF-8 – skriv den igen.")
            continue
        except KeyboardInterrupt:
            stdout.write("\nFarvel.\n")
            return 0
        if line == "":
            stdout.write("\nFarvel.\n")
            return 0
        text = clean_line(line)
        if text.lower() in EXIT_WORDS:
            stdout.write("Farvel.\n")
            return 0
        if text.lower() in HUMAN_WORDS:
            if notifier.target:
                say(confirm_text(notifier.target) + " (ja/nej)")
                try:
                    answer_line = read()
                except (UnicodeDecodeError, KeyboardInterrupt):
                    answer_line = ""
                if clean_line(answer_line).lower() not in YES_WORDS:
                    say("Ok – intet er sendt videre.")
                    continue
            try:
                esc = service.escalate(last_audit_id, channel="cli", user_id=None, target=notifier.target)
                delivery = notifier.notify(esc, None)
            except ServiceError as e:
                say(e.detail)  # the operator's own terminal: say what to fix
                continue
            say(handover_text(delivery, esc.contact))
            continue
        if not text:
            continue  # an empty line, or only arrow keys and other escape sequences
        try:
            answer = service.ask(text, channel="cli", user_id=None, conversation=conversation)
        except ServiceError as e:
            say(e.detail)  # the operator's own terminal: say what to fix
            continue
        if answer.status == "refused" and editor is not None:
            editor.forget_last()
        last_audit_id = answer.audit_id
        stdout.write("\n")
        say(answer.text)
