"""`veil rights`, `veil receipt` and `veil retention`, driven in-process through Typer."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from veil.cli.app import build_cli
from veil.domain.audit import Actor, ActorKind
from veil.domain.ids import new_subject_id
from veil.domain.requests import Channel, Jurisdiction, RequestKind
from veil.rights import receipts
from veil.rights.service import RequestService
from veil.runtime import Runtime

STAFF = Actor(ActorKind.STAFF, "dpo-1")


@pytest.fixture
def cli_env(runtime: Runtime, database_url: str, data_dir: Path) -> dict[str, str]:
    return {
        "VEIL_DATA_DIR": str(data_dir),
        "VEIL_DATABASE__URL": database_url,
        "VEIL_ENVIRONMENT": "test",
        "VEIL_LOG__LEVEL": "ERROR",
    }


def invoke(env: dict[str, str], *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(build_cli(), list(args), env=env)
    return result.exit_code, result.output


def test_rights_list_flags_overdue_and_show_gives_metadata(
    runtime: Runtime, cli_env: dict[str, str]
) -> None:
    old = RequestService(
        runtime.database, runtime.audit, Jurisdiction.GDPR,
        clock=lambda: datetime(2020, 1, 1, tzinfo=UTC),
    )  # fmt: skip
    late = old.file(new_subject_id(), RequestKind.ERASURE, channel=Channel.STAFF, actor=STAFF)
    fresh = runtime.rights.requests.file(
        new_subject_id(), RequestKind.ACCESS, channel=Channel.STAFF, actor=STAFF
    )
    code, out = invoke(cli_env, "rights", "list")
    assert code == 0, out
    assert str(late.id) in out and str(fresh.id) in out
    assert "OVERDUE" in out and "2 request(s), 1 overdue" in out
    code, out = invoke(cli_env, "rights", "list", "--overdue")
    assert "1 request(s), 1 overdue" in out and str(fresh.id) not in out
    code, out = invoke(cli_env, "rights", "list", "--all", "--status", "received")
    assert "2 request(s)" in out
    code, out = invoke(cli_env, "rights", "show", str(late.id))
    assert code == 0 and "overdue      yes" in out and "kind         erasure" in out


@pytest.mark.parametrize("bad", ["not-a-uuid", "00000000-0000-0000-0000-000000000000"])
def test_rights_show_unknown_is_one_line(cli_env: dict[str, str], bad: str) -> None:
    code, out = invoke(cli_env, "rights", "show", bad)
    assert code in (65, 66) and out.count("\n") == 1 and "veil: error:" in out


def test_receipt_verify_and_public_key(
    runtime: Runtime, cli_env: dict[str, str], tmp_path: Path
) -> None:
    result = runtime.rights.erasure.erase_account(new_subject_id(), actor=STAFF)
    path = tmp_path / "receipt.json"
    path.write_text(json.dumps(result.receipt))
    code, out = invoke(cli_env, "receipt", "verify", str(path))
    assert code == 0 and out.startswith("valid: receipt"), out
    code, key = invoke(cli_env, "receipt", "public-key")
    assert code == 0 and receipts.decode_key(key) == runtime.rights.receipts.public_key()
    code, out = invoke(cli_env, "receipt", "verify", str(path), "--public-key", key.strip())
    assert code == 0
    tampered = json.loads(path.read_text())
    tampered["receipt"]["rows"] = 999
    path.write_text(json.dumps(tampered))
    code, out = invoke(cli_env, "receipt", "verify", str(path), "--public-key", key.strip())
    assert code == 65 and "invalid receipt" in out
    code, out = invoke(cli_env, "receipt", "verify", str(tmp_path / "missing.json"))
    assert code == 65


def test_retention_run_reports_counts(cli_env: dict[str, str]) -> None:
    code, out = invoke(cli_env, "retention", "run")
    assert code == 0, out
    assert "retention pass done: 0 row(s) in 0 batch(es)" in out
    assert "export_files: 0 removed" in out


def test_staff_file_transition_and_erase(
    runtime: Runtime, cli_env: dict[str, str], tmp_path: Path
) -> None:
    subject = new_subject_id()
    runtime.rights.restrictions.set_restricted(subject, True, actor=STAFF)
    code, out = invoke(cli_env, "rights", "file", str(subject), "access", "--staff", "support-2")
    assert code == 0 and "access received" in out, out
    access_id = out.split()[0]
    code, out = invoke(cli_env, "rights", "transition", access_id, "reject", "--staff", "dpo-1",
                       "--evidence", "unverifiable")  # fmt: skip
    assert code == 0 and "rejected" in out
    code, out = invoke(cli_env, "rights", "transition", access_id, "start", "--staff", "dpo-1")
    assert code != 0 and "[conflict]" in out
    code, out = invoke(cli_env, "rights", "file", str(subject), "erasure", "--staff", "dpo-1")
    erasure_id = out.split()[0]
    receipt_path = tmp_path / "receipt.json"
    code, out = invoke(cli_env, "rights", "erase", erasure_id, "--staff", "dpo-1",
                       "--receipt", str(receipt_path))  # fmt: skip
    assert code == 0 and "erased: 1 row(s) in 1 table(s)" in out, out
    document = json.loads(receipt_path.read_text())
    assert receipts.verify(document, runtime.rights.receipts.public_key()).valid
    assert runtime.rights.restrictions.current(subject).restricted is False
