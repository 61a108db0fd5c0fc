"""An account erased through the rights service after a backup stays erased when that backup
is restored: the journal replay deletes its key and rows again (restored rows never open)."""

from __future__ import annotations

import uuid

from tests.integration.rights.conftest import sign_up
from veil.domain.audit import Actor, ActorKind
from veil.runtime import Runtime
from veil.store.repos.subject_data import SubjectDataRepository

DPO = Actor(ActorKind.STAFF, "dpo-1")


def remaining(runtime: Runtime, subject: uuid.UUID) -> dict[str, int]:
    with runtime.database.read() as session:
        repo = SubjectDataRepository(session, runtime.registry)
        return {t.name: repo.count(t, subject) for t in repo.tables if not t.survives_erasure}


def test_an_erased_account_stays_erased_after_restoring_an_older_backup(runtime: Runtime) -> None:
    gone = sign_up(runtime, "restoregone")
    kept = sign_up(runtime, "restorekept")
    runtime.rights.restrictions.set_training_objection(gone, True, actor=DPO)
    backup = runtime.backups.create(actor=DPO)
    runtime.rights.erasure.erase_account(gone, actor=DPO)
    assert runtime.backups.restore(backup, actor=DPO).replayed == 1
    runtime.envelope.cache.clear()
    assert set(remaining(runtime, gone).values()) == {0}
    assert remaining(runtime, kept)["accounts"] == 1
    principal = runtime.sessions.authenticate(
        runtime.sessions.log_in("restorekept", "velvet otter sings at dawn", address=None).secret
    )
    assert runtime.accounts.profile(principal).username == "restorekept"
