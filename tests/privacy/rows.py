"""Plant a row with a distinct canary in every sealed column, generically over the registry.

For each table with sealed columns, ``plant`` inserts one row owned by ``subject`` (its
parents first, through foreign keys), filling every other column with a type-appropriate
dummy value and every sealed column with ``sealer.seal_str(...)`` of a canary that names the
column. New tables are covered as soon as they are declared; a column type this helper does
not know fails loudly so the test gets taught rather than silently skipping.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
    insert,
)
from sqlalchemy.orm import Session

from veil.store.registry import DataRegistry
from veil.store.sealed import Column as SealedColumn
from veil.store.sealed import Sealer
from veil.store.subjects import subject_tables

CANARY = "CANARY-{table}-{column}-{token}"


@dataclass
class Planted:
    canaries: dict[str, str] = field(default_factory=dict)  # "table.column" -> canary
    rows: dict[str, Any] = field(default_factory=dict)  # table -> primary-key value


def sealed_columns(registry: DataRegistry, metadata: MetaData) -> list[tuple[Table, str]]:
    return [
        (table, column.name)
        for table in metadata.sorted_tables
        for column in table.columns
        if registry.is_sealed(table.name, column.name)
    ]


def plant(
    session: Session, sealer: Sealer, registry: DataRegistry, metadata: MetaData,
    subject: uuid.UUID,
) -> Planted:  # fmt: skip
    planted = Planted()
    owners = {t.table.name: t.owner.name for t in subject_tables(registry, metadata)}
    for table in metadata.sorted_tables:
        if any(registry.is_sealed(table.name, c.name) for c in table.columns):
            _row(session, sealer, registry, table, subject, owners, planted)
    return planted


def _row(
    session: Session, sealer: Sealer, registry: DataRegistry, table: Table,
    subject: uuid.UUID, owners: dict[str, str], planted: Planted,
) -> Any:  # fmt: skip
    if table.name in planted.rows:
        return planted.rows[table.name]
    owner = owners.get(table.name)
    primary = list(table.primary_key.columns)
    row_id = subject if owner in {c.name for c in primary} else uuid.uuid4()
    values: dict[str, Any] = {}
    for column in table.columns:
        if column.foreign_keys:
            parent = next(iter(column.foreign_keys)).column.table
            values[column.name] = _row(session, sealer, registry, parent, subject, owners, planted)
        elif column.name == owner:
            values[column.name] = subject
        elif column.primary_key:
            values[column.name] = row_id if isinstance(column.type, Uuid) else 1
    key = values[primary[0].name] if len(primary) == 1 else None
    for column in table.columns:
        if column.name in values:
            continue
        if registry.is_sealed(table.name, column.name):
            canary = CANARY.format(table=table.name, column=column.name, token=uuid.uuid4().hex)
            planted.canaries[f"{table.name}.{column.name}"] = canary
            column_attr = cast(SealedColumn, column)
            values[column.name] = sealer.seal_str(
                subject, column_attr, cast(uuid.UUID, key), canary
            )
        else:
            values[column.name] = _dummy(table, column)
    session.execute(insert(table).values(**values))
    planted.rows[table.name] = key
    return key


def _dummy(table: Table, column: Column[Any]) -> Any:
    kind = column.type
    if isinstance(kind, Uuid):
        return uuid.uuid4()
    if isinstance(kind, Boolean):
        return False
    if isinstance(kind, Integer | BigInteger | Float):
        return 1
    if isinstance(kind, DateTime) or isinstance(getattr(kind, "impl", None), DateTime):
        return datetime.now(UTC)
    if isinstance(kind, LargeBinary):
        return os.urandom(kind.length or 32)
    if isinstance(kind, String | Text):
        length = getattr(kind, "length", None) or 16
        return uuid.uuid4().hex[: min(length, 16)]
    if isinstance(kind, JSON):
        return {}
    raise AssertionError(f"canary rows: teach tests/privacy/rows.py about {table.name}."
                         f"{column.name} ({kind!r})")  # fmt: skip
