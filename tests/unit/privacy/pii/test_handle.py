from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("@jen_x on insta", "@jen_x"),
    ("snap: jen.x", "jen.x"),
    ("my tg is jenny_x", "jenny_x"),
    ("add me on snap jenxoxo", "jenxoxo"),
    ("discord: mike#1234", "mike#1234"),
    ("kik: jenxoxo", "jenxoxo"),
    ("my onlyfans is jenny.x hehe", "jenny.x"),
    ("follow me xxjen on tiktok", "xxjen"),
    ("jen_x99 on twitter", "jen_x99"),
    ("il mio ig è giu.lia95", "giu.lia95"),
    ("mi insta es lu_cia", "lu_cia"),
    ("my x is @dan_k", "@dan_k"),
    ("snap me jen_x99", "jen_x99"),
]
NEGATIVE = [
    "i saw it on insta",
    "posted on tiktok yesterday",
    "talk on discord later?",
    "x marks the spot",
    "one of my friends",
    "that's so snap",
    "jane@example.com",
    "i'm on line 3",
    "snap me later",
    "snap me back",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_handles(text: str, expected: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_handles(text: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == []
