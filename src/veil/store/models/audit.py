"""The append-only, hash-chained audit log (UPDATE and DELETE refused by triggers)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import BigInteger, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from veil.store.base import Base


class AuditRecord(Base):
    __tablename__ = "audit_log"

    # on SQLite an INTEGER primary key is the rowid: one B-tree per append (migration 0050)
    seq: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=False
    )
    at: Mapped[datetime]
    actor_kind: Mapped[str] = mapped_column(String(16))
    actor_id: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    subject_id: Mapped[uuid.UUID | None] = mapped_column(index=True)
    purpose: Mapped[str | None] = mapped_column(String(32))
    resource: Mapped[str] = mapped_column(String(128))
    outcome: Mapped[str] = mapped_column(String(16))
    details: Mapped[str] = mapped_column(Text)  # canonical JSON, hashed as stored
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))  # not unique: see migration 0045


class AuditCheckpoint(Base):
    """A signed statement "the log's record ``seq`` has hash ``hash``" (append-only).

    ``signature`` is Ed25519 over ``audit.checkpoints.message(seq, hash, at)`` under the key
    provider's signing key; ``public_key`` is stored for reference only, verification uses
    the key the operator trusts (``veil audit public-key``).
    """

    __tablename__ = "audit_checkpoints"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    hash: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime]
    public_key: Mapped[str] = mapped_column(String(64))
    signature: Mapped[str] = mapped_column(String(128))
