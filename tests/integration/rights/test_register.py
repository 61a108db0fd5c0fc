from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.integration.rights.conftest import Rig
from veil.domain.audit import Actor, ActorKind
from veil.domain.errors import Conflict, NotFound, ProcessingRestricted
from veil.domain.ids import new_subject_id
from veil.domain.purposes import Purpose
from veil.domain.requests import Channel, Jurisdiction, RequestEvent, RequestKind, RequestStatus
from veil.rights.service import RequestService
from veil.store.models import AuditRecord
from veil.store.repos.rights import ensure_may_process, may_process

STAFF = Actor(ActorKind.STAFF, "dpo-1")


def test_filing_sets_the_gdpr_due_date_and_audits(rig: Rig) -> None:
    subject = new_subject_id()
    request = rig.requests.file(subject, RequestKind.ACCESS, channel=Channel.STAFF, actor=STAFF)
    assert request.status is RequestStatus.RECEIVED and request.jurisdiction is Jurisdiction.GDPR
    assert request.due_at.month != request.received_at.month or request.due_at.day == 1
    assert rig.requests.get(request.id) == request


def test_transitions_follow_the_table_and_each_is_audited(rig: Rig) -> None:
    subject = new_subject_id()
    request = rig.requests.file(
        subject, RequestKind.RECTIFICATION, channel=Channel.STAFF, actor=STAFF
    )
    started = rig.requests.transition(request.id, RequestEvent.START, actor=STAFF)
    extended = rig.requests.transition(request.id, RequestEvent.EXTEND, actor=STAFF)
    assert extended.extended and extended.due_at > started.due_at
    done = rig.requests.transition(request.id, RequestEvent.COMPLETE, actor=STAFF, evidence="fixed")
    assert done.status is RequestStatus.COMPLETED and done.completed_at and done.evidence == "fixed"
    with pytest.raises(Conflict):
        rig.requests.transition(request.id, RequestEvent.START, actor=STAFF)
    with rig.runtime.database.read() as session:
        rows = session.execute(
            select(AuditRecord.action, AuditRecord.details, AuditRecord.actor_id)
            .where(AuditRecord.resource == f"request:{request.id}")
            .order_by(AuditRecord.seq)
        ).all()
    assert [r.action for r in rows] == [
        "rights.request.file", "rights.request.start", "rights.request.extend",
        "rights.request.complete",
    ]  # fmt: skip
    assert all(r.actor_id == "dpo-1" for r in rows)
    assert '"from":"extended"' in rows[-1].details


def test_unknown_request_is_not_found(rig: Rig) -> None:
    with pytest.raises(NotFound):
        rig.requests.get(new_subject_id())


def test_listing_flags_overdue_and_filters(rig: Rig) -> None:
    past = datetime(2020, 1, 1, tzinfo=UTC)
    old = RequestService(rig.runtime.database, rig.audit, Jurisdiction.CCPA, clock=lambda: past)
    subject = new_subject_id()
    late = old.file(subject, RequestKind.ERASURE, channel=Channel.STAFF, actor=STAFF)
    assert late.due_at == past + timedelta(days=45)
    fresh = rig.requests.file(subject, RequestKind.ACCESS, channel=Channel.STAFF, actor=STAFF)
    now = datetime.now(UTC)
    listed = rig.requests.list(open_only=True)
    assert [r.id for r in listed] == [late.id, fresh.id]
    assert listed[0].overdue(now) and not listed[1].overdue(now)
    rig.requests.transition(fresh.id, RequestEvent.REJECT, actor=STAFF)
    assert [r.id for r in rig.requests.list(open_only=True)] == [late.id]
    assert [r.id for r in rig.requests.list(status=RequestStatus.REJECTED)] == [fresh.id]
    assert len(rig.requests.list(subject=subject)) == 2
    assert rig.requests.list(subject=new_subject_id()) == []


def test_restriction_and_objection_are_reversible_and_checked_in_one_place(rig: Rig) -> None:
    subject = new_subject_id()
    me = Actor(ActorKind.SUBJECT, str(subject))
    service = rig.restrictions
    assert service.may_process(subject, Purpose.MODEL_TRAINING)
    service.set_training_objection(subject, True, actor=me)
    assert not service.may_process(subject, Purpose.MODEL_TRAINING)
    assert service.may_process(subject, Purpose.SERVICE)
    service.set_restricted(subject, True, actor=me)
    with rig.runtime.database.read() as session:
        assert not may_process(session, subject, Purpose.SERVICE)
        with pytest.raises(ProcessingRestricted):
            ensure_may_process(session, subject, Purpose.SERVICE)
    assert service.set_restricted(subject, True, actor=me).restricted  # no-op repeat
    service.set_restricted(subject, False, actor=me)
    service.set_training_objection(subject, False, actor=me)
    assert service.current(subject).restricted is False
    assert service.may_process(subject, Purpose.MODEL_TRAINING)
    kinds = [r.kind for r in rig.requests.list(subject=subject)]
    assert sorted(kinds) == [RequestKind.OBJECTION, RequestKind.RESTRICTION]
    with rig.runtime.database.read() as session:
        actions = list(
            session.scalars(
                select(AuditRecord.action).where(AuditRecord.action.like("rights.%.%t"))
            )
        )
    assert actions == [
        "rights.objection.set", "rights.restriction.set", "rights.restriction.lift",
        "rights.objection.lift",
    ]  # fmt: skip
