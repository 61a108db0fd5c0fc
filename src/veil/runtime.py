"""Composition root: the one place that turns settings into wired objects.

``build(settings)`` creates the data directory, the database engine and the services; it
opens no connection, so a command that needs none (``veil version``) never waits on one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from veil.config import Settings
from veil.store.session import Database, create_db_engine
from veil.system.service import SystemService


@dataclass
class Runtime:
    settings: Settings
    database: Database
    system: SystemService
    closers: list[object] = field(default_factory=list)

    def close(self) -> None:
        self.database.dispose()


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory readable by its owner only: it holds every secret."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def build(settings: Settings) -> Runtime:
    ensure_data_dir(settings.data_dir)
    engine = create_db_engine(
        settings.database_url,
        pool_size=settings.database.pool_size,
        echo=settings.database.echo,
    )
    database = Database(engine)
    return Runtime(settings=settings, database=database, system=SystemService(database))
