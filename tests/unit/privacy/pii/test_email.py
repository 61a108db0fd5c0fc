from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("my email is jane.doe@example.com", "jane.doe@example.com"),
    ("write to JEN_X93@mail.example.net!", "JEN_X93@mail.example.net"),
    ("jane dot doe at gmail dot com", "jane dot doe at gmail dot com"),
    ("mail me: jane(at)example.com", "jane(at)example.com"),
    ("dan [at] example [dot] com pls", "dan [at] example [dot] com"),
    ("cami88 at gmail dot com", "cami88 at gmail dot com"),
    ("jane.doe (at) example.org", "jane.doe (at) example.org"),
]
NEGATIVE = [
    "look at google.com for it",
    "meet me at the cafe",
    "see you at 5 dot com boom",
    "i'm at home, dot",
    "email me later",
    "@ 5pm then",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_emails(text: str, expected: str) -> None:
    assert of_type(text, EntityType.EMAIL) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_near_misses_are_not_emails(text: str) -> None:
    assert of_type(text, EntityType.EMAIL) == []
