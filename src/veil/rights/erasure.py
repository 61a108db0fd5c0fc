"""Account erasure: shred → delete → journal → audit → signed receipt.

Two units of work, in this order:

1. **Shred** (milliseconds): file or load the erasure request, mark it ``in_progress``,
   ``KeyService.shred_in`` deletes the subject's wrapped DEK, evicts it, journals the
   erasure and audits ``keys.shred``. From this commit on every copy of the subject's sealed
   data (rows, backups, export files) is unreadable and no new sealed write can succeed.
2. **Delete**: every row of every table whose registry entry has a subject column for the
   subject (children first, in the metadata's foreign-key order), except the records that
   must outlive erasure (``Retention.survives_erasure``: audit log, request register); then
   the request is completed with the receipt as evidence and ``rights.erase`` is audited.
   Export files are deleted from disk after this commit (they are already unreadable).

If step 2 fails, the subject is already unreadable; running the erasure again (same
request) finishes it: every step is idempotent.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from veil.accounts.service import AccountsService
from veil.audit.log import AuditLog
from veil.domain.accounts import Principal
from veil.domain.audit import Actor, ActorKind, AuditEvent
from veil.domain.errors import ConfigurationError, Conflict
from veil.domain.ids import uuid7
from veil.domain.purposes import OperationalPurpose
from veil.domain.requests import Channel, RequestEvent, RequestKind, RequestStatus
from veil.rights.files import ExportFiles
from veil.rights.receipts import ReceiptSigner
from veil.rights.service import RequestService
from veil.store.registry import DataRegistry
from veil.store.repos.rights import ExportRepository, RequestRepository
from veil.store.repos.subject_data import Metadata, SubjectDataRepository
from veil.store.session import Database, UnitOfWork
from veil.system.keys import Erasure, KeyService

RETENTION_ACTOR = Actor(ActorKind.JOB, "retention")


@dataclass(frozen=True, slots=True)
class ErasureResult:
    request_id: uuid.UUID
    erasure: Erasure
    deleted: Mapping[str, int]
    receipt: Mapping[str, Any]


class ErasureService:
    def __init__(
        self,
        database: Database,
        keys: KeyService,
        requests: RequestService,
        *,
        audit: AuditLog,
        registry: DataRegistry,
        signer: ReceiptSigner,
        files: ExportFiles,
        metadata: Metadata | None = None,
        accounts: AccountsService | None = None,
    ) -> None:
        self._accounts = accounts
        self._database = database
        self._keys = keys
        self._requests = requests
        self._audit = audit
        self._registry = registry
        self._signer = signer
        self._files = files
        self._metadata = metadata

    def erase_account(
        self,
        subject: uuid.UUID,
        *,
        actor: Actor,
        channel: Channel = Channel.SELF_SERVICE,
        request_id: uuid.UUID | None = None,
    ) -> ErasureResult:
        """Erase everything held about ``subject`` and return the signed receipt."""
        request_id, erasure, exports = self.shred(
            subject, actor=actor, channel=channel, request_id=request_id
        )
        with self._database.unit_of_work() as session:
            deleted = SubjectDataRepository(session, self._registry, self._metadata).delete_all(
                subject
            )
            receipt = self._receipt(request_id, erasure, deleted)
            self._requests.transition_in(
                session, request_id, RequestEvent.COMPLETE, actor=actor,
                evidence=f"receipt:{receipt['receipt']['receipt_id']}",
            )  # fmt: skip
            self._audit.append(
                session,
                AuditEvent(
                    "rights.erase", actor, purpose=OperationalPurpose.LEGAL_OBLIGATION,
                    resource=f"erasure:{erasure.journal_id}",
                    details={"request": str(request_id), "tables": len(deleted),
                             "rows": sum(deleted.values())},
                ),
            )  # fmt: skip
        for export_id in exports:
            self._files.delete(export_id)
        return ErasureResult(request_id, erasure, deleted, receipt)

    def erase_own_account(self, principal: Principal, passphrase: str) -> ErasureResult:
        """``DELETE /api/v1/me``: the passphrase again, then the whole erasure; the caller's
        sessions and tokens go with the account. ``InvalidCredentials`` if it is wrong."""
        if self._accounts is None:
            raise ConfigurationError("account erasure needs the accounts service")
        self._accounts.reauthenticate(principal, passphrase)
        subject = principal.account_id
        return self.erase_account(subject, actor=Actor(ActorKind.SUBJECT, str(subject)))

    def expire_inactive(self, subject: uuid.UUID) -> None:
        """The retention job's ``EraseSubject`` port: inactive-account expiry, recorded in
        the register as an automatic erasure."""
        self.erase_account(subject, actor=RETENTION_ACTOR, channel=Channel.AUTOMATIC)

    def shred(
        self,
        subject: uuid.UUID,
        *,
        actor: Actor,
        channel: Channel = Channel.SELF_SERVICE,
        request_id: uuid.UUID | None = None,
    ) -> tuple[uuid.UUID, Erasure, list[uuid.UUID]]:
        """Step 1 alone: after it returns, the subject's data is unreadable everywhere."""
        with self._database.unit_of_work() as session:
            request_id = self._begin(session, subject, actor, channel, request_id)
            erasure = self._keys.shred_in(session, subject, actor=actor)
            exports = ExportRepository(session).ids_for_subject(subject)
        return request_id, erasure, exports

    def _begin(
        self,
        session: UnitOfWork,
        subject: uuid.UUID,
        actor: Actor,
        channel: Channel,
        request_id: uuid.UUID | None,
    ) -> uuid.UUID:
        if request_id is None:
            request = self._requests.file_in(
                session, subject, RequestKind.ERASURE, channel=channel, actor=actor
            )
        else:
            request = RequestRepository(session).get(request_id)
            if request.kind is not RequestKind.ERASURE or request.subject != subject:
                raise Conflict("the request is not an erasure request for this subject")
        if request.status is RequestStatus.FAILED:
            self._requests.transition_in(session, request.id, RequestEvent.RETRY, actor=actor)
        elif request.status is not RequestStatus.IN_PROGRESS:
            self._requests.transition_in(session, request.id, RequestEvent.START, actor=actor)
        return request.id

    def _receipt(
        self, request_id: uuid.UUID, erasure: Erasure, deleted: Mapping[str, int]
    ) -> dict[str, Any]:
        categories = sorted(
            {
                column.category.value
                for column in self._registry
                if column.table in deleted and column.personal
            }
        )
        return self._signer.sign(
            {
                "receipt_id": str(uuid7()),
                "request_id": str(request_id),
                "erasure_id": str(erasure.journal_id),
                "erased_at": erasure.erased_at.isoformat(),
                "completed_at": self._requests.now().isoformat(),
                "key_shredded": True,
                "tables": dict(sorted(deleted.items())),
                "rows": sum(deleted.values()),
                "categories": categories,
            }
        )
