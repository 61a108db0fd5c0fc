"""Privacy settings: message retention choices and the incognito preference.

Retention is one of ``RETENTION_CHOICES`` days, or ``KEEP`` (no time limit). An operator may
cap it with a platform maximum (``accounts.max_retention_days``): choices above the cap, and
``KEEP``, are then not offered, and a stored choice above the cap is read as the cap.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from veil.domain.errors import InputError

KEEP: Final = "keep"
RETENTION_CHOICES: tuple[int, ...] = (1, 7, 30, 90, 365)

Retention = int | Literal["keep"]


def allowed_retention(platform_max_days: int | None) -> list[Retention]:
    """The choices a person may pick under the platform cap, shortest first."""
    if platform_max_days is None:
        return [*RETENTION_CHOICES, KEEP]
    return [d for d in RETENTION_CHOICES if d <= _cap(platform_max_days)]


def _cap(platform_max_days: int) -> int:
    """The longest choice within the platform maximum (the shortest if none is)."""
    within = [d for d in RETENTION_CHOICES if d <= platform_max_days]
    return max(within) if within else min(RETENTION_CHOICES)


def check_retention(value: object, platform_max_days: int | None) -> Retention:
    """Return ``value`` if allowed, else raise ``InputError`` listing the allowed choices."""
    allowed = allowed_retention(platform_max_days)
    for choice in allowed:
        if value == choice and type(value) is type(choice):
            return choice
    raise InputError("retention must be one of the allowed choices", allowed=allowed)


def effective_retention(value: Retention, platform_max_days: int | None) -> Retention:
    """A stored choice, capped by the current platform maximum."""
    if platform_max_days is None:
        return value
    cap = _cap(platform_max_days)
    if isinstance(value, str):
        return cap
    return min(value, cap)


@dataclass(frozen=True, slots=True)
class PrivacySettings:
    retention: Retention
    incognito: bool


def default_settings(default_days: int | None, platform_max_days: int | None) -> PrivacySettings:
    """A new account's settings: the operator's default, capped; incognito off."""
    chosen: Retention = KEEP if default_days is None else default_days
    return PrivacySettings(
        retention=effective_retention(chosen, platform_max_days), incognito=False
    )
