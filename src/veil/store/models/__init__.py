"""Every table, by aggregate. Importing this package registers them on ``Base.metadata``."""

from veil.store.models.accounts import (
    AccountRow,
    AuthTokenRow,
    PrivacySettingsRow,
    RecoveryCodeRow,
)
from veil.store.models.audit import AuditCheckpoint, AuditRecord
from veil.store.models.chat import (
    ChatPreferencesRow,
    ConversationRow,
    MemoryFactRow,
    MessageRow,
    PersonaRow,
    StyleProfileRow,
)
from veil.store.models.consent import ConsentEventRow
from veil.store.models.keys import ErasureJournalEntry, SubjectKey
from veil.store.models.rights import ExportRow, ProcessingRestrictionRow, RightsRequestRow
from veil.store.models.system import InstanceInfo

__all__ = [
    "AuditRecord",
    "ErasureJournalEntry",
    "ExportRow",
    "InstanceInfo",
    "ProcessingRestrictionRow",
    "RightsRequestRow",
    "AccountRow",
    "AuditCheckpoint",
    "AuditRecord",
    "AuthTokenRow",
    "ChatPreferencesRow",
    "ConsentEventRow",
    "ConversationRow",
    "ErasureJournalEntry",
    "InstanceInfo",
    "MemoryFactRow",
    "MessageRow",
    "PersonaRow",
    "PrivacySettingsRow",
    "RecoveryCodeRow",
    "StyleProfileRow",
    "SubjectKey",
]
