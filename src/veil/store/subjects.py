"""Generic walks over every subject-owned table, driven by the data registry.

Used by DEK rotation (re-seal one subject's rows) and by restore replay (delete an erased
subject's rows). New tables are covered as soon as they are declared in the registry:

- a table's **owner column** is its only ``subject_ref`` column, or else the one named
  ``subject_id`` (``audit_log`` has two and uses ``subject_id``);
- a sealed value's **row id** (the AAD's row) is the table's single-column primary key, which
  is what repositories pass to the sealer;
- tables whose retention outlives erasure (audit period, permanent) keep their rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Column, MetaData, Table, delete, select, update
from sqlalchemy.orm import Session

from veil.crypto import aead
from veil.crypto.secret import SecretBytes
from veil.domain.retention import Retention
from veil.store.base import Base
from veil.store.registry import DataRegistry, Protection

# audit period, permanent, installation facts and the rights request register
KEPT_AFTER_ERASURE = frozenset(r for r in Retention if r.survives_erasure)
SUBJECT_COLUMN = "subject_id"


@dataclass(frozen=True, slots=True)
class OwnedTable:
    table: Table
    owner: Column[object]
    row_id: Column[object] | None  # None when the primary key is composite
    sealed: tuple[Column[object], ...]
    kept_after_erasure: bool


TableSource = Callable[[], "list[OwnedTable]"]


def registry_tables(registry: DataRegistry) -> TableSource:
    """The owned tables of Veil's own schema (``Base.metadata``), computed on each call."""
    return lambda: owned_tables(registry, Base.metadata)


def owned_tables(registry: DataRegistry, metadata: MetaData) -> list[OwnedTable]:
    """Every table with an owner column, children before parents (safe deletion order)."""
    found: list[OwnedTable] = []
    for table in reversed(metadata.sorted_tables):
        declared = [registry.get(table.name, c.name) for c in table.columns]
        refs = [d.column for d in declared if d and d.protection is Protection.PSEUDONYMOUS_ID]
        owner = refs[0] if len(refs) == 1 else (SUBJECT_COLUMN if SUBJECT_COLUMN in refs else None)
        if owner is None:
            continue
        sealed = tuple(table.c[d.column] for d in declared if d and d.encrypted)
        primary = list(table.primary_key.columns)
        kept = any(d and d.retention in KEPT_AFTER_ERASURE for d in declared)
        found.append(
            OwnedTable(table, table.c[owner], primary[0] if len(primary) == 1 else None,
                       sealed, kept)
        )  # fmt: skip
    return found


def owners(session: Session, tables: list[OwnedTable]) -> set[uuid.UUID]:
    """Every distinct subject id that owns a row in any of ``tables``."""
    found: set[uuid.UUID] = set()
    for owned in tables:
        found.update(
            session.scalars(select(owned.owner).where(owned.owner.is_not(None)).distinct())
        )
    return found


def delete_rows(session: Session, tables: list[OwnedTable], subject: uuid.UUID) -> int:
    """Delete ``subject``'s rows from every table that does not outlive erasure."""
    deleted = 0
    for owned in tables:
        if owned.kept_after_erasure:
            continue
        result = session.execute(delete(owned.table).where(owned.owner == subject))
        deleted += int(getattr(result, "rowcount", 0) or 0)
    return deleted


Resealer = Callable[[bytes, bytes], bytes]  # (blob, aad) -> new blob


def reseal_rows(
    session: Session, tables: list[OwnedTable], subject: uuid.UUID, *,
    old: SecretBytes, new: SecretBytes, new_version: int,
) -> int:  # fmt: skip
    """Re-encrypt every sealed value of ``subject`` from DEK ``old`` to ``new``; returns the
    number of values. Raises ``DecryptionFailed`` if a value does not open (nothing is
    written then: the caller's unit of work rolls back)."""
    count = 0
    for owned in tables:
        if not owned.sealed or owned.row_id is None:
            continue
        key_column = owned.row_id
        rows = session.execute(
            select(key_column, *owned.sealed).where(owned.owner == subject)
        ).all()
        for row in rows:
            changes: dict[str, bytes] = {}
            for column, blob in zip(owned.sealed, row[1:], strict=True):
                if blob is None:
                    continue
                aad = aead.associated_data(str(subject), owned.table.name, column.name, str(row[0]))
                plain = aead.unseal(old, blob, aad)
                changes[column.name] = aead.seal(new, plain, aad, key_id=new_version)
            if changes:
                session.execute(update(owned.table).where(key_column == row[0]).values(**changes))
                count += len(changes)
    return count
