"""The consent ledger: append and read events. Never updates, never commits."""

from __future__ import annotations

import uuid

from sqlalchemy import ScalarSelect, select
from sqlalchemy.orm import Session

from veil.domain.consent import ConsentEvent, ConsentMethod
from veil.domain.ids import SubjectId
from veil.domain.purposes import Purpose
from veil.store.models.consent import ConsentEventRow


class ConsentRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def append(self, event: ConsentEvent) -> None:
        self._session.add(
            ConsentEventRow(
                id=event.id,
                subject_id=event.subject,
                purpose=event.purpose.value,
                granted=event.granted,
                notice_version=event.notice_version,
                method=event.method.value,
                at=event.at,
            )
        )
        self._session.flush()

    def events(self, subject: uuid.UUID) -> list[ConsentEvent]:
        """Every event of ``subject``, oldest first."""
        query = (
            select(ConsentEventRow)
            .where(ConsentEventRow.subject_id == subject)
            .order_by(ConsentEventRow.at, ConsentEventRow.id)
        )
        return [_event(row) for row in self._session.execute(query).scalars()]

    def latest_for(self, subject: uuid.UUID, purpose: Purpose) -> ConsentEvent | None:
        """The newest event of one purpose (its live answer): one index seek."""
        query = select(ConsentEventRow).where(ConsentEventRow.id == _newest(subject, purpose))
        row = self._session.execute(query).scalar_one_or_none()
        return None if row is None else _event(row)

    def latest(self, subject: uuid.UUID) -> dict[Purpose, ConsentEvent]:
        """The newest event of each purpose: one query, one index seek per purpose."""
        newest = [_newest(subject, purpose) for purpose in Purpose]
        query = select(ConsentEventRow).where(ConsentEventRow.id.in_(newest))
        found = (_event(row) for row in self._session.execute(query).scalars())
        return {event.purpose: event for event in found}


def _newest(subject: uuid.UUID, purpose: Purpose) -> ScalarSelect[uuid.UUID]:
    return (
        select(ConsentEventRow.id)
        .where(ConsentEventRow.subject_id == subject, ConsentEventRow.purpose == purpose.value)
        .order_by(ConsentEventRow.at.desc(), ConsentEventRow.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _event(row: ConsentEventRow) -> ConsentEvent:
    return ConsentEvent(
        subject=SubjectId(row.subject_id),
        purpose=Purpose(row.purpose),
        granted=row.granted,
        notice_version=row.notice_version,
        method=ConsentMethod(row.method),
        at=row.at,
        id=row.id,
    )
