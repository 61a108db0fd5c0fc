"""Batched deletion of rows past their retention, generic over the registry. Never commits."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import Column, MetaData, Table, delete, select
from sqlalchemy.orm import Session

from veil.store.base import Base
from veil.store.models import AccountRow, AuditRecord, AuthTokenRow
from veil.store.registry import DataRegistry


class RetentionRepository:
    def __init__(
        self, session: Session, registry: DataRegistry, metadata: MetaData | None = None
    ) -> None:
        self._session = session
        self._registry = registry
        self._metadata = metadata or Base.metadata

    def has_table(self, name: str) -> bool:
        return name in self._metadata.tables

    def purge_batch(
        self,
        table_name: str,
        clock_column: str,
        cutoff: datetime,
        limit: int,
        subject: uuid.UUID | None = None,
    ) -> int:
        """Delete up to ``limit`` rows whose ``clock_column`` is before ``cutoff`` (only the
        subject's rows when ``subject`` is given); returns how many were deleted."""
        table = self._metadata.tables[table_name]
        key = _single_key(table)
        chosen = select(key).where(table.c[clock_column] < cutoff)
        if subject is not None:
            columns = self._registry.subject_columns(table_name)
            if not columns:
                raise ValueError(f"{table_name} has no subject column")
            chosen = chosen.where(table.c[columns[0]] == subject)
        # one statement: the database picks the batch and deletes it (no ids round trip)
        chosen_ids = chosen.limit(limit).scalar_subquery()
        result = self._session.execute(delete(table).where(key.in_(chosen_ids)))
        return int(getattr(result, "rowcount", 0) or 0)


def account_ids(session: Session, role: str = "user") -> list[uuid.UUID]:
    """Every account of ``role`` (ids only): the per-user retention port walks them."""
    return list(session.scalars(select(AccountRow.id).where(AccountRow.role == role)))


def inactive_accounts(session: Session, cutoff: datetime, role: str = "user") -> list[uuid.UUID]:
    """Accounts of ``role`` with no activity since ``cutoff``: not created or changed after
    it, no session or token used after it, and nothing the person did recorded in the audit
    log after it (sign-ins are audited, and the audit log outlives expired sessions, which
    the retention job itself deletes)."""
    recent_use = (
        select(AuthTokenRow.id)
        .where(AuthTokenRow.account_id == AccountRow.id, AuthTokenRow.last_used_at >= cutoff)
        .exists()
    )
    recent_act = (
        select(AuditRecord.seq)
        .where(
            AuditRecord.subject_id == AccountRow.id,
            AuditRecord.actor_kind == "subject",
            AuditRecord.outcome == "success",
            AuditRecord.at >= cutoff,
        )
        .exists()
    )
    query = select(AccountRow.id).where(
        AccountRow.role == role,
        AccountRow.created_at < cutoff,
        AccountRow.updated_at < cutoff,
        ~recent_use,
        ~recent_act,
    )
    return list(session.scalars(query))


def _single_key(table: Table) -> Column[Any]:
    keys = list(table.primary_key.columns)
    if len(keys) != 1:
        raise ValueError(f"{table.name}: retention needs a single-column primary key")
    return keys[0]
