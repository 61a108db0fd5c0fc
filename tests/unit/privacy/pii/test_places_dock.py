"""Places, organisations, handles and addresses of the dock split's forms (seen), written with
other names: a town after a street and its house number (named like a word too), a town named
like a word with a time or company after it, an emoji between a self-introduced name and the
age before the place, sayings that name a place, a school's track between its kind and name, a
club's letters, inns and shops by their kind, teams one coaches or trains with, handles that
open a sentence before what they are, and streets of initials, passages and field names."""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

PLACES = [
    # a town after a street and its house number, named like a word too
    ("my first flat was 12 Cobble Rd, Reading, loved it", "Reading"),
    ("meine adresse: Lindenstr. 8, halle, 2. stock", "halle"),
    ("envoie-le au 4 rue des Lilas, Sens, merci", "Sens"),
    ("mi dirección es calle Olmo 14, León, 3º izq", "León"),
    ("il mio indirizzo è via Dante 30, Como, citofono rotto", "Como"),
    ("envoie au 3 allée des Pins, dole", "dole"),
    # an English street then its town with no comma
    ("send it to 40 Ashdown Close croydon for me", "croydon"),
    ("parcel goes to 9 Linden Avenue milton keynes please", "milton keynes"),
    # a town named like a word, in lower case, a time or company after it
    ("i'm in reading till friday then home", "reading"),
    ("we'll be in mobile until monday", "mobile"),
    ("exam in bath tomorrow, nervous", "bath"),
    ("bin grad in essen bei meiner oma", "essen"),
    ("je suis à pau avec ma soeur", "pau"),
    ("estoy en león con mi abuela", "león"),
    # an emoji between a self-introduced name and the age before the place
    ("hey ich bin Greta 👋 33, aus halle", "halle"),
    ("hola soy Nerea 🙃 31 años, de Soria", "Soria"),
    ("ciao sono Ilaria 😊 28 anni, di Lecce", "Lecce"),
    ("salut je suis Inès ✨ 24 ans, de Rennes", "Rennes"),
    ("hi im Tilly 🙂 36, from Leeds", "Leeds"),
]
NOT_PLACES = [
    # words where they are words
    "interested in reading till late",
    "i was lost in reading till 3am",
    "i'm not in the mood for a bath tonight",
    "i'm in reading mode",
    "wir essen heute bei oma",
    "nice to meet you at 12 Oak Street, nice place",
    "i live at 12 Oak Street for now",
    "ich wohne Hauptstraße 5, bitte klingeln",
    "12 rue de la Paix, merci",
    "calle Mayor 3, gracias!",
    "via Roma 12, grazie",
    "i teach year 9 at Westfield Academy, pray for me",
    # sayings that name a place
    "all roads lead to Rome lol",
    "alle Wege führen nach Rom, sagt mein Opa",
    "tous les chemins mènent à Rome",
    "quien se fue a sevilla perdió su silla jaja",
    "tutte le strade portano a roma, dice mia nonna",
    "Rome wasn't built in a day",
]


@pytest.mark.parametrize(("text", "expected"), PLACES)
def test_finds_dock_places(text: str, expected: str) -> None:
    assert expected in of_type(text, EntityType.LOCATION)


@pytest.mark.parametrize("text", NOT_PLACES)
def test_leaves_words_and_sayings(text: str) -> None:
    assert of_type(text, EntityType.LOCATION) == []


def test_a_saying_leaves_the_place_one_lives_in() -> None:
    assert of_type("vivo a roma, tutte le strade portano a roma", EntityType.LOCATION) == ["roma"]


