"""What the chat service needs from outside the chat package, as small Protocols.

``ConsentPort`` is the consent service's enforcement point (``consent.service`` implements
it; tests use a fake). ``Clock`` gives aware UTC times.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncGenerator, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, runtime_checkable

from veil.audit.log import AuditLog
from veil.domain.chat import GenerationRequest
from veil.domain.errors import ConsentRequired
from veil.domain.purposes import Purpose
from veil.store.base import utcnow
from veil.store.sealed import Sealer, SealerFactory
from veil.store.session import Database, UnitOfWork

Clock = Callable[[], datetime]
_SEALER_KEY = "veil.chat.sealer"


@runtime_checkable
class ConsentPort(Protocol):
    """The consent service's enforcement point (``consent.service.ConsentService``)."""

    def live_in(self, session: UnitOfWork, subject: uuid.UUID) -> Mapping[Purpose, bool]:
        """Which purposes ``subject``'s consent is live for now, read inside the caller's
        unit of work (one indexed read; a purpose never granted is False)."""
        ...

    def require_purpose(self, subject: uuid.UUID, purpose: Purpose) -> None:
        """Return if allowed; raise ``ConsentRequired`` otherwise (fail closed)."""
        ...


class NoConsent:
    """Every purpose off: what the chat services use until a consent service is wired
    (privacy by default: every conversation is incognito)."""

    def live_in(self, session: UnitOfWork, subject: uuid.UUID) -> Mapping[Purpose, bool]:
        return dict.fromkeys(Purpose, False)

    def require_purpose(self, subject: uuid.UUID, purpose: Purpose) -> None:
        raise ConsentRequired(f"consent to '{purpose.value}' is required")


@runtime_checkable
class ReplyBackend(Protocol):
    """The part of ``veil.llm``'s ``ChatBackend`` the chat service uses."""

    @property
    def is_local(self) -> bool: ...

    def stream(self, request: GenerationRequest) -> AsyncGenerator[str, None]: ...


@dataclass(frozen=True, slots=True)
class ChatStorage:
    """What every chat service holds: the database, the sealers, the audit log, consent
    and the clock."""

    database: Database
    sealers: SealerFactory
    audit: AuditLog
    consent: ConsentPort
    clock: Clock = utcnow

    def allowed(self, subject: uuid.UUID, purpose: Purpose) -> bool:
        """Is ``subject``'s consent to ``purpose`` live now (in a short read of its own)?"""
        with self.database.read() as session:
            return bool(self.consent.live_in(session, subject).get(purpose, False))

    def sealer(self, session: UnitOfWork) -> Sealer:
        """The unit of work's one sealer, shared by every repository in it, so the
        subject's wrapped key is read once per unit of work, not once per repository."""
        found = session.info.get(_SEALER_KEY)
        if not isinstance(found, Sealer):
            found = session.info[_SEALER_KEY] = self.sealers(session)
        return found
