"""The consent ledger: one row per grant or withdrawal, never updated.

A trigger (migration 0003) refuses UPDATE; rows are deleted only with their account
(erasure), and every event is also in the audit log, which outlives erasure.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from veil.store.base import Base


class ConsentEventRow(Base):
    __tablename__ = "consent_events"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("accounts.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(32))
    granted: Mapped[bool]
    notice_version: Mapped[str] = mapped_column(String(64))
    method: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime]
