"""User A can neither read nor change anything of user B; anonymous callers get 401.

Every account and consent endpoint that takes the caller's identity is listed here; the
ones that take an id (revocation) are tried with B's ids.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.api.accounts_helpers import GOOD, user

PRIVATE_ENDPOINTS: list[tuple[str, str, dict[str, object] | None]] = [
    ("GET", "/api/v1/me", None),
    ("GET", "/api/v1/me/settings", None),
    ("PATCH", "/api/v1/me/settings", {"retention": 7}),
    ("POST", "/api/v1/me/passphrase", {"current_passphrase": GOOD, "new_passphrase": GOOD}),
    ("POST", "/api/v1/me/recovery-codes", {"passphrase": GOOD}),
    ("GET", "/api/v1/me/consents", None),
    ("GET", "/api/v1/me/consents/history", None),
    ("POST", "/api/v1/me/consents/analytics", {"granted": True}),
    ("GET", "/api/v1/sessions", None),
    ("DELETE", "/api/v1/sessions/current", None),
    ("DELETE", "/api/v1/sessions", None),
    ("DELETE", "/api/v1/sessions/01a207b9-02e0-73a7-9fc8-71e10cb4f1af", None),
    ("GET", "/api/v1/tokens", None),
    ("POST", "/api/v1/tokens", {"name": "x"}),
    ("DELETE", "/api/v1/tokens/01a207b9-02e0-73a7-9fc8-71e10cb4f1af", None),
]


@pytest.mark.parametrize(("method", "path", "body"), PRIVATE_ENDPOINTS)
def test_anonymous_gets_401(
    client: TestClient, method: str, path: str, body: dict[str, object] | None
) -> None:
    response = client.request(method, path, json=body)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"


def test_a_sees_only_a(client: TestClient) -> None:
    alice = user(client, "alice_otter", service=True)
    bob = user(client, "bob_heron", analytics=True)
    client.post("/api/v1/tokens", json={"name": "bob laptop"}, headers=bob)
    assert client.get("/api/v1/me", headers=alice).json()["username"] == "alice_otter"
    consents = client.get("/api/v1/me/consents", headers=alice).json()["purposes"]
    assert {p["purpose"]: p["granted"] for p in consents}["analytics"] is False
    assert "bob laptop" not in client.get("/api/v1/tokens", headers=alice).text
    assert len(client.get("/api/v1/sessions", headers=alice).json()["items"]) == 1
    history = client.get("/api/v1/me/consents/history", headers=alice).json()["events"]
    assert len(history) == 4


def test_a_cannot_revoke_b_sessions_or_tokens(client: TestClient) -> None:
    alice = user(client, "alice_otter")
    bob = user(client, "bob_heron")
    bob_session = client.get("/api/v1/sessions", headers=bob).json()["items"][0]["id"]
    bob_token = client.post("/api/v1/tokens", json={"name": "cli"}, headers=bob).json()
    assert client.delete(f"/api/v1/sessions/{bob_session}", headers=alice).status_code == 404
    token_id = bob_token["info"]["id"]
    assert client.delete(f"/api/v1/tokens/{token_id}", headers=alice).status_code == 404
    client.delete("/api/v1/sessions", headers=alice)
    assert client.get("/api/v1/me", headers=bob).status_code == 200
    bearer = {"Authorization": f"Bearer {bob_token['token']}"}
    assert client.get("/api/v1/me", headers=bearer).status_code == 200


def test_a_changes_to_consent_and_settings_leave_b_alone(client: TestClient) -> None:
    alice = user(client, "alice_otter")
    bob = user(client, "bob_heron", service=True)
    client.post("/api/v1/me/consents/service", json={"granted": False}, headers=alice)
    client.patch("/api/v1/me/settings", json={"retention": 1, "incognito": True}, headers=alice)
    bob_settings = client.get("/api/v1/me/settings", headers=bob).json()
    assert bob_settings["retention"] == 90
    assert bob_settings["incognito"] is False
    assert bob_settings["purposes"]["service"] is True


def test_a_passphrase_change_does_not_touch_b(client: TestClient) -> None:
    alice = user(client, "alice_otter")
    bob = user(client, "bob_heron")
    client.post(
        "/api/v1/me/passphrase",
        json={"current_passphrase": GOOD, "new_passphrase": "amber kettle hums quietly"},
        headers=alice,
    )
    assert client.get("/api/v1/me", headers=bob).status_code == 200
    response = client.post("/api/v1/sessions", json={"username": "bob_heron", "passphrase": GOOD})
    assert response.status_code == 201
