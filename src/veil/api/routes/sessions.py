"""Sign-in and sign-out, the caller's sessions and named API tokens."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response, status

from veil.api.deps import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    CurrentAccount,
    client_address,
    runtime_of,
)
from veil.api.schemas.accounts import (
    LoginIn,
    LoginOut,
    RevokedOut,
    TokenCreatedOut,
    TokenCreateIn,
    TokenListOut,
    TokenOut,
)
from veil.domain.accounts import Principal, TokenKind


def _set_cookies(request: Request, response: Response, secret: str, csrf: str) -> None:
    settings = runtime_of(request).settings
    secure = settings.server.secure_cookies
    max_age = settings.accounts.session_absolute_seconds
    response.set_cookie(
        SESSION_COOKIE, secret, max_age=max_age, httponly=True, secure=secure, samesite="strict"
    )
    response.set_cookie(
        CSRF_COOKIE, csrf, max_age=max_age, httponly=False, secure=secure, samesite="strict"
    )


def _clear_cookies(request: Request, response: Response) -> None:
    secure = runtime_of(request).settings.server.secure_cookies
    for name in (SESSION_COOKIE, CSRF_COOKIE):
        response.delete_cookie(
            name, secure=secure, httponly=name == SESSION_COOKIE, samesite="strict"
        )


def _end_incognito(request: Request, account: Principal) -> None:
    """Incognito conversations (chat without ``service`` consent) end with the session."""
    chat = runtime_of(request).chat
    if chat is not None:
        chat.chat.forget_incognito(account.account_id)


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1", tags=["sessions"])

    @router.post(
        "/sessions",
        status_code=status.HTTP_201_CREATED,
        summary="Sign in: a Bearer token, or an HttpOnly session cookie for the web",
        responses={
            401: {"description": "wrong username or passphrase (the same for both)"},
            429: {"description": "too many failed attempts; see Retry-After"},
        },
    )
    def log_in(body: LoginIn, request: Request, response: Response) -> LoginOut:
        issued = runtime_of(request).sessions.log_in(
            body.username, body.passphrase, address=client_address(request)
        )
        if body.cookie:
            _set_cookies(request, response, issued.secret, issued.csrf_token)
        return LoginOut(
            token=None if body.cookie else issued.secret,
            csrf_token=issued.csrf_token,
            session=TokenOut.of(issued.info, current=issued.info.id),
        )

    @router.delete("/sessions/current", status_code=status.HTTP_204_NO_CONTENT, summary="Sign out")
    def log_out(account: CurrentAccount, request: Request, response: Response) -> None:
        runtime_of(request).sessions.log_out(account)
        _end_incognito(request, account)
        _clear_cookies(request, response)

    @router.get("/sessions", summary="My sessions")
    def list_sessions(account: CurrentAccount, request: Request) -> TokenListOut:
        found = runtime_of(request).sessions.list_tokens(account, TokenKind.SESSION)
        return TokenListOut(items=[TokenOut.of(t, current=account.token_id) for t in found])

    @router.delete(
        "/sessions/{session_id}",
        status_code=status.HTTP_204_NO_CONTENT,
        summary="End one of my sessions",
        responses={404: {"description": "no such session of mine"}},
    )
    def revoke_session(session_id: uuid.UUID, account: CurrentAccount, request: Request) -> None:
        runtime_of(request).sessions.revoke(account, session_id, TokenKind.SESSION)

    @router.delete("/sessions", summary="End every session and revoke every API token of mine")
    def revoke_all(account: CurrentAccount, request: Request, response: Response) -> RevokedOut:
        count = runtime_of(request).sessions.revoke_all(account)
        _end_incognito(request, account)
        _clear_cookies(request, response)
        return RevokedOut(revoked=count)

    @router.post("/tokens", status_code=status.HTTP_201_CREATED, summary="Create a named API token")
    def create_token(
        body: TokenCreateIn, account: CurrentAccount, request: Request
    ) -> TokenCreatedOut:
        issued = runtime_of(request).sessions.create_api_token(
            account, body.name, body.expires_in_days
        )
        return TokenCreatedOut(token=issued.secret, info=TokenOut.of(issued.info))

    @router.get("/tokens", summary="My API tokens")
    def list_tokens(account: CurrentAccount, request: Request) -> TokenListOut:
        found = runtime_of(request).sessions.list_tokens(account, TokenKind.API)
        return TokenListOut(items=[TokenOut.of(t, current=account.token_id) for t in found])

    @router.delete(
        "/tokens/{token_id}",
        status_code=status.HTTP_204_NO_CONTENT,
        summary="Revoke one of my API tokens",
        responses={404: {"description": "no such token of mine"}},
    )
    def revoke_token(token_id: uuid.UUID, account: CurrentAccount, request: Request) -> None:
        runtime_of(request).sessions.revoke(account, token_id, TokenKind.API)

    return router
