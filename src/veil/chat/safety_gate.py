"""The safety policy at the chat service's doors: every text a person hands in is checked
before it is used or stored, and every block is audited by its codes alone.

Doors: a new message (``input``), an edited message (``edit``), the earlier messages of an
OpenAI-compatible request (``history``), a memory (``memory``) and an imported card
(``persona``). Model output is checked while it streams (``StreamGuard`` in the service);
a cut stream is audited as ``output``.
"""

from __future__ import annotations

import uuid
from typing import NoReturn

from veil.chat.ports import ChatStorage
from veil.chat.safety_replies import block_reply
from veil.domain.audit import Actor, ActorKind, AuditEvent, Outcome
from veil.domain.errors import ContentBlocked
from veil.domain.purposes import OperationalPurpose
from veil.domain.safety import Verdict, check_input, check_output
from veil.store.session import UnitOfWork


class SafetyGate:
    def __init__(self, storage: ChatStorage) -> None:
        self._database = storage.database
        self._audit = storage.audit

    def screen(
        self,
        subject: uuid.UUID,
        text: str,
        *,
        stage: str,
        resource: str,
        language: str = "en",
        output: bool = False,
    ) -> Verdict:
        """The verdict on ``text``; a block is audited and raised as ``ContentBlocked``."""
        verdict = check_output(text) if output else check_input(text)
        if verdict.blocked:
            self.refuse(subject, verdict, stage=stage, resource=resource, language=language)
        return verdict

    def refuse(
        self, subject: uuid.UUID, verdict: Verdict, *, stage: str, resource: str, language: str
    ) -> NoReturn:
        with self._database.unit_of_work() as session:
            self.record(session, subject, verdict, stage=stage, resource=resource)
        category = verdict.category
        detail = block_reply(category, language) if category else "blocked by the safety policy"
        raise ContentBlocked(detail)

    def refuse_quietly(self, subject: uuid.UUID, verdict: Verdict, resource: str) -> None:
        """Audit a cut reply in its own unit of work (incognito turns store nothing else)."""
        with self._database.unit_of_work() as session:
            self.record(session, subject, verdict, stage="output", resource=resource)

    def record(
        self,
        session: UnitOfWork,
        subject: uuid.UUID,
        verdict: Verdict,
        *,
        stage: str,
        resource: str,
    ) -> None:
        """Audit a block inside the caller's unit of work: codes only, never text."""
        event = AuditEvent(
            "chat.block",
            Actor(ActorKind.SUBJECT, str(subject)),
            subject=subject,
            purpose=OperationalPurpose.SECURITY,
            resource=resource,
            outcome=Outcome.DENIED,
            details={"category": verdict.code, "rule": verdict.rule, "stage": stage},
        )
        self._audit.append(session, event)
