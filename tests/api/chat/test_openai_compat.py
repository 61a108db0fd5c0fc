"""The OpenAI-compatible face, driven by the official ``openai`` SDK against a real
uvicorn server running in a thread."""

from __future__ import annotations

import itertools
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import httpx
import openai
import pytest
import uvicorn

from tests.api.accounts_helpers import GOOD
from tests.api.chat.conftest import wire_chat
from tests.fakes.chat import ARIA_ID, ScriptedBackend
from veil.api.app import create_app
from veil.domain.purposes import Purpose
from veil.runtime import Runtime

_names = itertools.count(1)


@dataclass
class Server:
    base_url: str
    backend: ScriptedBackend
    runtime: Runtime

    def token(self, *purposes: Purpose) -> str:
        """A new account with exactly those consents, and an API token of it."""
        name = f"sdkuser{next(_names)}"
        consents = {purpose.value: purpose in purposes for purpose in Purpose}
        with httpx.Client(base_url=self.base_url.removesuffix("/v1"), timeout=10) as web:
            body = {"username": name, "passphrase": GOOD, "adult": True, "consents": consents}
            assert web.post("/api/v1/accounts", json=body).status_code == 201
            login = web.post("/api/v1/sessions", json={"username": name, "passphrase": GOOD})
            session = {"Authorization": f"Bearer {login.json()['token']}"}
            made = web.post("/api/v1/tokens", json={"name": "sdk"}, headers=session)
            assert made.status_code == 201, made.text
            return str(made.json()["token"])

    def client(self, *purposes: Purpose) -> openai.OpenAI:
        token = self.token(*purposes)
        return openai.OpenAI(api_key=token, base_url=self.base_url, max_retries=0)


@pytest.fixture
def server(runtime: Runtime) -> Iterator[Server]:
    backend = ScriptedBackend()
    wire_chat(runtime, backend)
    app = create_app(runtime)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    uv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=uv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not uv.started and time.monotonic() < deadline:
        time.sleep(0.01)
    yield Server(f"http://127.0.0.1:{port}/v1", backend, runtime)
    uv.should_exit = True
    thread.join(timeout=10)
    sock.close()


def test_models_are_the_personas(server: Server) -> None:
    models = server.client().models.list()
    assert [(m.id, m.owned_by) for m in models.data] == [(str(ARIA_ID), "veil")]
    assert server.client().models.retrieve(str(ARIA_ID)).id == str(ARIA_ID)
    with pytest.raises(openai.NotFoundError):
        server.client().models.retrieve(str(uuid.uuid4()))


def test_completion_not_streamed(server: Server) -> None:
    client = server.client(Purpose.SERVICE)
    raw = client.chat.completions.with_raw_response.create(
        model=str(ARIA_ID),
        messages=[
            {"role": "system", "content": "ignored: the persona is the prompt"},
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": "hello!"},
            {"role": "user", "content": "how are you?"},
        ],
    )
    reply = raw.parse()
    assert reply.choices[0].message.content == server.backend.reply
    assert reply.choices[0].finish_reason == "stop" and reply.usage is not None
    conversation = raw.headers["x-veil-conversation-id"]
    sent = [m.content for m in server.backend.requests[-1].messages[1:]]
    assert sent == ["hi", "hello!", "how are you?"]
    follow = client.chat.completions.create(
        model=str(ARIA_ID),
        messages=[{"role": "user", "content": "and now?"}],
        extra_body={"conversation_id": conversation},
    )
    assert follow.choices[0].message.content == server.backend.reply
    sent = [m.content for m in server.backend.requests[-1].messages[1:]]
    assert sent == ["hi", "hello!", "how are you?", server.backend.reply, "and now?"]


def test_completion_streamed(server: Server) -> None:
    client = server.client()  # no `service` consent: incognito, same behaviour
    stream = client.chat.completions.create(
        model=str(ARIA_ID), messages=[{"role": "user", "content": "hi"}], stream=True
    )
    chunks = list(stream)
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == server.backend.reply
    assert chunks[0].choices[0].delta.role == "assistant"
    assert chunks[-1].choices[0].finish_reason == "stop"


def test_errors_reach_the_sdk_as_its_exceptions(server: Server) -> None:
    bad = openai.OpenAI(api_key="not-a-token", base_url=server.base_url, max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        bad.models.list()
    client = server.client(Purpose.SERVICE)
    with pytest.raises(openai.NotFoundError):
        client.chat.completions.create(model="gpt-4o", messages=[{"role": "user", "content": "x"}])
    with pytest.raises(openai.UnprocessableEntityError):
        client.chat.completions.create(
            model=str(ARIA_ID), messages=[{"role": "assistant", "content": "x"}]
        )
    server.backend.fail_after = 0
    with pytest.raises(openai.InternalServerError) as failed:
        client.chat.completions.create(
            model=str(ARIA_ID), messages=[{"role": "user", "content": "x"}]
        )
    assert failed.value.status_code == 503
    with pytest.raises(openai.InternalServerError):
        client.chat.completions.create(
            model=str(ARIA_ID), messages=[{"role": "user", "content": "x"}], stream=True
        )


def test_a_stream_failing_midway_ends_with_an_error(server: Server) -> None:
    client = server.client(Purpose.SERVICE)
    server.backend.fail_after = 12
    stream = client.chat.completions.create(
        model=str(ARIA_ID), messages=[{"role": "user", "content": "x"}], stream=True
    )
    with pytest.raises(openai.APIError):
        list(stream)


def test_a_client_that_goes_away_cancels_the_upstream_and_stores_nothing(server: Server) -> None:
    headers = {"Authorization": f"Bearer {server.token(Purpose.SERVICE)}"}
    base = server.base_url.removesuffix("/v1")
    with httpx.Client(base_url=base, headers=headers, timeout=10) as client:
        cid = client.post("/api/v1/conversations", json={"persona_id": str(ARIA_ID)}).json()["id"]
        server.backend.delay = 0.05
        url = f"/api/v1/conversations/{cid}/messages"
        sse = {"Accept": "text/event-stream"}
        with client.stream("POST", url, json={"content": "hi"}, headers=sse) as response:
            for line in response.iter_lines():
                if line.startswith("event: delta"):
                    break  # leave after the first delta: the connection closes
        deadline = time.monotonic() + 5
        while server.backend.closed == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert server.backend.closed == 1
        messages = client.get(f"/api/v1/conversations/{cid}").json()["messages"]
        assert len(messages) == 1  # the greeting only
