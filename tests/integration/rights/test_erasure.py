from __future__ import annotations

import uuid

import pytest
from sqlalchemy import MetaData, select

from tests.integration.rights.conftest import NOTES, TAGS, Rig, sign_up
from tests.privacy.rows import plant
from veil.domain.audit import Actor, ActorKind
from veil.domain.errors import (
    AuthenticationRequired,
    ConfigurationError,
    Conflict,
    InvalidCredentials,
    SubjectErased,
)
from veil.domain.ids import new_subject_id
from veil.domain.requests import Channel, RequestKind, RequestStatus
from veil.rights import receipts
from veil.rights.erasure import ErasureService
from veil.runtime import Runtime
from veil.store.base import Base
from veil.store.models import AuditRecord
from veil.store.repos.subject_data import SubjectDataRepository

SUBJECT_ACTOR = Actor(ActorKind.SUBJECT, "self")


def seed_everything(rig: Rig, username: str) -> uuid.UUID:
    """An account with rows in every table the rig knows, through public interfaces."""
    subject = sign_up(rig.runtime, username)
    rig.add_notes(subject, 5)
    job = rig.exports.start(subject, actor=SUBJECT_ACTOR)
    rig.exports.run(job.id)
    rig.restrictions.set_training_objection(subject, True, actor=SUBJECT_ACTOR)
    plant_the_rest(rig, subject)
    return subject


def plant_the_rest(rig: Rig, subject: uuid.UUID) -> None:
    """Tables no public interface above has filled (e.g. chat's, or any added later) get a
    generic row each (``tests/privacy/rows.py``), so the walk below covers them too."""
    counts = remaining(rig, subject)
    empty = MetaData()
    for table in rig_tables(rig):
        if not counts[table.name] and not table.survives_erasure:
            table.table.to_metadata(empty)
    with rig.runtime.database.unit_of_work() as session:
        plant(session, rig.sealers(session), rig.registry, empty, subject)


def remaining(rig: Rig, subject: uuid.UUID) -> dict[str, int]:
    with rig.runtime.database.read() as session:
        return SubjectDataRepository(session, rig.registry, rig.metadata).remaining(subject)


def test_erasure_walks_every_registry_table_and_leaves_no_row(rig: Rig) -> None:
    subject = seed_everything(rig, "walker")
    bystander = seed_everything(rig, "bystander")
    before, bystander_before = remaining(rig, subject), remaining(rig, bystander)
    erasable = {t.name for t in rig_tables(rig) if not t.survives_erasure}
    assert all(before[name] > 0 for name in erasable), before  # the walk is meaningful

    result = rig.erasure.erase_account(subject, actor=SUBJECT_ACTOR)

    after = remaining(rig, subject)
    for table in rig_tables(rig):
        if table.survives_erasure:
            continue
        assert after[table.name] == 0, table.name
    survivors = {name for name, count in after.items() if count}
    assert survivors == {"audit_log", "rights_requests"}  # pseudonymous proof, no content
    untouched = remaining(rig, bystander)
    assert untouched == bystander_before | {"audit_log": untouched["audit_log"]}
    assert result.deleted[NOTES] == 5 and result.deleted[TAGS] == 5
    assert {"accounts", "auth_tokens", "recovery_codes", "privacy_settings",
            "consent_events"} <= set(result.deleted)  # fmt: skip
    assert not rig.files.stored() or all(
        rig.exports.status(bystander, e).subject == bystander for e in rig.files.stored()
    )


def rig_tables(rig: Rig) -> list:  # type: ignore[type-arg]
    with rig.runtime.database.read() as session:
        return SubjectDataRepository(session, rig.registry, rig.metadata).tables


def test_shred_makes_data_unreadable_before_rows_are_deleted(rig: Rig) -> None:
    subject = new_subject_id()
    note_id = rig.add_notes(subject, 1)[0]
    rig.erasure.shred(subject, actor=SUBJECT_ACTOR)
    notes = rig.metadata.tables[NOTES]
    with rig.runtime.database.read() as session:
        blob = session.execute(select(notes.c.body)).scalar_one()
        with pytest.raises(SubjectErased):
            rig.sealers(session).open(subject, notes.c.body, note_id, blob)  # type: ignore[arg-type]
    with pytest.raises(SubjectErased):  # and no late write can resurrect the subject
        rig.add_notes(subject, 1)


def test_receipt_is_signed_verifiable_and_free_of_content(rig: Rig) -> None:
    subject = new_subject_id()
    rig.add_notes(subject, 3)
    result = rig.erasure.erase_account(subject, actor=SUBJECT_ACTOR)
    body = result.receipt["receipt"]
    assert body["tables"][NOTES] == 3 and body["rows"] >= 6 and body["key_shredded"]
    assert "user.content.private.special_category" in body["categories"]
    text = str(result.receipt)
    assert str(subject) not in text and "note 0" not in text
    assert receipts.verify(result.receipt, rig.signer.public_key()).valid
    request = rig.requests.get(result.request_id)
    assert request.status is RequestStatus.COMPLETED
    assert request.evidence == f"receipt:{body['receipt_id']}"


