"""The consent ledger: current state, history, grant and withdraw, and the notice text."""

from __future__ import annotations

from fastapi import APIRouter, Request

from veil.api.deps import CurrentAccount, RequestConsentMethod, gpc_signal, runtime_of
from veil.api.schemas.consent import (
    ConsentEventOut,
    ConsentHistoryOut,
    ConsentSetIn,
    ConsentsOut,
    NoticeOut,
    PurposeStateOut,
)
from veil.domain.purposes import Purpose


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["consent"])

    @router.get("/consents/notice", summary="The consent notice and its version (public)")
    def notice(request: Request) -> NoticeOut:
        current = runtime_of(request).consent.notice
        return NoticeOut(version=current.version, text=current.text)

    @router.get("/me/consents", summary="My consents, purpose by purpose")
    def current(account: CurrentAccount, request: Request) -> ConsentsOut:
        consent = runtime_of(request).consent
        states = consent.current(account.account_id)
        return ConsentsOut(
            notice_version=consent.notice.version,
            purposes=[PurposeStateOut.of(state) for state in states],
        )

    @router.get("/me/consents/history", summary="Every grant and withdrawal, oldest first")
    def history(account: CurrentAccount, request: Request) -> ConsentHistoryOut:
        events = runtime_of(request).consent.history(account.account_id)
        return ConsentHistoryOut(events=[ConsentEventOut.of(event) for event in events])

    @router.post(
        "/me/consents/{purpose}",
        summary="Grant or withdraw one purpose: one call either way",
        responses={409: {"description": "granting analytics while the browser sends GPC"}},
    )
    def set_consent(
        purpose: Purpose,
        body: ConsentSetIn,
        account: CurrentAccount,
        method: RequestConsentMethod,
        request: Request,
    ) -> PurposeStateOut:
        state = runtime_of(request).consent.set(
            account.account_id, purpose, body.granted, method, gpc=gpc_signal(request)
        )
        return PurposeStateOut.of(state)

    return router
