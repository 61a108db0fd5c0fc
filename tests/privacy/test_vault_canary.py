"""No canary written into a sealed column reaches the disk in plaintext.

A distinct canary goes into every sealed column the registry declares, through the sealer,
generically (``tests/privacy/rows.py``), so a new table is covered the day it is declared.
Then the raw SQLite file and its WAL (and the backup), or a ``pg_dump`` of PostgreSQL, are
searched for every canary. Service-level canaries (through sign-up, chat...) live with the
services; this proves the storage layer. The scratch schema keeps the test meaningful while
Veil's own schema has few sealed columns.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import MetaData

from tests.privacy.rows import Planted, plant, sealed_columns
from tests.scratch import SCRATCH_REGISTRY, ScratchBase, with_scratch
from veil.domain.audit import Actor, ActorKind
from veil.runtime import Runtime
from veil.store.base import Base
from veil.store.registry import DataRegistry
from veil.store.snapshot import pg_target
from veil.system.backup import pg_tool

SCHEMAS = {
    "veil": (DataRegistry(), Base.metadata),
    "scratch": (SCRATCH_REGISTRY, ScratchBase.metadata),
}


def plant_everywhere(rt: Runtime, registry: DataRegistry, metadata: MetaData) -> Planted:
    subjects = [uuid.uuid4() for _ in range(3)]
    planted = Planted()
    for subject in subjects:
        with rt.database.unit_of_work() as session:
            one = plant(session, rt.sealers(session), registry, metadata, subject)
        planted.canaries.update({f"{k}#{subject}": v for k, v in one.canaries.items()})
    declared = {f"{t.name}.{c}" for t, c in sealed_columns(registry, metadata)}
    assert {key.split("#")[0] for key in planted.canaries} == declared, "a sealed column was missed"
    return planted


def disk_bytes(paths: list[Path]) -> bytes:
    return b"".join(p.read_bytes() for p in paths if p.exists())


@pytest.mark.parametrize("schema", sorted(SCHEMAS))
def test_no_canary_on_disk(runtime: Runtime, schema: str) -> None:
    registry, metadata = SCHEMAS[schema]
    rt = with_scratch(runtime) if schema == "scratch" else runtime
    planted = plant_everywhere(rt, registry, metadata)
    if rt.database.dialect == "sqlite":
        db = Path(str(rt.database.engine.url.database))
        files = [db, db.with_name(db.name + "-wal")]
        raw = disk_bytes(files)
        assert files[1].exists() and raw  # the WAL is searched while it holds the writes
    else:
        raw = pg_dump(rt)
    backup = rt.backups.create(actor=Actor(ActorKind.STAFF, "t"))
    raw += disk_bytes([p for p in backup.rglob("*") if p.is_file()])
    leaked = [name for name, canary in planted.canaries.items() if canary.encode() in raw]
    assert not leaked
    if schema == "scratch":
        assert len(planted.canaries) == 9  # 3 sealed columns x 3 subjects were really written


def pg_dump(rt: Runtime) -> bytes:
    url, env = pg_target(rt.database)
    result = subprocess.run(  # noqa: S603
        [pg_tool("pg_dump", None), "--dbname", url], capture_output=True, check=True,
        env={**os.environ, **env},
    )  # fmt: skip
    assert b"CREATE TABLE" in result.stdout
    return result.stdout
