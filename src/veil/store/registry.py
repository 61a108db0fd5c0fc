"""The data registry: every column of every table, declared once.

Each table is one ``table(...)`` entry in ``DECLARATIONS`` with one keyword per column::

    table("messages", Purpose.SERVICE, Retention.UNTIL_ERASURE,
          id=operational(), subject_id=subject_ref(),
          body=sealed(DataCategory.USER_CONTENT_SPECIAL))

``sealed`` columns hold ``store.sealed`` ciphertexts; ``blind_index`` columns hold keyed
HMAC digests; ``subject_ref`` columns hold random pseudonymous ids; ``operational`` columns
hold nothing about a person. ``problems(Base.metadata)`` (a test runs it) reports any table
column without a declaration, any declaration without a column, and any personal column that
is not protected. The privacy notice and the record of processing are generated from this.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import LargeBinary, MetaData

from veil.domain.categories import PSEUDONYMOUS_IDS, DataCategory
from veil.domain.purposes import OperationalPurpose, Purpose
from veil.domain.retention import Retention, RetentionRule, RuleKind

AnyPurpose = Purpose | OperationalPurpose


class Protection(StrEnum):
    SEALED = "sealed"  # AES-256-GCM under the subject's DEK (store.sealed)
    KEYED_HASH = "keyed_hash"  # HMAC-SHA256 under the index key (blind index)
    PSEUDONYMOUS_ID = "pseudonymous_id"  # a random id; only for PSEUDONYMOUS_IDS categories
    NONE = "none"  # not personal


@dataclass(frozen=True, slots=True)
class Field:
    """One column's declaration; purpose and retention default to the table's."""

    category: DataCategory
    personal: bool
    protection: Protection
    purpose: AnyPurpose | None = None
    retention: Retention | None = None

    @property
    def encrypted(self) -> bool:
        return self.protection is Protection.SEALED


@dataclass(frozen=True, slots=True)
class ColumnDeclaration:
    table: str
    column: str
    category: DataCategory
    personal: bool
    protection: Protection
    purpose: AnyPurpose
    retention: Retention

    @property
    def encrypted(self) -> bool:
        return self.protection is Protection.SEALED


@dataclass(frozen=True, slots=True)
class TableDeclaration:
    name: str
    columns: tuple[ColumnDeclaration, ...]


def sealed(
    category: DataCategory, *, purpose: AnyPurpose | None = None, retention: Retention | None = None
) -> Field:
    """Personal content, encrypted under the subject's data key."""
    return Field(category, True, Protection.SEALED, purpose, retention)


def blind_index(
    category: DataCategory, *, purpose: AnyPurpose | None = None, retention: Retention | None = None
) -> Field:
    """A keyed HMAC digest of a personal value, for lookups (e.g. username at login)."""
    return Field(category, True, Protection.KEYED_HASH, purpose, retention)


def subject_ref(*, purpose: AnyPurpose | None = None, retention: Retention | None = None) -> Field:
    """A pseudonymous subject/account id (primary or foreign key)."""
    return Field(
        DataCategory.USER_UNIQUE_ID_PSEUDONYMOUS,
        True,
        Protection.PSEUDONYMOUS_ID,
        purpose,
        retention,
    )


def operational(
    category: DataCategory = DataCategory.SYSTEM_OPERATIONS,
    *,
    purpose: AnyPurpose | None = None,
    retention: Retention | None = None,
) -> Field:
    """Not about a person: ids, timestamps, versions, counters, hashes of non-personal data."""
    return Field(category, False, Protection.NONE, purpose, retention)


def table(
    name: str, purpose: AnyPurpose, retention: Retention, /, **columns: Field
) -> TableDeclaration:
    """Declare ``name``'s columns; the table's purpose and retention are positional, so a
    column may itself be called ``purpose`` or ``retention``."""
    declared = tuple(
        ColumnDeclaration(
            table=name,
            column=column,
            category=field.category,
            personal=field.personal,
            protection=field.protection,
            purpose=field.purpose or purpose,
            retention=field.retention or retention,
        )
        for column, field in columns.items()
    )
    return TableDeclaration(name, declared)


_SECURITY, _LEGAL = OperationalPurpose.SECURITY, OperationalPurpose.LEGAL_OBLIGATION
_AUDIT = Retention.AUDIT_PERIOD
_ACCOUNT, _UNTIL_ERASURE = OperationalPurpose.ACCOUNT, Retention.UNTIL_ERASURE
_SERVICE, _PERSONAL = Purpose.SERVICE, Purpose.PERSONALIZATION
_KEEP, _SPECIAL = Retention.UNTIL_ERASURE, DataCategory.USER_CONTENT_SPECIAL

