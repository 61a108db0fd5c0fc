"""`veil admin create`: the only way staff accounts come to be (real subprocess)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.helpers import veil

GOOD = "velvet otter sings at dawn"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = {"VEIL_DATA_DIR": str(tmp_path / "var")}
    assert veil("db", "upgrade", env=environment).returncode == 0
    return environment


def test_create_a_staff_account(env: dict[str, str]) -> None:
    result = veil(
        "admin", "create", "--role", "dpo", "--username", "dpo_one", "--passphrase-stdin",
        env=env, stdin=GOOD + "\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("created dpo account ")
    assert GOOD not in result.stdout + result.stderr


def test_the_passphrase_prompt_reads_twice(env: dict[str, str]) -> None:
    result = veil(
        "admin", "create", "--role", "support", "--username", "helper_one",
        env=env, stdin=f"{GOOD}\n{GOOD}\n",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "created support account" in result.stdout


def test_taken_username_is_one_line(env: dict[str, str]) -> None:
    args = ("admin", "create", "--role", "admin", "--username", "root_one", "--passphrase-stdin")
    assert veil(*args, env=env, stdin=GOOD + "\n").returncode == 0
    again = veil(*args, env=env, stdin=GOOD + "\n")
    assert again.returncode == 73
    assert again.stderr.strip() == "veil: error: this username is taken [conflict]"


def test_weak_passphrase_is_refused_with_reasons(env: dict[str, str]) -> None:
    result = veil(
        "admin", "create", "--role", "admin", "--username", "root_one", "--passphrase-stdin",
        env=env, stdin="password123\n",
    )  # fmt: skip
    assert result.returncode == 65
    assert "common" in result.stderr
    assert result.stderr.count("\n") == 1


def test_user_role_is_not_a_staff_role(env: dict[str, str]) -> None:
    result = veil(
        "admin", "create", "--role", "user", "--username", "someone", "--passphrase-stdin",
        env=env, stdin=GOOD + "\n",
    )  # fmt: skip
    assert result.returncode == 2
    assert "admin, dpo, support" in result.stderr
