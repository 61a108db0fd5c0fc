"""The consent ledger: one row per grant or withdrawal, never updated.

A trigger (migration 0003) refuses UPDATE; rows are deleted only with their account
(erasure), and every event is also in the audit log, which outlives erasure.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from veil.store.base import Base


class ConsentEventRow(Base):
    __tablename__ = "consent_events"
    # "the latest event per purpose" (the live answer) is an index seek
    __table_args__ = (Index("ix_consent_events_subject_purpose_at", "subject_id", "purpose", "at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(32))
    granted: Mapped[bool]
    notice_version: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
