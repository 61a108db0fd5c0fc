"""The built-in engine: offline, deterministic, no weights. **It is not a large language model.**

It composes a short reply from phrase tables (``phrases.py``): a line for what the user's last
message does (a greeting, thanks, a hard day ...), a nod to a topic they named or to something
they asked to be remembered, a line in the persona's temperament, and a question that keeps the
conversation going. It reads the structured ``CompanionBrief`` (temperament, language, style,
memory, limits, check-in) rather than the prose prompt. The same conversation always gets the
same reply; ``GenerationRequest.seed`` picks another (e.g. for "regenerate"). It never writes a
sentence that touches one of the user's hard limits. It exists so that Veil runs and demos on
one machine with nothing to download, and so tests have a fast, repeatable backend.
"""

from __future__ import annotations

import asyncio
import hashlib
import random
import re
from collections.abc import AsyncGenerator, Sequence
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from veil.domain.chat import (
    CompanionBrief,
    Completion,
    FinishReason,
    GenerationRequest,
    Role,
)
from veil.domain.temperament import Temperament
from veil.llm.phrases import (
    CHECK_IN,
    EN_INTENT,
    EN_VOICE,
    OTHER_VOICE,
    SAFE_FALLBACK,
    TEMPERAMENT_ALIASES,
    Table,
)
from veil.llm.wording import (
    LimitGuard,
    Style,
    detect_intent,
    find_topic,
    read_style,
    second_person,
    user_name,
)

LANGUAGES = ("en", "de", "fr", "es", "it")
_EMOJI_BY_DEFAULT = {Temperament.PLAYFUL, Temperament.WITTY, Temperament.ROMANTIC}
_DELTA = re.compile(r"\S+\s*")


class BuiltinConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    delay_seconds: float = Field(
        default=0.0, ge=0.0, le=2.0, description="pause between streamed words (demos only)"
    )


class BuiltinBackend:
    """``ChatBackend`` that composes replies from phrase tables; see the module docstring."""

    name: ClassVar[str] = "builtin"

    def __init__(self, config: BuiltinConfig | None = None) -> None:
        self._delay = (config or BuiltinConfig()).delay_seconds

    @property
    def is_local(self) -> bool:
        return True

    async def generate(self, request: GenerationRequest) -> Completion:
        text, reason = reply_for(request)
        return Completion(
            text=text,
            finish_reason=reason,
            model=self.name,
            prompt_tokens=sum(len(m.content.split()) for m in request.messages),
            completion_tokens=len(text.split()),
        )

    async def stream(self, request: GenerationRequest) -> AsyncGenerator[str, None]:
        text, _ = reply_for(request)
        for delta in _DELTA.findall(text):
            yield delta
            await asyncio.sleep(self._delay)

    async def aclose(self) -> None:
        return None


def reply_for(request: GenerationRequest) -> tuple[str, FinishReason]:
    """The reply to a request, and whether ``max_tokens`` (counted in words) cut it short."""
    brief = request.brief or CompanionBrief(persona_name="")
    style = read_style(brief.style_instructions)
    language = brief.language.lower()[:2] if brief.language.lower()[:2] in LANGUAGES else "en"
    seed = _seed(request, _temperament(brief), language)
    rng = random.Random(seed)  # noqa: S311 - variety, not security
    guard = LimitGuard(brief.limits)
    last = next((m.content for m in reversed(request.messages) if m.role is Role.USER), "")
    if brief.check_in:
        sentences = _check_in(language, style)
    else:
        sentences = _compose(rng, brief, style, language, last)
    kept = [sentence for sentence in sentences if guard.allows(sentence)]
    text = " ".join(kept) or SAFE_FALLBACK[language]
    text = _decorate(rng, text, brief, style, guard, sad=detect_intent(last) == "sad")
    return _cap(text, request.max_tokens)


