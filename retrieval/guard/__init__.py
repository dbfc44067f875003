"""Sensitive-data guard: refuse messages that carry personal or sensitive data about a person.

Runs before retrieval and before anything is logged. The rule (docs/privacy.md):

(a) a direct identifier of a private person — a CPR number in any written form, a private
    phone number, a private e-mail address or a street address — refuses whatever else the
    message says;
(b) a reference to an identifiable private individual (name, initials, nickname, or a unique
    role at a named place) together with something sensitive about them (GDPR art. 9/10 data,
    Datatilsynet's list incl. sick days and social problems, personnel-case details) refuses;
(c) a pasted case record or a case number about someone refuses.

Keywords without an identifiable person never refuse. People named in the magazine are public
in this context unless the message places them as the asker's employee, colleague, citizen or
patient; public office holders are public by their title.

Modules: normalise (one spelling for matching), cpr, contact (phone, e-mail, address),
lexicon (name and word data, loaded once), tokens, wordsets and patterns (closed word classes
and context patterns), context, roles and people (who is referred to), concepts and sensitive
(detail concepts and their matching), couples (a same-sex couple by first names), origin
(ethnic/national origin from CLDR/countryinfo/dictionary data), health (health vocabulary by
body system and condition type), learned (the OR-signals over the query embedding), actions
(the decision detector's action concept), rule (`check`), masking (`mask_identifiers`), public
(allow-list), refusal (`refusal_text`).

Privacy of the guard itself: nothing here logs, and no exception or result carries any part of
the input text. `GuardResult` holds only a flag, a reason and a category.
"""

from __future__ import annotations

from typing import Any

from .learned import Embedding, learned_embedder_id
from .masking import mask_identifiers
from .public import public_names_from_corpus
from .refusal import _EXAMPLE_DA, _EXAMPLE_EN, _WHAT_DA, _WHAT_EN, refusal_text
from .result import CATEGORIES, GuardResult, Reason
from .rule import check

__all__ = [
    "CATEGORIES",
    "Embedding",
    "GuardResult",
    "Reason",
    "check",
    "learned_embedder_id",
    "mask_identifiers",
    "public_names_from_corpus",
    "refusal_text",
]

# The refusal wording tables, for tests that check the reply never echoes the input.
_ = (_WHAT_DA, _WHAT_EN, _EXAMPLE_DA, _EXAMPLE_EN)


def __getattr__(name: str) -> Any:
    # FIRST_NAMES is loaded lazily: importing the guard must not read the name data.
    if name == "FIRST_NAMES":
        from .lexicon import lexicon

        return lexicon().first_names
    raise AttributeError(name)
