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

from veil.accounts.age import load_age_verifier
from veil.accounts.limit_stores import build_rate_limit_store
from veil.accounts.limits import Throttle
from veil.accounts.passwords import PassphraseHasher
from veil.accounts.service import AccountsService
from veil.accounts.sessions import SessionService
from veil.accounts.tokens import SecretHasher
from veil.audit.checkpoints import Checkpointer
from veil.audit.log import AuditLog
from veil.chat.ports import ChatStorage
from veil.chat.wiring import ChatServices, build_chat
from veil.config import Settings
from veil.consent.service import ConsentService, Notice
from veil.crypto.blind_index import BlindIndex
from veil.crypto.envelope import DekCache, Envelope
from veil.crypto.keys import KeyProvider, ProviderContext, load_factory
from veil.domain.consent import consent_notice_text, notice_version
from veil.domain.errors import KeyProviderError
from veil.domain.purposes import Purpose
from veil.domain.requests import Jurisdiction
from veil.llm.base import ChatBackend
from veil.llm.registry import create_backend, load_plugins
from veil.retention.accounts import AccountRetention, InactiveAccounts
from veil.retention.jobs import RetentionJob, RetentionPolicy
from veil.rights.bundle import RightsServices
from veil.rights.erasure import ErasureService
from veil.rights.export import ExportPolicy, ExportService
from veil.rights.files import ExportFiles
from veil.rights.receipts import ReceiptSigner
from veil.rights.restrict import RestrictionService
from veil.rights.service import RequestService
from veil.store.journal_file import ErasureJournalFile
from veil.store.registry import DataRegistry
from veil.store.sealed import SealerFactory
from veil.store.session import Database, create_db_engine
from veil.system.audit import AuditService
from veil.system.backup import BackupPaths, BackupService
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
    llm: ChatBackend
    audit_admin: AuditService
    backups: BackupService
    accounts: AccountsService
    sessions: SessionService
    consent: ConsentService
    rights: RightsServices
    retention: RetentionJob
    closers: list[object] = field(default_factory=list)
    chat: ChatServices | None = None  # personas, conversations, adaptation (issue 6)

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
    if not _implements_provider(provider):
        raise KeyProviderError(f"key provider '{name}' does not implement KeyProvider")
    return provider


def build_llm(settings: Settings) -> ChatBackend:
    """The configured model backend; a backend that cannot load stops start-up."""
    name = settings.llm.backend
    return create_backend(name, settings.llm.section(name), load_plugins())


_PROVIDER_MEMBERS = (
    "name", "open", "check_value", "current_version", "wrap", "unwrap", "rewrap", "rotate",
    "index_key", "signing_key",
)  # fmt: skip


def _implements_provider(provider: object) -> bool:
    """``isinstance(provider, KeyProvider)`` without evaluating properties: on Python 3.11 the
    runtime check calls them, and a provider's ``current_version`` fails closed before
    ``open``."""
    return all(hasattr(type(provider), member) for member in _PROVIDER_MEMBERS)


