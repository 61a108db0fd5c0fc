"""Every table, by aggregate. Importing this package registers them on ``Base.metadata``."""

from veil.store.models.system import InstanceInfo

__all__ = ["InstanceInfo"]
