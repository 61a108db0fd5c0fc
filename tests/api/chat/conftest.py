"""The chat API over TestClient with real accounts, sessions and consent; the model
backend is the scripted fake, so replies are known.

``Api.user(*purposes)`` signs a new account up with exactly those consents and returns its
``Authorization: Bearer`` header.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.testclient import TestClient

from tests.api.accounts_helpers import user
from tests.fakes.chat import ARIA, ScriptedBackend
from veil.api.app import create_app
from veil.chat.ports import ChatStorage
from veil.chat.wiring import build_chat
from veil.domain.purposes import Purpose
from veil.runtime import Runtime

_names = itertools.count(1)


@dataclass
class Api:
    client: TestClient
    backend: ScriptedBackend
    runtime: Runtime

    def user(self, *purposes: Purpose) -> dict[str, str]:
        consents = {purpose.value: purpose in purposes for purpose in Purpose}
        return user(self.client, f"chatter{next(_names)}", **consents)


def wire_chat(runtime: Runtime, backend: ScriptedBackend) -> None:
    """The runtime's chat services with the scripted backend and the one built-in Aria."""
    storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, runtime.consent)
    runtime.chat = build_chat(storage, backend, (ARIA,))


@pytest.fixture
def api(runtime: Runtime) -> Iterator[Api]:
    yield from make_api(runtime)


def make_api(runtime: Runtime) -> Iterator[Api]:
    backend = ScriptedBackend()
    wire_chat(runtime, backend)
    app = create_app(runtime)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Api(client, backend, runtime)
