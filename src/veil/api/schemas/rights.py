"""Request and response bodies of the rights endpoints (never ORM rows)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import BaseModel, Field

from veil.domain.requests import ExportJob, Restrictions, RightsRequest


class ExportOut(BaseModel):
    id: uuid.UUID
    status: str = Field(description="pending, running, ready, failed or expired")
    progress_done: int
    progress_total: int
    size_bytes: int | None
    created_at: datetime
    finished_at: datetime | None
    expires_at: datetime
    download_url: str | None = Field(
        default=None, description="when ready: single-use, expires in minutes"
    )

    @classmethod
    def of(cls, job: ExportJob, download_url: str | None = None) -> ExportOut:
        return cls(
            id=job.id, status=job.status.value, progress_done=job.progress_done,
            progress_total=job.progress_total, size_bytes=job.size_bytes,
            created_at=job.created_at, finished_at=job.finished_at, expires_at=job.expires_at,
            download_url=download_url,
        )  # fmt: skip


class ReceiptOut(BaseModel):
    receipt: dict[str, Any]
    signature: dict[str, str]


class RestrictionsOut(BaseModel):
    restricted: bool
    training_objection: bool

    @classmethod
    def of(cls, value: Restrictions) -> RestrictionsOut:
        return cls(restricted=value.restricted, training_objection=value.training_objection)


class RequestOut(BaseModel):
    """Register metadata for staff: never content."""

    id: uuid.UUID
    subject: uuid.UUID
    kind: str
    status: str
    channel: str
    jurisdiction: str
    received_at: datetime
    due_at: datetime
    extended: bool
    overdue: bool
    completed_at: datetime | None
    evidence: str | None

    @classmethod
    def of(cls, request: RightsRequest, now: datetime) -> RequestOut:
        return cls(
            id=request.id, subject=request.subject, kind=request.kind.value,
            status=request.status.value, channel=request.channel.value,
            jurisdiction=request.jurisdiction.value, received_at=request.received_at,
            due_at=request.due_at, extended=request.extended, overdue=request.overdue(now),
            completed_at=request.completed_at, evidence=request.evidence,
        )  # fmt: skip


class PublicKeyOut(BaseModel):
    alg: str
    key_id: str
    public_key: str
