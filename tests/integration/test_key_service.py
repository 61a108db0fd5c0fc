from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from veil.config import Settings
from veil.crypto.keys.base import WrappedKey
from veil.domain.audit import Actor, ActorKind
from veil.domain.errors import KeyMismatch, KeyProviderError
from veil.runtime import Runtime, build
from veil.store.models import AuditRecord, ErasureJournalEntry, InstanceInfo
from veil.store.repos.keys import KeyRepository

DPO = Actor(ActorKind.STAFF, "staff-1")


def journal(runtime: Runtime) -> list[ErasureJournalEntry]:
    with runtime.database.read() as session:
        rows = list(session.scalars(select(ErasureJournalEntry)))
        session.expunge_all()
        return rows


def test_ensure_key_records_a_check_value_and_audits(runtime: Runtime) -> None:
    with runtime.database.read() as session:
        check = KeyRepository(session).instance_fact("kek_check")
        actions = list(session.scalars(select(AuditRecord.action)))
    assert check == runtime.key_provider.check_value()
    assert actions == ["keys.initialise"]
    runtime.keys.ensure_key()  # idempotent on the same key
    assert (runtime.settings.data_dir / "kek.key").exists()


def test_shred_deletes_key_journals_and_audits_without_the_subject_id(runtime: Runtime) -> None:
    subject = uuid.uuid4()
    with runtime.database.unit_of_work() as session:
        runtime.sealers  # noqa: B018  (the factory is wired)
        _, wrapped = runtime.envelope.create(subject)
        KeyRepository(session).add(subject, wrapped)
    erasure = runtime.keys.shred(subject, actor=DPO)
    assert not erasure.already_erased
    with runtime.database.read() as session:
        assert KeyRepository(session).get(subject) is None
        shred = session.scalars(select(AuditRecord).where(AuditRecord.action == "keys.shred")).one()
        session.expunge_all()
    [entry] = journal(runtime)
    assert entry.id == erasure.journal_id
    assert subject.bytes not in entry.subject_tag and str(subject) not in entry.subject_tag.hex()
    assert shred.subject_id is None and str(subject) not in shred.details
    assert shred.resource == f"erasure:{erasure.journal_id}"
    assert (shred.actor_kind, shred.actor_id, shred.purpose) == (
        "staff",
        "staff-1",
        "legal_obligation",
    )
    assert json.loads(shred.details) == {"had_key": True}


def test_shred_is_idempotent(runtime: Runtime) -> None:
    subject = uuid.uuid4()
    first = runtime.keys.shred(subject, actor=DPO)  # a subject that never stored anything
    second = runtime.keys.shred(subject, actor=DPO)
    assert second.already_erased and second.journal_id == first.journal_id
    assert len(journal(runtime)) == 1


def test_shred_rolls_back_with_the_callers_unit_of_work(runtime: Runtime) -> None:
    subject = uuid.uuid4()
    with pytest.raises(RuntimeError), runtime.database.unit_of_work() as session:
        runtime.keys.shred_in(session, subject, actor=DPO)
        raise RuntimeError("deleting the rows failed")
    assert journal(runtime) == []


def fresh(settings_factory: Callable[..., Settings], **overrides: object) -> Runtime:
    return build(settings_factory(**overrides))


def test_start_up_refuses_a_missing_key_once_data_is_encrypted(
    runtime: Runtime, settings_factory: Callable[..., Settings]
) -> None:
    (runtime.settings.data_dir / "kek.key").unlink()
    again = fresh(settings_factory)
    try:
        with pytest.raises(KeyProviderError, match="missing"):
            again.keys.ensure_key()
        assert not (runtime.settings.data_dir / "kek.key").exists()
    finally:
        again.close()


def test_start_up_refuses_a_different_key(
    runtime: Runtime, settings_factory: Callable[..., Settings], tmp_path: Path
) -> None:
    other_key = tmp_path / "other.key"
    other_key.write_bytes(os.urandom(32))
    other_key.chmod(0o600)
    other = fresh(settings_factory, keys={"local": {"key_file": str(other_key)}})
    try:
        with pytest.raises(KeyMismatch, match="not the key this database was encrypted with"):
            other.keys.ensure_key()
    finally:
        other.close()


def test_start_up_refuses_encrypted_data_without_a_check_value(runtime: Runtime) -> None:
    with runtime.database.unit_of_work() as session:
        KeyRepository(session).add(uuid.uuid4(), WrappedKey(b"\x01" * 60, 1))
        session.delete(session.get(InstanceInfo, "kek_check"))
    with pytest.raises(KeyMismatch, match="no key check value"):
        runtime.keys.ensure_key()


def test_a_check_value_can_be_updated(runtime: Runtime) -> None:
    with runtime.database.unit_of_work() as session:
        KeyRepository(session).set_instance_fact("kek_check", "x")
        KeyRepository(session).set_instance_fact("kek_check", "y")
        assert KeyRepository(session).instance_fact("kek_check") == "y"
