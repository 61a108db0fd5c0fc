"""Ages and dates of birth in the forms read off the dock split's first run (seen): an emoji, a
mark or a chat filler between a self-introduced name and the age, a stretched greeting, more
adverbs between the verb and the age, a dating match by name with the age between commas, a
name's age between commas before where they live or what they do, an age beside a height,
"YEAR baby" and the Italian "classe"; and the numbers that stay no age ("N years down the
drain", "20 anni dopo"). Other names and phrasings than the corpus's.
"""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

AGES = [
    # an emoji, a mark or a filler between a self-introduced name and the age
    ("hiii i'm Priya ✨ 27 and bored", "en", ["27"]),
    ("i'm Tobias lol 31, from leeds", "en", ["31"]),
    ("heyyy ich bin Jonas ✌️ 27 und wohne in Kiel", "de", ["27"]),
    ("hallooo ich bin Frieda 🙈 44, aus Jena", "de", ["44"]),
    ("salut je suis Maëlle 😊 24 ans, de Lyon", "fr", ["24"]),
    ("coucou je suis Anouk !! 33 ans et toujours célibataire", "fr", ["33"]),
    ("holaaa soy Ximena 😊 24 años, de Cádiz", "es", ["24"]),
    ("hola me llamo Iker 🙂 36 y vivo en Bilbao", "es", ["36"]),
    ("ciaooo sono Ludovica 🙂 29, di Torino", "it", ["29"]),
    ("ciao mi chiamo Ettore 😎 52 anni, di Lecce", "it", ["52"]),
    # a name that is also a word, before a years word that is no stretch of time
    ("hola soy paloma 😊 41 años, de Soria", "es", ["41"]),
    ("ciao sono serena 🌸 38 anni, di Rimini", "it", ["38"]),
    # more adverbs between the verb and the age
    ("i'm literally 48 and my dad still does my taxes", "en", ["48"]),
    ("im actually 19 lol", "en", ["19"]),
    ("i'm still 29 and single", "en", ["29"]),
    ("you're seriously 40 and still play fortnite", "en", ["40"]),
    ("ich bin echt 30 und wohne noch bei mama", "de", ["30"]),
    ("bin mittlerweile 45 und immer noch keine ahnung", "de", ["45"]),
    ("j'ai déjà 30 ans et toujours pas de permis", "fr", ["30"]),
    ("j'ai littéralement 48 ans et ma mère fait mes courses", "fr", ["48"]),
    ("tengo ya 30 años y sigo soltera", "es", ["30"]),
    ("tengo casi 30 y vivo con mis padres", "es", ["30"]),
    ("ho quasi 40 anni e vivo ancora con i miei", "it", ["40"]),
    ("ho letteralmente 48 anni e mia madre mi fa il pranzo", "it", ["48"]),
    # a dating match or date by name, the age between commas
    ("my hinge match Carl, 41, lives in York", "en", ["41"]),
    ("bumble date Everett, 36, teacher. thoughts?", "en", ["36"]),
    ("mein match Malte, 31, wohnt in Kiel", "de", ["31"]),
    ("mon match Gaspard, 29, vit à Lille", "fr", ["29"]),
    ("mi match Gonzalo, 33, vive en Vigo", "es", ["33"]),
    ("il mio match Tancredi, 35, vive a Bari", "it", ["35"]),
    # a name, the age between commas, then where they live or what they do
    ("Everett, 36, from Halifax. thoughts?", "en", ["36"]),
    ("my new coworker Dana, 45, lives in Leeds", "en", ["45"]),
    ("meine kollegin Frauke, 52, wohnt in Jena", "de", ["52"]),
    ("Gaspard, 29, vit à Lille", "fr", ["29"]),
    ("Gonzalo, 33, vive en Vigo", "es", ["33"]),
    ("Tancredi, 35, di Bari", "it", ["35"]),
    # an age beside a height
    ("5'9, 22, into hiking and dogs", "en", ["22"]),
    ("she is 5'4, 19, and blonde", "en", ["19"]),
    ("Everett, 36, 6 ft 1, lives in Leeds", "en", ["36"]),
    ("met a guy at the gym, 31, 6 ft 2 and funny", "en", ["31"]),
    ("ich bin 1,80 m, 25 und wohne in Kiel", "de", ["25"]),
    ("je fais 1m70, 28 ans, de Lyon", "fr", ["28"]),
    ("mido 1,70 m, 24, de Sevilla", "es", ["24"]),
    ("sono alta 1,65 m, 31, di Roma", "it", ["31"]),
]

