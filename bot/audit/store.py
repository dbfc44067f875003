"""The audit store contract: what the service, the auditors' CLI and a web view may use.

Every backend (SQLite today; PostgreSQL next) implements `AuditStore`, raises `AuditError` with
a `kind` for every storage problem, and builds its records with `records.py` and its hash chain
with `chain.py`, so what is stored and how it is verified is the same on every backend. What a
record holds and why is described in docs/audit.md.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import Any, Protocol, TextIO, TypedDict, runtime_checkable

from retrieval.models import Answer

EVENT_TYPES = (
    "question_answered",
    "no_answer",
    "refused",
    "feedback",
    "escalated",
    "index_published",
    "purged",
    "auditor_access",
)
STATUSES = ("answered", "no_answer", "refused")
CHANNELS = ("cli", "slack", "teams")
FEEDBACK_VALUES = ("up", "down")
# Why an answer got 👎 (a fixed choice the channel offers; stored in the feedback's `detail`).
FEEDBACK_REASONS = ("wrong_source", "not_relevant", "incomplete", "unclear", "other")
# Longest free-text comment kept with a feedback (it is guarded and masked like a question).
MAX_FEEDBACK_COMMENT = 500
EXPORT_FORMATS = ("csv", "jsonl")
# Events that are "a question" (what feedback and escalations refer to; the auditors' list).
QUESTION_EVENTS = ("question_answered", "no_answer", "refused")

# Public shape of one record as returned by get/list/export (no salt: it is an internal
# secret of the digest and is deleted by purge).
RECORD_FIELDS = (
    "id",
    "ts",
    "event",
    "status",
    "reason",
    "channel",
    "user_pseudonym",
    "question",
    "reply",
    "citations",
    "index_version",
    "embedder_id",
    "latency_ms",
    "decision_request",
    "refusal_category",
    "ref_id",
    "value",
    "detail",
    "purged_at",
    "conversation",
    "follows_id",
    "text_digest",
    "content_hash",
    "prev_hash",
    "row_hash",
)

Record = dict[str, Any]
# A date means that whole UTC day (inclusive bounds).
When = date | datetime


class AuditErrorKind(StrEnum):
    """What kind of storage problem an AuditError is; callers branch on this, never on text."""

    LOCKED = "locked"  # another process holds the database
    READ_ONLY = "read_only"  # the file or its directory cannot be written
    DISK_FULL = "disk_full"
    CORRUPT = "corrupt"  # the database is damaged
    NOT_AN_AUDIT_LOG = "not_an_audit_log"  # the location holds something else
    MISSING = "missing"  # reading a log that does not exist (reading never creates one)
    UNAVAILABLE = "unavailable"  # cannot be opened or used for another reason, or closed
    CONFIG = "config"  # the configured location or backend cannot be used

    @property
    def danish(self) -> str:
        """A short Danish description (also safe to show a chat user: no path, no detail)."""
        return _DESCRIPTIONS[self][0]

    @property
    def english(self) -> str:
        """A short English description."""
        return _DESCRIPTIONS[self][1]


_DESCRIPTIONS = {
    AuditErrorKind.LOCKED: ("databasen er låst af en anden proces", "database is locked by another process"),
    AuditErrorKind.READ_ONLY: ("filen eller mappen er skrivebeskyttet", "file or directory is read-only"),
    AuditErrorKind.DISK_FULL: ("disken er fuld", "disk is full"),
    AuditErrorKind.CORRUPT: ("filen er beskadiget", "file is damaged"),
    AuditErrorKind.NOT_AN_AUDIT_LOG: ("filen er ikke en gyldig revisionslog", "file is not a valid audit log"),
    AuditErrorKind.MISSING: ("revisionsloggen findes ikke", "audit log does not exist"),
    AuditErrorKind.UNAVAILABLE: ("revisionsloggen kan ikke bruges", "audit log cannot be used"),
    AuditErrorKind.CONFIG: ("opsætningen af revisionsloggen er ugyldig", "audit log configuration is invalid"),
}


class AuditError(Exception):
    """The audit log cannot be opened, written or read.

    `kind` says what kind of problem it is. The message is short, bilingual (Danish / English)
    and never contains question or reply text — only the location and the kind of problem.
    """

    def __init__(self, kind: AuditErrorKind, message: str) -> None:
        super().__init__(message)
        self.kind = kind


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of `AuditStore.verify`.

    `count` is the number of records checked, `first_broken_id` the id of the first record
    that does not verify (for a deleted record: the first id after the gap), `head_hash` the
    `row_hash` of the last record (auditors note it down to anchor the chain).
    """

    ok: bool
    count: int
    first_broken_id: int | None
    message: str
    head_id: int | None = None
    head_hash: str | None = None


