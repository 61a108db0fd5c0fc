"""Sign-in, cookies and CSRF, sessions and API tokens, throttling and enumeration."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.api.accounts_helpers import GOOD, log_in, sign_up, user
from tests.api.conftest import fast_runtime
from veil.api.app import create_app
from veil.config import Settings
from veil.domain.accounts import AccountStatus, Principal, TokenKind
from veil.domain.roles import Role
from veil.runtime import Runtime


def attempt(client: TestClient, username: str, passphrase: str) -> Any:
    return client.post("/api/v1/sessions", json={"username": username, "passphrase": passphrase})


def test_sign_in_returns_a_bearer_token(client: TestClient) -> None:
    sign_up(client, "velvet_otter")
    response = client.post(
        "/api/v1/sessions", json={"username": "Velvet_Otter", "passphrase": GOOD}
    )
    assert response.status_code == 201
    body = response.json()
    assert body["token"].startswith("veil_s_")
    assert body["session"]["kind"] == "session"
    assert "set-cookie" not in response.headers
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {body['token']}"})
    assert me.json()["username"] == "velvet_otter"


def test_unknown_user_and_wrong_passphrase_look_the_same(client: TestClient) -> None:
    sign_up(client, "velvet_otter")
    wrong = client.post(
        "/api/v1/sessions", json={"username": "velvet_otter", "passphrase": "x" * 12}
    )
    unknown = client.post(
        "/api/v1/sessions", json={"username": "no_such_one", "passphrase": "x" * 12}
    )
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json() == unknown.json()
    assert wrong.json()["type"] == "/problems/invalid_credentials"
    assert set(wrong.headers) - {"x-request-id"} == set(unknown.headers) - {"x-request-id"}


@pytest.fixture
def strict(settings_factory: Callable[..., Settings]) -> Iterator[TestClient]:
    limits = {"login_per_username": 3, "login_per_address": 5}
    runtime = fast_runtime(settings_factory(accounts={"rate_limit": limits}))
    with TestClient(create_app(runtime)) as test_client:
        yield test_client
    runtime.close()


def test_failed_sign_ins_are_throttled_per_username(strict: TestClient) -> None:
    sign_up(strict, "velvet_otter")
    for _ in range(3):
        bad = strict.post(
            "/api/v1/sessions", json={"username": "velvet_otter", "passphrase": "nope"}
        )
        assert bad.status_code == 401
    blocked = attempt(strict, "VELVET_OTTER", GOOD)
    assert blocked.status_code == 429
    assert blocked.json()["type"] == "/problems/rate_limited"
    assert 0 < int(blocked.headers["retry-after"]) <= 900


def test_failed_sign_ins_are_throttled_per_address(strict: TestClient) -> None:
    for index in range(5):
        body = {"username": f"someone_{index}", "passphrase": "nope"}
        assert strict.post("/api/v1/sessions", json=body).status_code == 401
    blocked = attempt(strict, "fresh_name", "nope")
    assert blocked.status_code == 429
    assert int(blocked.headers["retry-after"]) > 0


def test_a_successful_sign_in_resets_the_username_counter(strict: TestClient) -> None:
    sign_up(strict, "velvet_otter")
    for _ in range(2):
        attempt(strict, "velvet_otter", "nope")
    log_in(strict, "velvet_otter")
    for _ in range(2):
        attempt(strict, "velvet_otter", "nope")
    log_in(strict, "velvet_otter")


def test_unreachable_rate_limit_store_refuses_sign_in(
    settings_factory: Callable[..., Settings],
) -> None:
    limits = {"store": "redis", "redis_url": "redis://127.0.0.1:1/0"}
    runtime = fast_runtime(settings_factory(accounts={"rate_limit": limits}))
    with TestClient(create_app(runtime)) as test_client:
        response = test_client.post(
            "/api/v1/sessions", json={"username": "velvet_otter", "passphrase": GOOD}
        )
    runtime.close()
    assert response.status_code == 503
    assert response.json()["type"] == "/problems/rate_limiter_unavailable"
    assert "retry-after" in response.headers


def test_sign_out_ends_the_session(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    assert client.delete("/api/v1/sessions/current", headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_list_and_revoke_sessions(client: TestClient) -> None:
    first = user(client, "velvet_otter")
    second = log_in(client, "velvet_otter")
    items = client.get("/api/v1/sessions", headers=first).json()["items"]
    assert len(items) == 2
    assert [item["current"] for item in items].count(True) == 1
    other = next(item["id"] for item in items if not item["current"])
    assert client.delete(f"/api/v1/sessions/{other}", headers=first).status_code == 204
    assert client.get("/api/v1/me", headers=second).status_code == 401
    assert client.get("/api/v1/me", headers=first).status_code == 200


def test_revoke_all_ends_every_session_and_token(client: TestClient) -> None:
    first = user(client, "velvet_otter")
    second = log_in(client, "velvet_otter")
    token = client.post("/api/v1/tokens", json={"name": "cli"}, headers=first).json()["token"]
    response = client.delete("/api/v1/sessions", headers=second)
    assert response.json() == {"revoked": 3}
    for headers in (first, second, {"Authorization": f"Bearer {token}"}):
        assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_named_api_tokens(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    created = client.post(
        "/api/v1/tokens", json={"name": "my laptop", "expires_in_days": 30}, headers=headers
    )
    assert created.status_code == 201
    token = created.json()["token"]
    assert token.startswith("veil_t_")
    info = created.json()["info"]
    assert info["name"] == "my laptop"
    assert info["kind"] == "api"
    bearer = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/me", headers=bearer).status_code == 200
    listed = client.get("/api/v1/tokens", headers=headers).json()["items"]
    assert [t["name"] for t in listed] == ["my laptop"]
    sessions = client.get("/api/v1/sessions", headers=headers).json()["items"]
    assert all(s["kind"] == "session" for s in sessions)
    assert client.delete(f"/api/v1/tokens/{info['id']}", headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=bearer).status_code == 401


def test_token_and_session_ids_do_not_cross_endpoints(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    token_id = client.post("/api/v1/tokens", json={"name": "cli"}, headers=headers).json()["info"][
        "id"
    ]
    assert client.delete(f"/api/v1/sessions/{token_id}", headers=headers).status_code == 404
    session_id = client.get("/api/v1/sessions", headers=headers).json()["items"][0]["id"]
    assert client.delete(f"/api/v1/tokens/{session_id}", headers=headers).status_code == 404


@pytest.mark.parametrize("name", ["", "   ", "x" * 65])
def test_token_names_are_checked(client: TestClient, name: str) -> None:
    headers = user(client, "velvet_otter")
    response = client.post("/api/v1/tokens", json={"name": name}, headers=headers)
    assert response.status_code == 422


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer veil_s_not-a-real-token-at-all-000000"},
        {"Authorization": "Bearer nonsense"},
        {"Authorization": "Basic dXNlcjpwYXNz"},
        {"Authorization": "Bearer "},
    ],
)
def test_anonymous_or_bogus_credentials_are_401(
    client: TestClient, headers: dict[str, str]
) -> None:
    response = client.get("/api/v1/me", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["type"] == "/problems/authentication_required"


# cookie sessions and CSRF ------------------------------------------------------------------------


def _cookie_login(web: TestClient) -> str:
    sign_up(web, "velvet_otter")
    response = web.post(
        "/api/v1/sessions", json={"username": "velvet_otter", "passphrase": GOOD, "cookie": True}
    )
    assert response.status_code == 201
    assert response.json()["token"] is None
    csrf: str = response.json()["csrf_token"]
    return csrf


def test_cookie_session_is_httponly_secure_strict(web: TestClient) -> None:
    sign_up(web, "velvet_otter")
    response = web.post(
        "/api/v1/sessions", json={"username": "velvet_otter", "passphrase": GOOD, "cookie": True}
    )
    cookies = response.headers.get_list("set-cookie")
    session = next(c for c in cookies if c.startswith("veil_session="))
    csrf = next(c for c in cookies if c.startswith("veil_csrf="))
    for attribute in ("HttpOnly", "Secure", "SameSite=strict", "Path=/"):
        assert attribute in session
    assert "HttpOnly" not in csrf
    assert "Secure" in csrf


def test_cookie_session_reads_without_csrf(web: TestClient) -> None:
    _cookie_login(web)
    assert web.get("/api/v1/me").status_code == 200


def test_cookie_session_writes_need_the_csrf_header(web: TestClient) -> None:
    csrf = _cookie_login(web)
    refused = web.post("/api/v1/me/consents/analytics", json={"granted": True})
    assert refused.status_code == 403
    assert refused.json()["type"] == "/problems/csrf_token_invalid"
    forged = web.post(
        "/api/v1/me/consents/analytics", json={"granted": True}, headers={"X-CSRF-Token": "0" * 64}
    )
    assert forged.status_code == 403
    accepted = web.post(
        "/api/v1/me/consents/analytics", json={"granted": True}, headers={"X-CSRF-Token": csrf}
    )
    assert accepted.status_code == 200
    assert accepted.json()["method"] == "web"


def test_csrf_token_of_another_session_is_refused(web: TestClient) -> None:
    _cookie_login(web)
    other = web.post(
        "/api/v1/sessions", json={"username": "velvet_otter", "passphrase": GOOD}
    ).json()["csrf_token"]
    session = web.cookies["veil_session"]
    web.cookies.clear()
    web.cookies.set("veil_session", session)
    web.cookies.set("veil_csrf", other)
    response = web.post(
        "/api/v1/me/consents/analytics", json={"granted": True}, headers={"X-CSRF-Token": other}
    )
    assert response.status_code == 403
    assert "does not belong" in response.json()["detail"]


def test_cookie_sign_out_clears_the_cookies(web: TestClient) -> None:
    csrf = _cookie_login(web)
    response = web.delete("/api/v1/sessions/current", headers={"X-CSRF-Token": csrf})
    assert response.status_code == 204
    assert any(
        c.startswith('veil_session=""') or "Max-Age=0" in c
        for c in response.headers.get_list("set-cookie")
    )
    assert web.get("/api/v1/me").status_code == 401


def test_bearer_writes_need_no_csrf(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    response = client.post("/api/v1/me/consents/analytics", json={"granted": True}, headers=headers)
    assert response.status_code == 200
    assert response.json()["method"] == "api"


def test_suspended_account_cannot_sign_in(client: TestClient, runtime: Runtime) -> None:
    headers = user(client, "velvet_otter")
    account_id = client.get("/api/v1/me", headers=headers).json()["id"]
    staff = runtime.accounts.create_staff("helper_one", GOOD, Role.SUPPORT)
    support = Principal(staff.id, Role.SUPPORT, staff.id, TokenKind.SESSION)
    runtime.accounts.set_status(support, uuid.UUID(account_id), AccountStatus.SUSPENDED)
    assert client.get("/api/v1/me", headers=headers).status_code == 401
    response = client.post(
        "/api/v1/sessions", json={"username": "velvet_otter", "passphrase": GOOD}
    )
    assert response.status_code == 403


def test_a_revoked_token_is_refused_at_once_after_it_was_used(client: TestClient) -> None:
    first = user(client, "velvet_otter")
    second = log_in(client, "velvet_otter")
    assert client.get("/api/v1/me", headers=second).status_code == 200  # now cached
    items = client.get("/api/v1/sessions", headers=first).json()["items"]
    other = next(item["id"] for item in items if not item["current"])
    assert client.delete(f"/api/v1/sessions/{other}", headers=first).status_code == 204
    assert client.get("/api/v1/me", headers=second).status_code == 401


def test_sign_out_ends_a_cached_session_at_once(client: TestClient) -> None:
    headers = user(client, "velvet_otter")
    for _ in range(2):
        assert client.get("/api/v1/me", headers=headers).status_code == 200
    assert client.delete("/api/v1/sessions/current", headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_a_throttled_address_is_refused_before_its_body_is_read(strict: TestClient) -> None:
    for index in range(5):
        body = {"username": f"someone_{index}", "passphrase": "nope"}
        assert strict.post("/api/v1/sessions", json=body).status_code == 401
    # not even valid JSON: the refusal comes before the body would be parsed (else 422)
    blocked = strict.post(
        "/api/v1/sessions", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert blocked.status_code == 429
    assert blocked.json()["type"] == "/problems/rate_limited"
    assert int(blocked.headers["retry-after"]) > 0
    assert blocked.headers["x-request-id"]
