"""Every error is RFC 9457 problem+json with a stable type, and carries the usual headers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from pydantic import BaseModel

from veil.api.app import create_app
from veil.domain.errors import NotFound
from veil.runtime import Runtime

PROBLEM = "application/problem+json"


class Echo(BaseModel):
    name: str
    count: int


def _with_test_routes(runtime: Runtime) -> TestClient:
    app = create_app(runtime)
    router = APIRouter()

    @router.post("/test/echo")
    def echo(body: Echo) -> dict[str, int]:
        return {"count": body.count}

    @router.get("/test/boom")
    def boom() -> None:
        raise RuntimeError("kaboom")

    @router.get("/test/missing")
    def missing() -> None:
        raise NotFound("no such thing")

    app.include_router(router)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def test_client(runtime: Runtime) -> TestClient:
    return _with_test_routes(runtime)


def _assert_problem(response: object, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status  # type: ignore[attr-defined]
    assert response.headers["content-type"] == PROBLEM  # type: ignore[attr-defined]
    body: dict[str, object] = response.json()  # type: ignore[attr-defined]
    assert body["type"] == f"/problems/{code}"
    assert body["status"] == status
    assert body["title"]
    return body


def test_unknown_route_is_404(test_client: TestClient) -> None:
    _assert_problem(test_client.get("/nowhere"), 404, "not_found")


def test_wrong_method_is_405(test_client: TestClient) -> None:
    _assert_problem(test_client.delete("/healthz"), 405, "method_not_allowed")


def test_malformed_json_is_400(test_client: TestClient) -> None:
    response = test_client.post(
        "/test/echo", content=b'{"name": "x", ', headers={"content-type": "application/json"}
    )
    _assert_problem(response, 400, "malformed_json")


def test_wrong_types_are_422_without_echoing_input(test_client: TestClient) -> None:
    response = test_client.post("/test/echo", json={"name": "secret-value", "count": "many"})
    body = _assert_problem(response, 422, "validation_failed")
    assert "secret-value" not in response.text
    assert "many" not in response.text
    assert body["errors"]


def test_wrong_content_type_is_415(test_client: TestClient) -> None:
    response = test_client.post(
        "/test/echo", content=b"name=x", headers={"content-type": "text/plain"}
    )
    _assert_problem(response, 415, "unsupported_media_type")


def test_oversized_body_is_413(test_client: TestClient) -> None:
    response = test_client.post(
        "/test/echo",
        content=b"[" + b"1," * 600_000 + b"1]",
        headers={"content-type": "application/json"},
    )
    _assert_problem(response, 413, "payload_too_large")


def test_oversized_chunked_body_is_413(test_client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        for _ in range(40):
            yield b" " * 65_536

    response = test_client.post(
        "/test/echo",
        content=chunks(),
        headers={"content-type": "application/json"},
    )
    _assert_problem(response, 413, "payload_too_large")


def test_unhandled_error_is_500_problem(test_client: TestClient) -> None:
    response = test_client.get("/test/boom")
    body = _assert_problem(response, 500, "internal_error")
    assert "kaboom" not in response.text
    assert "x-request-id" in response.headers
    assert body["detail"]


def test_domain_error_maps_through_the_table(test_client: TestClient) -> None:
    _assert_problem(test_client.get("/test/missing"), 404, "not_found")


def test_problem_types_are_described(test_client: TestClient) -> None:
    response = test_client.get("/problems/payload_too_large")
    assert response.status_code == 200
    assert response.json()["title"] == "Request body too large"


@pytest.mark.parametrize("path", ["/healthz", "/nowhere", "/openapi.json"])
def test_security_headers_and_request_id_on_every_response(
    test_client: TestClient, path: str
) -> None:
    response = test_client.get(path)
    assert "frame-ancestors 'none'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert len(response.headers["x-request-id"]) == 16


def test_request_ids_differ(test_client: TestClient) -> None:
    first = test_client.get("/healthz").headers["x-request-id"]
    assert first != test_client.get("/healthz").headers["x-request-id"]


def test_openapi_is_served(test_client: TestClient) -> None:
    spec = test_client.get("/openapi.json").json()
    assert spec["info"]["title"] == "Veil"
    assert "/healthz" in spec["paths"]
