"""Canary strings sent in failing requests never reach a log line."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from pydantic import BaseModel

from veil.api.app import create_app
from veil.logs import setup_logging
from veil.runtime import Runtime

CANARY = "CANARY-7f3a-velvet-secret"


class Body(BaseModel):
    text: str
    count: int


@pytest.fixture(params=[False, True], ids=["text", "json"])
def captured(request: pytest.FixtureRequest) -> Iterator[io.StringIO]:
    stream = io.StringIO()
    setup_logging("DEBUG", json_format=request.param, stream=stream)
    yield stream
    logging.getLogger().handlers.clear()


@pytest.fixture
def failing_client(runtime: Runtime) -> TestClient:
    app = create_app(runtime)
    router = APIRouter()

    @router.post("/test/fail")
    def fail(body: Body) -> None:
        raise ValueError(f"cannot handle {body.text}")

    app.include_router(router)
    return TestClient(app, raise_server_exceptions=False)


def test_canary_in_a_500_is_not_logged(failing_client: TestClient, captured: io.StringIO) -> None:
    response = failing_client.post("/test/fail", json={"text": CANARY, "count": 1})
    assert response.status_code == 500
    output = captured.getvalue()
    assert "unhandled error" in output
    assert CANARY not in output


def test_canary_in_a_validation_failure_is_not_logged(
    failing_client: TestClient, captured: io.StringIO
) -> None:
    response = failing_client.post("/test/fail", json={"text": CANARY, "count": CANARY})
    assert response.status_code == 422
    assert CANARY not in captured.getvalue()
    assert CANARY not in response.text


def test_canary_in_malformed_json_is_not_logged(
    failing_client: TestClient, captured: io.StringIO
) -> None:
    response = failing_client.post(
        "/test/fail",
        content=f'{{"text": "{CANARY}"'.encode(),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400
    assert CANARY not in captured.getvalue()


def test_log_lines_carry_the_request_id(failing_client: TestClient) -> None:
    stream = io.StringIO()
    setup_logging("INFO", json_format=True, stream=stream)
    try:
        response = failing_client.post("/test/fail", json={"text": "x", "count": 1})
    finally:
        logging.getLogger().handlers.clear()
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    server_lines = [line for line in lines if line["logger"].startswith("veil.")]
    assert len(server_lines) == 2
    assert {line["request_id"] for line in server_lines} == {response.headers["x-request-id"]}


def test_scrubber_drops_unsafe_arguments_and_secrets() -> None:
    stream = io.StringIO()
    setup_logging("INFO", stream=stream)
    try:
        log = logging.getLogger("veil.test")
        log.info("user said %s", f"hello {CANARY} there")
        log.info("auth header Bearer abc.def.ghi")
        log.info("count %s", 42)
    finally:
        logging.getLogger().handlers.clear()
    output = stream.getvalue()
    assert CANARY not in output
    assert "abc.def.ghi" not in output
    assert "count 42" in output
