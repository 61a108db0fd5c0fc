"""Accounts, recovery codes, sessions/API tokens and privacy settings. Never commits.

Sealing happens here, at the repository boundary, where the row id and the subject are
known; callers pass and get plaintext domain values.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from veil.domain.accounts import Account, AccountStatus, AccountStatusView, TokenInfo, TokenKind
from veil.domain.errors import Conflict
from veil.domain.ids import SubjectId, uuid7
from veil.domain.privacy import PrivacySettings, Retention
from veil.domain.roles import Role
from veil.store.models.accounts import (
    AccountRow,
    AuthTokenRow,
    PrivacySettingsRow,
    RecoveryCodeRow,
)
from veil.store.sealed import Sealer


@dataclass(frozen=True, slots=True)
class Credentials:
    account_id: SubjectId
    role: Role
    status: AccountStatus
    passphrase_hash: str


@dataclass(frozen=True, slots=True)
class NewAccount:
    id: SubjectId
    username: str
    username_index: bytes
    passphrase_hash: str
    role: Role
    age_method: str
    at: datetime


class AccountRepository:
    def __init__(self, session: Session, sealer: Sealer) -> None:
        self._session = session
        self._sealer = sealer

    def username_taken(self, username_index: bytes) -> bool:
        query = select(AccountRow.id).where(AccountRow.username_index == username_index)
        return self._session.execute(query).first() is not None

    def add(self, new: NewAccount) -> Account:
        """Insert an account; ``Conflict`` if the username is taken (even by a racer)."""
        seal = self._sealer.seal_str
        row = AccountRow(
            id=new.id,
            username=seal(new.id, AccountRow.username, new.id, new.username),
            username_index=new.username_index,
            passphrase_hash=seal(new.id, AccountRow.passphrase_hash, new.id, new.passphrase_hash),
            role=new.role.value,
            status=AccountStatus.ACTIVE.value,
            age_method=new.age_method,
            created_at=new.at,
            updated_at=new.at,
        )
        self._session.add(row)
        try:
            self._session.flush()
        except IntegrityError as exc:
            raise Conflict("this username is taken") from exc
        return Account(new.id, new.username, new.role, AccountStatus.ACTIVE, new.at)

    def get(self, account_id: uuid.UUID) -> Account | None:
        row = self._session.get(AccountRow, account_id)
        if row is None:
            return None
        username = self._sealer.open_str(row.id, AccountRow.username, row.id, row.username)
        return Account(
            SubjectId(row.id), username, Role(row.role), AccountStatus(row.status), row.created_at
        )

    def status_view(self, account_id: uuid.UUID) -> AccountStatusView | None:
        """The account's role, status and times; opens nothing sealed."""
        row = self._session.get(AccountRow, account_id)
        if row is None:
            return None
        return AccountStatusView(
            SubjectId(row.id),
            Role(row.role),
            AccountStatus(row.status),
            row.created_at,
            row.updated_at,
        )

    def credentials_by_index(self, username_index: bytes) -> Credentials | None:
        query = select(AccountRow).where(AccountRow.username_index == username_index)
        row = self._session.execute(query).scalar_one_or_none()
        return None if row is None else self._credentials(row)

    def credentials(self, account_id: uuid.UUID) -> Credentials | None:
        row = self._session.get(AccountRow, account_id)
        return None if row is None else self._credentials(row)

    def _credentials(self, row: AccountRow) -> Credentials:
        hashed = self._sealer.open_str(
            row.id, AccountRow.passphrase_hash, row.id, row.passphrase_hash
        )
        return Credentials(SubjectId(row.id), Role(row.role), AccountStatus(row.status), hashed)

    def set_passphrase_hash(self, account_id: uuid.UUID, hashed: str, at: datetime) -> None:
        sealed = self._sealer.seal_str(account_id, AccountRow.passphrase_hash, account_id, hashed)
        self._update(account_id, passphrase_hash=sealed, updated_at=at)

    def set_status(self, account_id: uuid.UUID, status: AccountStatus, at: datetime) -> None:
        self._update(account_id, status=status.value, updated_at=at)

    def _update(self, account_id: uuid.UUID, **values: Any) -> None:
        self._session.execute(
            update(AccountRow).where(AccountRow.id == account_id).values(**values)
        )

    def delete_subject(self, account_id: uuid.UUID) -> bool:
        """Delete the account; its codes, tokens, settings and consent events go with it
        (ON DELETE CASCADE). True if there was one."""
        result = self._session.execute(delete(AccountRow).where(AccountRow.id == account_id))
        return bool(getattr(result, "rowcount", 0))


class RecoveryCodeRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def replace(self, account_id: uuid.UUID, code_hashes: list[bytes], at: datetime) -> None:
        self._session.execute(
            delete(RecoveryCodeRow).where(RecoveryCodeRow.account_id == account_id)
        )
        self._session.add_all(
            RecoveryCodeRow(id=uuid7(), account_id=account_id, code_hash=h, created_at=at)
            for h in code_hashes
        )
        self._session.flush()

    def consume(self, account_id: uuid.UUID, code_hash: bytes, at: datetime) -> bool:
        """Mark an unused code used; False if there is no such unused code."""
        result = self._session.execute(
            update(RecoveryCodeRow)
            .where(
                RecoveryCodeRow.account_id == account_id,
                RecoveryCodeRow.code_hash == code_hash,
                RecoveryCodeRow.used_at.is_(None),
            )
            .values(used_at=at)
        )
        return bool(getattr(result, "rowcount", 0))

    def remaining(self, account_id: uuid.UUID) -> int:
        query = select(func.count()).where(
            RecoveryCodeRow.account_id == account_id, RecoveryCodeRow.used_at.is_(None)
        )
        return int(self._session.scalar(query) or 0)


