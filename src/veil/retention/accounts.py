"""The retention job's account ports: per-user message retention and inactive accounts."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import datetime

from veil.consent.service import ConsentService
from veil.domain.errors import NotFound
from veil.store.repos.retention import account_ids, inactive_accounts
from veil.store.session import Database


class AccountRetention:
    """``SubjectRetention``: (account, days) for every user who chose a time limit, read
    from their privacy settings (capped by the platform maximum) through the consent
    service; ``keep`` yields nothing (the platform maximum, if any, still applies)."""

    def __init__(self, database: Database, consent: ConsentService) -> None:
        self._database = database
        self._consent = consent

    def __call__(self) -> Iterator[tuple[uuid.UUID, int]]:
        with self._database.read() as session:
            subjects = account_ids(session)
        for subject in subjects:
            try:
                retention = self._consent.settings(subject).retention
            except NotFound:  # erased meanwhile
                continue
            if isinstance(retention, int):
                yield subject, retention


class InactiveAccounts:
    """``InactiveSubjects``: user accounts with no activity since the cutoff."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def __call__(self, cutoff: datetime) -> list[uuid.UUID]:
        with self._database.read() as session:
            return inactive_accounts(session, cutoff)
