"""The auditors' tamper-evident log: every question, answer, citation, refusal, feedback,
escalation and index publication (policy: docs/audit.md).

    store.py    the contract: AuditStore protocol, AuditError (with a kind), VerifyResult
    chain.py    the hash chain: pure functions, the same for every backend
    records.py  what each event's record holds, pseudonyms, export formats
    sqlite.py   the SQLite backend (default); sqlite_schema.py its named migrations
    postgres.py the PostgreSQL backend (several replicas); postgres_schema.py its migrations

`open_store(settings)` picks the backend from the configured location: a plain path or a
`sqlite:///…` URL → SQLite, `postgresql://…` → PostgreSQL (the `[postgres]` extra).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .store import (
    EVENT_TYPES,
    QUESTION_EVENTS,
    RECORD_FIELDS,
    STATUSES,
    AuditError,
    AuditErrorKind,
    AuditStats,
    AuditStore,
    ChainHead,
    QuestionPage,
    QuestionQuery,
    QuestionRow,
    Record,
    VerifyResult,
)

if TYPE_CHECKING:
    from ..config import AuditSettings

__all__ = [
    "EVENT_TYPES",
    "QUESTION_EVENTS",
    "RECORD_FIELDS",
    "STATUSES",
    "AuditError",
    "AuditErrorKind",
    "AuditStats",
    "AuditStore",
    "ChainHead",
    "QuestionPage",
    "QuestionQuery",
    "QuestionRow",
    "Record",
    "VerifyResult",
    "open_store",
    "sqlite_path",
]

SQLITE_URL_PREFIX = "sqlite:///"
POSTGRES_SCHEMES = ("postgresql", "postgres")


def sqlite_path(location: str | Path) -> Path | None:
    """The file of a SQLite location (a plain path or `sqlite:///path`), None for other URLs."""
    text = str(location)
    if text.startswith(SQLITE_URL_PREFIX):
        return Path(text[len(SQLITE_URL_PREFIX) :])
    if "://" in text:
        return None
    return Path(text)


def open_store(settings: AuditSettings, *, create: bool = True, read_only: bool = False) -> AuditStore:
    """Open the audit store configured in `settings`. With `create=False` a missing log is an
    AuditError(MISSING) (reading never creates one). `read_only=True` is what every auditor
    command and the web view use: never created, never migrated, never written (SQLite
    `mode=ro`; PostgreSQL: the read-only role), and an empty or foreign file is
    AuditError(NOT_AN_AUDIT_LOG). An unknown or not yet available backend is an
    AuditError(CONFIG)."""
    location = str(settings.location)
    path = sqlite_path(location)
    if path is not None and location.strip() and location != SQLITE_URL_PREFIX:
        from .sqlite import SQLiteAuditStore

        return SQLiteAuditStore(path, settings.pseudonym_key, create=create, read_only=read_only)
    scheme = location.split("://", 1)[0].split("+", 1)[0].lower() if "://" in location else ""
    if scheme in POSTGRES_SCHEMES:
        if create and not read_only and not settings.pseudonym_key:
            # A key file per host would give every replica its own pseudonyms.
            raise AuditError(
                AuditErrorKind.CONFIG,
                "LEDELSESBOT_PSEUDONYM_KEY skal sættes, når revisionsloggen er i PostgreSQL / "
                "must be set when the audit log is in PostgreSQL (samme nøgle på alle replikaer / "
                "the same key on every replica)",
            )
        from .postgres import PostgresAuditStore

        return PostgresAuditStore(location, settings.pseudonym_key, create=create, read_only=read_only)
    raise AuditError(
        AuditErrorKind.CONFIG,
        f"Ukendt placering af revisionsloggen / unknown audit log location: {scheme or location!r} "
        "(brug en sti, sqlite:///… eller postgresql://… / use a path, sqlite:///… or postgresql://…)",
    )
