"""What goes into a record, for every backend: the values of each event type, pseudonyms,
timestamps and time filters, the status filter and the export formats. A backend adds id, time and hashes (`chain.py`) and
stores the values; it never decides what a record holds."""

from __future__ import annotations

import csv
import hashlib
import hmac
import json
import math
import secrets
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any, TextIO

from retrieval.models import Answer

from .chain import canonical_json, text_digest
from .store import (
    CHANNELS,
    EVENT_TYPES,
    EXPORT_FORMATS,
    FEEDBACK_REASONS,
    FEEDBACK_VALUES,
    MAX_FEEDBACK_COMMENT,
    QUESTION_EVENTS,  # noqa: F401 (re-exported: callers find it here)
    RECORD_FIELDS,
    STATUSES,
    Record,
    When,
)

# QUESTION_EVENTS (store.py) are what escalations may refer to. What feedback may refer to:
# replies with buttons (a refusal has none).
FEEDBACK_EVENTS = ("question_answered", "no_answer")


def pseudonym(key: bytes, user_id: str | None) -> str | None:
    """HMAC-SHA256(key, user_id) as hex; None for no user (e.g. the local CLI)."""
    if user_id is None or user_id == "":
        return None
    return hmac.new(key, user_id.encode("utf-8"), hashlib.sha256).hexdigest()


def conversation_key(key: bytes, conversation: str | None) -> str | None:
    """The stored form of a platform's thread id: HMAC-SHA256(key, "conversation:" + id) in hex
    (prefixed so it can never equal a user's pseudonym); None for no thread."""
    if conversation is None or conversation == "":
        return None
    return hmac.new(key, ("conversation:" + conversation).encode("utf-8"), hashlib.sha256).hexdigest()


def check_channel(channel: str) -> None:
    """ValueError unless `channel` is one of CHANNELS."""
    if channel not in CHANNELS:
        raise ValueError(f"channel must be one of {', '.join(CHANNELS)}, not {channel!r}")


