from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError, ProgrammingError

from veil.domain.errors import DatabaseUnavailable, SchemaOutOfDate
from veil.runtime import Runtime
from veil.store import schema
from veil.store.models import InstanceInfo
from veil.store.session import (
    INSERTED,
    Database,
    TableVersions,
    VersionedCache,
    create_db_engine,
)


def test_schema_is_at_head(runtime: Runtime) -> None:
    assert schema.current_revision(runtime.database.engine) == schema.head_revision()


def test_models_and_migrations_agree(runtime: Runtime) -> None:
    schema.check(runtime.database.engine)


def test_downgrade_and_upgrade_round_trip(runtime: Runtime) -> None:
    schema.downgrade(runtime.database.engine, "base")
    assert schema.current_revision(runtime.database.engine) is None
    schema.upgrade(runtime.database.engine)
    assert schema.is_current(runtime.database.engine)


def test_only_sqlite_reads_are_run_on_the_event_loop(runtime: Runtime) -> None:
    # PostgreSQL reads cross the network: chat turns prepare them in a worker thread
    database = runtime.database
    assert database.reads_never_wait is (database.dialect == "sqlite")


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


_INSERT_K = (
    "INSERT INTO instance_info (key, value, updated_at) "
    "VALUES ('k', 'v', '2026-11-23 09:30:00.000000')"
)


def test_a_driver_transaction_commits_on_success_and_moves_versions(runtime: Runtime) -> None:
    database = runtime.database
    (before,) = database.versions.of(["instance_info" + INSERTED])
    with database.driver_transaction(["instance_info" + INSERTED]) as cursor:
        cursor.execute(_INSERT_K)
    with database.read() as session:
        assert session.get(InstanceInfo, "k") is not None
    assert database.versions.of(["instance_info" + INSERTED]) == (before + 1,)


def test_a_driver_transaction_rolls_back_on_error(runtime: Runtime) -> None:
    database = runtime.database
    before = database.versions.of(["instance_info"])
    with pytest.raises(RuntimeError), database.driver_transaction(["instance_info"]) as cursor:
        cursor.execute(_INSERT_K)
        raise RuntimeError("abort")
    with database.read() as session:
        assert session.get(InstanceInfo, "k") is None
    assert database.versions.of(["instance_info"]) == before


def test_a_driver_transaction_wraps_driver_errors_as_sqlalchemy_does(runtime: Runtime) -> None:
    database = runtime.database
    with database.driver_transaction([]) as cursor:
        cursor.execute(_INSERT_K)
    with pytest.raises(IntegrityError), database.driver_transaction([]) as cursor:
        cursor.execute(_INSERT_K)  # the same key again
    # SQLite reports a missing table as an OperationalError, which a unit of work turns into
    # DatabaseUnavailable too; PostgreSQL as a ProgrammingError
    expected = DatabaseUnavailable if database.dialect == "sqlite" else ProgrammingError
    with pytest.raises(expected) as caught, database.driver_transaction([]) as cursor:
        cursor.execute("SELECT * FROM no_such_table")
    assert isinstance(caught.value, DBAPIError) or isinstance(caught.value.__cause__, DBAPIError)
    with database.driver_transaction([]) as cursor:  # the pooled connection still works
        cursor.execute("SELECT 1")
        row = cursor.fetchone()
    assert row is not None and row[0] == 1


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


def _versioned(tmp_path: Path) -> Database:
    database = Database(create_db_engine(f"sqlite:///{tmp_path / 'v.db'}"))
    with database.engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    return database


def test_a_commit_bumps_the_versions_of_the_tables_it_wrote(tmp_path: Path) -> None:
    database = _versioned(tmp_path)
    before = database.versions.of(["t", "t" + INSERTED])
    with database.unit_of_work() as session:
        session.execute(text("INSERT INTO t VALUES (1)"))
    assert database.versions.of(["t", "t" + INSERTED]) == (before[0], before[1] + 1)
    with database.unit_of_work() as session:
        session.execute(text("DELETE FROM t"))
    assert database.versions.of(["t"]) == (before[0] + 1,)
    database.dispose()


def test_a_rollback_or_a_read_bumps_nothing(tmp_path: Path) -> None:
    database = _versioned(tmp_path)
    with pytest.raises(RuntimeError), database.unit_of_work() as session:
        session.execute(text("INSERT INTO t VALUES (1)"))
        raise RuntimeError("abort")
    with database.read() as session:
        session.execute(text("SELECT count(*) FROM t"))
    with database.unit_of_work() as session:
        session.execute(text("SELECT 1"))
    assert database.versions.of(["t", "t" + INSERTED]) == (0, 0)
    database.dispose()


def test_a_cached_entry_dies_when_its_table_changes(tmp_path: Path) -> None:
    database = _versioned(tmp_path)
    cache: VersionedCache[str, int] = VersionedCache(database.versions, ("t",), max_age=60)
    cache.put("k", 1, cache.stamp())
    assert cache.get("k") == 1
    with database.unit_of_work() as session:
        session.execute(text("INSERT INTO t VALUES (1)"))
    assert cache.get("k") == 1  # an insert is not watched here
    with database.unit_of_work() as session:
        session.execute(text("UPDATE t SET x = 2"))
    assert cache.get("k") is None
    database.dispose()


def test_a_cached_entry_read_before_a_commit_is_never_kept(tmp_path: Path) -> None:
    database = _versioned(tmp_path)
    cache: VersionedCache[str, int] = VersionedCache(database.versions, ("t",), max_age=60)
    with database.unit_of_work() as session:
        session.execute(text("INSERT INTO t VALUES (1)"))
    stamp = cache.stamp()  # taken before the read, as the services do
    with database.unit_of_work() as session:
        session.execute(text("DELETE FROM t"))
    cache.put("k", 1, stamp)  # a value read before (or during) that commit
    assert cache.get("k") is None
    database.dispose()


def test_a_cached_entry_dies_with_age() -> None:
    now = [100.0]
    cache: VersionedCache[str, int] = VersionedCache(
        TableVersions(), ("t",), max_age=2.0, clock=lambda: now[0]
    )
    cache.put("k", 1, cache.stamp())
    now[0] += 1.9
    assert cache.get("k") == 1
    now[0] += 0.2
    assert cache.get("k") is None


def test_a_cache_without_age_holds_nothing() -> None:
    cache: VersionedCache[str, int] = VersionedCache(TableVersions(), ("t",), max_age=0)
    cache.put("k", 1, cache.stamp())
    assert cache.get("k") is None


def test_a_delete_that_matched_nothing_bumps_nothing(tmp_path: Path) -> None:
    database = _versioned(tmp_path)
    with database.unit_of_work() as session:
        session.execute(text("DELETE FROM t WHERE x = 42"))
    assert database.versions.of(["t"]) == (0,)
    database.dispose()
