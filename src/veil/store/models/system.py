"""Instance-level facts that are not about any person."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from veil.store.base import Base, utcnow


class InstanceInfo(Base):
    """Key/value facts about this installation (e.g. the KEK check value)."""

    __tablename__ = "instance_info"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(512))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
