from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    ("@jen_x on insta", "@jen_x"),
    ("snap: jen.x", "jen.x"),
    ("my tg is jenny_x", "jenny_x"),
    ("add me on snap jenxoxo", "jenxoxo"),
    ("discord: mike#1234", "mike#1234"),
    ("kik: jenxoxo", "jenxoxo"),
    ("my onlyfans is jenny.x hehe", "jenny.x"),
    ("follow me xxjen on tiktok", "xxjen"),
    ("jen_x99 on twitter", "jen_x99"),
    ("il mio ig è giu.lia95", "giu.lia95"),
    ("mi insta es lu_cia", "lu_cia"),
    ("my x is @dan_k", "@dan_k"),
    ("snap me jen_x99", "jen_x99"),
]
NEGATIVE = [
    "i saw it on insta",
    "posted on tiktok yesterday",
    "talk on discord later?",
    "x marks the spot",
    "one of my friends",
    "that's so snap",
    "jane@example.com",
    "i'm on line 3",
    "snap me later",
    "snap me back",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_handles(text: str, expected: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == [expected]


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_handles(text: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == []


# Round 7: a handle-shaped token after a platform named anywhere in the message, in the five
# languages; a plain word only right after a declaration.
POSITIVE_ROUND7 = [
    ("hmu on insta, rosie_b", "rosie_b"),
    ("if ur on tiktok look up marta.vlogs", "marta.vlogs"),
    ("wenn du auf insta bist, such nach lena_hh", "lena_hh"),
    ("je suis sur snapchat sous le nom de manon.lt", "manon.lt"),
    ("estoy en telegram como pablo_r92", "pablo_r92"),
    ("mi trovi su instagram come giada.bz", "giada.bz"),
    ("sur insta c'est zoelalune", "zoelalune"),
    ("su snap sono marcuzzo", "marcuzzo"),
    ("discord, kestrelfox", "kestrelfox"),
    ("my snap is down but insta, rikku99", "rikku99"),
]
NEGATIVE_ROUND7 = [
    "i saw it on insta, tbh",
    "on insta, crazy right",
    "posted on tiktok, no idea why",
    "on telegram i sent report_v2.pdf",
    "the twitch app got v1.2 today",
    "on tiktok at 10.30 tonight",
    "saw on insta, i.e. the app",
    "my insta is down, email jen_x@gmail.com",
    "look at instagram.com for the rules",
    "on youtube, the video was great",
    # a plain word after a declaration that is a word of some language
    "my insta is private",
    "insta ist nervig",
    "reddit is toxic af",
    "telegram è lento oggi",
    "insta c'est nul",
    "youtube es genial",
    "twitter, bluesky, whatever",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE_ROUND7)
def test_finds_handles_after_a_platform(text: str, expected: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == [expected]


@pytest.mark.parametrize("text", NEGATIVE_ROUND7)
def test_not_handles_after_a_platform(text: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == []


# Round 8 (street split): a handle declared by what it is with no platform named ("my username
# is …", "my @ is …", "mon pseudo c'est …", "new one is …"), as the object of what one does to a
# profile ("dm'd …", "search … on spotify"), invitations in the five languages, more platforms,
# and a declared plain word that only ends like a word of another language.
POSITIVE_ROUND8 = [
    ("my username is nina.rb if u want", "nina.rb"),
    ("my @ is theo_m everywhere", "theo_m"),
    ("her handle is @mila_xo btw", "@mila_xo"),
    ("mein username ist jetzt sven.k", "sven.k"),
    ("mon pseudo c'est lea_lune", "lea_lune"),
    ("mi usuario es pablito_77", "pablito_77"),
    ("il mio nickname è ste.fano", "ste.fano"),
    ("got banned, new one is kat.runs", "kat.runs"),
    ("mein altes konto ist weg, neuer account ist jojo_b", "jojo_b"),
    ("el nuevo es lucia.mv", "lucia.mv"),
    ("username's ben_o on bumble", "ben_o"),
    ("accidentally dm'd rob.tan at 3am", "rob.tan"),
    ("i still stalk emma_lou tbh", "emma_lou"),
    ("find my playlists on spotify, hana.beats", "hana.beats"),
    ("search marcopolo on soundcloud", "marcopolo"),
    ("folgt mir auf insta miabrandt", "miabrandt"),
    ("my twitch is bigpaulie, come say hi", "bigpaulie"),
    ("su tiktok è lucabrig", "lucabrig"),
    ("such nach lena_hh, die postet viel", "lena_hh"),
    ("cherche manon.lt sur google", "manon.lt"),
]
NEGATIVE_ROUND8 = [
    "my username is private",
    "my username is the same as my name",
    "the new one is v2.1, update it",
    "the new one is report_final.pdf",
    "the new one is better",
    "my account is locked",
    "handle is broken on the door",
    "search google.com for it",
    "i dm'd him yesterday",
    "i searched everywhere for my keys",
    "spotify is down again",
    "my spotify wrapped is embarrassing",
    "my hinge is broken",
    "insta ist nervig",
    "le nouveau c'est mieux",
    "el nuevo es 3.5 veces más rápido",
    "ich suche nach 2.5 stunden auf",
    "cerca il file notes_2024.txt",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE_ROUND8)
def test_finds_handles_round8(text: str, expected: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == [expected]


@pytest.mark.parametrize("text", NEGATIVE_ROUND8)
def test_not_handles_round8(text: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == []


# Round 9 (after the harbor split's first run, so seen): where the account is between its word
# and the declaration, the past, a Discord tag, and following or adding someone else's profile.
POSITIVE_ROUND9 = [
    ("my username on there is frostbite_77, i barely post tho", "frostbite_77"),
    ("my old account was sole.di.notte but i got locked out", "sole.di.notte"),
    ("mein alter account war lena_hh", "lena_hh"),
    ("mon pseudo là-bas c'est minou_x", "minou_x"),
    ("mon ancien compte c'était lea.dbs", "lea.dbs"),
    ("mi usuario ahí es luis_88", "luis_88"),
    ("il mio vecchio account era giada.bz", "giada.bz"),
    ("add me on insta its kitkat#4471", "kitkat#4471"),
    ("my username on there is @kitkat#4471, i barely post tho", "@kitkat#4471"),
    ("follow my cat lol chaton.rouge, she has more followers than me", "chaton.rouge"),
    ("add my sister too she's nordlicht_merle, she wants pics", "nordlicht_merle"),
    ("folgt meinem hund auch, bello_der_hund", "bello_der_hund"),
    ("suivez mon chat minou.noir", "minou.noir"),
    ("seguid a mi perro toby_el_perro", "toby_el_perro"),
    ("seguite il mio gatto micio.nero", "micio.nero"),
]
NEGATIVE_ROUND9 = [
    "add the eggs to the mix, e.g. 2 of them",
    "follow the steps in report_v2.pdf",
    "follow up with version 1.2.3 please",
    "add 2 cups of flour to the dough",
    "my old account was hacked in 2019",
    "my username on there is private",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE_ROUND9)
def test_finds_handles_round9(text: str, expected: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == [expected]


@pytest.mark.parametrize("text", NEGATIVE_ROUND9)
def test_not_handles_round9(text: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == []


# Round 10: an account named by the noun right before it ("a fake account X", "un faux compte
# X", "una cuenta falsa X", "my art page X"), a game's tag, more platforms ("on bereal as X"),
# the follow verb with its pronoun ("seguimi su X").
POSITIVE_ROUND10 = [
    ("someone made a fake account ruby.okafor_ using my selfies", "ruby.okafor_"),
    ("that account dex_99 keeps sending me weird stuff", "dex_99"),
    ("jemand hat einen fake account lina.kr erstellt", "lina.kr"),
    ("quelqu'un a créé un faux compte manon_lt2 avec mes photos", "manon_lt2"),
    ("alguien creó una cuenta falsa pablo.rg con mis fotos", "pablo.rg"),
    ("qualcuno ha aperto un profilo falso giuli.bz con le mie foto", "giuli.bz"),
    ("pls check out my art page inkwell_sasha", "inkwell_sasha"),
    ("my gaming tag is voidrunner_7 if u wanna play", "voidrunner_7"),
    ("mein gamertag ist nachtfalke.x", "nachtfalke.x"),
    ("i'm on bereal as tomas.vq, mostly my desk", "tomas.vq"),
    ("seguimi su ale.pasta92, posto solo dolci", "ale.pasta92"),
    ("agrégame, soy lucia_mr", "lucia_mr"),
    # a profile named alone before its platform, as no word and no first name
    ("kittyvortex on insta", "kittyvortex"),
]
NEGATIVE_ROUND10 = [
    "open the page settings.yaml and check the account user_id field",
    "the account first_name column is empty",
    "my account number is 12345",
    "the page loads slowly on chrome",
    "tinder ist anstrengend, ich lösch das",
    "tag ist lang gewesen",
    "seguimi, ti spiego tutto domani",
    "marta on insta is so funny",
    "the page index_v2 loads slowly",
    "my account balance_2023 sheet is wrong",
    "later on snap",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE_ROUND10)
def test_finds_handles_round10(text: str, expected: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == [expected]


@pytest.mark.parametrize("text", NEGATIVE_ROUND10)
def test_not_handles_round10(text: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == []
