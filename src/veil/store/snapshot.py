"""Database-level pieces of backup and restore: where the database is, how to reach it with
the PostgreSQL client tools, SQLite's online backup, emptying a PostgreSQL schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url

from veil.domain.errors import BackupError
from veil.store.session import Database


def sqlite_path(database: Database) -> Path:
    path = database.engine.url.database
    if not path or path == ":memory:":
        raise BackupError("only file-backed SQLite databases can be backed up")
    return Path(path)


def sqlite_backup(source: Path, dest: Path) -> None:
    """A consistent copy of a live SQLite database (WAL included) via its backup API."""
    src, dst = sqlite3.connect(source), sqlite3.connect(dest)
    try:
        with dst:
            src.backup(dst)
    finally:
        src.close()
        dst.close()


def pg_target(database: Database) -> tuple[str, dict[str, str]]:
    """A libpq URL for pg_dump/psql without the password, and the env carrying it
    (a password in argv would show in ``ps``)."""
    url = database.engine.url.set(drivername="postgresql")
    env = {"PGPASSWORD": url.password} if url.password else {}
    plain = make_url(url.set(password=None).render_as_string(hide_password=False))
    return plain.render_as_string(hide_password=False), {k: str(v) for k, v in env.items()}


def empty_public_schema(database: Database) -> None:
    """Drop every table, function and trigger of PostgreSQL's ``public`` schema."""
    with database.engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
