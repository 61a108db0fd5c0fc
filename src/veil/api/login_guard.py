"""Refuse a sign-in from a throttled client address before anything else is spent on it.

A flood of wrong sign-ins from one client gets ``429`` from the throttle after its first
``login_per_address`` failures. Without this guard every later refusal would still be routed,
have its JSON body read and validated, and hop to a worker thread before ``log_in`` said no;
on a small machine that is CPU taken from everyone else's requests. Here the answer comes
from the request line and the peer address alone: no body read, no validation, no thread,
no database. ``SessionService.log_in`` still checks the same limit (and the username's), so
the guard only makes the refusal cheaper, never the throttle weaker. An unreachable throttle
store refuses here too (503), as ``log_in`` would.
"""

from __future__ import annotations

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from veil.accounts.sessions import SessionService
from veil.api.middleware import ASGIApp, Receive, Scope, Send
from veil.api.problems import veil_error_handler
from veil.domain.errors import VeilError

LOGIN_PATH = "/api/v1/sessions"


class LoginGuardMiddleware:
    """Answer ``POST /api/v1/sessions`` from a throttled address with 429 problem+json."""

    def __init__(self, app: ASGIApp, sessions: SessionService, path: str = LOGIN_PATH) -> None:
        self.app = app
        self.sessions = sessions
        self.path = path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] != self.path:
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else None
        try:
            if self.sessions.throttle_is_local:  # a dict lookup: no reason to leave the loop
                self.sessions.refuse_throttled_address(address)
            else:  # a network store (Redis): never block the event loop on it
                await run_in_threadpool(self.sessions.refuse_throttled_address, address)
        except VeilError as exc:  # RateLimited, or RateLimiterUnavailable: fail closed
            response = await veil_error_handler(Request(scope), exc)
            await response(scope, receive, send)
            return
        await self.app(scope, receive, send)
