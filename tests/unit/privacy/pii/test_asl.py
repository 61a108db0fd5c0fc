from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import found
from veil.domain.pii import EntityType

AGE, LOCATION = EntityType.AGE, EntityType.LOCATION

POSITIVE = [
    ("33/f/kelthorpe", {(AGE, "33"), (LOCATION, "kelthorpe")}),
    ("m/33/lyon looking for friends", {(AGE, "33"), (LOCATION, "lyon")}),
    ("33 / F / Bad Tölz", {(AGE, "33"), (LOCATION, "Bad Tölz")}),
    ("asl 33 m Kelthorpe", {(AGE, "33"), (LOCATION, "Kelthorpe")}),
    ("33 f, Hamburg", {(AGE, "33"), (LOCATION, "Hamburg")}),
    # towns that word lists hold too
    ("m/29/norwich looking for friends", {(AGE, "29"), (LOCATION, "norwich")}),
]
NEGATIVE_PLACE = [
    ("33/f/bored", {(AGE, "33")}),
    ("33 f here", {(AGE, "33")}),
    ("asl? 33 f looking", {(AGE, "33")}),
]
NOTHING = ["see you 12/05/2019", "50/50/split", "10/m/s", "wind at 33 m/s"]


@pytest.mark.parametrize(("text", "expected"), POSITIVE + NEGATIVE_PLACE)
def test_age_sex_location(text: str, expected: set[tuple[EntityType, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_slashes_that_are_no_triplet(text: str) -> None:
    assert found(text) == set()
