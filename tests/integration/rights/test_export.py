from __future__ import annotations

import io
import json
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.integration.rights.conftest import NOTES, TAGS, Rig
from veil.domain.audit import Actor, ActorKind, AuditEvent
from veil.domain.errors import NotFound, SubjectErased
from veil.domain.ids import new_subject_id
from veil.domain.purposes import OperationalPurpose
from veil.domain.requests import ExportStatus, RequestStatus
from veil.rights import export as export_module

ME = Actor(ActorKind.SUBJECT, "self")
SCHEMA = Path(__file__).resolve().parents[3] / "docs" / "export.schema.json"


def ready_export(rig: Rig, notes: int = 10) -> tuple[Any, Any]:
    subject = new_subject_id()
    rig.add_notes(subject, notes)
    job = rig.exports.start(subject, actor=ME)
    return subject, rig.exports.run(job.id)


def download(rig: Rig, subject: Any, export_id: Any) -> zipfile.ZipFile:
    token = rig.exports.download_token(subject, export_id)
    found = rig.exports.open_download(token)
    return zipfile.ZipFile(io.BytesIO(b"".join(found.chunks)))


def test_export_runs_to_ready_with_progress_and_completes_the_request(rig: Rig) -> None:
    subject = new_subject_id()
    rig.add_notes(subject, 10)
    job = rig.exports.start(subject, actor=ME)
    assert job.status is ExportStatus.PENDING
    seen: list[tuple[int, int]] = []
    done = rig.exports.run(job.id, progress=lambda d, t: seen.append((d, t)))
    assert done.status is ExportStatus.READY
    status = rig.exports.status(subject, job.id)
    assert status.progress_done == status.progress_total == seen[-1][1] > 0
    assert status.size_bytes and status.finished_at
    assert job.request_id is not None
    request = rig.requests.get(job.request_id)
    assert request.status is RequestStatus.COMPLETED and request.evidence == f"export:{job.id}"


def test_archive_holds_everything_decrypted_and_the_file_is_encrypted(rig: Rig) -> None:
    subject, job = ready_export(rig)
    raw = rig.files.path(job.id).read_bytes()
    assert b"note 0" not in raw and b"PK" not in raw[:16]
    archive = download(rig, subject, job.id)
    assert sorted(archive.namelist()) == ["data.json", "index.html"]
    data = json.loads(archive.read("data.json"))
    assert data["format"] == "veil.export" and data["version"] == 1
    sections = {s["name"]: s for s in data["sections"]}
    assert {NOTES, TAGS, "rights_requests", "rights_exports", "access_log"} <= set(sections)
    bodies = sorted(row["body"] for row in sections[NOTES]["rows"])
    assert len(bodies) == 10 and "note 0 <b>&</b>" in bodies  # 10 rows over pages of 7
    assert sections[NOTES]["columns"][2]["category"] == "user.content.private.special_category"
    exports = sections["rights_exports"]["rows"]
    assert all(row["file_key"] is None and row["token_hash"] is None for row in exports)
    html = archive.read("index.html").decode()
    assert "note 0 &lt;b&gt;&amp;&lt;/b&gt;" in html and "<b>&</b>" not in html
    assert "http://" not in html and "https://" not in html  # self-contained


def test_data_json_matches_the_published_schema(rig: Rig) -> None:
    subject, job = ready_export(rig, 2)
    data = json.loads(download(rig, subject, job.id).read("data.json"))
    schema = json.loads(SCHEMA.read_text())
    check(data, schema, schema)


def check(value: object, schema: dict[str, Any], root: dict[str, Any]) -> None:
    """A minimal JSON Schema check (type, required, properties, items, $ref, enum)."""
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].split("/")[-1]]
    types = schema.get("type")
    if types is not None:
        allowed = types if isinstance(types, list) else [types]
        mapping: dict[str, Any] = {
            "object": dict, "array": list, "string": str, "integer": int,
            "null": type(None), "boolean": bool, "number": (int, float),
        }  # fmt: skip
        assert any(isinstance(value, mapping[t]) for t in allowed), (value, types)
    if "enum" in schema:
        assert value in schema["enum"]
    if isinstance(value, dict):
        for key in schema.get("required", []):
            assert key in value, key
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                check(value[key], sub, root)
    if isinstance(value, list) and "items" in schema:
        for item in value:
            check(item, schema["items"], root)


def test_access_log_lists_only_what_others_did(rig: Rig) -> None:
    subject = new_subject_id()
    with rig.runtime.database.unit_of_work() as session:
        for actor in (Actor(ActorKind.STAFF, "support-7"), Actor(ActorKind.SUBJECT, str(subject))):
            rig.audit.append(
                session,
                AuditEvent(
                    "chat.read", actor, subject=subject, purpose=OperationalPurpose.SECURITY
                ),
            )
    owner = Actor(ActorKind.SUBJECT, str(subject))
    job = rig.exports.run(rig.exports.start(subject, actor=owner).id)
    data = json.loads(download(rig, subject, job.id).read("data.json"))
    log = next(s for s in data["sections"] if s["name"] == "access_log")["rows"]
    assert [(e["actor_id"], e["action"]) for e in log] == [("support-7", "chat.read")]
    assert log[0]["details"] == {}


