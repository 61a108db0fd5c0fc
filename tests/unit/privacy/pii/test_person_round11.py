"""Words that are also names (issue 5, round 11): "rose", "hope", "will", "may", "grace",
"summer", "april", "mark", "bill" are names only after a cue that only a person follows
("ask for …", "told …", "me n …", "my roomie …", "citofono …", "…'s bday", "… and i"), in a
sign-off after a message, as the subject of what only a person does to the writer, or beside
another name; never bare. Also: doorbells, "ich heiß", "alle nennen mich", "who's …",
"do u know …", "pay … back", a surname after a title that is also a word ("dr price"),
surnames written "o'brien".
"""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    # cues only a person follows
    ("call the office and ask for bill", None, "bill"),
    ("ring the front desk and ask for Hope", None, "Hope"),
    ("told ivy about the move and she cried", None, "ivy"),
    ("me n rose r going to the lake this weekend", None, "rose"),
    ("my roomie april ate my leftovers", None, "april"),
    ("my roomie Summer Hunter ate my leftovers", None, "Summer Hunter"),
    ("if anything happens my sister is Grace", None, "Grace"),
    ("mi prima soledad dice que vengas", "es", "soledad"),
    ("la mia coinquilina serena non paga mai", "it", "serena"),
    ("grüß Ernst von mir", "de", "Ernst"),
    ("mein kumpel jannik meint du bist nett", "de", "jannik"),
    ("dis à quentin que je passe ce soir", "fr", "quentin"),
    ("wait who's Hunter", None, "Hunter"),
    ("wait who's hope", None, "hope"),
    ("do u know Hope Brown? she says she knows u", None, "Hope Brown"),
    ("remind me to pay april back 20 quid", None, "april"),
    ("remind me to pay Summer back tomorrow", None, "Summer"),
    ("moving in with mark next month", None, "mark"),
    ("saluti da aurora", "it", "aurora"),
    ("miss u hazel", None, "hazel"),
    ("have u met ivy? shes so funny", None, "ivy"),
    ("je sors avec rose demain", "fr", "rose"),
    ("he quedado con alba", "es", "alba"),
    ("hunter wants to meet u", None, "hunter"),
    ("it's me, hazel", None, "hazel"),
    ("ok so trinity just called me", None, "trinity"),
    ("ugh Trinity won't stop texting me", None, "Trinity"),
    ("zarel te manda saludos", "es", "zarel"),
    ("quorvin ti saluta", "it", "quorvin"),
    ("kessandra te passe le bonjour", "fr", "kessandra"),
    ("do u remember osric from school?", None, "osric"),
    ("my best friend is called cerys", None, "cerys"),
    # the name-only German and the plural "call me"
    ("ok ich heiß leonie aber alle nennen mich Lotti", "de", "leonie"),
    ("ok ich heiß leonie aber alle nennen mich Lotti", "de", "Lotti"),
    # before what only a person has
    ("pls remind me april's bday is next week", None, "april"),
    ("this is mark's phone, he left it here", None, "mark"),
    # beside another name
    ("Priyanka and rose are fighting in the group chat again", None, "rose"),
    ("idk if Reggie n grace r a thing now", None, "grace"),
    ("idk if zarel n keisha r a thing now", None, "zarel"),
    # the subject of what only a person does to the writer
    ("rose keeps leaving me on read", None, "rose"),
    ("omg april just liked my pic from 2016", None, "april"),
    ("Will keeps leaving me on read", None, "Will"),
    ("Rose said hi and also that ur cute", None, "Rose"),
    ("tía, paz me ha escrito otra vez", "es", "paz"),
    ("Celeste mi ha bloccata su whatsapp", "it", "Celeste"),
    ("Jade m'a ghostée depuis hier", "fr", "Jade"),
    # self-introductions that go on as introductions do
    ("im hope. 19. nurse by day, gamer by night", None, "hope"),
    ("hey it's me bill from the party saturday", None, "bill"),
    ("its summer lol new phone who dis", None, "summer"),
    ("c'est rose, j'ai changé de numéro", "fr", "rose"),
    ("hey, ich bin ernst 😊 und du?", "de", "ernst"),
    ("soy paz por cierto, nunca me presenté bien", "es", "paz"),
    # sign-offs after a message
    ("Miss you. - holly", None, "holly"),
    ("night babe. love you. grace xx", None, "grace"),
    ("sounds good. jen xx", None, "jen"),
    ("un besito, Luz", "es", "Luz"),
    ("love u wren ❤️", None, "wren"),
    ("na, Rosa hier, hab deine nachricht gesehen", "de", "Rosa"),
    # doorbells
    ("abito in via Roma 12, citofono greco", "it", "greco"),
    ("abito in via Roma 12, citofono Moretti", "it", "Moretti"),
    ("komm vorbei, 3. stock, klingel bei wolf", "de", "wolf"),
    # a word that is also a name before a known surname
    ("Aurora Ferrari la conosci? era in classe con me", "it", "Aurora Ferrari"),
    ("Blanche Leroy, tu la connais ?", "fr", "Blanche Leroy"),
    ("hazel Robinson from school added me", None, "hazel Robinson"),
    # two people as a couple or a fight
    ("Holly and Poppy are fighting in the group chat again", None, "Holly"),
    ("Holly and Poppy are fighting in the group chat again", None, "Poppy"),
    ("idk if poppy n hope r a thing now", None, "hope"),
    ("lucía y paz están juntas otra vez", "es", "paz"),
    # titles and surnames
    ("dr price says my bloods are fine", None, "price"),
    ("dr O'Brien says my bloods are fine", None, "O'Brien"),
    ("my boss leilani o'brien is the worst", None, "leilani o'brien"),
    ("meine ärztin ist frau dr. brandt, total lieb", "de", "brandt"),
    # someone named to the reader, the writer's own surname, a namesake
    ("el casero, un tal valdivia, no contesta nunca", "es", "valdivia"),
    ("el casero, un tal Bustamante, no contesta nunca", "es", "Bustamante"),
    ("Pickering is my married name, going back to my maiden one", None, "Pickering"),
    ("named my dog after dustin bc he was the best teacher", None, "dustin"),
    ("la mia dottoressa è la dott.ssa bortolotti, bravissima", "it", "bortolotti"),
]

