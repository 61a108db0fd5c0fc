"""Signed checkpoints of the audit chain: Ed25519 over (seq, hash, time) of a record.

A checkpoint lets ``veil audit verify`` detect what the hash chain alone cannot: a tail cut
off after the checkpointed record, or a chain rebuilt from scratch by someone without the
signing key. They are written every ``audit.checkpoint_every`` records (inside the append's
unit of work), on demand (``veil audit checkpoint``) and when ``veil serve`` shuts down, into
the append-only ``audit_checkpoints`` table. The signing key comes from the key provider.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from veil.crypto import signing
from veil.crypto.secret import SecretBytes
from veil.store.base import utcnow
from veil.store.models import AuditCheckpoint, AuditRecord

_LABEL = b"veil-audit-checkpoint/v1\x00"


@dataclass(frozen=True, slots=True)
class Checkpoint:
    seq: int
    hash: str
    at: datetime
    signature: str

    def line(self) -> str:
        """One line to ship off-box (a log host, a ticket): enough to verify later."""
        return f"checkpoint seq={self.seq} hash={self.hash} at={self.at.isoformat()} " \
               f"sig={self.signature}"  # fmt: skip


def message(seq: int, record_hash: str, at: datetime) -> bytes:
    """The exact bytes a checkpoint signature covers."""
    body = {"seq": seq, "hash": record_hash, "at": at.isoformat(timespec="microseconds")}
    return _LABEL + json.dumps(body, sort_keys=True, separators=(",", ":")).encode()


class Checkpointer:
    """Signs the chain head. ``seed`` is read from the key provider at each use."""

    def __init__(
        self, seed: Callable[[], SecretBytes], every: int = 0,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:  # fmt: skip
        self._seed, self.every, self._clock = seed, every, clock

    def public_key(self) -> bytes:
        return signing.public_key(self._seed())

    def due(self, seq: int) -> bool:
        return self.every > 0 and seq % self.every == 0

    def sign_head(self, session: Session) -> Checkpoint | None:
        """Checkpoint the newest record (None if the log is empty); idempotent per record."""
        head = session.execute(
            select(AuditRecord.seq, AuditRecord.hash).order_by(AuditRecord.seq.desc()).limit(1)
        ).first()
        if head is None:
            return None
        existing = session.get(AuditCheckpoint, head.seq)
        if existing is not None:
            return Checkpoint(existing.seq, existing.hash, existing.at, existing.signature)
        return self.sign(session, head.seq, head.hash)

    def sign(self, session: Session, seq: int, record_hash: str) -> Checkpoint:
        seed, at = self._seed(), self._clock()
        signature = signing.sign(seed, message(seq, record_hash, at)).hex()
        session.add(
            AuditCheckpoint(seq=seq, hash=record_hash, at=at,
                            public_key=signing.public_key(seed).hex(), signature=signature)
        )  # fmt: skip
        session.flush()
        return Checkpoint(seq, record_hash, at, signature)