def finite(value: float | None) -> float | None:
    """The value, or None for NaN/infinity (NaN would be stored as NULL and break the hash;
    infinities are not JSON)."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def answer_values(
    answer: Answer,
    question: str,
    *,
    channel: str,
    user_pseudonym: str | None,
    conversation: str | None = None,
    follows: int | None = None,
) -> dict[str, Any]:
    """The stored values of a reply.

    answered -> `question_answered`, no_answer -> `no_answer`, both with texts, citations, the
    conversation pseudonym and the turn they follow. refused -> `refused` with category, reason,
    channel, pseudonym and time only: `question` and `answer.text` are not stored, hashed or put
    in any message.
    """
    check_channel(channel)
    if answer.status == "refused":
        # Deliberately built from an allow-list of harmless fields.
        return {
            "event": "refused",
            "status": "refused",
            "reason": answer.reason,
            "refusal_category": answer.refusal_category,
            "channel": channel,
            "user_pseudonym": user_pseudonym,
        }
    if answer.status not in ("answered", "no_answer"):
        raise ValueError(f"unknown answer status {answer.status!r}")
    salt = secrets.token_hex(16)
    citations = [
        {
            "issue": str(c.issue),
            "article": str(c.article),
            "page": int(c.page),
            "quote": str(c.quote),
            "score": finite(c.score),
            # The page link the leader saw (only when there was one, so records without links
            # keep the form they had before links existed).
            **({"url": str(c.url)} if c.url else {}),
        }
        for c in answer.citations
    ]
    return {
        "event": "question_answered" if answer.status == "answered" else "no_answer",
        "status": answer.status,
        "reason": answer.reason,
        "channel": channel,
        "user_pseudonym": user_pseudonym,
        "question": question,
        "reply": answer.text,
        "text_salt": salt,
        "text_digest": text_digest(salt, question, answer.text),
        "citations": canonical_json(citations).decode("utf-8"),
        "index_version": answer.index_version,
        "embedder_id": answer.embedder_id,
        "latency_ms": finite(answer.latency_ms),
        "decision_request": int(bool(answer.decision_request)),
        "conversation": conversation,
        "follows_id": None if follows is None else int(follows),
    }


def feedback_values(
    audit_id: int,
    value: str,
    *,
    channel: str,
    user_pseudonym: str | None,
    conversation: str | None = None,
    reason: str | None = None,
    comment: str | None = None,
) -> dict[str, Any]:
    """👍/👎 on the question record `audit_id` (the caller checks that it is one and that it
    belongs to `conversation`). `reason` goes into `detail`; a comment is a text like a
    question: salted into the chain and removed by a purge."""
    check_channel(channel)
    if value not in FEEDBACK_VALUES:
        raise ValueError(f"feedback must be 'up' or 'down', not {value!r}")
    if reason is not None and reason not in FEEDBACK_REASONS:
        raise ValueError(f"feedback reason must be one of {', '.join(FEEDBACK_REASONS)}, not {reason!r}")
    values: dict[str, Any] = {
        "event": "feedback",
        "channel": channel,
        "user_pseudonym": user_pseudonym,
        "ref_id": int(audit_id),
        "value": value,
        "conversation": conversation,
    }
    if reason is not None:
        values["detail"] = canonical_json({"reason": reason}).decode("utf-8")
    comment = (comment or "").strip()[:MAX_FEEDBACK_COMMENT]
    if comment:
        salt = secrets.token_hex(16)
        values.update(question=comment, text_salt=salt, text_digest=text_digest(salt, comment, None))
    return values


def escalation_values(audit_id: int | None, *, channel: str, user_pseudonym: str | None, target: str) -> dict[str, Any]:
    """A request for a human, optionally about the question record `audit_id`."""
    check_channel(channel)
    return {
        "event": "escalated",
        "channel": channel,
        "user_pseudonym": user_pseudonym,
        "ref_id": None if audit_id is None else int(audit_id),
        "value": target,
    }


def index_published_values(version: str, detail: Mapping[str, Any]) -> dict[str, Any]:
    """An index version went live; `detail` must be JSON (no personal data)."""
    try:
        detail_json = canonical_json(dict(detail)).decode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ValueError(f"index detail is not JSON-serialisable: {exc}") from None
    return {"event": "index_published", "index_version": version, "value": version, "detail": detail_json}


# An auditor account name: what `audit user add` accepts (it is stored in access records).
ACCOUNT_NAME_MAX = 64


def access_values(auditor: str, action: str, detail: Mapping[str, Any]) -> dict[str, Any]:
    """An auditor viewed or exported something: who (`value`: the account name), what
    (`detail`: the action and its filter, record id or count) — never a question or reply text,
    so the caller passes only filter values, ids and numbers."""
    if not auditor or len(auditor) > ACCOUNT_NAME_MAX:
        raise ValueError("auditor account name missing or too long")
    if not action:
        raise ValueError("access action missing")
    try:
        detail_json = canonical_json({**dict(detail), "action": action}).decode("utf-8")
    except (TypeError, ValueError) as exc:
        raise ValueError(f"access detail is not JSON-serialisable: {exc}") from None
    return {"event": "auditor_access", "value": auditor, "detail": detail_json}


def purged_values(cutoff: str, count: int) -> dict[str, Any]:
    """The marker that explains why texts before `cutoff` are gone."""
    return {"event": "purged", "detail": canonical_json({"before": cutoff, "count": count}).decode()}


# Timestamps are UTC, fixed-width ISO strings, so text order == time order. The format is part
# of the hashed content: every backend stores exactly these strings.
def utc_now() -> datetime:
    """The current time in UTC (the default clock of a store)."""
    return datetime.now(UTC)


def format_ts(dt: datetime) -> str:
    """`2026-01-31T09:15:02.123456Z` (a naive datetime is taken as UTC)."""
    utc = dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def lower_bound(value: When | None) -> str | None:
    """Inclusive lower bound of a filter; a plain date means that day's midnight UTC."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return format_ts(value)
    return format_ts(datetime.combine(value, time.min, tzinfo=UTC))


