"""Build the model context for one turn within a token budget.

What goes in, in order of precedence (the first items are placed first; a later item gets
only what is left):

1. always, even past the budget: the AI-disclosure line, the user's hard limits, the
   safeword check-in when it was used, and the latest user message;
2. the persona prompt: system prompt, description, personality, scenario (cut to
   ``persona_tokens``), then the card's post-history instructions;
3. the user's preferences (tone, pace, what they enjoy), memory facts, style instructions;
4. lorebook entries triggered by the recent messages (``lore_tokens``, see ``veil.chat.lore``);
5. recent history, newest first, so the oldest messages drop first;
6. the card's example dialogue, if room is left.

The result is one system message, the kept history, the latest user message and, when the
card has them, post-history instructions as a closing system message; with a
``CompanionBrief`` for engines that do not read prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from veil.chat import lore
from veil.chat.temperaments import temperament_of
from veil.chat.tokens import MESSAGE_OVERHEAD, TokenCounter, estimate_tokens
from veil.domain.chat import (
    ChatMessage,
    CompanionBrief,
    GenerationRequest,
    Persona,
    Role,
)
from veil.domain.errors import ConfigurationError, InputError

SECTION_TOKENS = 1  # the blank line between two sections of the system message
DEFAULT_SYSTEM_PROMPT = (
    "Write {{char}}'s next reply in a private, fictional chat with {{user}}. Stay in "
    "character, be engaging and attentive, and follow {{user}}'s lead on tone and pace."
)
_MACRO = re.compile(r"\{\{\s*(char|user|original)\s*\}\}|<(bot|char|user)>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class ContextBudget:
    context_tokens: int = 4096  # the model's window
    reply_tokens: int = 512  # kept free for the reply (becomes ``max_tokens``)
    persona_tokens: int = 1536  # cap for the persona prompt
    lore_tokens: int = 512  # cap for lorebook entries (a card's smaller budget wins)
    scan_depth: int = 4  # messages scanned for lorebook keys (a card's smaller depth wins)

    def __post_init__(self) -> None:
        if min(self.reply_tokens, self.persona_tokens, self.lore_tokens, self.scan_depth) < 0:
            raise ConfigurationError("context budget parts must not be negative")
        if self.reply_tokens >= self.context_tokens:
            raise ConfigurationError("the reply budget must be smaller than the context")


@dataclass(frozen=True, slots=True)
class UserContext:
    """What the service knows of the user for this turn (only what consent allows)."""

    name: str = "User"  # how the companion addresses them; replaces {{user}}
    tone: str = ""
    pace: str = ""
    enjoys: tuple[str, ...] = ()
    hard_limits: tuple[str, ...] = ()
    memory_facts: tuple[str, ...] = ()
    style_instructions: tuple[str, ...] = ()
    language: str = "en"
    check_in: bool = False  # the safeword was used: stop the scene, check in calmly

    def __repr__(self) -> str:  # preferences, limits and memories are personal data
        return f"UserContext(facts={len(self.memory_facts)}, limits={len(self.hard_limits)})"


def expand_macros(text: str, char: str, user: str, original: str = "") -> str:
    """Replace ``{{char}}``/``<BOT>``, ``{{user}}``/``<USER>`` and ``{{original}}``."""

    def _sub(match: re.Match[str]) -> str:
        name = (match.group(1) or match.group(2)).lower()
        if name == "original":
            return original
        return user if name == "user" else char

    return _MACRO.sub(_sub, text)


class _Plan:
    """Running token account for one context."""

    def __init__(self, available: int, counter: TokenCounter) -> None:
        self.left = available
        self.counter = counter

    def cost(self, text: str) -> int:
        return self.counter(text) + SECTION_TOKENS

    def force(self, tokens: int) -> None:
        self.left -= tokens

    def take(self, tokens: int) -> bool:
        if tokens > self.left:
            return False
        self.left -= tokens
        return True

    def cut(self, text: str, tokens: int) -> str:
        """``text`` shortened (at a word boundary when possible) to at most ``tokens``."""
        if self.counter(text) <= tokens:
            return text
        low, high = 0, len(text)
        while low < high:
            mid = (low + high + 1) // 2
            if self.counter(text[:mid] + "…") <= tokens:
                low = mid
            else:
                high = mid - 1
        head = text[:low]
        space = head.rfind(" ")
        return (head[:space] if space > low // 2 else head).rstrip() + "…" if low else ""


@dataclass(slots=True)
class _Sections:
    disclosure: str = ""
    system: str = ""
    lore_before: str = ""
    persona: str = ""
    lore_after: str = ""
    preferences: str = ""
    limits: str = ""
    memory: str = ""
    style: str = ""
    examples: str = ""
    check_in: str = ""

    def text(self) -> str:
        parts = (
            self.disclosure,
            self.system,
            self.lore_before,
            self.persona,
            self.lore_after,
            self.preferences,
            self.limits,
            self.memory,
            self.style,
            self.examples,
            self.check_in,
        )
        return "\n\n".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class _Turn:
    persona: Persona
    user: UserContext
    budget: ContextBudget
    plan: _Plan
    char: str
    out: _Sections


def build_context(
    persona: Persona,
    history: Sequence[ChatMessage],
    user: UserContext | None = None,
    *,
    budget: ContextBudget | None = None,
    counter: TokenCounter = estimate_tokens,
    model: str = "builtin",
    temperature: float = 0.8,
) -> GenerationRequest:
    """The generation request for the next reply; ``history`` ends with the user's message."""
    user = user or UserContext()
    budget = budget or ContextBudget()
    if not history or history[-1].role is not Role.USER:
        raise InputError("the conversation must end with a user message")
    char = persona.nickname or persona.name
    plan = _Plan(budget.context_tokens - budget.reply_tokens - MESSAGE_OVERHEAD, counter)
    latest = history[-1]
    plan.force(counter(latest.content) + MESSAGE_OVERHEAD)
    sections = _mandatory(char, user, plan)
    turn = _Turn(persona, user, budget, plan, char, sections)
    post = _persona(turn)
    facts, style = _personal(user, char, plan, sections)
    _lore(turn, history)
    kept = _history(history[:-1], plan)
    if persona.example_dialogue:
        examples = "Example dialogue (a guide to voice and style, not part of the chat):\n"
        examples += expand_macros(persona.example_dialogue, char, user.name)
        if plan.take(plan.cost(examples)):
            sections.examples = examples
    messages = [ChatMessage(Role.SYSTEM, sections.text()), *kept, latest]
    if post:
        messages.append(ChatMessage(Role.SYSTEM, post))
    brief = CompanionBrief(
        persona_name=char,
        temperament=temperament_of(persona).value,
        user_facts=facts,
        style_instructions=style,
        limits=user.hard_limits,
        tone=user.tone,
        check_in=user.check_in,
        language=user.language,
    )
    return GenerationRequest(
        messages=tuple(messages),
        model=model,
        max_tokens=budget.reply_tokens,
        temperature=temperature,
        brief=brief,
    )


