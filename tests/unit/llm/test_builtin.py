"""The built-in engine: deterministic, persona-aware, style-following, never crosses a limit."""

from __future__ import annotations

import itertools
import re
from typing import Any

import pytest

from veil.domain.chat import (
    ChatMessage,
    CompanionBrief,
    FinishReason,
    GenerationRequest,
    Role,
    StyleHint,
)
from veil.domain.temperament import Temperament
from veil.llm.builtin import LANGUAGES, BuiltinBackend, BuiltinConfig, reply_for
from veil.llm.phrases import CHECK_IN, EN_VOICE
from veil.llm.wording import LimitGuard, read_style, second_person, user_name

pytestmark = pytest.mark.anyio

EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf]")
MESSAGES = (
    "hi!",
    "I had a rough day at work",
    "thanks so much",
    "what music do you like?",
    "good night",
    "you're cute",
    "how are you?",
    "I went for a walk on the beach with my dog",
    "",
)


def _request(text: str = "hello", seed: int | None = None, **brief: Any) -> GenerationRequest:
    return GenerationRequest(
        messages=(ChatMessage(Role.SYSTEM, "prompt"), ChatMessage(Role.USER, text)),
        brief=CompanionBrief(persona_name="Mara", **brief),
        seed=seed,
    )


def _text(text: str = "hello", **brief: Any) -> str:
    return reply_for(_request(text, None, **brief))[0]


def test_same_input_same_reply_and_seed_varies_it() -> None:
    assert _text("tell me about your day") == _text("tell me about your day")
    variants = {reply_for(_request("tell me about your day", seed=s))[0] for s in range(12)}
    assert len(variants) > 3


def test_replies_vary_with_the_conversation() -> None:
    replies = {_text(f"message number {n}") for n in range(20)}
    assert len(replies) > 5


@pytest.mark.parametrize("temperament", [t.value for t in Temperament])
def test_each_temperament_has_its_own_voice(temperament: str) -> None:
    lines = set(itertools.chain.from_iterable(EN_VOICE[temperament].values()))
    replies = [_text(f"so, message {n}", temperament=temperament) for n in range(10)]
    assert any(any(line in reply for line in lines) for reply in replies)


def test_the_users_preferred_tone_picks_the_voice() -> None:
    assert _text("hey", temperament="playful", tone="gentle") == _text("hey", temperament="calm")
    assert _text("hey", temperament="shy", tone="mysterious") == _text("hey", temperament="shy")


def test_unknown_temperament_falls_back_and_aliases_map() -> None:
    assert _text("hey", temperament="mercurial") == _text("hey", temperament="warm")
    assert _text("hey", temperament="teasing") == _text("hey", temperament="playful")


@pytest.mark.parametrize("language", LANGUAGES)
def test_check_in_is_calm_and_in_the_language(language: str) -> None:
    reply = _text("red", check_in=True, language=language, temperament="playful")
    assert reply.startswith(CHECK_IN[language][0])
    assert not EMOJI.search(reply)


def test_check_in_formal_variant() -> None:
    assert "Sie" in _text("stop", check_in=True, language="de", style_instructions=("formal",))


@pytest.mark.parametrize(
    ("language", "greeting"),
    [("de", "hallo"), ("fr", "bonjour"), ("es", "hola"), ("it", "ciao"), ("de-AT", "servus")],
)
def test_other_languages_reply_in_kind(language: str, greeting: str) -> None:
    reply = _text(greeting, language=language)
    assert reply and not re.search(r"\b(the|you|and)\b", reply)


def test_formal_register_in_other_languages() -> None:
    for n in range(10):
        assert not re.search(
            r"\b(du|dich|dir)\b",
            _text(f"wie {n}", language="de", style_instructions=(StyleHint.FORMAL,)),
        )
    assert "vous" in _text("merci", language="fr", style_instructions=(StyleHint.FORMAL,))


def test_unsupported_language_falls_back_to_english() -> None:
    assert _text("hello", language="xx") == _text("hello", language="en")


