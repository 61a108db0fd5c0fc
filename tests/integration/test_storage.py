from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from veil.domain.errors import DatabaseUnavailable, SchemaOutOfDate
from veil.runtime import Runtime
from veil.store import schema
from veil.store.models import InstanceInfo
from veil.store.session import Database, create_db_engine


def test_schema_is_at_head(runtime: Runtime) -> None:
    assert schema.current_revision(runtime.database.engine) == schema.head_revision()


def test_models_and_migrations_agree(runtime: Runtime) -> None:
    schema.check(runtime.database.engine)


def test_downgrade_and_upgrade_round_trip(runtime: Runtime) -> None:
    schema.downgrade(runtime.database.engine, "base")
    assert schema.current_revision(runtime.database.engine) is None
    schema.upgrade(runtime.database.engine)
    assert schema.is_current(runtime.database.engine)


def test_unit_of_work_commits_on_success(runtime: Runtime) -> None:
    with runtime.database.unit_of_work() as session:
        session.add(InstanceInfo(key="k", value="v"))
    with runtime.database.read() as session:
        assert session.get(InstanceInfo, "k") is not None


def test_unit_of_work_rolls_back_on_error(runtime: Runtime) -> None:
    with pytest.raises(RuntimeError), runtime.database.unit_of_work() as session:
        session.add(InstanceInfo(key="k", value="v"))
        session.flush()
        raise RuntimeError("abort")
    with runtime.database.read() as session:
        assert session.get(InstanceInfo, "k") is None


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    database = Database(create_db_engine(f"sqlite:///{tmp_path / 'x.db'}"))
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    database.dispose()


def test_ensure_schema_refuses_an_old_schema(runtime: Runtime) -> None:
    schema.downgrade(runtime.database.engine, "base")
    with pytest.raises(SchemaOutOfDate, match="veil db upgrade"):
        runtime.system.ensure_schema(auto_migrate=False)


def test_ensure_schema_can_migrate_when_configured(runtime: Runtime) -> None:
    schema.downgrade(runtime.database.engine, "base")
    runtime.system.ensure_schema(auto_migrate=True)
    assert runtime.system.readiness().ready


def test_unreachable_database_is_a_clear_error() -> None:
    database = Database(create_db_engine("postgresql://veil@127.0.0.1:1/veil"))
    with pytest.raises(DatabaseUnavailable):
        database.ping()


def test_a_reader_does_not_wait_for_a_writer_on_sqlite(tmp_path: Path) -> None:
    database = Database(create_db_engine(f"sqlite:///{tmp_path / 'r.db'}"))
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    with database.unit_of_work() as writer:
        writer.execute(text("INSERT INTO t VALUES (1)"))
        writer.flush()
        with database.read() as reader:  # would block on BEGIN IMMEDIATE until busy_timeout
            assert reader.execute(text("SELECT count(*) FROM t")).scalar() == 0
    database.dispose()
