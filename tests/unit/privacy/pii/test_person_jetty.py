"""People's names in the phrasings of the jetty split's misses (round 12), with other names:
a profile line ("lena (31) münchen"), "… here" before an age, a greeting before "i'm …", "it's
me again, …", the name the writer goes by ("… pero dime …", "… aber sag einfach …"), a name
beside a relative ("Wren my sister …", "… she's my roommate"), a surname known from a place
("Okafor from accounting asked me out"), the writer's partner in the five languages ("… und
ich"), a voice note's hesitations before a subject, someone's place ("bin grad bei …", "sono
a Bari da …"), engaged or married to someone, "cc …", "bring … home", a relative's partner
"is called …", a possessive before a cousin or a bachelorette, a pronoun taking the name up,
a capitalised word after the writer's relative, a title before a neighbour or a boss, and
short forms chat writes ("kat", "soph"). Words that are also names stay words without a cue.
"""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    # a profile line: a name and an age in brackets
    ("maeve (34) Leeds", None, "maeve"),
    ("Hazel (29) glasgow", None, "Hazel"),
    ("jannik (31) münchen", "de", "jannik"),
    # "… here" after a greeting, before an age
    ("hiii ruby here 😊 33f", None, "ruby"),
    ("hii tabitha here, 25", None, "tabitha"),
    # a greeting, then "i'm …", closing the message or before a laugh or an emoji
    ("heyy im ivy lol sorry im late", None, "ivy"),
    ("ciaoo sono aurora 😘", "it", "aurora"),
    ("coucou c rose 😘", "fr", "rose"),
    ("audio: eh hola soy paz eh que ya llego", "es", "paz"),
    # it's me again
    ("its me again, Hope, new number", None, "Hope"),
    ("it's me again, ottilie", None, "ottilie"),
    # the name the writer goes by, after the full one
    ("soy Marta Gil pero dime Paloma", "es", "Paloma"),
    ("soy rosario Quintana pero dime chelo", "es", "rosario Quintana"),
    ("ich heiß Jonas Meyer aber sag einfach Nils", "de", "Nils"),
    ("ich heiß Frida fuchs aber sag einfach Fritzi", "de", "Frida fuchs"),
    ("je m'appelle margaux fontaine mais appelle-moi Go", "fr", "margaux fontaine"),
    # a name beside the writer's relative
    ("Wren my sister is coming round later", None, "Wren"),
    ("hazel my roommate ate my leftovers", None, "hazel"),
    ("call ivy she's my roommate if im not answering", None, "ivy"),
    ("Lena meine Schwester kommt morgen", "de", "Lena"),
    # a surname known from a place
    ("Okafor from accounting asked me out", None, "Okafor"),
    ("ugh Chase from work keeps liking my pics", None, "Chase"),
    # the writer's partner
    ("felice e io ci siamo lasciati", "it", "felice"),
    ("Ernst und ich waren im Kino", "de", "Ernst"),
    ("Dédé et moi on s'est séparés", "fr", "Dédé"),
    # a voice note's hesitations before the subject
    ("voice note: ok so um basically ruby called me and she was like no", None, "ruby"),
    # at someone's place
    ("sprachnachricht: bin grad bei jannik in Köln", "de", "jannik"),
    ("sono a Bari da Stella stasera", "it", "Stella"),
    # engaged or married to someone, copied in, brought home
    ("omg is she engaged?? to hunter??", None, "hunter"),
    ("send it to me and cc Ivy pls", None, "Ivy"),
    ("my nan keeps asking when i'll bring kwame home", None, "kwame"),
    # a relative's partner is called …
    ("mum's new bf is called rob and he's fine", None, "rob"),
    # a possessive before a cousin or a bachelorette
    ("are u chase's cousin??", None, "chase"),
    ("we r going to Leeds for ruby's bachelorette", None, "ruby"),
    # a pronoun taking the name up
    ("had lunch with grace and she cried", None, "grace"),
    # someone said about himself, asked the writer something
    ("so Drew said he's 30 but no way", None, "Drew"),
    ("Chase asked if i'd go with him", None, "Chase"),
    # a capitalised word after the writer's relative
    ("my landlord Crowley wont fix the boiler", None, "Crowley"),
    ("il mio ex Totò mi ha scritto", "it", "Totò"),
    # a title before a boss or a neighbour
    ("herr fuchs ist mein chef", "de", "fuchs"),
    ("frau vogel von nebenan hat geklingelt", "de", "vogel"),
    # Spanish "compi de piso"
    ("mi compi de piso lourdes ronca fatal", "es", "lourdes"),
    # short forms and names the English lists lacked
    ("me n Kat got matching tattoos", None, "Kat"),
    ("told niamh everything", None, "niamh"),
]

NEGATIVE = [
    # counts and years in brackets are no profile
    ("Messages (12) unread", None),
    ("notifications (3)", None),
    # "… here" without an age, a greeting without a name
    ("hope here is fine", None),
    ("hey im tired lol", None),
    ("hi im true lol", None),
    # a verb or a time before a relative
    ("hope my sister is ok", None),
    ("Sunday my sister is visiting", None),
    ("will my mum mind if i come", None),
    # no one from a place
    ("someone from work asked me out", None),
    ("everyone from school texted me", None),
    # at no one's place
    ("sono a casa da sola", "it"),
    ("bin grad bei der arbeit", "de"),
    ("ja aber sag einfach Bescheid", "de"),
    ("vale pero dime algo", "es"),
    # married to no one, brought nothing home
    ("married to the job lol", None),
    ("bring pizza home pls", None),
    # a pronoun after no cue, or after a thing
    ("summer and she said no", None),
    # a title before no one
    ("frau von nebenan hat geklingelt", "de"),
    ("frau ist mein chef", "de"),
    # a couple that is a season
    ("summer and autumn are coming", None),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_names_in_the_jetty_phrasings(text: str, language: str | None, expected: str) -> None:
    assert expected in of_type(text, EntityType.PERSON, language)


@pytest.mark.parametrize(("text", "language"), NEGATIVE)
def test_no_name_without_the_cue(text: str, language: str | None) -> None:
    assert of_type(text, EntityType.PERSON, language) == []


def test_a_verb_after_a_relative_is_no_surname() -> None:
    # "ronca" (Spanish "snores") is a surname of the wider lists only
    assert of_type("mi compi de piso lourdes ronca fatal", EntityType.PERSON, "es") == ["lourdes"]
