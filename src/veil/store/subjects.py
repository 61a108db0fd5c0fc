"""Every table that holds a subject's rows, found through the data registry.

The one walk that erasure, export, restore replay and per-subject DEK rotation share, so
they cannot disagree about what a subject owns. New tables are covered as soon as they are
declared in the registry:

- a table holds subjects' rows when it declares ``subject_ref()`` columns; a row is the
  subject's when any of them names the subject;
- its **owner column**, the subject its sealed values are bound to (the AAD's subject), is
  its only subject column, or else the one named ``subject_id`` (``audit_log`` has two);
- a sealed value's **row id** (the AAD's row) is the table's single-column primary key, which
  is what repositories pass to the sealer;
- tables whose retention outlives erasure (audit period, permanent, the request register)
  keep their rows.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Column, ColumnElement, MetaData, String, Table, delete, or_, select, update
from sqlalchemy.orm import Session

from veil.crypto import aead
from veil.crypto.secret import SecretBytes
from veil.domain.retention import Retention
from veil.store import models  # noqa: F401  (registers every table on Base.metadata)
from veil.store.base import Base
from veil.store.registry import DataRegistry

SUBJECT_COLUMN = "subject_id"


@dataclass(frozen=True, slots=True)
class SubjectTable:
    """One table that holds rows about subjects, as the registry declares it."""

    name: str
    table: Table
    subject_columns: tuple[str, ...]
    owner: Column[Any]
    primary_key: str | None  # the row id sealed values are bound to (None: composite key)
    sealed: tuple[Column[Any], ...]
    retention: Retention

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.table.columns)

    @property
    def survives_erasure(self) -> bool:
        return self.retention.survives_erasure

    def about(self, subject: uuid.UUID) -> ColumnElement[bool]:
        """The rows that name ``subject`` in any subject column."""
        columns = [self.table.c[name] for name in self.subject_columns]
        return or_(
            *(c == (str(subject) if isinstance(c.type, String) else subject) for c in columns)
        )


TableSource = Callable[[], "list[SubjectTable]"]


def subject_tables(
    registry: DataRegistry, metadata: MetaData = Base.metadata
) -> list[SubjectTable]:
    """Every table with a subject column, parents before children (foreign-key order).

    Raises ``ValueError`` for a table with several subject columns and none named
    ``subject_id``: its owner would be a guess."""
    found: list[SubjectTable] = []
    for table in metadata.sorted_tables:
        columns = tuple(c for c in registry.subject_columns(table.name) if c in table.c)
        retention = registry.table_retention(table.name)
        if not columns or retention is None:
            continue
        if len(columns) == 1:
            owner = columns[0]
        elif SUBJECT_COLUMN in columns:
            owner = SUBJECT_COLUMN
        else:
            raise ValueError(f"{table.name}: several subject columns; name the owner subject_id")
        keys = list(table.primary_key.columns)
        sealed = tuple(c for c in table.columns if registry.is_sealed(table.name, c.name))
        found.append(
            SubjectTable(
                name=table.name,
                table=table,
                subject_columns=columns,
                owner=table.c[owner],
                primary_key=keys[0].name if len(keys) == 1 else None,
                sealed=sealed,
                retention=retention,
            )
        )
    return found


def registry_tables(registry: DataRegistry) -> TableSource:
    """The subject tables of Veil's own schema (``Base.metadata``), computed on each call."""
    return lambda: subject_tables(registry)


def owners(session: Session, tables: list[SubjectTable]) -> set[uuid.UUID]:
    """Every distinct subject id that owns a row in any of ``tables``."""
    found: set[uuid.UUID] = set()
    for owned in tables:
        found.update(
            session.scalars(select(owned.owner).where(owned.owner.is_not(None)).distinct())
        )
    return found


def delete_rows(session: Session, tables: list[SubjectTable], subject: uuid.UUID) -> dict[str, int]:
    """Delete ``subject``'s rows from every table that does not outlive erasure, children
    first; returns the rows deleted per table (zero counts omitted)."""
    deleted: dict[str, int] = {}
    for owned in reversed(tables):
        if owned.survives_erasure:
            continue
        result = session.execute(delete(owned.table).where(owned.about(subject)))
        count = int(getattr(result, "rowcount", 0) or 0)
        if count:
            deleted[owned.name] = count
    return deleted


Resealer = Callable[[bytes, bytes], bytes]  # (blob, aad) -> new blob


def reseal_rows(
    session: Session, tables: list[SubjectTable], subject: uuid.UUID, *,
    old: SecretBytes, new: SecretBytes, new_version: int,
) -> int:  # fmt: skip
    """Re-encrypt every sealed value of ``subject`` from DEK ``old`` to ``new``; returns the
    number of values. Raises ``DecryptionFailed`` if a value does not open (nothing is
    written then: the caller's unit of work rolls back)."""
    count = 0
    for owned in tables:
        if not owned.sealed or owned.primary_key is None:
            continue
        key_column = owned.table.c[owned.primary_key]
        rows = session.execute(
            select(key_column, *owned.sealed).where(owned.owner == subject)
        ).all()
        for row in rows:
            changes: dict[str, bytes] = {}
            for column, blob in zip(owned.sealed, row[1:], strict=True):
                if blob is None:
                    continue
                aad = aead.associated_data(str(subject), owned.name, column.name, str(row[0]))
                plain = aead.unseal(old, blob, aad)
                changes[column.name] = aead.seal(new, plain, aad, key_id=new_version)
            if changes:
                session.execute(update(owned.table).where(key_column == row[0]).values(**changes))
                count += len(changes)
    return count
