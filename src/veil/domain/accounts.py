"""Account value types: status, token kinds, and what services hand to adapters.

Pure data: the accounts service builds these from repositories, adapters render them. None of
them carries a passphrase, a token secret or a hash, only ids, codes and times.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from veil.domain.ids import SubjectId
from veil.domain.roles import Role


class AccountStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"  # by support or an admin; sign-in refused, data kept


class TokenKind(StrEnum):
    SESSION = "session"  # from signing in; the web's cookie or a client's bearer token
    API = "api"  # a named, long-lived token made by a signed-in person


@dataclass(frozen=True, slots=True)
class Account:
    id: SubjectId
    username: str  # display form, decrypted for the owner only
    role: Role
    status: AccountStatus
    created_at: datetime


@dataclass(frozen=True, slots=True)
class AccountStatusView:
    """What staff see of an account: no username, nothing the person wrote."""

    id: SubjectId
    role: Role
    status: AccountStatus
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling: the result of authenticating a token. No username, no secret."""

    account_id: SubjectId
    role: Role
    token_id: uuid.UUID
    token_kind: TokenKind


@dataclass(frozen=True, slots=True)
class TokenInfo:
    id: uuid.UUID
    kind: TokenKind
    name: str | None
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    idle_expires_at: datetime


@dataclass(frozen=True, slots=True)
class IssuedToken:
    """A token as issued: ``secret`` is shown once and stored only as a keyed hash."""

    secret: str
    info: TokenInfo
    csrf_token: str


@dataclass(frozen=True, slots=True)
class SignUpResult:
    account: Account
    recovery_codes: list[str]  # shown once; stored only as keyed hashes
