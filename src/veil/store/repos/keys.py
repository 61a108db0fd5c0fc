"""Persistence of wrapped subject keys and the erasure journal. Never commits."""

from __future__ import annotations

import uuid
from datetime import datetime
from functools import lru_cache

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from veil.crypto.keys.base import WrappedKey
from veil.store.base import utcnow
from veil.store.models import ErasureJournalEntry, InstanceInfo, SubjectKey
from veil.store.prepared import Prepared

_KEY_COLUMNS = (SubjectKey.wrapped_dek, SubjectKey.kek_version, SubjectKey.dek_version)
_GET_QUERY = select(*_KEY_COLUMNS).where(SubjectKey.subject_id == bindparam("subject"))
# results as the driver returns them: bytes and integers need no processing
_GET, _GET_SHARED = Prepared(_GET_QUERY), Prepared(_GET_QUERY.with_for_update(read=True))
# get_many's IN lists come in a few sizes (powers of two up to _MANY_CHUNK, padded with the
# last id), each compiled once: through ``execute`` an expanding IN list cost ~110 µs for 10
# keys on SQLite, prepared ~40
_MANY_CHUNK = 128


@lru_cache(maxsize=32)
def _get_many(size: int, lock: bool) -> Prepared:
    subject_type = SubjectKey.subject_id.type
    ids = [bindparam(f"s{n}", type_=subject_type) for n in range(size)]
    query = select(SubjectKey.subject_id, *_KEY_COLUMNS).where(SubjectKey.subject_id.in_(ids))
    return Prepared(query.with_for_update(read=True) if lock else query)


def _padded_size(count: int) -> int:
    size = 1
    while size < count:
        size *= 2
    return size


class KeyRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, subject: uuid.UUID, *, lock: bool = False) -> tuple[WrappedKey, int] | None:
        """The subject's wrapped DEK and its DEK version, or None.

        ``lock`` takes a shared row lock on PostgreSQL (``FOR SHARE``) until the transaction
        ends, so a DEK rotation (which locks the row for update) cannot commit between this
        read and the caller's writes under that DEK. SQLite transactions are already
        serialised (``BEGIN IMMEDIATE``).
        """
        # prebuilt statements, compiled once (store/prepared.py), on the session's connection:
        # this runs once per subject per unit of work, on every sealed read and write
        query = _GET_SHARED if lock else _GET
        row = query.execute(self._session.connection(), {"subject": subject}).first()
        if row is None:
            return None
        wrapped_dek, kek_version, dek_version = row
        return WrappedKey(wrapped_dek, kek_version), dek_version

    def get_many(
        self, subjects: list[uuid.UUID], *, lock: bool = False
    ) -> dict[uuid.UUID, tuple[WrappedKey, int]]:
        """``get`` for many subjects in one query (a batch preloads its subjects' keys)."""
        conn, found = self._session.connection(), {}
        for start in range(0, len(subjects), _MANY_CHUNK):
            chunk = subjects[start : start + _MANY_CHUNK]
            size = _padded_size(len(chunk))
            params = {f"s{n}": chunk[min(n, len(chunk) - 1)] for n in range(size)}
            for subject, wrapped, kek_version, dek_version in (
                _get_many(size, lock).execute(conn, params).rows
            ):
                # the driver's form: a UUID from psycopg, the stored hex string from SQLite
                key = subject if isinstance(subject, uuid.UUID) else uuid.UUID(subject)
                found[key] = (WrappedKey(wrapped, kek_version), dek_version)
        return found

    def lock_for_update(self, subject: uuid.UUID) -> tuple[WrappedKey, int] | None:
        """Like ``get``, holding an exclusive row lock (PostgreSQL) for a key change."""
        query = select(SubjectKey.wrapped_dek, SubjectKey.kek_version, SubjectKey.dek_version)
        row = self._session.execute(
            query.where(SubjectKey.subject_id == subject).with_for_update()
        ).first()
        if row is None:
            return None
        return WrappedKey(row.wrapped_dek, row.kek_version), row.dek_version

    def replace(self, subject: uuid.UUID, wrapped: WrappedKey, dek_version: int) -> None:
        """Store a re-wrapped (same DEK) or rotated (new DEK, new version) key."""
        self._session.execute(
            update(SubjectKey)
            .where(SubjectKey.subject_id == subject)
            .values(
                wrapped_dek=wrapped.ciphertext,
                kek_version=wrapped.kek_version,
                dek_version=dek_version,
            )
        )

    def older_than(self, kek_version: int, limit: int) -> list[tuple[uuid.UUID, WrappedKey, int]]:
        """Up to ``limit`` keys wrapped under a KEK version below ``kek_version``, locked for
        update (PostgreSQL skips rows another rewrap batch holds)."""
        query = (
            select(SubjectKey.subject_id, SubjectKey.wrapped_dek, SubjectKey.kek_version,
                   SubjectKey.dek_version)
            .where(SubjectKey.kek_version < kek_version)
            .order_by(SubjectKey.subject_id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )  # fmt: skip
        return [
            (row.subject_id, WrappedKey(row.wrapped_dek, row.kek_version), row.dek_version)
            for row in self._session.execute(query)
        ]

    def count_by_kek_version(self) -> dict[int, int]:
        query = select(SubjectKey.kek_version, func.count()).group_by(SubjectKey.kek_version)
        return {int(version): int(n) for version, n in self._session.execute(query)}

    def subject_ids(self) -> list[uuid.UUID]:
        return list(self._session.scalars(select(SubjectKey.subject_id)))

    def journal_all(self) -> list[tuple[uuid.UUID, datetime, bytes]]:
        """Every journal entry (id, time, tag), oldest first."""
        query = select(
            ErasureJournalEntry.id, ErasureJournalEntry.erased_at, ErasureJournalEntry.subject_tag
        ).order_by(ErasureJournalEntry.erased_at)
        return [(row.id, row.erased_at, row.subject_tag) for row in self._session.execute(query)]

    def journal_add(self, entry_id: uuid.UUID, erased_at: datetime, subject_tag: bytes) -> None:
        """Re-insert a journal entry known from elsewhere (restore replay)."""
        self._session.add(
            ErasureJournalEntry(id=entry_id, erased_at=erased_at, subject_tag=subject_tag)
        )
        self._session.flush()

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