def test_download_tokens_are_single_use_and_owned(rig: Rig) -> None:
    subject, job = ready_export(rig, 1)
    token = rig.exports.download_token(subject, job.id)
    b"".join(rig.exports.open_download(token).chunks)
    with pytest.raises(NotFound):
        rig.exports.open_download(token)
    with pytest.raises(NotFound):
        rig.exports.open_download("guessed")
    with pytest.raises(NotFound):
        rig.exports.status(new_subject_id(), job.id)


def test_tokens_and_exports_expire(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    subject, job = ready_export(rig, 1)
    token = rig.exports.download_token(subject, job.id)
    later = datetime.now(UTC) + timedelta(days=30)
    monkeypatch.setattr(rig.exports, "_clock", lambda: later)
    with pytest.raises(NotFound):
        rig.exports.open_download(token)
    assert rig.exports.status(subject, job.id).status is ExportStatus.EXPIRED
    with pytest.raises(NotFound):
        rig.exports.download_token(subject, job.id)
    assert rig.exports.sweep_files() == 1
    assert not rig.files.exists(job.id)


def test_pending_export_cannot_be_downloaded(rig: Rig) -> None:
    subject = new_subject_id()
    job = rig.exports.start(subject, actor=ME)
    with pytest.raises(NotFound):
        rig.exports.download_token(subject, job.id)


def test_erasure_during_an_export_fails_it_and_leaves_no_file(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    subject = new_subject_id()
    rig.add_notes(subject, 20)
    job = rig.exports.start(subject, actor=ME)
    calls = {"n": 0}
    real = rig.exports.report_progress

    def erase_midway(export_id: Any, done: int, total: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            rig.erasure.shred(subject, actor=ME)
        real(export_id, done, total)

    monkeypatch.setattr(rig.exports, "report_progress", erase_midway)
    result = rig.exports.run(job.id)
    assert result.status is ExportStatus.FAILED
    assert not rig.files.exists(job.id)
    assert job.request_id is not None
    assert rig.requests.get(job.request_id).status is RequestStatus.FAILED
    rig.erasure.erase_account(subject, actor=ME)  # finishing the erasure removes the job row
    assert rig.requests.get(job.request_id).status is RequestStatus.FAILED


def test_export_finishing_after_the_rows_were_deleted_removes_its_file(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    subject = new_subject_id()
    rig.add_notes(subject, 1)
    job = rig.exports.start(subject, actor=ME)
    real_write = rig.exports._write

    def write_then_erase(*args: Any, **kwargs: Any) -> Any:
        written = real_write(*args, **kwargs)
        rig.erasure.erase_account(subject, actor=ME)
        return written

    monkeypatch.setattr(rig.exports, "_write", write_then_erase)
    assert rig.exports.run(job.id).status is ExportStatus.FAILED
    assert not rig.files.exists(job.id)
    assert job.request_id is not None
    assert rig.requests.get(job.request_id).status is RequestStatus.FAILED


def test_download_after_erasure_is_refused(rig: Rig) -> None:
    subject, job = ready_export(rig, 1)
    token = rig.exports.download_token(subject, job.id)
    rig.erasure.shred(subject, actor=ME)  # row still there; key gone
    with pytest.raises(SubjectErased):
        rig.exports.open_download(token)


def test_module_exports_a_download_type() -> None:
    assert export_module.Download.__name__ == "Download"


def test_status_with_link_gives_a_token_only_when_ready(rig: Rig) -> None:
    subject = new_subject_id()
    job = rig.exports.start(subject, actor=ME)
    assert rig.exports.status_with_link(subject, job.id) == (job, None)
    rig.exports.run(job.id)
    ready, token = rig.exports.status_with_link(subject, job.id)
    assert ready.status is ExportStatus.READY and token
    assert rig.exports.open_download(token).filename.endswith(".zip")


def test_a_second_start_while_one_runs_returns_the_same_job(rig: Rig) -> None:
    subject = new_subject_id()
    first = rig.exports.start(subject, actor=ME)
    assert rig.exports.start(subject, actor=ME) == first
    assert len(rig.requests.list(subject=subject)) == 1
    done = rig.exports.run(first.id)
    assert rig.exports.run(first.id) == rig.exports.status(subject, first.id)  # no second run
    assert rig.exports.start(subject, actor=ME).id != done.id  # finished: a new one may start


def test_jobs_whose_process_died_are_failed_by_the_sweep(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    subject = new_subject_id()
    stuck = rig.exports.start(subject, actor=ME)
    later = datetime.now(UTC) + timedelta(hours=2)
    monkeypatch.setattr(rig.exports, "_clock", lambda: later)
    rig.exports.sweep_files()
    assert rig.exports.status(subject, stuck.id).status is ExportStatus.FAILED
    assert stuck.request_id is not None
    assert rig.requests.get(stuck.request_id).status is RequestStatus.FAILED
    assert rig.exports.start(subject, actor=ME).id != stuck.id
