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
from veil.crypto.envelope import Envelope
from veil.crypto.keys.base import KeyProvider
from veil.domain.audit import Actor, AuditEvent
from veil.domain.errors import KeyMismatch
from veil.domain.purposes import OperationalPurpose
from veil.store.repos.keys import KeyRepository
from veil.store.sealed import erasure_tag
from veil.store.session import Database, UnitOfWork

KEK_CHECK_FACT = "kek_check"


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
    ) -> None:
        self._database = database
        self._provider = provider
        self._envelope = envelope
        self._index = index
        self._audit = audit

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
        event = AuditEvent(
            "keys.shred",
            actor,
            purpose=OperationalPurpose.LEGAL_OBLIGATION,
            resource=f"erasure:{journal_id}",
            details={"had_key": had_key},
        )
        self._audit.append(session, event)
        return Erasure(journal_id, erased_at)
