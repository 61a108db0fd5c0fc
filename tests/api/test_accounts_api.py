"""POST /api/v1/accounts, username suggestions and recovery, through HTTP."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

import pytest
from fastapi.testclient import TestClient

from tests.api.accounts_helpers import GOOD, NO_CONSENTS, OTHER_GOOD, log_in, sign_up
from tests.api.conftest import fast_runtime
from veil.api.app import create_app
from veil.config import Settings

PROBLEM = "application/problem+json"


@pytest.fixture
def strict(settings_factory: Callable[..., Settings]) -> Iterator[TestClient]:
    runtime = fast_runtime(settings_factory(accounts={"rate_limit": {"signup_per_address": 2}}))
    with TestClient(create_app(runtime)) as test_client:
        yield test_client
    runtime.close()


def _body(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "username": "velvet_otter",
        "passphrase": GOOD,
        "adult": True,
        "consents": NO_CONSENTS,
    }
    body.update(overrides)
    return body


def _recovery(username: str, code: str, passphrase: str = OTHER_GOOD) -> dict[str, str]:
    return {"username": username, "recovery_code": code, "new_passphrase": passphrase}


def test_sign_up_returns_the_account_and_ten_recovery_codes(client: TestClient) -> None:
    body = sign_up(client, "Velvet_Otter")
    assert body["username"] == "Velvet_Otter"
    assert body["role"] == "user"
    assert body["status"] == "active"
    assert len(body["recovery_codes"]) == 10
    assert len(set(body["recovery_codes"])) == 10
    assert all(re.fullmatch(r"([0-9A-Z]{5}-){3}[0-9A-Z]{5}", c) for c in body["recovery_codes"])


def test_sign_up_records_the_explicit_consents(client: TestClient) -> None:
    sign_up(client, "velvet_otter", consents={**NO_CONSENTS, "service": True})
    headers = log_in(client, "velvet_otter")
    purposes = {
        p["purpose"]: p
        for p in client.get("/api/v1/me/consents", headers=headers).json()["purposes"]
    }
    assert purposes["service"]["granted"] is True
    assert purposes["service"]["method"] == "signup"
    assert purposes["analytics"]["granted"] is False
    assert purposes["analytics"]["method"] == "signup"


def test_sign_up_under_gpc_withdraws_analytics(client: TestClient) -> None:
    sign_up(client, "velvet_otter", consents={**NO_CONSENTS, "analytics": True}, **{"Sec-GPC": "1"})
    headers = log_in(client, "velvet_otter")
    history = client.get("/api/v1/me/consents/history", headers=headers).json()["events"]
    analytics = [e for e in history if e["purpose"] == "analytics"]
    assert [(e["granted"], e["method"]) for e in analytics] == [(True, "signup"), (False, "gpc")]


def test_duplicate_username_is_409_whatever_the_case(client: TestClient) -> None:
    sign_up(client, "velvet_otter")
    response = client.post("/api/v1/accounts", json=_body(username="VELVET_Otter"))
    assert response.status_code == 409
    assert response.headers["content-type"] == PROBLEM
    assert response.json()["type"] == "/problems/conflict"


def test_weak_passphrase_is_422_with_reasons(client: TestClient) -> None:
    response = client.post("/api/v1/accounts", json=_body(passphrase="password123"))
    assert response.status_code == 422
    body = response.json()
    assert body["type"] == "/problems/weak_passphrase"
    assert any("common" in reason for reason in body["reasons"])
    assert "password123" not in response.text


@pytest.mark.parametrize("adult", [False, None])
def test_missing_attestation_is_422(client: TestClient, adult: bool | None) -> None:
    body = (
        _body(adult=adult)
        if adult is not None
        else {k: v for k, v in _body().items() if k != "adult"}
    )
    response = client.post("/api/v1/accounts", json=body)
    assert response.status_code == 422
    assert response.json()["type"] == "/problems/age_attestation_required"


def test_every_consent_must_be_chosen_explicitly(client: TestClient) -> None:
    consents = {k: v for k, v in NO_CONSENTS.items() if k != "analytics"}
    response = client.post("/api/v1/accounts", json=_body(consents=consents))
    assert response.status_code == 422
    assert response.json()["type"] == "/problems/validation_failed"


def test_consents_must_be_booleans(client: TestClient) -> None:
    response = client.post(
        "/api/v1/accounts", json=_body(consents={**NO_CONSENTS, "service": "yes"})
    )
    assert response.status_code == 422


def test_invalid_username_is_422_naming_the_rule(client: TestClient) -> None:
    response = client.post("/api/v1/accounts", json=_body(username="no spaces allowed"))
    assert response.status_code == 422
    assert "letters, digits" in response.json()["detail"]
    assert "no spaces allowed" not in response.text


def test_sign_up_is_throttled_per_address(strict: TestClient) -> None:
    for index in range(2):
        sign_up(strict, f"otter_{index}")
    response = strict.post("/api/v1/accounts", json=_body(username="otter_last"))
    assert response.status_code == 429
    assert 0 < int(response.headers["retry-after"]) <= 3600


def test_username_suggestions(client: TestClient) -> None:
    response = client.get("/api/v1/accounts/username-suggestions", params={"count": 3})
    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert len(suggestions) == 3
    assert all(re.fullmatch(r"[a-z]+_[a-z]+_\d{4}", s) for s in suggestions)


def test_username_suggestions_count_is_bounded(client: TestClient) -> None:
    assert (
        client.get("/api/v1/accounts/username-suggestions", params={"count": 99}).status_code == 422
    )


def test_recovery_sets_a_new_passphrase_and_ends_every_session(client: TestClient) -> None:
    codes = sign_up(client, "velvet_otter")["recovery_codes"]
    old_session = log_in(client, "velvet_otter")
    response = client.post(
        "/api/v1/accounts/recover",
        json={
            "username": "velvet_otter",
            "recovery_code": codes[0].lower(),
            "new_passphrase": OTHER_GOOD,
        },
    )
    assert response.status_code == 200
    assert response.json() == {"recovery_codes_left": 9}
    assert client.get("/api/v1/me", headers=old_session).status_code == 401
    log_in(client, "velvet_otter", OTHER_GOOD)
    refused = client.post("/api/v1/sessions", json={"username": "velvet_otter", "passphrase": GOOD})
    assert refused.status_code == 401


def test_a_recovery_code_works_once(client: TestClient) -> None:
    code = sign_up(client, "velvet_otter")["recovery_codes"][0]
    body = {"username": "velvet_otter", "recovery_code": code, "new_passphrase": OTHER_GOOD}
    assert client.post("/api/v1/accounts/recover", json=body).status_code == 200
    again = client.post("/api/v1/accounts/recover", json=body)
    assert again.status_code == 401


def test_recovery_with_unknown_user_or_wrong_code_looks_the_same(client: TestClient) -> None:
    sign_up(client, "velvet_otter")
    wrong_code = client.post(
        "/api/v1/accounts/recover",
        json={
            "username": "velvet_otter",
            "recovery_code": "AAAAA-AAAAA-AAAAA-AAAAA",
            "new_passphrase": OTHER_GOOD,
        },
    )
    unknown = client.post(
        "/api/v1/accounts/recover",
        json={
            "username": "nobody_here",
            "recovery_code": "AAAAA-AAAAA-AAAAA-AAAAA",
            "new_passphrase": OTHER_GOOD,
        },
    )
    assert wrong_code.status_code == unknown.status_code == 401
    assert wrong_code.json() == unknown.json()


def test_recovery_refuses_a_weak_new_passphrase_without_spending_the_code(
    client: TestClient,
) -> None:
    code = sign_up(client, "velvet_otter")["recovery_codes"][0]
    weak = client.post(
        "/api/v1/accounts/recover",
        json={"username": "velvet_otter", "recovery_code": code, "new_passphrase": "password1"},
    )
    assert weak.status_code == 422
    body = {"username": "velvet_otter", "recovery_code": code, "new_passphrase": OTHER_GOOD}
    assert client.post("/api/v1/accounts/recover", json=body).status_code == 200
