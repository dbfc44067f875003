"""The `ledelsesbot` group itself: settings from the environment and `.env` (bad values →
exit 2) and the exit-code table."""

from __future__ import annotations

from click.testing import CliRunner

from bot.cli import main
from bot.cli.context import ExitCode, exit_code_for
from bot.service import ServiceError, ServiceErrorKind


def _env(index_dir, tmp_path, **extra: str) -> dict[str, str]:
    return {"LEDELSESBOT_INDEX_DIR": str(index_dir), "LEDELSESBOT_DATA_DIR": str(tmp_path / "data"), **extra}


def test_empty_log_level_from_a_copied_env_example_is_fine(hash_index, tmp_path):
    args = ["--env-file", str(tmp_path / "none.env"), "index", "list"]
    res = CliRunner().invoke(main, args, env=_env(hash_index, tmp_path, LEDELSESBOT_LOG_LEVEL=""))
    assert res.exit_code == 0, res.output
    bad = CliRunner().invoke(main, args, env=_env(hash_index, tmp_path, LEDELSESBOT_LOG_LEVEL="LOUD"))
    assert bad.exit_code == 2 and "LEDELSESBOT_LOG_LEVEL" in bad.stderr


def test_env_file_is_read_by_the_entry_point(hash_index, tmp_path):
    env_file = tmp_path / "test.env"
    env_file.write_text(f"LEDELSESBOT_INDEX_DIR={hash_index}\nLEDELSESBOT_TOP_K=99\n", encoding="utf-8")
    # Both variables unset here, and restored (unset) by the runner after the .env file set them.
    env = {"LEDELSESBOT_TOP_K": None, "LEDELSESBOT_INDEX_DIR": None}
    res = CliRunner().invoke(main, ["--env-file", str(env_file), "index", "list"], env=env)
    assert res.exit_code == 2 and "LEDELSESBOT_TOP_K" in res.stderr  # the value came from the file


def test_exit_code_table() -> None:
    assert [int(c) for c in ExitCode] == [0, 1, 2, 3, 4, 5]
    assert ExitCode.INTEGRITY == 5  # audit verify: broken chain or an anchored head gone
    assert exit_code_for(ServiceError("x", ServiceErrorKind.BAD_INPUT)) == ExitCode.BAD_INPUT
    assert exit_code_for(ServiceError("x", ServiceErrorKind.INDEX_UNAVAILABLE)) == ExitCode.NO_INDEX
    assert exit_code_for(ServiceError("x", ServiceErrorKind.AUDIT_UNAVAILABLE)) == ExitCode.NO_AUDIT
