"""Usernames, passphrases, token names and secrets planted through the API never reach the
SQLite file, its WAL, or a log line in plaintext."""

from __future__ import annotations

import io
import logging

import pytest
from fastapi.testclient import TestClient

from tests.api.accounts_helpers import sign_up
from veil.logs import setup_logging
from veil.runtime import Runtime

USERNAME = "Canary_7f3a_Otter"
PASSPHRASE = "canary quill 7f3a drifts east"
TOKEN_NAME = "canary-token-name-7f3a"


def _plant(client: TestClient) -> list[str]:
    codes = sign_up(client, USERNAME, PASSPHRASE)["recovery_codes"]
    login = client.post("/api/v1/sessions", json={"username": USERNAME, "passphrase": PASSPHRASE})
    secret = login.json()["token"]
    headers = {"Authorization": f"Bearer {secret}"}
    api = client.post("/api/v1/tokens", json={"name": TOKEN_NAME}, headers=headers).json()
    client.post(
        "/api/v1/sessions", json={"username": USERNAME, "passphrase": "wrong " + PASSPHRASE}
    )
    client.patch("/api/v1/me/settings", json={"retention": 7}, headers=headers)
    return [
        USERNAME,
        USERNAME.lower(),
        PASSPHRASE,
        TOKEN_NAME,
        secret,
        api["token"],
        login.json()["csrf_token"],
        *codes,
        *(code.replace("-", "") for code in codes),
    ]


def test_no_account_plaintext_in_the_sqlite_file_or_wal(
    client: TestClient, runtime: Runtime
) -> None:
    if runtime.database.dialect != "sqlite":
        pytest.skip("file-level canary is for SQLite")
    canaries = _plant(client)
    files = list(runtime.settings.data_dir.glob("veil.db*"))
    assert any(path.name.endswith("-wal") for path in files)
    for path in files:
        data = path.read_bytes()
        for canary in canaries:
            assert canary.encode() not in data, (path.name, canary[:12])
            assert canary.encode("utf-16-le") not in data


def test_no_account_plaintext_in_the_logs(client: TestClient) -> None:
    stream = io.StringIO()
    setup_logging("DEBUG", stream=stream)
    try:
        canaries = _plant(client)
    finally:
        logging.getLogger().handlers.clear()
    output = stream.getvalue()
    assert "request handled" in output
    for canary in canaries:
        assert canary not in output
