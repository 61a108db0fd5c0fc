"""Restriction (Art. 18) and objection to training (Art. 21): reversible, audited.

Setting either files a request in the register and completes it at once (self-service);
lifting it is audited too. Other services check the flags through ONE function,
``veil.store.repos.rights.may_process(session, subject, purpose)`` (exposed here as
``RestrictionService.may_process`` for callers outside a unit of work).
"""

from __future__ import annotations

import uuid
from dataclasses import replace

from veil.audit.log import AuditLog
from veil.domain.audit import Actor, AuditEvent
from veil.domain.purposes import OperationalPurpose, Purpose
from veil.domain.requests import Channel, RequestEvent, RequestKind, Restrictions
from veil.rights.service import RequestService
from veil.store.repos.rights import RestrictionRepository, may_process
from veil.store.session import Database


class RestrictionService:
    def __init__(self, database: Database, requests: RequestService, audit: AuditLog) -> None:
        self._database = database
        self._requests = requests
        self._audit = audit

    def current(self, subject: uuid.UUID) -> Restrictions:
        with self._database.read() as session:
            return RestrictionRepository(session).get(subject)

    def may_process(self, subject: uuid.UUID, purpose: Purpose) -> bool:
        with self._database.read() as session:
            return may_process(session, subject, purpose)

    def set_restricted(
        self, subject: uuid.UUID, restricted: bool, *, actor: Actor,
        channel: Channel = Channel.SELF_SERVICE,
    ) -> Restrictions:  # fmt: skip
        """Freeze (``True``) or unfreeze processing of the subject's data."""
        return self._set(subject, RequestKind.RESTRICTION, actor, channel, restricted=restricted)

    def set_training_objection(
        self, subject: uuid.UUID, objects: bool, *, actor: Actor,
        channel: Channel = Channel.SELF_SERVICE,
    ) -> Restrictions:  # fmt: skip
        """Object (``True``) to, or withdraw the objection to, use for model training."""
        return self._set(subject, RequestKind.OBJECTION, actor, channel, training_objection=objects)

    def _set(
        self, subject: uuid.UUID, kind: RequestKind, actor: Actor, channel: Channel,
        **change: bool,
    ) -> Restrictions:  # fmt: skip
        with self._database.unit_of_work() as session:
            repo = RestrictionRepository(session)
            before = repo.get(subject)
            after = replace(before, **change)
            if after == before:
                return after
            on = next(iter(change.values()))
            now = self._requests.now()
            repo.put(subject, after, now)
            if on:  # exercising the right is a request; lifting it is the user's choice
                request = self._requests.file_in(
                    session, subject, kind, channel=channel, actor=actor
                )
                self._requests.transition_in(
                    session, request.id, RequestEvent.COMPLETE, actor=actor,
                    evidence=f"{kind.value}:on",
                )  # fmt: skip
            self._audit.append(
                session,
                AuditEvent(
                    f"rights.{kind.value}.{'set' if on else 'lift'}", actor, subject=subject,
                    purpose=OperationalPurpose.LEGAL_OBLIGATION, resource=f"subject:{subject}",
                ),
            )  # fmt: skip
            return after
