"""Reads a subject's data, table by table, as export sections (generic over the registry).

Each page of rows is read in its own short read transaction (keyset pagination), so an
export never holds a long transaction or lock, and a shred between pages stops it at once
(``SubjectErased``). Sealed columns are opened with the sealer; keyed hashes and key
material are withheld (``null``): they mean nothing to a person and are not their data.
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any, cast

from veil.domain.categories import DataCategory
from veil.rights.archive import ColumnInfo, JsonRow, Section
from veil.store.registry import ColumnDeclaration, DataRegistry, Protection
from veil.store.repos.subject_data import AUDIT_TABLE, Metadata, Row, SubjectDataRepository
from veil.store.sealed import Column, Sealer, SealerFactory
from veil.store.session import Database
from veil.store.subjects import SubjectTable

ACCESS_LOG = Section(
    name="access_log",
    title="Who else touched your data",
    purpose="legal_obligation",
    retention="audit_period",
    columns=tuple(
        ColumnInfo(name, "system.operations", "security", "none")
        for name in ("seq", "at", "actor_kind", "actor_id", "action", "purpose", "resource",
                     "outcome", "details")
    ),
)  # fmt: skip


Tick = Callable[[int], None]
_WITHHOLD, _OPEN, _PLAIN = "withhold", "open", "plain"


WITHHELD_CATEGORIES = frozenset(
    {DataCategory.SYSTEM_AUTHENTICATION, DataCategory.USER_AUTH_CREDENTIALS}
)


def withheld(declared: ColumnDeclaration) -> bool:
    """Keyed hashes, key material and credentials (even a passphrase hash is an offline
    guessing target if the archive leaks) are not exported."""
    return declared.protection is Protection.KEYED_HASH or declared.category in WITHHELD_CATEGORIES


def plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        return None  # an unsealed binary column is a digest or key material: withheld
    return value


def opened(raw: bytes) -> Any:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return {"base64": base64.b64encode(raw).decode("ascii")}


class SectionReader:
    def __init__(
        self,
        database: Database,
        sealers: SealerFactory,
        *,
        registry: DataRegistry,
        subject: uuid.UUID,
        metadata: Metadata | None = None,
        page_size: int = 1000,
    ) -> None:
        self._database = database
        self._sealers = sealers
        self._registry = registry
        self._subject = subject
        self._metadata = metadata
        self._page_size = page_size
        with database.read() as session:
            repo = SubjectDataRepository(session, registry, metadata)
            self._tables = [t for t in repo.tables if t.name != AUDIT_TABLE]

    def count(self) -> int:
        with self._database.read() as session:
            repo = SubjectDataRepository(session, self._registry, self._metadata)
            rows = sum(repo.count(table, self._subject) for table in self._tables)
            return rows + repo.audit_count(self._subject)

    def sections(self, tick: Tick) -> Iterator[tuple[Section, Iterator[list[JsonRow]]]]:
        """Each section with its rows in pages; ``tick(n)`` after each page of ``n`` rows."""
        for table in self._tables:
            yield self._section(table), self._table_pages(table, tick)
        yield ACCESS_LOG, self._audit_pages(tick)

    def _section(self, table: SubjectTable) -> Section:
        columns = []
        for name in table.columns:
            declared = self._declared(table, name)
            columns.append(
                ColumnInfo(
                    name, declared.category.value, declared.purpose.value,
                    declared.protection.value,
                )
            )  # fmt: skip
        return Section(
            name=table.name,
            title=table.name.replace("_", " ").capitalize(),
            purpose=columns[0].purpose if columns else "",
            retention=table.retention.value,
            columns=tuple(columns),
        )

    def _declared(self, table: SubjectTable, column: str) -> ColumnDeclaration:
        declared = self._registry.get(table.name, column)
        if declared is None:  # the registry test forbids it; refuse rather than guess
            raise ValueError(f"{table.name}.{column} is not declared")
        return declared

    def _table_pages(self, table: SubjectTable, tick: Tick) -> Iterator[list[JsonRow]]:
        after: Any = None
        plan = self._plan(table)
        while True:
            with self._database.read() as session:
                repo = SubjectDataRepository(session, self._registry, self._metadata)
                page = repo.page(table, self._subject, after, self._page_size)
                sealer = self._sealers(session)
                converted = [self._convert(table, plan, row, sealer) for row in page]
            tick(len(converted))
            yield converted
            if table.primary_key is None or len(page) < self._page_size:
                return
            after = page[-1][table.primary_key]

    def _plan(self, table: SubjectTable) -> list[tuple[str, str, Column | None]]:
        """Per column: withhold, open (sealed) or copy (plain); decided once per table."""
        plan: list[tuple[str, str, Column | None]] = []
        for name in table.columns:
            declared = self._declared(table, name)
            if withheld(declared):
                plan.append((name, _WITHHOLD, None))
            elif declared.encrypted:
                plan.append((name, _OPEN, cast(Column, table.table.c[name])))
            else:
                plan.append((name, _PLAIN, None))
        return plan

    def _convert(
        self, table: SubjectTable, plan: list[tuple[str, str, Column | None]], row: Row,
        sealer: Sealer,
    ) -> JsonRow:  # fmt: skip
        # sealed under someone else's key, or no row id to bind to: not theirs to read
        ours = row[table.subject_columns[0]] == self._subject and table.primary_key is not None
        row_id = row[table.primary_key] if table.primary_key is not None else None
        out: dict[str, Any] = {}
        for name, how, column in plan:
            value = row[name]
            if value is None or how == _WITHHOLD:
                out[name] = None
            elif how == _OPEN:
                opened_value = sealer.open(self._subject, column, row_id, value) if ours else None  # type: ignore[arg-type]
                out[name] = None if opened_value is None else opened(opened_value)
            else:
                out[name] = plain(value)
        return out

    def _audit_pages(self, tick: Tick) -> Iterator[list[JsonRow]]:
        after = 0
        names = [c.name for c in ACCESS_LOG.columns]
        while True:
            with self._database.read() as session:
                repo = SubjectDataRepository(session, self._registry, self._metadata)
                page = repo.audit_page(self._subject, after, self._page_size)
            entries: list[JsonRow] = []
            for row in page:
                entry = {name: plain(row[name]) for name in names}
                entry["details"] = json.loads(row["details"])
                entries.append(entry)
            tick(len(entries))
            yield entries
            if len(page) < self._page_size:
                return
            after = page[-1]["seq"]
