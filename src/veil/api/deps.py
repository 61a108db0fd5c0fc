"""Request-scoped accessors shared by the routers."""

from __future__ import annotations

from fastapi import Request

from veil.runtime import Runtime


def runtime_of(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime
