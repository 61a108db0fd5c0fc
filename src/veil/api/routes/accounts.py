"""Sign-up, username suggestions and recovery: the endpoints that need no session."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query, Request, status

from veil.accounts.age import AgeClaim
from veil.accounts.service import SignUpRequest
from veil.api.deps import client_address, gpc_signal, runtime_of
from veil.api.schemas.accounts import (
    AccountOut,
    RecoverIn,
    RecoverOut,
    SignUpIn,
    SignUpOut,
    SuggestionsOut,
)
from veil.domain.purposes import Purpose

PROBLEMS: dict[int | str, dict[str, Any]] = {
    409: {"description": "username taken (problem+json)"},
    422: {"description": "invalid input, weak passphrase (with reasons), no 18+ attestation"},
    429: {"description": "too many attempts; see Retry-After"},
}


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1/accounts", tags=["accounts"])

    @router.post(
        "",
        status_code=status.HTTP_201_CREATED,
        summary="Create an account (18+ attestation and explicit consents required)",
        responses=PROBLEMS,
    )
    def sign_up(body: SignUpIn, request: Request) -> SignUpOut:
        choices = body.consents.model_dump()
        result = runtime_of(request).accounts.sign_up(
            SignUpRequest(
                username=body.username,
                passphrase=body.passphrase,
                age=AgeClaim(adult=body.adult is True, evidence=body.age_evidence or {}),
                consents={purpose: choices[purpose.value] for purpose in Purpose},
                gpc=gpc_signal(request),
            ),
            address=client_address(request),
        )
        account = AccountOut.of(result.account).model_dump()
        return SignUpOut(**account, recovery_codes=result.recovery_codes)

    @router.get("/username-suggestions", summary="Random free usernames (no real names)")
    def suggestions(request: Request, count: int = Query(default=5, ge=1, le=20)) -> SuggestionsOut:
        return SuggestionsOut(suggestions=runtime_of(request).accounts.suggest_usernames(count))

    @router.post(
        "/recover",
        summary="Set a new passphrase with a recovery code; ends every session",
        responses={401: {"description": "wrong username or code"}, **PROBLEMS},
    )
    def recover(body: RecoverIn, request: Request) -> RecoverOut:
        left = runtime_of(request).accounts.recover(
            body.username, body.recovery_code, body.new_passphrase, address=client_address(request)
        )
        return RecoverOut(recovery_codes_left=left)

    return router
