"""Every table, by aggregate. Importing this package registers them on ``Base.metadata``."""

from veil.store.models.audit import AuditRecord
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
    "SubjectKey",
]
