from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, func, select

from tests.integration.rights.conftest import NOTES, TAGS, Rig, build_rig, sign_up
from veil.consent.service import SettingsPatch
from veil.domain.audit import Actor, ActorKind
from veil.domain.consent import ConsentMethod
from veil.domain.ids import new_subject_id
from veil.domain.requests import Channel, RequestStatus
from veil.domain.roles import Role
from veil.retention.accounts import AccountRetention, InactiveAccounts
from veil.retention.jobs import RetentionJob, RetentionPolicy
from veil.retention.scheduler import RetentionScheduler
from veil.runtime import Runtime
from veil.store.models import AccountRow, AuditRecord, AuthTokenRow, ExportRow

ME = Actor(ActorKind.SUBJECT, "self")


def notes_of(rig: Rig, subject: uuid.UUID) -> int:
    table = rig.metadata.tables[NOTES]
    with rig.runtime.database.read() as session:
        query = select(func.count()).select_from(table).where(table.c.subject_id == subject)
        return int(session.scalar(query) or 0)


def job(rig: Rig, **kwargs: object) -> RetentionJob:
    policy = kwargs.pop("policy", RetentionPolicy(batch_size=4))
    return RetentionJob(
        rig.runtime.database, rig.registry, rig.audit, policy,  # type: ignore[arg-type]
        metadata=rig.metadata, **kwargs,  # type: ignore[arg-type]
    )  # fmt: skip


def test_per_subject_retention_purges_in_batches_and_is_idempotent(rig: Rig) -> None:
    short, keeper = new_subject_id(), new_subject_id()
    rig.add_notes(short, 9, age=timedelta(days=40), tags=False)
    rig.add_notes(short, 2, age=timedelta(days=1), tags=False)
    rig.add_notes(keeper, 3, age=timedelta(days=400), tags=False)
    seen: list[tuple[str, int]] = []
    retention = job(rig, subject_retention=lambda: [(short, 30)])
    report = retention.run(progress=lambda table, n: seen.append((table, n)))
    assert report.deleted == {NOTES: 9} and report.batches == 3
    assert seen == [(NOTES, 4), (NOTES, 4), (NOTES, 1)]
    assert notes_of(rig, short) == 2 and notes_of(rig, keeper) == 3
    assert retention.run().total == 0  # idempotent
    with rig.runtime.database.read() as session:
        purges = list(
            session.scalars(
                select(AuditRecord.details).where(AuditRecord.action == "retention.purge")
            )
        )
    assert purges == ['{"rows":4,"rule":"per_subject"}'] * 2 + ['{"rows":1,"rule":"per_subject"}']


def test_platform_maximum_applies_to_everyone(rig: Rig) -> None:
    subject = new_subject_id()
    rig.add_notes(subject, 3, age=timedelta(days=100), tags=False)
    rig.add_notes(subject, 1, age=timedelta(days=10), tags=False)
    report = job(rig, policy=RetentionPolicy(batch_size=10, platform_max_days=90)).run()
    assert report.deleted == {NOTES: 3} and notes_of(rig, subject) == 1


def test_expired_exports_and_their_files_go(rig: Rig) -> None:
    subject = new_subject_id()
    export = rig.exports.run(rig.exports.start(subject, actor=ME).id)
    assert rig.files.exists(export.id)
    later = datetime.now(UTC) + timedelta(days=4)
    retention = job(rig, sweeps={"export_files": rig.exports.sweep_files}, clock=lambda: later)
    report = retention.run()
    assert report.deleted == {"rights_exports": 1}
    assert report.swept == {"export_files": 1} and not rig.files.exists(export.id)
    with rig.runtime.database.read() as session:
        assert session.scalar(select(func.count()).select_from(ExportRow)) == 0


def test_inactive_accounts_are_erased_through_the_port(rig: Rig) -> None:
    idle, active = new_subject_id(), new_subject_id()
    rig.add_notes(idle, 2)
    cutoffs: list[datetime] = []

    def inactive(cutoff: datetime) -> list[uuid.UUID]:
        cutoffs.append(cutoff)
        return [idle]

    report = job(rig, inactive=inactive, erase=rig.erasure.expire_inactive).run()
    assert report.erased_accounts == 1 and notes_of(rig, idle) == 0
    (request,) = rig.requests.list(subject=idle, open_only=False)
    assert request.channel is Channel.AUTOMATIC and request.status is RequestStatus.COMPLETED
    assert datetime.now(UTC) - cutoffs[0] > timedelta(days=729)
    assert notes_of(rig, active) == 0  # never had any; untouched


