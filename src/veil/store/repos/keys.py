"""Persistence of wrapped subject keys and the erasure journal. Never commits."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from veil.crypto.keys.base import WrappedKey
from veil.store.base import utcnow
from veil.store.models import ErasureJournalEntry, InstanceInfo, SubjectKey


class KeyRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, subject: uuid.UUID) -> tuple[WrappedKey, int] | None:
        """The subject's wrapped DEK and its DEK version, or None."""
        row = self._session.get(SubjectKey, subject)
        if row is None:
            return None
        return WrappedKey(row.wrapped_dek, row.kek_version), row.dek_version

    def add(self, subject: uuid.UUID, wrapped: WrappedKey, dek_version: int = 1) -> None:
        self._session.add(
            SubjectKey(
                subject_id=subject,
                wrapped_dek=wrapped.ciphertext,
                kek_version=wrapped.kek_version,
                dek_version=dek_version,
            )
        )
        self._session.flush()

    def add_if_absent(self, subject: uuid.UUID, wrapped: WrappedKey) -> WrappedKey:
        """Store ``wrapped`` as the subject's first DEK, unless a concurrent writer stored one
        first; returns whichever is stored (the caller must use that one)."""
        try:
            with self._session.begin_nested():
                self.add(subject, wrapped)
        except IntegrityError:
            stored = self.get(subject)
            if stored is None:
                raise
            return stored[0]
        return wrapped

    def delete(self, subject: uuid.UUID) -> bool:
        """Delete the wrapped DEK; True if there was one."""
        result = self._session.execute(delete(SubjectKey).where(SubjectKey.subject_id == subject))
        return bool(getattr(result, "rowcount", 0))

    def count(self) -> int:
        return int(self._session.scalar(select(func.count()).select_from(SubjectKey)) or 0)

    def journal(self, subject_tag: bytes) -> tuple[uuid.UUID, datetime]:
        """Record an erasure; returns the journal entry's random id and time."""
        entry = ErasureJournalEntry(id=uuid.uuid4(), erased_at=utcnow(), subject_tag=subject_tag)
        self._session.add(entry)
        self._session.flush()
        return entry.id, entry.erased_at

    def journal_entry(self, subject_tag: bytes) -> tuple[uuid.UUID, datetime] | None:
        query = select(ErasureJournalEntry.id, ErasureJournalEntry.erased_at).where(
            ErasureJournalEntry.subject_tag == subject_tag
        )
        row = self._session.execute(query).first()
        return None if row is None else (row.id, row.erased_at)

    def instance_fact(self, key: str) -> str | None:
        row = self._session.get(InstanceInfo, key)
        return None if row is None else row.value

    def set_instance_fact(self, key: str, value: str) -> None:
        row = self._session.get(InstanceInfo, key)
        if row is None:
            self._session.add(InstanceInfo(key=key, value=value, updated_at=utcnow()))
        else:
            row.value, row.updated_at = value, utcnow()
        self._session.flush()
