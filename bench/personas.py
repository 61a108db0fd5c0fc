"""Card import/export and context building costs (veil.chat.cards, veil.chat.context).

Synthetic, fictional inputs only. Prints median and p99 per operation over N runs:
- parse of a large V3 PNG card (1000 lorebook entries x 4 keys, ~600 KB of JSON),
- to_png of the same persona (placeholder avatar),
- build_context with that lorebook over a 500-message history, 4096-token window.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from veil.chat import cards
from veil.chat.context import UserContext, build_context
from veil.domain.chat import ChatMessage, LoreEntry, Persona, Role

RUNS = 50


def _persona() -> Persona:
    lore = tuple(
        LoreEntry(
            keys=(f"topic{i}", f"alias{i}", f"thing {i}", f"Place{i}"),
            content=f"Lore entry {i}: " + "fictional detail " * 30,
            insertion_order=i,
            priority=i % 7,
        )
        for i in range(1000)
    )
    return Persona(
        name="Bench",
        description="A fictional benchmark companion. " * 100,
        personality="warm, witty",
        scenario="A quiet evening.",
        example_dialogue="{{user}}: hi\n{{char}}: hello\n" * 20,
        lorebook=lore,
    )


def _history() -> list[ChatMessage]:
    messages = []
    for i in range(250):
        messages.append(ChatMessage(Role.USER, f"tell me about topic{i * 3} and alias{i} " * 3))
        messages.append(ChatMessage(Role.ASSISTANT, "Here is a fictional answer. " * 8))
    messages.append(ChatMessage(Role.USER, "and thing 7 and Place9?"))
    return messages


def _time(label: str, fn: Callable[[], object]) -> None:
    samples = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(len(samples) * 0.99))]
    print(f"{label:<42} median {statistics.median(samples):7.2f} ms   p99 {p99:7.2f} ms")


def main() -> None:
    persona = _persona()
    png = cards.to_png(persona)
    history = _history()
    user = UserContext(name="Sam", memory_facts=("fact",) * 20, hard_limits=("limit",))
    print(f"card PNG size: {len(png)} bytes; runs per figure: {RUNS}")
    _time("parse V3 PNG card (1000 lore entries)", lambda: cards.parse(png, "image/png"))
    _time("to_png (placeholder avatar)", lambda: cards.to_png(persona))
    _time(
        "build_context (1000 entries, 501 messages)", lambda: build_context(persona, history, user)
    )


if __name__ == "__main__":
    main()
