"""Start-up refuses unsafe or wrong keys, with one line and an exit code (real subprocess)."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.cli.helpers import veil


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return {"VEIL_DATA_DIR": str(tmp_path / "var")}


@pytest.fixture
def installed(env: dict[str, str], tmp_path: Path) -> Path:
    result = veil("db", "upgrade", env=env)
    assert result.returncode == 0, result.stderr
    return tmp_path / "var" / "kek.key"


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_first_upgrade_creates_a_private_key_file(installed: Path) -> None:
    assert installed.stat().st_size == 32
    assert stat.S_IMODE(installed.stat().st_mode) == 0o600


def test_refuses_a_key_file_readable_by_others(installed: Path, env: dict[str, str]) -> None:
    os.chmod(installed, 0o644)
    result = veil("db", "upgrade", env=env)
    assert result.returncode == 69
    assert "chmod 600" in one_line(result.stderr)


def test_refuses_a_missing_key_with_encrypted_data(installed: Path, env: dict[str, str]) -> None:
    installed.unlink()
    result = veil("serve", env=env)
    assert result.returncode == 69
    assert "missing" in one_line(result.stderr)
    assert not installed.exists()


def test_refuses_a_different_key(installed: Path, env: dict[str, str]) -> None:
    installed.write_bytes(os.urandom(32))
    result = veil("db", "upgrade", env=env)
    assert result.returncode == 78
    assert "[key_mismatch]" in one_line(result.stderr)


def test_refuses_an_unknown_key_provider(env: dict[str, str]) -> None:
    result = veil("db", "upgrade", env={**env, "VEIL_KEYS__PROVIDER": "no-such-provider"})
    assert result.returncode == 78
    assert "unknown key provider" in one_line(result.stderr)
