"""Ages and dates of birth in the forms read off the jetty split's first run (seen): chat's
"n u" after an age, reaching an age, diminutives and slang for years, "mine is N" after talk of
age, an age in brackets after a name or a relative, an introduction with a bare age, French
chat's "jai"/"jsuis", and "the Nth of <month>" with its article. Other names than the corpus's.
"""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

AGES = [
    # the question back after an age: "n" for "and", "u", "wbu", "hbu"
    ("im 34 n u", ["34"]),
    ("i'm 41 wbu", ["41"]),
    ("im 19 hbu", ["19"]),
    ("im 22 u?", ["22"]),
    ("ich bin 37 und du?", ["37"]),
    ("j'ai 37 ans et toi", ["37"]),
    ("tengo 37 y tú", ["37"]),
    ("ho 37 anni e tu", ["37"]),
    # reaching an age
    ("just hit 39 and nothing changed", ["39"]),
    ("i just hit 40 and nothing feels different", ["40"]),
    ("finally hit the big 50 today", ["50"]),
    ("i'm hitting 30 next month", ["30"]),
    ("hab letzte woche die 40 geknackt", ["40"]),
    ("j'ai passé le cap des 40 ans", ["40"]),
    ("acabo de llegar a los 40 y sigo igual", ["40"]),
    ("ho superato i 40 e sto bene", ["40"]),
    ("sono arrivata ai 50 anni", ["50"]),
    # diminutives and slang for years
    ("19 añitos y ni un novio", ["19"]),
    ("tengo 30 pirulos", ["30"]),
    ("j'ai 30 balais", ["30"]),
    ("40 piges et toujours célibataire", ["40"]),
    ("bin 30 Jährchen alt", ["30"]),
    # "mine is N" after talk of age
    ("age is only a number but mine is 44 😅", ["44"]),
    ("what's everyone's age? mine's 30", ["30"]),
    ("alter ist nur eine zahl, meins ist 42", ["42"]),
    ("l'âge ? le mien c'est 42", ["42"]),
    ("la edad da igual, la mía es 33", ["33"]),
    ("l'età non conta, la mia è 45", ["45"]),
    # the age in brackets after a name opening the message, the writer or a relative
    ("tamsin (29) Swansea", ["29"]),
    ("Bettina (31) aus Köln", ["31"]),
    ("hey! Inès (24) from Lyon", ["24"]),
    ("me (31) and my husband (34) are fighting", ["31", "34"]),
    ("my sister (24) keeps borrowing my clothes", ["24"]),
    ("ich (29) und mein freund (31)", ["29", "31"]),
    ("ma sœur (24) est partie", ["24"]),
    ("mi novio (30) no me habla", ["30"]),
    ("mia sorella (19) è insopportabile", ["19"]),
    # an introduction, the name, then the bare age
    ("hi i'm Rowan 26 Leeds lol", ["26"]),
    ("hey im gideon 44 from ohio", ["44"]),
    ("ich bin Jonas 27 aus Kiel", ["27"]),
    ("jsuis Maëlle 24 ans", ["24"]),
    ("soy Ana 30 de Vigo", ["30"]),
    ("sono Luca 25 di Bari", ["25"]),
    # French chat's "jai" and "jsuis"
    ("jsuis Apolline jai 23 ans", ["23"]),
    ("jai 48 ans", ["48"]),
]

NOT_AGES = [
    "i'm 20 min away n u?",
    "im 5 n u",
    "just hit 30 followers lol",
    "the temperature hit 30 today",
    "we hit 50 and the crowd went wild",
    "i hit 20 reps today",
    "hit 40 degrees today",
    "just hit 100 subs",
    "llegamos a los 40 grados",
    "ha superato i 30 gradi",
    "die 30 grad geknackt",
    "hace 20 añitos que no lo veo",
    "depuis 10 piges je bosse ici",
    "my average is 42 but mine is 30 minutes",
    "the age of the building? mine is 20 years older",
    "she's 20 years older than me",
    "what's your score? mine is 42",
    "chapter (12) was great",
    "update (14) new pics",
    "results (27) below",
    "photos (24) from the trip",
    "im on 24 hour shift",
    "im level 20 now",
    "im at 20 percent battery",
    "im watching 24 tonight",
    "im literally 20 steps away",
    "Ich bin Mitte 20 und single",
    "ich bin Anfang 30",
    "jai 20 minutes de retard",
    "jai 20 euros",
]

DOB = [
    ("dob is the 4th of may for the form", "the 4th of may"),
    ("born the 30th of october if ur into star signs", "the 30th of october"),
    ("i was born on the 2nd of february in leeds", "the 2nd of february"),
    ("the 12th of june is my bday", "the 12th of june"),
]

NOT_DOB = [
    "see you on the 21st of march",
    "the 3rd of june works for the meeting",
]


@pytest.mark.parametrize(("text", "expected"), AGES)
def test_ages_jetty(text: str, expected: list[str]) -> None:
    assert sorted(of_type(text, EntityType.AGE)) == sorted(expected)


@pytest.mark.parametrize("text", NOT_AGES)
def test_not_ages_jetty(text: str) -> None:
    assert of_type(text, EntityType.AGE) == []


@pytest.mark.parametrize(("text", "expected"), DOB)
def test_dates_of_birth_jetty(text: str, expected: str) -> None:
    assert [value.lower() for value in of_type(text, EntityType.DATE_OF_BIRTH)] == [expected]


@pytest.mark.parametrize("text", NOT_DOB)
def test_not_dates_of_birth_jetty(text: str) -> None:
    assert of_type(text, EntityType.DATE_OF_BIRTH) == []
