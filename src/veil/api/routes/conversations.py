"""Conversations and their messages: ``/api/v1/conversations``.

``POST /{id}/messages`` answers with the stored turn as JSON, or, when the client sends
``Accept: text/event-stream``, streams ``delta`` events and then a ``done`` event with the
stored message ids. Someone else's ids read as 404.
"""

from __future__ import annotations

import uuid
from contextlib import aclosing
from typing import Annotated

from fastapi import APIRouter, Header, Response, status
from starlette.responses import JSONResponse

from veil.api import sse
from veil.api.chat_deps import Chat, Subject
from veil.api.schemas.chat import (
    ConversationCreate,
    ConversationDetail,
    ConversationList,
    ConversationOut,
    ConversationRename,
    MessageCreate,
    MessageEdit,
    MessageOut,
    TurnOut,
    dump,
)
from veil.chat.turns import PendingTurn
from veil.domain.conversation import ChatEvent, ReplyDelta, TurnCompleted
from veil.domain.errors import BackendError, VeilError

Accept = Annotated[str | None, Header()]


def render(event: ChatEvent) -> bytes:
    if isinstance(event, ReplyDelta):
        return sse.encode("delta", {"text": event.text})
    return sse.encode("done", dump(TurnOut.of(event)))


def render_error(exc: VeilError) -> bytes:
    return sse.encode("error", sse.problem_of(exc))


async def reply(chat: Chat, turn: PendingTurn, accept: str | None) -> Response:
    events = chat.chat.stream(turn)
    if sse.wants_stream(accept):
        first, rest = await sse.prime(events)
        return sse.event_response(first, rest, render, render_error)
    async with aclosing(events) as stream:
        async for event in stream:
            if isinstance(event, TurnCompleted):  # rendered here: no second validation
                return JSONResponse(dump(TurnOut.of(event)), status_code=201)
    raise BackendError("the reply ended without completing")  # pragma: no cover


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1/conversations", tags=["conversations"])

    @router.post("", status_code=status.HTTP_201_CREATED)
    def create(body: ConversationCreate, subject: Subject, chat: Chat) -> ConversationOut:
        return ConversationOut.of(chat.chat.start(subject, body.persona_id, body.title))

    @router.get("")
    def list_conversations(subject: Subject, chat: Chat) -> ConversationList:
        found = chat.chat.conversations(subject)
        return ConversationList(conversations=[ConversationOut.of(info) for info in found])

    @router.get("/{conversation_id}")
    def get(conversation_id: uuid.UUID, subject: Subject, chat: Chat) -> ConversationDetail:
        return ConversationDetail.of_view(chat.chat.conversation(subject, conversation_id))

    @router.patch("/{conversation_id}")
    def rename(
        conversation_id: uuid.UUID, body: ConversationRename, subject: Subject, chat: Chat
    ) -> ConversationOut:
        return ConversationOut.of(chat.chat.rename(subject, conversation_id, body.title))

    @router.delete("/{conversation_id}", status_code=status.HTTP_204_NO_CONTENT)
    def delete(conversation_id: uuid.UUID, subject: Subject, chat: Chat) -> Response:
        chat.chat.delete(subject, conversation_id)
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    @router.post(
        "/{conversation_id}/messages",
        status_code=status.HTTP_201_CREATED,
        response_model=TurnOut,
        responses={201: {"content": {sse.EVENT_STREAM: {}}}},
    )
    async def send(
        conversation_id: uuid.UUID,
        body: MessageCreate,
        subject: Subject,
        chat: Chat,
        accept: Accept = None,
    ) -> Response:
        turn = await chat.chat.open_turn(subject, conversation_id, body.content)
        return await reply(chat, turn, accept)

    @router.post(
        "/{conversation_id}/regenerate",
        status_code=status.HTTP_201_CREATED,
        response_model=TurnOut,
        responses={201: {"content": {sse.EVENT_STREAM: {}}}},
    )
    async def regenerate(
        conversation_id: uuid.UUID, subject: Subject, chat: Chat, accept: Accept = None
    ) -> Response:
        turn = await chat.chat.open_regenerate(subject, conversation_id)
        return await reply(chat, turn, accept)

    @router.patch("/{conversation_id}/messages/{message_id}")
    def edit_message(
        conversation_id: uuid.UUID,
        message_id: uuid.UUID,
        body: MessageEdit,
        subject: Subject,
        chat: Chat,
    ) -> MessageOut:
        edited = chat.chat.edit_message(subject, conversation_id, message_id, body.content)
        return MessageOut.of(edited)

    @router.delete(
        "/{conversation_id}/messages/{message_id}", status_code=status.HTTP_204_NO_CONTENT
    )
    def delete_message(
        conversation_id: uuid.UUID, message_id: uuid.UUID, subject: Subject, chat: Chat
    ) -> Response:
        chat.chat.delete_message(subject, conversation_id, message_id)
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    return router
