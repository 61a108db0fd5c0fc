"""Access and portability: export jobs that stream an encrypted ZIP of everything held.

``pending → running → ready | failed`` (``domain.requests.EXPORT_TRANSITIONS``; ``_move``
is the only function that changes an export's status). The archive holds ``data.json`` and
``index.html`` (``rights.archive``), generated from the data registry: every table with a
subject column, sealed columns opened through the sealer, plus the access log (audit entries
about the subject written by anyone else). Rows are read in pages, each in its own short
transaction, and the ZIP is encrypted as it is written (``crypto.stream``) under a fresh file
key sealed with the subject's DEK, so nothing is in plaintext on disk and a shred makes the
file unreadable at once. Downloads use single-use, expiring tokens (keyed hash at rest).
"""

from __future__ import annotations

import logging
import secrets
import uuid
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from veil.audit.log import AuditLog
from veil.crypto import aead, stream
from veil.crypto.blind_index import BlindIndex
from veil.crypto.secret import SecretBytes
from veil.domain.audit import Actor, ActorKind, AuditEvent, Outcome
from veil.domain.errors import Conflict, NotFound, VeilError
from veil.domain.ids import uuid7
from veil.domain.purposes import OperationalPurpose
from veil.domain.requests import (
    Channel,
    ExportJob,
    ExportStatus,
    RequestEvent,
    RequestKind,
    next_export_status,
)
from veil.rights.archive import FORMAT, FORMAT_VERSION, HtmlWriter, JsonWriter, write_all
from veil.rights.files import ExportFiles
from veil.rights.sections import SectionReader
from veil.rights.service import RequestService
from veil.store.models import ExportRow
from veil.store.registry import DataRegistry
from veil.store.repos.rights import ExportRepository
from veil.store.repos.subject_data import Metadata
from veil.store.sealed import SealerFactory
from veil.store.session import Database, UnitOfWork

log = logging.getLogger("veil.rights.export")

TOKEN_DOMAIN = "export-download"  # noqa: S105  (a hash domain, not a secret)
_LEGAL = OperationalPurpose.LEGAL_OBLIGATION
JOB_ACTOR = Actor.system("export")

Progress = Callable[[int, int], None]
_UNFINISHED = frozenset({ExportStatus.PENDING, ExportStatus.RUNNING})


@dataclass(frozen=True, slots=True)
class ExportPolicy:
    ttl: timedelta = timedelta(hours=72)
    token_ttl: timedelta = timedelta(minutes=15)
    page_size: int = 5000
    progress_every: int = 5000
    stale_after: timedelta = timedelta(hours=1)  # an unfinished job this old has died


@dataclass(frozen=True, slots=True)
class Download:
    export_id: uuid.UUID
    filename: str
    chunks: Iterator[bytes]


