"""The user's writing style, learned incrementally, and the instructions that mirror it.

Only with ``personalization`` consent (the service checks; this module just computes). The
profile holds running rates, never text: how long messages are, how often they carry emoji,
whether they are lowercase or shouted, punctuation habits, formality and language. It is a
JSON-compatible dict for storage (the service seals it under the user's key).

Rates are running means over the last ``HORIZON`` messages or so (an exponential moving
average once more messages than that were seen), so the profile follows a user whose style
drifts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from veil.domain.errors import InputError

__all__ = [
    "LANGUAGES",
    "StyleProfile",
    "detect_language",
    "from_dict",
    "instructions",
    "language",
    "observe",
    "pin",
    "to_dict",
]

HORIZON = 30
MAX_AVG_CHARS = 10_000
MIN_MESSAGES = 3  # before this, only the language is mirrored
VERSION = 1
LANGUAGES = ("en", "de", "fr", "es", "it")
LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish", "it": "Italian"}


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_STOPWORDS: dict[str, frozenset[str]] = {
    "en": _set(
        "the and is are you i to of it that this was for with my me what have be not but so "
        "your do at on just how can we they there"
    ),
    "de": _set(
        "der die das und ist ich nicht du ein eine mit sich auch auf es zu den mir mich dich "
        "was wie bin bist war sehr aber noch heute"
    ),
    "fr": _set(
        "le la les et est je tu il elle un une des pas que qui ne pour dans avec mais mon "
        "moi toi suis es ce ça c'est très aussi"
    ),
    "es": _set(
        "el la los las y es yo tú que de en un una no por con para mi me te estoy eres muy "
        "pero qué como también hoy"
    ),
    "it": _set(
        "il lo la gli le e è io tu che di un una non per con mi ti sono sei molto ma come "
        "anche oggi cosa della"
    ),
}
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf\u2764\u2b50]|(?<!\\w)(?::-?[)(dpDP]|;-?\\)|<3|xd)(?!\\w)"
)
_INFORMAL = _set(
    "lol lmao rofl haha hahaha hehe u ur gonna wanna gotta ya yeah yep nah omg btw idk tbh kinda "
    "sorta cuz pls plz thx xd hey yo ok okay "
    "hdl lg nee jo krass mdr ptdr jsp stp slt bcp tkt jaja jajaja porfa wey ahah ahahah cmq tvb "
    "xke"
)
_FORMAL = _set(
    "dear regards sincerely kindly furthermore however therefore shall "
    "sehr geehrte freundlichen ihnen vous veuillez cordialement madame monsieur usted ustedes "
    "estimado atentamente gentile cordiali distinti"
)


@dataclass(frozen=True, slots=True)
class StyleProfile:
    """Running style statistics; all rates are in [0, 1]."""

    messages: int = 0
    avg_chars: float = 0.0
    emoji_rate: float = 0.0
    lowercase_rate: float = 0.0
    shouting_rate: float = 0.0
    exclaim_rate: float = 0.0  # "!!" or more
    ellipsis_rate: float = 0.0  # "..." or "…"
    no_period_rate: float = 0.0  # no final punctuation
    informal_rate: float = 0.0
    formal_rate: float = 0.0
    language_messages: int = 0  # messages whose language was clear
    languages: dict[str, float] = field(default_factory=dict)
    # The user's corrections (``pin``): they win over whatever is learned, until unpinned.
    pinned: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # personal data: counts only
        return f"StyleProfile(messages={self.messages})"


PINNABLE = frozenset(
    {"avg_chars", "language"} | {f.name for f in fields(StyleProfile) if f.name.endswith("_rate")}
)


def detect_language(text: str) -> str | None:
    """The language of ``text`` among ``LANGUAGES`` by stopword counts, or None if unsure."""
    words = [w.casefold() for w in _WORD.findall(text)]
    scores = {lang: sum(w in stops for w in words) for lang, stops in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] >= 2 and ranked[0] > ranked[1]:
        return best
    return None


def _case(text: str) -> tuple[bool, bool]:
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return False, False
    upper = sum(c.isupper() for c in letters)
    return upper == 0, len(letters) >= 6 and upper / len(letters) >= 0.8


def _features(text: str) -> dict[str, float]:
    stripped = text.strip()
    words = {w.casefold() for w in _WORD.findall(stripped)}
    lowercase, shouting = _case(stripped)
    informal = not words.isdisjoint(_INFORMAL)
    return {
        "emoji_rate": float(bool(_EMOJI.search(stripped.casefold()))),
        "lowercase_rate": float(lowercase),
        "shouting_rate": float(shouting),
        "exclaim_rate": float("!!" in stripped),
        "ellipsis_rate": float("..." in stripped or "…" in stripped),
        "no_period_rate": float(not stripped.endswith((".", "!", "?", "…"))),
        "informal_rate": float(informal),
        "formal_rate": float(not informal and not words.isdisjoint(_FORMAL)),
    }


def observe(profile: StyleProfile, text: str) -> StyleProfile:
    """Fold one user message into the profile; returns a new profile."""
    if not text.strip():
        return profile
    count = profile.messages + 1
    weight = 1.0 / min(count, HORIZON)

    def mix(old: float, new: float) -> float:
        return old + (new - old) * weight

    updates: dict[str, Any] = {
        name: mix(getattr(profile, name), value) for name, value in _features(text).items()
    }
    updates["avg_chars"] = mix(profile.avg_chars, float(len(text.strip())))
    detected = detect_language(text)
    if detected:
        samples = profile.language_messages + 1
        lang_weight = 1.0 / min(samples, HORIZON)
        seen = {lang: profile.languages.get(lang, 0.0) for lang in LANGUAGES}
        updates["language_messages"] = samples
        updates["languages"] = {
            lang: round(rate + (float(lang == detected) - rate) * lang_weight, 4)
            for lang, rate in seen.items()
        }
    return _apply_pins(replace(profile, messages=count, **updates))


def pin(profile: StyleProfile, changes: Mapping[str, object]) -> StyleProfile:
    """The user's corrections of their profile (rectification): ``{"emoji_rate": 0,
    "language": "de"}`` holds those values over learning; ``None`` releases a pin. Raises
    ``InputError`` for a field that cannot be corrected or a value out of range."""
    pinned = dict(profile.pinned)
    for name, value in changes.items():
        if value is None and name in PINNABLE:
            pinned.pop(name, None)
        else:
            pinned[name] = _pin_value(name, value)
    return _apply_pins(replace(profile, pinned=pinned))


def _pin_value(name: str, value: object) -> Any:
    if name not in PINNABLE:
        raise InputError(f"'{name}' cannot be corrected")
    if name == "language":
        if value not in LANGUAGES:
            raise InputError(f"language is one of {', '.join(LANGUAGES)}")
        return value
    if name == "avg_chars":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError("avg_chars is a number of characters")
        if not 0 <= value <= MAX_AVG_CHARS:
            raise InputError(f"avg_chars is between 0 and {MAX_AVG_CHARS}")
        return float(value)
    try:
        return _rate(value)
    except InputError:
        raise InputError(f"{name} is a rate between 0 and 1") from None


def _apply_pins(profile: StyleProfile) -> StyleProfile:
    if not profile.pinned:
        return profile
    updates = {name: value for name, value in profile.pinned.items() if name != "language"}
    if "language" in profile.pinned:
        chosen = profile.pinned["language"]
        updates["languages"] = {lang: float(lang == chosen) for lang in LANGUAGES}
    return replace(profile, **updates)


def language(profile: StyleProfile) -> str | None:
    """The user's dominant language, once it is clear (more than half of recent messages)."""
    if not profile.languages:
        return None
    best = max(profile.languages, key=lambda lang: profile.languages[lang])
    return best if profile.languages[best] > 0.5 else None


