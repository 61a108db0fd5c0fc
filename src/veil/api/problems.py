"""RFC 9457 problem documents: one table from error codes to statuses.

Every error the API returns has ``Content-Type: application/problem+json`` and a stable
``type`` URI, ``/problems/{code}``, which the app also serves as a short description.
"""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from veil.domain import errors

PROBLEM_CONTENT_TYPE = "application/problem+json"
TYPE_PREFIX = "/problems/"

STATUS_BY_CODE: dict[str, int] = {
    errors.InputError.code: 422,
    errors.WeakPassphrase.code: 422,
    errors.InvalidCard.code: 422,
    errors.AgeAttestationRequired.code: 422,
    errors.CsrfTokenInvalid.code: 403,
    errors.RateLimiterUnavailable.code: 503,
    errors.AuthenticationRequired.code: 401,
    errors.InvalidCredentials.code: 401,
    errors.PermissionDenied.code: 403,
    errors.ProcessingRestricted.code: 403,
    errors.NotFound.code: 404,
    errors.Conflict.code: 409,
    errors.RateLimited.code: 429,
    errors.ConsentRequired.code: 403,
    errors.ContentBlocked.code: 422,
    errors.SubjectErased.code: 410,
    errors.DatabaseUnavailable.code: 503,
    errors.SchemaOutOfDate.code: 503,
    errors.KeyProviderError.code: 503,
    errors.BackendUnavailable.code: 503,
    errors.BackendError.code: 502,
    errors.BackendTimeout.code: 504,
    errors.PIIError.code: 503,
}

# Problems raised by the HTTP layer itself rather than by a service.
HTTP_PROBLEMS: dict[int, tuple[str, str]] = {
    400: ("bad_request", "Bad request"),
    401: ("authentication_required", "Authentication required"),
    403: ("permission_denied", "Permission denied"),
    404: ("not_found", "Not found"),
    405: ("method_not_allowed", "Method not allowed"),
    406: ("not_acceptable", "Not acceptable"),
    413: ("payload_too_large", "Request body too large"),
    415: ("unsupported_media_type", "Unsupported media type"),
    422: ("validation_failed", "Request validation failed"),
    429: ("rate_limited", "Too many requests"),
    500: ("internal_error", "Internal server error"),
    503: ("service_unavailable", "Service unavailable"),
}


def problem(
    status: int,
    code: str,
    title: str,
    detail: str | None = None,
    *,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {"type": TYPE_PREFIX + code, "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update(extra)
    return JSONResponse(body, status_code=status, headers=headers, media_type=PROBLEM_CONTENT_TYPE)


def http_problem(status: int, detail: str | None = None, **extra: Any) -> JSONResponse:
    code, title = HTTP_PROBLEMS.get(status, ("http_error", "HTTP error"))
    return problem(status, code, title, detail, **extra)


async def veil_error_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, errors.VeilError)  # noqa: S101  (registered for VeilError only)
    status = STATUS_BY_CODE.get(exc.code, 500)
    headers = None
    if isinstance(exc, errors.RateLimited):
        headers = {"Retry-After": str(exc.retry_after)}
    extra = {key: value for key, value in exc.extra.items() if key != "retry_after"}
    return problem(status, exc.code, exc.title, exc.detail, headers=headers, **extra)


async def http_exception_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)  # noqa: S101
    detail = exc.detail if isinstance(exc.detail, str) else None
    response = http_problem(exc.status_code, detail)
    if exc.headers:
        response.headers.update(exc.headers)
    return response


def _describe(error: Any) -> dict[str, Any]:
    # Never echo the rejected input back: it may be a passphrase or an intimate message.
    return {
        "loc": list(error.get("loc", ())),
        "msg": error.get("msg", ""),
        "type": error.get("type"),
    }


async def validation_handler(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)  # noqa: S101
    found = list(exc.errors())
    if any(error.get("type") == "json_invalid" for error in found):
        return problem(
            400, "malformed_json", "Malformed JSON", "the request body is not valid JSON"
        )
    return problem(
        422,
        "validation_failed",
        "Request validation failed",
        "the request did not match the expected schema",
        errors=[_describe(error) for error in found],
    )


async def unhandled_handler(request: Request, exc: Exception) -> JSONResponse:
    return http_problem(
        500, "an unexpected error occurred; the request id identifies it in the logs"
    )
