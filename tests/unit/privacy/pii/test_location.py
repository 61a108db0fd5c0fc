from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("i live in London", None, "London"),
    ("im from chicago originally", None, "chicago"),
    ("just moved to san diego for work", None, "san diego"),
    ("i'm Zoe, 20, from Springfield", None, "Springfield"),
    ("ich wohne in münchen", "de", "münchen"),
    ("ich komme aus Bad Tölz", "de", "Bad Tölz"),
    ("j'habite à Lyon", "fr", "Lyon"),
    ("vivo en Sevilla", "es", "Sevilla"),
    ("abito a Torino", "it", "Torino"),
    ("I love New York in the fall", None, "New York"),
    # being somewhere now: an unknown place capitalised, or in English no everyday word
    ("i'm in kelthorpe rn", None, "kelthorpe"),
    ("je suis à Annecy en ce moment", "fr", "Annecy"),
    ("sono a Lecce adesso", "it", "Lecce"),
    # Faker's towns and regions right after a place cue, in lower case too
    ("sono a lecce adesso", "it", "lecce"),
    ("ich bin gerade in freiburg", "de", "freiburg"),
    ("abito a pescopennataro", "it", "pescopennataro"),
]
NEGATIVE = [
    # towns of Faker's lists that are also everyday words stay words after a place cue
    "sono in stazione",
    "sono a casa adesso",
    "ich bin gerade in eile",
    "i live in hope",
    "i'm from the south",
    "in nice weather we walk",
    "i'm in bed",
    "in May we go",
    "ich komme aus Liebe",
    "born in 1998",
    "i'm from here",
    "from Monday on",
    "i'm in love",
    "i'm in trouble lol",
    "i'm in shock",
    "sono a casa",
    "je suis en retard",
    "ich bin gerade in Eile",
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_places(text: str, language: str | None, expected: str) -> None:
    assert of_type(text, EntityType.LOCATION, language) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_places(text: str) -> None:
    assert of_type(text, EntityType.LOCATION) == []


AFTER_AGE_AND_ORIGIN = [
    ("25 ans, saumur", "fr", "saumur"),
    ("29 años, de Linares", "es", "Linares"),
    ("27w aus Wismar", "de", "Wismar"),
    ("31, Inverness. hi all", "en", "Inverness"),
    ("24 anni, lodi", "it", "lodi"),
    ("i'm originally from Wichita", "en", "Wichita"),
    ("born and raised in Inverness", "en", "Inverness"),
    ("je suis originaire de Quimperlé", "fr", "Quimperlé"),
    ("ich bin aus Wismar", "de", "Wismar"),
    ("sono nata a Avezzano", "it", "Avezzano"),
    ("nací en Astorga", "es", "Astorga"),
    ("aufgewachsen in Wismar", "de", "Wismar"),
    ("je suis née à Saumur", "fr", "Saumur"),
    ("soy originaria de Linares", "es", "Linares"),
    ("sono cresciuto a Avezzano", "it", "Avezzano"),
]
NOT_PLACES_AFTER_AGE = [
    ("25 ans, célibataire", "fr"),
    ("24, bored at home", "en"),
    ("25, sarah here", "en"),
    ("30 minutes from home", "en"),
    ("22 f, lol", "en"),
    ("14yo nudes", "en"),
    ("25 ans et toujours célibataire", "fr"),
    ("25 años, estudiante", "es"),
    ("born in march", "en"),
    ("ich bin aus dem Häuschen", "de"),
    ("born in 1998", "en"),
]


@pytest.mark.parametrize(("text", "language", "expected"), AFTER_AGE_AND_ORIGIN)
def test_places_after_an_age_or_an_origin(text: str, language: str, expected: str) -> None:
    assert of_type(text, EntityType.LOCATION, language) == [expected]


@pytest.mark.parametrize(("text", "language"), NOT_PLACES_AFTER_AGE)
def test_words_after_an_age_are_not_places(text: str, language: str) -> None:
    assert of_type(text, EntityType.LOCATION, language) == []


def test_the_number_before_a_place_is_an_age() -> None:
    assert of_type("31, Inverness. hi all", EntityType.AGE, "en") == ["31"]
    assert of_type("25 ans, saumur", EntityType.AGE, "fr") == ["25"]
    assert of_type("25, sarah here", EntityType.AGE, "en") == []


# Countries, states and regions after a weak cue; more prepositions of movement; routes;
# places before a season; a town after an address; the article of a place's name; a qualifier
# in brackets; age/sex/location; verbs of coming from and moving to.
MORE_PLACES = [
    ("so bored in bangladesh rn", "en", "bangladesh"),
    ("we spent christmas in nebraska", "en", "nebraska"),
    ("meine tante wohnt seit jahren in Tirol", "de", "Tirol"),
    ("trabajo de noche en andalucía", "es", "andalucía"),
    ("le train pour quimper avait du retard", "fr", "quimper"),
    ("il treno per Bolzano era pieno", "it", "Bolzano"),
    ("we talked all night about winnipeg", "en", "winnipeg"),
    ("a road trip through shropshire next week", "en", "shropshire"),
    ("vacanze a gubbio prenotate!!", "it", "gubbio"),
    ("the train for Limoges left late, so from Limoges to hexham it was", "en", "hexham"),
    ("Steyr im winter ist so grau", "de", "Steyr"),
    ("honestly ipswich in the summer is lovely", "en", "ipswich"),
    ("send it to 12 Mill Lane, Bromsgrove", "en", "Bromsgrove"),
    ("le bus pour la Réunion part demain", "fr", "la Réunion"),
    ("der zug nach Kempten (Allgäu) war voll", "de", "Kempten (Allgäu)"),
    ("34/m/wolverhampton, anyone up?", "en", "wolverhampton"),
    ("mein kollege kommt aus Wismar", "de", "Wismar"),
    ("je déménage à Vannes le mois prochain", "fr", "Vannes"),
    ("mi trasferisco a Lecco a settembre", "it", "Lecco"),
    ("sie kommt aus st. gallen", "de", "st. gallen"),
    ("i grew up in St. Albans", "en", "St. Albans"),
]
NOT_MORE_PLACES = [
    ("me cambiaron la cita al 5 de mayo a las 3", "es"),
    ("from time to time i go there", "en"),
    ("de temps à autre", "fr"),
    ("the beach in summer is great", "en"),
    ("we talked about Kubernetes all day", "en"),
    ("i paid 5 per hour", "en"),
    ("it's a vibe", "en"),
    ("je suis à la maison", "fr"),
    ("sie zieht nach hause", "de"),
    ("i'm 30, divorced, two kids", "en"),
    ("25/m/single", "en"),
    ("the st. is closed", "en"),
    ("we talked about turkey and stuffing for thanksgiving", "en"),
    ("honestly the best thing about Redwood Vets is the discount", "en"),
    ("ci vediamo il 3 marzo a casa", "it"),
]


@pytest.mark.parametrize(("text", "language", "expected"), MORE_PLACES)
def test_more_places(text: str, language: str, expected: str) -> None:
    assert expected in of_type(text, EntityType.LOCATION, language)


@pytest.mark.parametrize(("text", "language"), NOT_MORE_PLACES)
def test_not_more_places(text: str, language: str) -> None:
    assert of_type(text, EntityType.LOCATION, language) == []


def test_both_ends_of_a_route() -> None:
    text = "bin von husum nach Flensburg gezogen"
    assert sorted(of_type(text, EntityType.LOCATION, "de")) == ["Flensburg", "husum"]
    assert of_type("lavoro da Ferretti Nautica a vercelli", EntityType.LOCATION, "it") == [
        "vercelli"
    ]


# A town after an address's comma needs a house number before it, not a time or a measure
# (quay's first run, seen): "pray" and "fiera" are towns in GeoNames.
@pytest.mark.parametrize(
    "text",
    [
        "booked a dentist for 12pm tmrw, pray for me",
        "ho corso 9 heures, fiera di me",
        "ho corso 9 km, fiera di me",
        "see you at 18h, reading is fun",
    ],
)
def test_no_town_after_a_time_or_a_measure(text: str) -> None:
    assert of_type(text, EntityType.LOCATION) == []


def test_town_after_an_address_still_found() -> None:
    assert of_type("Goethestraße 101, Trier", EntityType.LOCATION) == ["Trier"]


# A capitalised everyday word of the message's own language after a weak cue is a title's or a
# thing's, not an unknown town; an unknown word, or a town named like a word, still is a place.
@pytest.mark.parametrize(
    "text",
    [
        "¿viste el final de La Casa de Papel?",
        "hai visto la fine di La Casa di Carta?",
        "el capítulo de Tiempo es lo mejor",
    ],
)
def test_an_everyday_word_capitalised_after_a_weak_cue_is_no_place(text: str) -> None:
    assert of_type(text, EntityType.LOCATION) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mi novio es de Tlaquepaque", "Tlaquepaque"),
        ("we r going to Reading for the weekend", "Reading"),
        ("soy de Springfield", "Springfield"),
    ],
)
def test_an_unknown_or_word_named_town_after_a_weak_cue_stays_a_place(
    text: str, expected: str
) -> None:
    assert of_type(text, EntityType.LOCATION) == [expected]