def test_erasure_is_audited_without_naming_content(rig: Rig) -> None:
    subject = new_subject_id()
    rig.add_notes(subject, 2)
    rig.erasure.erase_account(subject, actor=SUBJECT_ACTOR)
    with rig.runtime.database.read() as session:
        actions = list(session.scalars(select(AuditRecord.action).order_by(AuditRecord.seq)))
    assert actions[-5:] == [
        "rights.request.file",
        "rights.request.start",
        "keys.shred",
        "rights.request.complete",
        "rights.erase",
    ]


def test_staff_filed_request_is_carried_through_and_repeat_is_refused(rig: Rig) -> None:
    subject = new_subject_id()
    rig.add_notes(subject, 1)
    staff = Actor(ActorKind.STAFF, "dpo-1")
    request = rig.requests.file(subject, RequestKind.ERASURE, channel=Channel.STAFF, actor=staff)
    result = rig.erasure.erase_account(subject, actor=staff, request_id=request.id)
    assert result.request_id == request.id
    with pytest.raises(Conflict):  # completed: nothing more to do
        rig.erasure.erase_account(subject, actor=staff, request_id=request.id)
    other = rig.requests.file(subject, RequestKind.ACCESS, channel=Channel.STAFF, actor=staff)
    with pytest.raises(Conflict):
        rig.erasure.erase_account(subject, actor=staff, request_id=other.id)


def test_an_interrupted_erasure_finishes_when_run_again(rig: Rig) -> None:
    subject = new_subject_id()
    rig.add_notes(subject, 2)
    request_id, erasure, _ = rig.erasure.shred(subject, actor=SUBJECT_ACTOR)  # crash after step 1
    result = rig.erasure.erase_account(subject, actor=SUBJECT_ACTOR, request_id=request_id)
    assert result.erasure.already_erased and result.erasure.journal_id == erasure.journal_id
    assert remaining(rig, subject)[NOTES] == 0


def test_runtime_erasure_covers_the_real_tables(runtime) -> None:  # type: ignore[no-untyped-def]
    subject = new_subject_id()
    rights = runtime.rights
    rights.restrictions.set_restricted(subject, True, actor=SUBJECT_ACTOR)
    result = rights.erasure.erase_account(subject, actor=SUBJECT_ACTOR)
    assert result.deleted == {"processing_restrictions": 1}
    assert receipts.verify(result.receipt, rights.receipts.public_key()).valid


def test_own_account_erasure_needs_the_passphrase(rig: Rig) -> None:
    subject = sign_up(rig.runtime, "forgetme", "tangerine harbor whispers softly")
    principal = rig.runtime.sessions.authenticate(
        rig.runtime.sessions.log_in(
            "forgetme", "tangerine harbor whispers softly", address=None
        ).secret
    )
    with pytest.raises(InvalidCredentials):
        rig.erasure.erase_own_account(principal, "wrong passphrase entirely here")
    assert remaining(rig, subject)["accounts"] == 1
    result = rig.erasure.erase_own_account(principal, "tangerine harbor whispers softly")
    assert result.deleted["accounts"] == 1
    with pytest.raises(AuthenticationRequired):
        rig.runtime.sessions.authenticate("anything")
    (request,) = rig.requests.list(subject=subject)
    assert request.status is RequestStatus.COMPLETED and request.channel is Channel.SELF_SERVICE


def test_erasure_without_accounts_service_refuses_self_service(rig: Rig) -> None:
    bare = ErasureService(
        rig.runtime.database, rig.runtime.keys, rig.requests, audit=rig.audit,
        registry=rig.registry, signer=rig.signer, files=rig.files,
    )  # fmt: skip
    principal = rig.runtime.sessions.authenticate(
        rig.runtime.sessions.log_in(*_user(rig, "bareuser"), address=None).secret
    )
    with pytest.raises(ConfigurationError):
        bare.erase_own_account(principal, "velvet otter sings at dawn")


def _user(rig: Rig, name: str) -> tuple[str, str]:
    sign_up(rig.runtime, name)
    return name, "velvet otter sings at dawn"


def test_erasure_covers_every_sealed_table_of_the_schema(runtime: Runtime) -> None:
    """Generic over ``Base.metadata``: a row with a canary in every sealed column of every
    table (tables added later included), then the runtime's erasure leaves none of them."""
    subject = new_subject_id()
    with runtime.database.unit_of_work() as session:
        planted = plant(session, runtime.sealers(session), runtime.registry, Base.metadata, subject)
    with runtime.database.read() as session:
        repo = SubjectDataRepository(session, runtime.registry)
        before = repo.remaining(subject)
    assert all(before[name] >= 1 for name in planted.rows if name in before), before
    runtime.rights.erasure.erase_account(subject, actor=SUBJECT_ACTOR)
    with runtime.database.read() as session:
        repo = SubjectDataRepository(session, runtime.registry)
        after = {t.name: repo.count(t, subject) for t in repo.tables if not t.survives_erasure}
    assert set(after.values()) == {0}, after
    assert set(planted.rows) <= set(after) | {"audit_log", "rights_requests"}
