"""Engine and session factory; ``Database.unit_of_work()`` is the only place that commits."""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any, Generic, TypeAlias, TypeVar, cast

from sqlalchemy import Dialect, Engine, create_engine, event, text
from sqlalchemy.engine.interfaces import DBAPICursor
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from veil.domain.errors import DatabaseUnavailable

# What services hold and pass to repositories: an open transaction (services import no
# SQLAlchemy, so they name it through this alias).
UnitOfWork: TypeAlias = Session


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


READ_ONLY = "veil_read_only"


def _sqlite_begin(conn: Any) -> None:
    # A unit of work takes the write lock when it starts, not at its first write, so two
    # writers cannot both read and then deadlock upgrading their locks. Read-only sessions
    # begin deferred: in WAL mode they never wait for a writer, nor make one wait.
    statement = "BEGIN" if conn.get_execution_options().get(READ_ONLY) else "BEGIN IMMEDIATE"
    # straight on the driver's connection: through exec_driver_sql this cost about a fifth of
    # an empty unit of work; its errors are wrapped as SQLAlchemy's would be
    try:
        conn.connection.driver_connection.execute(statement)
    except sqlite3.Error as exc:
        raise wrap_driver_error(exc, statement, conn.dialect) from exc


def create_db_engine(url: str, *, pool_size: int = 5, echo: bool = False) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "connect")
        def _no_pysqlite_begin(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None

        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, echo=echo, pool_size=pool_size, pool_pre_ping=True)


def after_commit(session: Session, callback: Callable[[], object]) -> None:
    """Run ``callback`` once, after ``session``'s transaction commits (never on rollback)."""

    def fire(_session: Session) -> None:
        callback()

    event.listen(session, "after_commit", fire, once=True)


