"""Keep Slack request bodies (and anything else a user wrote) out of every log, at every level.

slack-bolt logs the whole body of a request that fails signature verification at INFO, a body
in some warnings, and slack-sdk logs request and response payloads at DEBUG (Web API calls,
Socket Mode messages) — one rotated signing secret, a clock drift or `LEDELSESBOT_LOG_LEVEL=DEBUG`
and every message, with whatever personal data it carries, would land in the log.

The rule (`NoBodiesFilter`): a record from the Slack libraries below WARNING is dropped (their
DEBUG/INFO output is payload tracing); a WARNING or worse keeps its first line with every
`{…}`/`[…]` structure and `body: …`/`payload: …` tail cut out, and its traceback is replaced by
the exception's type. Our own loggers (`bot.*`) never log message text in the first place.

`protect_logs()` attaches the filter to every Slack library logger that exists and to the root
logger's handlers (which see the records of loggers created later too). It is idempotent and is
called when the app and the Socket Mode handler are built. The HTTP front (`server.py`) also
verifies signatures before Bolt sees a request, so an unsigned body never reaches Bolt at all.
"""

from __future__ import annotations

import logging
import re

# Loggers of the Slack libraries: "slack_bolt.*", "slack_sdk.*", and Bolt's per-listener loggers,
# which are named "<app name>:<function>".
LIBRARY_PREFIXES = ("slack_bolt", "slack_sdk", "slack.")
APP_LOGGER_PREFIX = "ledelsesbot:"

_STRUCTURE = re.compile(r"\{.*\}|\[.*\]", re.DOTALL)
_BODY_TAIL = re.compile(r"\b(body|payload|message|params|text)\s*[:=].*", re.IGNORECASE | re.DOTALL)


def is_library_record(name: str) -> bool:
    """True for records of the Slack libraries (the ones that may carry payloads)."""
    return name.startswith(LIBRARY_PREFIXES) or name.startswith(APP_LOGGER_PREFIX)


def redact(message: str) -> str:
    """The first line of `message` with every structure and every `body: …` tail removed."""
    first = message.strip().splitlines()[0] if message.strip() else ""
    first = _STRUCTURE.sub("{…}", first)
    return _BODY_TAIL.sub(lambda m: m.group(1) + ": …", first)


class NoBodiesFilter(logging.Filter):
    """Drops DEBUG/INFO records of the Slack libraries and redacts their warnings (see module)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not is_library_record(record.name):
            return True
        if record.levelno < logging.WARNING:
            return False
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep nothing of it
            message = str(record.msg)
        text = redact(message)
        if record.exc_info and record.exc_info[0] is not None:
            text += f" ({record.exc_info[0].__name__})"
        record.msg, record.args = text, None
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        return True


_FILTER = NoBodiesFilter()


def _attach(target: logging.Logger | logging.Handler) -> None:
    if not any(isinstance(f, NoBodiesFilter) for f in target.filters):
        target.addFilter(_FILTER)


def protect_logs() -> None:
    """Attach `NoBodiesFilter` to the Slack library loggers and to the root handlers (idempotent)."""
    for name in ("slack_bolt", "slack_sdk"):
        _attach(logging.getLogger(name))
    for name, obj in list(logging.root.manager.loggerDict.items()):
        if isinstance(obj, logging.Logger) and is_library_record(name):
            _attach(obj)
    for handler in logging.root.handlers:
        _attach(handler)