DECLARATIONS: tuple[TableDeclaration, ...] = (
    table("instance_info", _SECURITY, Retention.INSTALLATION,
          key=operational(), value=operational(), updated_at=operational()),
    table("subject_keys", _SECURITY, Retention.UNTIL_ERASURE,
          subject_id=subject_ref(),
          wrapped_dek=operational(DataCategory.SYSTEM_AUTHENTICATION),  # encrypted by the KEK
          kek_version=operational(), dek_version=operational(), created_at=operational()),
    table("erasure_journal", _LEGAL, Retention.PERMANENT,
          id=operational(), erased_at=operational(),
          subject_tag=blind_index(DataCategory.USER_UNIQUE_ID_PSEUDONYMOUS)),
    table("accounts", _ACCOUNT, _UNTIL_ERASURE,
          id=subject_ref(),
          username=sealed(DataCategory.USER_ACCOUNT_USERNAME),
          username_index=blind_index(DataCategory.USER_ACCOUNT_USERNAME),
          passphrase_hash=sealed(DataCategory.USER_AUTH_CREDENTIALS),  # Argon2id, then sealed
          role=operational(), status=operational(), age_method=operational(),
          created_at=operational(), updated_at=operational()),
    table("recovery_codes", _ACCOUNT, _UNTIL_ERASURE,
          id=operational(), account_id=subject_ref(),
          code_hash=blind_index(DataCategory.USER_AUTH_CREDENTIALS),
          used_at=operational(), created_at=operational()),
    table("auth_tokens", _ACCOUNT, Retention.SESSION,
          id=operational(), account_id=subject_ref(), kind=operational(),
          token_hash=blind_index(DataCategory.USER_AUTH_CREDENTIALS),
          name=sealed(DataCategory.USER_CONTENT_PRIVATE),
          created_at=operational(), last_used_at=operational(), expires_at=operational()),
    table("privacy_settings", _ACCOUNT, _UNTIL_ERASURE,
          account_id=subject_ref(),
          settings=sealed(DataCategory.USER_PREFERENCES),
          updated_at=operational()),
    table("consent_events", _LEGAL, _UNTIL_ERASURE,
          id=operational(), subject_id=subject_ref(), purpose=operational(),
          granted=operational(), notice_version=operational(), method=operational(),
          at=operational()),
    table("audit_log", _SECURITY, _AUDIT,
          seq=operational(), at=operational(), actor_kind=operational(),
          actor_id=subject_ref(), action=operational(), subject_id=subject_ref(),
          purpose=operational(), resource=operational(), outcome=operational(),
          details=operational(), prev_hash=operational(), hash=operational()),
    table("rights_requests", _LEGAL, Retention.REQUEST_REGISTER,
          id=operational(), subject_id=subject_ref(), kind=operational(),
          status=operational(), channel=operational(), jurisdiction=operational(),
          received_at=operational(), due_at=operational(), extended=operational(),
          completed_at=operational(), evidence=operational(), updated_at=operational()),
    table("rights_exports", _LEGAL, Retention.EXPIRES,
          id=operational(), subject_id=subject_ref(), request_id=operational(),
          status=operational(), progress_done=operational(), progress_total=operational(),
          file_key=sealed(DataCategory.SYSTEM_AUTHENTICATION),  # the export file's key
          size_bytes=operational(), created_at=operational(), finished_at=operational(),
          expires_at=operational(),
          token_hash=blind_index(DataCategory.SYSTEM_AUTHENTICATION),
          token_expires_at=operational(), downloaded_at=operational()),
    table("processing_restrictions", _LEGAL, Retention.UNTIL_ERASURE,
          subject_id=subject_ref(), restricted=operational(),
          training_objection=operational(), updated_at=operational()),
    table("audit_checkpoints", _SECURITY, _AUDIT,
          seq=operational(), hash=operational(), at=operational(), public_key=operational(),
          signature=operational()),
    # chat (issue 6): conversations are kept only under `service` consent; what the
    # companion adapts with only under `personalization`
    table("personas", _SERVICE, _KEEP,
          id=operational(), owner_id=subject_ref(), created_at=operational(),
          card=sealed(_SPECIAL), avatar=sealed(DataCategory.USER_CONTENT_PRIVATE)),
    table("conversations", _SERVICE, _KEEP,
          id=operational(), subject_id=subject_ref(),
          persona=sealed(DataCategory.USER_PREFERENCES),
          title=sealed(_SPECIAL), created_at=operational(), updated_at=operational()),
    table("messages", _SERVICE, _KEEP,
          id=operational(), conversation_id=operational(), subject_id=subject_ref(),
          turn=operational(), role=operational(), parent_id=operational(),
          active=operational(), content=sealed(_SPECIAL),
          created_at=operational(), edited_at=operational(), learned=operational()),
    table("memory_facts", _PERSONAL, _KEEP,
          id=operational(), subject_id=subject_ref(), fact=sealed(_SPECIAL),
          source=operational(), source_message_id=operational(),
          created_at=operational(), updated_at=operational()),
    table("style_profiles", _PERSONAL, _KEEP,
          subject_id=subject_ref(), profile=sealed(DataCategory.USER_PREFERENCES),
          updated_at=operational()),
    table("chat_preferences", _PERSONAL, _KEEP,
          subject_id=subject_ref(), preferences=sealed(_SPECIAL), updated_at=operational()),
)  # fmt: skip