@dataclass(frozen=True)
class ChainHead:
    """The newest record of the chain: what `audit anchor` writes to an external sink."""

    id: int
    row_hash: str
    ts: str


@dataclass(frozen=True)
class QuestionQuery:
    """Filters of the auditors' question list (`AuditStore.query_questions`); every field is
    optional and they combine with AND. Only question records (QUESTION_EVENTS) match.

    `since`/`until` are inclusive like everywhere in the store (a date is a whole UTC day; the
    web view passes datetimes for Copenhagen days). `statuses`: answered / no_answer / refused.
    `refusal_category`, `channel`: exact values. `feedback_down`: at least one user's latest
    vote on the answer is 👎 ("one vote per user per answer: the latest counts").
    `escalated`: at least one escalation refers to it. `decision_request`: the flag.
    """

    since: When | None = None
    until: When | None = None
    statuses: tuple[str, ...] = ()
    refusal_category: str | None = None
    channel: str | None = None
    feedback_down: bool = False
    escalated: bool = False
    decision_request: bool | None = None


@dataclass(frozen=True)
class QuestionRow:
    """One question record with what refers to it, as the auditors' list shows it.

    `feedback_up`/`feedback_down` count users whose latest vote is 👍/👎; `escalations` the
    escalation records that refer to the question."""

    record: Record
    feedback_up: int = 0
    feedback_down: int = 0
    escalations: int = 0


@dataclass(frozen=True)
class QuestionPage:
    """A page of `query_questions`: `total` matching questions, `rows` newest first."""

    total: int
    rows: list[QuestionRow]


class AuditStats(TypedDict):
    """`AuditStore.stats`: counts for auditors (questions = answered + no_answer + refused)."""

    questions: int
    counts: dict[str, int]  # per status
    shares: dict[str, float]  # per status, 0..1
    per_day: list[tuple[str, int]]  # (YYYY-MM-DD, questions)
    refusal_categories: list[tuple[str, int]]
    top_articles: list[tuple[str, str, int]]  # (issue, article, citations)
    top_pages: list[tuple[str, int, int]]  # (issue, page, citations)
    feedback: dict[str, int]  # up / down: each user's latest vote per answer
    escalations: int
    decision_requests: int


