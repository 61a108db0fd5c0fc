"""`/api/v1/admin/accounts`: staff see and change an account's status, never its content."""

from __future__ import annotations

import uuid

from fastapi.testclient import TestClient
from sqlalchemy import select

from tests.api.accounts_helpers import GOOD, log_in, user
from veil.domain.roles import Role
from veil.runtime import Runtime
from veil.store.models import AuditRecord


def _staff(client: TestClient, runtime: Runtime, name: str, role: Role) -> dict[str, str]:
    runtime.accounts.create_staff(name, GOOD, role)
    return log_in(client, name)


def test_support_sees_and_suspends_a_user_then_reactivates(
    client: TestClient, runtime: Runtime
) -> None:
    me = user(client, "quiet_heron")
    account_id = client.get("/api/v1/me", headers=me).json()["id"]
    support = _staff(client, runtime, "helper_one", Role.SUPPORT)

    seen = client.get(f"/api/v1/admin/accounts/{account_id}", headers=support)
    assert seen.status_code == 200, seen.text
    assert seen.json()["status"] == "active" and seen.json()["role"] == "user"
    assert "username" not in seen.json() and "quiet_heron" not in seen.text

    suspended = client.put(
        f"/api/v1/admin/accounts/{account_id}/status", json={"status": "suspended"}, headers=support
    )
    assert suspended.status_code == 200 and suspended.json()["status"] == "suspended"
    assert client.get("/api/v1/me", headers=me).status_code == 401  # every token revoked
    refused = client.post("/api/v1/sessions", json={"username": "quiet_heron", "passphrase": GOOD})
    assert refused.status_code == 403

    back = client.put(
        f"/api/v1/admin/accounts/{account_id}/status", json={"status": "active"}, headers=support
    )
    assert back.json()["status"] == "active"
    assert log_in(client, "quiet_heron")

    with runtime.database.read() as session:
        actions = list(
            session.scalars(
                select(AuditRecord.action).where(AuditRecord.subject_id == uuid.UUID(account_id))
            )
        )
    assert "account.status.view" in actions and actions.count("account.status") == 2


def test_users_may_not_and_staff_accounts_need_an_admin(
    client: TestClient, runtime: Runtime
) -> None:
    me = user(client, "quiet_heron")
    other = user(client, "loud_crane")
    other_id = client.get("/api/v1/me", headers=other).json()["id"]
    assert client.get(f"/api/v1/admin/accounts/{other_id}", headers=me).status_code == 403
    body = {"status": "suspended"}
    assert (
        client.put(f"/api/v1/admin/accounts/{other_id}/status", json=body, headers=me).status_code
        == 403
    )

    support = _staff(client, runtime, "helper_one", Role.SUPPORT)
    admin = _staff(client, runtime, "boss_one", Role.ADMIN)
    admin_id = client.get("/api/v1/me", headers=admin).json()["id"]
    support_id = client.get("/api/v1/me", headers=support).json()["id"]
    locked_out = client.put(f"/api/v1/admin/accounts/{admin_id}/status", json=body, headers=support)
    assert locked_out.status_code == 403
    own = client.put(f"/api/v1/admin/accounts/{admin_id}/status", json=body, headers=admin)
    assert own.status_code == 403
    assert (
        client.put(f"/api/v1/admin/accounts/{support_id}/status", json=body, headers=admin).json()[
            "status"
        ]
        == "suspended"
    )


def test_unknown_ids_and_bad_bodies_are_problems(client: TestClient, runtime: Runtime) -> None:
    support = _staff(client, runtime, "helper_one", Role.SUPPORT)
    unknown = client.get(f"/api/v1/admin/accounts/{uuid.uuid4()}", headers=support)
    assert unknown.status_code == 404
    assert unknown.headers["content-type"].startswith("application/problem+json")
    assert client.get("/api/v1/admin/accounts/not-a-uuid", headers=support).status_code == 422
    me = user(client, "quiet_heron")
    account_id = client.get("/api/v1/me", headers=me).json()["id"]
    for bad in ({"status": "banished"}, {"status": 1}, {}, {"status": "active", "why": "x"}):
        response = client.put(
            f"/api/v1/admin/accounts/{account_id}/status", json=bad, headers=support
        )
        assert response.status_code == 422, bad
    assert client.get(f"/api/v1/admin/accounts/{account_id}").status_code == 401
