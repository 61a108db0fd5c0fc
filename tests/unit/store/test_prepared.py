"""A prepared statement sends the same SQL and the same processed parameters as ``execute``."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, Table, Uuid, bindparam, insert, select

from veil.store.base import UTCDateTime
from veil.store.prepared import Prepared
from veil.store.session import create_db_engine

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
        prepared = Prepared(read).execute(conn, {"id": thing, "at": at}).all()
        assert [tuple(row) for row in prepared] == [(7,)]
    engine.dispose()
