"""Names and places by shape, position and gazetteer rather than by cue (issue 5, round 6).

A capitalised word inside a sentence that no frequency list holds is a name ("pretty sure
Quillon is mad at me"); a word of no language opening a sentence before a verb is a subject
("ugh brevatha cancelled on me"); mimesis first names and GeoNames towns widen the gazetteers
("wojciech just texted me", "flying back to rotorua"). The invented names here are in no list;
the negatives are the words that share those places: imperatives with pronouns attached,
German nouns, product names, everyday words, and towns whose names are words.
"""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType
from veil.privacy.pii.dictionary import is_unlisted
from veil.privacy.pii.lexicon import town_populations, towns

PEOPLE = [
    # capitalised inside a sentence, in no list
    ("pretty sure Quillon is mad at me", None, ["Quillon"]),
    ("i told Tolvane everything last night", None, ["Tolvane"]),
    ("je crois que Brevatha est jalouse", "fr", ["Brevatha"]),
    # opening a sentence before a word, in any case
    ("ugh brevatha cancelled on me again", None, ["brevatha"]),
    ("sooo quillon and i are officially a thing", None, ["quillon"]),
    ("Tolvane wont stop sending me memes", None, ["Tolvane"]),
    ("ok so quillon just called me", None, ["quillon"]),
    ("brevatha meldet sich einfach nicht mehr", "de", ["brevatha"]),
    # a common English first name that English knows only as a name, however frequent
    ("emma cancelled on me again", None, ["emma"]),
    ("ugh laura borrowed my charger and vanished", None, ["laura"]),
    # gazetteer names from mimesis, anywhere
    ("wojciech just texted me", None, ["wojciech"]),
    ("went to the cinema with grzegorz", None, ["grzegorz"]),
    # a first name and a capitalised word of no list, or two such words
    ("rodolfo Quarantotti è il mio vicino", "it", ["rodolfo Quarantotti"]),
    ("Ottorino Bramasole è il mio vicino", "it", ["Ottorino Bramasole"]),
    # a word before a surname is not part of the name
    ("my sister Grayson is visiting", None, ["Grayson"]),
]

NOT_PEOPLE = [
    ("escríbeme a las cinco", "es"),
    ("scrivimi a mezzanotte", "it"),
    ("frequento il corso serale", "it"),
    ("schreib an mich wenn du da bist", "de"),
    ("microwaving leftovers again lol", None),
    ("Supercomputers are fast", None),
    ("ich hab heute einen Wochenendtrip geplant", "de"),
    ("OpenBao keeps the keys", None),
    ("we ordered Pizza again", None),
    ("gestern war ich beim Bäcker", "de"),
    ("Aprendo algo nuevo cada día", "es"),
    ("else could go wrong tonight", None),
]

PLACES = [
    ("flying back to rotorua on friday", None, ["rotorua"]),
    ("heading home to Lethbridge tomorrow", None, ["Lethbridge"]),
    ("grew up near kamloops but moved away", None, ["kamloops"]),
    ("ich wohne seit kurzem in Münster", "de", ["Münster"]),
    ("vivo cerca de Mendoza", "es", ["Mendoza"]),
    # an Italian message too short to tell, "a" read as the Italian preposition only before a
    # large town
    ("abito vicino a Toowoomba", None, ["Toowoomba"]),
]

NOT_PLACES = [
    ("i need to bury the hatchet", None),
    ("sorry to bug you again", None),
    ("found a bug in the app", None),
    ("can you write a Flask API?", None),
    ("back to normal finally", None),
]


@pytest.mark.parametrize(("text", "language", "expected"), PEOPLE)
def test_names_by_shape_and_position(text: str, language: str | None, expected: list[str]) -> None:
    assert of_type(text, EntityType.PERSON, language) == expected


@pytest.mark.parametrize(("text", "language"), NOT_PEOPLE)
def test_words_in_those_positions_are_not_names(text: str, language: str | None) -> None:
    assert of_type(text, EntityType.PERSON, language) == []


@pytest.mark.parametrize(("text", "language", "expected"), PLACES)
def test_towns_after_weak_cues(text: str, language: str | None, expected: list[str]) -> None:
    assert of_type(text, EntityType.LOCATION, language) == expected


