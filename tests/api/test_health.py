from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from veil.api.app import create_app
from veil.config import Settings
from veil.runtime import Runtime, build
from veil.store import schema


def test_healthz_is_200(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}


def test_readyz_is_200_on_a_current_schema(client: TestClient) -> None:
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json()["schema"] == "current"


def test_readyz_is_503_on_an_out_of_date_schema(runtime: Runtime, client: TestClient) -> None:
    schema.downgrade(runtime.database.engine, "base")
    response = client.get("/readyz")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "/problems/schema_out_of_date"


def test_readyz_is_503_when_the_database_is_unreachable(
    settings_factory: Callable[..., Settings],
) -> None:
    settings = settings_factory(database={"url": "postgresql://veil@127.0.0.1:1/veil"})
    runtime = build(settings)
    with TestClient(create_app(runtime)) as client:
        response = client.get("/readyz")
    assert response.status_code == 503
    assert response.json()["type"] == "/problems/database_unavailable"
