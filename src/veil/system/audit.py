"""Audit administration: verify the chain, sign a checkpoint, publish the verification key."""

from __future__ import annotations

from veil.audit.checkpoints import Checkpoint, Checkpointer
from veil.audit.log import AuditLog
from veil.audit.verify import Verification, verify
from veil.domain.audit import Actor, AuditEvent
from veil.domain.errors import AuditError
from veil.domain.purposes import OperationalPurpose
from veil.store.session import Database


class AuditService:
    def __init__(self, database: Database, audit: AuditLog, checkpointer: Checkpointer) -> None:
        self._database, self._audit, self._checkpointer = database, audit, checkpointer

    def verify(self) -> Verification:
        """Check the whole chain and every checkpoint against this instance's public key."""
        with self._database.read() as session:
            return verify(session, self._checkpointer.public_key())

    def checkpoint(self, *, actor: Actor) -> Checkpoint:
        """Append an ``audit.checkpoint`` event and sign the head (which is that event)."""
        with self._database.unit_of_work() as session:
            self._audit.append(
                session,
                AuditEvent("audit.checkpoint", actor, purpose=OperationalPurpose.SECURITY),
            )
            made = self._checkpointer.sign_head(session)
        if made is None:  # pragma: no cover - the append above makes the log non-empty
            raise AuditError("the audit log is empty")
        return made

    def public_key(self) -> str:
        """The Ed25519 verification key, hex; publish it so others can verify checkpoints."""
        return self._checkpointer.public_key().hex()
