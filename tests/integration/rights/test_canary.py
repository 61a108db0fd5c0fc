"""A canary planted through the rig never appears in plaintext on disk or in the logs: not
in the database (or its WAL), the encrypted export archive, the HTML spool, or the receipt;
yet the export, decrypted on download, does contain it."""

from __future__ import annotations

import io
import json
import logging
import zipfile
from pathlib import Path

import pytest

from tests.integration.rights.conftest import Rig
from veil.domain.audit import Actor, ActorKind
from veil.domain.ids import new_subject_id, uuid7
from veil.domain.requests import ExportStatus

CANARY = "canary-" + uuid7().hex


def on_disk(*roots: Path) -> list[Path]:
    return [p for root in roots if root.exists() for p in root.rglob("*") if p.is_file()]


def test_canary_stays_sealed_through_export_and_erasure(
    rig: Rig, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    subject = new_subject_id()
    rig.add_notes(subject, 2, text=CANARY + " {n}")
    me = Actor(ActorKind.SUBJECT, str(subject))
    job = rig.exports.run(rig.exports.start(subject, actor=me).id)
    assert job.status is ExportStatus.READY
    roots = [rig.runtime.settings.data_dir, tmp_path / "exports"]
    assert rig.files.exists(job.id)
    for path in on_disk(*roots):
        assert CANARY.encode() not in path.read_bytes(), path
    token = rig.exports.download_token(subject, job.id)
    archive = zipfile.ZipFile(io.BytesIO(b"".join(rig.exports.open_download(token).chunks)))
    assert CANARY in archive.read("data.json").decode()  # there for the person, decrypted
    assert CANARY in archive.read("index.html").decode()
    result = rig.erasure.erase_account(subject, actor=me)
    for path in on_disk(*roots):
        assert CANARY.encode() not in path.read_bytes(), path
    assert CANARY not in json.dumps(result.receipt)
    assert CANARY not in caplog.text
