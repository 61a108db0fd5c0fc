"""Where encrypted export archives live on disk (``data_dir/<rights.export_dir>``)."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

SUFFIX = ".veilx"


class ExportFiles:
    def __init__(self, directory: Path) -> None:
        self._directory = directory

    def path(self, export_id: uuid.UUID) -> Path:
        return self._directory / f"{export_id}{SUFFIX}"

    def create(self, export_id: uuid.UUID) -> BinaryIO:
        """A new file readable by the owner only (``O_EXCL``: never overwrite)."""
        self._directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
        return os.fdopen(os.open(self.path(export_id), flags, 0o600), "wb")

    def spool(self) -> BinaryIO:
        """An anonymous temporary file beside the exports (deleted when closed); callers
        write only ciphertext to it."""
        self._directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        return tempfile.TemporaryFile(dir=self._directory)  # noqa: SIM115

    def open(self, export_id: uuid.UUID) -> BinaryIO:
        return self.path(export_id).open("rb")

    def exists(self, export_id: uuid.UUID) -> bool:
        return self.path(export_id).is_file()

    def delete(self, export_id: uuid.UUID) -> bool:
        try:
            self.path(export_id).unlink()
        except FileNotFoundError:
            return False
        return True

    def stored(self) -> list[uuid.UUID]:
        if not self._directory.is_dir():
            return []
        found = []
        for entry in self._directory.iterdir():
            try:
                found.append(uuid.UUID(entry.name.removesuffix(SUFFIX)))
            except ValueError:
                continue
        return found

    def delete_orphans(self, known: Iterable[uuid.UUID]) -> int:
        """Delete files whose export row is gone (erased subject, crashed job)."""
        keep = set(known)
        return sum(self.delete(export_id) for export_id in self.stored() if export_id not in keep)
