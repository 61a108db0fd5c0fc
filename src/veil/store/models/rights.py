"""The rights request register, export jobs and processing restrictions.

``rights_requests`` is proof of compliance: it holds pseudonymous ids, codes and times
only, and outlives the subject's erasure (``Retention.REQUEST_REGISTER``), so it has no
foreign key to the account. Export files live on disk, encrypted under a per-export file
key that is itself sealed under the subject's DEK (``file_key``).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Boolean, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from veil.store.base import Base, utcnow


class RightsRequestRow(Base):
    __tablename__ = "rights_requests"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(index=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)
    channel: Mapped[str] = mapped_column(String(16))
    jurisdiction: Mapped[str] = mapped_column(String(8))
    received_at: Mapped[datetime]
    due_at: Mapped[datetime]
    extended: Mapped[bool] = mapped_column(Boolean, default=False)
    completed_at: Mapped[datetime | None]
    evidence: Mapped[str | None] = mapped_column(String(128))  # e.g. "receipt:<journal id>"
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class ExportRow(Base):
    __tablename__ = "rights_exports"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(index=True)
    request_id: Mapped[uuid.UUID | None]
    status: Mapped[str] = mapped_column(String(16))
    progress_done: Mapped[int] = mapped_column(Integer, default=0)
    progress_total: Mapped[int] = mapped_column(Integer, default=0)
    file_key: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed under the DEK
    size_bytes: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    finished_at: Mapped[datetime | None]
    expires_at: Mapped[datetime] = mapped_column(index=True)
    token_hash: Mapped[bytes | None] = mapped_column(LargeBinary(32), unique=True)
    token_expires_at: Mapped[datetime | None]
    downloaded_at: Mapped[datetime | None]


class ProcessingRestrictionRow(Base):
    """Art. 18 restriction and Art. 21 objection flags; no row means neither applies."""

    __tablename__ = "processing_restrictions"

    subject_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    restricted: Mapped[bool] = mapped_column(Boolean, default=False)
    training_objection: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
