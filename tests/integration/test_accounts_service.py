"""The accounts, sessions and consent services on a real database."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from veil.accounts.age import AgeClaim
from veil.accounts.limits import MemoryRateLimitStore, Throttle, ephemeral_keyer
from veil.accounts.passwords import Argon2Params, PassphraseHasher
from veil.accounts.service import SignUpRequest
from veil.accounts.sessions import SessionService
from veil.accounts.tokens import SecretHasher
from veil.domain.accounts import AccountStatus, Principal, TokenKind
from veil.domain.consent import ConsentMethod
from veil.domain.errors import (
    AuthenticationRequired,
    Conflict,
    ConsentRequired,
    InputError,
    InvalidCredentials,
    NotFound,
    PermissionDenied,
)
from veil.domain.ids import SubjectId
from veil.domain.purposes import Purpose
from veil.domain.roles import Role
from veil.runtime import Runtime
from veil.store.models import AccountRow, AuditRecord, ConsentEventRow
from veil.store.repos.accounts import AccountRepository

GOOD = "velvet otter sings at dawn"


def _sign_up(runtime: Runtime, username: str = "velvet_otter", **consents: bool) -> uuid.UUID:
    choices = {p: consents.get(p.value, False) for p in Purpose}
    request = SignUpRequest(username, GOOD, AgeClaim(adult=True), choices)
    return runtime.accounts.sign_up(request, address=None).account.id


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def sessions(runtime: Runtime, clock: Clock) -> SessionService:
    settings = runtime.settings.accounts.model_copy(
        update={"session_idle_seconds": 3600, "session_absolute_seconds": 4 * 3600}
    )
    return SessionService(
        runtime.database,
        runtime.sealers,
        SecretHasher(runtime.blind_index),
        runtime.audit,
        hasher=PassphraseHasher(),
        throttle=Throttle(MemoryRateLimitStore(), ephemeral_keyer()),
        settings=settings,
        clock=clock,
    )


def test_sessions_expire_when_idle(
    runtime: Runtime, sessions: SessionService, clock: Clock
) -> None:
    _sign_up(runtime)
    issued = sessions.log_in("velvet_otter", GOOD, address=None)
    clock.now += timedelta(minutes=59)
    sessions.authenticate(issued.secret)  # touches: idle time starts again
    clock.now += timedelta(minutes=59)
    sessions.authenticate(issued.secret)
    clock.now += timedelta(minutes=61)
    with pytest.raises(AuthenticationRequired):
        sessions.authenticate(issued.secret)
    with pytest.raises(AuthenticationRequired):  # and it is gone, not just refused
        sessions.authenticate(issued.secret)


def test_sessions_expire_at_the_absolute_limit(
    runtime: Runtime, sessions: SessionService, clock: Clock
) -> None:
    _sign_up(runtime)
    issued = sessions.log_in("velvet_otter", GOOD, address=None)
    for _ in range(4):
        clock.now += timedelta(minutes=50)
        sessions.authenticate(issued.secret)
    clock.now += timedelta(minutes=41)
    with pytest.raises(AuthenticationRequired):
        sessions.authenticate(issued.secret)


def test_api_token_lifetime_is_capped_by_its_own_choice(
    runtime: Runtime, sessions: SessionService, clock: Clock
) -> None:
    _sign_up(runtime)
    principal = sessions.authenticate(sessions.log_in("velvet_otter", GOOD, address=None).secret)
    token = sessions.create_api_token(principal, "ci", expires_in_days=1)
    assert token.info.expires_at == clock.now + timedelta(days=1)
    clock.now += timedelta(days=1)
    with pytest.raises(AuthenticationRequired):
        sessions.authenticate(token.secret)
    with pytest.raises(InputError):
        sessions.create_api_token(principal, "ci", expires_in_days=0)


def test_old_hashes_are_upgraded_at_sign_in(runtime: Runtime) -> None:
    weak = PassphraseHasher(Argon2Params(time_cost=1, memory_cost_kib=1024, parallelism=1))
    account_id = _sign_up(runtime)
    with runtime.database.unit_of_work() as session:
        AccountRepository(session, runtime.sealers(session)).set_passphrase_hash(
            account_id, weak.hash(GOOD), datetime.now(UTC)
        )
    runtime.sessions.log_in("velvet_otter", GOOD, address=None)
    with runtime.database.read() as session:
        found = AccountRepository(session, runtime.sealers(session)).credentials(account_id)
    assert found is not None
    assert "m=47104,t=2,p=1" in found.passphrase_hash


def test_staff_accounts_and_status(runtime: Runtime) -> None:
    user_id = _sign_up(runtime)
    admin = runtime.accounts.create_staff("admin_one", GOOD, Role.ADMIN)
    assert admin.role is Role.ADMIN
    with pytest.raises(InputError):
        runtime.accounts.create_staff("not_staff", GOOD, Role.USER)
    with pytest.raises(Conflict):
        runtime.accounts.create_staff("ADMIN_one", GOOD, Role.DPO)
    as_admin = Principal(admin.id, Role.ADMIN, uuid.uuid4(), TokenKind.SESSION)
    as_user = Principal(SubjectId(user_id), Role.USER, uuid.uuid4(), TokenKind.SESSION)
    with pytest.raises(PermissionDenied):
        runtime.accounts.set_status(as_user, admin.id, AccountStatus.SUSPENDED)
    with pytest.raises(NotFound):
        runtime.accounts.set_status(as_admin, uuid.uuid4(), AccountStatus.SUSPENDED)
    runtime.accounts.set_status(as_admin, user_id, AccountStatus.SUSPENDED)
    with pytest.raises(PermissionDenied):
        runtime.sessions.log_in("velvet_otter", GOOD, address=None)
    runtime.accounts.set_status(as_admin, user_id, AccountStatus.ACTIVE)
    runtime.sessions.log_in("velvet_otter", GOOD, address=None)


def test_staff_have_no_consents_and_were_created_by_the_cli(runtime: Runtime) -> None:
    staff = runtime.accounts.create_staff("dpo_one", GOOD, Role.DPO)
    assert runtime.consent.history(staff.id) == []
    with runtime.database.read() as session:
        record = session.execute(
            select(AuditRecord).where(AuditRecord.action == "account.create")
        ).scalar_one()
        assert (record.actor_kind, record.actor_id) == ("system", "cli")


def test_sign_up_needs_every_purpose(runtime: Runtime) -> None:
    request = SignUpRequest("velvet_otter", GOOD, AgeClaim(True), {Purpose.SERVICE: True})
    with pytest.raises(InputError) as caught:
        runtime.accounts.sign_up(request, address=None)
    assert caught.value.extra["missing"] == ["analytics", "model_training", "personalization"]


def test_suggestions_skip_taken_names(runtime: Runtime) -> None:
    suggestions = runtime.accounts.suggest_usernames(20)
    assert len(suggestions) == 20
    with pytest.raises(InputError):
        runtime.accounts.suggest_usernames(0)


def test_profile_of_a_deleted_account(runtime: Runtime) -> None:
    account_id = _sign_up(runtime)
    principal = Principal(SubjectId(account_id), Role.USER, uuid.uuid4(), TokenKind.SESSION)
    with runtime.database.unit_of_work() as session:
        assert AccountRepository(session, runtime.sealers(session)).delete_subject(account_id)
    with pytest.raises(AuthenticationRequired):
        runtime.accounts.profile(principal)


# consent ----------------------------------------------------------------------------------------


def test_require_purpose_is_the_gate(runtime: Runtime) -> None:
    subject = _sign_up(runtime, service=True)
    runtime.consent.require_purpose(subject, Purpose.SERVICE)
    for purpose in (Purpose.PERSONALIZATION, Purpose.ANALYTICS, Purpose.MODEL_TRAINING):
        with pytest.raises(ConsentRequired) as caught:
            runtime.consent.require_purpose(subject, purpose)
        assert caught.value.extra["purpose"] == purpose.value
    with runtime.database.read() as session:
        runtime.consent.require_purpose_in(session, subject, Purpose.SERVICE)


def test_require_purpose_fails_closed_for_unknown_subjects(runtime: Runtime) -> None:
    with pytest.raises(ConsentRequired):
        runtime.consent.require_purpose(uuid.uuid4(), Purpose.SERVICE)


def test_withdrawal_closes_the_gate_at_once(runtime: Runtime) -> None:
    subject = _sign_up(runtime, personalization=True)
    runtime.consent.require_purpose(subject, Purpose.PERSONALIZATION)
    runtime.consent.set(subject, Purpose.PERSONALIZATION, False, ConsentMethod.API)
    with pytest.raises(ConsentRequired):
        runtime.consent.require_purpose(subject, Purpose.PERSONALIZATION)


def test_training_eligibility_is_time_scoped(runtime: Runtime) -> None:
    subject = _sign_up(runtime)
    before = datetime.now(UTC)
    runtime.consent.set(subject, Purpose.MODEL_TRAINING, True, ConsentMethod.WEB)
    written = datetime.now(UTC)
    assert runtime.consent.allowed(subject, Purpose.MODEL_TRAINING, written)
    assert not runtime.consent.allowed(subject, Purpose.MODEL_TRAINING, before)
    runtime.consent.set(subject, Purpose.MODEL_TRAINING, False, ConsentMethod.WEB)
    runtime.consent.set(subject, Purpose.MODEL_TRAINING, True, ConsentMethod.WEB)
    assert not runtime.consent.allowed(subject, Purpose.MODEL_TRAINING, written)


def test_apply_gpc_only_withdraws_a_live_grant(runtime: Runtime) -> None:
    subject = _sign_up(runtime, analytics=True)
    assert runtime.consent.apply_gpc(subject) is True
    assert runtime.consent.apply_gpc(subject) is False
    assert not runtime.consent.state(subject).granted(Purpose.ANALYTICS)


def test_settings_of_unknown_subject(runtime: Runtime) -> None:
    with pytest.raises(NotFound):
        runtime.consent.settings(uuid.uuid4())


def test_settings_lookup(runtime: Runtime) -> None:
    subject = _sign_up(runtime)
    settings = runtime.consent.settings(subject)
    assert settings.retention == 90
    assert settings.incognito is False


def test_consent_events_cannot_be_updated(runtime: Runtime) -> None:
    _sign_up(runtime)
    with pytest.raises(DBAPIError), runtime.database.unit_of_work() as session:
        session.execute(text("UPDATE consent_events SET granted = true"))


def test_deleting_the_account_deletes_its_rows(runtime: Runtime) -> None:
    subject = _sign_up(runtime)
    runtime.sessions.log_in("velvet_otter", GOOD, address=None)
    with runtime.database.unit_of_work() as session:
        AccountRepository(session, runtime.sealers(session)).delete_subject(subject)
    with runtime.database.read() as session:
        for table in ("recovery_codes", "auth_tokens", "privacy_settings"):
            count = session.execute(
                text(f"SELECT count(*) FROM {table} WHERE account_id = :id"),  # noqa: S608
                {"id": subject.hex if runtime.database.dialect == "sqlite" else subject},
            ).scalar_one()
            assert count == 0, table
        assert session.execute(select(ConsentEventRow)).first() is None
        assert session.execute(select(AccountRow)).first() is None


def test_the_live_answer_matches_the_fold_of_the_whole_ledger(runtime: Runtime) -> None:
    subject = _sign_up(runtime)
    rng = random.Random(7)  # noqa: S311  (test data)
    for _ in range(40):
        purpose = rng.choice(list(Purpose))
        runtime.consent.set(subject, purpose, rng.random() < 0.5, ConsentMethod.API)
    live = {state.purpose: state.granted for state in runtime.consent.current(subject)}
    assert live == runtime.consent.state(subject).current()
    with runtime.database.read() as session:
        assert runtime.consent.live_in(session, subject) == live


class CountingHasher(PassphraseHasher):
    """A real (cheap) hasher that counts the verifications it performs."""

    def __init__(self) -> None:
        super().__init__(Argon2Params(time_cost=1, memory_cost_kib=8, parallelism=1))
        self.verified: list[str | None] = []

    def verify(self, stored: str | None, passphrase: str) -> bool:
        self.verified.append(stored)
        return super().verify(stored, passphrase)


def test_an_unknown_username_costs_the_same_verification_as_a_wrong_passphrase(
    runtime: Runtime,
) -> None:
    _sign_up(runtime)
    hasher = CountingHasher()
    sessions = SessionService(
        runtime.database,
        runtime.sealers,
        SecretHasher(runtime.blind_index),
        runtime.audit,
        hasher=hasher,
        throttle=Throttle(MemoryRateLimitStore(), ephemeral_keyer()),
        settings=runtime.settings.accounts,
    )
    for username in ("velvet_otter", "no_such_name"):
        with pytest.raises(InvalidCredentials):
            sessions.log_in(username, "not the passphrase", address=None)
    assert len(hasher.verified) == 2
    assert hasher.verified[0] is not None and hasher.verified[1] is None  # the dummy hash
