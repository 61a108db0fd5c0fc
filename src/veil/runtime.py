"""Composition root: the one place that turns settings into wired objects.

``build(settings)`` creates the data directory, the database engine, the key provider, the
envelope, the sealer factory, the audit log and the services; it opens no connection, so a
command that needs none (``veil version``) never waits on one. Start-up commands then call
``runtime.keys.ensure_key()`` once the schema is current.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from veil.audit.log import AuditLog
from veil.config import Settings
from veil.crypto.blind_index import BlindIndex
from veil.crypto.envelope import DekCache, Envelope
from veil.crypto.keys import KeyProvider, ProviderContext, load_factory
from veil.domain.errors import KeyProviderError
from veil.store.registry import DataRegistry
from veil.store.sealed import SealerFactory
from veil.store.session import Database, create_db_engine
from veil.system.keys import KeyService
from veil.system.service import SystemService


@dataclass
class Runtime:
    settings: Settings
    database: Database
    system: SystemService
    key_provider: KeyProvider
    envelope: Envelope
    sealers: SealerFactory
    blind_index: BlindIndex
    audit: AuditLog
    registry: DataRegistry
    keys: KeyService
    closers: list[object] = field(default_factory=list)

    def close(self) -> None:
        self.database.dispose()


def ensure_data_dir(path: Path) -> Path:
    """Create the data directory readable by its owner only: it holds every secret."""
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def build_key_provider(settings: Settings) -> KeyProvider:
    """The configured provider; ``ConfigurationError``/``KeyProviderError`` if it can't load."""
    name = settings.keys.provider
    factory = load_factory(name)
    section = getattr(settings.keys, name, None)
    options = section.model_dump() if section is not None else {}
    try:
        provider = factory(ProviderContext(options=options, data_dir=settings.data_dir))
    except KeyProviderError:
        raise
    except Exception as exc:  # a plug-in's own failure must still stop start-up cleanly
        raise KeyProviderError(f"key provider '{name}' failed to start") from exc
    if not isinstance(provider, KeyProvider):
        raise KeyProviderError(f"key provider '{name}' does not implement KeyProvider")
    return provider


def build(settings: Settings) -> Runtime:
    ensure_data_dir(settings.data_dir)
    engine = create_db_engine(
        settings.database_url,
        pool_size=settings.database.pool_size,
        echo=settings.database.echo,
    )
    database = Database(engine)
    provider = build_key_provider(settings)
    envelope = Envelope(
        provider, DekCache(settings.keys.dek_cache_size, settings.keys.dek_cache_ttl_seconds)
    )
    index = BlindIndex.deferred(provider.index_key)
    registry = DataRegistry()
    audit = AuditLog()
    return Runtime(
        settings=settings,
        database=database,
        system=SystemService(database),
        key_provider=provider,
        envelope=envelope,
        sealers=SealerFactory(envelope, index, registry),
        blind_index=index,
        audit=audit,
        registry=registry,
        keys=KeyService(database, provider, envelope, index, audit),
    )
