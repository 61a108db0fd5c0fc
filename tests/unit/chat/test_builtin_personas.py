"""The built-in companions: stable ids, distinct voices, valid cards."""

from __future__ import annotations

import re
import uuid

from veil.chat import cards
from veil.chat.builtin_personas import CATALOGUE, builtin_personas, get_builtin
from veil.chat.cards import CardSpec
from veil.chat.context import UserContext, build_context
from veil.domain.chat import ChatMessage, Role
from veil.domain.temperament import Temperament

# Pinned: API clients refer to the built-ins by these ids, so they must never change.
PINNED = {
    "aria": "1d667cb4-ec92-4f62-8074-97b1c3625693",
    "juno": "a7a813a9-e112-4497-bb3f-7e08338164ec",
    "elias": "c110f91e-5de0-41a1-83fb-9d791598ba9e",
    "sasha": "5f6b8c20-428e-4000-9a33-2e70997d5dca",
    "noa": "d3de0216-dcc7-4acb-b07d-4afcaa51b9f2",
    "theo": "1f11cc48-fa46-4f31-9677-e48ae8e9c0d2",
}


def test_ids_are_pinned() -> None:
    assert {b.slug: str(b.id) for b in builtin_personas()} == PINNED
    assert len(CATALOGUE) == len(PINNED)


def test_each_has_a_distinct_temperament_and_name() -> None:
    companions = builtin_personas()
    temperaments = [b.temperament for b in companions]
    assert len(set(temperaments)) == len(companions)
    assert set(temperaments) <= set(Temperament)
    assert len({b.persona.name for b in companions}) == len(companions)


def test_each_is_a_complete_adult_character() -> None:
    for builtin in builtin_personas():
        persona = builtin.persona
        assert persona.first_message and persona.example_dialogue and persona.scenario
        assert 3 <= len(persona.lorebook) <= 6
        ages = [int(a) for a in re.findall(r"(\d+)-year-old", persona.description)]
        assert ages and all(age >= 18 for age in ages), builtin.slug


def test_get_builtin() -> None:
    first = builtin_personas()[0]
    assert get_builtin(first.id) is first
    assert get_builtin(uuid.UUID(int=0)) is None


def test_builtins_export_and_reimport_unchanged() -> None:
    for builtin in builtin_personas():
        again = cards.parse(cards.to_json(builtin.persona, CardSpec.V3)).persona
        assert again == builtin.persona


def test_builtin_lore_fires_in_context() -> None:
    aria = builtin_personas()[0].persona
    request = build_context(
        aria, [ChatMessage(Role.USER, "Do you still play cello?")], UserContext(name="Sam")
    )
    assert "Willow Street Quartet" in request.messages[0].content
    assert request.brief is not None and request.brief.temperament == "warm"