@dataclass(frozen=True, slots=True)
class TokenRecord:
    id: uuid.UUID
    account_id: SubjectId
    kind: TokenKind
    last_used_at: datetime
    expires_at: datetime
    role: Role
    status: AccountStatus


class TokenRepository:
    def __init__(self, session: Session, sealer: Sealer) -> None:
        self._session = session
        self._sealer = sealer

    def add(
        self,
        account_id: uuid.UUID,
        kind: TokenKind,
        token_hash: bytes,
        *,
        name: str | None,
        at: datetime,
        expires_at: datetime,
    ) -> uuid.UUID:
        token_id = uuid7()
        sealed_name = (
            None
            if name is None
            else self._sealer.seal_str(account_id, AuthTokenRow.name, token_id, name)
        )
        self._session.add(
            AuthTokenRow(
                id=token_id,
                account_id=account_id,
                kind=kind.value,
                token_hash=token_hash,
                name=sealed_name,
                created_at=at,
                last_used_at=at,
                expires_at=expires_at,
            )
        )
        self._session.flush()
        return token_id

    def by_hash(self, token_hash: bytes) -> TokenRecord | None:
        """The token and its account's role and status, in one query."""
        query = (
            select(AuthTokenRow, AccountRow.role, AccountRow.status)
            .join(AccountRow, AccountRow.id == AuthTokenRow.account_id)
            .where(AuthTokenRow.token_hash == token_hash)
        )
        found = self._session.execute(query).first()
        if found is None:
            return None
        row, role, status = found
        return TokenRecord(
            row.id,
            SubjectId(row.account_id),
            TokenKind(row.kind),
            row.last_used_at,
            row.expires_at,
            Role(role),
            AccountStatus(status),
        )

    def touch(self, token_id: uuid.UUID, at: datetime) -> None:
        self._session.execute(
            update(AuthTokenRow).where(AuthTokenRow.id == token_id).values(last_used_at=at)
        )

    def list(self, account_id: uuid.UUID, kind: TokenKind | None = None) -> list[TokenInfo]:
        """The account's tokens, newest first; ``idle_expires_at`` is filled by the caller."""
        query = select(AuthTokenRow).where(AuthTokenRow.account_id == account_id)
        if kind is not None:
            query = query.where(AuthTokenRow.kind == kind.value)
        rows = self._session.execute(query.order_by(AuthTokenRow.id.desc())).scalars()
        return [self._info(row) for row in rows]

    def _info(self, row: AuthTokenRow) -> TokenInfo:
        name = (
            None
            if row.name is None
            else self._sealer.open_str(row.account_id, AuthTokenRow.name, row.id, row.name)
        )
        return TokenInfo(
            row.id,
            TokenKind(row.kind),
            name,
            row.created_at,
            row.last_used_at,
            row.expires_at,
            row.expires_at,
        )

    def delete(
        self, account_id: uuid.UUID, token_id: uuid.UUID, kind: TokenKind | None = None
    ) -> bool:
        """Delete one of the account's tokens (of ``kind``); False if it has no such token."""
        query = delete(AuthTokenRow).where(
            AuthTokenRow.account_id == account_id, AuthTokenRow.id == token_id
        )
        if kind is not None:
            query = query.where(AuthTokenRow.kind == kind.value)
        return bool(getattr(self._session.execute(query), "rowcount", 0))

    def delete_all(self, account_id: uuid.UUID, *, keep: uuid.UUID | None = None) -> int:
        query = delete(AuthTokenRow).where(AuthTokenRow.account_id == account_id)
        if keep is not None:
            query = query.where(AuthTokenRow.id != keep)
        return int(getattr(self._session.execute(query), "rowcount", 0))

    def delete_expired(self, account_id: uuid.UUID, now: datetime) -> int:
        query = delete(AuthTokenRow).where(
            AuthTokenRow.account_id == account_id, AuthTokenRow.expires_at <= now
        )
        return int(getattr(self._session.execute(query), "rowcount", 0))


class PrivacySettingsRepository:
    def __init__(self, session: Session, sealer: Sealer) -> None:
        self._session = session
        self._sealer = sealer

    def get(self, account_id: uuid.UUID) -> PrivacySettings | None:
        row = self._session.get(PrivacySettingsRow, account_id)
        if row is None:
            return None
        data = self._sealer.open_json(
            account_id, PrivacySettingsRow.settings, account_id, row.settings
        )
        retention: Retention = data["retention"]
        return PrivacySettings(retention=retention, incognito=bool(data["incognito"]))

    def put(self, account_id: uuid.UUID, settings: PrivacySettings, at: datetime) -> None:
        sealed = self._sealer.seal_json(
            account_id,
            PrivacySettingsRow.settings,
            account_id,
            {"retention": settings.retention, "incognito": settings.incognito},
        )
        row = self._session.get(PrivacySettingsRow, account_id)
        if row is None:
            self._session.add(
                PrivacySettingsRow(account_id=account_id, settings=sealed, updated_at=at)
            )
        else:
            row.settings, row.updated_at = sealed, at
        self._session.flush()
