"""Shared steps of the accounts API tests: sign up, sign in, authenticated headers."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

GOOD = "velvet otter sings at dawn"
OTHER_GOOD = "amber kettle hums quietly"
NO_CONSENTS = {
    "service": False,
    "personalization": False,
    "analytics": False,
    "model_training": False,
}


def sign_up(
    client: TestClient,
    username: str,
    passphrase: str = GOOD,
    consents: dict[str, bool] | None = None,
    **headers: str,
) -> dict[str, Any]:
    response = client.post(
        "/api/v1/accounts",
        json={
            "username": username,
            "passphrase": passphrase,
            "adult": True,
            "consents": NO_CONSENTS if consents is None else consents,
        },
        headers=headers,
    )
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def log_in(client: TestClient, username: str, passphrase: str = GOOD) -> dict[str, str]:
    """Sign in with a Bearer token; returns the Authorization header."""
    response = client.post(
        "/api/v1/sessions", json={"username": username, "passphrase": passphrase}
    )
    assert response.status_code == 201, response.text
    return {"Authorization": f"Bearer {response.json()['token']}"}


def user(client: TestClient, username: str, **consents: bool) -> dict[str, str]:
    """A new account, signed in: its Authorization header."""
    sign_up(client, username, consents={**NO_CONSENTS, **consents})
    return log_in(client, username)
