"""Everything stored about one subject, found through the data registry. Never commits.

Generic over the tables ``store.subjects`` finds (the walk restore replay and DEK rotation
use too), so a table added later (with its declaration) is covered by erasure, export and
the erasure walk without new code.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import ColumnElement, MetaData, func, or_, select
from sqlalchemy.orm import Session

from veil.store.base import Base
from veil.store.models import AuditRecord
from veil.store.registry import DataRegistry
from veil.store.subjects import SubjectTable, delete_rows, subject_tables

Row = Mapping[str, Any]
Metadata = MetaData  # for services that pass test-only tables (they import no SQLAlchemy)
AUDIT_TABLE = AuditRecord.__tablename__  # exported as the access log, not as a table


class SubjectDataRepository:
    def __init__(
        self, session: Session, registry: DataRegistry, metadata: MetaData | None = None
    ) -> None:
        self._session = session
        self.tables = subject_tables(registry, metadata or Base.metadata)

    def count(self, table: SubjectTable, subject: uuid.UUID) -> int:
        query = select(func.count()).select_from(table.table).where(table.about(subject))
        return int(self._session.scalar(query) or 0)

    def remaining(self, subject: uuid.UUID) -> dict[str, int]:
        """Rows that still name ``subject``, per table (survivors included)."""
        return {t.name: self.count(t, subject) for t in self.tables}

    def delete_all(self, subject: uuid.UUID) -> dict[str, int]:
        """Delete the subject's rows in every table erasure covers, children first.

        Returns the number of rows deleted per table (zero counts omitted).
        """
        deleted = delete_rows(self._session, self.tables, subject)
        self._session.flush()
        return deleted

    def page(
        self, table: SubjectTable, subject: uuid.UUID, after: Any | None, limit: int
    ) -> list[Row]:
        """Up to ``limit`` of the subject's rows with a primary key above ``after`` (keyset
        pagination: each page can be read in its own short transaction). A table without a
        single-column key is returned whole in one page."""
        query = select(table.table).where(table.about(subject))
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
