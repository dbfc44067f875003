"""Anchors: the chain's head written outside the log, so a deleted or rewritten tail shows.

The hash chain detects every change *inside* the log, but someone with write access to the
file could delete the newest records, or rewrite the chain from some point on, and the result
would verify. An anchor is the head (record id, row hash, time) copied to a place that person
cannot rewrite — an append-only file on another volume, a syslog server, a Slack channel —
by `ledelsesbot audit anchor` (run daily). `ledelsesbot audit verify --anchors FILE` then
checks that every anchored head is still in the chain with the same hash.

Sinks are given as a comma-separated list (`LEDELSESBOT_AUDIT_ANCHORS` or `audit anchor
--to`): `file:/path/anchors.jsonl`, `syslog` (the local /dev/log), `syslog:/path/to/socket`,
`syslog:HOST:PORT` (UDP), `slack:CHANNEL_ID` (posted with the bot token). Each anchor is one
JSON object `{"id", "row_hash", "ts", "anchored_at"}`: one line in a file, the text of a syslog
message or a Slack post after the prefix `ledelsesbot-anchor `, so the lines of any sink can
be collected into a file for `verify --anchors`.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Protocol

from .store import AuditStore, ChainHead

ANCHOR_PREFIX = "ledelsesbot-anchor "
_HASH = re.compile(r"^[0-9a-f]{64}$")


class AnchorError(Exception):
    """A sink cannot be used or an anchors file cannot be read (message names what and why)."""


@dataclass(frozen=True)
class Anchor:
    """A head of the chain as written to a sink."""

    id: int
    row_hash: str
    ts: str
    anchored_at: str

    def line(self) -> str:
        """The anchor as one line of JSON (no trailing newline)."""
        return json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))

    @classmethod
    def from_head(cls, head: ChainHead, anchored_at: str) -> Anchor:
        """The anchor of a head, stamped with the time it was written."""
        return cls(id=head.id, row_hash=head.row_hash, ts=head.ts, anchored_at=anchored_at)


class AnchorSink(Protocol):
    """Somewhere an anchor can be written that the log's writers cannot rewrite."""

    name: str

    def write(self, anchor: Anchor) -> None:
        """Write one anchor durably; AnchorError when it could not be written."""
        ...


class FileSink:
    """Appends one JSON line per anchor to a file (opened O_APPEND, fsynced). Put the file on
    another volume or host, ideally append-only (`chattr +a`) and owned by another user."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.name = f"file:{path}"

    def write(self, anchor: Anchor) -> None:
        """Append the anchor's line and fsync it."""
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
            try:
                os.write(fd, (anchor.line() + "\n").encode("ascii"))
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            raise AnchorError(f"kan ikke skrive / cannot write {self.path}: {exc.strerror}") from None


class SyslogSink:
    """Sends the anchor as one syslog message (facility AUTH, level NOTICE) to the local
    socket or a remote syslog server, where log shipping keeps it out of the bot's reach."""

    def __init__(self, address: str | tuple[str, int]) -> None:
        self.address = address
        self.name = "syslog" if address == "/dev/log" else f"syslog:{address}"

    def write(self, anchor: Anchor) -> None:
        """Send the anchor; AnchorError when the syslog socket cannot be reached."""
        try:
            handler = _RaisingSysLogHandler(address=self.address, facility=logging.handlers.SysLogHandler.LOG_AUTH)
            try:
                msg = ANCHOR_PREFIX + anchor.line()
                handler.emit(logging.LogRecord("ledelsesbot", logging.WARNING, __file__, 0, msg, None, None))
            finally:
                handler.close()
        except OSError as exc:
            raise AnchorError(f"syslog kan ikke nås / syslog unreachable ({self.address}): {exc}") from None


class _RaisingSysLogHandler(logging.handlers.SysLogHandler):
    """A SysLogHandler whose send errors reach the caller (the stock one prints and goes on)."""

    def handleError(self, record: logging.LogRecord) -> None:
        raise  # re-raise the error being handled: an anchor that was not sent must fail


class SlackSink:
    """Posts the anchor to a Slack channel (a channel the bot's log writers cannot edit:
    Slack keeps the message and its edit history)."""

    def __init__(self, channel: str, token: str, api_url: str = "") -> None:
        if not token:
            raise AnchorError("slack:-anker kræver SLACK_BOT_TOKEN / a slack: anchor needs SLACK_BOT_TOKEN")
        self.channel = channel
        self.name = f"slack:{channel}"
        self._token = token
        self._api_url = api_url

    def write(self, anchor: Anchor) -> None:
        """Post the anchor; AnchorError when Slack does not accept it."""
        from slack_sdk import WebClient
        from slack_sdk.errors import SlackApiError

        client = WebClient(token=self._token, timeout=15, base_url=self._api_url or WebClient.BASE_URL)
        try:
            client.chat_postMessage(channel=self.channel, text=ANCHOR_PREFIX + anchor.line())
        except SlackApiError as exc:
            raise AnchorError(
                f"Slack afviste ankeret / Slack refused the anchor: {exc.response.get('error')}"
            ) from None
        except OSError as exc:
            raise AnchorError(f"Slack kan ikke nås / Slack unreachable: {exc}") from None