_WRITE = re.compile(r'\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.IGNORECASE)
_WRITES = "veil_writes"  # key in a DBAPI connection's info: tables written in this transaction
INSERTED = ":insert"  # version key suffix for inserts into a table: "consent_events:insert"


class TableVersions:
    """A counter per table of this process, bumped after each commit that wrote the table
        (``name`` for updates and deletes, ``name + INSERTED`` for inserts).

        In-process caches (authenticated tokens, consent state) remember the versions of the
        tables their entry was read from, read *before* the database, and drop the entry as soon
        as one moved on. The bump happens after the commit returns, so an entry read in between
        is merely dropped early, never kept stale. Writes are seen at the cursor, so Core
        statements, ORM flushes and bulk deletes (erasure) all count; database-side cascades do
        not, so a cache also watches the parent table. Other processes' writes are not seen here:
        caches bound their entries' age for that (see docs/accounts.md). Updates and deletes that
    matched no row bump nothing.
    """

    def __init__(self) -> None:
        self._versions: dict[str, int] = {}
        self._lock = threading.Lock()

    def of(self, tables: Iterable[str]) -> tuple[int, ...]:
        versions = self._versions
        return tuple(versions.get(table, 0) for table in tables)

    def bump(self, tables: Iterable[str]) -> None:
        with self._lock:
            for table in tables:
                self._versions[table] = self._versions.get(table, 0) + 1


K = TypeVar("K")
V = TypeVar("V")


class VersionedCache(Generic[K, V]):
    """A small in-process cache whose entries die when a watched table changes here, or at
    ``max_age`` seconds (the bound on staleness for writes made by other processes).

    Usage: ``stamp = cache.stamp()`` *before* reading the database, then
    ``cache.put(key, value, stamp)``; ``get`` answers only while the stamp is current.
    """

    def __init__(
        self,
        versions: TableVersions,
        watch: tuple[str, ...],
        *,
        max_age: float,
        max_entries: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._versions, self._watch, self._max_age = versions, watch, max_age
        self._max_entries, self._clock = max_entries, clock
        self._entries: dict[K, tuple[tuple[int, ...], float, V]] = {}

    def stamp(self) -> tuple[tuple[int, ...], float]:
        return self._versions.of(self._watch), self._clock()

    def get(self, key: K) -> V | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        versions, read_at, value = entry
        if versions != self._versions.of(self._watch) or self._clock() - read_at > self._max_age:
            self._entries.pop(key, None)
            return None
        return value

    def put(self, key: K, value: V, stamp: tuple[tuple[int, ...], float]) -> None:
        if self._max_age <= 0:
            return
        if len(self._entries) >= self._max_entries:
            self._entries.clear()  # crude but bounded; a miss only costs a read
        self._entries[key] = (stamp[0], stamp[1], value)

    def drop(self, key: K) -> None:
        self._entries.pop(key, None)


def _note_write(
    conn: Any, cursor: Any, statement: str, _params: Any, _context: Any, _many: bool
) -> None:
    note_write(conn.info, statement, cursor.rowcount)


def note_write(info: dict[Any, Any], statement: str, rowcount: int) -> None:
    """Remember in a connection's ``info`` which table ``statement`` wrote (the
    ``after_cursor_execute`` listener; statements run on the bare driver cursor call it)."""
    match = _WRITE.match(statement)
    # an update or delete that matched no row changed nothing (rowcount -1: unknown, count it)
    if match is None or rowcount == 0:
        return
    table = match.group(2).lower()
    # inserts apart: a new row rarely invalidates what a cache holds (a new token does not
    # end an old one), an update or a delete usually does
    key = table + INSERTED if match.group(1)[0] in "Ii" else table
    info.setdefault(_WRITES, set()).add(key)


def wrap_driver_error(
    exc: Exception, statement: str | None, dialect: Dialect, *, invalidated: bool = False
) -> DBAPIError:
    """``exc`` from the driver as SQLAlchemy would raise it (``IntegrityError``,
    ``OperationalError``...), for statements run on the bare driver connection. Parameters
    are left out of the message: they may hold personal data."""
    error: type[Exception] = dialect.loaded_dbapi.Error
    return cast(
        DBAPIError,
        DBAPIError.instance(
            statement, None, exc, error, dialect=dialect, connection_invalidated=invalidated
        ),
    )


def _rollback_quietly(raw: Any, driver_error: type[Exception]) -> None:
    # the error being raised says more than a failed rollback on a broken connection would
    with suppress(driver_error):
        raw.rollback()


def _forget_writes(conn: Any) -> None:
    conn.info.pop(_WRITES, None)


def _in_wal_mode(engine: Engine) -> bool:
    with engine.connect() as connection:
        mode = connection.exec_driver_sql("PRAGMA journal_mode").scalar()
    return str(mode).lower() == "wal"


class Database:
    """Owns the engine; hands out units of work."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.versions = TableVersions()
        event.listen(engine, "after_cursor_execute", _note_write)
        event.listen(engine, "begin", _forget_writes)
        event.listen(engine, "rollback", _forget_writes)
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._readers = sessionmaker(
            engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )
        self._reads_never_wait: bool | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def reads_never_wait(self) -> bool:
        """True when a ``read()`` session never waits on a lock or the network: SQLite in WAL
        mode (readers never wait for a writer; the work is CPU in this process). Callers on an
        event loop may then read inline instead of paying for a worker-thread hop."""
        if self._reads_never_wait is None:  # asked once, when first needed
            self._reads_never_wait = self.dialect == "sqlite" and _in_wal_mode(self.engine)
        return self._reads_never_wait

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """One transaction: commit when the block succeeds, roll back when it raises."""
        session = self._sessions()
        try:
            yield session
            session.flush()
            written = self._written(session)
            session.commit()
            if written:
                self.versions.bump(written)
        except OperationalError as exc:
            session.rollback()
            raise DatabaseUnavailable("the database could not be reached") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def driver_transaction(self, writes: Iterable[str]) -> Iterator[DBAPICursor]:
        """One transaction straight on a pooled driver connection, for a lone statement or
        two that need nothing of the ORM (an audit event that is the only write of its
        transaction): no session, no execution context, no events (a standalone audit
        append this way: ~63 µs on SQLite, against ~157 µs in a unit of work). The same
        contract otherwise: SQLite begins
        with ``BEGIN IMMEDIATE``; commit when the block succeeds, roll back when it raises;
        driver errors come out as SQLAlchemy's ``DBAPIError`` subclasses, and
        ``OperationalError`` as ``DatabaseUnavailable``; after the commit the versions of
        ``writes`` (version keys, e.g. ``"audit_log" + INSERTED``) move on. The statements
        must use the driver's parameter style (``store/prepared.py`` compiles them)."""
        dialect = self.engine.dialect
        driver_error: type[Exception] = dialect.loaded_dbapi.Error
        try:
            raw = self.engine.raw_connection()
        except DBAPIError as exc:
            raise DatabaseUnavailable("the database could not be reached") from exc
        cursor = None
        try:
            cursor = raw.cursor()
            if dialect.name == "sqlite":
                cursor.execute("BEGIN IMMEDIATE")
            yield cursor
            raw.commit()
        except driver_error as exc:
            _rollback_quietly(raw, driver_error)
            if dialect.is_disconnect(cast(Any, exc), raw.dbapi_connection, cursor):
                raw.invalidate(exc)
            wrapped = wrap_driver_error(exc, None, dialect)
            if isinstance(wrapped, OperationalError):
                raise DatabaseUnavailable("the database could not be reached") from wrapped
            raise wrapped from exc
        except BaseException:
            _rollback_quietly(raw, driver_error)
            raise
        finally:
            if cursor is not None:
                cursor.close()
            raw.close()
        self.versions.bump(writes)

    @staticmethod
    def _written(session: Session) -> set[str]:
        """The tables this unit of work wrote (no new transaction is begun to ask)."""
        if not session.in_transaction():
            return set()
        written: set[str] = session.connection().info.pop(_WRITES, set())
        return written

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session: rolled back at the end, never committed."""
        session = self._readers()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    def ping(self) -> None:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except (OperationalError, DBAPIError) as exc:
            raise DatabaseUnavailable("the database could not be reached") from exc

    def dispose(self) -> None:
        self.engine.dispose()