def test_uses_the_users_name_and_remembered_facts() -> None:
    facts = ("The user's name is Alex", "The user has a cat named Miso")
    replies = [_text(f"hi {n}", user_facts=facts, style_instructions=("longer",)) for n in range(8)]
    assert all("Alex" in reply for reply in replies)
    assert any("you have a cat named Miso" in reply for reply in replies)


def test_without_a_name_the_address_is_dropped_cleanly() -> None:
    for n in range(10):
        reply = _text(f"hello {n}")
        assert "{" not in reply and " ," not in reply and ", ." not in reply


@pytest.mark.parametrize("message", MESSAGES)
def test_style_short_lowercase_no_emoji(message: str) -> None:
    hints = (StyleHint.SHORT, StyleHint.LOWERCASE, StyleHint.NO_EMOJI)
    reply = _text(message, temperament="playful", style_instructions=hints)
    assert reply == reply.lower()
    assert not EMOJI.search(reply)
    assert len(re.findall(r"[.!?](\s|$)", reply)) <= 3


def test_emoji_when_asked() -> None:
    assert EMOJI.search(_text("hey", style_instructions=(StyleHint.EMOJI,)))
    assert EMOJI.search(_text("hey", style_instructions=("feel free to use emoji",)))


def test_long_replies_are_longer() -> None:
    short = sum(len(_text(m, style_instructions=(StyleHint.SHORT,))) for m in MESSAGES)
    long = sum(len(_text(m, style_instructions=(StyleHint.LONG,))) for m in MESSAGES)
    assert long > short


def test_sad_messages_get_care_not_flirting() -> None:
    reply = _text("I had a rough day", temperament="playful")
    assert not EMOJI.search(reply)
    assert reply.endswith("?")


LIMITS = ("music", "dogs", "work", "cats", "jazz", "the beach", "kissing")


@pytest.mark.parametrize("limit", LIMITS)
@pytest.mark.parametrize("message", MESSAGES)
def test_never_raises_a_hard_limit(limit: str, message: str) -> None:
    facts = ("I love jazz", "The user has two cats", "I work at a bakery")
    for temperament, length in itertools.product(EN_VOICE, ("short", "longer")):
        reply = _text(
            message,
            limits=(limit,),
            user_facts=facts,
            temperament=temperament,
            style_instructions=(length,),
        )
        stem = limit.split()[-1].rstrip("s")[:4]
        assert stem not in reply.lower(), (limit, reply)


def test_when_everything_is_a_limit_a_safe_line_remains() -> None:
    limits = tuple(" ".join(EN_VOICE["warm"]["question"]).split())
    reply = _text("hi", limits=limits)
    assert reply == "I'm here with you."


def test_max_tokens_counts_words() -> None:
    text, reason = reply_for(GenerationRequest(messages=(), max_tokens=3))
    assert len(text.split()) == 3 and reason is FinishReason.LENGTH


def test_no_brief_and_no_user_message_still_replies() -> None:
    text, reason = reply_for(GenerationRequest(messages=(ChatMessage(Role.SYSTEM, "x"),)))
    assert text and reason is FinishReason.STOP


async def test_streams_word_by_word_with_optional_delay() -> None:
    backend = BuiltinBackend(BuiltinConfig(delay_seconds=0.001))
    request = _request("hi")
    deltas = [delta async for delta in backend.stream(request)]
    assert len(deltas) > 3 and "".join(deltas) == (await backend.generate(request)).text
    assert backend.is_local


def test_wording_helpers() -> None:
    assert second_person("The user is a nurse.") == "you are a nurse"
    assert second_person("The user's favourite colour is green") == "your favourite colour is green"
    assert second_person("I'm learning the cello") == "you're learning the cello"
    assert second_person("Likes rainy Sundays") == "likes rainy Sundays"
    assert user_name(["call me Sam"]) == "Sam"
    assert user_name(["likes tea"]) is None
    style = read_style(["Please avoid emoji.", "Keep it brief"])
    assert style.emoji is False and style.length == 2
    assert read_style([]).emoji is None
    guard = LimitGuard(["choking", "  "])
    assert not guard.allows("They choked.") and guard.allows("A quiet evening.")
