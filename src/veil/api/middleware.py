"""Pure ASGI middleware: request ids, access log, security headers and the body limit.

Written against ASGI directly (not ``BaseHTTPMiddleware``) so streamed responses (SSE) pass
through untouched and the per-request cost stays in microseconds.
"""

from __future__ import annotations

import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from starlette.exceptions import HTTPException

from veil.api.problems import HTTP_PROBLEMS, PROBLEM_CONTENT_TYPE, TYPE_PREFIX
from veil.logs import request_id_var

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

log = logging.getLogger("veil.http")

SECURITY_HEADERS: list[tuple[bytes, bytes]] = [
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        b"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        b"frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
_BODY_TYPES = (b"application/json", b"multipart/form-data", b"image/png")
_BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


async def send_problem(send: Send, status: int, detail: str, request_id: str = "-") -> None:
    code, title = HTTP_PROBLEMS[status]
    body = json.dumps(
        {"type": TYPE_PREFIX + code, "title": title, "status": status, "detail": detail}
    ).encode()
    headers = [
        (b"content-type", PROBLEM_CONTENT_TYPE.encode()),
        (b"content-length", str(len(body)).encode()),
        (b"x-request-id", request_id.encode()),
        *SECURITY_HEADERS,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _header(scope: Scope, name: bytes) -> bytes | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return bytes(value)
    return None


class RequestContextMiddleware:
    """Give every request an id, echo it, add security headers, and log one line per request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = secrets.token_hex(8)
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status_holder = [500]
        response_started = [False]

        async def send_wrapper(message: Message) -> None:
            if message["type"] == "http.response.start":
                status_holder[0] = message["status"]
                response_started[0] = True
                headers = list(message.get("headers", []))
                present = {key.lower() for key, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
                headers.append((b"x-request-id", request_id.encode()))
                message["headers"] = headers
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        except Exception:
            # Handled here rather than by Starlette's outermost handler so that the 500 still
            # carries the request id and security headers. The filter keeps only the class.
            log.exception("unhandled error")
            if not response_started[0]:
                await send_problem(send, 500, "an unexpected error occurred", request_id)
                status_holder[0] = 500
        finally:
            route = scope.get("route")
            log.info(
                "request handled",
                extra={
                    "method": scope.get("method", ""),
                    "path": getattr(route, "path", "unmatched"),
                    "status": status_holder[0],
                    "duration_ms": round((time.perf_counter() - started) * 1000, 2),
                },
            )
            request_id_var.reset(token)


class BodyGuardMiddleware:
    """Refuse oversized bodies (413) and unknown body media types (415) before any handler runs.

    Bodies without Content-Length are counted as they stream in, so a chunked upload cannot
    slip past the limit. ``large_paths`` get the larger upload limit (PNG cards).
    """

    def __init__(
        self, app: ASGIApp, max_bytes: int, upload_max_bytes: int, large_paths: tuple[str, ...]
    ) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = upload_max_bytes
        self.large_paths = large_paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in _BODY_METHODS:
            await self.app(scope, receive, send)
            return
        limit = self.upload_max_bytes if scope["path"] in self.large_paths else self.max_bytes
        rid = request_id_var.get()
        length = _header(scope, b"content-length")
        if length is not None and (not length.isdigit() or int(length) > limit):
            await send_problem(send, 413, f"the request body exceeds {limit} bytes", rid)
            return
        content_type = (_header(scope, b"content-type") or b"").split(b";")[0].strip().lower()
        has_body = length not in (None, b"0") or _header(scope, b"transfer-encoding") is not None
        if has_body and not _accepted_type(content_type):
            await send_problem(send, 415, "send application/json", rid)
            return
        await self._guarded(scope, receive, send, limit)

    async def _guarded(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge(limit)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await send_problem(send, 413, f"the request body exceeds {limit} bytes")


class _TooLarge(HTTPException):
    """Raised from ``receive``; an ``HTTPException`` so FastAPI's body parser re-raises it."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body exceeds {limit} bytes")


def _accepted_type(content_type: bytes) -> bool:
    if content_type in _BODY_TYPES:
        return True
    return content_type.startswith(b"application/") and content_type.endswith(b"+json")
