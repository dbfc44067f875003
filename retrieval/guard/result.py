"""The guard's verdict and the categories it can name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["ALLOWED", "CATEGORIES", "GuardResult", "Reason", "refuse"]

Reason = Literal["personal_data", "sensitive_data"]


@dataclass(frozen=True)
class GuardResult:
    """Outcome of `check`: whether to refuse, the legal kind of data and its category.

    Never holds any part of the checked text, so it is safe to log.
    """

    refused: bool
    reason: Reason | None = None
    category: str | None = None


# category → reason. The one place that decides personal_data vs sensitive_data:
# GDPR art. 9 data, art. 10 data and confidential social/HR case details are sensitive_data;
# identifiers and records are personal_data.
CATEGORIES: dict[str, Reason] = {
    "cpr_number": "personal_data",
    "contact_details": "personal_data",
    "case_record": "personal_data",
    "health": "sensitive_data",
    "union_membership": "sensitive_data",
    "religion": "sensitive_data",
    "ethnicity": "sensitive_data",
    "sexual_orientation": "sensitive_data",
    "political": "sensitive_data",
    "biometric": "sensitive_data",
    "criminal": "sensitive_data",
    "social_case": "sensitive_data",
    "hr_case": "sensitive_data",
    # the learned signal (docs/privacy.md § 4.3): sensitive, category not named by a concept
    "sensitive_detail": "sensitive_data",
    # (round 12) a message that continues one the guard refused in the same thread (docs/privacy.md § 10)
    "thread_context": "personal_data",
}

ALLOWED = GuardResult(False, None, None)


def refuse(category: str) -> GuardResult:
    return GuardResult(True, CATEGORIES[category], category)
