"""Personas: the built-in companions everyone sees, and the ones a person made or imported.

User-made personas are personal data (sealed under the owner's key) and are kept only under
``service`` consent. Someone else's persona id reads as not found; built-ins cannot be
deleted. Every deletion is audited (ids only).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from veil.chat import cards
from veil.chat.builtin_personas import builtin_personas
from veil.chat.cards_limits import DEFAULT_LIMITS, CardLimits
from veil.chat.cards_read import CardReader
from veil.chat.ports import ChatStorage
from veil.chat.safety_gate import SafetyGate
from veil.domain.audit import AuditEvent, DetailValue
from veil.domain.chat import Persona
from veil.domain.conversation import PersonaKind, PersonaRecord
from veil.domain.errors import InputError, NotFound, PermissionDenied
from veil.domain.ids import uuid7
from veil.domain.purposes import Purpose
from veil.store.repos.chat import PersonaRepository
from veil.store.session import UnitOfWork


class PersonaService:
    def __init__(
        self,
        storage: ChatStorage,
        builtins: Sequence[PersonaRecord],
    ) -> None:
        self._database = storage.database
        self._sealer = storage.sealer
        self._audit = storage.audit
        self._consent = storage.consent
        self._allowed = storage.allowed
        self._clock = storage.clock
        self._builtins = {record.id: record for record in builtins}
        self._gate = SafetyGate(storage)

    @property
    def builtins(self) -> tuple[PersonaRecord, ...]:
        return tuple(self._builtins.values())

    def available(self, subject: uuid.UUID) -> list[PersonaRecord]:
        """The built-ins, then the subject's own (only while ``service`` consent is live)."""
        found = list(self._builtins.values())
        if self._allowed(subject, Purpose.SERVICE):
            with self._database.read() as session:
                found.extend(self._repo(session).owned(subject))
        return found

    def get(self, subject: uuid.UUID, persona_id: uuid.UUID) -> PersonaRecord:
        builtin = self._builtins.get(persona_id)
        if builtin is not None:
            return builtin
        own = self._allowed(subject, Purpose.SERVICE)
        with self._database.read() as session:
            found = self.get_in(session, subject, persona_id, own=own)
        if found is None:
            raise NotFound("no such persona")
        return found

    def get_in(
        self, session: UnitOfWork, subject: uuid.UUID, persona_id: uuid.UUID, *, own: bool
    ) -> PersonaRecord | None:
        """Look a persona up inside the caller's unit of work; ``own``: the caller checked
        ``service`` consent (checked before a session opens: the consent service reads the
        database too, and SQLite allows one open transaction at a time)."""
        builtin = self._builtins.get(persona_id)
        if builtin is not None:
            return builtin
        return self._repo(session).get(subject, persona_id) if own else None

    def create(
        self, subject: uuid.UUID, persona: Persona, avatar: bytes | None = None
    ) -> PersonaRecord:
        """Store a persona the subject made or imported; needs ``service`` consent."""
        self._consent.require_purpose(subject, Purpose.SERVICE)
        with self._database.unit_of_work() as session:
            return self._repo(session).add(
                subject, persona, persona_id=uuid7(), avatar=avatar, now=self._clock()
            )

    def import_card(
        self, subject: uuid.UUID, data: bytes, content_type: str | None
    ) -> PersonaRecord:
        """Import a Character Card (V1/V2/V3, JSON or PNG). ``InvalidCard`` (422) for a bad,
        oversized or hostile card; its text passes the safety policy like any message."""
        self._consent.require_purpose(subject, Purpose.SERVICE)
        parsed = cards.parse(data, content_type)
        self._gate.screen(
            subject, card_text(parsed.persona), stage="persona", resource="persona:new",
            output=True,
        )  # fmt: skip
        return self.create(subject, parsed.persona, parsed.avatar)

    def export_json(self, subject: uuid.UUID, persona_id: uuid.UUID) -> bytes:
        """The persona as a Character Card V3 (JSON)."""
        return cards.to_json(self.get(subject, persona_id).persona)

    def export_png(self, subject: uuid.UUID, persona_id: uuid.UUID) -> bytes:
        """The persona as a PNG card (``chara`` V2 and ``ccv3`` V3 chunks)."""
        record = self.get(subject, persona_id)
        return cards.to_png(record.persona, record.avatar)

    def correct(
        self, subject: uuid.UUID, persona_id: uuid.UUID, changes: Mapping[str, Any]
    ) -> PersonaRecord:
        """Rectify fields of one of the subject's own personas (``CORRECTABLE``); the new
        card passes the same limits and safety policy as an import. Built-ins: 403.
        Audited ``chat.persona.rectify`` with the names of the changed fields."""
        if persona_id in self._builtins:
            raise PermissionDenied("built-in personas cannot be changed")
        self._consent.require_purpose(subject, Purpose.SERVICE)
        unknown = set(changes) - CORRECTABLE
        if unknown:
            raise InputError(f"these fields cannot be changed here: {', '.join(sorted(unknown))}")
        with self._database.read() as session:
            found = self._repo(session).get(subject, persona_id)
        if found is None:
            raise NotFound("no such persona")
        values: dict[str, Any] = {
            k: tuple(v) if isinstance(v, list) else v for k, v in changes.items()
        }
        persona = replace(found.persona, **values)
        _check_limits(persona)
        resource = f"persona:{persona_id}"
        self._gate.screen(subject, card_text(persona), stage="persona", resource=resource,
                          output=True)  # fmt: skip
        with self._database.unit_of_work() as session:
            if not self._repo(session).replace_card(subject, persona_id, persona):
                raise NotFound("no such persona")
            fields = ",".join(sorted(changes))
            self._record(session, subject, "chat.persona.rectify", persona_id, {"fields": fields})
        return replace(found, persona=persona)

    def delete(self, subject: uuid.UUID, persona_id: uuid.UUID) -> None:
        """Delete one of the subject's own personas (conversations with it stay readable)."""
        if persona_id in self._builtins:
            raise PermissionDenied("built-in personas cannot be deleted")
        with self._database.unit_of_work() as session:
            if not self._repo(session).delete(subject, persona_id):
                raise NotFound("no such persona")
            self._record(session, subject, "chat.persona.erase", persona_id)

    def _record(
        self,
        session: UnitOfWork,
        subject: uuid.UUID,
        action: str,
        persona_id: uuid.UUID,
        details: dict[str, DetailValue] | None = None,
    ) -> None:
        resource = f"persona:{persona_id}"
        event = AuditEvent.by_subject(action, subject, Purpose.SERVICE, resource, details)
        self._audit.append(session, event)

    def _repo(self, session: UnitOfWork) -> PersonaRepository:
        return PersonaRepository(session, self._sealer(session))


