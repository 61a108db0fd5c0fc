"""Rights endpoints: export, erasure with receipt, restriction and objection, the register.

Self-service routes act on the caller only (``CurrentAccount``); every call files or moves a
register entry inside the service. ``/api/v1/admin/requests`` is for roles that may handle
rights requests (dpo, admin): metadata only. The receipt-signing key is public.
"""

from __future__ import annotations

import uuid
from typing import Annotated

from fastapi import APIRouter, BackgroundTasks, Query, Request, Response, status
from fastapi.responses import StreamingResponse

from veil.api.deps import CSRF_COOKIE, SESSION_COOKIE, CurrentAccount, runtime_of
from veil.api.schemas.accounts import PassphraseIn
from veil.api.schemas.rights import (
    ExportOut,
    PublicKeyOut,
    ReceiptOut,
    RequestOut,
    RestrictionsOut,
)
from veil.domain.audit import Actor, ActorKind
from veil.domain.requests import RequestStatus
from veil.rights import receipts


def _clear_cookies(request: Request, response: Response) -> None:
    secure = runtime_of(request).settings.server.secure_cookies
    for name in (SESSION_COOKIE, CSRF_COOKIE):
        response.delete_cookie(
            name, secure=secure, httponly=name == SESSION_COOKIE, samesite="strict"
        )


def _me(account_id: uuid.UUID) -> Actor:
    return Actor(ActorKind.SUBJECT, str(account_id))


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["rights"])
    _self_service(router)
    _exports(router)
    _admin(router)

    @router.get(
        "/receipts/public-key",
        summary="The Ed25519 key that signs deletion receipts (verify with `veil receipt verify`)",
    )
    def receipt_public_key(request: Request) -> PublicKeyOut:
        public = runtime_of(request).rights.receipts.public_key()
        return PublicKeyOut(
            alg=receipts.ALGORITHM, key_id=receipts.key_id(public),
            public_key=receipts.encode_key(public),
        )  # fmt: skip

    return router


def _self_service(router: APIRouter) -> None:
    @router.delete(
        "/me",
        summary="Erase my account and everything about me; returns a signed deletion receipt",
        responses={401: {"description": "wrong passphrase"}},
    )
    def erase_me(
        body: PassphraseIn, account: CurrentAccount, request: Request, response: Response
    ) -> ReceiptOut:
        result = runtime_of(request).rights.erasure.erase_own_account(account, body.passphrase)
        _clear_cookies(request, response)
        return ReceiptOut.model_validate(result.receipt)

    @router.get("/me/restrictions", summary="Whether my processing is restricted or objected to")
    def restrictions(account: CurrentAccount, request: Request) -> RestrictionsOut:
        return RestrictionsOut.of(
            runtime_of(request).rights.restrictions.current(account.account_id)
        )

    for path, kind in (("processing", "restriction"), ("training", "objection")):
        _toggle(router, path, kind)


def _toggle(router: APIRouter, path: str, kind: str) -> None:
    what = "Restrict processing of my data" if kind == "restriction" else "Object to training"

    def apply(account_id: uuid.UUID, request: Request, on: bool) -> RestrictionsOut:
        service = runtime_of(request).rights.restrictions
        setter = service.set_restricted if kind == "restriction" else service.set_training_objection
        return RestrictionsOut.of(setter(account_id, on, actor=_me(account_id)))

    @router.put(f"/me/restrictions/{path}", summary=what, name=f"set_{kind}")
    def set_(account: CurrentAccount, request: Request) -> RestrictionsOut:
        return apply(account.account_id, request, True)

    @router.delete(f"/me/restrictions/{path}", summary=f"{what}: lift", name=f"lift_{kind}")
    def lift(account: CurrentAccount, request: Request) -> RestrictionsOut:
        return apply(account.account_id, request, False)


def _exports(router: APIRouter) -> None:
    @router.post(
        "/me/exports",
        status_code=status.HTTP_202_ACCEPTED,
        summary="Export everything Veil holds about me (a ZIP with data.json and index.html)",
    )
    def start_export(
        account: CurrentAccount, request: Request, background: BackgroundTasks
    ) -> ExportOut:
        exports = runtime_of(request).rights.exports
        job = exports.start(account.account_id, actor=_me(account.account_id))
        background.add_task(exports.run, job.id)
        return ExportOut.of(job)

    @router.get("/me/exports/{export_id}", summary="My export's status; a download link when ready")
    def export_status(export_id: uuid.UUID, account: CurrentAccount, request: Request) -> ExportOut:
        exports = runtime_of(request).rights.exports
        job, token = exports.status_with_link(account.account_id, export_id)
        url = None if token is None else str(request.url_for("download_export", token=token))
        return ExportOut.of(job, url)

    @router.get(
        "/exports/download/{token}",
        name="download_export",
        summary="Download an export (single-use link)",
        response_class=StreamingResponse,
        responses={404: {"description": "unknown, used or expired link"}},
    )
    def download_export(token: str, request: Request) -> StreamingResponse:
        found = runtime_of(request).rights.exports.open_download(token)
        headers = {
            "Content-Disposition": f'attachment; filename="{found.filename}"',
            "Cache-Control": "no-store",
        }
        return StreamingResponse(found.chunks, media_type="application/zip", headers=headers)


def _admin(router: APIRouter) -> None:
    @router.get("/admin/requests", summary="The rights request register (dpo, admin): metadata")
    def list_requests(
        account: CurrentAccount,
        request: Request,
        *,
        status_: Annotated[RequestStatus | None, Query(alias="status")] = None,
        open_only: Annotated[bool, Query(alias="open")] = True,
        overdue: bool = False,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> list[RequestOut]:
        requests = runtime_of(request).rights.requests
        found, now = requests.staff_list(
            account.role, status=status_, open_only=open_only and status_ is None,
            limit=limit, offset=offset,
        )  # fmt: skip
        return [RequestOut.of(r, now) for r in found if r.overdue(now) or not overdue]

    @router.get("/admin/requests/{request_id}", summary="One register entry (dpo, admin)")
    def show_request(
        request_id: uuid.UUID, account: CurrentAccount, request: Request
    ) -> RequestOut:
        found, now = runtime_of(request).rights.requests.staff_get(account.role, request_id)
        return RequestOut.of(found, now)
