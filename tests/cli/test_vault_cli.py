"""`veil keys|audit|backup` end to end through the real command (subprocess)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.cli.helpers import veil
from tests.keyproviders import openbao
from tests.openbao import RunningBao

__all__ = ["openbao"]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environment = {"VEIL_DATA_DIR": str(tmp_path / "var")}
    assert veil("db", "upgrade", env=environment).returncode == 0
    return environment


def test_keys_rotate_status_and_resume(env: dict[str, str]) -> None:
    result = veil("keys", "rotate", "--no-progress", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "0 data keys re-wrapped under KEK version 2"
    status = veil("keys", "status", env=env)
    assert "KEK version: 2" in status.stdout and "pending re-wrap: 0" in status.stdout
    assert (Path(env["VEIL_DATA_DIR"]) / "kek.key.v2").exists()


def test_keys_rotate_subject_input_and_erased(env: dict[str, str]) -> None:
    bad = veil("keys", "rotate-subject", "not-a-uuid", env=env)
    assert bad.returncode == 65 and "UUID" in bad.stderr
    unknown = veil("keys", "rotate-subject", "00000000-0000-4000-8000-000000000001", env=env)
    assert unknown.returncode == 1 and "[subject_erased]" in unknown.stderr


def test_audit_commands(env: dict[str, str]) -> None:
    point = veil("audit", "checkpoint", env=env)
    assert point.returncode == 0 and point.stdout.startswith("checkpoint seq=2 ")
    key = veil("audit", "public-key", env=env)
    assert len(bytes.fromhex(key.stdout.strip())) == 32
    ok = veil("audit", "verify", env=env)
    assert ok.returncode == 0 and ok.stdout.startswith("audit log intact: 2 records")
    db = sqlite3.connect(Path(env["VEIL_DATA_DIR"]) / "veil.db")
    with db:
        db.execute("DROP TRIGGER audit_log_no_update")
        db.execute("UPDATE audit_log SET action = 'x' WHERE seq = 2")
    db.close()
    broken = veil("audit", "verify", env=env)
    assert broken.returncode == 65
    assert broken.stderr.strip() == (
        "veil: error: audit log broken at seq 2: record altered (hash mismatch) "
        "[audit_chain_broken]"
    )


def test_backup_create_then_restore(env: dict[str, str]) -> None:
    created = veil("backup", "create", env=env)
    assert created.returncode == 0, created.stderr
    path = Path(created.stdout.strip().splitlines()[-1])
    assert (path / "manifest.json").is_file()
    restored = veil("backup", "restore", str(path), env=env)
    assert restored.returncode == 0, restored.stderr
    assert "0 erased subjects re-erased" in restored.stdout
    (Path(env["VEIL_DATA_DIR"]) / "restore-pending").write_text("x")
    refused = veil("serve", env=env)
    assert refused.returncode == 74 and "[backup_error]" in refused.stderr


def test_keys_rotate_and_audit_on_a_real_openbao(tmp_path: Path, openbao: RunningBao) -> None:
    """The vault provider end to end against OpenBao's transit engine (Vault's API): set up,
    sign a checkpoint with the derived signing key, rotate the KEK, verify the chain."""
    env = {
        "VEIL_DATA_DIR": str(tmp_path / "var"),
        "VEIL_KEYS__PROVIDER": "vault",
        "VEIL_KEYS__VAULT__URL": openbao.url,
        "VEIL_KEYS__VAULT__TOKEN": openbao.token,
        "VEIL_KEYS__VAULT__KEY_NAME": "veil-cli-e2e",
    }
    assert veil("db", "upgrade", env=env).returncode == 0
    assert veil("audit", "checkpoint", env=env).returncode == 0
    rotated = veil("keys", "rotate", "--no-progress", env=env)
    assert rotated.returncode == 0, rotated.stderr
    assert rotated.stdout.strip().splitlines()[-1].endswith("under KEK version 2")
    assert "KEK version: 2" in veil("keys", "status", env=env).stdout
    verified = veil("audit", "verify", env=env)
    assert verified.returncode == 0 and verified.stdout.startswith("audit log intact"), (
        verified.stderr
    )
    wrong = veil("keys", "status", env=env | {"VEIL_KEYS__VAULT__TOKEN": "not-the-token"})
    assert wrong.returncode != 0 and "veil: error:" in wrong.stderr
    assert "not-the-token" not in wrong.stderr
