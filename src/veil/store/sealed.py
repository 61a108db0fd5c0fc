"""The codec between plaintext fields and ciphertext columns, used by repositories.

A ``Sealer`` lives for one unit of work (``SealerFactory(session)``). Every ciphertext is
bound by its associated data to (subject id, table, column, row id): copied into another
row, column or subject's record, it raises ``DecryptionFailed``. The subject's wrapped DEK is
read on the first use in each unit of work (so a shred by another process is seen at once),
and again whenever the envelope no longer caches the DEK (a shred in this process evicts it);
the unwrap is served by the envelope's cache. Without a DEK, reads raise ``SubjectErased``;
writes create the DEK on first use, unless the erasure journal says the subject was erased.
"""

from __future__ import annotations

import json
import struct
import uuid
from typing import Any

from sqlalchemy.orm import QueryableAttribute, Session

from veil.crypto import aead
from veil.crypto.blind_index import BlindIndex
from veil.crypto.envelope import Envelope
from veil.crypto.keys.base import WrappedKey
from veil.crypto.secret import SecretBytes
from veil.domain.errors import SubjectErased
from veil.store.registry import DataRegistry
from veil.store.repos.keys import KeyRepository

ERASED_SUBJECT_DOMAIN = "erased-subject"

Column = QueryableAttribute[Any]


def erasure_tag(index: BlindIndex, subject: uuid.UUID) -> bytes:
    """The keyed tag the erasure journal stores instead of the subject id."""
    return index.digest_bytes(ERASED_SUBJECT_DOMAIN, subject.bytes)


class Sealer:
    """Seals and opens the fields of one subject's rows inside one unit of work."""

    def __init__(
        self, session: Session, envelope: Envelope, index: BlindIndex, registry: DataRegistry,
        columns: ColumnContexts | None = None,
    ) -> None:  # fmt: skip
        self._keys = KeyRepository(session)
        self._envelope = envelope
        self._index = index
        self._columns = columns if columns is not None else ColumnContexts(registry)
        # wrapped keys read in this unit of work: later fields skip the query while the
        # envelope still caches the DEK (an evict, e.g. by a shred, forces a fresh read)
        self._seen: dict[uuid.UUID, tuple[WrappedKey, int]] = {}
        # encoded id parts of the associated data: per subject, and the last row (a row's
        # fields are sealed one after another)
        self._subject_parts: dict[uuid.UUID, bytes] = {}
        self._last_row: tuple[uuid.UUID | None, bytes] = (None, b"")

    # bytes ---------------------------------------------------------------------------------
    def seal(self, subject: uuid.UUID, column: Column, row_id: uuid.UUID, value: bytes) -> bytes:
        """Encrypt ``value`` for ``column`` of row ``row_id`` owned by ``subject``.

        Raises ``SubjectErased`` if the subject was shredded, ``KeyProviderError`` if the
        KEK is unavailable, ``ValueError`` if ``column`` is not declared ``sealed``.
        """
        aad = self._aad(subject, column, row_id)
        key, version = self._key(subject, create=True)
        return aead.seal(key, value, aad, key_id=version)

    def open(self, subject: uuid.UUID, column: Column, row_id: uuid.UUID, blob: bytes) -> bytes:
        """Decrypt; ``SubjectErased`` after a shred, ``DecryptionFailed`` if the ciphertext
        belongs to another subject, table, column or row, or was altered."""
        aad = self._aad(subject, column, row_id)
        key, _ = self._key(subject, create=False)
        return aead.unseal(key, blob, aad)

    def preload(self, subjects: list[uuid.UUID], *, for_write: bool = True) -> None:
        """Read the wrapped keys of ``subjects`` in one query, for a batch that will seal or
        open fields of many subjects in this unit of work (absent subjects are skipped: their
        first seal creates the key as usual)."""
        for subject, stored in self._keys.get_many(subjects, lock=for_write).items():
            self._seen[subject] = stored
            self._envelope.open_key(subject, stored[0])

    # typed helpers ---------------------------------------------------------------------------
    def seal_str(self, subject: uuid.UUID, column: Column, row_id: uuid.UUID, value: str) -> bytes:
        return self.seal(subject, column, row_id, value.encode("utf-8"))

    def open_str(self, subject: uuid.UUID, column: Column, row_id: uuid.UUID, blob: bytes) -> str:
        return self.open(subject, column, row_id, blob).decode("utf-8")

    def seal_json(self, subject: uuid.UUID, column: Column, row_id: uuid.UUID, value: Any) -> bytes:
        encoded = json.dumps(value, separators=(",", ":"), ensure_ascii=False, allow_nan=False)
        return self.seal(subject, column, row_id, encoded.encode("utf-8"))

    def open_json(self, subject: uuid.UUID, column: Column, row_id: uuid.UUID, blob: bytes) -> Any:
        return json.loads(self.open(subject, column, row_id, blob))

    # internals -------------------------------------------------------------------------------
    def _aad(self, subject: uuid.UUID, column: Column, row_id: uuid.UUID) -> bytes:
        # aead.associated_data(subject, table, column, row), built from cached parts
        subject_part = self._subject_parts.get(subject)
        if subject_part is None:
            subject_part = self._subject_parts[subject] = _part(str(subject))
        last_row, row_part = self._last_row
        if last_row != row_id:
            row_part = _part(str(row_id))
            self._last_row = (row_id, row_part)
        return subject_part + self._columns.middle(column) + row_part

    def _key(self, subject: uuid.UUID, *, create: bool) -> tuple[SecretBytes, int]:
        seen = self._seen.get(subject)
        if seen is not None:
            cached = self._envelope.cache.get(subject, seen[0].ciphertext)
            if cached is not None:
                return cached, seen[1]
        stored = self._keys.get(subject, lock=create)  # a writer holds off DEK rotation
        if stored is not None:
            self._seen[subject] = stored
            wrapped, version = stored
            return self._envelope.open_key(subject, wrapped), version
        self._seen.pop(subject, None)
        self._envelope.evict(subject)  # shredded elsewhere: drop any stale cached copy
        if not create or self._keys.journal_entry(erasure_tag(self._index, subject)) is not None:
            raise SubjectErased("this subject's data has been erased")
        dek, wrapped = self._envelope.create(subject)
        kept = self._keys.add_if_absent(subject, wrapped)
        if kept != wrapped:  # a concurrent writer created the subject's DEK first
            dek = self._envelope.open_key(subject, kept)
        self._seen[subject] = (kept, 1)
        return dek, 1


