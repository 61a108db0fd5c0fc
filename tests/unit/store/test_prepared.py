"""A prepared statement sends the same SQL and the same processed parameters as ``execute``,
and keeps what SQLAlchemy would have done around it (error wrapping, table versions)."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, Table, Uuid, bindparam, insert, select
from sqlalchemy.exc import IntegrityError

from veil.store.base import UTCDateTime
from veil.store.prepared import Prepared
from veil.store.session import INSERTED, Database, create_db_engine

METADATA = MetaData()
THINGS = Table(
    "things", METADATA,
    Column("id", Uuid, primary_key=True), Column("at", UTCDateTime), Column("n", Integer),
)  # fmt: skip


def test_prepared_statements_bind_like_execute(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'x.db'}")
    METADATA.create_all(engine)
    thing, at = uuid.uuid4(), datetime(2026, 11, 23, 9, 30, 0, 5, tzinfo=UTC)
    write = Prepared(insert(THINGS))
    read = select(THINGS.c.n).where(THINGS.c.id == bindparam("id"), THINGS.c.at == bindparam("at"))
    with engine.begin() as conn:
        assert write.execute(conn, {"id": thing, "at": at, "n": 7}).rowcount == 1
        assert write.execute(conn, {"id": uuid.uuid4(), "at": at, "n": 8}).rowcount == 1
        # stored exactly as execute() would have stored it: execute() finds it again
        assert conn.execute(read, {"id": thing, "at": at}).scalar() == 7
        prepared = Prepared(read).execute(conn, {"id": thing, "at": at}).rows
        assert [tuple(row) for row in prepared] == [(7,)]
        assert Prepared(read).execute(conn, {"id": thing, "at": at}).scalar() == 7
        assert Prepared(read).execute(conn, {"id": uuid.uuid4(), "at": at}).scalar() is None
    engine.dispose()


def test_a_batch_runs_as_one_executemany(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'x.db'}")
    METADATA.create_all(engine)
    at = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    rows = [{"id": uuid.uuid4(), "at": at, "n": n} for n in range(5)]
    with engine.begin() as conn:
        assert Prepared(insert(THINGS)).execute_many(conn, rows).rowcount == 5
        assert conn.execute(select(THINGS.c.n).order_by(THINGS.c.n)).scalars().all() == [
            0,
            1,
            2,
            3,
            4,
        ]
    engine.dispose()


def test_driver_errors_come_out_as_sqlalchemys(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'x.db'}")
    METADATA.create_all(engine)
    write = Prepared(insert(THINGS))
    row = {"id": uuid.uuid4(), "at": datetime(2026, 11, 23, tzinfo=UTC), "n": 1}
    with engine.begin() as conn:
        write.execute(conn, row)
        with pytest.raises(IntegrityError) as caught:
            write.execute(conn, row)  # the same primary key again
    assert isinstance(caught.value.orig, sqlite3.IntegrityError)
    assert "things" in str(caught.value.statement)
    engine.dispose()


def test_a_write_is_noted_for_the_table_versions(tmp_path: Path) -> None:
    database = Database(create_db_engine(f"sqlite:///{tmp_path / 'x.db'}"))
    METADATA.create_all(database.engine)
    row = {"id": uuid.uuid4(), "at": datetime(2026, 11, 23, tzinfo=UTC), "n": 1}
    with database.unit_of_work() as session:
        Prepared(insert(THINGS)).execute(session.connection(), row)
    assert database.versions.of(["things" + INSERTED]) == (1,)
    database.dispose()
