"""Data categories (fideslang taxonomy keys, with Veil's extensions) used by the registry.

fideslang has no key for sex life, so chat content, which concerns it, is
``user.content.private`` extended with ``.special_category`` (GDPR Art. 9 data).
"""

from __future__ import annotations

from enum import StrEnum


class DataCategory(StrEnum):
    # user.* : data about a person
    USER_CONTENT_PRIVATE = "user.content.private"
    USER_CONTENT_SPECIAL = "user.content.private.special_category"  # Veil extension, Art. 9
    USER_ACCOUNT_USERNAME = "user.account.username"
    USER_AUTH_CREDENTIALS = "user.authorization.credentials"
    USER_BEHAVIOR = "user.behavior"
    USER_PREFERENCES = "user.behavior.preferences"  # Veil extension: style, settings
    USER_DEMOGRAPHIC_AGE = "user.demographic.age_range"
    USER_DEVICE_IP = "user.device.ip_address"
    USER_UNIQUE_ID_PSEUDONYMOUS = "user.unique_id.pseudonymous"
    # system.* : data about the installation, not about a person
    SYSTEM_OPERATIONS = "system.operations"
    SYSTEM_AUTHENTICATION = "system.authentication"

    @property
    def is_user_data(self) -> bool:
        return self.value.startswith("user.")

    @property
    def is_special(self) -> bool:
        """Special-category data (GDPR Art. 9): needs explicit consent."""
        return self is DataCategory.USER_CONTENT_SPECIAL


# Identifier categories that may be stored unencrypted (keys, foreign keys, lookups): random
# pseudonymous ids that say nothing about the person without the rest of the data.
PSEUDONYMOUS_IDS = frozenset({DataCategory.USER_UNIQUE_ID_PSEUDONYMOUS})