ORGANISATIONS = [
    # a school's track or keeper between its kind and its name
    ("mia sorella va al liceo classico Manzoni", "liceo classico Manzoni"),
    ("je bosse au lycée pro Jean Moulin", "lycée pro Jean Moulin"),
    ("mi hijo va al colegio público Cervantes", "colegio público Cervantes"),
    ("insegno all'istituto tecnico Marconi", "istituto tecnico Marconi"),
    ("quit my job at Northfield Primary today", "Northfield Primary"),
    # a club's letters
    ("Brookside FC lost again", "Brookside FC"),
    ("mon frère joue à l'ES Montreuil depuis 3 ans", "l'ES Montreuil"),
    # inns and shops by their kind, an elided word in the name
    ("treffen uns im Gasthaus Zum Hirschen", "Gasthaus Zum Hirschen"),
    ("sie arbeitet beim Pflegedienst Lebensfreude", "Pflegedienst Lebensfreude"),
    ("je bosse chez Boulangerie Fleur d'Avril", "Boulangerie Fleur d'Avril"),
    # a team one coaches, its training or group chat
    ("my sister coaches Ferndale Hornets on sundays", "Ferndale Hornets"),
    ("mein freund trainiert die Kellerberg Kobolde", "Kellerberg Kobolde"),
    ("mon copain entraîne les Loups de Valmont", "Loups de Valmont"),
    ("mi novio entrena a los Halcones Rojos", "Halcones Rojos"),
    ("mio padre allena i Falchi Rossi", "Falchi Rossi"),
    ("Lakeside Lions training got cancelled", "Lakeside Lions"),
    ("someone in the Brambly Badgers group chat is spamming", "Brambly Badgers"),
    # an employer after the rota
    ("im on the rota at lidl all week", "lidl"),
]
NOT_ORGANISATIONS = [
    "the Democratic Primary was a mess",
    "my dad coaches Tom on weekends",
    "Monday Night training was brutal",
    "Strength training is hard",
    "the Smiths group chat is wild",
    "il a le sens de l'humour",
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS)
def test_finds_dock_organisations(text: str, expected: str) -> None:
    assert expected in of_type(text, EntityType.ORGANIZATION)


@pytest.mark.parametrize("text", NOT_ORGANISATIONS)
def test_leaves_non_organisations(text: str) -> None:
    assert of_type(text, EntityType.ORGANIZATION) == []


HANDLES = [
    # a handle opening a sentence before what it is to its owner
    ("mara_loops is my private one, shh", "mara_loops"),
    ("jo.wren is my spam account lol", "jo.wren"),
    ("nele_fuchs ist mein privater account", "nele_fuchs"),
    ("zoe.lune c'est mon compte privé", "zoe.lune"),
    ("lu_marea es mi cuenta privada", "lu_marea"),
    ("gaia.notte è il mio profilo privato", "gaia.notte"),
    # a short platform after a handle-shaped token
    ("mila.dance on tt, pure chaos", "mila.dance"),
    # a plain word ending the message after a colon, its platform named before
    ("he gave me his insta at the gig: moonpebble", "moonpebble"),
    ("sie hat mir ihr insta gegeben: sternschnuppi", "sternschnuppi"),
    ("il m'a donné son snap hier soir: loupiotte", "loupiotte"),
    ("me pasó su ig en la fiesta: lunallena", "lunallena"),
]
NOT_HANDLES = [
    "this is my main one",
    "node.js is my main one",
    "he gave me his insta at the party: whatever",
    "i play tt on tuesdays",
    "my ig at the party: lol",
    "marta is my private one",
]


@pytest.mark.parametrize(("text", "expected"), HANDLES)
def test_finds_dock_handles(text: str, expected: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == [expected]


@pytest.mark.parametrize("text", NOT_HANDLES)
def test_leaves_non_handles(text: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == []


ADDRESSES = [
    ("nueva dirección: pasaje Olivares 22", "pasaje Olivares 22"),
    ("quedamos en callejón del Gato 4", "callejón del Gato 4"),
    ("spedire a via A. Manzoni 18, Lecco", "via A. Manzoni 18"),
    ("vivo en calle J. Ruiz 3", "calle J. Ruiz 3"),
    ("lieferadresse: Im Grund 12, Jena", "Im Grund 12"),
]
NOT_ADDRESSES = ["hi im Rowan 26", "im Sommer 2019 war ich da", "via Zoom 3 volte"]


@pytest.mark.parametrize(("text", "expected"), ADDRESSES)
def test_finds_dock_addresses(text: str, expected: str) -> None:
    assert of_type(text, EntityType.ADDRESS) == [expected]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_leaves_non_addresses(text: str) -> None:
    assert of_type(text, EntityType.ADDRESS) == []