def _length_instruction(avg: float) -> str | None:
    if avg < 40:
        return "Keep replies short (1-2 sentences)."
    if avg < 120:
        return "Keep replies brief (2-4 sentences)."
    if avg > 400:
        return "Longer, detailed replies are welcome."
    return None


def _emoji_instruction(profile: StyleProfile) -> str | None:
    if profile.emoji_rate >= 0.5:
        return "Use emoji freely."
    if profile.emoji_rate >= 0.15:
        return "Use an emoji now and then."
    if (profile.messages >= 5 or "emoji_rate" in profile.pinned) and profile.emoji_rate < 0.05:
        return "Don't use emoji."
    return None


_THRESHOLDS: tuple[tuple[str, float, str], ...] = (
    ("lowercase_rate", 0.6, "Write in lowercase."),
    ("shouting_rate", 0.5, "Capitals for emphasis are fine now and then."),
    ("exclaim_rate", 0.3, "Show excitement with exclamation marks!!"),
    ("ellipsis_rate", 0.3, "Trailing off with '...' suits the mood."),
    ("no_period_rate", 0.6, "Skip the full stop at the end of a message."),
    ("informal_rate", 0.4, "Keep it casual and relaxed (lol, gonna, u are fine)."),
    ("formal_rate", 0.4, "Keep a polite, more formal register."),
)


def instructions(profile: StyleProfile) -> tuple[str, ...]:
    """Instructions that make the companion mirror the user's style, in a stable order."""
    out: list[str] = []
    if profile.messages >= MIN_MESSAGES or profile.pinned:
        candidates = [_length_instruction(profile.avg_chars), _emoji_instruction(profile)]
        candidates += [text for name, cut, text in _THRESHOLDS if getattr(profile, name) >= cut]
        out = [text for text in candidates if text]
    lang = language(profile)
    if lang:
        out.append(f"Reply in {LANGUAGE_NAMES[lang]}.")
    return tuple(out)


def to_dict(profile: StyleProfile) -> dict[str, Any]:
    """A JSON-compatible dict (for sealed storage and for the user's ``GET /me/style``)."""
    data: dict[str, Any] = {"version": VERSION}
    for item in fields(profile):
        value = getattr(profile, item.name)
        data[item.name] = dict(value) if isinstance(value, dict) else value
    return data


def _rate(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
        raise InputError("invalid style profile")
    return float(value)


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise InputError("invalid style profile")
    return value


def from_dict(data: Mapping[str, Any]) -> StyleProfile:
    """Rebuild a profile from ``to_dict`` output; raises ``InputError`` if it is malformed."""
    if data.get("version") != VERSION:
        raise InputError("unsupported style profile version")
    messages = _count(data.get("messages", 0))
    language_messages = _count(data.get("language_messages", 0))
    avg = data.get("avg_chars", 0.0)
    if isinstance(avg, bool) or not isinstance(avg, int | float) or avg < 0:
        raise InputError("invalid style profile")
    langs = data.get("languages", {})
    if not isinstance(langs, Mapping) or not set(langs) <= set(LANGUAGES):
        raise InputError("invalid style profile")
    rates = {
        item.name: _rate(data.get(item.name, 0.0))
        for item in fields(StyleProfile)
        if item.name.endswith("_rate")
    }
    pinned = data.get("pinned", {})
    if not isinstance(pinned, Mapping):
        raise InputError("invalid style profile")
    return StyleProfile(
        messages=messages,
        language_messages=language_messages,
        avg_chars=float(avg),
        languages={lang: _rate(rate) for lang, rate in langs.items()},
        pinned={name: _pin_value(name, value) for name, value in pinned.items()},
        **rates,
    )
