"""Which temperament a persona has: declared in its card, or inferred from its text.

Veil's own cards declare it as ``extensions.veil.temperament`` (a namespaced extension, as
the V2 spec asks, so it survives export to other front ends). A card made elsewhere gets the
temperament whose cue words its personality and description use most; ties go to the earlier
temperament in ``Temperament``; no cue at all means ``DEFAULT_TEMPERAMENT``.
"""

from __future__ import annotations

import re
from collections import Counter

from veil.domain.chat import Persona
from veil.domain.temperament import DEFAULT_TEMPERAMENT, Temperament, parse_temperament

EXTENSION_KEY = "veil"

CUES: dict[Temperament, tuple[str, ...]] = {
    Temperament.WARM: ("warm", "kind", "caring", "gentle", "affectionate", "nurturing", "tender"),
    Temperament.PLAYFUL: ("playful", "teasing", "mischievous", "cheeky", "bubbly", "flirty"),
    Temperament.POETIC: ("poetic", "dreamy", "lyrical", "artistic", "wistful"),
    Temperament.CONFIDENT: ("confident", "bold", "assertive", "commanding", "dominant", "direct"),
    Temperament.SHY: ("shy", "timid", "bashful", "reserved", "nervous", "soft-spoken"),
    Temperament.WITTY: ("witty", "sarcastic", "clever", "dry", "sardonic", "wry"),
    Temperament.CALM: ("calm", "serene", "soothing", "grounded", "unhurried", "steady"),
    Temperament.ROMANTIC: ("romantic", "devoted", "passionate", "adoring"),
}
_WORD = re.compile(r"[a-z][a-z-]*")


def declared_temperament(persona: Persona) -> Temperament | None:
    veil = persona.extensions.get(EXTENSION_KEY)
    if isinstance(veil, dict):
        return parse_temperament(veil.get("temperament"))
    return None


def temperament_of(persona: Persona) -> Temperament:
    """The declared temperament, else the best match of cue words, else the default."""
    declared = declared_temperament(persona)
    if declared is not None:
        return declared
    words = Counter(_WORD.findall(f"{persona.personality}\n{persona.description}".lower()))
    counts = {t: sum(words[cue] for cue in cues) for t, cues in CUES.items()}
    best = max(CUES, key=lambda t: counts[t])  # max keeps the first of equal counts
    return best if counts[best] else DEFAULT_TEMPERAMENT
