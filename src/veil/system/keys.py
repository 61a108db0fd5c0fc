"""Key operations: the start-up key check and crypto-shredding.

Every operation here writes an audit event in the same unit of work. Consent does not apply:
these run under legal obligation (erasure) or security (key management).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from veil.audit.log import AuditLog
from veil.crypto.blind_index import BlindIndex
from veil.crypto.envelope import Envelope, wrap_context
from veil.crypto.keys.base import KeyProvider
from veil.domain.audit import Actor, AuditEvent
from veil.domain.errors import KeyMismatch, SubjectErased
from veil.domain.purposes import OperationalPurpose
from veil.store.journal_file import ErasureJournalFile, JournalLine
from veil.store.registry import DataRegistry
from veil.store.repos.keys import KeyRepository
from veil.store.sealed import erasure_tag
from veil.store.session import Database, UnitOfWork, after_commit
from veil.store.subjects import TableSource, registry_tables, reseal_rows

KEK_CHECK_FACT = "kek_check"
DEFAULT_BATCH = 500
_SECURITY = OperationalPurpose.SECURITY


@dataclass(frozen=True, slots=True)
class KeyStatus:
    """What ``veil keys status`` shows: no key material, counts only."""

    provider: str
    kek_version: int
    deks_by_kek_version: dict[int, int]

    @property
    def pending_rewrap(self) -> int:
        return sum(n for v, n in self.deks_by_kek_version.items() if v < self.kek_version)

    @property
    def total(self) -> int:
        return sum(self.deks_by_kek_version.values())


@dataclass(frozen=True, slots=True)
class SubjectRotation:
    dek_version: int
    values_resealed: int


@dataclass(frozen=True, slots=True)
class Erasure:
    """The receipt of a shred: the journal's random id and the time. No subject id."""

    journal_id: uuid.UUID
    erased_at: datetime
    already_erased: bool = False


