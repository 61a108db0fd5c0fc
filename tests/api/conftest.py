"""API tests run with cheap Argon2id parameters (the production ones are pinned by
``tests/unit/accounts/test_passwords.py`` and measured by ``bench/accounts_api.py``), and an
HTTPS client so the Secure session cookie is sent back like a browser would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from veil.accounts.passwords import Argon2Params, PassphraseHasher
from veil.api.app import create_app
from veil.config import Settings
from veil.runtime import Runtime, build

CHEAP = Argon2Params(time_cost=1, memory_cost_kib=1024, parallelism=1)


def fast_runtime(settings: Settings) -> Runtime:
    built = build(settings, passphrase_hasher=PassphraseHasher(CHEAP))
    built.keys.ensure_key()
    return built


@pytest.fixture
def runtime(settings: Settings) -> Iterator[Runtime]:
    built = fast_runtime(settings)
    yield built
    built.close()


@pytest.fixture
def web(runtime: Runtime) -> Iterator[TestClient]:
    with TestClient(
        create_app(runtime), base_url="https://testserver", raise_server_exceptions=False
    ) as test_client:
        yield test_client
