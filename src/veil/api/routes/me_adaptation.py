"""What the companion adapts with, for the signed-in person to see and control:
``/api/v1/me/style``, ``/api/v1/me/memory``, ``/api/v1/me/preferences``."""

from __future__ import annotations

import uuid

from fastapi import APIRouter, Response, status

from veil.api.chat_deps import Chat, Subject
from veil.api.schemas.adaptation import (
    FactIn,
    FactOut,
    MemoryOut,
    PreferencesDoc,
    PreferencesPatch,
    StyleOut,
    StylePatch,
)

NO_CONTENT = status.HTTP_204_NO_CONTENT


def build_router() -> APIRouter:
    router = APIRouter(prefix="/api/v1/me", tags=["adaptation"])
    _style(router)
    _memory(router)
    _preferences(router)
    return router


def _style(router: APIRouter) -> None:
    @router.get("/style")
    def style(subject: Subject, chat: Chat) -> StyleOut:
        return StyleOut.of(chat.adaptation.style(subject))

    @router.patch("/style", summary="Correct my style profile (pinned over learning)")
    def correct_style(body: StylePatch, subject: Subject, chat: Chat) -> StyleOut:
        return StyleOut.of(chat.adaptation.correct_style(subject, body.changes()))

    @router.delete("/style", status_code=NO_CONTENT)
    def delete_style(subject: Subject, chat: Chat) -> Response:
        chat.adaptation.delete_style(subject)
        return Response(status_code=NO_CONTENT)


def _memory(router: APIRouter) -> None:
    @router.get("/memory")
    def memory(subject: Subject, chat: Chat) -> MemoryOut:
        return MemoryOut(facts=[FactOut.of(fact) for fact in chat.adaptation.memory(subject)])

    @router.post("/memory", status_code=status.HTTP_201_CREATED)
    def remember(body: FactIn, subject: Subject, chat: Chat) -> FactOut:
        return FactOut.of(chat.adaptation.remember(subject, body.text))

    @router.patch("/memory/{fact_id}")
    def edit_memory(fact_id: uuid.UUID, body: FactIn, subject: Subject, chat: Chat) -> FactOut:
        return FactOut.of(chat.adaptation.edit_memory(subject, fact_id, body.text))

    @router.delete("/memory/{fact_id}", status_code=NO_CONTENT)
    def forget(fact_id: uuid.UUID, subject: Subject, chat: Chat) -> Response:
        chat.adaptation.forget(subject, fact_id)
        return Response(status_code=NO_CONTENT)

    @router.delete("/memory", status_code=NO_CONTENT)
    def forget_all(subject: Subject, chat: Chat) -> Response:
        chat.adaptation.forget(subject)
        return Response(status_code=NO_CONTENT)


def _preferences(router: APIRouter) -> None:
    @router.get("/preferences")
    def preferences(subject: Subject, chat: Chat) -> PreferencesDoc:
        return PreferencesDoc.of(chat.adaptation.preferences(subject))

    @router.put("/preferences")
    def replace_preferences(body: PreferencesDoc, subject: Subject, chat: Chat) -> PreferencesDoc:
        return PreferencesDoc.of(chat.adaptation.set_preferences(subject, body.domain()))

    @router.patch("/preferences")
    def patch_preferences(body: PreferencesPatch, subject: Subject, chat: Chat) -> PreferencesDoc:
        updated = body.applied(chat.adaptation.preferences(subject))
        return PreferencesDoc.of(chat.adaptation.set_preferences(subject, updated))

    @router.delete("/preferences", status_code=NO_CONTENT)
    def delete_preferences(subject: Subject, chat: Chat) -> Response:
        chat.adaptation.delete_preferences(subject)
        return Response(status_code=NO_CONTENT)
