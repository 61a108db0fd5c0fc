"""Verification of the audit chain and its signed checkpoints (``veil audit verify``).

Walks the log in ``seq`` order and reports the first broken entry:

- ``seq`` must run 1, 2, 3... (a deleted or reordered record leaves a gap or a wrong seq);
- each ``prev_hash`` must equal the previous record's ``hash`` (genesis: 64 zeros);
- each ``hash`` must equal SHA-256 of the record's canonical encoding (a changed byte);
- every checkpoint must carry a valid Ed25519 signature under the trusted public key, name a
  record that exists (otherwise the tail was truncated after it) and match its hash.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from veil.audit.checkpoints import message
from veil.audit.log import GENESIS_HASH, record_hash
from veil.crypto import signing
from veil.store.models import AuditCheckpoint, AuditRecord

_BATCH = 2000


@dataclass(frozen=True, slots=True)
class Verification:
    records: int
    checkpoints: int
    broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_seq is None

    def line(self) -> str:
        if self.ok:
            return (
                f"audit log intact: {self.records} records, {self.checkpoints} signed checkpoints"
            )
        return f"audit log broken at seq {self.broken_seq}: {self.reason}"


def verify(session: Session, public_key: bytes) -> Verification:
    chain = _verify_chain(session)
    if not chain.ok:
        return chain
    return _verify_checkpoints(session, public_key, chain.records)


def _verify_chain(session: Session) -> Verification:
    expected, previous = 1, GENESIS_HASH
    query = select(AuditRecord).order_by(AuditRecord.seq).execution_options(yield_per=_BATCH)
    for record in session.scalars(query):
        if record.seq != expected:
            return Verification(expected - 1, 0, expected, "record missing or out of order")
        if record.prev_hash != previous:
            return Verification(expected - 1, 0, expected, "does not link to the previous record")
        if record_hash(record) != record.hash:
            return Verification(expected - 1, 0, expected, "record altered (hash mismatch)")
        previous, expected = record.hash, expected + 1
    session.expunge_all()
    return Verification(expected - 1, 0)


def _verify_checkpoints(session: Session, public_key: bytes, records: int) -> Verification:
    count = 0
    for point in session.scalars(select(AuditCheckpoint).order_by(AuditCheckpoint.seq)):
        count += 1
        try:
            signature = bytes.fromhex(point.signature)
        except ValueError:
            signature = b""
        if not signing.verify(public_key, message(point.seq, point.hash, point.at), signature):
            return Verification(records, count, point.seq, "checkpoint signature invalid")
        if point.seq > records:
            return Verification(
                records, count, records + 1,
                f"log truncated: signed checkpoint covers seq {point.seq}",
            )  # fmt: skip
        held = session.get(AuditRecord, point.seq)
        if held is None or held.hash != point.hash:
            return Verification(records, count, point.seq, "differs from its signed checkpoint")
    return Verification(records, count)
