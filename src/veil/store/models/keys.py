"""Subject data keys and the erasure journal."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Integer, LargeBinary
from sqlalchemy.orm import Mapped, mapped_column

from veil.store.base import Base, utcnow


class SubjectKey(Base):
    """A subject's DEK, wrapped by the KEK. Deleting this row is the crypto-shred."""

    __tablename__ = "subject_keys"

    subject_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    wrapped_dek: Mapped[bytes] = mapped_column(LargeBinary)
    kek_version: Mapped[int] = mapped_column(Integer)
    dek_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class ErasureJournalEntry(Base):
    """One shred: a random id, the time, and a keyed tag of the subject id.

    ``subject_tag`` = HMAC-SHA256(index key, "erased-subject" | subject id). It does not
    reveal who was erased (the id cannot be recovered from it), but after a restore from
    backup, replay recomputes the tag of every restored subject key and shreds the matches.
    """

    __tablename__ = "erasure_journal"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    erased_at: Mapped[datetime] = mapped_column(default=utcnow)
    subject_tag: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