def test_runtime_retention_runs_on_the_real_tables(runtime: Runtime) -> None:
    report = runtime.retention.run()
    assert report.total == 0 and report.swept == {"export_files": 0}


def test_scheduler_runs_passes_until_stopped(tmp_path: Path) -> None:
    ran = threading.Event()
    calls: list[int] = []

    def run_pass() -> None:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("first pass fails; the scheduler carries on")
        ran.set()

    scheduler = RetentionScheduler(run_pass, interval=0.01)
    scheduler.start()
    scheduler.start()  # already running: no second thread
    assert ran.wait(5)
    assert scheduler.running
    scheduler.stop()
    assert not scheduler.running


def test_tags_are_untouched_by_note_retention_rule_absent(runtime: Runtime, tmp_path: Path) -> None:
    rig = build_rig(runtime, tmp_path, batch_size=100)
    subject = new_subject_id()
    rig.add_notes(subject, 1, age=timedelta(days=1000))
    report = rig.retention.run()  # no subject retention port, no cap: nothing is due
    assert report.total == 0
    table = rig.metadata.tables[TAGS]
    with runtime.database.read() as session:
        assert session.scalar(select(func.count()).select_from(table)) == 1


def test_per_user_retention_comes_from_privacy_settings(rig: Rig) -> None:
    chooser = sign_up(rig.runtime, "shortmemory")
    keeper = sign_up(rig.runtime, "longmemory")
    rig.runtime.consent.update_settings(chooser, SettingsPatch(retention=7), ConsentMethod.API)
    for subject in (chooser, keeper):
        rig.add_notes(subject, 3, age=timedelta(days=10), tags=False)
        rig.add_notes(subject, 1, age=timedelta(hours=1), tags=False)
    port = AccountRetention(rig.runtime.database, rig.runtime.consent)
    assert dict(port()) == {chooser: 7, keeper: 90}  # 90: the operator's default
    rig.runtime.consent.update_settings(keeper, SettingsPatch(retention="keep"), ConsentMethod.API)
    assert dict(port()) == {chooser: 7}  # keep: no time limit
    report = job(rig, subject_retention=port).run()
    assert report.deleted == {NOTES: 3}
    assert notes_of(rig, chooser) == 1 and notes_of(rig, keeper) == 4


def test_inactive_user_accounts_expire_but_staff_do_not(rig: Rig) -> None:
    idle = sign_up(rig.runtime, "sleepyuser")
    staff = rig.runtime.accounts.create_staff("dutyofficer", "velvet otter sings at dawn", Role.DPO)
    port = InactiveAccounts(rig.runtime.database)
    assert port(datetime.now(UTC) - timedelta(days=1)) == []
    later = datetime.now(UTC) + timedelta(days=800)
    assert port(later) == [idle]
    report = job(rig, inactive=port, erase=rig.erasure.expire_inactive, clock=lambda: later).run()
    assert report.erased_accounts == 1
    with rig.runtime.database.read() as session:
        ids = set(session.scalars(select(AccountRow.id)))
    assert ids == {staff.id}


def test_a_recent_sign_in_counts_even_after_its_session_was_purged(rig: Rig) -> None:
    active = sign_up(rig.runtime, "recentuser")
    cutoff = datetime.now(UTC)
    rig.runtime.sessions.log_in("recentuser", "velvet otter sings at dawn", address=None)
    with rig.runtime.database.unit_of_work() as session:  # as the expiry rule would
        session.execute(delete(AuthTokenRow))
    port = InactiveAccounts(rig.runtime.database)
    assert port(cutoff) == []  # the audited sign-in after the cutoff is activity
    assert port(datetime.now(UTC) + timedelta(days=1)) == [active]


def test_expired_sessions_are_purged(rig: Rig) -> None:
    sign_up(rig.runtime, "sessionuser")
    later = datetime.now(UTC) + timedelta(days=400)
    report = job(rig, clock=lambda: later).run()
    assert report.deleted.get("auth_tokens") == 1


def test_runtime_wires_the_account_ports(runtime: Runtime) -> None:
    sign_up(runtime, "wireduser")
    assert runtime.retention.run().erased_accounts == 0
