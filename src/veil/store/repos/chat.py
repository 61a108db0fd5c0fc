"""Personas, conversations and messages. Takes a session and a sealer; never commits.

Every query is scoped to the subject that owns the rows, so a conversation or message id
of someone else reads as absent. Fields are sealed and opened here, where the row id and
subject (the AAD) are known; callers see domain types only.

The statements of every chat turn (persona lookup, history, touch, latest turn, storing the
pair) are built once, with bind parameters, and run as Core on the session's connection (same
transaction): the ORM's per-statement work cost ~0.2-0.3 ms each here, several per turn.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    Integer,
    Table,
    bindparam,
    delete,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from veil.domain.chat import Persona, Role
from veil.domain.conversation import ConversationInfo, PersonaKind, PersonaRecord, StoredMessage
from veil.store.models import ConversationRow, MessageRow, PersonaRow
from veil.store.prepared import Prepared
from veil.store.repos import persona_codec
from veil.store.sealed import Sealer

_MESSAGE_COLUMNS = (
    MessageRow.id,
    MessageRow.turn,
    MessageRow.role,
    MessageRow.parent_id,
    MessageRow.active,
    MessageRow.content,
    MessageRow.created_at,
    MessageRow.edited_at,
)


# the turn's hot statements, built once (see the module docstring) ----------------------------
_conversations = cast(Table, ConversationRow.__table__)
_messages = cast(Table, MessageRow.__table__)
_cid: BindParameter[uuid.UUID] = bindparam("cid")
_subject: BindParameter[uuid.UUID] = bindparam("subject")
_PERSONA_OF = Prepared(
    select(_conversations.c.persona).where(
        _conversations.c.id == _cid, _conversations.c.subject_id == _subject
    )
)
_TOUCH = Prepared(
    update(_conversations)
    .where(_conversations.c.id == _cid, _conversations.c.subject_id == _subject)
    .values(updated_at=bindparam("now", type_=_conversations.c.updated_at.type))
)
_NEWEST_TURN = (
    select(func.max(_messages.c.turn)).where(_messages.c.conversation_id == _cid).scalar_subquery()
)
_RECENT = (
    select(*(_messages.c[column.key] for column in _MESSAGE_COLUMNS))
    .where(
        _messages.c.conversation_id == _cid,
        _messages.c.subject_id == _subject,
        _messages.c.turn > _NEWEST_TURN - bindparam("turns", type_=Integer),
    )
    .order_by(_messages.c.turn, _messages.c.id)
)
_LATEST_TURN = select(_messages.c.id, _messages.c.turn, _messages.c.parent_id).where(
    _messages.c.conversation_id == _cid,
    _messages.c.subject_id == _subject,
    _messages.c.turn == _NEWEST_TURN,
)
_INSERT_MESSAGE = insert(_messages)


class PersonaRepository:
    def __init__(self, session: Session, sealer: Sealer) -> None:
        self._session, self._sealer = session, sealer

    def add(
        self,
        owner: uuid.UUID,
        persona: Persona,
        *,
        persona_id: uuid.UUID,
        avatar: bytes | None,
        now: datetime,
    ) -> PersonaRecord:
        seal = self._sealer
        card = seal.seal_json(owner, PersonaRow.card, persona_id, persona_codec.to_json(persona))
        sealed_avatar = (
            None if avatar is None else seal.seal(owner, PersonaRow.avatar, persona_id, avatar)
        )
        row = PersonaRow(
            id=persona_id, owner_id=owner, card=card, avatar=sealed_avatar, created_at=now
        )
        self._session.add(row)
        self._session.flush()
        return PersonaRecord(persona_id, PersonaKind.USER, persona, owner, now, avatar)

    def get(self, owner: uuid.UUID, persona_id: uuid.UUID) -> PersonaRecord | None:
        row = self._session.get(PersonaRow, persona_id)
        if row is None or row.owner_id != owner:
            return None
        return self._record(row)

    def owned(self, owner: uuid.UUID) -> list[PersonaRecord]:
        query = select(PersonaRow).where(PersonaRow.owner_id == owner).order_by(PersonaRow.id)
        return [self._record(row) for row in self._session.scalars(query)]

    def replace_card(self, owner: uuid.UUID, persona_id: uuid.UUID, persona: Persona) -> bool:
        """Store ``persona`` as the card of one of ``owner``'s personas (rectification)."""
        card = self._sealer.seal_json(
            owner, PersonaRow.card, persona_id, persona_codec.to_json(persona)
        )
        result = self._session.execute(
            update(PersonaRow)
            .where(PersonaRow.id == persona_id, PersonaRow.owner_id == owner)
            .values(card=card)
        )
        return bool(getattr(result, "rowcount", 0))

    def delete(self, owner: uuid.UUID, persona_id: uuid.UUID) -> bool:
        result = self._session.execute(
            delete(PersonaRow).where(PersonaRow.id == persona_id, PersonaRow.owner_id == owner)
        )
        return bool(getattr(result, "rowcount", 0))

    def _record(self, row: PersonaRow) -> PersonaRecord:
        data = self._sealer.open_json(row.owner_id, PersonaRow.card, row.id, row.card)
        avatar = (
            None
            if row.avatar is None
            else self._sealer.open(row.owner_id, PersonaRow.avatar, row.id, row.avatar)
        )
        persona = persona_codec.from_json(data)
        return PersonaRecord(
            row.id, PersonaKind.USER, persona, row.owner_id, row.created_at, avatar
        )


