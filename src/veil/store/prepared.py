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

from collections.abc import Callable, Mapping
from typing import Any, cast

from sqlalchemy import Connection, CursorResult
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

_KEEP_ROWCOUNT: Any = {"preserve_rowcount": True}


class Prepared:
    """``statement`` compiled for each dialect it meets (by name and driver)."""

    def __init__(self, statement: ClauseElement) -> None:
        self._statement = statement
        self._by_dialect: dict[tuple[str, str], _Compiled] = {}

    def execute(self, conn: Connection, params: Mapping[str, Any]) -> CursorResult[Any]:
        dialect = conn.dialect
        compiled = self._by_dialect.get((dialect.name, dialect.driver))
        if compiled is None:
            compiled = self._by_dialect[(dialect.name, dialect.driver)] = _Compiled(
                self._statement, conn
            )
        # the row count is kept for conditional writes (SQLAlchemy keeps it only when asked)
        return conn.exec_driver_sql(compiled.sql, compiled.args(params), _KEEP_ROWCOUNT)


class _Compiled:
    def __init__(self, statement: ClauseElement, conn: Connection) -> None:
        dialect = conn.dialect
        self._compiled = compiled = cast(SQLCompiler, statement.compile(dialect=dialect))
        self.sql = compiled.string
        self._order = compiled.positiontup if compiled.positional else None
        processors: list[tuple[str, Callable[[Any], Any]]] = []
        for bind, name in compiled.bind_names.items():
            process = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors.append((name, process))
        self._processors = processors

    def args(self, values: Mapping[str, Any]) -> Any:
        params = cast(dict[str, Any], self._compiled.construct_params(dict(values)))
        for name, process in self._processors:
            params[name] = process(params[name])
        return params if self._order is None else tuple(params[name] for name in self._order)
