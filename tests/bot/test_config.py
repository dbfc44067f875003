"""bot.config: every setting built in one place from the environment, as documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import SettingsError, load_config
from retrieval.settings import REPO_ROOT


def test_env_example_documents_every_variable_and_defaults_cleanly() -> None:
    from dotenv import dotenv_values

    example = REPO_ROOT / ".env.example"
    values = dotenv_values(example)
    source = (REPO_ROOT / "bot" / "config.py").read_text(encoding="utf-8")
    wanted = {"LEDELSESBOT_" + n for n in re.findall(r'p \+ "([A-Z_]+)"', source)}
    wanted |= set(re.findall(r'env\.get\("(SLACK_[A-Z_]+)"', source))
    wanted |= set(re.findall(r'_(?:optional|bool)\(env, "([A-Z_]+)"', source))  # Teams (the SDK's names)
    wanted |= {"LEDELSESBOT_AUDIT_DB", "LEDELSESBOT_DATABASE_URL"}
    assert len(wanted) >= 25, wanted  # the patterns above still find the variables
    assert wanted - set(values) == set()
    lines = example.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):  # every variable has a comment right above it
        if re.match(r"^[A-Z_]+=", line):
            assert lines[i - 1].startswith("#"), line
    # the file as shipped (all empty) gives the defaults
    env = {k: v or "" for k, v in values.items()}
    assert load_config(env) == load_config({})


def test_every_concern_gets_its_own_settings(tmp_path: Path) -> None:
    cfg = load_config(
        {
            "LEDELSESBOT_DATA_DIR": str(tmp_path),
            "LEDELSESBOT_TOP_K": "5",
            "LEDELSESBOT_AUDIT_REQUIRED": "nej",
            "SLACK_BOT_TOKEN": " xoxb-1 ",
            "LEDELSESBOT_ADMIN_USER_IDS": "U1, U2,",
            "LEDELSESBOT_LOG_LEVEL": "info",
            "CLIENT_ID": "app",
            "TENANT_ID": " ",
            "DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS": "ja",
        }
    )
    assert cfg.core.index_dir == tmp_path.resolve() / "index" and cfg.core.top_k == 5
    assert cfg.audit.location == str(tmp_path.resolve() / "audit.sqlite3") and cfg.audit.required is False
    assert cfg.slack.bot_token == "xoxb-1" and cfg.slack.admin_user_ids == ("U1", "U2")
    assert cfg.slack.state_db == tmp_path.resolve() / "slack-events.sqlite3" and not cfg.slack.socket_mode
    assert cfg.teams.client_id == "app" and cfg.teams.tenant_id is None and cfg.teams.allow_unauthenticated
    assert cfg.log_level == "INFO"
    # The core knows nothing about chat platforms or the audit log.
    assert not any(name.startswith(("slack", "audit", "pseudonym", "escalation")) for name in vars(cfg.core))


def test_audit_location_as_path_or_url(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite3"
    assert load_config({"LEDELSESBOT_AUDIT_DB": str(db)}).audit.location == str(db)
    assert load_config({"LEDELSESBOT_DATABASE_URL": f"sqlite:///{db}"}).audit.location == str(db)
    url = "postgresql://bot@127.0.0.1:5433/audit"
    assert load_config({"LEDELSESBOT_DATABASE_URL": url}).audit.location == url  # open_store decides
    for env, needle in (
        ({"LEDELSESBOT_AUDIT_DB": str(db), "LEDELSESBOT_DATABASE_URL": f"sqlite:///{db}"}, "ikke begge"),
        ({"LEDELSESBOT_DATABASE_URL": "sqlite://"}, "sqlite:///"),
        ({"LEDELSESBOT_DATABASE_URL": "audit.sqlite3"}, "URL"),
    ):
        with pytest.raises(SettingsError, match=needle):
            load_config(env)


@pytest.mark.parametrize(
    "env, variable",
    [
        ({"LEDELSESBOT_TOP_K": "11"}, "LEDELSESBOT_TOP_K"),
        ({"LEDELSESBOT_EMBED_THREADS": "to"}, "LEDELSESBOT_EMBED_THREADS"),
        ({"LEDELSESBOT_AUDIT_REQUIRED": "måske"}, "LEDELSESBOT_AUDIT_REQUIRED"),
        ({"LEDELSESBOT_LOG_LEVEL": "LOUD"}, "LEDELSESBOT_LOG_LEVEL"),
        ({"DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS": "maybe"}, "DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS"),
        ({"LEDELSESBOT_SLACK_CLAIM_LEASE_S": "0"}, "LEDELSESBOT_SLACK_CLAIM_LEASE_S"),
        ({"LEDELSESBOT_SLACK_CLAIM_LEASE_S": "301"}, "LEDELSESBOT_SLACK_CLAIM_LEASE_S"),
        ({"LEDELSESBOT_SLACK_CLAIM_LEASE_S": "et halvt minut"}, "LEDELSESBOT_SLACK_CLAIM_LEASE_S"),
    ],
)
def test_unusable_values_name_the_variable(env: dict[str, str], variable: str) -> None:
    with pytest.raises(SettingsError, match=variable):
        load_config(env)


def test_a_postgres_url_moves_the_audit_log_and_the_shared_state() -> None:
    url = "postgresql://bot:pw@db.example:5432/ledelsesbot"
    cfg = load_config({"LEDELSESBOT_DATABASE_URL": url})
    assert cfg.audit.location == url and cfg.slack.state_url == url
    sqlite = load_config({"LEDELSESBOT_DATABASE_URL": "sqlite:////tmp/a.sqlite3"})
    assert sqlite.slack.state_url == "" and sqlite.audit.location == "/tmp/a.sqlite3"


def test_the_claim_lease_is_a_slack_setting() -> None:
    assert load_config({}).slack.claim_lease_s == 30
    assert load_config({"LEDELSESBOT_SLACK_CLAIM_LEASE_S": " 5 "}).slack.claim_lease_s == 5
