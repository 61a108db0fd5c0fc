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