def build(settings: Settings, *, passphrase_hasher: PassphraseHasher | None = None) -> Runtime:
    """Wire everything. ``passphrase_hasher`` replaces the Argon2id hasher (tests use cheaper
    parameters; production never passes it)."""
    ensure_data_dir(settings.data_dir)
    llm = build_llm(settings)
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
    checkpointer = Checkpointer(provider.signing_key, settings.audit.checkpoint_every)
    audit = AuditLog(checkpointer=checkpointer)
    journal = ErasureJournalFile(_in_data_dir(settings, settings.backup.journal_file))
    keys = KeyService(
        database, provider, envelope, index, audit, registry=registry, journal_file=journal
    )
    backups = BackupService(
        database, paths=_backup_paths(settings), provider=provider, envelope=envelope,
        index=index, audit=audit, journal=journal, registry=registry,
        sync_journal=keys.sync_journal_file,
    )  # fmt: skip
    sealers = SealerFactory(envelope, index, registry)
    hasher = passphrase_hasher or PassphraseHasher()
    accounts, sessions, consent = build_account_services(
        settings, database, sealers, index, audit, hasher=hasher
    )
    rights = build_rights(
        settings, database, sealers=sealers, registry=registry, audit=audit, index=index,
        keys=keys, provider=provider, accounts=accounts,
    )  # fmt: skip
    chat = build_chat(
        ChatStorage(database, sealers, audit, consent),
        llm,
        settings=settings.chat,
        restrictions=consent.ensure_may_process,
    )
    consent.on_withdrawal(Purpose.PERSONALIZATION, chat.adaptation.forget_learned_in)
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
        llm=llm,
        audit_admin=AuditService(database, audit, checkpointer),
        backups=backups,
        accounts=accounts,
        sessions=sessions,
        consent=consent,
        rights=rights,
        retention=build_retention(
            settings, database, registry=registry, audit=audit, rights=rights, consent=consent
        ),
        chat=chat,
    )


def _in_data_dir(settings: Settings, name: str) -> Path:
    path = Path(name)
    return path if path.is_absolute() else settings.data_dir / path


def _backup_paths(settings: Settings) -> BackupPaths:
    local = settings.keys.provider == "local"
    return BackupPaths(
        data_dir=settings.data_dir,
        backups=_in_data_dir(settings, settings.backup.directory),
        key_file=_in_data_dir(settings, settings.keys.local.key_file) if local else None,
        pg_dump=settings.backup.pg_dump,
        psql=settings.backup.psql,
    )


def build_account_services(
    settings: Settings,
    database: Database,
    sealers: SealerFactory,
    index: BlindIndex,
    audit: AuditLog,
    *,
    hasher: PassphraseHasher,
) -> tuple[AccountsService, SessionService, ConsentService]:
    """Accounts, sessions and consent, sharing one hasher, one throttle and one notice.

    The throttle keys (usernames' blind indexes, client addresses) through the index key, so
    several processes sharing Redis agree on keys without any of them storing an address.
    """
    section = settings.accounts
    secrets = SecretHasher(index)
    throttle = Throttle(
        build_rate_limit_store(section.rate_limit),
        lambda value: index.digest("throttle", value).hex(),
    )
    text = consent_notice_text()
    notice = Notice(text=text, version=notice_version(text))
    accounts = AccountsService(
        database, sealers, secrets, audit,
        hasher=hasher, throttle=throttle, age_verifier=load_age_verifier(section),
        settings=section, notice_version=notice.version,
    )  # fmt: skip
    sessions = SessionService(
        database, sealers, secrets, audit, hasher=hasher, throttle=throttle, settings=section
    )
    consent = ConsentService(database, sealers, audit, notice=notice, settings=section)
    return accounts, sessions, consent


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
    accounts: AccountsService,
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
            database, keys, requests, audit=audit, registry=registry, signer=signer,
            files=files, accounts=accounts,
        ),
        exports=ExportService(
            database, sealers, registry=registry, audit=audit, requests=requests, files=files,
            index=index, policy=policy,
        ),
        restrictions=RestrictionService(database, requests, audit),
        receipts=signer,
    )  # fmt: skip


def build_retention(
    settings: Settings,
    database: Database,
    *,
    registry: DataRegistry,
    audit: AuditLog,
    rights: RightsServices,
    consent: ConsentService,
) -> RetentionJob:
    section = settings.retention
    policy = RetentionPolicy(
        batch_size=section.batch_size,
        inactive_account_months=section.inactive_account_months,
        platform_max_days=settings.accounts.max_retention_days,
    )
    return RetentionJob(
        database, registry, audit, policy,
        subject_retention=AccountRetention(database, consent),
        inactive=InactiveAccounts(database),
        erase=rights.erasure.expire_inactive,
        sweeps={"export_files": rights.exports.sweep_files},
    )  # fmt: skip
