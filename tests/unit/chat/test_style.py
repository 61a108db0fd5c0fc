from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from veil.chat import style
from veil.chat.style import (
    StyleProfile,
    detect_language,
    from_dict,
    instructions,
    language,
    observe,
    to_dict,
)
from veil.domain.errors import InputError


def _profile(messages: Sequence[str]) -> StyleProfile:
    profile = StyleProfile()
    for text in messages:
        profile = observe(profile, text)
    return profile


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I think that the weather is nice and you are sweet", "en"),
        ("Ich bin so müde heute, und du?", "de"),
        ("Je suis très contente, et toi ?", "fr"),
        ("Estoy muy cansada pero te quiero", "es"),
        ("Sono molto stanca ma come stai?", "it"),
        ("ok", None),
        ("12345", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


CASES: list[tuple[list[str], list[str], list[str]]] = [
    # messages, instructions expected, instructions not expected
    (
        ["hey u lol 😊", "gonna sleep soon haha", "miss u 😘"],
        [
            "Keep replies short (1-2 sentences).",
            "Write in lowercase.",
            "Use emoji freely.",
            "Keep it casual and relaxed (lol, gonna, u are fine).",
            "Skip the full stop at the end of a message.",
        ],
        ["Keep a polite, more formal register."],
    ),
    (
        ["OMG THIS IS AMAZING!!", "I CAN'T WAIT!!", "YES YES YES!!"],
        [
            "Capitals for emphasis are fine now and then.",
            "Show excitement with exclamation marks!!",
        ],
        ["Write in lowercase."],
    ),
    (
        ["Well... I am not sure...", "Perhaps... we could try.", "Maybe later..."],
        ["Trailing off with '...' suits the mood."],
        [],
    ),
    (
        [
            "Dear companion, I would kindly ask you to tell me about your day. Regards.",
            "However, I shall wait for your answer. Sincerely.",
            "Furthermore, I am curious about your opinion on this matter. Kind regards.",
        ],
        ["Keep replies brief (2-4 sentences).", "Keep a polite, more formal register."],
        ["Keep it casual and relaxed (lol, gonna, u are fine)."],
    ),
    (
        ["Ich bin so müde heute, und du?", "Das ist nicht so schlimm, ich bin da.", "Wie war das?"],
        ["Reply in German."],
        [],
    ),
    (
        ["I had a long day.", "The meeting was fine.", "I am home now.", "Dinner is ready.", "Ok."],
        ["Don't use emoji.", "Reply in English."],
        ["Write in lowercase.", "Use an emoji now and then."],
    ),
    (
        ["A" * 500 + ".", "B" * 450 + ".", "C" * 480 + "."],
        ["Longer, detailed replies are welcome."],
        [],
    ),
    (["Hi there.", "Yes."], [], ["Keep replies short (1-2 sentences)."]),  # too few messages
]


@pytest.mark.parametrize(("messages", "wanted", "unwanted"), CASES)
def test_instructions_mirror_the_user(
    messages: list[str], wanted: list[str], unwanted: list[str]
) -> None:
    result = instructions(_profile(messages))
    for text in wanted:
        assert text in result
    for text in unwanted:
        assert text not in result


def test_a_medium_length_without_habits_needs_no_length_instruction() -> None:
    text = (
        "This is a perfectly ordinary message of medium length, "
        "nothing special about it at all, really; just words."
    )
    result = instructions(_profile([text + " " + text] * 3))
    assert not any(line.startswith(("Keep replies", "Longer")) for line in result)


def test_some_emoji_means_now_and_then() -> None:
    profile = _profile(["hello 😊", "hi.", "hm.", "ok.", "yes."])
    assert "Use an emoji now and then." in instructions(profile)


def test_empty_messages_change_nothing() -> None:
    assert observe(StyleProfile(), "   ") == StyleProfile()


def test_the_profile_follows_a_drifting_user() -> None:
    profile = _profile(["hey lol"] * 40 + ["Good evening. How are you today?"] * 60)
    assert profile.lowercase_rate < 0.2
    assert "Write in lowercase." not in instructions(profile)


def test_language_needs_a_majority() -> None:
    profile = _profile(["I think that the weather is nice", "Ich bin so müde heute, und du?"])
    assert language(profile) is None
    assert language(StyleProfile()) is None


def test_round_trip_through_a_json_dict() -> None:
    profile = _profile(["hey u lol 😊", "Ich bin so müde heute, und du?", "ok!!"])
    data = to_dict(profile)
    assert from_dict(data) == profile
    assert data["version"] == 1


def test_repr_holds_no_text() -> None:
    assert repr(_profile(["secret words"])) == "StyleProfile(messages=1)"


@pytest.mark.parametrize(
    "patch",
    [
        {"version": 2},
        {"messages": -1},
        {"messages": True},
        {"avg_chars": "long"},
        {"emoji_rate": 1.5},
        {"lowercase_rate": "x"},
        {"languages": {"xx": 0.5}},
        {"languages": {"en": 2.0}},
        {"languages": []},
    ],
)
def test_malformed_dicts_are_rejected(patch: dict[str, Any]) -> None:
    data = to_dict(StyleProfile()) | patch
    with pytest.raises(InputError):
        from_dict(data)


def test_pins_hold_over_learning_and_survive_storage() -> None:
    profile = style.pin(style.StyleProfile(), {"emoji_rate": 0.0, "language": "it"})
    for text in ("hey 😊 😊", "LOL 😍", "so fun 🙂"):
        profile = style.observe(profile, text)
    assert profile.emoji_rate == 0.0 and style.language(profile) == "it"
    assert "Don't use emoji." in style.instructions(profile)
    again = style.from_dict(style.to_dict(profile))
    assert again == profile
    released = style.pin(again, {"emoji_rate": None})
    assert released.pinned == {"language": "it"}
    assert style.observe(released, "yay 😊").emoji_rate > 0


@pytest.mark.parametrize(
    "changes",
    [{"messages": 3}, {"emoji_rate": 1.5}, {"emoji_rate": True}, {"language": "nl"},
     {"avg_chars": -1}, {"avg_chars": "long"}, {"bogus": None}],
)  # fmt: skip
def test_pins_refuse_what_cannot_be_corrected(changes: dict[str, Any]) -> None:
    with pytest.raises(InputError):
        style.pin(style.StyleProfile(), changes)


def test_a_stored_profile_with_a_bad_pin_is_refused() -> None:
    stored = style.to_dict(style.StyleProfile()) | {"pinned": {"emoji_rate": 7}}
    with pytest.raises(InputError):
        style.from_dict(stored)
    with pytest.raises(InputError):
        style.from_dict(style.to_dict(style.StyleProfile()) | {"pinned": []})