# Enforceable retention rules (``veil retention run``), beside the declarations they apply to.
# Per-subject rules (message retention) are added by the tables they govern.
RETENTION_RULES: tuple[RetentionRule, ...] = (
    RetentionRule("rights_exports", "expires_at", RuleKind.EXPIRY),
    RetentionRule("auth_tokens", "expires_at", RuleKind.EXPIRY),  # sessions and API tokens
    RetentionRule("messages", "created_at", RuleKind.PER_SUBJECT),  # the user's choice, capped
)


class DataRegistry:
    """Lookup over the declarations."""

    def __init__(
        self,
        declarations: tuple[TableDeclaration, ...] = DECLARATIONS,
        rules: tuple[RetentionRule, ...] | None = None,
    ) -> None:
        if rules is None:  # the built-in rules go with the built-in declarations
            rules = RETENTION_RULES if declarations is DECLARATIONS else ()
        self.rules = rules
        self._columns: dict[tuple[str, str], ColumnDeclaration] = {}
        for declared_table in declarations:
            for column in declared_table.columns:
                key = (column.table, column.column)
                if key in self._columns:
                    raise ValueError(f"{column.table}.{column.column} is declared twice")
                self._columns[key] = column

    def __iter__(self) -> Iterator[ColumnDeclaration]:
        return iter(self._columns.values())

    def get(self, table_name: str, column: str) -> ColumnDeclaration | None:
        return self._columns.get((table_name, column))

    def is_sealed(self, table_name: str, column: str) -> bool:
        found = self.get(table_name, column)
        return found is not None and found.encrypted

    def tables(self) -> list[str]:
        return sorted({table_name for table_name, _ in self._columns})

    def subject_columns(self, table_name: str) -> list[str]:
        """The columns naming the table's data subject (declared ``subject_ref()``)."""
        return [
            c.column
            for c in self._columns.values()
            if c.table == table_name and c.protection is Protection.PSEUDONYMOUS_ID
        ]

    def table_retention(self, table_name: str) -> Retention | None:
        """The retention of the table's subject column(s): what erasure must honour."""
        for column in self.subject_columns(table_name):
            found = self._columns[(table_name, column)]
            return found.retention
        return None

    def problems(self, metadata: MetaData) -> list[str]:
        """Everything wrong between the tables and the declarations; empty when complete."""
        found: list[str] = []
        existing = set()
        for sa_table in metadata.sorted_tables:
            for sa_column in sa_table.columns:
                existing.add((sa_table.name, sa_column.name))
                declared = self.get(sa_table.name, sa_column.name)
                where = f"{sa_table.name}.{sa_column.name}"
                if declared is None:
                    found.append(f"{where}: not declared in store/registry.py")
                    continue
                found.extend(_rule_problems(where, declared))
                if declared.encrypted and not isinstance(sa_column.type, LargeBinary):
                    found.append(f"{where}: sealed column must be LargeBinary")
        found.extend(
            f"{t}.{c}: declared but no such column"
            for (t, c) in self._columns
            if (t, c) not in existing
        )
        found.extend(
            f"{rule.table}.{rule.clock_column}: retention rule on an undeclared column"
            for rule in self.rules
            if (rule.table, rule.clock_column) not in self._columns
        )
        return found


def _rule_problems(where: str, declared: ColumnDeclaration) -> list[str]:
    if declared.personal and declared.protection is Protection.NONE:
        return [f"{where}: personal column is not encrypted"]
    if (
        declared.protection is Protection.PSEUDONYMOUS_ID
        and declared.category not in PSEUDONYMOUS_IDS
    ):
        return [f"{where}: only pseudonymous ids may be stored as plain ids"]
    if not declared.personal and declared.category.is_user_data:
        return [f"{where}: a user.* category is personal"]
    return []
