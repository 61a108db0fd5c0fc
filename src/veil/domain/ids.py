"""Typed identifiers and their generation.

Ids are UUIDv7 (RFC 9562): time-ordered, so B-tree inserts stay local, and generated in
the application, so a row's id is known before it is written (the sealing AAD needs it).
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from typing import NewType

SubjectId = NewType("SubjectId", uuid.UUID)
AccountId = SubjectId
ConversationId = NewType("ConversationId", uuid.UUID)
MessageId = NewType("MessageId", uuid.UUID)
PersonaId = NewType("PersonaId", uuid.UUID)

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> uuid.UUID:
    """Return a new UUIDv7, monotonic within this process.

    The 12-bit ``rand_a`` field carries a counter inside one millisecond (RFC 9562
    method 1), so ids generated in a tight loop still sort in creation order.
    """
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        counter = _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    return uuid.UUID(int=value)


def new_subject_id() -> SubjectId:
    return SubjectId(uuid7())
