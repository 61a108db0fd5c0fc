from __future__ import annotations

import pytest

from veil.chat.safety_replies import CRISIS_RESOURCES, block_reply, check_in_reply, support_reply
from veil.domain.safety import Category

LANGS = ["en", "de", "fr", "es", "it"]


@pytest.mark.parametrize("lang", LANGS)
def test_support_reply_lists_crisis_resources(lang: str) -> None:
    reply = support_reply(lang)
    assert "988" in reply
    assert "findahelpline.com" in reply
    assert "112" in reply
    assert all(line in reply for line in CRISIS_RESOURCES)


def test_unknown_language_falls_back_to_english() -> None:
    assert support_reply("xx") == support_reply("en")
    assert check_in_reply("pt-BR") == check_in_reply("en")
    assert check_in_reply("de-AT") == check_in_reply("de")


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_its_own_texts(lang: str) -> None:
    if lang != "en":
        assert check_in_reply(lang) != check_in_reply("en")
        assert block_reply(Category.MINORS, lang) != block_reply(Category.MINORS, "en")


def test_block_reply_by_category() -> None:
    assert block_reply(Category.SELF_HARM) == support_reply()
    assert block_reply(Category.ILLEGAL) == "I can't help with that."
    assert block_reply(Category.REAL_PERSON) == block_reply(Category.MINORS)
