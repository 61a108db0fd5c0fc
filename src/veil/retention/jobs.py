"""Retention enforcement: ``veil retention run`` and the scheduler in ``veil serve``.

A pass applies, in order:

1. the registry's retention rules (``store.registry.RETENTION_RULES``): expiry columns
   (sessions, tokens, export jobs) and fixed ages; per-subject rules (message retention)
   with the period each subject chose (``SubjectRetention`` port, wired by the runtime to
   the accounts' privacy settings) under the platform maximum;
2. inactive-account expiry (``InactiveSubjects`` port, default 24 months): each such account
   is erased through the ``EraseSubject`` port (the rights erasure, wired by the runtime);
3. named sweeps (e.g. export files whose rows are gone).

Every deletion happens in batches of ``batch_size`` rows, each batch in its own unit of work
with its own audit event (counts only), so a pass can be interrupted and simply run again:
it is idempotent and resumes where the last committed batch stopped.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from veil.audit.log import AuditLog
from veil.domain.audit import Actor, ActorKind, AuditEvent
from veil.domain.purposes import OperationalPurpose
from veil.domain.retention import RetentionRule, RuleKind, inactivity_cutoff
from veil.store.base import utcnow
from veil.store.registry import DataRegistry
from veil.store.repos.retention import RetentionRepository
from veil.store.repos.subject_data import Metadata
from veil.store.session import Database

log = logging.getLogger("veil.retention")

ACTOR = Actor(ActorKind.JOB, "retention")
Progress = Callable[[str, int], None]


class SubjectRetention(Protocol):
    """(subject, retention days) for every subject who chose a time limit."""

    def __call__(self) -> Iterable[tuple[uuid.UUID, int]]: ...


class InactiveSubjects(Protocol):
    """Subjects whose last activity is before ``cutoff``."""

    def __call__(self, cutoff: datetime) -> Iterable[uuid.UUID]: ...


class EraseSubject(Protocol):
    def __call__(self, subject: uuid.UUID) -> None: ...


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    batch_size: int = 5000
    inactive_account_months: int = 24
    platform_max_days: int | None = None  # cap on per-subject (message) retention


@dataclass
class RetentionReport:
    deleted: dict[str, int] = field(default_factory=dict)
    erased_accounts: int = 0
    swept: dict[str, int] = field(default_factory=dict)
    batches: int = 0

    @property
    def total(self) -> int:
        return sum(self.deleted.values())


class RetentionJob:
    def __init__(
        self,
        database: Database,
        registry: DataRegistry,
        audit: AuditLog,
        policy: RetentionPolicy = RetentionPolicy(),
        *,
        subject_retention: SubjectRetention | None = None,
        inactive: InactiveSubjects | None = None,
        erase: EraseSubject | None = None,
        sweeps: Mapping[str, Callable[[], int]] | None = None,
        metadata: Metadata | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._database = database
        self._registry = registry
        self._audit = audit
        self._policy = policy
        self._subject_retention = subject_retention
        self._inactive = inactive
        self._erase = erase
        self._sweeps = dict(sweeps or {})
        self._metadata = metadata
        self._clock = clock

    def run(self, progress: Progress | None = None) -> RetentionReport:
        """One pass; safe to repeat or to interrupt."""
        now = self._clock()
        report = RetentionReport()
        for rule in self._registry.rules:
            if not self._present(rule.table):
                continue
            if rule.kind is RuleKind.PER_SUBJECT:
                self._per_subject(rule, now, report, progress)
            else:
                cutoff = rule.cutoff(now)
                if cutoff is not None:
                    self._purge(rule, cutoff, None, report, progress)
        self._expire_inactive(now, report)
        for name, sweep in self._sweeps.items():
            report.swept[name] = sweep()
        log.info(
            "retention pass: %d rows in %d batches, %d inactive accounts erased",
            report.total, report.batches, report.erased_accounts,
        )  # fmt: skip
        return report

    def _present(self, table: str) -> bool:
        with self._database.read() as session:
            return RetentionRepository(session, self._registry, self._metadata).has_table(table)

    def _per_subject(
        self, rule: RetentionRule, now: datetime, report: RetentionReport, progress: Progress | None
    ) -> None:
        cap = self._policy.platform_max_days
        capped = rule if cap is None else _with_cap(rule, timedelta(days=cap))
        everyone = capped.cutoff(now)
        if everyone is not None:  # the platform maximum applies to everyone
            self._purge(capped, everyone, None, report, progress)
        for subject, days in self._subject_retention() if self._subject_retention else ():
            cutoff = capped.cutoff(now, days)
            if cutoff is not None:
                self._purge(capped, cutoff, subject, report, progress)

    def _purge(
        self,
        rule: RetentionRule,
        cutoff: datetime,
        subject: uuid.UUID | None,
        report: RetentionReport,
        progress: Progress | None,
    ) -> None:
        size = self._policy.batch_size
        while True:
            with self._database.unit_of_work() as session:
                repo = RetentionRepository(session, self._registry, self._metadata)
                count = repo.purge_batch(rule.table, rule.clock_column, cutoff, size, subject)
                if count:
                    self._audit.append(session, _purge_event(rule, count, subject))
            if count:
                report.batches += 1
                report.deleted[rule.table] = report.deleted.get(rule.table, 0) + count
                if progress is not None:
                    progress(rule.table, count)
            if count < size:
                return

    def _expire_inactive(self, now: datetime, report: RetentionReport) -> None:
        if self._inactive is None or self._erase is None:
            return
        cutoff = inactivity_cutoff(now, self._policy.inactive_account_months)
        for subject in list(self._inactive(cutoff)):
            self._erase(subject)
            report.erased_accounts += 1


def _with_cap(rule: RetentionRule, cap: timedelta) -> RetentionRule:
    period = cap if rule.period is None else min(rule.period, cap)
    return RetentionRule(rule.table, rule.clock_column, rule.kind, period)


def _purge_event(rule: RetentionRule, count: int, subject: uuid.UUID | None) -> AuditEvent:
    return AuditEvent(
        "retention.purge",
        ACTOR,
        subject=subject,
        purpose=OperationalPurpose.LEGAL_OBLIGATION,
        resource=f"table:{rule.table}",
        details={"rule": rule.kind.value, "rows": count},
    )
