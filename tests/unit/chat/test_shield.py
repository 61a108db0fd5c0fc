"""The PII shield: placeholders out, originals back in, split placeholders, fail closed."""

from __future__ import annotations

import re
from collections.abc import Sequence

import pytest

from veil.chat.shield import PiiShield
from veil.domain.chat import ChatMessage, CompanionBrief, GenerationRequest, Role
from veil.domain.errors import PIIError
from veil.domain.pii import Entity, EntityType


class Names:
    """Finds capitalised names from a fixed list and e-mail addresses."""

    names = ("Dana", "Robin")

    def analyze(self, text: str, language: str | None = None) -> Sequence[Entity]:
        found = [
            Entity(m.start(), m.end(), EntityType.PERSON, 0.9)
            for name in self.names
            for m in re.finditer(rf"\b{name}\b", text)
        ]
        found += [
            Entity(m.start(), m.end(), EntityType.EMAIL, 0.99)
            for m in re.finditer(r"\S+@example\.com", text)
        ]
        return found


class Broken:
    def analyze(self, text: str, language: str | None = None) -> Sequence[Entity]:
        raise RuntimeError("model file missing")


def request() -> GenerationRequest:
    return GenerationRequest(
        messages=(
            ChatMessage(Role.SYSTEM, "You are Aria."),
            ChatMessage(Role.USER, "I'm Dana, write to dana@example.com. Robin says hi, Dana."),
        ),
        brief=CompanionBrief(persona_name="Aria", user_facts=("Dana likes tea",)),
    )


def test_identifiers_become_consistent_placeholders_and_come_back() -> None:
    protected, pseudonyms = PiiShield(Names(), enabled=True).protect(request())
    assert pseudonyms is not None
    text = protected.messages[1].content
    assert "Dana" not in text and "dana@example.com" not in text and "Robin" not in text
    assert text == "I'm <PERSON_1>, write to <EMAIL_1>. <PERSON_2> says hi, <PERSON_1>."
    assert protected.brief is not None and protected.brief.user_facts == ("<PERSON_1> likes tea",)
    assert pseudonyms.restore(text) == request().messages[1].content


def test_a_placeholder_split_across_deltas_is_restored() -> None:
    _, pseudonyms = PiiShield(Names(), enabled=True).protect(request())
    assert pseudonyms is not None
    restorer = pseudonyms.restorer()
    out = [restorer.feed(d) for d in ["Hello <PER", "SON_", "1>, how", " are <", "3 you"]]
    out.append(restorer.finish())
    assert "".join(out) == "Hello Dana, how are <3 you"
    assert out[0] == "Hello " and out[1] == ""


def test_off_passes_the_request_unchanged() -> None:
    original = request()
    assert PiiShield(None, enabled=False).protect(original) == (original, None)


@pytest.mark.parametrize("detector", [None, Broken()])
def test_fails_closed(detector: Broken | None) -> None:
    with pytest.raises(PIIError):
        PiiShield(detector, enabled=True).protect(request())


class Counting(Names):
    def __init__(self) -> None:
        self.calls = 0

    def analyze(self, text: str, language: str | None = None) -> Sequence[Entity]:
        self.calls += 1
        return super().analyze(text, language)


def test_each_text_is_analyzed_once_and_the_cache_is_bounded() -> None:
    detector = Counting()
    shield = PiiShield(detector, enabled=True, cache_size=3)
    shield.protect(request())  # two messages and one fact
    shield.protect(request())
    assert detector.calls == 3
    shield = PiiShield(detector, enabled=True, cache_size=2)
    shield.protect(request())
    shield.protect(request())
    assert detector.calls == 3 + 6  # three texts cycling through two slots: always missed