class ExportService:
    def __init__(
        self,
        database: Database,
        sealers: SealerFactory,
        *,
        registry: DataRegistry,
        audit: AuditLog,
        requests: RequestService,
        files: ExportFiles,
        index: BlindIndex,
        policy: ExportPolicy = ExportPolicy(),
        metadata: Metadata | None = None,
    ) -> None:
        self._database = database
        self._sealers = sealers
        self._registry = registry
        self._audit = audit
        self._requests = requests
        self._files = files
        self._index = index
        self._policy = policy
        self._metadata = metadata
        self._clock = requests.clock

    # starting and status -----------------------------------------------------------------
    def start(
        self,
        subject: uuid.UUID,
        *,
        actor: Actor,
        channel: Channel = Channel.SELF_SERVICE,
        kind: RequestKind = RequestKind.ACCESS,
    ) -> ExportJob:
        """File the access/portability request and queue an export job (``pending``).

        While one of the subject's exports is still pending or running, that job is
        returned instead (no second request, no second archive being built)."""
        with self._database.unit_of_work() as session:
            active = self._active(session, subject)
            if active is not None:
                return active
            request = self._requests.file_in(session, subject, kind, channel=channel, actor=actor)
            self._requests.transition_in(session, request.id, RequestEvent.START, actor=actor)
            now = self._clock()
            job = ExportJob(
                id=uuid7(),
                subject=subject,
                request_id=request.id,
                status=ExportStatus.PENDING,
                progress_done=0,
                progress_total=0,
                size_bytes=None,
                created_at=now,
                finished_at=None,
                expires_at=now + self._policy.ttl,
            )
            ExportRepository(session).add(job)
            self._event(session, "rights.export.start", actor, job)
            return job

    def _active(self, session: UnitOfWork, subject: uuid.UUID) -> ExportJob | None:
        stale = self._clock() - self._policy.stale_after
        for job in reversed(ExportRepository(session).for_subject(subject)):
            if job.status in _UNFINISHED and job.created_at > stale:
                return job
        return None

    def status(self, subject: uuid.UUID, export_id: uuid.UUID) -> ExportJob:
        """The subject's own export (``NotFound`` for anyone else's)."""
        with self._database.read() as session:
            job = ExportRepository(session).get(export_id)
        if job.subject != subject:
            raise NotFound("no such export")
        if job.status is not ExportStatus.EXPIRED and self._clock() >= job.expires_at:
            return _with_status(job, ExportStatus.EXPIRED)
        return job

    def status_with_link(
        self, subject: uuid.UUID, export_id: uuid.UUID
    ) -> tuple[ExportJob, str | None]:
        """The subject's export and, when it is ready, a fresh single-use download token."""
        job = self.status(subject, export_id)
        if job.status is not ExportStatus.READY:
            return job, None
        return job, self.download_token(subject, export_id)

    # running -------------------------------------------------------------------------------
    def run(self, export_id: uuid.UUID, *, progress: Progress | None = None) -> ExportJob:
        """Build the archive. Returns the job as ``ready``, or ``failed`` (never raises for
        a failure of the export itself: the job records it)."""
        with self._database.unit_of_work() as session:
            job = ExportRepository(session).get(export_id)
            if job.status is not ExportStatus.PENDING:  # already taken by another runner
                return job
            self._move(session, job, ExportStatus.RUNNING)
            file_key = aead.new_key()
            sealed_key = self._sealers(session).seal(
                job.subject, ExportRow.file_key, job.id, file_key.reveal()
            )
            ExportRepository(session).set_file(job.id, sealed_key, None)
        try:
            rows, size = self._write(job, file_key, progress)
        except (VeilError, OSError) as exc:
            self._files.delete(job.id)
            log.warning("export failed (%s)", type(exc).__name__)
            return self._fail(job)
        return self._finish(job, rows, size)

    def _write(
        self, job: ExportJob, file_key: SecretBytes, progress: Progress | None
    ) -> tuple[int, int]:
        reader = SectionReader(
            self._database, self._sealers, registry=self._registry, subject=job.subject,
            metadata=self._metadata, page_size=self._policy.page_size,
        )  # fmt: skip
        total = reader.count()
        ticker = _Ticker(self, job.id, total, self._policy.progress_every, progress)
        header = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "generated_at": self._clock().isoformat(),
            "subject": str(job.subject),
        }
        # One pass over the data: data.json goes straight into the archive while index.html
        # is spooled to a temporary file encrypted under a throw-away key, then copied in.
        spool_key, spool_id = aead.new_key(), f"spool-{job.id}"
        with self._files.create(job.id) as sink, self._files.spool() as spool_file:
            writer = stream.EncryptingWriter(sink, file_key, str(job.id))
            spool = stream.EncryptingWriter(spool_file, spool_key, spool_id)
            with zipfile.ZipFile(writer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                with archive.open("data.json", "w", force_zip64=True) as entry:
                    writers = (JsonWriter(entry), HtmlWriter(spool))  # type: ignore[arg-type]
                    write_all(writers, header, reader.sections(ticker.tick))
                spool.close()
                spool_file.seek(0)
                with archive.open("index.html", "w", force_zip64=True) as entry:
                    for chunk in stream.decrypt(spool_file, spool_key, spool_id):
                        entry.write(chunk)
            writer.close()
        ticker.done()
        return total, self._files.path(job.id).stat().st_size

    def _finish(self, job: ExportJob, rows: int, size: int) -> ExportJob:
        try:
            with self._database.unit_of_work() as session:
                repo = ExportRepository(session)
                current = repo.get(job.id)  # NotFound: the subject was erased meanwhile
                repo.set_file(job.id, repo.file_key(job.id), size)
                ready = replace(self._move(session, current, ExportStatus.READY), size_bytes=size)
                if job.request_id is not None:
                    self._requests.transition_in(
                        session, job.request_id, RequestEvent.COMPLETE, actor=JOB_ACTOR,
                        evidence=f"export:{job.id}",
                    )  # fmt: skip
                self._event(session, "rights.export.ready", JOB_ACTOR, job, rows=rows)
                return ready
        except NotFound:
            self._files.delete(job.id)
            return self._orphaned(job)

    def _fail(self, job: ExportJob) -> ExportJob:
        try:
            with self._database.unit_of_work() as session:
                current = ExportRepository(session).get(job.id)
                failed = self._move(session, current, ExportStatus.FAILED)
                if job.request_id is not None:
                    self._requests.transition_in(
                        session, job.request_id, RequestEvent.FAIL, actor=JOB_ACTOR
                    )
                self._event(session, "rights.export.fail", JOB_ACTOR, job, outcome=Outcome.FAILED)
                return failed
        except NotFound:
            return self._orphaned(job)

    def _orphaned(self, job: ExportJob) -> ExportJob:
        """The job's row is gone (the subject was erased while it ran): the register, which
        outlives erasure, still records that this export failed."""
        if job.request_id is not None:
            with self._database.unit_of_work() as session:
                self._requests.transition_in(
                    session, job.request_id, RequestEvent.FAIL, actor=JOB_ACTOR
                )
        return _with_status(job, ExportStatus.FAILED)

    def _move(self, session: UnitOfWork, job: ExportJob, target: ExportStatus) -> ExportJob:
        """THE export status change: checked against the transition table."""
        next_export_status(job.status, target)
        finished = self._clock() if target in (ExportStatus.READY, ExportStatus.FAILED) else None
        ExportRepository(session).set_status(job.id, target, finished_at=finished)
        return _with_status(job, target, finished_at=finished or job.finished_at)

    def report_progress(self, export_id: uuid.UUID, done: int, total: int) -> None:
        with self._database.unit_of_work() as session:
            ExportRepository(session).set_progress(export_id, done, total)

    # downloading ---------------------------------------------------------------------------
    def download_token(self, subject: uuid.UUID, export_id: uuid.UUID) -> str:
        """A fresh single-use token for a ready export (replaces any earlier one)."""
        job = self.status(subject, export_id)
        if job.status is not ExportStatus.READY:
            raise NotFound("the export is not ready")
        token = secrets.token_urlsafe(32)
        with self._database.unit_of_work() as session:
            expires = self._clock() + self._policy.token_ttl
            ExportRepository(session).set_token(export_id, self._token_hash(token), expires)
        return token

    def open_download(self, token: str) -> Download:
        """Spend ``token`` and stream the decrypted ZIP; ``NotFound`` if the token is unknown,
        used or expired, or the export is gone; ``SubjectErased`` after an erasure."""
        now = self._clock()
        with self._database.unit_of_work() as session:
            repo = ExportRepository(session)
            export_id = repo.consume_token(self._token_hash(token), now)
            if export_id is None:
                raise NotFound("this download link is unknown, used or expired")
            job = repo.get(export_id)
            sealed = repo.file_key(export_id)
            if job.status is not ExportStatus.READY or now >= job.expires_at or sealed is None:
                raise NotFound("this export has expired")
            key = self._sealers(session).open(job.subject, ExportRow.file_key, job.id, sealed)
            owner = Actor(ActorKind.SUBJECT, str(job.subject))
            self._event(session, "rights.export.download", owner, job)
        source = self._files.open(job.id)
        return Download(
            job.id, f"veil-export-{job.id}.zip", _chunks(source, SecretBytes(key), job.id)
        )

    def _token_hash(self, token: str) -> bytes:
        return self._index.digest(TOKEN_DOMAIN, token)

    # housekeeping --------------------------------------------------------------------------
    def sweep_files(self) -> int:
        """Fail jobs stuck unfinished past ``stale_after`` (their process died), then delete
        export files with no live export row (expired, erased, crashed jobs)."""
        self._fail_stale()
        stored = self._files.stored()  # list first: a file created later has a row already
        now = self._clock()
        with self._database.read() as session:
            jobs = ExportRepository(session).existing(stored)
        return self._files.delete_orphans(job.id for job in jobs if now < job.expires_at)

    def _fail_stale(self) -> None:
        cutoff = self._clock() - self._policy.stale_after
        with self._database.read() as session:
            stale = ExportRepository(session).unfinished_before(cutoff)
        for job in stale:
            try:
                self._fail(job)
            except Conflict:  # finished meanwhile
                continue
            self._files.delete(job.id)

    def _event(
        self,
        session: UnitOfWork,
        action: str,
        actor: Actor,
        job: ExportJob,
        outcome: Outcome = Outcome.SUCCESS,
        **details: Any,
    ) -> None:
        self._audit.append(
            session,
            AuditEvent(
                action, actor, subject=job.subject, purpose=_LEGAL,
                resource=f"export:{job.id}", outcome=outcome, details=details,
            ),
        )  # fmt: skip


def _with_status(
    job: ExportJob, status: ExportStatus, *, finished_at: datetime | None = None
) -> ExportJob:
    return replace(job, status=status, finished_at=finished_at or job.finished_at)


def _chunks(source: Any, key: SecretBytes, export_id: uuid.UUID) -> Iterator[bytes]:
    with source:
        yield from stream.decrypt(source, key, str(export_id))


class _Ticker:
    def __init__(
        self, service: ExportService, export_id: uuid.UUID, total: int, every: int,
        callback: Progress | None,
    ) -> None:  # fmt: skip
        self._service, self._id, self._total = service, export_id, total
        self._every, self._callback = every, callback
        self._done = 0
        service.report_progress(export_id, 0, total)

    def tick(self, rows: int) -> None:
        before, self._done = self._done, self._done + rows
        if self._callback is not None:
            self._callback(self._done, self._total)
        if before // self._every != self._done // self._every:
            self._service.report_progress(self._id, self._done, self._total)

    def done(self) -> None:
        self._service.report_progress(self._id, self._total, self._total)
