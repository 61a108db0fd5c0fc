"""What the companion adapts with: memory facts, the style profile, preferences and limits.

Takes a session and a sealer; never commits. Everything here is sealed under the subject's
DEK and is kept only while ``personalization`` consent is live (the chat service checks).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, cast

from sqlalchemy import BindParameter, Table, bindparam, delete, select, update
from sqlalchemy.orm import Session

from veil.domain.conversation import FactSource, MemoryFact
from veil.store.models import ChatPreferencesRow, MemoryFactRow, StyleProfileRow
from veil.store.prepared import Prepared
from veil.store.sealed import Sealer

# Every stored turn reads the facts and the style profile and writes the profile back: these
# statements are built once (ORM statements cost ~0.2-0.3 ms each here, mostly in Python).
_facts = cast(Table, MemoryFactRow.__table__)
_styles = cast(Table, StyleProfileRow.__table__)
_subject: BindParameter[uuid.UUID] = bindparam("subject", type_=_styles.c.subject_id.type)
_FACTS = (
    select(_facts.c.id, _facts.c.fact, _facts.c.source, _facts.c.created_at, _facts.c.updated_at)
    .where(_facts.c.subject_id == _subject)
    .order_by(_facts.c.id)
)
_STYLE = Prepared(select(_styles.c.profile).where(_styles.c.subject_id == _subject))
_PUT_STYLE = Prepared(
    update(_styles)
    .where(_styles.c.subject_id == _subject)
    .values(
        profile=bindparam("profile", type_=_styles.c.profile.type),
        updated_at=bindparam("now", type_=_styles.c.updated_at.type),
    )
)


class AdaptationRepository:
    def __init__(self, session: Session, sealer: Sealer) -> None:
        self._session, self._sealer = session, sealer

    # memory ----------------------------------------------------------------------------------
    def facts(self, subject: uuid.UUID) -> list[MemoryFact]:
        rows = self._session.connection().execute(_FACTS, {"subject": subject})
        open_str = self._sealer.open_str
        return [
            MemoryFact(
                row.id,
                open_str(subject, MemoryFactRow.fact, row.id, row.fact),
                FactSource(row.source),
                row.created_at,
                row.updated_at,
            )
            for row in rows
        ]

    def add_fact(
        self,
        subject: uuid.UUID,
        fact_id: uuid.UUID,
        text: str,
        source: FactSource,
        now: datetime,
        *,
        message_id: uuid.UUID | None = None,
    ) -> MemoryFact:
        """Keep a fact; ``message_id``: the stored message it was drawn from (the database
        deletes the fact with that message)."""
        sealed = self._sealer.seal_str(subject, MemoryFactRow.fact, fact_id, text)
        self._session.add(
            MemoryFactRow(
                id=fact_id,
                subject_id=subject,
                fact=sealed,
                source=source.value,
                source_message_id=message_id,
                created_at=now,
                updated_at=now,
            )
        )
        self._session.flush()
        return MemoryFact(fact_id, text, source, now, now)

    def edit_fact(
        self, subject: uuid.UUID, fact_id: uuid.UUID, text: str, now: datetime
    ) -> MemoryFact | None:
        row = self._session.get(MemoryFactRow, fact_id)
        if row is None or row.subject_id != subject:
            return None
        row.fact = self._sealer.seal_str(subject, MemoryFactRow.fact, fact_id, text)
        row.source, row.updated_at = FactSource.EXPLICIT.value, now
        self._session.flush()
        return self._fact(row)

    def delete_fact(self, subject: uuid.UUID, fact_id: uuid.UUID) -> bool:
        result = self._session.execute(
            delete(MemoryFactRow).where(
                MemoryFactRow.id == fact_id, MemoryFactRow.subject_id == subject
            )
        )
        return bool(getattr(result, "rowcount", 0))

    def delete_facts_from(self, subject: uuid.UUID, message_id: uuid.UUID) -> int:
        """The facts drawn from one message (its rectification makes them stale)."""
        result = self._session.execute(
            delete(MemoryFactRow).where(
                MemoryFactRow.subject_id == subject, MemoryFactRow.source_message_id == message_id
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def delete_facts(self, subject: uuid.UUID) -> int:
        result = self._session.execute(
            delete(MemoryFactRow).where(MemoryFactRow.subject_id == subject)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    # style -----------------------------------------------------------------------------------
    def style(self, subject: uuid.UUID) -> dict[str, Any] | None:
        sealed = _STYLE.execute(self._session.connection(), {"subject": subject}).scalar()
        if sealed is None:
            return None
        data: dict[str, Any] = self._sealer.open_json(
            subject, StyleProfileRow.profile, subject, sealed
        )
        return data

    def put_style(self, subject: uuid.UUID, profile: dict[str, Any], now: datetime) -> None:
        sealed = self._sealer.seal_json(subject, StyleProfileRow.profile, subject, profile)
        params = {"subject": subject, "profile": sealed, "now": now}
        if not _PUT_STYLE.execute(self._session.connection(), params).rowcount:
            self._session.add(StyleProfileRow(subject_id=subject, profile=sealed, updated_at=now))
            self._session.flush()

    def delete_style(self, subject: uuid.UUID) -> bool:
        result = self._session.execute(
            delete(StyleProfileRow).where(StyleProfileRow.subject_id == subject)
        )
        return bool(getattr(result, "rowcount", 0))

    # preferences and limits ------------------------------------------------------------------
    def preferences(self, subject: uuid.UUID) -> dict[str, Any] | None:
        sealed = self._session.scalar(
            select(ChatPreferencesRow.preferences).where(ChatPreferencesRow.subject_id == subject)
        )
        if sealed is None:
            return None
        data: dict[str, Any] = self._sealer.open_json(
            subject, ChatPreferencesRow.preferences, subject, sealed
        )
        return data

    def put_preferences(
        self, subject: uuid.UUID, preferences: dict[str, Any], now: datetime
    ) -> None:
        sealed = self._sealer.seal_json(
            subject, ChatPreferencesRow.preferences, subject, preferences
        )
        row = self._session.get(ChatPreferencesRow, subject)
        if row is None:
            self._session.add(
                ChatPreferencesRow(subject_id=subject, preferences=sealed, updated_at=now)
            )
        else:
            row.preferences, row.updated_at = sealed, now
        self._session.flush()

    def delete_preferences(self, subject: uuid.UUID) -> bool:
        result = self._session.execute(
            delete(ChatPreferencesRow).where(ChatPreferencesRow.subject_id == subject)
        )
        return bool(getattr(result, "rowcount", 0))

    def delete_subject(self, subject: uuid.UUID) -> int:
        """Everything the companion adapts with for ``subject`` (withdrawal or erasure)."""
        removed = self.delete_facts(subject)
        removed += int(self.delete_style(subject)) + int(self.delete_preferences(subject))
        return removed

    def _fact(self, row: MemoryFactRow) -> MemoryFact:
        text = self._sealer.open_str(row.subject_id, MemoryFactRow.fact, row.id, row.fact)
        return MemoryFact(row.id, text, FactSource(row.source), row.created_at, row.updated_at)