NEGATIVE = [
    ("ask for help if you need it", None),
    ("remind me to pay bill tomorrow", None),
    ("my sister may come too", None),
    ("my brother will be late", None),
    ("my brother is sick again", None),
    ("this summer's party was wild", None),
    ("hope keeps me going", None),
    ("rose says hi", None),
    ("who's there", None),
    ("its june 5 already", None),
    ("it's summer and i'm bored", None),
    ("xx, grace", None),
    ("- hope", None),
    ("mark my words - bill", None),
    ("hehe xx", None),
    ("lol. hehe xx", None),
    ("rock n roll all night", None),
    ("il citofono non funziona, citofono rotto", "it"),
    ("klingel einfach zweimal", "de"),
    ("grüß dich, wie gehts", "de"),
    ("frau dr. ist heute nicht da", "de"),
    ("Trouble is my middle name", None),
    ("a certain young man called", None),
    ("named it after the war", None),
    ("with hope and love", None),
    ("i met will at the bar", None),
    ("hope wants to be seen", None),
    ("summer Camp was fun", None),
    ("do u remember summer 2019", None),
    ("my mom is called", None),
    ("love u ❤️", None),
    ("love u summer ☀️", None),
    ("Grace Church is on the corner", None),
    ("May Day parade tomorrow", None),
    ("rain and snow are together in the forecast", None),
    # chat words some locale has as a name, or no list holds
    ("brunch at 5pm then im all urs", None),
    ("he texted wyd at 3am lmaooo", None),
]


@pytest.mark.parametrize(("text", "language", "expected"), POSITIVE)
def test_words_that_are_names_after_a_person_cue(
    text: str, language: str | None, expected: str
) -> None:
    assert expected in of_type(text, EntityType.PERSON, language)


@pytest.mark.parametrize(("text", "language"), NEGATIVE)
def test_words_that_are_names_are_not_taken_bare(text: str, language: str | None) -> None:
    assert of_type(text, EntityType.PERSON, language) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("grüß Sven von mir", "de", ["Sven"]),
        ("wesh c'est Rémi, j'ai changé de numéro", "fr", ["Rémi"]),
        ("my ex tobi texted wyd at 3am", None, ["tobi"]),
        ("we broke up. sukhwinder Van der Berg. dont text me", None, ["sukhwinder Van der Berg"]),
    ],
)
def test_a_word_before_a_name_is_no_name_of_its_own(
    text: str, language: str | None, expected: list[str]
) -> None:
    # an imperative ("grüß"), a greeting ("wesh") or a chat word ("wyd") beside a name
    assert of_type(text, EntityType.PERSON, language) == expected


def test_the_show_keeps_its_second_name() -> None:
    # "Frankie" is a name; "Grace" opening the sentence beside it is a title's word
    assert of_type("Grace and Frankie is my fav show", EntityType.PERSON) == ["Frankie"]
