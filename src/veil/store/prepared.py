"""Hot Core statements compiled once per dialect and run on the bare driver cursor.

``Connection.execute`` walks a statement to build its compilation-cache key on every call, and
every execution, ``exec_driver_sql`` too, builds an execution context and a result object;
for the few statements every unit of work runs (the subject-key read, the audit append) that
machinery cost several times what the database spends on them (the key read on SQLite: 46 µs
through ``execute``, 4 µs on the driver; a sealed one-row unit of work on SQLite spent ~70 µs
of ~550 in it). A ``Prepared`` statement skips it: the same SQL, parameters through the same
bind processors, run on the cursor of the connection's own transaction (begun first if it was
not). What SQLAlchemy would have done around it is kept: driver errors are raised as
SQLAlchemy's ``DBAPIError`` subclasses (``wrap_driver_error``), a disconnect invalidates the
connection, and a write is noted for the table versions (``note_write``). Not kept: engine
events and ``echo`` logging see none of these statements. Rows come back as the driver
returns them, so only use it for statements whose result columns need no type processing
(bytes, integers, strings) or that return no rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from veil.store.session import note_write, wrap_driver_error


@dataclass(frozen=True, slots=True)
class Ran:
    """What a statement returned: its row count and its rows (driver tuples, fetched)."""

    rowcount: int
    rows: list[Any]

    def first(self) -> Any | None:
        return self.rows[0] if self.rows else None

    def scalar(self) -> Any | None:
        """The first column of the first row, or None when there is no row."""
        return self.rows[0][0] if self.rows else None


class Prepared:
    """``statement`` compiled for each dialect it meets (by name and driver)."""

    def __init__(self, statement: ClauseElement) -> None:
        self._statement = statement
        self._by_dialect: dict[tuple[str, str], Compiled] = {}

    def execute(self, conn: Connection, params: Mapping[str, Any]) -> Ran:
        compiled = self.compiled(conn.dialect)
        return _run(conn, compiled.sql, compiled.args(params), many=False)

    def execute_many(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> Ran:
        """Run the statement once per row, as one ``executemany``."""
        compiled = self.compiled(conn.dialect)
        return _run(conn, compiled.sql, [compiled.args(row) for row in rows], many=True)

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


def _run(conn: Connection, sql: str, args: Any, *, many: bool) -> Ran:
    if not conn.in_transaction():
        conn.begin()  # what executing through SQLAlchemy would have done (autobegin)
    raw = conn.connection
    dialect = conn.dialect
    cursor = raw.cursor()
    try:
        if many:
            cursor.executemany(sql, args)
        else:
            cursor.execute(sql, args)
        rows = list(cursor.fetchall()) if cursor.description is not None else []
        rowcount = cursor.rowcount
    except dialect.loaded_dbapi.Error as exc:
        invalidated = dialect.is_disconnect(exc, raw.dbapi_connection, cursor)
        if invalidated:
            conn.invalidate(exc)
        raise wrap_driver_error(exc, sql, dialect, invalidated=invalidated) from exc
    finally:
        cursor.close()
    note_write(conn.info, sql, rowcount)
    return Ran(rowcount, rows)