class KeyService:
    def __init__(
        self,
        database: Database,
        provider: KeyProvider,
        envelope: Envelope,
        index: BlindIndex,
        audit: AuditLog,
        *,
        registry: DataRegistry | None = None,
        journal_file: ErasureJournalFile | None = None,
        tables: TableSource | None = None,
    ) -> None:
        self._database = database
        self._provider = provider
        self._envelope = envelope
        self._index = index
        self._audit = audit
        self._registry = registry or DataRegistry()
        self._journal_file = journal_file
        self._tables = tables or registry_tables(self._registry)

    def ensure_key(self) -> None:
        """Open the key provider and check it is the key this database was encrypted under.

        Run at start-up after the schema is current (``veil serve``, ``veil db upgrade``).
        On a new installation it creates the key (e.g. the key file) and records its check
        value. Raises ``KeyProviderError`` if the key is missing or unusable and
        ``KeyMismatch`` if it is a different key; never creates a key over existing data.
        """
        with self._database.unit_of_work() as session:
            keys = KeyRepository(session)
            recorded = keys.instance_fact(KEK_CHECK_FACT)
            if recorded is None and keys.count():
                raise KeyMismatch(
                    "the database holds encrypted data but no key check value; refusing to start"
                )
            self._provider.open(create=recorded is None)
            actual = self._provider.check_value()
            if recorded is None:
                keys.set_instance_fact(KEK_CHECK_FACT, actual)
                event = AuditEvent(
                    "keys.initialise",
                    Actor.system(),
                    purpose=OperationalPurpose.SECURITY,
                    details={"provider": self._provider.name},
                )
                self._audit.append(session, event)
            elif actual != recorded:
                raise KeyMismatch(
                    "the configured key is not the key this database was encrypted with; "
                    "refusing to start (restore the original key)"
                )
        self.sync_journal_file()

    def sync_journal_file(self) -> int:
        """Copy journal entries the file lacks from the table (e.g. after a crash between a
        shred's commit and its file append); returns how many were added."""
        if self._journal_file is None:
            return 0
        with self._database.read() as session:
            entries = KeyRepository(session).journal_all()
        return self._journal_file.append(JournalLine(*entry) for entry in entries)

    def shred(self, subject: uuid.UUID, *, actor: Actor) -> Erasure:
        """Crypto-shred ``subject`` in its own unit of work; see ``shred_in``."""
        with self._database.unit_of_work() as session:
            return self.shred_in(session, subject, actor=actor)

    def shred_in(self, session: UnitOfWork, subject: uuid.UUID, *, actor: Actor) -> Erasure:
        """Crypto-shred ``subject`` inside the caller's unit of work (rights erasure).

        Deletes the wrapped DEK, evicts the cached DEK, journals the erasure (random id +
        keyed tag, no subject id) and writes the ``keys.shred`` audit event, which names the
        journal entry, not the subject. From commit on,
        every read of the subject's sealed data raises ``SubjectErased`` and new writes are
        refused. Idempotent. The caller deletes the subject's rows in the same unit of work.
        """
        keys = KeyRepository(session)
        tag = erasure_tag(self._index, subject)
        had_key = keys.delete(subject)
        self._envelope.evict(subject)
        previous = keys.journal_entry(tag)
        if previous is not None:
            return Erasure(*previous, already_erased=True)
        journal_id, erased_at = keys.journal(tag)
        if self._journal_file is not None:
            line, journal = JournalLine(journal_id, erased_at, tag), self._journal_file
            after_commit(session, lambda: journal.append([line]))
        event = AuditEvent(
            "keys.shred",
            actor,
            purpose=OperationalPurpose.LEGAL_OBLIGATION,
            resource=f"erasure:{journal_id}",
            details={"had_key": had_key},
        )
        self._audit.append(session, event)
        return Erasure(journal_id, erased_at)

    # rotation --------------------------------------------------------------------------------
    def status(self) -> KeyStatus:
        with self._database.read() as session:
            counts = KeyRepository(session).count_by_kek_version()
        return KeyStatus(self._provider.name, self._provider.current_version, counts)

    def rotate_kek(self, *, actor: Actor) -> int:
        """Create a new KEK version (new DEKs are wrapped under it at once); audited.
        Existing DEKs move with ``rewrap_batch``."""
        before = self._provider.current_version
        after = self._provider.rotate()
        event = AuditEvent(
            "keys.rotate_kek", actor, purpose=_SECURITY,
            details={"provider": self._provider.name, "from": before, "to": after},
        )  # fmt: skip
        self._audit.append_alone(self._database, event)  # the transaction's only write
        return after

    def rewrap_batch(self, *, actor: Actor, batch_size: int = DEFAULT_BATCH) -> int:
        """Re-wrap up to ``batch_size`` DEKs still under an older KEK version, in one short
        unit of work (audited); returns how many. 0 means the rotation is complete."""
        target = self._provider.current_version
        with self._database.unit_of_work() as session:
            keys = KeyRepository(session)
            batch = keys.older_than(target, batch_size)
            for subject, wrapped, dek_version in batch:
                keys.replace(subject, self._provider.rewrap(wrapped, wrap_context(subject)),
                             dek_version)  # fmt: skip
            if batch:
                event = AuditEvent(
                    "keys.rewrap", actor, purpose=_SECURITY,
                    details={"count": len(batch), "kek_version": target},
                )  # fmt: skip
                self._audit.append(session, event)
        return len(batch)

    def rotate_subject(self, subject: uuid.UUID, *, actor: Actor) -> SubjectRotation:
        """Give ``subject`` a new DEK and re-encrypt every sealed value they own under it,
        in one unit of work (audited). ``SubjectErased`` if they have no key."""
        tables = self._tables()
        with self._database.unit_of_work() as session:
            keys = KeyRepository(session)
            stored = keys.lock_for_update(subject)
            if stored is None:
                raise SubjectErased("this subject's data has been erased")
            wrapped, version = stored
            old = self._envelope.open_key(subject, wrapped)
            new, new_wrapped = self._envelope.create(subject)
            count = reseal_rows(session, tables, subject, old=old, new=new, new_version=version + 1)
            keys.replace(subject, new_wrapped, version + 1)
            event = AuditEvent(
                "keys.rotate_dek", actor, subject=subject, purpose=_SECURITY,
                details={"dek_version": version + 1, "values": count},
            )  # fmt: skip
            self._audit.append(session, event)
        return SubjectRotation(version + 1, count)
