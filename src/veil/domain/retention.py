"""Retention rules a stored column can carry (the retention job interprets them)."""

from __future__ import annotations

from enum import StrEnum


class Retention(StrEnum):
    UNTIL_ERASURE = "until_erasure"  # kept while the account lives; shredded and deleted on erasure
    SESSION = "session"  # incognito / short-lived: gone when the session ends
    AUDIT_PERIOD = "audit_period"  # audit records: pseudonymous ids only, outlive erasure
    PERMANENT = "permanent"  # erasure journal: must outlive every backup it protects
    INSTALLATION = "installation"  # facts about this installation, not about a person
