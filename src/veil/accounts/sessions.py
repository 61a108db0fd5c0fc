"""The sessions service: sign-in, sessions and named API tokens, and authenticating them.

Purpose: ``account`` (operational; needs no consent). Token secrets are shown once and
stored only as keyed hashes. Sessions and tokens expire when idle and at an absolute limit
(``accounts.*_idle_seconds`` / ``*_absolute_seconds``). Every change opens one unit of work,
appends its audit event in it and commits once; Argon2id runs outside any transaction.

Authenticated tokens are cached in this process (keyed by the token's keyed hash) for at most
``cache_seconds``: an entry dies at once when this process revokes a token, suspends or
erases an account or changes a passphrase (any update or delete of ``auth_tokens`` or
``accounts``, seen by ``Database.versions``), when the token expires, or when its last use is
due to be written. A change made by *another* process (a second API worker, the CLI) is seen
here within ``cache_seconds``; set it to 0 to read the database on every request.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from veil.accounts import usernames
from veil.accounts.auditing import record, subject_actor
from veil.accounts.limits import AccountLimits, Throttle
from veil.accounts.passwords import PassphraseHasher
from veil.accounts.tokens import SecretHasher, looks_like_token, new_token
from veil.audit.log import AuditLog
from veil.config import AccountSettings
from veil.domain.accounts import AccountStatus, IssuedToken, Principal, TokenInfo, TokenKind
from veil.domain.audit import AuditEvent, Outcome
from veil.domain.errors import (
    AuthenticationRequired,
    InputError,
    InvalidCredentials,
    NotFound,
    PermissionDenied,
)
from veil.domain.ids import SubjectId
from veil.domain.purposes import OperationalPurpose
from veil.store.base import utcnow
from veil.store.repos.accounts import (
    AccountRepository,
    Credentials,
    TokenRecord,
    TokenRepository,
)
from veil.store.sealed import SealerFactory
from veil.store.session import Database, UnitOfWork, VersionedCache

TOUCH_INTERVAL = timedelta(seconds=60)  # last use is written at most once a minute
CACHE_SECONDS = 2.0  # bound on how late another process's revocation is seen here
AUTH_TABLES = ("auth_tokens", "accounts")  # updates and deletes end cached entries
MAX_TOKEN_NAME = 64
WRONG_CREDENTIALS = "the username or the passphrase is wrong"


class SessionService:
    def __init__(
        self,
        database: Database,
        sealers: SealerFactory,
        secrets: SecretHasher,
        audit: AuditLog,
        *,
        hasher: PassphraseHasher,
        throttle: Throttle,
        settings: AccountSettings,
        clock: Callable[[], datetime] = utcnow,
        cache_seconds: float = CACHE_SECONDS,
    ) -> None:
        self._database, self._sealers, self._secrets = database, sealers, secrets
        self._audit, self._hasher, self._throttle = audit, hasher, throttle
        self._settings, self._clock = settings, clock
        self._limits = AccountLimits.from_settings(settings.rate_limit)
        self._cache: VersionedCache[bytes, TokenRecord] = VersionedCache(
            database.versions, AUTH_TABLES, max_age=cache_seconds
        )

    def refuse_throttled_address(self, address: str | None) -> None:
        """Raise ``RateLimited`` when ``address`` has used up its failed sign-ins.

        The cheap early answer for a flood from one client: adapters call it before reading
        the request body; ``log_in`` checks the same limit (and the username's) again."""
        if address:
            self._throttle.ensure_allowed((self._limits.login_addr, address))

    @property
    def throttle_is_local(self) -> bool:
        """True when the throttle's store is this process's memory (no I/O to ask it)."""
        return self._throttle.store.name == "memory"

    def log_in(self, username: str, passphrase: str, *, address: str | None) -> IssuedToken:
        """Check a username and passphrase and issue a session token.

        Unknown usernames and wrong passphrases get the same ``InvalidCredentials`` after the
        same Argon2id work. Failures count against the username (by its blind index) and the
        client address; ``RateLimited`` once either is used up, ``RateLimiterUnavailable``
        when the throttle's store is down. ``PermissionDenied`` for a suspended account.
        Audit: ``session.create``, or ``account.login`` denied for a wrong passphrase.
        """
        user_key = self._secrets.username(usernames.canonical(username)).hex()
        checks = [(self._limits.login_user, user_key)]
        if address:
            checks.append((self._limits.login_addr, address))
        self._throttle.ensure_allowed(*checks)
        found = self._credentials_by_index(bytes.fromhex(user_key))
        stored = found.passphrase_hash if found is not None else None
        # verify first, always: an unknown username must cost the same Argon2id work as a
        # wrong passphrase (``found is None or …`` would skip it and leak which names exist)
        matched = self._hasher.verify(stored, passphrase)
        if found is None or not matched:
            self._throttle.record(*checks)
            # Unknown usernames are audited too (without a subject), so both failures do
            # the same work and take the same time.
            self._deny(found.account_id if found is not None else None)
            raise InvalidCredentials(WRONG_CREDENTIALS)
        if found.status is not AccountStatus.ACTIVE:
            raise PermissionDenied("this account is suspended")
        rehash = None
        if self._hasher.needs_rehash(found.passphrase_hash):
            rehash = self._hasher.hash(passphrase)
        with self._database.unit_of_work() as session:
            if rehash is not None:
                AccountRepository(session, self._sealers(session)).set_passphrase_hash(
                    found.account_id, rehash, self._clock()
                )
            issued = self._issue(session, found.account_id, TokenKind.SESSION, None, None)
        self._throttle.clear(self._limits.login_user, user_key)
        return issued

    def _credentials_by_index(self, index: bytes) -> Credentials | None:
        with self._database.read() as session:
            return AccountRepository(session, self._sealers(session)).credentials_by_index(index)

    def create_api_token(
        self, principal: Principal, name: str, expires_in_days: int | None = None
    ) -> IssuedToken:
        """A named API token for the caller's account. Audit: ``token.create``.
        ``InputError`` for an empty or overlong name or a lifetime under a day."""
        cleaned = name.strip()
        if not 1 <= len(cleaned) <= MAX_TOKEN_NAME:
            raise InputError(f"a token name has 1 to {MAX_TOKEN_NAME} characters")
        if expires_in_days is not None and expires_in_days < 1:
            raise InputError("a token lives at least one day")
        with self._database.unit_of_work() as session:
            return self._issue(
                session, principal.account_id, TokenKind.API, cleaned, expires_in_days
            )

    def _issue(
        self,
        session: UnitOfWork,
        account_id: SubjectId,
        kind: TokenKind,
        name: str | None,
        days: int | None,
    ) -> IssuedToken:
        secret, now = new_token(kind), self._clock()
        lifetime = self._absolute(kind)
        if days is not None:
            lifetime = min(lifetime, timedelta(days=days))
        tokens = TokenRepository(session, self._sealers(session))
        tokens.delete_expired(account_id, now)
        token_id = tokens.add(
            account_id,
            kind,
            self._secrets.token(secret),
            name=name,
            at=now,
            expires_at=now + lifetime,
        )
        action = "session.create" if kind is TokenKind.SESSION else "token.create"
        record(
            self._audit,
            session,
            action,
            actor=subject_actor(account_id),
            subject=account_id,
            resource=f"token:{token_id}",
        )
        info = TokenInfo(token_id, kind, name, now, now, now + lifetime, now + self._idle(kind))
        return IssuedToken(secret, info, self._secrets.csrf(secret))

    def authenticate(self, secret: str) -> Principal:
        """Resolve a session or API token to its account, or raise ``AuthenticationRequired``.

        Expired tokens (idle or absolute) are deleted; a suspended account's tokens do not
        authenticate. Last use is written at most once a minute. No audit (every request).
        """
        if not looks_like_token(secret):
            raise AuthenticationRequired("sign in to continue")
        digest, now = self._secrets.token(secret), self._clock()
        cached = self._from_cache(digest, now)
        if cached is not None:
            return cached
        stamp = self._cache.stamp()
        with self._database.read() as session:
            found = TokenRepository(session, self._sealers(session)).by_hash(digest)
        if found is None:
            raise AuthenticationRequired("sign in to continue")
        expired = now >= found.expires_at or now - found.last_used_at >= self._idle(found.kind)
        if expired:
            with self._database.unit_of_work() as session:
                TokenRepository(session, self._sealers(session)).delete(found.account_id, found.id)
        if expired or found.status is not AccountStatus.ACTIVE:
            raise AuthenticationRequired("the session has ended; sign in again")
        if now - found.last_used_at >= TOUCH_INTERVAL:
            with self._database.unit_of_work() as session:
                TokenRepository(session, self._sealers(session)).touch(found.id, now)
        else:  # (a touch bumps the table's version: the next request reads it afresh)
            self._cache.put(digest, found, stamp)
        return Principal(found.account_id, found.role, found.id, found.kind)

    def authenticate_cached(self, secret: str) -> Principal | None:
        """``authenticate`` answered from this process's cache without I/O, or None when it
        needs the database (then call ``authenticate``; it raises what it must)."""
        if not looks_like_token(secret):
            return None
        return self._from_cache(self._secrets.token(secret), self._clock())

    def _from_cache(self, digest: bytes, now: datetime) -> Principal | None:
        found = self._cache.get(digest)
        # idle expiry and the last-use write both go through the database path
        if found is None or now >= found.expires_at or now - found.last_used_at >= TOUCH_INTERVAL:
            return None
        return Principal(found.account_id, found.role, found.id, found.kind)

    def csrf_matches(self, session_secret: str, candidate: str) -> bool:
        """True when ``candidate`` is the CSRF token of the cookie session ``session_secret``."""
        return self._secrets.csrf_matches(session_secret, candidate)

    def list_tokens(self, principal: Principal, kind: TokenKind | None = None) -> list[TokenInfo]:
        """The caller's own sessions and/or API tokens, newest first. No audit."""
        with self._database.read() as session:
            tokens = TokenRepository(session, self._sealers(session))
            found = tokens.list(principal.account_id, kind)
        return [replace(t, idle_expires_at=t.last_used_at + self._idle(t.kind)) for t in found]

    def revoke(
        self, principal: Principal, token_id: uuid.UUID, kind: TokenKind | None = None
    ) -> None:
        """Revoke one of the caller's own sessions or tokens (of ``kind``); ``NotFound`` for
        any other id, someone else's included. Audit: ``token.revoke``."""
        with self._database.unit_of_work() as session:
            tokens = TokenRepository(session, self._sealers(session))
            if not tokens.delete(principal.account_id, token_id, kind):
                raise NotFound("no such session or token")
            record(
                self._audit,
                session,
                "token.revoke",
                actor=subject_actor(principal.account_id),
                subject=principal.account_id,
                resource=f"token:{token_id}",
            )

    def log_out(self, principal: Principal) -> None:
        """End the session (or revoke the token) the caller used. Audit: ``token.revoke``."""
        self.revoke(principal, principal.token_id)

    def revoke_all(self, principal: Principal) -> int:
        """Revoke every session and token of the caller, this one included; returns the count.
        Audit: ``token.revoke_all``."""
        with self._database.unit_of_work() as session:
            tokens = TokenRepository(session, self._sealers(session))
            count = tokens.delete_all(principal.account_id)
            record(
                self._audit,
                session,
                "token.revoke_all",
                actor=subject_actor(principal.account_id),
                subject=principal.account_id,
                details={"count": count},
            )
        return count

    def _idle(self, kind: TokenKind) -> timedelta:
        s = self._settings
        seconds = s.session_idle_seconds if kind is TokenKind.SESSION else s.token_idle_seconds
        return timedelta(seconds=seconds)

    def _absolute(self, kind: TokenKind) -> timedelta:
        s = self._settings
        if kind is TokenKind.SESSION:
            return timedelta(seconds=s.session_absolute_seconds)
        return timedelta(seconds=s.token_absolute_seconds)

    def _deny(self, account_id: SubjectId | None) -> None:
        # the refusal is this transaction's only write, and the one a password-guessing run
        # repeats: the lean standalone append
        actor = subject_actor(account_id)
        event = AuditEvent(
            "account.login", actor, account_id, OperationalPurpose.ACCOUNT, outcome=Outcome.DENIED
        )
        self._audit.append_alone(self._database, event)
