"""Retention rules a stored column can carry (the retention job interprets them).

``Retention`` is the policy a registry column declares; ``RetentionRule`` is an enforceable
rule on a table: rows are deleted when their clock column is older than a period (or, for
an expiry column, when it has passed). Per-subject rules take the period from the subject's
own setting (e.g. per-user message retention), capped by a platform maximum.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class Retention(StrEnum):
    UNTIL_ERASURE = "until_erasure"  # kept while the account lives; shredded and deleted on erasure
    SESSION = "session"  # incognito / short-lived: gone when the session ends
    AUDIT_PERIOD = "audit_period"  # audit records: pseudonymous ids only, outlive erasure
    PERMANENT = "permanent"  # erasure journal: must outlive every backup it protects
    INSTALLATION = "installation"  # facts about this installation, not about a person
    EXPIRES = "expires"  # deleted when the row's expiry time passes (sessions, tokens, exports)
    USER_CHOSEN = "user_chosen"  # the subject's retention setting, under a platform maximum
    REQUEST_REGISTER = "request_register"  # rights requests: proof of compliance, ids only

    @property
    def survives_erasure(self) -> bool:
        """Records kept after the subject is erased (they hold pseudonymous ids only)."""
        return self in _SURVIVES_ERASURE


_SURVIVES_ERASURE = frozenset(
    {
        Retention.AUDIT_PERIOD,
        Retention.PERMANENT,
        Retention.INSTALLATION,
        Retention.REQUEST_REGISTER,
    }
)


class RuleKind(StrEnum):
    EXPIRY = "expiry"  # the clock column is itself the expiry time
    AGE = "age"  # rows older than a fixed period
    PER_SUBJECT = "per_subject"  # rows older than the subject's chosen period


@dataclass(frozen=True, slots=True)
class RetentionRule:
    table: str
    clock_column: str
    kind: RuleKind
    period: timedelta | None = None  # AGE: the period; PER_SUBJECT: the platform maximum

    def __post_init__(self) -> None:
        if self.kind is RuleKind.AGE and self.period is None:
            raise ValueError(f"{self.table}: an age rule needs a period")

    def cutoff(self, now: datetime, subject_days: int | None = None) -> datetime | None:
        """Rows whose clock column is before the cutoff are due; None: nothing is due."""
        if self.kind is RuleKind.EXPIRY:
            return now
        period = self.period
        if self.kind is RuleKind.PER_SUBJECT and subject_days is not None:
            chosen = timedelta(days=subject_days)
            period = chosen if period is None else min(period, chosen)
        return None if period is None else now - period


def expires_at(start: datetime, period: timedelta) -> datetime:
    return start + period


def is_expired(expiry: datetime, now: datetime) -> bool:
    return now >= expiry


def inactivity_cutoff(now: datetime, months: int) -> datetime:
    """Accounts last active before this are expired (default 24 months, counted as days)."""
    return now - timedelta(days=round(months * 365.25 / 12))
