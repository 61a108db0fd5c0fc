"""Accounts, their credentials, sessions and API tokens, and privacy settings.

Nothing here is readable without a key: the username, the passphrase hash (Argon2id, then
sealed, so an offline attack needs the KEK too), token names and settings are sealed under
the account's DEK; the username lookup, recovery codes and token secrets are keyed HMACs
under the index key.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from veil.store.base import Base, utcnow


def _account_fk() -> ForeignKey:
    return ForeignKey("accounts.id", ondelete="CASCADE")


class AccountRow(Base):
    __tablename__ = "accounts"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the subject id
    username: Mapped[bytes] = mapped_column(LargeBinary)  # sealed display form
    username_index: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    passphrase_hash: Mapped[bytes] = mapped_column(LargeBinary)  # sealed Argon2id PHC string
    role: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    age_method: Mapped[str] = mapped_column(String(32))  # how 18+ was established
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class RecoveryCodeRow(Base):
    __tablename__ = "recovery_codes"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(_account_fk(), index=True)
    code_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    used_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AuthTokenRow(Base):
    """A session or a named API token; the secret is stored only as a keyed hash."""

    __tablename__ = "auth_tokens"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    account_id: Mapped[uuid.UUID] = mapped_column(_account_fk(), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    token_hash: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    name: Mapped[bytes | None] = mapped_column(LargeBinary)  # sealed; API tokens only
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]


class PrivacySettingsRow(Base):
    __tablename__ = "privacy_settings"

    account_id: Mapped[uuid.UUID] = mapped_column(_account_fk(), primary_key=True)
    settings: Mapped[bytes] = mapped_column(LargeBinary)  # sealed JSON
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