@pytest.mark.parametrize(("text", "language"), NOT_PLACES)
def test_words_that_are_towns_are_not_places_there(text: str, language: str | None) -> None:
    assert of_type(text, EntityType.LOCATION, language) == []


def test_unlisted_reads_frequency_not_wikipedia() -> None:
    assert is_unlisted("quillon", "en")
    assert is_unlisted("caspian", "en")  # in Wikipedia's word list, in no frequency list
    assert not is_unlisted("tired", "en")
    assert not is_unlisted("escríbeme", "es")  # a verb with a pronoun attached
    assert not is_unlisted("dímelo", "es")
    assert not is_unlisted("parlami", "it")
    assert not is_unlisted("schreib", "de")  # an imperative
    assert not is_unlisted("heyyy", "en")
    # names rank in other languages because they are names: below 5,000 they are words there
    assert is_unlisted("beatrix", "en")
    assert not is_unlisted("adesso", "en")


def test_towns_hold_geonames_but_no_everyday_words() -> None:
    assert {"rotorua", "kamloops", "salt lake city", "monaco di baviera"} <= towns()
    assert town_populations()["rotorua"] > 5_000
    # towns whose names are frequent words, and exonyms that are spoken English words
    assert not {"normal", "police", "pets"} & towns()


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("asl? 41 f kamloops", EntityType.LOCATION, ["kamloops"]),
        ("my social is 507 94 7354", EntityType.US_SSN, ["507 94 7354"]),
        ("social: 081 75 7041", EntityType.US_SSN, ["081 75 7041"]),
    ],
)
def test_towns_in_asl_and_the_short_name_of_an_ssn(
    text: str, kind: EntityType, expected: list[str]
) -> None:
    assert of_type(text, kind) == expected


def test_a_spaced_number_without_its_name_is_no_ssn() -> None:
    assert of_type("the social club meets at 507 94 7354", EntityType.US_SSN) == []


ROUND_SIX_FORMS = [
    # a title before a surname or a name
    ("my therapist dr quillmore says i overthink", EntityType.PERSON, ["quillmore"]),
    ("Frau Tolvane hat angerufen", EntityType.PERSON, ["Tolvane"]),
    # a known surname in lower case after a found name
    ("echo de menos a Vanesa santana, fue mi primer amor", EntityType.PERSON, ["Vanesa santana"]),
    # someone else's name, and social verbs
    ("i think his name was gary?? he was sweet", EntityType.PERSON, ["gary"]),
    ("met a guy called brevatha at the bar", EntityType.PERSON, ["brevatha"]),
    ("cant stand lindsay honestly", EntityType.PERSON, ["lindsay"]),
    ("mi jefe pedro me ha hecho quedarme", EntityType.PERSON, ["pedro"]),
    # the town after a street address, a large town anywhere, where someone else lives
    ("schick das paket an Lindenweg 12, Zwickau", EntityType.LOCATION, ["Zwickau"]),
    ("my first kiss, Anchorage, summer of 2015", EntityType.LOCATION, ["Anchorage"]),
    ("mia nonna abita a cosenza, ci vado a natale", EntityType.LOCATION, ["cosenza"]),
    ("ciao sono Kevin, 34 anni, di Prato", EntityType.LOCATION, ["Prato"]),
]

ROUND_SIX_NEGATIVES = [
    ("mia nonna abita a casa nostra", EntityType.PERSON),
    ("frau ist müde heute", EntityType.PERSON),
    ("meet me at 12, after lunch", EntityType.LOCATION),
    ("thanks for everything", EntityType.PERSON),
]


@pytest.mark.parametrize(("text", "kind", "expected"), ROUND_SIX_FORMS)
def test_round_six_forms(text: str, kind: EntityType, expected: list[str]) -> None:
    assert of_type(text, kind) == expected


@pytest.mark.parametrize(("text", "kind"), ROUND_SIX_NEGATIVES)
def test_round_six_negatives(text: str, kind: EntityType) -> None:
    assert of_type(text, kind) == []


