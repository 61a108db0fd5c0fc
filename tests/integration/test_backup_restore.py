"""Backups and restores; an erasure after a backup survives restoring that backup.

Runs on SQLite, and on PostgreSQL when ``VEIL_TEST_DATABASE_URL`` is set (pg_dump/psql).
"""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.privacy.rows import Planted, plant
from tests.scratch import SCRATCH_REGISTRY, ScratchAccount, ScratchBase, ScratchNote, with_scratch
from veil.domain.audit import Actor, ActorKind
from veil.domain.errors import BackupError, KeyMismatch, SubjectErased
from veil.runtime import Runtime
from veil.store.models import AuditRecord
from veil.store.subjects import delete_rows

DPO = Actor(ActorKind.STAFF, "dpo-1")


@pytest.fixture
def scratch(runtime: Runtime) -> Runtime:
    return with_scratch(runtime)


def planted(rt: Runtime, subject: uuid.UUID) -> Planted:
    with rt.database.unit_of_work() as session:
        return plant(session, rt.sealers(session), SCRATCH_REGISTRY, ScratchBase.metadata, subject)


def erase(rt: Runtime, subject: uuid.UUID) -> None:
    """What the rights service does: shred, then delete the rows, in one unit of work."""
    with rt.database.unit_of_work() as session:
        rt.keys.shred_in(session, subject, actor=DPO)
        delete_rows(session, rt.keys._tables(), subject)


def open_name(rt: Runtime, subject: uuid.UUID, blob: bytes) -> str:
    with rt.database.read() as session:
        return rt.sealers(session).open_str(subject, ScratchAccount.name, subject, blob)


def rows_of(rt: Runtime, subject: uuid.UUID) -> int:
    with rt.database.read() as session:
        query = (
            select(func.count()).select_from(ScratchNote).where(ScratchNote.subject_id == subject)
        )
        return int(session.scalar(query) or 0)


def name_blob(rt: Runtime, subject: uuid.UUID) -> bytes:
    with rt.database.read() as session:
        return session.execute(
            select(ScratchAccount.name).where(ScratchAccount.id == subject)
        ).scalar_one()


def test_backup_layout_and_last_line(scratch: Runtime) -> None:
    planted(scratch, uuid.uuid4())
    path = scratch.backups.create(actor=DPO)
    manifest = json.loads((path / "manifest.json").read_text())
    data = "veil.db" if scratch.database.dialect == "sqlite" else "veil.sql"
    assert set(manifest["files"]) == {data, "keys/kek.key"}
    assert (path / "keys" / "kek.key").stat().st_mode & 0o077 == 0
    assert path.parent == scratch.settings.data_dir / "backups"
    with scratch.database.read() as session:
        assert (
            session.scalar(select(func.count()).where(AuditRecord.action == "backup.create")) == 1
        )


def test_a_subject_erased_after_the_backup_stays_erased(scratch: Runtime) -> None:
    gone, kept = uuid.uuid4(), uuid.uuid4()
    planted(scratch, gone)
    mine = planted(scratch, kept)
    backup = scratch.backups.create(actor=DPO)
    blob = name_blob(scratch, gone)
    erase(scratch, gone)
    result = scratch.backups.restore(backup, actor=DPO)
    assert result.replayed == 1
    scratch.envelope.cache.clear()
    with pytest.raises(SubjectErased):
        open_name(scratch, gone, blob)  # the restored ciphertext no longer opens
    assert rows_of(scratch, gone) == 0
    assert rows_of(scratch, kept) == 1
    assert (
        open_name(scratch, kept, name_blob(scratch, kept)) == mine.canaries["scratch_accounts.name"]
    )
    with scratch.database.read() as session:
        restored = session.scalar(
            select(func.count()).where(AuditRecord.action == "backup.restore")
        )
    assert restored == 1
    scratch.backups.ensure_no_pending_restore()  # replay done: serving is allowed
    # writing for the erased subject is refused too (the journal is back in the table)
    with pytest.raises(SubjectErased):
        planted(scratch, gone)


def test_replay_recovers_a_journal_line_lost_before_the_file_append(scratch: Runtime) -> None:
    gone = uuid.uuid4()
    planted(scratch, gone)
    backup = scratch.backups.create(actor=DPO)
    erase(scratch, gone)
    scratch.settings.data_dir.joinpath("erasure-journal.jsonl").unlink()  # as if we crashed
    assert scratch.backups.restore(backup, actor=DPO).replayed == 1  # synced from the live DB


def test_the_journal_file_lives_outside_backups(scratch: Runtime) -> None:
    gone = uuid.uuid4()
    planted(scratch, gone)
    erase(scratch, gone)
    journal = scratch.settings.data_dir / "erasure-journal.jsonl"
    line = json.loads(journal.read_text().splitlines()[0])
    assert set(line) == {"id", "erased_at", "tag"} and str(gone) not in journal.read_text()
    backup = scratch.backups.create(actor=DPO)
    assert not list(backup.rglob("*journal*"))


def test_a_missing_key_file_is_restored_from_the_backup(scratch: Runtime) -> None:
    planted(scratch, uuid.uuid4())
    backup = scratch.backups.create(actor=DPO)
    key = scratch.settings.data_dir / "kek.key"
    original = key.read_bytes()
    key.unlink()
    scratch.backups.restore(backup, actor=DPO)
    assert key.read_bytes() == original and key.stat().st_mode & 0o077 == 0


def test_a_different_key_file_is_never_overwritten(scratch: Runtime) -> None:
    backup = scratch.backups.create(actor=DPO)
    key = scratch.settings.data_dir / "kek.key"
    key.write_bytes(os.urandom(32))
    with pytest.raises(BackupError, match="differs"):
        scratch.backups.restore(backup, actor=DPO)
    with pytest.raises(BackupError, match="restore did not finish"):
        scratch.backups.ensure_no_pending_restore()


def test_a_backup_of_another_key_is_refused(scratch: Runtime) -> None:
    backup = scratch.backups.create(actor=DPO)
    manifest = json.loads((backup / "manifest.json").read_text())
    manifest["check"] = "local:" + "0" * 32
    (backup / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(KeyMismatch):
        scratch.backups.restore(backup, actor=DPO)


@pytest.mark.parametrize("damage", ["manifest", "data", "format"])
def test_a_damaged_backup_is_refused(scratch: Runtime, damage: str) -> None:
    backup = scratch.backups.create(actor=DPO)
    manifest_file = backup / "manifest.json"
    if damage == "manifest":
        manifest_file.write_text("{not json")
    elif damage == "format":
        manifest_file.write_text(json.dumps({**json.loads(manifest_file.read_text()), "format": 9}))
    else:
        data = next(p for p in backup.iterdir() if p.name.startswith("veil."))
        data.write_bytes(data.read_bytes() + b"x")
    with pytest.raises(BackupError):
        scratch.backups.restore(backup, actor=DPO)


def test_not_a_backup(scratch: Runtime, tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="not a Veil backup"):
        scratch.backups.restore(tmp_path, actor=DPO)
