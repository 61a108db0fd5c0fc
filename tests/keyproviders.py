"""Fixtures that run a test once per built-in key provider (``local`` and ``vault``).

``vault`` runs against ``tests/fakes/vault_transit.py`` (a real HTTP server). Import the
fixtures into a test module (or a directory ``conftest.py``) to use them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from tests.fakes.vault_transit import RunningTransit, serve_transit, vault_options

PROVIDERS = ["local", "vault"]


@pytest.fixture(scope="session")
def transit() -> Iterator[RunningTransit]:
    with serve_transit() as running:
        yield running


@pytest.fixture(params=PROVIDERS)
def provider_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def keys_settings(provider_name: str, transit: RunningTransit) -> dict[str, Any]:
    """The ``keys`` settings section for the current provider (a fresh Vault key per test)."""
    if provider_name == "vault":
        return {"provider": "vault", "vault": vault_options(transit, f"k-{uuid.uuid4().hex}")}
    return {"provider": "local"}