def upper_bound(value: When | None) -> str | None:
    """Exclusive upper bound of a filter; a plain date includes that whole (UTC) day."""
    if value is None:
        return None
    if isinstance(value, datetime):
        utc = value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
        return format_ts(utc + timedelta(microseconds=1))
    return format_ts(datetime.combine(value + timedelta(days=1), time.min, tzinfo=UTC))


def check_statuses(status: Sequence[str] | None) -> list[str]:
    """The wanted statuses/event types; ValueError for an unknown one."""
    wanted = list(status or ())
    unknown = [s for s in wanted if s not in STATUSES and s not in EVENT_TYPES]
    if unknown:
        raise ValueError(f"unknown status/event: {', '.join(unknown)}")
    return wanted


def decode_record(values: Sequence[Any]) -> Record:
    """A stored row (RECORD_FIELDS order, JSON columns as text) as a public record."""
    rec = dict(zip(RECORD_FIELDS, values, strict=True))
    for key in ("citations", "detail"):
        if rec[key] is not None:
            try:
                rec[key] = json.loads(rec[key])
            except ValueError:
                pass  # tampered JSON: show it raw; verify reports the record
    if rec["decision_request"] is not None:
        rec["decision_request"] = bool(rec["decision_request"])
    return rec


# CSV for Danish Excel (the CLI's `audit export --format csv` and the web view's /export.csv):
# UTF-8 with a byte-order mark (else Excel reads æøå as Latin-1), semicolons (Danish Excel's
# list separator, since the comma is the decimal mark) and CRLF line ends.
CSV_BOM = "\ufeff"
CSV_DELIMITER = ";"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_writer(out: TextIO) -> Any:
    """A csv.writer in the Danish-Excel dialect; writes the byte-order mark first."""
    out.write(CSV_BOM)
    return csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)


def csv_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would read as a formula ("=HYPERLINK(…)", "+…", "@…")
    gets a leading ' so it stays text; other values unchanged."""
    if isinstance(value, str) and value[:1] in _FORMULA_STARTS:
        return "'" + value
    return value


def write_export(records: Iterable[Record], out: TextIO, fmt: str) -> int:
    """Write records as `csv` (Danish-Excel dialect, see `csv_writer`: every field of
    RECORD_FIELDS, citations/detail as JSON strings, text cells guarded against formula
    injection) or `jsonl` (exact) to `out`; return the number written."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"format must be csv or jsonl, not {fmt!r}")
    n = 0
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False, sort_keys=False) + "\n")
            n += 1
        return n
    writer = csv_writer(out)
    writer.writerow(RECORD_FIELDS)
    for rec in records:
        flat = dict(rec)
        for key in ("citations", "detail"):
            if flat[key] is not None:
                flat[key] = json.dumps(flat[key], ensure_ascii=False)
        # Auditors open CSV in spreadsheets: a user's "=HYPERLINK(...)" must not become a
        # formula. JSONL stays byte-exact.
        writer.writerow([csv_safe(flat[key]) for key in RECORD_FIELDS])
        n += 1
    return n


def latest_votes(feedback: Iterable[Record]) -> dict[str | None, Record]:
    """One vote per user per answer, the latest counts: {user pseudonym: that user's latest
    feedback record} from the feedback records of ONE answer (any order; the highest id wins).
    Votes without a user (the local CLI) count as one user."""
    latest: dict[str | None, Record] = {}
    for rec in feedback:
        if rec.get("event") != "feedback" or rec.get("value") not in FEEDBACK_VALUES:
            continue
        user = rec.get("user_pseudonym")
        if user not in latest or int(rec["id"]) > int(latest[user]["id"]):
            latest[user] = rec
    return latest


KEYSET_PAGE = 500


def keyset_pages(fetch: Callable[[int, int], list[Record]]) -> Iterator[Record]:
    """Every record `fetch(after_id, limit)` returns, page by page in id order (keyset paging:
    each page is one short query, so no lock or connection is held across a yield)."""
    last_id = 0
    while True:
        page = fetch(last_id, KEYSET_PAGE)
        if not page:
            return
        yield from page
        last_id = page[-1]["id"]
