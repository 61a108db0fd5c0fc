"""Request-scoped accessors shared by the routers: the runtime, the caller, CSRF, GPC.

Authentication, in order: an ``Authorization: Bearer <token>`` header (session or API
token), else the ``veil_session`` cookie (HttpOnly, Secure, SameSite=Strict). A
cookie-authenticated unsafe request (POST, PUT, PATCH, DELETE) must also carry the CSRF token
twice, in the ``veil_csrf`` cookie and the ``X-CSRF-Token`` header, and it must be the one
derived from that session (double submit, bound to the session). No credentials → 401.

Routes of other areas get the caller with::

    @router.get("/api/v1/things")
    def things(account: CurrentAccount, request: Request) -> ...:
        runtime_of(request).consent.require_purpose(account.account_id, Purpose.SERVICE)
"""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from veil.domain.accounts import Principal
from veil.domain.consent import ConsentMethod
from veil.domain.errors import AuthenticationRequired, CsrfTokenInvalid
from veil.domain.purposes import Purpose
from veil.runtime import Runtime

SESSION_COOKIE = "veil_session"
CSRF_COOKIE = "veil_csrf"
CSRF_HEADER = "x-csrf-token"
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


def client_address(request: Request) -> str | None:
    """The peer address, used only as a throttle key (HMAC'd, gone with its window)."""
    return request.client.host if request.client else None


def gpc_signal(request: Request) -> bool:
    """True when the request carries Global Privacy Control (``Sec-GPC: 1``)."""
    return request.headers.get("sec-gpc", "").strip() == "1"


def _credentials(request: Request) -> tuple[str, bool]:
    header = request.headers.get("authorization")
    if header is not None:
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "bearer" or not value.strip():
            raise AuthenticationRequired("use an Authorization: Bearer token")
        return value.strip(), False
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        return cookie, True
    raise AuthenticationRequired("sign in to continue")


def _check_csrf(request: Request, secret: str) -> None:
    header = request.headers.get(CSRF_HEADER, "")
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not header or not hmac.compare_digest(header, cookie):
        raise CsrfTokenInvalid("send the CSRF token in the X-CSRF-Token header")
    if not runtime_of(request).sessions.csrf_matches(secret, header):
        raise CsrfTokenInvalid("the CSRF token does not belong to this session")


async def current_account(request: Request) -> Principal:
    """The authenticated caller; ``AuthenticationRequired`` (401) or ``CsrfTokenInvalid`` (403).

    A request with ``Sec-GPC: 1`` withdraws the caller's analytics consent (method gpc).
    Async, so a caller found in the sessions service's cache costs no worker-thread hop;
    anything that needs the database runs in the thread pool.
    """
    secret, via_cookie = _credentials(request)
    if via_cookie and request.method in UNSAFE_METHODS:
        _check_csrf(request, secret)
    runtime = runtime_of(request)
    principal = runtime.sessions.authenticate_cached(secret)
    if principal is None:
        principal = await run_in_threadpool(runtime.sessions.authenticate, secret)
    request.state.via_cookie = via_cookie
    if gpc_signal(request):
        live = runtime.consent.live(principal.account_id)
        if live is None or live[Purpose.ANALYTICS]:  # nothing to withdraw: no hop
            await run_in_threadpool(runtime.consent.apply_gpc, principal.account_id)
    return principal


CurrentAccount = Annotated[Principal, Depends(current_account)]


async def consent_method(request: Request, _account: CurrentAccount) -> ConsentMethod:
    """``web`` for the cookie session of the web UI, ``api`` for Bearer clients."""
    return ConsentMethod.WEB if getattr(request.state, "via_cookie", False) else ConsentMethod.API


RequestConsentMethod = Annotated[ConsentMethod, Depends(consent_method)]
