"""Composition root: the one place that turns settings into wired objects.

``build(settings)`` creates the data directory, the database engine, the key provider, the
envelope, the sealer factory, the audit log and the services; it opens no connection, so a
command that needs none (``veil version``) never waits on one. Start-up commands then call
``runtime.keys.ensure_key()`` once the schema is current.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from veil.audit.log import AuditLog
from veil.config import Settings
from veil.crypto.blind_index import BlindIndex
from veil.crypto.envelope import DekCache, Envelope
from veil.crypto.keys import KeyProvider, ProviderContext, load_factory
from veil.domain.errors import KeyProviderError
from veil.domain.requests import Jurisdiction
from veil.retention.jobs import RetentionJob, RetentionPolicy
from veil.rights.bundle import RightsServices
from veil.rights.erasure import ErasureService
from veil.rights.export import ExportPolicy, ExportService
from veil.rights.files import ExportFiles
from veil.rights.receipts import ReceiptSigner
from veil.rights.restrict import RestrictionService
from veil.rights.service import RequestService
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
    rights: RightsServices
    retention: RetentionJob
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
    sealers = SealerFactory(envelope, index, registry)
    keys = KeyService(database, provider, envelope, index, audit)
    rights = build_rights(
        settings, database, sealers=sealers, registry=registry, audit=audit, index=index,
        keys=keys, provider=provider,
    )  # fmt: skip
    return Runtime(
        settings=settings,
        database=database,
        system=SystemService(database),
        key_provider=provider,
        envelope=envelope,
        sealers=sealers,
        blind_index=index,
        audit=audit,
        registry=registry,
        keys=keys,
        rights=rights,
        retention=build_retention(settings, database, registry, audit, rights),
    )


def build_rights(
    settings: Settings,
    database: Database,
    *,
    sealers: SealerFactory,
    registry: DataRegistry,
    audit: AuditLog,
    index: BlindIndex,
    keys: KeyService,
    provider: KeyProvider,
) -> RightsServices:
    section = settings.rights
    requests = RequestService(database, audit, Jurisdiction(section.jurisdiction))
    files = ExportFiles(settings.data_dir / section.export_dir)
    signer = ReceiptSigner(provider.signing_key)
    policy = ExportPolicy(
        ttl=timedelta(hours=section.export_ttl_hours),
        token_ttl=timedelta(minutes=section.download_token_minutes),
    )
    return RightsServices(
        requests=requests,
        erasure=ErasureService(
            database, keys, requests, audit=audit, registry=registry, signer=signer, files=files
        ),
        exports=ExportService(
            database,
            sealers,
            registry=registry,
            audit=audit,
            requests=requests,
            files=files,
            index=index,
            policy=policy,
        ),  # fmt: skip
        restrictions=RestrictionService(database, requests, audit),
        receipts=signer,
    )


def build_retention(
    settings: Settings,
    database: Database,
    registry: DataRegistry,
    audit: AuditLog,
    rights: RightsServices,
) -> RetentionJob:
    section = settings.retention
    policy = RetentionPolicy(
        batch_size=section.batch_size,
        inactive_account_months=section.inactive_account_months,
    )
    # per-user message retention and the inactive-account query: wired once accounts land
    return RetentionJob(
        database, registry, audit, policy,
        erase=rights.erasure.expire_inactive,
        sweeps={"export_files": rights.exports.sweep_files},
    )  # fmt: skip
