"""Backups and restores, with erasure-journal replay before the database can be served.

``create`` takes a consistent online snapshot (SQLite's backup API; ``pg_dump`` on
PostgreSQL) into ``<backup.directory>/<UTC timestamp>/`` with the key material (``local``:
the key file, salt and KEK version files under ``keys/``; ``vault``: a note, the keys stay in
Vault) and a ``manifest.json`` of SHA-256 sums. The erasure journal file is never part of a
backup.

``restore`` checks the manifest, writes a ``restore-pending`` marker (``veil serve`` refuses
to start while it exists), restores missing key files (never overwrites one), checks the key
against the backup's check value, restores the database (SQLite: into a side file that
replaces the live file only after replay; PostgreSQL: ``psql --single-transaction`` into an
emptied schema), upgrades its schema, and replays the erasure journal: every subject owning a
row whose keyed tag is in the journal file (or the restored table) loses its wrapped DEK and
its rows. Both operations are audited.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from veil.audit.log import AuditLog
from veil.crypto.blind_index import BlindIndex
from veil.crypto.envelope import Envelope
from veil.crypto.keys.base import KeyProvider
from veil.domain.audit import Actor, AuditEvent
from veil.domain.errors import BackupError, KeyMismatch
from veil.domain.purposes import OperationalPurpose
from veil.store import schema
from veil.store.journal_file import ErasureJournalFile
from veil.store.registry import DataRegistry
from veil.store.repos.keys import KeyRepository
from veil.store.sealed import erasure_tag
from veil.store.session import Database, UnitOfWork, create_db_engine
from veil.store.snapshot import empty_public_schema, pg_target, sqlite_backup, sqlite_path
from veil.store.subjects import SubjectTable, TableSource, delete_rows, owners, registry_tables

FORMAT = 1
MANIFEST = "manifest.json"
MARKER = "restore-pending"
_SECURITY = OperationalPurpose.SECURITY


@dataclass(frozen=True, slots=True)
class BackupPaths:
    data_dir: Path
    backups: Path
    key_file: Path | None  # local provider's key file; None when keys live elsewhere
    pg_dump: str | None = None
    psql: str | None = None


@dataclass(frozen=True, slots=True)
class Restored:
    backup: str
    replayed: int


class BackupService:
    def __init__(
        self, database: Database, *, paths: BackupPaths, provider: KeyProvider, envelope: Envelope,
        index: BlindIndex, audit: AuditLog, journal: ErasureJournalFile,
        registry: DataRegistry, sync_journal: Callable[[], int],
        tables: TableSource | None = None,
    ) -> None:  # fmt: skip
        self._database, self._paths, self._provider = database, paths, provider
        self._envelope, self._index, self._audit = envelope, index, audit
        self._journal, self._registry, self._sync_journal = journal, registry, sync_journal
        self._tables = tables or registry_tables(registry)

    # create ----------------------------------------------------------------------------------
    def create(self, *, actor: Actor) -> Path:
        """Snapshot data and key material; returns the backup directory."""
        self._sync_journal()
        name = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        target = self._paths.backups / name
        target.mkdir(mode=0o700, parents=True)
        os.chmod(self._paths.backups, 0o700)
        files = [self._dump(target)] + self._copy_keys(target / "keys")
        manifest = {
            "format": FORMAT, "created_at": name, "dialect": self._database.dialect,
            "schema": schema.current_revision(self._database.engine),
            "provider": self._provider.name, "check": self._provider.check_value(),
            "files": {str(f.relative_to(target)): _sha256(f) for f in files},
        }  # fmt: skip
        (target / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True))
        self._record(self._database, "backup.create", actor, {"backup": name})
        return target

    def _dump(self, target: Path) -> Path:
        if self._database.dialect == "sqlite":
            out = target / "veil.db"
            sqlite_backup(sqlite_path(self._database), out)  # consistent online snapshot
            os.chmod(out, 0o600)
            return out
        out = target / "veil.sql"
        url, env = pg_target(self._database)
        self._run([pg_tool("pg_dump", self._paths.pg_dump), "--format=plain", "--no-owner",
                   "--no-privileges", "--file", str(out), "--dbname", url], env)  # fmt: skip
        os.chmod(out, 0o600)
        return out

    def _copy_keys(self, target: Path) -> list[Path]:
        target.mkdir(mode=0o700)
        key_file = self._paths.key_file
        if key_file is None:
            note = target / "README.txt"
            note.write_text(
                f"The '{self._provider.name}' key provider keeps the keys outside Veil "
                "(e.g. Vault transit): back them up with that system.\n"
            )
            return [note]
        copied = []
        for source in sorted(key_file.parent.glob(key_file.name + "*")):
            dest = target / source.name
            fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(source.read_bytes())
            copied.append(dest)
        return copied

    # restore ---------------------------------------------------------------------------------
    def restore(self, backup: Path, *, actor: Actor) -> Restored:
        """Restore ``backup`` and replay the erasure journal before anything can serve it."""
        manifest = _read_manifest(backup)
        marker = self._paths.data_dir / MARKER
        marker.write_text(backup.name + "\n")
        # the live database may hold entries the file lacks; it may also be gone or broken,
        # which is why we are restoring, so any failure here is expected and ignored
        with contextlib.suppress(Exception):
            self._sync_journal()
        self._restore_keys(backup / "keys")
        self._provider.open(create=False)
        if self._provider.check_value() != manifest["check"]:
            raise KeyMismatch("the configured key is not the key this backup was made with")
        if manifest["dialect"] != self._database.dialect:
            raise BackupError("the backup is of another database kind than the configured one")
        replayed = (
            self._restore_sqlite(backup, actor)
            if self._database.dialect == "sqlite"
            else self._restore_postgres(backup, actor)
        )
        marker.unlink()
        return Restored(backup.name, replayed)

    def ensure_no_pending_restore(self) -> None:
        """Refuse to serve a database whose restore did not finish its journal replay."""
        if (self._paths.data_dir / MARKER).exists():
            raise BackupError(
                "a restore did not finish (erasure replay pending); "
                "run `veil backup restore` again before serving"
            )

    def _restore_sqlite(self, backup: Path, actor: Actor) -> int:
        live = sqlite_path(self._database)
        side = live.with_name(live.name + ".restoring")
        shutil.copyfile(backup / "veil.db", side)
        os.chmod(side, 0o600)
        restored = Database(create_db_engine(f"sqlite:///{side}"))
        try:
            schema.upgrade(restored.engine)
            replayed = self._replay(restored, actor, backup.name)
        except BaseException:
            restored.dispose()
            side.unlink(missing_ok=True)
            raise
        restored.dispose()
        self._database.dispose()
        for suffix in ("-wal", "-shm"):
            live.with_name(live.name + suffix).unlink(missing_ok=True)
        os.replace(side, live)
        return replayed

    def _restore_postgres(self, backup: Path, actor: Actor) -> int:
        empty_public_schema(self._database)
        self._database.dispose()
        url, env = pg_target(self._database)
        self._run([pg_tool("psql", self._paths.psql), "--quiet", "--single-transaction",
                   "-v", "ON_ERROR_STOP=1", "--file", str(backup / "veil.sql"),
                   "--dbname", url], env)  # fmt: skip
        schema.upgrade(self._database.engine)
        return self._replay(self._database, actor, backup.name)

    def _replay(self, database: Database, actor: Actor, name: str) -> int:
        with database.unit_of_work() as session:
            replayed = replay_erasures(
                session, self._journal, self._index, self._tables(), self._envelope
            )
            self._audit.append(session, AuditEvent(
                "backup.restore", actor, purpose=_SECURITY,
                details={"backup": name, "replayed": replayed},
            ))  # fmt: skip
        return replayed

    def _restore_keys(self, source: Path) -> None:
        key_file = self._paths.key_file
        if key_file is None or not source.is_dir():
            return
        for saved in sorted(source.glob(key_file.name + "*")):
            live = key_file.parent / saved.name
            if not live.exists():
                fd = os.open(live, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(fd, "wb") as handle:
                    handle.write(saved.read_bytes())
            elif live.read_bytes() != saved.read_bytes():
                raise BackupError(
                    f"key file {live} differs from the backup's; move it away to restore"
                )

    # helpers ---------------------------------------------------------------------------------
    def _record(
        self, database: Database, action: str, actor: Actor, details: dict[str, str]
    ) -> None:
        event = AuditEvent(action, actor, purpose=_SECURITY, details=details)
        self._audit.append_alone(database, event)  # the transaction's only write

    @staticmethod
    def _run(command: list[str], env: dict[str, str]) -> None:
        result = subprocess.run(  # noqa: S603  (fixed argv, no shell)
            command, env={**os.environ, **env}, capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            raise BackupError(f"{Path(command[0]).name} failed (exit {result.returncode})")


def replay_erasures(
    session: UnitOfWork, journal: ErasureJournalFile, index: BlindIndex,
    tables: list[SubjectTable], envelope: Envelope,
) -> int:  # fmt: skip
    """Erase again every subject of the restored database whose tag is journaled; returns how
    many subjects lost rows or keys. Also puts missing journal entries back into the table."""
    keys = KeyRepository(session)
    in_table = {entry[2] for entry in keys.journal_all()}
    for line in journal.read():
        if line.tag not in in_table:
            keys.journal_add(line.id, line.erased_at, line.tag)
            in_table.add(line.tag)
    replayed = 0
    for subject in owners(session, tables) | set(keys.subject_ids()):
        if erasure_tag(index, subject) in in_table:
            keys.delete(subject)
            envelope.evict(subject)
            delete_rows(session, tables, subject)
            replayed += 1
    return replayed


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _read_manifest(backup: Path) -> dict[str, str]:
    try:
        manifest = json.loads((backup / MANIFEST).read_text())
    except (OSError, ValueError) as exc:
        raise BackupError(f"{backup} is not a Veil backup (no readable manifest)") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError("unknown backup format")
    for name, digest in manifest["files"].items():
        path = backup / name
        if not path.is_file() or _sha256(path) != digest:
            raise BackupError(f"backup file {name} is missing or altered")
    return dict(manifest)


def pg_tool(name: str, configured: str | None) -> str:
    if configured:
        return configured
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
        key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
    )
    if not candidates:
        raise BackupError(f"{name} not found; set backup.{name.replace('-', '_')}")
    return candidates[-1]