NOT_AGES = [
    # a gap, then no age
    ("im done!! 20 more pages", "en"),
    ("i'm Jen!! 25 years of experience here", "en"),
    ("ich bin Lena 😊 30 min zu spät", "de"),
    ("je suis Léa 😊 20 ans de carrière", "fr"),
    ("soy Ana 🙂 20 minutos tarde", "es"),
    ("sono qui 😊 20 anni dopo", "it"),
    # "years" after a clause's opening number is a stretch of time in English
    ("so we broke up. 34 years down the drain", "en"),
    ("27 years married and still arguing about the dishwasher", "en"),
    ("20 anni dopo siamo ancora qui", "it"),
    ("vingt ans après. 20 ans après on se revoit", "fr"),
    ("20 años después volví al pueblo", "es"),
    # an adverb, then a unit, a count or a price
    ("i'm literally 20 minutes away", "en"),
    ("im actually 30 min late", "en"),
    ("i'm still 15 points behind", "en"),
    ("ich bin wirklich 20 km gelaufen", "de"),
    ("j'ai déjà 20 euros", "fr"),
    ("tengo ya 20 minutos esperando", "es"),
    ("ho già 20 anni di esperienza", "it"),
    ("das ist schon 20 jahre so", "de"),
    # a match or a date that is no person
    ("my date today, 20, was boring", "en"),
    ("the match Saturday, 21, was cancelled", "en"),
    # a word that is no name before the number between commas
    ("i moved in May, 20, from london", "en"),
    ("scores: team alpha, 21, from the east", "en"),
    ("waren echt viele, 20, aus allen ecken", "de"),
    ("on était nombreux, 30, de partout", "fr"),
    ("eran muchos, 20, de todas partes", "es"),
    ("ne ho visti tanti, 20, di tutti i tipi", "it"),
    # numbers beside a height that are no age
    ("prices 1,80, 20, 30", "en"),
    ("1.80 m, 20, 30 and 40", "en"),
    ("the shelf is 180 cm, 45 cm deep", "en"),
    ("room 5'10, 20 people", "en"),
    ("das regal ist 1,80 m, 40 cm tief", "de"),
    ("la table fait 1m20, 80 cm de large", "fr"),
]

DATES_OF_BIRTH = [
    ("1994 baby here 👶", "en", ["1994"]),
    ("'91 baby and proud", "en", ["91"]),
    ("ok. 1988 baby here lol", "en", ["1988"]),
    ("sono classe 1990 e vivo a Roma", "it", ["1990"]),
    ("io sono della classe '88", "it", ["88"]),
]

NOT_DATES_OF_BIRTH = [
    ("2000 baby wipes on sale", "en"),
    ("2019 baby steps lol", "en"),
    ("the 1946 baby boom", "en"),
    ("la classe 2000 della scuola", "it"),
]


@pytest.mark.parametrize(("text", "language", "expected"), AGES)
def test_age(text: str, language: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.AGE, language) == expected


@pytest.mark.parametrize(("text", "language"), NOT_AGES)
def test_not_age(text: str, language: str) -> None:
    assert of_type(text, EntityType.AGE, language) == []


@pytest.mark.parametrize(("text", "language", "expected"), DATES_OF_BIRTH)
def test_date_of_birth(text: str, language: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.DATE_OF_BIRTH, language) == expected


@pytest.mark.parametrize(("text", "language"), NOT_DATES_OF_BIRTH)
def test_not_date_of_birth(text: str, language: str) -> None:
    assert of_type(text, EntityType.DATE_OF_BIRTH, language) == []
