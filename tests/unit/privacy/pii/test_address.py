from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("i live at 42 oak street", None, "42 oak street"),
    ("come over, 25 Cedar Road, ring twice", None, "25 Cedar Road"),
    ("I live at 42 Oak Street, apt 4.", None, "42 Oak Street, apt 4"),
    ("ich wohne Hauptstraße 5", "de", "Hauptstraße 5"),
    ("ich wohne Berliner Straße 12a", "de", "Berliner Straße 12a"),
    ("j'habite au 12 rue de la Paix et toi", "fr", "12 rue de la Paix"),
    ("vivo en calle Mayor 3", "es", "calle Mayor 3"),
    ("vivo en plaza Real 114", "es", "plaza Real 114"),
    ("abito in via Roma 12", "it", "via Roma 12"),
    # abbreviations and local shapes
    ("ich wohne Schulstr. 5", "de", "Schulstr. 5"),
    ("wohne Am Mühlbach 37 im 2. stock", "de", "Am Mühlbach 37"),
    ("meine adresse: Im Rosengarten 4a", "de", "Im Rosengarten 4a"),
    ("schick es an Auf der Heide 3", "de", "Auf der Heide 3"),
    ("vivo en c/ Olmos 23, 2º B", "es", "c/ Olmos 23, 2º B"),
    ("mándalo a C/Serrano 5 1ºD", "es", "C/Serrano 5 1ºD"),
    ("vivo en Avda. de América 12", "es", "Avda. de América 12"),
    ("estoy en Pza. del Carmen 4", "es", "Pza. del Carmen 4"),
    ("abito in v.le Marconi 12", "it", "v.le Marconi 12"),
    ("p.zza Duomo 3, citofono rotto", "it", "p.zza Duomo 3"),
    ("abito in Via dei Gelsi 12/B", "it", "Via dei Gelsi 12/B"),
    ("abito in corso Buenos Aires 8", "it", "corso Buenos Aires 8"),
    ("j'habite au 5 bd Haussmann", "fr", "5 bd Haussmann"),
    ("c'est au 12 av. Victor Hugo", "fr", "12 av. Victor Hugo"),
    ("au 4, impasse des Roses", "fr", "4, impasse des Roses"),
    ("send it to 12 Miller's Row", "en", "12 Miller's Row"),
    ("we moved to 7 Bramble Close", "en", "7 Bramble Close"),
    ("it's 3 Abbey Mews, flat 2", "en", "3 Abbey Mews, flat 2"),
    ("come to 18 Orchard Grove tonight", "en", "18 Orchard Grove"),
    ("au 9 quai des Brumes", "fr", "9 quai des Brumes"),
]
NEGATIVE = [
    "i ran 5 miles down main street",
    "i'm 2 blocks from the street",
    "via email 2 is fine",
    "we walked 3 km on the road",
    "go 2 way streets",
    "i have 5 friends that live close",
    "te lo mando via e-mail 2 volte",
    "am Montag 5 Leute",
    "im Jahr 2019 war das",
    "im Garten 2 Stunden gearbeitet",
    "am Bahnhof um 5",
    "ich bin am Ende 3 mal umgefallen",
    "hay 3 coches en la calle",
    "c'est au point 3",
    "in piazza tra 10 minuti",
    "siamo in piazza tra 5 hours",
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_finds_addresses(text: str, language: str | None, expected: str) -> None:
    assert of_type(text, EntityType.ADDRESS, language) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_addresses(text: str) -> None:
    assert of_type(text, EntityType.ADDRESS) == []
