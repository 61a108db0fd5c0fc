"""Fixtures for the model-backend tests: the anyio backend and one stand-in server per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.fakes.openai_server import FakeOpenAIServer


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def _stand_in_server() -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer() as server:
        yield server


@pytest.fixture
def stand_in(_stand_in_server: FakeOpenAIServer) -> FakeOpenAIServer:
    """The running stand-in, with default behaviour and an empty record."""
    _stand_in_server.reset()
    return _stand_in_server
