from __future__ import annotations

import pytest

from veil.domain.errors import InputError
from veil.domain.privacy import (
    KEEP,
    PrivacySettings,
    allowed_retention,
    check_retention,
    default_settings,
    effective_retention,
)


def test_without_a_cap_every_choice_and_keep() -> None:
    assert allowed_retention(None) == [1, 7, 30, 90, 365, "keep"]


@pytest.mark.parametrize(
    ("cap", "allowed"),
    [(365, [1, 7, 30, 90, 365]), (100, [1, 7, 30, 90]), (30, [1, 7, 30]), (1, [1])],
)
def test_a_cap_removes_longer_choices_and_keep(cap: int, allowed: list[int]) -> None:
    assert allowed_retention(cap) == allowed


def test_a_cap_below_the_shortest_choice_still_allows_one_day() -> None:
    assert allowed_retention(0) == [1]


@pytest.mark.parametrize("value", [1, 7, 30, 90, 365, "keep"])
def test_check_accepts_the_choices(value: int | str) -> None:
    assert check_retention(value, None) == value


@pytest.mark.parametrize("value", [2, 0, -1, "forever", None, True, 30.0, "30"])
def test_check_refuses_anything_else_listing_the_choices(value: object) -> None:
    with pytest.raises(InputError) as caught:
        check_retention(value, None)
    assert caught.value.extra["allowed"] == [1, 7, 30, 90, 365, "keep"]


def test_check_applies_the_cap() -> None:
    with pytest.raises(InputError):
        check_retention(KEEP, 90)
    with pytest.raises(InputError):
        check_retention(365, 90)
    assert check_retention(90, 90) == 90


@pytest.mark.parametrize(
    ("value", "cap", "expected"),
    [
        (KEEP, None, KEEP),
        (365, None, 365),
        (KEEP, 90, 90),
        (365, 30, 30),
        (7, 30, 7),
        (KEEP, 50, 30),
    ],
)
def test_effective_retention(value: int | str, cap: int | None, expected: int | str) -> None:
    assert effective_retention(value, cap) == expected  # type: ignore[arg-type]


def test_defaults() -> None:
    assert default_settings(90, None) == PrivacySettings(retention=90, incognito=False)
    assert default_settings(None, None) == PrivacySettings(retention=KEEP, incognito=False)
    assert default_settings(None, 30) == PrivacySettings(retention=30, incognito=False)
