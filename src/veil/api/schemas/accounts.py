"""Request and response bodies of the accounts, sessions and tokens endpoints."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool

from veil.domain.accounts import Account, AccountStatus, AccountStatusView, TokenInfo


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ConsentChoices(_In):
    """Every purpose, each explicitly true or false: nothing is pre-ticked."""

    service: StrictBool
    personalization: StrictBool
    analytics: StrictBool
    model_training: StrictBool


class SignUpIn(_In):
    username: str = Field(max_length=128, examples=["velvet_otter_4821"])
    passphrase: str = Field(max_length=1024)
    adult: StrictBool | None = Field(
        default=None, description="true: I confirm that I am 18 or older (required)"
    )
    consents: ConsentChoices
    age_evidence: dict[str, str] | None = Field(
        default=None, description="token of an age-verification provider, where one is configured"
    )


class AccountOut(BaseModel):
    id: uuid.UUID
    username: str
    role: str
    status: str
    created_at: datetime

    @classmethod
    def of(cls, account: Account) -> AccountOut:
        return cls(
            id=account.id,
            username=account.username,
            role=account.role.value,
            status=account.status.value,
            created_at=account.created_at,
        )


class AccountStatusOut(BaseModel):
    """What staff see of an account: no username, nothing the person wrote."""

    id: uuid.UUID
    role: str
    status: AccountStatus
    created_at: datetime
    updated_at: datetime

    @classmethod
    def of(cls, view: AccountStatusView) -> AccountStatusOut:
        return cls(
            id=view.id,
            role=view.role.value,
            status=view.status,
            created_at=view.created_at,
            updated_at=view.updated_at,
        )


class AccountStatusIn(_In):
    status: AccountStatus = Field(description="active, or suspended (sign-in refused, data kept)")


class SignUpOut(AccountOut):
    recovery_codes: list[str] = Field(description="shown once; keep them somewhere safe")


class SuggestionsOut(BaseModel):
    suggestions: list[str]


class RecoverIn(_In):
    username: str = Field(max_length=128)
    recovery_code: str = Field(max_length=64)
    new_passphrase: str = Field(max_length=1024)


class RecoverOut(BaseModel):
    recovery_codes_left: int


class LoginIn(_In):
    username: str = Field(max_length=128)
    passphrase: str = Field(max_length=1024)
    cookie: bool = Field(
        default=False,
        description="true (web UI): set an HttpOnly session cookie instead of returning the token",
    )


class TokenOut(BaseModel):
    id: uuid.UUID
    kind: Literal["session", "api"]
    name: str | None
    created_at: datetime
    last_used_at: datetime
    expires_at: datetime
    idle_expires_at: datetime
    current: bool = False

    @classmethod
    def of(cls, info: TokenInfo, current: uuid.UUID | None = None) -> TokenOut:
        return cls(
            id=info.id,
            kind=info.kind.value,
            name=info.name,
            created_at=info.created_at,
            last_used_at=info.last_used_at,
            expires_at=info.expires_at,
            idle_expires_at=info.idle_expires_at,
            current=info.id == current,
        )


class LoginOut(BaseModel):
    token: str | None = Field(description="the Bearer token; null when a cookie was set")
    csrf_token: str = Field(description="send as X-CSRF-Token on unsafe cookie requests")
    session: TokenOut


class TokenListOut(BaseModel):
    items: list[TokenOut]


class TokenCreateIn(_In):
    name: str = Field(max_length=64, examples=["my laptop"])
    expires_in_days: int | None = Field(default=None, ge=1, le=3650)


class TokenCreatedOut(BaseModel):
    token: str = Field(description="shown once")
    info: TokenOut


class RevokedOut(BaseModel):
    revoked: int


class PassphraseChangeIn(_In):
    current_passphrase: str = Field(max_length=1024)
    new_passphrase: str = Field(max_length=1024)


class PassphraseIn(_In):
    passphrase: str = Field(max_length=1024)


class RecoveryCodesOut(BaseModel):
    recovery_codes: list[str]
