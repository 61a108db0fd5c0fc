"""The OpenAI-compatible face: ``GET /v1/models`` (the personas) and
``POST /v1/chat/completions`` (streamed and not), for existing clients and SDKs.

Authentication is a Bearer API token, as for the native API, and storage and consent rules
are the same: every completion is a turn of a conversation, stored under ``service``
consent and incognito without it. Without ``conversation_id`` a request starts a new
conversation from its user and assistant messages (system messages are ignored: the persona
is the system prompt) and the reply answers the last user message; its id is returned in
the ``X-Veil-Conversation-Id`` header, and sending it back as ``conversation_id`` continues
that conversation from storage (the request's earlier messages are then ignored).
"""

from __future__ import annotations

import time
import uuid
from contextlib import aclosing
from typing import Any

from fastapi import APIRouter, Response
from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse

from veil.api import sse
from veil.api.chat_deps import Chat, Subject
from veil.api.problems import PROBLEM_CONTENT_TYPE, STATUS_BY_CODE
from veil.api.schemas.openai import CompletionRequest, chunk, completion, model_entry
from veil.domain.chat import ChatMessage, Role
from veil.domain.conversation import ChatEvent, ReplyDelta, TurnCompleted, TurnEnd
from veil.domain.errors import BackendError, InputError, NotFound, VeilError

CONVERSATION_HEADER = "X-Veil-Conversation-Id"
FINISH = {TurnEnd.LENGTH: "length", TurnEnd.CUT: "content_filter"}


def openai_error(exc: VeilError) -> dict[str, Any]:
    """An OpenAI-style error object (clients read ``error.message``) inside a problem."""
    status = STATUS_BY_CODE.get(exc.code, 500)
    problem = sse.problem_of(exc)
    return {**problem, "error": {"message": exc.detail, "type": exc.code, "code": status}}


def error_response(exc: VeilError) -> JSONResponse:
    body = openai_error(exc)
    return JSONResponse(body, status_code=body["status"], media_type=PROBLEM_CONTENT_TYPE)


def persona_id_of(model: str) -> uuid.UUID:
    try:
        return uuid.UUID(model)
    except ValueError as exc:
        raise NotFound("no such model; GET /v1/models lists them") from exc


def dialogue_of(body: CompletionRequest) -> tuple[list[ChatMessage], str]:
    """The earlier user/assistant messages and the text of the last user message."""
    roles = {"user": Role.USER, "assistant": Role.ASSISTANT}
    kept = [ChatMessage(roles[m.role], m.text()) for m in body.messages if m.role in roles]
    if not kept or kept[-1].role is not Role.USER:
        raise InputError("the last message must be from the user")
    return kept[:-1], kept[-1].content


def estimate_tokens(text: str) -> int:
    return max(1, len(text) // 4) if text else 0


class _Chunks:
    """Renders chat events as chat-completion chunks (the role goes in the first one)."""

    def __init__(self, model: str) -> None:
        self.id, self.created, self.model = f"chatcmpl-{uuid.uuid4().hex}", int(time.time()), model
        self.first = True

    def render(self, event: ChatEvent) -> bytes:
        if isinstance(event, ReplyDelta):
            delta = {"content": event.text}
            if self.first:
                delta["role"], self.first = "assistant", False
            return sse.encode(None, chunk(self.id, self.created, self.model, delta))
        finish = FINISH.get(event.end, "stop")
        return sse.encode(None, chunk(self.id, self.created, self.model, {}, finish))

    @staticmethod
    def error(exc: VeilError) -> bytes:
        return sse.encode(None, openai_error(exc))


async def complete(body: CompletionRequest, subject: uuid.UUID, chat: Chat) -> Response:
    persona_id = persona_id_of(body.model)
    earlier, text = dialogue_of(body)
    conversation_id = body.conversation_id
    if conversation_id is None:
        started = await run_in_threadpool(chat.chat.start, subject, persona_id, None, earlier)
        conversation_id = started.id
    turn = await chat.chat.open_turn(subject, conversation_id, text)
    headers = {CONVERSATION_HEADER: str(conversation_id)}
    events = chat.chat.stream(turn)
    if body.stream:
        chunks = _Chunks(body.model)
        first, rest = await sse.prime(events)
        response = sse.event_response(
            first, rest, chunks.render, chunks.error, tail=sse.encode(None, "[DONE]")
        )
        response.headers.update(headers)
        return response
    async with aclosing(events) as stream:
        async for event in stream:
            if isinstance(event, TurnCompleted):
                reply = event.reply.content
                usage = (estimate_tokens(text), estimate_tokens(reply))
                payload = completion(
                    f"chatcmpl-{event.reply.id.hex}",
                    int(time.time()),
                    body.model,
                    reply,
                    finish_reason=FINISH.get(event.end, "stop"),
                    usage=usage,
                )
                return JSONResponse(payload, headers=headers)
    raise BackendError("the reply ended without completing")  # pragma: no cover


def build_router() -> APIRouter:
    router = APIRouter(prefix="/v1", tags=["openai-compatible"])

    @router.get("/models")
    def models(subject: Subject, chat: Chat) -> dict[str, Any]:
        records = chat.personas.available(subject)
        data = [
            model_entry(
                str(r.id),
                int(r.created_at.timestamp()) if r.created_at else 0,
                "veil" if r.owner is None else "you",
                r.persona.name,
            )
            for r in records
        ]
        return {"object": "list", "data": data}

    @router.get("/models/{model_id}", response_model=None)
    def model(model_id: str, subject: Subject, chat: Chat) -> dict[str, Any] | JSONResponse:
        try:
            record = chat.personas.get(subject, persona_id_of(model_id))
        except VeilError as exc:
            return error_response(exc)
        owner = "veil" if record.owner is None else "you"
        created = int(record.created_at.timestamp()) if record.created_at else 0
        return model_entry(str(record.id), created, owner, record.persona.name)

    @router.post("/chat/completions", response_model=None)
    async def chat_completions(body: CompletionRequest, subject: Subject, chat: Chat) -> Response:
        try:
            return await complete(body, subject, chat)
        except VeilError as exc:
            return error_response(exc)

    return router