ORGANISATIONS_IN_CONTEXT = [
    ("the hr lady at Quillbrook asked for my social", ["Quillbrook"]),
    ("seit 3 jahren bei Tolvane Gruppe und keine gehaltserhöhung", ["Tolvane Gruppe"]),
    ("llevo 3 años en brevastar y ni un ascenso", ["brevastar"]),
    ("Quillbrook Rovers fan til i die, dont @ me", ["Quillbrook Rovers"]),
    ("watching the Tolvanes game with my brother", ["Tolvanes"]),
    ("tifo Brevatese da quando sono nato", ["Brevatese"]),
]

NOT_ORGANISATIONS = [
    "my shift ends at midnight",
    "estoy en internet buscando trabajo",
    "i work for myself now",
    "big game at 8 tonight",
]


@pytest.mark.parametrize(("text", "expected"), ORGANISATIONS_IN_CONTEXT)
def test_organisations_by_the_message_they_are_in(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.ORGANIZATION) == expected


@pytest.mark.parametrize("text", NOT_ORGANISATIONS)
def test_everyday_words_after_those_prepositions(text: str) -> None:
    assert of_type(text, EntityType.ORGANIZATION) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sorry was at kyles place, his dog ate my charger", ["kyle"]),
        ("went to angelas bday thing last night", ["angela"]),
        ("die neue im büro heißt doris, echt lustig", ["doris"]),
        ("my kids are with their dad tadhg this weekend", ["tadhg"]),
        ("mi compañera de piso sheila se come mis yogures", ["sheila"]),
        ("my wifes name is brenda, she works at a bank", ["brenda"]),
        ("klaus meinte ich soll mich mal entspannen", ["klaus"]),
    ],
)
def test_more_places_where_names_stand(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.PERSON) == expected


@pytest.mark.parametrize(
    "text",
    ["he marks the papers on fridays", "she hopes its fine", "my dads car broke down"],
)
def test_words_with_an_s_are_no_possessive_names(text: str) -> None:
    assert of_type(text, EntityType.PERSON) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("me encontré a tamara en el súper y casi me muero", ["tamara"]),
        ("echo de menos a gerard, fue mi primer amor", ["gerard"]),
    ],
)
def test_the_spanish_personal_a(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.PERSON, "es") == expected


def test_the_spanish_a_before_a_word_is_no_name() -> None:
    assert of_type("voy a casa a las cinco", EntityType.PERSON, "es") == []


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (
            "we met at Quillbrook Diner actually, he was on the tills",
            EntityType.ORGANIZATION,
            ["Quillbrook Diner"],
        ),
        (
            "applied to Tolvane Foods and like 30 others, zero callbacks",
            EntityType.ORGANIZATION,
            ["Tolvane Foods"],
        ),
        (
            "sooo i got into Brevatha College!! starting in the fall",
            EntityType.ORGANIZATION,
            ["Brevatha College"],
        ),
    ],
)
def test_round_six_late_forms(text: str, kind: EntityType, expected: list[str]) -> None:
    assert of_type(text, kind) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("i cheer for them but only bc my dad made me", None),
        ("my cousin works at the mall and gets me discounts", None),
        ("sono alta 170 cm e tutti mentono", "it"),
        ("bon toi et moi c'est fini", "fr"),
        ("holaa que tal todo", "es"),
        ("hab heute nur Nudeln gegessen und Netflix geschaut", "de"),
        ("went to my nan's for tea", None),
    ],
)
def test_words_in_name_places_after_the_street_split(text: str, language: str | None) -> None:
    assert of_type(text, EntityType.PERSON, language) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jean-Marc dit que j'exagère", ["Jean-Marc"]),
        ("went on a date with this guy brevatha, he works at a bank", ["brevatha"]),
        ("tía me ha dicho que a Celia quarantotti la han echado", ["Celia quarantotti"]),
    ],
)
def test_hyphenated_names_this_guy_and_unlisted_surnames(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.PERSON) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("zieh von Bosnien nach Kempten und hab noch nichts gepackt", ["Bosnien", "Kempten"]),
        ("Marruecos en verano es el mejor sitio", ["Marruecos"]),
        ("they're the only ones hiring in bradford", ["bradford"]),
        ("vivo por Úbeda, y tú de dónde eres?", ["Úbeda"]),
        ("io (f, 26) zona Chioggia, cerco solo qualcuno", ["Chioggia"]),
    ],
)
def test_countries_short_names_and_towns_named_like_people(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.LOCATION) == expected