@runtime_checkable
class AuditStore(Protocol):
    """An append-only, hash-chained log of questions, answers, refusals, feedback,
    escalations and index publications. Thread-safe; every method raises AuditError on a
    storage problem. `status` filters match a status (answered/no_answer/refused) or an event
    type; `article` is a case-insensitive substring of a cited article's title."""

    # -- writing (each returns the new record's id once it is durable) ----------------------
    def record_answer(
        self,
        answer: Answer,
        question: str,
        *,
        channel: str,
        user_id: str | None,
        conversation: str | None = None,
        follows: int | None = None,
    ) -> int:
        """Log a reply; a refusal keeps category, reason, channel, pseudonym and time only.

        `question` is stored as given: callers pass it with likely identifiers masked
        (`Answer.logged_question`). `conversation` is the platform's id of the thread (stored
        as a keyed pseudonym, like user ids); `follows` is the audit id of the turn this one
        follows in that thread."""
        ...

    def record_feedback(
        self,
        audit_id: int,
        value: str,
        *,
        channel: str,
        user_id: str | None,
        conversation: str | None = None,
        reason: str | None = None,
        comment: str | None = None,
    ) -> int:
        """Log 👍/👎 ("up"/"down") on an answered or not-covered question.

        ValueError when `audit_id` is not such a record, or when the record belongs to another
        conversation than `conversation` (a forged or misplaced button). One vote per user per
        answer: every vote is kept (append-only), the user's latest one counts in `stats`.
        `reason` is one of FEEDBACK_REASONS; `comment` a short text the caller has guarded and
        masked (at most MAX_FEEDBACK_COMMENT characters; purged with the other texts)."""
        ...

    def record_escalation(self, audit_id: int | None, *, channel: str, user_id: str | None, target: str) -> int:
        """Log a request for a human; ValueError when `audit_id` is not a logged question."""
        ...

    def record_index_published(self, version: str, detail: Mapping[str, Any]) -> int:
        """Log that an index version went live (`detail`: JSON, no personal data)."""
        ...

    def purge(self, before: When) -> int:
        """Remove question/reply texts older than `before`, keep the chain verifiable, log a
        `purged` event; return how many records were purged."""
        ...

    # -- reading ----------------------------------------------------------------------------
    def get(self, audit_id: int) -> Record | None:
        """One record (keys: RECORD_FIELDS), or None."""
        ...

    def list_records(
        self,
        *,
        since: When | None = None,
        until: When | None = None,
        status: Sequence[str] | None = None,
        article: str | None = None,
        limit: int | None = None,
    ) -> list[Record]:
        """Records in id order; `limit` keeps the newest N."""
        ...

    def iter_records(
        self,
        *,
        since: When | None = None,
        until: When | None = None,
        status: Sequence[str] | None = None,
        article: str | None = None,
    ) -> Iterator[Record]:
        """Like `list_records`, one by one (large exports)."""
        ...

    def export(
        self,
        out: TextIO,
        fmt: str = "jsonl",
        *,
        since: When | None = None,
        until: When | None = None,
        status: Sequence[str] | None = None,
        article: str | None = None,
    ) -> int:
        """Write records as csv or jsonl (`records.write_export`); return how many."""
        ...

    def stats(self, *, since: When | None = None, until: When | None = None, top: int = 10) -> AuditStats:
        """Summary numbers for auditors."""
        ...

    def count(self) -> int:
        """Number of records."""
        ...

    def verify(self) -> VerifyResult:
        """Recompute the whole chain (`chain.verify_chain`) and report the first broken record."""
        ...

    # -- the auditors' views (web and CLI) ----------------------------------------------------
    def head(self) -> ChainHead | None:
        """The newest record's id, row hash and time (None for an empty log); cheap, no verify."""
        ...

    def query_questions(self, query: QuestionQuery, *, offset: int = 0, limit: int = 50) -> QuestionPage:
        """One page of question records matching `query`, newest first, with the total count and
        each row's feedback/escalation counts. Every value is a bound parameter."""
        ...

    def iter_questions(self, query: QuestionQuery) -> Iterator[QuestionRow]:
        """Every question record matching `query` in id order, with its counts (exports, gaps);
        never holds a lock or a transaction across a yield."""
        ...

    def related(self, audit_id: int) -> list[Record]:
        """The records that refer to question `audit_id` — feedback and escalations (`ref_id`)
        and the follow-up turns of its thread (`follows_id`) — in id order."""
        ...

    def refusal_categories(self) -> list[str]:
        """The distinct refusal categories in the log, sorted (the list page's filter choices)."""
        ...

    def record_access(self, auditor: str, action: str, detail: Mapping[str, Any]) -> int:
        """Log that auditor account `auditor` viewed or exported something (`action`: a page
        name; `detail`: the filter, record id or count — never question or reply text)."""
        ...

    # -- lifecycle --------------------------------------------------------------------------
    def close(self) -> None:
        """Release the connection (idempotent)."""
        ...

    def __enter__(self) -> AuditStore: ...

    def __exit__(self, *exc: object) -> None: ...