def _seed(request: GenerationRequest, temperament: str, language: str) -> int:
    """Seeded by the conversation, persona and request seed: same input, same reply."""
    digest = hashlib.sha256()
    for message in request.messages:
        digest.update(f"{message.role.value}\x1f{message.content}\x1e".encode())
    name = request.brief.persona_name if request.brief else ""
    digest.update(f"{name}\x1f{temperament}\x1f{language}\x1fseed={request.seed}".encode())
    return int.from_bytes(digest.digest()[:8], "big")


def _check_in(language: str, style: Style) -> list[str]:
    table = CHECK_IN.get(f"{language}_formal" if style.formal else language, ())
    lines = list(table or CHECK_IN[language])
    keep = max(3, style.length) if style.length > 2 else 3  # a check-in is never curt
    return lines[:keep]


def _temperament(brief: CompanionBrief) -> str:
    """The voice: the user's preferred tone when it names one, else the persona's temperament."""
    for raw in (brief.tone, brief.temperament):
        word = TEMPERAMENT_ALIASES.get(raw.strip().lower(), raw.strip().lower())
        if word in EN_VOICE:
            return word
    return Temperament.WARM.value


def _compose(
    rng: random.Random, brief: CompanionBrief, style: Style, language: str, last: str
) -> list[str]:
    intent = detect_intent(last)
    if language != "en":
        return _compose_other(rng, OTHER_VOICE[language], style, intent, brief)
    voice = EN_VOICE[_temperament(brief)]
    table: Table = {**EN_INTENT, **voice}
    name = user_name(brief.user_facts)
    opener_key = intent or "react"
    if intent == "greeting" and style.formal:
        opener_key = "greeting_formal"
    opener = _fill(rng.choice(table[opener_key]), name)
    middle: list[str] = []
    topic = find_topic(last)
    if topic and intent not in {"farewell", "sad"}:
        middle.append(rng.choice(table["topic"]).format(topic=topic))
    facts = [f for f in brief.user_facts if not user_name([f])]
    if facts and (style.length > 3 or rng.random() < 0.4):
        fact = second_person(rng.choice(facts))
        middle.append(rng.choice(table["fact"]).format(fact=fact))
    if intent not in {"sad", "farewell"}:
        middle.append(rng.choice(voice["flourish"]))
    closer = {"farewell": [], "sad": [rng.choice(table["sad_question"])]}.get(
        intent or "", [rng.choice(voice["question"])]
    )
    room = max(0, style.length - 1 - len(closer))
    return [opener, *middle[:room], *closer]


def _compose_other(
    rng: random.Random, table: Table, style: Style, intent: str | None, brief: CompanionBrief
) -> list[str]:
    def pick(key: str) -> str:
        if style.formal:  # informal lines use "du/tu": fall back to a formal reaction
            return rng.choice(table.get(f"{key}_formal") or table["react_formal"])
        return rng.choice(table[key])

    name = user_name(brief.user_facts)
    opener = _fill(pick(intent or "react"), name)
    if intent == "farewell":
        return [opener]
    extra = [pick("react")] if intent and style.length > 2 else []
    return [opener, *extra, pick("question")]


def _fill(template: str, name: str | None) -> str:
    if name:
        return template.replace("{user}", name)
    return template.replace(", {user}", "").replace(" {user}", "")


def _decorate(
    rng: random.Random,
    text: str,
    brief: CompanionBrief,
    style: Style,
    guard: LimitGuard,
    *,
    sad: bool,
) -> str:
    temperament = _temperament(brief)
    wants_emoji = style.emoji
    if wants_emoji is None:
        wants_emoji = temperament in _EMOJI_BY_DEFAULT and rng.random() < 0.5 and not sad
    if wants_emoji and not brief.check_in:
        text = f"{text} {rng.choice(EN_VOICE[temperament]['emoji'])}"
    if style.lowercase:
        text = text.lower()
    return text if guard.allows(text) else SAFE_FALLBACK["en"]


def _cap(text: str, max_tokens: int) -> tuple[str, FinishReason]:
    words: Sequence[str] = _DELTA.findall(text)
    if len(words) <= max_tokens:
        return text, FinishReason.STOP
    return "".join(words[: max(1, max_tokens)]).rstrip(), FinishReason.LENGTH
