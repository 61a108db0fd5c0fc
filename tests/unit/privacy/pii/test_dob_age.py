from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

DOB = [
    ("born on 04/12/1998", "04/12/1998"),
    ("my birthday is march 3rd so dont forget", "march 3rd"),
    ("dob 1999-07-21 if u need it", "1999-07-21"),
    ("geboren am 3. März 1998", "3. märz 1998"),
    ("née le 12 avril 1997", "12 avril 1997"),
    ("nací el 5 de mayo de 1996", "5 de mayo de 1996"),
    ("sono nata il 7 luglio 1995", "7 luglio 1995"),
    ("was born in 1998", "1998"),
]
NOT_DOB = [
    "see you on 04/12/2024",
    "the concert is march 3rd",
    "back in 2019 i was shy",
    "happy birthday to my favorite person",
    "i was born to love you",
]
AGE = [
    ("i'm 24 and bored", "24"),
    ("my name's dan and i'm 31", "31"),
    ("24f here, kinda shy", "24"),
    ("i'm 24 years old", "24"),
    ("age: 29", "29"),
    ("ich bin 24", "24"),
    ("ich heiße jonas und bin 18", "18"),
    ("j'ai 24 ans", "24"),
    ("tengo 24 años", "24"),
    ("ho 24 anni", "24"),
    ("i'm Zoe, 20, from Leeds", "20"),
    ("i'm 33 btw", "33"),
    ("i'm 21 next month", "21"),
    ("27 and still single lol", "27"),
    ("ich bin Malte und 30", "30"),
    ("me llamo pablo, tengo 40", "40"),
]
NOT_AGE = [
    "i'm 20 minutes away",
    "i'm 16 episodes in",
    "i'm 5'11",
    "i'm 30 mins late",
    "we met 10 years ago",
    "i have 20 years of experience",
    "it costs 25€",
    "i ran 10 miles",
    "see you at 10:30",
    "i'm 99% sure",
    "il y a 24 ans",
    "i'm 6 ft 2",
    "the year 2019",
    "5m away",
    "tengo 20 minutos",
    "ho 30 euro",
    "i'm 20 minutes away next to the station",
    "10 and 20 are both fine",
]


@pytest.mark.parametrize(("text", "expected"), DOB)
def test_dates_of_birth(text: str, expected: str) -> None:
    assert [v.lower() for v in of_type(text, EntityType.DATE_OF_BIRTH)] == [expected]


@pytest.mark.parametrize("text", NOT_DOB)
def test_dates_without_a_birth_context(text: str) -> None:
    assert of_type(text, EntityType.DATE_OF_BIRTH) == []


@pytest.mark.parametrize(("text", "expected"), AGE)
def test_ages(text: str, expected: str) -> None:
    assert of_type(text, EntityType.AGE) == [expected]


@pytest.mark.parametrize("text", NOT_AGE)
def test_numbers_that_are_not_ages(text: str) -> None:
    assert of_type(text, EntityType.AGE) == []
