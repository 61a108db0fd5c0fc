"""The FastAPI application factory: ``create_app(runtime)``; nothing is built at import."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from veil import __version__
from veil.api import openai_compat, problems
from veil.api.login_guard import LoginGuardMiddleware
from veil.api.middleware import BodyGuardMiddleware, RequestContextMiddleware
from veil.api.routes import (
    accounts,
    admin_accounts,
    consent,
    conversations,
    health,
    me,
    me_adaptation,
    personas,
    rights,
    sessions,
)
from veil.domain.errors import VeilError
from veil.runtime import Runtime

UPLOAD_PATHS: tuple[str, ...] = ("/api/v1/personas",)


def create_app(runtime: Runtime) -> FastAPI:
    app = FastAPI(
        title="Veil",
        version=__version__,
        description="Privacy-first AI companion chat. Errors are RFC 9457 problem+json.",
        openapi_url="/openapi.json",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.runtime = runtime
    app.add_exception_handler(VeilError, problems.veil_error_handler)
    app.add_exception_handler(StarletteHTTPException, problems.http_exception_handler)
    app.add_exception_handler(RequestValidationError, problems.validation_handler)
    app.add_exception_handler(Exception, problems.unhandled_handler)
    app.include_router(health.build_router())
    for area in (
        accounts,
        sessions,
        me,
        consent,
        personas,
        conversations,
        me_adaptation,
        openai_compat,
        rights,
        admin_accounts,
    ):
        app.include_router(area.build_router())
    # Starlette applies the last-added middleware outermost: the request context wraps all.
    app.add_middleware(
        BodyGuardMiddleware,
        max_bytes=runtime.settings.server.max_body_bytes,
        upload_max_bytes=runtime.settings.server.upload_max_bytes,
        large_paths=UPLOAD_PATHS,
    )
    app.add_middleware(LoginGuardMiddleware, sessions=runtime.sessions)
    app.add_middleware(RequestContextMiddleware)
    return app
