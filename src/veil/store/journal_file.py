"""The erasure journal's copy outside the database: an append-only JSON-lines file.

The ``erasure_journal`` table is rolled back by a database restore; this file is not (backups
never contain it and restores never write it), so replay after a restore can re-erase every
subject shredded after the backup was taken. One line per shred::

    {"id": "<uuid4>", "erased_at": "<ISO 8601>", "tag": "<hex HMAC of the subject id>"}

No personal data: the tag cannot be turned back into a subject id without the index key.
Appends take an exclusive ``flock`` and ``fsync`` the file; it is created with mode 0600.
"""

from __future__ import annotations

import fcntl
import json
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from veil.domain.errors import StorageError


@dataclass(frozen=True, slots=True)
class JournalLine:
    id: uuid.UUID
    erased_at: datetime
    tag: bytes


class ErasureJournalFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def append(self, lines: Iterable[JournalLine]) -> int:
        """Append the lines whose tag is not in the file yet; returns how many were new."""
        pending = list(lines)
        if not pending:
            return 0
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "r+", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            handle.seek(0)
            known = {line.tag for line in _parse_all(handle, self.path)}
            new = []
            for line in pending:
                if line.tag not in known:
                    known.add(line.tag)
                    new.append(line)
            for line in new:
                handle.write(_format(line) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        return len(new)

    def read(self) -> list[JournalLine]:
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as handle:
            return _parse_all(handle, self.path)

    def tags(self) -> set[bytes]:
        return {line.tag for line in self.read()}


def _format(line: JournalLine) -> str:
    record = {"id": str(line.id), "erased_at": line.erased_at.isoformat(), "tag": line.tag.hex()}
    return json.dumps(record, sort_keys=True, separators=(",", ":"))


def _parse_all(lines: Iterable[str], path: Path) -> list[JournalLine]:
    """Every line; a damaged line stops everything (fail closed: skipping it could bring an
    erased person back), naming the line so an operator can repair it."""
    parsed = []
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            parsed.append(_parse(text))
        except (ValueError, KeyError, TypeError) as exc:
            raise StorageError(f"erasure journal {path} line {number} is damaged") from exc
    return parsed


def _parse(text: str) -> JournalLine:
    record = json.loads(text)
    return JournalLine(
        uuid.UUID(record["id"]), datetime.fromisoformat(record["erased_at"]),
        bytes.fromhex(record["tag"]),
    )  # fmt: skip
