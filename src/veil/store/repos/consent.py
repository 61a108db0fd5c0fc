"""The consent ledger: append and read events. Never updates, never commits."""

from __future__ import annotations

import uuid

from sqlalchemy import select
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
        return [
            ConsentEvent(
                subject=SubjectId(row.subject_id),
                purpose=Purpose(row.purpose),
                granted=row.granted,
                notice_version=row.notice_version,
                method=ConsentMethod(row.method),
                at=row.at,
                id=row.id,
            )
            for row in self._session.execute(query).scalars()
        ]
