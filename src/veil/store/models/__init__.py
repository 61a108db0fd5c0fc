"""Every table, by aggregate. Importing this package registers them on ``Base.metadata``."""

from veil.store.models.audit import AuditCheckpoint, AuditRecord
from veil.store.models.keys import ErasureJournalEntry, SubjectKey
from veil.store.models.system import InstanceInfo

__all__ = ["AuditCheckpoint", "AuditRecord", "ErasureJournalEntry", "InstanceInfo", "SubjectKey"]