def test_a_town_named_like_a_person_is_a_person_without_a_cue() -> None:
    assert of_type("Aurora boreale, un giorno la vedrò", EntityType.LOCATION) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("both my kids are at Nottingham Trent now", ["Nottingham Trent"]),
        ("i cheer for Tolvane Rovers but only bc my dad made me", ["Tolvane Rovers"]),
        ("jobangebot von Quillbrook in Fürth!! soll ich umziehen??", ["Quillbrook"]),
        ("lavoro in magazzino da Monte dei Brevati a vercelli", ["Monte dei Brevati"]),
    ],
)
def test_institutions_teams_and_employers_by_context(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.ORGANIZATION) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("digga goran hat mir erzählt dass er umzieht", ["goran"]),
        ("j'étais chez rozenn à guingamp et y avait pas de réseau", ["rozenn"]),
        ("kennst du katarzyna? die arbeitet auch da", ["katarzyna"]),
        ("ich bin die tomke übrigens", ["tomke"]),
        ("nessuno se n'è ricordato, nemmeno fabrizio", ["fabrizio"]),
    ],
)
def test_fillers_places_of_people_and_not_even(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.PERSON) == expected


def test_chez_a_shop_is_no_person() -> None:
    assert of_type("je fais mes courses chez carrefour", EntityType.PERSON) == []


@pytest.mark.parametrize("text", ["\n\tdan", "hello\n\ndan", "  \n", "dan"])
def test_a_last_word_after_blanks_only_is_read_without_error(text: str) -> None:
    of_type(text, EntityType.PERSON)  # must not raise


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Domingo, lluvia, manta y peli. no necesito más", EntityType.PERSON),
        ("Weihnachten in Wittenberg, Silvester bei Oma", EntityType.PERSON),
        ("grandad turned 90 today, the whole family came", EntityType.PERSON),
        ("Nice weather finally. might go for a run", EntityType.LOCATION),
        ("trabajo de enfermera en el hospital, turno de noche", EntityType.ORGANIZATION),
    ],
)
def test_calendar_kin_and_everyday_words_after_the_harbor_split(
    text: str, kind: EntityType
) -> None:
    assert of_type(text, kind) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Danyal from the gym asked for my number", ["Danyal"]),
        ("mi médica es la doctora quillmore, un amor", ["quillmore"]),
        ("it's me, brevatha. new phone, lost all my contacts", ["brevatha"]),
        ("el móvil de maialen es el de siempre", ["maialen"]),
        ("die neue adresse ist Lindenweg 4, klingel bei niehaus", ["niehaus"]),
    ],
)
def test_names_from_places_titles_and_phones(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.PERSON) == expected


def test_a_broken_intercom_is_no_name() -> None:
    assert of_type("spediscilo in via Roma 44, citofono rotto", EntityType.PERSON, "it") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ok so update. i handed in my notice at Quillbrook today!!", ["Quillbrook"]),
        ("bin großer Tolvane-Fan, samstags bin ich nicht ansprechbar", ["Tolvane"]),
        ("soy socio del Brevatés CF desde chico", ["Brevatés CF"]),
    ],
)
def test_job_changes_and_club_membership(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.ORGANIZATION) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ask her, she knows everything about Torquay", ["Torquay"]),
        ("Natale a Conegliano, capodanno a casa. i miei mi uccidono", ["Conegliano"]),
    ],
)
def test_smaller_towns_capitalised_inside_a_sentence(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.LOCATION) == expected


def test_an_english_a_before_a_capitalised_word_is_no_place() -> None:
    assert of_type("can you write a Flask API for me?", EntityType.LOCATION) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the wedding's in Montana, eamonn is best man and i'm bridesmaid", ["eamonn"]),
        ("so basically manpreet told owain that i liked him", ["manpreet"]),
        ("me and quillon are going away for the long weekend", ["quillon"]),
    ],
)
def test_clause_subjects_fillers_and_me_and(text: str, expected: list[str]) -> None:
    assert expected[0] in of_type(text, EntityType.PERSON)


def test_a_word_after_a_comma_is_no_subject_unless_a_known_name() -> None:
    assert of_type("ok, quillonish is wild lol", EntityType.PERSON) == []
