"""Defence in depth: mask likely identifiers in a message the guard let through, so the audit
log does not keep them verbatim. What is masked is documented in docs/privacy.md."""

from __future__ import annotations

import re

from .contact import address_spans, email_spans, phone_spans
from .cpr import cpr_spans
from .normalise import normalise
from .people import find_people

__all__ = ["mask_identifiers"]

_DIGITS6 = re.compile(r"\d(?:[ ./_-]?\d){5,}")


def mask_identifiers(text: str, public_names: frozenset[str] = frozenset()) -> str:
    """The normalised message with likely identifiers replaced by placeholders.

    - e-mail addresses (also obfuscated) → ``[e-mail]``
    - phone numbers (Danish, or +-prefixed) → ``[telefon]``
    - street addresses → ``[adresse]``
    - CPR numbers and any run of six or more digits (separators allowed) → ``[nummer]``
    - names and initials of people who are not public people from the magazine → ``[navn]``

    Public people from the magazine keep their names. Organisation phone numbers and mailboxes
    are masked too: the mask errs on the side of hiding.
    """
    text = normalise(text)
    spans: list[tuple[int, int, str]] = []
    spans += [(s, e, "[e-mail]") for s, e, _ in email_spans(text)]
    spans += [(s, e, "[telefon]") for s, e, _ in phone_spans(text)]
    spans += [(s, e, "[adresse]") for s, e, _ in address_spans(text)]
    spans += [(s, e, "[nummer]") for s, e in cpr_spans(text)]
    spans += [(m.start(), m.end(), "[nummer]") for m in _DIGITS6.finditer(text)]
    spans += [(m.start, m.end, "[navn]") for m in find_people(text, public_names) if not m.public]
    # Earliest first, longest first; drop spans that overlap one already taken.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out: list[str] = []
    pos = 0
    for s, e, label in spans:
        if s < pos:
            continue
        out.append(text[pos:s])
        out.append(label)
        pos = e
    out.append(text[pos:])
    return "".join(out)
