"""Lorebook activation and selection, table-driven."""

from __future__ import annotations

from typing import Any

import pytest

from veil.chat import lore
from veil.chat.tokens import estimate_tokens
from veil.domain.chat import LoreEntry, Persona


def _entry(**over: Any) -> LoreEntry:
    fields: dict[str, Any] = {"keys": ("harbour",), "content": "Harbour lore."}
    fields.update(over)
    return LoreEntry(**fields)


@pytest.mark.parametrize(
    ("label", "entry", "text", "expected"),
    [
        ("key present", _entry(), "We sailed to the harbour.", True),
        ("key absent", _entry(), "We sailed to the bay.", False),
        ("case-insensitive by default", _entry(), "THE HARBOUR", True),
        ("case-sensitive miss", _entry(case_sensitive=True), "The Harbour", False),
        ("case-sensitive hit", _entry(case_sensitive=True), "the harbour", True),
        ("whole words only", _entry(keys=("cat",)), "a category error", False),
        ("whole word hit", _entry(keys=("cat",)), "the cat sat", True),
        ("key with punctuation", _entry(keys=("stand-up",)), "my stand-up set", True),
        ("key ending in symbol", _entry(keys=("C++",)), "I write C++ daily", True),
        ("blank key ignored", _entry(keys=("  ",)), "anything", False),
        ("any of several keys", _entry(keys=("dock", "pier")), "at the pier", True),
        ("constant always", _entry(constant=True, keys=()), "nothing relevant", True),
        ("disabled never", _entry(enabled=False, constant=True), "harbour", False),
        ("regex never evaluated", _entry(use_regex=True, keys=("harb.*",)), "harbour", False),
        ("regex constant still never", _entry(use_regex=True, constant=True), "x", False),
        (
            "selective needs secondary",
            _entry(selective=True, secondary_keys=("dawn",)),
            "the harbour at dusk",
            False,
        ),
        (
            "selective with secondary",
            _entry(selective=True, secondary_keys=("dawn",)),
            "the harbour at dawn",
            True,
        ),
        (
            "secondary ignored unless selective",
            _entry(secondary_keys=("dawn",)),
            "the harbour at dusk",
            True,
        ),
        ("selective without secondary keys", _entry(selective=True), "harbour", True),
        ("empty content never", _entry(content="  "), "harbour", False),
        ("decorators only never", _entry(content="@@depth 4\n@@@depth 2"), "harbour", False),
    ],
)
def test_is_triggered(label: str, entry: LoreEntry, text: str, expected: bool) -> None:
    assert lore.is_triggered(entry, text) is expected


def test_content_of_trims_leading_decorators() -> None:
    entry = _entry(content="@@depth 4\n@@@instruct_depth 4\nThe real text.\n@@not-leading")
    assert lore.content_of(entry) == "The real text.\n@@not-leading"


def _costly(name: str, tokens: int, **over: Any) -> LoreEntry:
    return _entry(name=name, content="x" * (tokens * 4 - 4), **over)  # tokens incl. separator


@pytest.mark.parametrize(
    ("label", "entries", "budget", "expected"),
    [
        (
            "all fit, placed by insertion order",
            [_costly("b", 5, insertion_order=2), _costly("a", 5, insertion_order=1)],
            100,
            ["a", "b"],
        ),
        (
            "lowest priority dropped first",
            [_costly("low", 6, priority=1), _costly("high", 6, priority=9)],
            8,
            ["high"],
        ),
        (
            "same priority: lowest insertion order dropped first",
            [_costly("first", 6, insertion_order=1), _costly("last", 6, insertion_order=5)],
            8,
            ["last"],
        ),
        (
            "a smaller entry still fits after a big one is skipped",
            [_costly("big", 20, priority=9), _costly("small", 3, priority=1)],
            10,
            ["small"],
        ),
        ("zero budget", [_costly("a", 2)], 0, []),
    ],
)
def test_select(label: str, entries: list[LoreEntry], budget: int, expected: list[str]) -> None:
    chosen = lore.select(entries, ["harbour"], budget, estimate_tokens)
    assert [entry.name for entry, _ in chosen] == expected


def test_select_uses_render_for_text_and_cost() -> None:
    chosen = lore.select([_entry()], ["harbour"], 100, estimate_tokens, lambda e: "RENDERED")
    assert chosen[0][1] == "RENDERED"


@pytest.mark.parametrize(
    ("book", "expected"),
    [
        (None, (4, 500)),
        ({"scan_depth": 2, "token_budget": 100}, (2, 100)),
        ({"scan_depth": 50, "token_budget": 100_000}, (4, 500)),
        ({"scan_depth": "2", "token_budget": True}, (4, 500)),
        ({"scan_depth": 3.0}, (3, 500)),
    ],
)
def test_settings_card_values_never_exceed_caps(
    book: dict[str, Any] | None, expected: tuple[int, int]
) -> None:
    persona = Persona(name="P", card_extras={"book": book} if book is not None else {})
    settings = lore.settings_for(persona, 4, 500)
    assert (settings.scan_depth, settings.token_budget) == expected


def test_position_before_char() -> None:
    assert lore.is_before_char(_entry(extras={"position": "before_char"}))
    assert not lore.is_before_char(_entry(extras={"position": "after_char"}))
    assert not lore.is_before_char(_entry())
