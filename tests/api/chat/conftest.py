"""The chat API over TestClient, with the chat services wired to fakes.

Until the accounts service is merged, the caller is a Bearer token holding a subject id
(a test-only override of ``current_subject``); ``user(...)`` makes one with consents.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi import Request
from fastapi.testclient import TestClient

from tests.fakes.chat import ARIA, FakeConsent, ScriptedBackend
from veil.api.app import create_app
from veil.api.chat_deps import current_subject
from veil.chat.ports import ChatStorage
from veil.chat.wiring import build_chat
from veil.domain.errors import AuthenticationRequired
from veil.domain.purposes import Purpose
from veil.runtime import Runtime


async def bearer_subject(request: Request) -> uuid.UUID:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    try:
        return uuid.UUID(value) if scheme.lower() == "bearer" else _missing()
    except ValueError:
        return _missing()


def _missing() -> uuid.UUID:
    raise AuthenticationRequired("sign in to continue")


@dataclass
class Api:
    client: TestClient
    consent: FakeConsent
    backend: ScriptedBackend
    runtime: Runtime

    def user(self, *purposes: Purpose) -> dict[str, str]:
        subject = uuid.uuid4()
        self.consent.grant(subject, *purposes)
        return {"Authorization": f"Bearer {subject}"}


@pytest.fixture
def api(runtime: Runtime) -> Iterator[Api]:
    yield from make_api(runtime)


def make_api(runtime: Runtime) -> Iterator[Api]:
    consent, backend = FakeConsent(), ScriptedBackend()
    storage = ChatStorage(runtime.database, runtime.sealers, runtime.audit, consent)
    runtime.chat = build_chat(storage, backend, (ARIA,))
    app = create_app(runtime)
    app.dependency_overrides[current_subject] = bearer_subject
    with TestClient(app, raise_server_exceptions=False) as client:
        yield Api(client, consent, backend, runtime)
