"""Hot Core statements compiled once per dialect and run with ``exec_driver_sql``.

``Connection.execute`` walks a statement to build its compilation-cache key on every call; for
the few statements every unit of work runs (the subject-key read, the audit append) that walk
cost several times what the database spends on them (e.g. 46 µs through ``execute`` against
4 µs on the driver for the key read on SQLite). A ``Prepared`` statement skips it: the same SQL,
parameters through the same bind processors, and still SQLAlchemy's events and error wrapping.
Results come back as the driver returns them, so only use it for statements whose result
columns need no type processing (bytes, integers, strings) or that return no rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import Connection, CursorResult, Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

_KEEP_ROWCOUNT: Any = {"preserve_rowcount": True}


class Prepared:
    """``statement`` compiled for each dialect it meets (by name and driver)."""

    def __init__(self, statement: ClauseElement) -> None:
        self._statement = statement
        self._by_dialect: dict[tuple[str, str], Compiled] = {}

    def execute(self, conn: Connection, params: Mapping[str, Any]) -> CursorResult[Any]:
        compiled = self.compiled(conn.dialect)
        # the row count is kept for conditional writes (SQLAlchemy keeps it only when asked)
        return conn.exec_driver_sql(compiled.sql, compiled.args(params), _KEEP_ROWCOUNT)

    def execute_many(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """Run the statement once per row as one ``executemany`` on the driver cursor."""
        compiled = self.compiled(conn.dialect)
        conn.exec_driver_sql(compiled.sql, [compiled.args(row) for row in rows])

    def compiled(self, dialect: Dialect) -> Compiled:
        """The SQL and argument builder for ``dialect`` (compiled on first use)."""
        compiled = self._by_dialect.get((dialect.name, dialect.driver))
        if compiled is None:
            compiled = self._by_dialect[(dialect.name, dialect.driver)] = Compiled(
                self._statement, dialect
            )
        return compiled


class Compiled:
    """One statement's SQL for one dialect, and how to turn values into driver arguments."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
        self.sql = compiled.string
        self._order = compiled.positiontup if compiled.positional else None
        # every bind with its literal value (e.g. the 1 of ``seq = 1``), the caller's None
        self._defaults = cast(dict[str, Any], compiled.construct_params(_check=False))
        processors: list[tuple[str, Callable[[Any], Any]]] = []
        for bind, name in compiled.bind_names.items():
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors.append((name, process))
        self._processors = processors

    def args(self, values: Mapping[str, Any]) -> Any:
        """The driver's parameters for ``values`` (keyed by bind name, every required bind)."""
        params = self._defaults.copy()
        params.update(values)
        for name, process in self._processors:
            params[name] = process(params[name])
        return params if self._order is None else tuple(map(params.__getitem__, self._order))
