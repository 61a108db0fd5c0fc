"""Composition root: the one place that turns settings into wired objects.

``build(settings)`` creates the data directory, the database engine and the services; it
opens no connection, so a command that needs none (``veil version``) never waits on one.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from veil.config import Settings
from veil.llm.base import ChatBackend
from veil.llm.registry import create_backend, load_plugins
from veil.store.session import Database, create_db_engine
from veil.system.service import SystemService


@dataclass
class Runtime:
    settings: Settings
    database: Database
    system: SystemService
    llm: ChatBackend
    closers: list[object] = field(default_factory=list)

    def close(self) -> None:
        self.database.dispose()

    async def aclose(self) -> None:
        """Close what needs the event loop (the model backend's connections), then the rest."""
        await self.llm.aclose()
        self.close()


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory readable by its owner only: it holds every secret."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def build_llm(settings: Settings) -> ChatBackend:
    """The configured model backend; a backend that cannot load stops start-up."""
    name = settings.llm.backend
    return create_backend(name, settings.llm.section(name), load_plugins())


def build(settings: Settings) -> Runtime:
    ensure_data_dir(settings.data_dir)
    llm = build_llm(settings)
    engine = create_db_engine(
        settings.database_url,
        pool_size=settings.database.pool_size,
        echo=settings.database.echo,
    )
    database = Database(engine)
    return Runtime(settings=settings, database=database, system=SystemService(database), llm=llm)
