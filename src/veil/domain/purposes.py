"""Processing purposes a person can consent to, and the fideslang data use of each.

``service`` is the purpose of keeping data so the product works for the person; the others
are opt-in extras. Operational purposes that need no consent (security, legal obligation)
are in ``OPERATIONAL`` and never appear in a consent ledger.
"""

from __future__ import annotations

from enum import StrEnum


class Purpose(StrEnum):
    SERVICE = "service"
    PERSONALIZATION = "personalization"
    ANALYTICS = "analytics"
    MODEL_TRAINING = "model_training"


# fideslang data uses (taxonomy keys) for each consent purpose.
DATA_USE: dict[Purpose, str] = {
    Purpose.SERVICE: "essential.service",
    Purpose.PERSONALIZATION: "personalize.content",
    Purpose.ANALYTICS: "analytics.reporting",
    Purpose.MODEL_TRAINING: "functional.service.improve",
}

DESCRIPTION: dict[Purpose, str] = {
    Purpose.SERVICE: "Keep my conversations so I can continue them.",
    Purpose.PERSONALIZATION: "Adapt to my style and remember what I ask the companion to remember.",
    Purpose.ANALYTICS: "Record behavioural events to improve the product.",
    Purpose.MODEL_TRAINING: "Use my messages, anonymized, to train models.",
}


class OperationalPurpose(StrEnum):
    """Processing that rests on a legal basis other than consent."""

    SECURITY = "security"  # essential.service.security: rate limits, audit
    LEGAL_OBLIGATION = "legal_obligation"  # essential.legal: request register, erasure journal
    ACCOUNT = "account"  # essential.service.authentication: sign-in


OPERATIONAL_DATA_USE: dict[OperationalPurpose, str] = {
    OperationalPurpose.SECURITY: "essential.service.security",
    OperationalPurpose.LEGAL_OBLIGATION: "essential.legal",
    OperationalPurpose.ACCOUNT: "essential.service.authentication",
}
