"""Liveness and readiness probes, and the problem-type descriptions."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse

from veil.api.deps import runtime_of
from veil.api.problems import HTTP_PROBLEMS, STATUS_BY_CODE, http_problem, problem
from veil.domain import errors


def build_router() -> APIRouter:
    router = APIRouter(tags=["health"])

    @router.get("/healthz", summary="The process is alive")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @router.get(
        "/readyz",
        summary="The database is reachable and its schema is current",
        responses={503: {"description": "not ready (problem+json)"}},
    )
    def readyz(request: Request) -> JSONResponse:
        readiness = runtime_of(request).system.readiness()
        if readiness.ready:
            return JSONResponse({"status": "ready", "database": "ok", "schema": "current"})
        if not readiness.database_reachable:
            error: errors.VeilError = errors.DatabaseUnavailable(
                "the database could not be reached"
            )
        else:
            error = errors.SchemaOutOfDate("the schema is out of date; run `veil db upgrade`")
        return problem(503, error.code, error.title, error.detail)

    @router.get("/problems/{code}", summary="What a problem type means", include_in_schema=False)
    def describe_problem(code: str) -> JSONResponse:
        titles = dict(HTTP_PROBLEMS.values())
        titles.update(_error_titles())
        if code not in titles:
            return http_problem(404, "no such problem type")
        return JSONResponse({"type": f"/problems/{code}", "title": titles[code]})

    return router


def _error_titles() -> dict[str, str]:
    found: dict[str, str] = {}
    for value in vars(errors).values():
        if isinstance(value, type) and issubclass(value, errors.VeilError):
            found[value.code] = value.title
    found.update({code: found.get(code, code) for code in STATUS_BY_CODE})
    return found
