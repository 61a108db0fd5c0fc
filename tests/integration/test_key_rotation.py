"""KEK rotation with resumable re-wrap, and per-subject DEK rotation, on every provider."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, cast

import pytest
from sqlalchemy import func, select, update

from tests.keyproviders import keys_settings, openbao, provider_name, transit
from tests.privacy.rows import Planted, plant
from tests.scratch import SCRATCH_REGISTRY, ScratchBase, ScratchNote, with_scratch
from veil.config import Settings
from veil.domain.audit import Actor, ActorKind
from veil.domain.errors import DecryptionFailed, SubjectErased
from veil.runtime import Runtime, build
from veil.store.models import AuditRecord
from veil.store.repos.keys import KeyRepository
from veil.store.sealed import Column as SealedColumn

__all__ = ["keys_settings", "openbao", "provider_name", "transit"]
STAFF = Actor(ActorKind.STAFF, "ops-1")


@pytest.fixture
def settings(settings_factory: Callable[..., Settings], keys_settings: dict[str, Any]) -> Settings:
    return settings_factory(keys=keys_settings)


@pytest.fixture
def scratch(runtime: Runtime) -> Runtime:
    return with_scratch(runtime)


def planted(rt: Runtime, subject: uuid.UUID) -> Planted:
    with rt.database.unit_of_work() as session:
        return plant(session, rt.sealers(session), SCRATCH_REGISTRY, ScratchBase.metadata, subject)


def read_all(rt: Runtime, subject: uuid.UUID) -> dict[str, str]:
    found: dict[str, str] = {}
    with rt.database.read() as session:
        sealer = rt.sealers(session)
        for table in ScratchBase.metadata.sorted_tables:
            owner = table.c.id if table.name == "scratch_accounts" else table.c.subject_id
            for row in session.execute(select(table).where(owner == subject)).mappings():
                for column in ("name", "body", "title"):
                    if column in row and row[column] is not None:
                        found[f"{table.name}.{column}"] = sealer.open_str(
                            subject, cast(SealedColumn, table.c[column]), row["id"], row[column]
                        )
    return found


def actions(rt: Runtime, action: str) -> int:
    with rt.database.read() as session:
        query = select(func.count()).select_from(AuditRecord).where(AuditRecord.action == action)
        return int(session.scalar(query) or 0)


def test_kek_rotation_rewraps_in_resumable_batches(scratch: Runtime) -> None:
    subjects = [uuid.uuid4() for _ in range(7)]
    plants = {s: planted(scratch, s) for s in subjects}
    assert scratch.keys.status().deks_by_kek_version == {1: 7}
    assert scratch.keys.rotate_kek(actor=STAFF) == 2
    assert scratch.keys.status().pending_rewrap == 7
    assert scratch.keys.rewrap_batch(actor=STAFF, batch_size=3) == 3  # then "interrupted"
    status = scratch.keys.status()
    assert status.pending_rewrap == 4 and status.deks_by_kek_version == {1: 4, 2: 3}
    while scratch.keys.rewrap_batch(actor=STAFF, batch_size=3):
        pass
    assert scratch.keys.status().deks_by_kek_version == {2: 7}
    scratch.envelope.cache.clear()
    for subject in subjects:
        assert read_all(scratch, subject) == plants[subject].canaries
    assert actions(scratch, "keys.rotate_kek") == 1 and actions(scratch, "keys.rewrap") == 3


def test_a_running_process_follows_a_rotation_made_elsewhere(
    scratch: Runtime, settings: Settings
) -> None:
    other = build(settings)  # another process, started before the rotation
    other.keys.ensure_key()
    try:
        subject = uuid.uuid4()
        planted(scratch, subject)
        scratch.keys.rotate_kek(actor=STAFF)
        while scratch.keys.rewrap_batch(actor=STAFF):
            pass
        served = with_scratch(other)
        assert read_all(served, subject)  # unwraps the re-wrapped DEK
        newcomer = uuid.uuid4()
        planted(served, newcomer)  # and wraps new DEKs under the new version
        with other.database.read() as session:
            stored = KeyRepository(session).get(newcomer)
        assert stored is not None and stored[0].kek_version == 2
    finally:
        other.close()


def test_rotate_subject_reencrypts_their_rows_under_a_new_dek(scratch: Runtime) -> None:
    subject, bystander = uuid.uuid4(), uuid.uuid4()
    mine, theirs = planted(scratch, subject), planted(scratch, bystander)
    with scratch.database.read() as session:
        before = session.execute(
            select(ScratchNote.body).where(ScratchNote.subject_id == subject)
        ).scalar_one()
        old = KeyRepository(session).get(subject)
    result = scratch.keys.rotate_subject(subject, actor=STAFF)
    assert result.dek_version == 2 and result.values_resealed == len(mine.canaries) == 3
    scratch.envelope.cache.clear()
    assert read_all(scratch, subject) == mine.canaries
    assert read_all(scratch, bystander) == theirs.canaries
    with scratch.database.read() as session:
        after = session.execute(
            select(ScratchNote.body).where(ScratchNote.subject_id == subject)
        ).scalar_one()
        stored = KeyRepository(session).get(subject)
        event_subject = session.scalars(
            select(AuditRecord.subject_id).where(AuditRecord.action == "keys.rotate_dek")
        ).one()
    assert after != before and stored is not None and old is not None
    assert stored[1] == 2 and stored[0] != old[0]
    assert event_subject == subject
    # the old ciphertext no longer opens: its DEK is gone
    with scratch.database.read() as session, pytest.raises(DecryptionFailed):
        note_id = session.execute(
            select(ScratchNote.id).where(ScratchNote.subject_id == subject)
        ).scalar_one()
        scratch.sealers(session).open(subject, ScratchNote.body, note_id, before)


def test_rotate_subject_is_all_or_nothing(scratch: Runtime) -> None:
    subject = uuid.uuid4()
    planted(scratch, subject)
    with scratch.database.unit_of_work() as session:
        session.execute(update(ScratchNote).where(ScratchNote.subject_id == subject)
                        .values(body=b"\x01" + b"\x00" * 40))  # fmt: skip
    with scratch.database.read() as session:
        old = KeyRepository(session).get(subject)
    with pytest.raises(DecryptionFailed):
        scratch.keys.rotate_subject(subject, actor=STAFF)
    with scratch.database.read() as session:
        assert KeyRepository(session).get(subject) == old
    assert actions(scratch, "keys.rotate_dek") == 0


def test_rotate_subject_refuses_an_erased_subject(scratch: Runtime) -> None:
    subject = uuid.uuid4()
    planted(scratch, subject)
    scratch.keys.shred(subject, actor=STAFF)
    with pytest.raises(SubjectErased):
        scratch.keys.rotate_subject(subject, actor=STAFF)