class ConversationRepository:
    def __init__(self, session: Session, sealer: Sealer) -> None:
        self._session, self._sealer = session, sealer

    # conversations ---------------------------------------------------------------------------
    def add(self, subject: uuid.UUID, info: ConversationInfo) -> None:
        seal = self._sealer
        row = ConversationRow(
            id=info.id,
            subject_id=subject,
            persona=seal.seal_str(subject, ConversationRow.persona, info.id, str(info.persona_id)),
            title=seal.seal_str(subject, ConversationRow.title, info.id, info.title),
            created_at=info.created_at,
            updated_at=info.updated_at,
        )
        self._session.add(row)
        self._session.flush()

    def get(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> ConversationInfo | None:
        row = self._row(subject, conversation_id)
        return None if row is None else self._info(row)

    def persona_of(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> uuid.UUID | None:
        """The persona of the subject's conversation (the turn's hot path: no title)."""
        params = {"cid": conversation_id, "subject": subject}
        sealed = _PERSONA_OF.execute(self._session.connection(), params).scalar()
        if sealed is None:
            return None
        return uuid.UUID(
            self._sealer.open_str(subject, ConversationRow.persona, conversation_id, sealed)
        )

    def list_for(self, subject: uuid.UUID) -> list[ConversationInfo]:
        query = (
            select(ConversationRow)
            .where(ConversationRow.subject_id == subject)
            .order_by(ConversationRow.updated_at.desc(), ConversationRow.id.desc())
        )
        return [self._info(row) for row in self._session.scalars(query)]

    def rename(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, title: str, now: datetime
    ) -> ConversationInfo | None:
        row = self._row(subject, conversation_id)
        if row is None:
            return None
        row.title = self._sealer.seal_str(subject, ConversationRow.title, row.id, title)
        row.updated_at = now
        self._session.flush()
        return self._info(row)

    def touch(self, subject: uuid.UUID, conversation_id: uuid.UUID, now: datetime) -> bool:
        """Mark activity; False if the subject has no such conversation (any more)."""
        params = {"cid": conversation_id, "subject": subject, "now": now}
        result = _TOUCH.execute(self._session.connection(), params)
        return bool(result.rowcount)

    def delete(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> int:
        """Delete the conversation and its messages; returns the number of messages."""
        if self._row(subject, conversation_id) is None:
            return -1
        count = self._session.scalar(
            select(func.count()).where(MessageRow.conversation_id == conversation_id)
        )
        self._session.execute(
            delete(MessageRow).where(MessageRow.conversation_id == conversation_id)
        )
        self._session.execute(delete(ConversationRow).where(ConversationRow.id == conversation_id))
        return int(count or 0)

    def delete_subject(self, subject: uuid.UUID) -> int:
        """Every conversation, message and persona of ``subject`` (rights erasure)."""
        removed = 0
        for model in (MessageRow, ConversationRow):
            result = self._session.execute(delete(model).where(model.subject_id == subject))
            removed += int(getattr(result, "rowcount", 0) or 0)
        result = self._session.execute(delete(PersonaRow).where(PersonaRow.owner_id == subject))
        return removed + int(getattr(result, "rowcount", 0) or 0)

    # messages --------------------------------------------------------------------------------
    def add_messages(
        self,
        subject: uuid.UUID,
        messages: Sequence[StoredMessage],
        *,
        learned: uuid.UUID | None = None,
    ) -> None:
        """Store ``messages``; ``learned``: the one the style profile learned from."""
        rows = [
            {
                "id": message.id,
                "conversation_id": message.conversation_id,
                "subject_id": subject,
                "turn": message.turn,
                "role": message.role.value,
                "parent_id": message.parent_id,
                "active": message.active,
                "content": self._sealer.seal_str(
                    subject, MessageRow.content, message.id, message.content
                ),
                "created_at": message.created_at,
                "edited_at": message.edited_at,
                "learned": message.id == learned,
            }
            for message in messages
        ]
        if rows:
            self._session.flush()  # anything pending (the conversation row) goes first
            self._session.connection().execute(_INSERT_MESSAGE, rows)

    def messages(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, *, last_turns: int | None = None
    ) -> list[StoredMessage]:
        """Messages in order (turn, then creation); only the latest ``last_turns`` if given.

        Read as plain rows (no ORM objects): this is the hot path of every turn."""
        if last_turns is not None:
            params = {"cid": conversation_id, "subject": subject, "turns": last_turns}
            rows: Any = self._session.connection().execute(_RECENT, params)
        else:
            query = select(*_MESSAGE_COLUMNS).where(
                MessageRow.conversation_id == conversation_id, MessageRow.subject_id == subject
            )
            rows = self._session.execute(query.order_by(MessageRow.turn, MessageRow.id))
        open_str = self._sealer.open_str
        return [
            StoredMessage(
                id=row.id,
                conversation_id=conversation_id,
                turn=row.turn,
                role=Role(row.role),
                content=open_str(subject, MessageRow.content, row.id, row.content),
                created_at=row.created_at,
                parent_id=row.parent_id,
                active=row.active,
                edited_at=row.edited_at,
            )
            for row in rows
        ]

    def message(
        self, subject: uuid.UUID, conversation_id: uuid.UUID, message_id: uuid.UUID
    ) -> StoredMessage | None:
        row = self._session.get(MessageRow, message_id)
        if row is None or row.subject_id != subject or row.conversation_id != conversation_id:
            return None
        return self._message(row)

    def latest_turn(
        self, subject: uuid.UUID, conversation_id: uuid.UUID
    ) -> list[tuple[uuid.UUID, int, uuid.UUID | None]]:
        """(id, turn, parent id) of the messages of the latest turn, without their text."""
        params = {"cid": conversation_id, "subject": subject}
        rows = self._session.connection().execute(_LATEST_TURN, params)
        return [(row.id, row.turn, row.parent_id) for row in rows]

    def deactivate_replies(self, conversation_id: uuid.UUID, turn: int) -> None:
        self._session.execute(
            update(MessageRow)
            .where(
                MessageRow.conversation_id == conversation_id,
                MessageRow.turn == turn,
                MessageRow.role == Role.ASSISTANT.value,
            )
            .values(active=False)
        )

    def edit(self, subject: uuid.UUID, message_id: uuid.UUID, text: str, now: datetime) -> None:
        content = self._sealer.seal_str(subject, MessageRow.content, message_id, text)
        self._session.execute(
            update(MessageRow)
            .where(MessageRow.id == message_id, MessageRow.subject_id == subject)
            .values(content=content, edited_at=now)
        )

    def learned_texts(self, subject: uuid.UUID, limit: int) -> list[str]:
        """The texts of the ``limit`` newest messages the style profile learned from, oldest
        first (to rebuild the profile after an erasure)."""
        rows = self._session.execute(
            select(MessageRow.id, MessageRow.content)
            .where(MessageRow.subject_id == subject, MessageRow.learned)
            .order_by(MessageRow.created_at.desc(), MessageRow.id.desc())
            .limit(limit)
        ).all()
        return [
            self._sealer.open_str(subject, MessageRow.content, row.id, row.content)
            for row in reversed(rows)
        ]

    def is_learned(self, subject: uuid.UUID, message_id: uuid.UUID) -> bool:
        found = self._session.scalar(
            select(MessageRow.learned).where(
                MessageRow.id == message_id, MessageRow.subject_id == subject
            )
        )
        return bool(found)

    def unlearn(self, subject: uuid.UUID) -> int:
        """Forget which messages the profile learned from (personalization withdrawn)."""
        result = self._session.execute(
            update(MessageRow)
            .where(MessageRow.subject_id == subject, MessageRow.learned)
            .values(learned=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def delete_messages(self, subject: uuid.UUID, ids: Sequence[uuid.UUID]) -> int:
        result = self._session.execute(
            delete(MessageRow).where(MessageRow.id.in_(ids), MessageRow.subject_id == subject)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    # internals -------------------------------------------------------------------------------
    def _row(self, subject: uuid.UUID, conversation_id: uuid.UUID) -> ConversationRow | None:
        row = self._session.get(ConversationRow, conversation_id)
        return row if row is not None and row.subject_id == subject else None

    def _info(self, row: ConversationRow) -> ConversationInfo:
        subject = row.subject_id
        persona = self._sealer.open_str(subject, ConversationRow.persona, row.id, row.persona)
        title = self._sealer.open_str(subject, ConversationRow.title, row.id, row.title)
        return ConversationInfo(row.id, uuid.UUID(persona), title, row.created_at, row.updated_at)

    def _message(self, row: MessageRow) -> StoredMessage:
        text = self._sealer.open_str(row.subject_id, MessageRow.content, row.id, row.content)
        return StoredMessage(
            id=row.id,
            conversation_id=row.conversation_id,
            turn=row.turn,
            role=Role(row.role),
            content=text,
            created_at=row.created_at,
            parent_id=row.parent_id,
            active=row.active,
            edited_at=row.edited_at,
        )
