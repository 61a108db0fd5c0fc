"""The request register, export jobs and processing restrictions. Never commits.

Statuses are written only through ``set_status`` / ``set_export_status``, which the rights
service calls from its single transition function.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from veil.domain.errors import NotFound, ProcessingRestricted
from veil.domain.purposes import Purpose
from veil.domain.requests import (
    Channel,
    ExportJob,
    ExportStatus,
    Jurisdiction,
    RequestKind,
    RequestStatus,
    Restrictions,
    RightsRequest,
    processing_allowed,
)
from veil.store.models import ExportRow, ProcessingRestrictionRow, RightsRequestRow


def _request(row: RightsRequestRow) -> RightsRequest:
    return RightsRequest(
        id=row.id,
        subject=row.subject_id,
        kind=RequestKind(row.kind),
        status=RequestStatus(row.status),
        channel=Channel(row.channel),
        jurisdiction=Jurisdiction(row.jurisdiction),
        received_at=row.received_at,
        due_at=row.due_at,
        extended=row.extended,
        completed_at=row.completed_at,
        evidence=row.evidence,
    )


def _export(row: ExportRow) -> ExportJob:
    return ExportJob(
        id=row.id,
        subject=row.subject_id,
        request_id=row.request_id,
        status=ExportStatus(row.status),
        progress_done=row.progress_done,
        progress_total=row.progress_total,
        size_bytes=row.size_bytes,
        created_at=row.created_at,
        finished_at=row.finished_at,
        expires_at=row.expires_at,
    )


class RequestRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, request: RightsRequest) -> None:
        self._session.add(
            RightsRequestRow(
                id=request.id,
                subject_id=request.subject,
                kind=request.kind.value,
                status=request.status.value,
                channel=request.channel.value,
                jurisdiction=request.jurisdiction.value,
                received_at=request.received_at,
                due_at=request.due_at,
                extended=request.extended,
                completed_at=request.completed_at,
                evidence=request.evidence,
                updated_at=request.received_at,
            )
        )
        self._session.flush()

    def get(self, request_id: uuid.UUID, *, lock: bool = False) -> RightsRequest:
        query = select(RightsRequestRow).where(RightsRequestRow.id == request_id)
        row = self._session.scalar(query.with_for_update() if lock else query)
        if row is None:
            raise NotFound("no such request")
        return _request(row)

    def set_status(self, request: RightsRequest, at: datetime) -> None:
        """Persist the status, deadline, completion and evidence fields of ``request``."""
        self._session.execute(
            update(RightsRequestRow)
            .where(RightsRequestRow.id == request.id)
            .values(
                status=request.status.value,
                due_at=request.due_at,
                extended=request.extended,
                completed_at=request.completed_at,
                evidence=request.evidence,
                updated_at=at,
            )
        )

    def list(
        self,
        *,
        status: RequestStatus | None = None,
        subject: uuid.UUID | None = None,
        open_only: bool = False,
        limit: int = 100,
        offset: int = 0,
    ) -> Sequence[RightsRequest]:
        query = select(RightsRequestRow).order_by(RightsRequestRow.due_at, RightsRequestRow.id)
        if status is not None:
            query = query.where(RightsRequestRow.status == status.value)
        if subject is not None:
            query = query.where(RightsRequestRow.subject_id == subject)
        if open_only:
            closed = [RequestStatus.COMPLETED.value, RequestStatus.REJECTED.value]
            query = query.where(RightsRequestRow.status.not_in(closed))
        rows = self._session.scalars(query.limit(limit).offset(offset))
        return [_request(row) for row in rows]


class ExportRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(self, job: ExportJob) -> None:
        self._session.add(
            ExportRow(
                id=job.id,
                subject_id=job.subject,
                request_id=job.request_id,
                status=job.status.value,
                progress_done=0,
                progress_total=0,
                created_at=job.created_at,
                expires_at=job.expires_at,
            )
        )
        self._session.flush()

    def _row(self, export_id: uuid.UUID) -> ExportRow:
        row = self._session.get(ExportRow, export_id)
        if row is None:
            raise NotFound("no such export")
        return row

    def get(self, export_id: uuid.UUID) -> ExportJob:
        return _export(self._row(export_id))

    def set_status(
        self, export_id: uuid.UUID, status: ExportStatus, *, finished_at: datetime | None = None
    ) -> None:
        values: dict[str, object] = {"status": status.value}
        if finished_at is not None:
            values["finished_at"] = finished_at
        self._session.execute(update(ExportRow).where(ExportRow.id == export_id).values(values))

    def set_progress(self, export_id: uuid.UUID, done: int, total: int) -> None:
        self._session.execute(
            update(ExportRow)
            .where(ExportRow.id == export_id)
            .values(progress_done=done, progress_total=total)
        )

    def set_file(self, export_id: uuid.UUID, sealed_key: bytes | None, size: int | None) -> None:
        self._session.execute(
            update(ExportRow)
            .where(ExportRow.id == export_id)
            .values(file_key=sealed_key, size_bytes=size)
        )

    def file_key(self, export_id: uuid.UUID) -> bytes | None:
        return self._row(export_id).file_key

    def set_token(self, export_id: uuid.UUID, token_hash: bytes, expires_at: datetime) -> None:
        self._session.execute(
            update(ExportRow)
            .where(ExportRow.id == export_id)
            .values(token_hash=token_hash, token_expires_at=expires_at)
        )

    def consume_token(self, token_hash: bytes, now: datetime) -> uuid.UUID | None:
        """Spend a download token once: the export's id, or None if unknown, used or expired."""
        row = self._session.scalar(select(ExportRow).where(ExportRow.token_hash == token_hash))
        if row is None or row.token_expires_at is None or row.token_expires_at <= now:
            return None
        result = self._session.execute(
            update(ExportRow)
            .where(ExportRow.id == row.id, ExportRow.token_hash == token_hash)
            .values(token_hash=None, token_expires_at=None, downloaded_at=now)
        )
        return row.id if getattr(result, "rowcount", 0) == 1 else None

    def existing(self, export_ids: Sequence[uuid.UUID]) -> Sequence[ExportJob]:
        if not export_ids:
            return []
        query = select(ExportRow).where(ExportRow.id.in_(list(export_ids)))
        return [_export(row) for row in self._session.scalars(query)]

    def ids_for_subject(self, subject: uuid.UUID) -> list[uuid.UUID]:
        """Ids only: erasure must not depend on parsing anything else in the rows."""
        query = select(ExportRow.id).where(ExportRow.subject_id == subject)
        return list(self._session.scalars(query))

    def for_subject(self, subject: uuid.UUID) -> Sequence[ExportJob]:
        query = select(ExportRow).where(ExportRow.subject_id == subject).order_by(ExportRow.id)
        return [_export(row) for row in self._session.scalars(query)]

    def unfinished_before(self, cutoff: datetime) -> Sequence[ExportJob]:
        """Jobs still pending or running that were created before ``cutoff``."""
        unfinished = [ExportStatus.PENDING.value, ExportStatus.RUNNING.value]
        query = select(ExportRow).where(
            ExportRow.status.in_(unfinished), ExportRow.created_at < cutoff
        )
        return [_export(row) for row in self._session.scalars(query)]

    def delete(self, export_id: uuid.UUID) -> None:
        self._session.execute(delete(ExportRow).where(ExportRow.id == export_id))


class RestrictionRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, subject: uuid.UUID) -> Restrictions:
        row = self._session.get(ProcessingRestrictionRow, subject)
        if row is None:
            return Restrictions()
        return Restrictions(restricted=row.restricted, training_objection=row.training_objection)

    def put(self, subject: uuid.UUID, restrictions: Restrictions, at: datetime) -> None:
        row = self._session.get(ProcessingRestrictionRow, subject)
        if row is None:
            row = ProcessingRestrictionRow(subject_id=subject)
            self._session.add(row)
        row.restricted = restrictions.restricted
        row.training_objection = restrictions.training_objection
        row.updated_at = at
        self._session.flush()


def may_process(session: Session, subject: uuid.UUID, purpose: Purpose) -> bool:
    """THE check other services call before processing a subject's data for ``purpose``:
    False while the subject has restricted processing (or objected, for training)."""
    return processing_allowed(RestrictionRepository(session).get(subject), purpose)


def ensure_may_process(session: Session, subject: uuid.UUID, purpose: Purpose) -> None:
    """``may_process`` that refuses: ``ProcessingRestricted`` (403) when it is False."""
    if not may_process(session, subject, purpose):
        raise ProcessingRestricted("the data subject has restricted this processing")
