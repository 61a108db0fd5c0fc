"""/me, passphrase change, recovery codes, consents and privacy settings through HTTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.accounts_helpers import GOOD, OTHER_GOOD, log_in, user
from tests.api.conftest import fast_runtime
from veil.api.app import create_app
from veil.config import Settings


def test_me(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    body = client.get("/api/v1/me", headers=headers).json()
    assert body["username"] == "velvet_otter"
    assert body["role"] == "user"
    assert set(body) == {"id", "username", "role", "status", "created_at"}


def test_change_passphrase_keeps_this_session_and_ends_the_others(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    other = log_in(client, "velvet_otter")
    response = client.post(
        "/api/v1/me/passphrase",
        json={"current_passphrase": GOOD, "new_passphrase": OTHER_GOOD},
        headers=headers,
    )
    assert response.status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 200
    assert client.get("/api/v1/me", headers=other).status_code == 401
    log_in(client, "velvet_otter", OTHER_GOOD)


def test_change_passphrase_needs_the_current_one(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    response = client.post(
        "/api/v1/me/passphrase",
        json={"current_passphrase": "not it at all", "new_passphrase": OTHER_GOOD},
        headers=headers,
    )
    assert response.status_code == 401


def test_change_passphrase_refuses_a_weak_one(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    response = client.post(
        "/api/v1/me/passphrase",
        json={"current_passphrase": GOOD, "new_passphrase": "velvet_otter1"},
        headers=headers,
    )
    assert response.status_code == 422
    assert response.json()["reasons"]


def test_regenerate_recovery_codes(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    response = client.post("/api/v1/me/recovery-codes", json={"passphrase": GOOD}, headers=headers)
    assert response.status_code == 200
    codes = response.json()["recovery_codes"]
    assert len(codes) == 10
    body = {"username": "velvet_otter", "recovery_code": codes[3], "new_passphrase": OTHER_GOOD}
    assert client.post("/api/v1/accounts/recover", json=body).json()["recovery_codes_left"] == 9
    wrong = client.post("/api/v1/me/recovery-codes", json={"passphrase": "nope"}, headers=headers)
    assert wrong.status_code == 401


# consents ----------------------------------------------------------------------------------------


def test_consents_start_as_chosen_and_grant_withdraw_is_one_call(client: TestClient) -> None:
    headers = user(client, "velvet_otter", service=True)
    state = client.get("/api/v1/me/consents", headers=headers).json()
    notice = client.get("/api/v1/consents/notice").json()
    assert state["notice_version"] == notice["version"]
    granted = {p["purpose"]: p["granted"] for p in state["purposes"]}
    assert granted == {
        "service": True,
        "personalization": False,
        "analytics": False,
        "model_training": False,
    }
    on = client.post("/api/v1/me/consents/model_training", json={"granted": True}, headers=headers)
    assert on.json()["granted"] is True
    off = client.post(
        "/api/v1/me/consents/model_training", json={"granted": False}, headers=headers
    )
    assert off.json()["granted"] is False
    history = client.get("/api/v1/me/consents/history", headers=headers).json()["events"]
    training = [(e["granted"], e["method"]) for e in history if e["purpose"] == "model_training"]
    assert training == [(False, "signup"), (True, "api"), (False, "api")]
    assert all(e["notice_version"] == notice["version"] for e in history)


def test_consent_events_are_in_the_audit_log(client: TestClient, runtime: object) -> None:
    from sqlalchemy import select

    from veil.store.models import AuditRecord

    headers = user(client, "velvet_otter")
    client.post("/api/v1/me/consents/analytics", json={"granted": True}, headers=headers)
    with runtime.database.read() as session:  # type: ignore[attr-defined]
        actions = session.execute(select(AuditRecord.action, AuditRecord.purpose)).all()
    assert ("consent.grant", "analytics") in actions
    assert ("consent.withdraw", "model_training") in actions


def test_unknown_purpose_is_422(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    response = client.post("/api/v1/me/consents/selling", json={"granted": True}, headers=headers)
    assert response.status_code == 422


@pytest.mark.parametrize(
    "body", [{}, {"granted": "yes"}, {"granted": 1}, {"granted": True, "x": 1}]
)
def test_consent_body_must_be_a_boolean(client: TestClient, body: dict[str, object]) -> None:
    headers = user(client, "velvet_otter")
    response = client.post("/api/v1/me/consents/analytics", json=body, headers=headers)
    assert response.status_code == 422


def test_gpc_header_withdraws_analytics(client: TestClient) -> None:
    headers = user(client, "velvet_otter", analytics=True)
    response = client.get("/api/v1/me/consents", headers={**headers, "Sec-GPC": "1"})
    analytics = next(p for p in response.json()["purposes"] if p["purpose"] == "analytics")
    assert analytics["granted"] is False
    assert analytics["method"] == "gpc"
    again = client.get("/api/v1/me/consents/history", headers={**headers, "Sec-GPC": "1"})
    assert [e["method"] for e in again.json()["events"]].count("gpc") == 1


def test_granting_analytics_under_gpc_is_refused(client: TestClient) -> None:
    headers = {**user(client, "velvet_otter"), "Sec-GPC": "1"}
    response = client.post("/api/v1/me/consents/analytics", json={"granted": True}, headers=headers)
    assert response.status_code == 409
    patch = client.patch(
        "/api/v1/me/settings", json={"purposes": {"analytics": True}}, headers=headers
    )
    assert patch.status_code == 409
    other = client.post("/api/v1/me/consents/service", json={"granted": True}, headers=headers)
    assert other.status_code == 200


# settings ----------------------------------------------------------------------------------------


def test_settings_defaults(client: TestClient) -> None:
    headers = user(client, "velvet_otter", service=True)
    body = client.get("/api/v1/me/settings", headers=headers).json()
    assert body == {
        "retention": 90,
        "incognito": False,
        "purposes": {
            "service": True,
            "personalization": False,
            "analytics": False,
            "model_training": False,
        },
        "allowed_retention": [1, 7, 30, 90, 365, "keep"],
    }


def test_patch_settings(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    response = client.patch(
        "/api/v1/me/settings",
        json={"retention": "keep", "incognito": True, "purposes": {"personalization": True}},
        headers=headers,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["retention"] == "keep"
    assert body["incognito"] is True
    assert body["purposes"]["personalization"] is True
    again = client.patch("/api/v1/me/settings", json={"retention": 7}, headers=headers).json()
    assert again["retention"] == 7
    assert again["incognito"] is True
    history = client.get("/api/v1/me/consents/history", headers=headers).json()["events"]
    assert [e["method"] for e in history if e["purpose"] == "personalization"] == ["signup", "api"]


def test_patch_with_unchanged_purposes_records_no_event(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    client.patch("/api/v1/me/settings", json={"purposes": {"analytics": False}}, headers=headers)
    history = client.get("/api/v1/me/consents/history", headers=headers).json()["events"]
    assert len(history) == 4


@pytest.mark.parametrize("value", [2, 0, "forever", True, 30.5, "30"])
def test_invalid_retention_is_422_with_the_allowed_values(
    client: TestClient, value: object
) -> None:
    headers = user(client, "velvet_otter")
    response = client.patch("/api/v1/me/settings", json={"retention": value}, headers=headers)
    assert response.status_code == 422
    body = response.json()
    if body["type"] == "/problems/invalid_input":
        assert body["allowed"] == [1, 7, 30, 90, 365, "keep"]
    else:
        assert body["type"] == "/problems/validation_failed"


@pytest.mark.parametrize(
    "body", [{"incognito": "yes"}, {"theme": "dark"}, {"purposes": {"x": True}}]
)
def test_malformed_settings_are_422(client: TestClient, body: dict[str, object]) -> None:
    headers = user(client, "velvet_otter")
    assert client.patch("/api/v1/me/settings", json=body, headers=headers).status_code == 422


@pytest.fixture
def capped(settings_factory: Callable[..., Settings]) -> Iterator[TestClient]:
    runtime = fast_runtime(settings_factory(accounts={"max_retention_days": 30}))
    with TestClient(create_app(runtime)) as test_client:
        yield test_client
    runtime.close()


def test_platform_maximum_caps_retention(capped: TestClient) -> None:
    headers = user(capped, "velvet_otter")
    body = capped.get("/api/v1/me/settings", headers=headers).json()
    assert body["retention"] == 30
    assert body["allowed_retention"] == [1, 7, 30]
    refused = capped.patch("/api/v1/me/settings", json={"retention": "keep"}, headers=headers)
    assert refused.status_code == 422
    assert refused.json()["allowed"] == [1, 7, 30]