def parse_sinks(spec: str, *, slack_token: str = "", slack_api_url: str = "") -> list[AnchorSink]:
    """The sinks of a comma-separated spec (see the module docstring); AnchorError for an
    unknown or incomplete one."""
    sinks: list[AnchorSink] = []
    for raw in spec.split(","):
        item = raw.strip()
        if not item:
            continue
        kind, _, arg = item.partition(":")
        kind = kind.lower()
        if kind == "file" and arg.strip():
            sinks.append(FileSink(Path(arg.strip()).expanduser()))
        elif kind == "syslog":
            arg = arg.strip()
            if not arg:
                sinks.append(SyslogSink("/dev/log"))
            elif arg.startswith("/"):
                sinks.append(SyslogSink(arg))
            else:
                host, _, port = arg.rpartition(":")
                if not host or not port.isdigit():
                    raise AnchorError(f"syslog-adresse skal være /sti eller VÆRT:PORT / syslog address: {arg!r}")
                sinks.append(SyslogSink((host, int(port))))
        elif kind == "slack" and arg.strip():
            sinks.append(SlackSink(arg.strip(), slack_token, slack_api_url))
        else:
            raise AnchorError(
                f"ukendt ankersted / unknown anchor sink {item!r} "
                "(brug / use file:/sti, syslog, syslog:VÆRT:PORT, slack:KANAL)"
            )
    return sinks


def parse_anchor(text: str) -> Anchor:
    """One anchor from a line (the `ledelsesbot-anchor ` prefix of syslog/Slack is allowed, as
    is anything before it, e.g. a syslog timestamp); ValueError when it is not one."""
    if ANCHOR_PREFIX in text:
        text = text.split(ANCHOR_PREFIX, 1)[1]
        # what a transport appends after the object (syslog's NUL, a newline) is not part of it
        obj, _ = json.JSONDecoder().raw_decode(text.strip())
    else:
        obj = json.loads(text)
    if not isinstance(obj, dict):
        raise ValueError("not a JSON object")
    rid, row_hash, ts = obj.get("id"), obj.get("row_hash"), obj.get("ts")
    if not isinstance(rid, int) or isinstance(rid, bool) or rid < 1:
        raise ValueError("id must be a positive integer")
    if not isinstance(row_hash, str) or not _HASH.match(row_hash):
        raise ValueError("row_hash must be 64 hex digits")
    if not isinstance(ts, str):
        raise ValueError("ts must be a string")
    return Anchor(id=rid, row_hash=row_hash, ts=ts, anchored_at=str(obj.get("anchored_at", "")))


def read_anchors(path: Path) -> list[Anchor]:
    """Every anchor in a file of anchor lines (blank lines skipped); AnchorError naming the
    first line that is not an anchor, or when the file cannot be read."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise AnchorError(f"kan ikke læse / cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    anchors = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            anchors.append(parse_anchor(line))
        except ValueError as exc:
            raise AnchorError(f"{path}, linje / line {n}: ikke et anker / not an anchor ({exc})") from None
    return anchors


@dataclass(frozen=True)
class AnchorCheck:
    """Outcome of `check_anchors`: `problems` names each anchored head that is gone or changed."""

    checked: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        """True when every anchored head is still in the chain with the same hash."""
        return not self.problems


def check_anchors(store: AuditStore, anchors: Iterable[Anchor]) -> AnchorCheck:
    """Check that every anchored head is still in the log with the same row hash (a deleted
    tail or a rewritten chain fails here even when the chain itself verifies)."""
    problems: list[str] = []
    checked = 0
    for anchor in anchors:
        checked += 1
        rec = store.get(anchor.id)
        if rec is None:
            problems.append(
                f"post {anchor.id} (ankret {anchor.anchored_at or anchor.ts}) findes ikke længere / "
                f"anchored record {anchor.id} is gone"
            )
        elif rec["row_hash"] != anchor.row_hash:
            problems.append(
                f"post {anchor.id} har en anden hash end ankret {anchor.anchored_at or anchor.ts} / "
                f"record {anchor.id} no longer has its anchored hash"
            )
    return AnchorCheck(checked=checked, problems=problems)