CORRECTABLE = frozenset(
    {
        "name", "nickname", "description", "personality", "scenario", "first_message",
        "example_dialogue", "system_prompt", "post_history_instructions",
        "alternate_greetings", "tags", "creator_notes",
    }
)  # fmt: skip


def _check_limits(persona: Persona, limits: CardLimits = DEFAULT_LIMITS) -> None:
    """The limits an imported card meets, checked by the same ``CardReader`` an import goes
    through (``InvalidCard``, naming the field and the rule, never the text)."""
    reader = CardReader(limits)
    reader.name(persona.name)
    for name in sorted(CORRECTABLE - {"name"}):
        value = getattr(persona, name)
        if isinstance(value, tuple):
            reader.strings(list(value), name)
        else:
            reader.text(value, name)
    for entry in persona.lorebook:  # counted toward the card's total, as on import
        reader.text(entry.content, "character_book")


def builtin_record(persona_id: uuid.UUID, persona: Persona) -> PersonaRecord:
    return PersonaRecord(persona_id, PersonaKind.BUILTIN, persona)


def builtin_records() -> tuple[PersonaRecord, ...]:
    """The shipped companions (``chat.builtin_personas``) as records."""
    return tuple(builtin_record(b.id, b.persona) for b in builtin_personas())


def card_text(persona: Persona) -> str:
    """Every text of a card the model would read, for the safety policy."""
    parts = [
        persona.name, persona.nickname, persona.description, persona.personality,
        persona.scenario, persona.first_message, persona.example_dialogue,
        persona.system_prompt, persona.post_history_instructions, *persona.alternate_greetings,
        *(entry.content for entry in persona.lorebook),
    ]  # fmt: skip
    return "\n".join(part for part in parts if part)
