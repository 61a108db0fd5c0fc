from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import veil


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"VEIL_DATA_DIR": str(tmp_path / "var")}


def test_version(env: dict[str, str]) -> None:
    result = veil("version", env=env)
    assert result.returncode == 0
    assert result.stdout.startswith("veil ")


def test_db_upgrade_creates_the_sqlite_file(env: dict[str, str], tmp_path: Path) -> None:
    result = veil("db", "upgrade", env=env)
    assert result.returncode == 0, result.stderr
    assert "upgraded" in result.stdout
    assert (tmp_path / "var" / "veil.db").is_file()
    assert (tmp_path / "var").stat().st_mode & 0o077 == 0
    again = veil("db", "upgrade", env=env)
    assert "already current" in again.stdout


def test_config_show_masks_secrets(env: dict[str, str]) -> None:
    env = {**env, "VEIL_KEYS__LOCAL__PASSPHRASE": "CANARY-passphrase-value"}
    result = veil("config", "show", env=env)
    assert result.returncode == 0
    assert "CANARY-passphrase-value" not in result.stdout
    assert "**********" in result.stdout


def test_invalid_configuration_is_one_line(env: dict[str, str]) -> None:
    result = veil("serve", env={**env, "VEIL_SERVER__PORT": "not-a-port"})
    assert result.returncode == 78
    assert result.stderr.count("\n") == 1
    assert "server.port" in result.stderr
    assert "Traceback" not in result.stderr


def test_serve_refuses_an_out_of_date_schema(env: dict[str, str]) -> None:
    result = veil("serve", env=env)
    assert result.returncode == 75
    assert "veil db upgrade" in result.stderr
    assert result.stderr.count("\n") == 1


def test_unreachable_database_is_one_line(env: dict[str, str]) -> None:
    env = {**env, "VEIL_DATABASE__URL": "postgresql://veil@127.0.0.1:1/veil"}
    result = veil("serve", env=env)
    assert result.returncode == 69
    assert result.stderr.strip() == (
        "veil: error: the database could not be reached [database_unavailable]"
    )
