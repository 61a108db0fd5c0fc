"""The accounts service: sign-up, staff accounts, passphrases, recovery and account status.

(Sign-in, sessions and API tokens are in ``sessions.py``.)

Purpose: ``account`` (operational, GDPR Art. 6(1)(b); needs no consent). Every method that
changes something opens one unit of work, appends its audit event in it and commits once.
Argon2id runs outside any transaction, so a slow hash never holds the database's write lock.
Errors: ``InputError`` (and ``WeakPassphrase``, ``AgeAttestationRequired``), ``Conflict``,
``InvalidCredentials``, ``AuthenticationRequired``, ``PermissionDenied``, ``NotFound``,
``RateLimited`` (``RateLimiterUnavailable`` when the throttle's store is down: fail closed).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from veil.accounts import usernames
from veil.accounts.age import AgeClaim, AgeVerifier
from veil.accounts.auditing import record, subject_actor
from veil.accounts.limits import AccountLimits, Throttle
from veil.accounts.passwords import PassphraseHasher, check_strength
from veil.accounts.tokens import RECOVERY_CODES_PER_ACCOUNT, SecretHasher, new_recovery_code
from veil.audit.log import AuditLog
from veil.config import AccountSettings
from veil.domain.accounts import (
    Account,
    AccountStatus,
    AccountStatusView,
    Principal,
    SignUpResult,
)
from veil.domain.audit import Actor, ActorKind, DetailValue, Outcome
from veil.domain.consent import ConsentEvent, ConsentMethod, consent_audit_event
from veil.domain.errors import (
    AuthenticationRequired,
    Conflict,
    InputError,
    InvalidCredentials,
    NotFound,
    PermissionDenied,
)
from veil.domain.ids import SubjectId, new_subject_id
from veil.domain.privacy import default_settings
from veil.domain.purposes import Purpose
from veil.domain.roles import STAFF_ROLES, Action, Role, require, require_status_change
from veil.store.base import utcnow
from veil.store.repos.accounts import (
    AccountRepository,
    NewAccount,
    PrivacySettingsRepository,
    RecoveryCodeRepository,
    TokenRepository,
)
from veil.store.repos.consent import ConsentRepository
from veil.store.sealed import SealerFactory
from veil.store.session import Database, UnitOfWork


@dataclass(frozen=True, slots=True)
class SignUpRequest:
    username: str
    passphrase: str
    age: AgeClaim
    consents: Mapping[Purpose, bool]  # every purpose, each explicitly true or false
    gpc: bool = False  # the request carried Sec-GPC: 1


class AccountsService:
    def __init__(
        self,
        database: Database,
        sealers: SealerFactory,
        secrets: SecretHasher,
        audit: AuditLog,
        *,
        hasher: PassphraseHasher,
        throttle: Throttle,
        age_verifier: AgeVerifier,
        settings: AccountSettings,
        notice_version: str,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._database, self._sealers, self._secrets = database, sealers, secrets
        self._audit, self._hasher, self._throttle = audit, hasher, throttle
        self._age, self._settings = age_verifier, settings
        self._notice_version, self._clock = notice_version, clock
        self._limits = AccountLimits.from_settings(settings.rate_limit)

    # sign-up ---------------------------------------------------------------------------------
    def suggest_usernames(self, count: int = 5) -> list[str]:
        """Random free usernames (``adjective_noun_NNNN``). Reads only; no audit."""
        if not 1 <= count <= 20:
            raise InputError("ask for 1 to 20 suggestions")
        candidates = usernames.suggest(count * 2)
        with self._database.read() as session:
            accounts = AccountRepository(session, self._sealers(session))
            free = [c for c in candidates if not accounts.username_taken(self._index(c))]
        return free[:count]

    def sign_up(self, request: SignUpRequest, *, address: str | None) -> SignUpResult:
        """Create a user account with its explicit initial consents and recovery codes.

        Audit: ``account.create`` and one ``consent.grant``/``consent.withdraw`` per purpose
        (plus a ``gpc`` withdrawal of analytics when the request carried Sec-GPC: 1).
        Raises ``InputError``, ``WeakPassphrase``, ``AgeAttestationRequired``, ``Conflict``
        (username taken) and ``RateLimited`` (too many sign-ups from one address).
        """
        name = usernames.normalise(request.username)
        check_strength(request.passphrase, [name.display, name.canonical])
        attestation = self._age.verify(request.age)
        missing = sorted(p.value for p in Purpose if p not in request.consents)
        if missing:
            raise InputError("every purpose needs an explicit choice", missing=missing)
        if address:
            self._throttle.ensure_allowed((self._limits.signup_addr, address))
            self._throttle.record((self._limits.signup_addr, address))
        new, codes = self._prepare(name, request.passphrase, Role.USER, attestation.method)
        with self._database.unit_of_work() as session:
            account = self._insert(session, new, codes, subject_actor(new.id))
            self._initial_consents(session, new.id, request)
        return SignUpResult(account, codes)

    def create_staff(self, username: str, passphrase: str, role: Role) -> Account:
        """Create a support, dpo or admin account: the only way staff accounts come to be
        (``veil admin create``). Audit: ``account.create`` by the system actor ``cli``."""
        if role not in STAFF_ROLES:
            raise InputError("staff accounts have the support, dpo or admin role")
        name = usernames.normalise(username)
        check_strength(passphrase, [name.display, name.canonical])
        new, codes = self._prepare(name, passphrase, role, "staff")
        with self._database.unit_of_work() as session:
            return self._insert(session, new, codes, Actor.system("cli"))

    def _prepare(
        self, name: usernames.Username, passphrase: str, role: Role, age_method: str
    ) -> tuple[NewAccount, list[str]]:
        index = self._index(name.canonical)
        with self._database.read() as session:
            if AccountRepository(session, self._sealers(session)).username_taken(index):
                raise Conflict("this username is taken")
        hashed = self._hasher.hash(passphrase)
        codes = [new_recovery_code() for _ in range(RECOVERY_CODES_PER_ACCOUNT)]
        account_id, now = new_subject_id(), self._clock()
        return NewAccount(account_id, name.display, index, hashed, role, age_method, now), codes

    def _insert(
        self, session: UnitOfWork, new: NewAccount, codes: list[str], actor: Actor
    ) -> Account:
        sealer = self._sealers(session)
        account = AccountRepository(session, sealer).add(new)
        hashes = [self._secrets.recovery_code(new.id, code) for code in codes]
        RecoveryCodeRepository(session).replace(new.id, hashes, new.at)
        defaults = default_settings(
            self._settings.default_retention_days, self._settings.max_retention_days
        )
        PrivacySettingsRepository(session, sealer).put(new.id, defaults, new.at)
        details = {"role": new.role.value, "age_method": new.age_method}
        record(self._audit, session, "account.create", actor=actor, subject=new.id, details=details)
        return account

    def _initial_consents(
        self, session: UnitOfWork, subject: SubjectId, request: SignUpRequest
    ) -> None:
        ledger, now, notice = ConsentRepository(session), self._clock(), self._notice_version
        events = [
            ConsentEvent(subject, p, request.consents[p], notice, ConsentMethod.SIGNUP, now)
            for p in Purpose
        ]
        if request.gpc and request.consents[Purpose.ANALYTICS]:
            gpc = ConsentEvent(subject, Purpose.ANALYTICS, False, notice, ConsentMethod.GPC, now)
            events.append(gpc)
        for event in events:
            ledger.append(event)
            self._audit.append(session, consent_audit_event(event))

    # passphrases and recovery -------------------------------------------------------------------
    def change_passphrase(self, principal: Principal, current: str, new: str) -> None:
        """Change the passphrase; every other session and token of the account is revoked.

        A wrong ``current`` counts against the account's sign-in limit, so a stolen session
        cannot guess at leisure (``InvalidCredentials``, then ``RateLimited``). The new one
        must pass ``check_strength`` (``WeakPassphrase``). Audit: ``account.passphrase_change``.
        """
        account = self._verify_current(principal, current)
        check_strength(new, [account.username])
        hashed = self._hasher.hash(new)
        with self._database.unit_of_work() as session:
            AccountRepository(session, self._sealers(session)).set_passphrase_hash(
                principal.account_id, hashed, self._clock()
            )
            tokens = TokenRepository(session, self._sealers(session))
            count = tokens.delete_all(principal.account_id, keep=principal.token_id)
            record(
                self._audit,
                session,
                "account.passphrase_change",
                actor=subject_actor(principal.account_id),
                subject=principal.account_id,
                details={"revoked": count},
            )

    def recover(self, username: str, code: str, new_passphrase: str, *, address: str | None) -> int:
        """Use a recovery code to set a new passphrase; every session and token is revoked.

        Returns how many unused codes remain. Unknown usernames and wrong codes get the same
        ``InvalidCredentials``; failures count per username and per address (``RateLimited``).
        The new passphrase is checked (``WeakPassphrase``) before a code is spent.
        Audit: ``account.recover``.
        """
        user_key = self._index(usernames.canonical(username)).hex()
        checks = [(self._limits.recover_user, user_key)]
        if address:
            checks.append((self._limits.login_addr, address))
        self._throttle.ensure_allowed(*checks)
        check_strength(new_passphrase, [username])
        hashed = self._hasher.hash(new_passphrase)  # before the lookup: same cost either way
        with self._database.unit_of_work() as session:
            left = self._spend_code(session, bytes.fromhex(user_key), code, hashed)
        if left is None:
            self._throttle.record(*checks)
            raise InvalidCredentials("the username or the recovery code is wrong")
        return left

    def _spend_code(self, session: UnitOfWork, index: bytes, code: str, hashed: str) -> int | None:
        accounts = AccountRepository(session, self._sealers(session))
        found = accounts.credentials_by_index(index)
        if found is None:
            return None
        codes, now = RecoveryCodeRepository(session), self._clock()
        if not codes.consume(
            found.account_id, self._secrets.recovery_code(found.account_id, code), now
        ):
            return None
        accounts.set_passphrase_hash(found.account_id, hashed, now)
        revoked = TokenRepository(session, self._sealers(session)).delete_all(found.account_id)
        left = codes.remaining(found.account_id)
        record(
            self._audit,
            session,
            "account.recover",
            actor=subject_actor(found.account_id),
            subject=found.account_id,
            details={"revoked": revoked, "codes_left": left},
        )
        return left

    def regenerate_recovery_codes(self, principal: Principal, passphrase: str) -> list[str]:
        """Replace every recovery code with ten new ones (shown once), after checking the
        passphrase (``InvalidCredentials``). Audit: ``account.recovery_codes``."""
        self._verify_current(principal, passphrase)
        codes = [new_recovery_code() for _ in range(RECOVERY_CODES_PER_ACCOUNT)]
        hashes = [self._secrets.recovery_code(principal.account_id, c) for c in codes]
        with self._database.unit_of_work() as session:
            RecoveryCodeRepository(session).replace(principal.account_id, hashes, self._clock())
            record(
                self._audit,
                session,
                "account.recovery_codes",
                actor=subject_actor(principal.account_id),
                subject=principal.account_id,
                details={"count": len(codes)},
            )
        return codes

    def reauthenticate(self, principal: Principal, passphrase: str) -> None:
        """Check the caller's passphrase again before a destructive step (account erasure).
        ``InvalidCredentials`` (throttled, audited as denied) when it is wrong."""
        self._verify_current(principal, passphrase)

    def _verify_current(self, principal: Principal, passphrase: str) -> Account:
        limit = (self._limits.login_user, principal.account_id.hex)
        self._throttle.ensure_allowed(limit)
        with self._database.read() as session:
            accounts = AccountRepository(session, self._sealers(session))
            found = accounts.credentials(principal.account_id)
            account = accounts.get(principal.account_id)
        if found is None or account is None:
            raise AuthenticationRequired("sign in to continue")
        if not self._hasher.verify(found.passphrase_hash, passphrase):
            self._throttle.record(limit)
            with self._database.unit_of_work() as session:
                record(
                    self._audit,
                    session,
                    "account.reauthenticate",
                    actor=subject_actor(principal.account_id),
                    subject=principal.account_id,
                    outcome=Outcome.DENIED,
                )
            raise InvalidCredentials("the passphrase is wrong")
        return account

    # profile and status -----------------------------------------------------------------------
    def profile(self, principal: Principal) -> Account:
        """The caller's own account, username decrypted. Reads only; no audit."""
        with self._database.read() as session:
            account = AccountRepository(session, self._sealers(session)).get(principal.account_id)
        if account is None:
            raise AuthenticationRequired("sign in to continue")
        return account

    def status_of(self, actor: Principal, account_id: uuid.UUID) -> AccountStatusView:
        """An account's role, status and times for staff (``view_account_status``; else
        ``PermissionDenied``); no username. ``NotFound`` for an unknown id. Audit:
        ``account.status.view`` by the staff actor (it shows in the person's export)."""
        require(actor.role, Action.VIEW_ACCOUNT_STATUS)
        with self._database.unit_of_work() as session:
            view = AccountRepository(session, self._sealers(session)).status_view(account_id)
            if view is None:
                raise NotFound("no such account")
            self._by_staff(session, actor, "account.status.view", account_id)
        return view

    def set_status(
        self, actor: Principal, account_id: uuid.UUID, status: AccountStatus
    ) -> AccountStatusView:
        """Suspend or reactivate an account (roles with ``change_account_status``; else
        ``PermissionDenied``). Only an admin may change a staff account's status, and nobody
        their own (a support agent could otherwise lock out the admins, or free
        themselves). Suspending revokes every token. ``NotFound`` for an unknown id. Audit:
        ``account.status`` by the staff actor."""
        require(actor.role, Action.CHANGE_ACCOUNT_STATUS)
        if actor.account_id == account_id:
            raise PermissionDenied("staff may not change the status of their own account")
        with self._database.unit_of_work() as session:
            accounts = AccountRepository(session, self._sealers(session))
            target = accounts.status_view(account_id)
            if target is None:
                raise NotFound("no such account")
            require_status_change(actor.role, target.role)
            now = self._clock()
            accounts.set_status(account_id, status, now)
            if status is not AccountStatus.ACTIVE:
                TokenRepository(session, self._sealers(session)).delete_all(account_id)
            details: dict[str, DetailValue] = {"status": status.value}
            self._by_staff(session, actor, "account.status", account_id, details)
        return replace(target, status=status, updated_at=now)

    def _by_staff(
        self,
        session: UnitOfWork,
        actor: Principal,
        action: str,
        account_id: uuid.UUID,
        details: dict[str, DetailValue] | None = None,
    ) -> None:
        staff = Actor(ActorKind.STAFF, str(actor.account_id))
        record(self._audit, session, action, actor=staff, subject=account_id, details=details)

    def _index(self, canonical: str) -> bytes:
        return self._secrets.username(canonical)
