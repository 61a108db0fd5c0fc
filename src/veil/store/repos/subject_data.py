"""Everything stored about one subject, found through the data registry. Never commits.

A table belongs to a subject when its registry entry has a ``subject_ref()`` column; this
repository is generic over those tables, so a table added later (with its declaration) is
covered by erasure, export and the erasure walk without new code. Tables are visited in
foreign-key order (children first for deletion), from the SQLAlchemy metadata.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, MetaData, String, Table, delete, func, or_, select
from sqlalchemy.orm import Session

from veil.domain.retention import Retention
from veil.store import models  # noqa: F401  (registers every table on Base.metadata)
from veil.store.base import Base
from veil.store.models import AuditRecord
from veil.store.registry import DataRegistry

Row = Mapping[str, Any]
Metadata = MetaData  # for services that pass test-only tables (they import no SQLAlchemy)
AUDIT_TABLE = AuditRecord.__tablename__  # exported as the access log, not as a table


@dataclass(frozen=True, slots=True)
class SubjectTable:
    """One table that holds rows about a subject, as the registry declares it."""

    name: str
    subject_columns: tuple[str, ...]
    primary_key: str | None  # the row id sealed fields are bound to (None: composite key)
    retention: Retention
    columns: tuple[str, ...]
    table: Table

    @property
    def survives_erasure(self) -> bool:
        return self.retention.survives_erasure


def subject_tables(
    registry: DataRegistry, metadata: MetaData = Base.metadata
) -> list[SubjectTable]:
    """Every table with a subject column, parents before children (FK order)."""
    found: list[SubjectTable] = []
    for table in metadata.sorted_tables:
        columns = tuple(c for c in registry.subject_columns(table.name) if c in table.c)
        retention = registry.table_retention(table.name)
        if not columns or retention is None:
            continue
        keys = list(table.primary_key.columns)
        found.append(
            SubjectTable(
                name=table.name,
                subject_columns=columns,
                primary_key=keys[0].name if len(keys) == 1 else None,
                retention=retention,
                columns=tuple(c.name for c in table.columns),
                table=table,
            )
        )
    return found


def _matches(table: Table, columns: tuple[str, ...], subject: uuid.UUID) -> ColumnElement[bool]:
    conditions = [
        table.c[name] == (str(subject) if isinstance(table.c[name].type, String) else subject)
        for name in columns
    ]
    return or_(*conditions)


class SubjectDataRepository:
    def __init__(
        self, session: Session, registry: DataRegistry, metadata: MetaData | None = None
    ) -> None:
        self._session = session
        self.tables = subject_tables(registry, metadata or Base.metadata)

    def count(self, table: SubjectTable, subject: uuid.UUID) -> int:
        query = select(func.count()).select_from(table.table)
        query = query.where(_matches(table.table, table.subject_columns, subject))
        return int(self._session.scalar(query) or 0)

    def remaining(self, subject: uuid.UUID) -> dict[str, int]:
        """Rows that still name ``subject``, per table (survivors included)."""
        return {t.name: self.count(t, subject) for t in self.tables}

    def delete_all(self, subject: uuid.UUID) -> dict[str, int]:
        """Delete the subject's rows in every table erasure covers, children first.

        Returns the number of rows deleted per table (zero counts omitted).
        """
        deleted: dict[str, int] = {}
        for table in reversed(self.tables):
            if table.survives_erasure:
                continue
            where = _matches(table.table, table.subject_columns, subject)
            result = self._session.execute(delete(table.table).where(where))
            count = int(getattr(result, "rowcount", 0) or 0)
            if count:
                deleted[table.name] = count
        self._session.flush()
        return deleted

    def page(
        self, table: SubjectTable, subject: uuid.UUID, after: Any | None, limit: int
    ) -> list[Row]:
        """Up to ``limit`` of the subject's rows with a primary key above ``after`` (keyset
        pagination: each page can be read in its own short transaction). A table without a
        single-column key is returned whole in one page."""
        query = select(table.table).where(_matches(table.table, table.subject_columns, subject))
        if table.primary_key is not None:
            key = table.table.c[table.primary_key]
            if after is not None:
                query = query.where(key > after)
            query = query.order_by(key).limit(limit)
        result = self._session.execute(query)
        keys = list(result.keys())
        return [dict(zip(keys, row, strict=True)) for row in result]

    def audit_page(self, subject: uuid.UUID, after: int, limit: int) -> list[Row]:
        """Audit entries about ``subject`` written by someone other than the subject."""
        query = (
            select(AuditRecord.__table__)
            .where(_about_by_others(subject), AuditRecord.seq > after)
            .order_by(AuditRecord.seq)
            .limit(limit)
        )
        return [dict(row) for row in self._session.execute(query).mappings()]

    def audit_count(self, subject: uuid.UUID) -> int:
        query = select(func.count()).select_from(AuditRecord).where(_about_by_others(subject))
        return int(self._session.scalar(query) or 0)


def _about_by_others(subject: uuid.UUID) -> ColumnElement[bool]:
    by_someone_else = or_(
        AuditRecord.actor_kind != "subject",
        AuditRecord.actor_id.is_(None),
        AuditRecord.actor_id != str(subject),
    )
    return (AuditRecord.subject_id == subject) & by_someone_else
