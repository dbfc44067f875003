"""Platform-free result types shared by the answer core and every chat adapter."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Status = Literal["answered", "no_answer", "refused"]
Reason = Literal["not_covered", "personal_data", "sensitive_data"]


@dataclass(frozen=True)
class Citation:
    """One quoted sentence or two that stands verbatim on a printed page of an issue."""

    issue: str  # e.g. "01/2024"
    article: str  # article title exactly as in the corpus manifest
    page: int  # printed page number
    quote: str
    score: float
    # Link to the printed page (LEDELSESBOT_SOURCE_URL filled in; None without a template, or
    # when the template needs a PDF page the issue does not have).
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Answer:
    """What the core returns for one question; adapters only render it.

    `text` is the reply exactly as posted. `refusal_category` is the guard's category
    (e.g. "cpr_number", "health"); it is never the detected value.
    """

    status: Status
    text: str
    reason: Reason | None = None
    decision_request: bool = False
    citations: list[Citation] = field(default_factory=list)
    audit_id: int | None = None
    refusal_category: str | None = None
    index_version: str | None = None
    embedder_id: str | None = None
    latency_ms: float | None = None
    english: bool = False
    # Thread reading (not part of the `ask --json` contract): whether the question was read as a
    # follow-up of its thread, and what was searched (the thread's next topic).
    followup: bool = False
    searched_as: str | None = None

    def to_json(self, id: Any = None) -> dict[str, Any]:
        """The stable `ask --json` contract (keys and order fixed)."""
        return {
            "id": id,
            "status": self.status,
            "reason": self.reason,
            "decision_request": self.decision_request,
            "text": self.text,
            "citations": [c.to_dict() for c in self.citations],
            "audit_id": self.audit_id,
        }
