"""Personas: ``/api/v1/personas``. Built-ins for everyone; one's own made or imported ones.

``POST`` takes a Character Card (V1, V2 or V3) as JSON or as a PNG (``image/png``; PNG
uploads get the larger body limit of the body guard). ``card.json`` and ``card.png`` export
a persona as a V3 card (the PNG also carries a V2 ``chara`` chunk). Someone else's persona
reads as 404; built-ins cannot be changed or deleted (403). ``PATCH`` corrects fields of
one's own persona (rectification; audited).
"""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Request, Response, status
from starlette.concurrency import run_in_threadpool

from veil.api.chat_deps import Chat, Subject
from veil.api.schemas.chat import PersonaList, PersonaOut, PersonaPatch

CARD_BODY = {
    "content": {
        "application/json": {"schema": {"type": "object"}},
        "image/png": {"schema": {"type": "string", "format": "binary"}},
    },
    "required": True,
}


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1/personas", tags=["personas"])

    @router.get("")
    def list_personas(subject: Subject, chat: Chat) -> PersonaList:
        return PersonaList(personas=[PersonaOut.of(r) for r in chat.personas.available(subject)])

    @router.post("", status_code=status.HTTP_201_CREATED, openapi_extra={"requestBody": CARD_BODY})
    async def import_card(request: Request, subject: Subject, chat: Chat) -> PersonaOut:
        data = await request.body()
        content_type = request.headers.get("content-type")
        record = await run_in_threadpool(chat.personas.import_card, subject, data, content_type)
        return PersonaOut.of(record)

    @router.get("/{persona_id}")
    def get(persona_id: uuid.UUID, subject: Subject, chat: Chat) -> PersonaOut:
        return PersonaOut.of(chat.personas.get(subject, persona_id))

    @router.get("/{persona_id}/card.json")
    def card_json(persona_id: uuid.UUID, subject: Subject, chat: Chat) -> Response:
        body = chat.personas.export_json(subject, persona_id)
        return Response(body, media_type="application/json", headers=_attachment("json"))

    @router.get("/{persona_id}/card.png")
    def card_png(persona_id: uuid.UUID, subject: Subject, chat: Chat) -> Response:
        body = chat.personas.export_png(subject, persona_id)
        return Response(body, media_type="image/png", headers=_attachment("png"))

    @router.patch("/{persona_id}", summary="Correct fields of one of my personas")
    def correct(
        persona_id: uuid.UUID, body: PersonaPatch, subject: Subject, chat: Chat
    ) -> PersonaOut:
        return PersonaOut.of(chat.personas.correct(subject, persona_id, body.changes()))

    @router.delete("/{persona_id}", status_code=status.HTTP_204_NO_CONTENT)
    def delete(persona_id: uuid.UUID, subject: Subject, chat: Chat) -> Response:
        chat.personas.delete(subject, persona_id)
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    return router


def _attachment(extension: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="card.{extension}"'}
