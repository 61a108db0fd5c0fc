"""Staff view and change of an account's status (support, dpo, admin): metadata only.

Suspending refuses sign-in and revokes every session and token; the data stays. Each call is
audited under the staff actor, so the person sees it in the access log of their export.
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request

from veil.api.deps import CurrentAccount, runtime_of
from veil.api.schemas.accounts import AccountStatusIn, AccountStatusOut


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1/admin/accounts", tags=["admin"])

    @router.get(
        "/{account_id}",
        summary="An account's role and status (support, dpo, admin); no username",
        responses={403: {"description": "not staff"}, 404: {"description": "no such account"}},
    )
    def account_status(
        account_id: uuid.UUID, account: CurrentAccount, request: Request
    ) -> AccountStatusOut:
        return AccountStatusOut.of(runtime_of(request).accounts.status_of(account, account_id))

    @router.put(
        "/{account_id}/status",
        summary="Suspend or reactivate an account (support, admin; staff accounts: admin)",
        responses={403: {"description": "not allowed"}, 404: {"description": "no such account"}},
    )
    def set_account_status(
        account_id: uuid.UUID, body: AccountStatusIn, account: CurrentAccount, request: Request
    ) -> AccountStatusOut:
        view = runtime_of(request).accounts.set_status(account, account_id, body.status)
        return AccountStatusOut.of(view)

    return router
