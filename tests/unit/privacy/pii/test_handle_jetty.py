"""Handles of the jetty and wharf splits' forms (seen), written with other names: a handle
before whose platform it is, the same name everywhere, "hmu" and the verbs of being written to,
a handle dressed as a media file where a handle is expected, a plain word after an invitation."""

from __future__ import annotations

import pytest

from tests.unit.privacy.pii.helpers import of_type
from veil.domain.pii import EntityType

POSITIVE = [
    # a handle before whose platform it is
    ("lena.moss thats my tiktok", "lena.moss"),
    ("toby_rides, that's his insta", "toby_rides"),
    ("grete_hh ist mein insta", "grete_hh"),
    ("manon.lt c'est mon snap", "manon.lt"),
    ("pablo_r92 es mi tiktok", "pablo_r92"),
    ("rocio.sv su tiktok", "rocio.sv"),
    ("giada.bz è il mio insta", "giada.bz"),
    ("lemon.mp3 thats my tiktok", "lemon.mp3"),
    # the same name everywhere
    ("i'm odile_77 everywhere basically", "odile_77"),
    ("ich bin überall juna.k", "juna.k"),
    ("je suis loulou_b partout", "loulou_b"),
    ("soy nerea.gs en todos lados", "nerea.gs"),
    ("sono ale_tz ovunque", "ale_tz"),
    ("i'm everywhere as kit.vale", "kit.vale"),
    ("brio_tx on all socials", "brio_tx"),
    # "hmu" and the verbs of being written to
    ("hmu zed_kowalski", "zed_kowalski"),
    ("hit me up tamsin.rx", "tamsin.rx"),
    ("schreib mir, lotte_w", "lotte_w"),
    ("écris-moi: flo.rnt", "flo.rnt"),
    ("escríbeme a nuri_pz", "nuri_pz"),
    ("scrivimi pippo_92", "pippo_92"),
    # a handle dressed as a media file, right where a handle comes
    ("insta ferret.mp4", "ferret.mp4"),
    ("telegram bo.exe if this app dies", "bo.exe"),
    ("follow juniper.mp3 its my private", "juniper.mp3"),
    ("ruby.gif su tiktok", "ruby.gif"),
    # (wharf, seen) a plain word opening the message and declared, a tag, a second account
    ("moonpie88x is my finsta dont tell", "moonpie88x"),
    ("kestrelfox is my discord", "kestrelfox"),
    ("wolfie#2291 is my finsta", "wolfie#2291"),
    # a plain word right after an invitation, no platform
    ("add me zorblax", "zorblax"),
    ("follow quillsnap shes my cousin", "quillsnap"),
    ("folg mir kaetzchenxo", "kaetzchenxo"),
    ("aggiungimi pandoretta", "pandoretta"),
    # a plain word opening the message, its clause ending with the platform
    ("brewmancer on tiktok, i post recipes", "brewmancer"),
    # letters spelled with dots, declared
    ("mi insta es l.u.n.a", "l.u.n.a"),
]
NEGATIVE = [
    "that's my tiktok",
    "lol thats my tiktok",
    "v1.2 is my x",
    "report.pdf thats my insta",
    "ads everywhere",
    "e.g everywhere",
    "ich bin überall müde",
    "glitter everywhere lol",
    "hmu when ur free",
    "hmu later",
    "add song.mp3 to the playlist",
    "i saved the insta pic and video.mp4 lol",
    "the tiktok clip.mp4 got 100 likes",
    "schreib mir später",
    "my insta is private, thats my tiktok",
    "this is my insta",
    "gaming is my twitch",
    "follow kubernetes docs",
    "follow thru",
    "follow instructions",
    "add me pls",
    "hmu on insta, ok",
    "mi insta es u.s",
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("seguimi su insta: pino.rx", ["pino.rx"]),
        ("ajoute-moi sur snap, c'est lou.pz", ["lou.pz"]),
        ("marta on insta, she said hi", []),
        ("add me marta", []),
    ],
)
def test_invitation_verbs_and_names_are_no_handles(text: str, expected: list[str]) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == expected


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_finds_jetty_handles(text: str, expected: str) -> None:
    assert expected in of_type(text, EntityType.SOCIAL_HANDLE)


@pytest.mark.parametrize("text", NEGATIVE)
def test_leaves_non_handles(text: str) -> None:
    assert of_type(text, EntityType.SOCIAL_HANDLE) == []
