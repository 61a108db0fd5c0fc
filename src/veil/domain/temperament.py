"""Companion temperaments: the small closed set of voices a companion can have.

``CompanionBrief.temperament`` carries one of these names, so an engine that does not read
prose (the built-in one) can still pick a voice. Cards made elsewhere carry no temperament;
``veil.chat.context`` infers one from the personality text, falling back to ``WARM``.
"""

from __future__ import annotations

from enum import StrEnum


class Temperament(StrEnum):
    WARM = "warm"  # affectionate, reassuring, attentive
    PLAYFUL = "playful"  # teasing, light, energetic
    POETIC = "poetic"  # lyrical, imagistic, slow
    CONFIDENT = "confident"  # direct, self-assured, leads the conversation
    SHY = "shy"  # soft-spoken, hesitant, endearing
    WITTY = "witty"  # dry, clever, quick with wordplay
    CALM = "calm"  # unhurried, grounding, steady
    ROMANTIC = "romantic"  # tender, devoted, openly affectionate


DEFAULT_TEMPERAMENT = Temperament.WARM


def parse_temperament(value: object) -> Temperament | None:
    """The temperament named by ``value`` (case-insensitive), or None if it names none."""
    if not isinstance(value, str):
        return None
    try:
        return Temperament(value.strip().lower())
    except ValueError:
        return None
