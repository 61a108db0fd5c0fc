"""Chat value types shared by the chat service, the context builder and the model backends.

Pure data: no I/O. A backend receives a ``GenerationRequest`` (the prompt as messages, plus a
structured ``CompanionBrief`` for engines that cannot read prose instructions, such as the
built-in one) and yields text, or a whole ``Completion``. No ``repr`` here prints text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Role(StrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


@dataclass(frozen=True, slots=True)
class ChatMessage:
    role: Role
    content: str

    def __repr__(self) -> str:  # never print message text
        return f"ChatMessage(role={self.role.value}, chars={len(self.content)})"


@dataclass(frozen=True, slots=True)
class LoreEntry:
    """One lorebook (``character_book``) entry: inserted when a key appears in recent text."""

    keys: tuple[str, ...]
    content: str
    enabled: bool = True
    insertion_order: int = 100
    case_sensitive: bool = False
    constant: bool = False
    name: str = ""
    priority: int = 10
    secondary_keys: tuple[str, ...] = ()
    selective: bool = False
    extensions: dict[str, Any] = field(default_factory=dict)
    use_regex: bool = False  # V3; kept for round trips (Veil never evaluates card regexes)
    extras: dict[str, Any] = field(default_factory=dict)  # id, comment, position, unknown keys


@dataclass(frozen=True, slots=True)
class Persona:
    """A companion, as the Character Card V2/V3 fields describe it."""

    name: str
    description: str = ""
    personality: str = ""
    scenario: str = ""
    first_message: str = ""
    example_dialogue: str = ""
    system_prompt: str = ""
    post_history_instructions: str = ""
    alternate_greetings: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    creator: str = ""
    creator_notes: str = ""
    character_version: str = ""
    lorebook: tuple[LoreEntry, ...] = ()
    extensions: dict[str, Any] = field(default_factory=dict)
    nickname: str = ""  # V3: replaces {{char}} in prompts when set
    # Card data Veil does not model (V3 fields, lorebook settings, unknown and top-level keys),
    # kept so an export reproduces them; see veil.chat.cards_json.
    card_extras: dict[str, Any] = field(default_factory=dict)

    def __repr__(self) -> str:  # user-made personas are personal data
        return f"Persona(chars={len(self.description)}, lore={len(self.lorebook)})"


@dataclass(frozen=True, slots=True)
class CompanionBrief:
    """The context in structured form, for engines that do not read a prose prompt."""

    persona_name: str
    temperament: str = "warm"
    user_facts: tuple[str, ...] = ()
    style_instructions: tuple[str, ...] = ()
    limits: tuple[str, ...] = ()
    tone: str = ""
    check_in: bool = False
    language: str = "en"

    def __repr__(self) -> str:  # facts and limits are personal data
        return (
            f"CompanionBrief(temperament={self.temperament!r}, language={self.language!r}, "
            f"facts={len(self.user_facts)}, limits={len(self.limits)}, "
            f"style={len(self.style_instructions)}, check_in={self.check_in})"
        )


@dataclass(frozen=True, slots=True)
class GenerationRequest:
    messages: tuple[ChatMessage, ...]
    model: str = "builtin"
    max_tokens: int = 512
    temperature: float = 0.8
    brief: CompanionBrief | None = None
    seed: int | None = None  # vary the reply (e.g. "regenerate"); None = backend default

    def __repr__(self) -> str:
        return (
            f"GenerationRequest(messages={len(self.messages)}, model={self.model!r}, "
            f"max_tokens={self.max_tokens}, brief={self.brief is not None}, seed={self.seed})"
        )


class FinishReason(StrEnum):
    """Why a backend stopped: the OpenAI ``finish_reason`` values Veil uses."""

    STOP = "stop"  # natural end
    LENGTH = "length"  # ``max_tokens`` reached


@dataclass(frozen=True, slots=True)
class Completion:
    """A whole reply from a backend (``ChatBackend.generate``)."""

    text: str
    finish_reason: FinishReason = FinishReason.STOP
    model: str = ""
    prompt_tokens: int | None = None
    completion_tokens: int | None = None

    def __repr__(self) -> str:  # never print the reply
        return (
            f"Completion(chars={len(self.text)}, finish_reason={self.finish_reason.value}, "
            f"model={self.model!r})"
        )


class StyleHint(StrEnum):
    """Canonical style instructions: plain sentences an LLM reads as they are and the
    built-in engine recognises exactly (it also understands similar prose by keyword)."""

    SHORT = "Keep replies short: one or two sentences."
    LONG = "Write longer, more detailed replies."
    EMOJI = "Use an emoji now and then."
    NO_EMOJI = "Do not use emoji."
    LOWERCASE = "Write in lowercase."
    FORMAL = "Use a formal, polite register."
    CASUAL = "Use a casual, relaxed register."
