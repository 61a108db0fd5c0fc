"""Readiness and schema management, for `veil serve`, `veil db upgrade` and `/readyz`."""

from __future__ import annotations

from dataclasses import dataclass

from veil.domain.errors import DatabaseUnavailable, SchemaOutOfDate
from veil.store import schema
from veil.store.session import Database


@dataclass(frozen=True, slots=True)
class Readiness:
    database_reachable: bool
    schema_current: bool

    @property
    def ready(self) -> bool:
        return self.database_reachable and self.schema_current


class SystemService:
    """Operational checks. Touches no personal data, so needs no consent and writes no audit."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def readiness(self) -> Readiness:
        try:
            self._database.ping()
            current = schema.is_current(self._database.engine)
        except DatabaseUnavailable:
            return Readiness(database_reachable=False, schema_current=False)
        return Readiness(database_reachable=True, schema_current=current)

    def upgrade_schema(self) -> tuple[str | None, str | None]:
        """Apply pending migrations; return (revision before, revision after).

        Raises ``DatabaseUnavailable`` when the database cannot be reached.
        """
        before = schema.current_revision(self._database.engine)
        schema.upgrade(self._database.engine)
        return before, schema.current_revision(self._database.engine)

    def ensure_schema(self, *, auto_migrate: bool) -> None:
        """Refuse to serve an out-of-date schema, or bring it up to date when configured to.

        Raises ``DatabaseUnavailable`` or ``SchemaOutOfDate``.
        """
        self._database.ping()
        if schema.is_current(self._database.engine):
            return
        if auto_migrate:
            schema.upgrade(self._database.engine)
            return
        raise SchemaOutOfDate(
            "the database schema is out of date; run `veil db upgrade` "
            "(or set VEIL_DATABASE__AUTO_MIGRATE=true)"
        )

    def schema_revision(self) -> str | None:
        return schema.current_revision(self._database.engine)