class ColumnContexts:
    """Per sealed column, checked against the registry once: the encoded ``table | column``
    middle of its associated data. Columns are mapped class attributes, alive as long as the
    process, and compared by identity."""

    def __init__(self, registry: DataRegistry) -> None:
        self._registry = registry
        self._known: dict[int, tuple[Column, bytes]] = {}

    def middle(self, column: Column) -> bytes:
        known = self._known.get(id(column))
        if known is not None and known[0] is column:
            return known[1]
        table_name, column_name = _names(column)
        if not self._registry.is_sealed(table_name, column_name):
            raise ValueError(f"{table_name}.{column_name} is not declared sealed in the registry")
        middle = _part(table_name) + _part(column_name)
        self._known[id(column)] = (column, middle)
        return middle


class SealerFactory:
    """Makes a ``Sealer`` for a session: ``runtime.sealers(session)``."""

    def __init__(self, envelope: Envelope, index: BlindIndex, registry: DataRegistry) -> None:
        self._envelope, self._index, self._registry = envelope, index, registry
        self._columns = ColumnContexts(registry)

    def __call__(self, session: Session) -> Sealer:
        return Sealer(session, self._envelope, self._index, self._registry, self._columns)


def _names(column: Column) -> tuple[str, str]:
    expression: Any = column.expression
    return str(expression.table.name), str(expression.name)


def _part(text: str) -> bytes:
    """One length-prefixed field, exactly as ``aead.associated_data`` encodes it."""
    raw = text.encode("utf-8")
    return _LENGTH.pack(len(raw)) + raw


_LENGTH = struct.Struct(">I")
