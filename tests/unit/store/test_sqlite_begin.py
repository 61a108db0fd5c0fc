"""The SQLite unit of work begins with BEGIN IMMEDIATE on the driver connection; a lock it
cannot get still surfaces as SQLAlchemy's OperationalError, i.e. ``DatabaseUnavailable``."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text

from veil.domain.errors import DatabaseUnavailable
from veil.store.session import Database, create_db_engine


def test_a_held_write_lock_is_reported_as_database_unavailable(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    engine = create_db_engine(f"sqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _no_wait(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA busy_timeout=0")  # after the engine's own pragmas

    database = Database(engine)
    with database.unit_of_work() as session:
        session.execute(text("CREATE TABLE t (a INTEGER)"))
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseUnavailable), database.unit_of_work() as session:
            session.execute(text("INSERT INTO t VALUES (1)"))
        with database.read() as session:  # a reader begins deferred: the writer does not block it
            assert session.execute(text("SELECT count(*) FROM t")).scalar() == 0
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with database.unit_of_work() as session:
        session.execute(text("INSERT INTO t VALUES (1)"))
    database.dispose()


def test_sqlite_in_wal_mode_reads_never_wait(tmp_path: Path) -> None:
    database = Database(create_db_engine(f"sqlite:///{tmp_path / 'wal.db'}"))
    assert database.reads_never_wait  # chat turns prepare on the event loop: no thread hop
    database.dispose()


def test_sqlite_without_wal_reads_may_wait(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'journal.db'}")

    @event.listens_for(engine, "connect")
    def _rollback_journal(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA journal_mode=DELETE")  # e.g. WAL refused by the FS

    database = Database(engine)
    assert not database.reads_never_wait  # a reader can wait for a writer here
    database.dispose()
