"""What every channel says about 👍/👎: the reason choices a 👎 offers and the reply that tells the
leader exactly what was recorded (`recorded_text`).

One vote per user per answer: every click is kept in the audit log and the user's latest vote
counts (`AuditStore.stats`), so a second click changes the vote — the reply says so. A 👎 may
carry one of `bot.audit.store.FEEDBACK_REASONS` and a short comment; the service checks the
comment like a question and drops it when it carries personal data (`FeedbackReceipt`).
"""

from __future__ import annotations

from .audit.store import FEEDBACK_REASONS, MAX_FEEDBACK_COMMENT
from .service import FeedbackReceipt

# The fixed choices a 👎 offers, in this order (labels are Danish: users are).
REASON_LABELS: dict[str, str] = {
    "wrong_source": "Kilden eller siden passer ikke",
    "not_relevant": "Svaret handler ikke om mit spørgsmål",
    "incomplete": "Svaret mangler noget vigtigt",
    "unclear": "Svaret er svært at forstå",
    "other": "Andet",
}
assert tuple(REASON_LABELS) == FEEDBACK_REASONS  # one list of reasons, kept by the audit store

COMMENT_MAX_CHARS = MAX_FEEDBACK_COMMENT
REASON_PROMPT = "Vil du fortælle, hvad der var galt? Det er frivilligt."
COMMENT_HINT = "Skriv ingen navne eller andre personoplysninger."
UNKNOWN_ANSWER = (
    "Jeg kunne ikke finde det svar, knappen hører til, så intet er registreret. Stil gerne spørgsmålet igen."
)

_VOTE = {"up": "👍 (svaret var nyttigt)", "down": "👎 (svaret var ikke nyttigt)"}
_OTHER = {"up": "👎", "down": "👍"}


def reason_label(reason: str | None) -> str | None:
    """The Danish label of a reason code, None for no or an unknown code."""
    return REASON_LABELS.get(reason) if reason else None


def parse_reason(raw: object) -> str | None:
    """A reason code from a form value, None when empty or not one of ours (never an error: the
    reason is optional)."""
    return raw if isinstance(raw, str) and raw in REASON_LABELS else None


def clip_comment(raw: object) -> str | None:
    """A comment from a form value: stripped, at most COMMENT_MAX_CHARS, None when empty."""
    if not isinstance(raw, str) or not raw.strip():
        return None
    return raw.strip()[:COMMENT_MAX_CHARS]


def recorded_text(value: str, receipt: FeedbackReceipt, reason: str | None = None) -> str:
    """The reply after a vote: what was recorded (vote, reason, whether the comment was kept),
    and that a click on the other button changes it."""
    if receipt.audit_id is None:  # the audit log is unavailable and not required: nothing was kept
        return "Tak for din feedback. Den kunne ikke gemmes lige nu, fordi revisionsloggen ikke er tilgængelig."
    text = f"Tak – registreret: {_VOTE.get(value, value)}"
    label = reason_label(reason)
    if label:
        text += f", begrundelse: »{label}«"
    text += "."
    if receipt.comment_kept:
        text += " Din kommentar er gemt."
    elif receipt.comment_refused:
        text += " Din kommentar er ikke gemt, fordi den så ud til at indeholde personoplysninger."
    return text + f" Kun din seneste stemme tæller: klik på {_OTHER.get(value, 'den anden knap')} for at ændre den."