def _mandatory(char: str, user: UserContext, plan: _Plan) -> _Sections:
    sections = _Sections()
    sections.disclosure = (
        f"You are {char}, an AI companion. You are an AI, not a human: never claim to be "
        f"human, and say plainly that you are an AI whenever {user.name} sincerely asks."
    )
    if user.hard_limits:
        sections.limits = (
            f"{user.name}'s hard limits. Never raise, suggest or steer towards these, even "
            "in character or if asked indirectly:\n" + _bullets(user.hard_limits)
        )
    if user.check_in:
        sections.check_in = (
            f"{user.name} used their safeword. Stop the scene at once. Step out of the "
            f"roleplay, check in calmly and kindly on how {user.name} is, and do not resume "
            "unless they clearly ask to."
        )
    for text in (sections.disclosure, sections.limits, sections.check_in):
        if text:
            plan.force(plan.cost(text))
    return sections


def _persona(turn: _Turn) -> str:
    persona, char, user = turn.persona, turn.char, turn.user.name
    default = expand_macros(DEFAULT_SYSTEM_PROMPT, char, user)
    system = expand_macros(persona.system_prompt, char, user, default) or default
    parts = []
    if persona.description:
        parts.append(expand_macros(persona.description, char, user))
    if persona.personality:
        parts.append(f"{char}'s personality: " + expand_macros(persona.personality, char, user))
    if persona.scenario:
        parts.append("Scenario: " + expand_macros(persona.scenario, char, user))
    plan, cap = turn.plan, turn.budget.persona_tokens
    for text, attr in ((system, "system"), ("\n\n".join(parts), "persona")):
        text = plan.cut(text, max(0, min(cap, plan.left) - SECTION_TOKENS))
        if text and plan.take(plan.cost(text)):
            setattr(turn.out, attr, text)
            cap -= plan.cost(text)
    post = expand_macros(persona.post_history_instructions, char, user)
    if post and plan.take(plan.counter(post) + MESSAGE_OVERHEAD):
        return post
    return ""


def _personal(
    user: UserContext, char: str, plan: _Plan, out: _Sections
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    prefs = [f"Preferred tone: {user.tone}." if user.tone else ""]
    prefs.append(f"Preferred pace: {user.pace}." if user.pace else "")
    if user.enjoys:
        prefs.append(f"{user.name} enjoys: " + ", ".join(user.enjoys) + ".")
    pref_text = " ".join(p for p in prefs if p)
    if pref_text and plan.take(plan.cost(pref_text)):
        out.preferences = pref_text
    header = f"What {char} remembers about {user.name} (shared by them):"
    facts = _fit_items(header, user.memory_facts, plan)
    if facts:
        out.memory = header + "\n" + _bullets(facts)
    style = _fit_items("Style:", user.style_instructions, plan)
    if style:
        out.style = "Style:\n" + _bullets(style)
    return facts, style


def _fit_items(header: str, items: Sequence[str], plan: _Plan) -> tuple[str, ...]:
    """The items, in the given order, that fit under ``header`` (charged with the first)."""
    kept: list[str] = []
    for item in items:
        extra = 0 if kept else plan.cost(header)
        if plan.take(plan.cost("- " + item) + extra):
            kept.append(item)
    return tuple(kept)


def _lore(turn: _Turn, history: Sequence[ChatMessage]) -> None:
    settings = lore.settings_for(turn.persona, turn.budget.scan_depth, turn.budget.lore_tokens)
    recent = [m.content for m in history[-settings.scan_depth :]] if settings.scan_depth else []
    chosen = lore.select(
        turn.persona.lorebook,
        recent,
        min(settings.token_budget, turn.plan.left),
        turn.plan.counter,
        lambda entry: expand_macros(lore.content_of(entry), turn.char, turn.user.name),
    )
    turn.out.lore_before = "\n".join(text for e, text in chosen if lore.is_before_char(e))
    turn.out.lore_after = "\n".join(text for e, text in chosen if not lore.is_before_char(e))
    turn.plan.force(sum(turn.plan.cost(text) for _, text in chosen))


def _history(messages: Sequence[ChatMessage], plan: _Plan) -> list[ChatMessage]:
    kept: list[ChatMessage] = []
    for message in reversed(messages):
        if not plan.take(plan.counter(message.content) + MESSAGE_OVERHEAD):
            break
        kept.append(message)
    kept.reverse()
    return kept


def _bullets(items: Sequence[str]) -> str:
    return "\n".join(f"- {item}" for item in items)
