"""Shared fixtures: a fresh database per test (SQLite file, or PostgreSQL when
``VEIL_TEST_DATABASE_URL`` is set), settings, runtime and an HTTP client."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from veil.api.app import create_app
from veil.config import Settings
from veil.runtime import Runtime, build
from veil.store import schema
from veil.store.session import create_db_engine

PG_URL = os.environ.get("VEIL_TEST_DATABASE_URL")
DB_FIXTURES = {"database_url", "runtime", "client", "settings_factory", "settings"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that touches a database, so CI can rerun them on PostgreSQL."""
    for item in items:
        if DB_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.db)


def _pg_admin_url(url: str, database: str) -> str:
    return make_url(url).set(database=database).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def _template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated database to copy per test: migrating once keeps the suite fast."""
    if PG_URL:
        name = f"veil_tmpl_{uuid.uuid4().hex[:12]}"
        admin = create_engine(_pg_admin_url(PG_URL, "postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        engine = create_db_engine(_pg_admin_url(PG_URL, name))
        schema.upgrade(engine)
        engine.dispose()
        yield name
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        return
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = create_db_engine(f"sqlite:///{path}")
    schema.upgrade(engine)
    engine.dispose()  # the last connection to close checkpoints the WAL into the file
    yield str(path)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "var"
    path.mkdir(mode=0o700)
    return path


@pytest.fixture
def database_url(_template: str, data_dir: Path) -> Iterator[str]:
    if PG_URL:
        name = f"veil_t_{uuid.uuid4().hex[:12]}"
        admin = create_engine(_pg_admin_url(PG_URL, "postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{_template}"'))
        yield _pg_admin_url(PG_URL, name)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        return
    target = data_dir / "veil.db"
    shutil.copyfile(_template, target)
    yield f"sqlite:///{target}"


@pytest.fixture
def settings_factory(data_dir: Path, database_url: str) -> Callable[..., Settings]:
    def make(**overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "data_dir": data_dir,
            "environment": "test",
            "database": {"url": database_url},
        }
        values.update(overrides)
        return Settings(**values)

    return make


@pytest.fixture
def settings(settings_factory: Callable[..., Settings]) -> Settings:
    return settings_factory()


@pytest.fixture
def runtime(settings: Settings) -> Iterator[Runtime]:
    built = build(settings)
    built.keys.ensure_key()  # what `veil serve` does at start-up: opens (creates) the key
    yield built
    built.close()


@pytest.fixture
def client(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(create_app(runtime), raise_server_exceptions=False) as test_client:
        yield test_client
