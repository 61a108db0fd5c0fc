"""Context building within a token budget."""

from __future__ import annotations

from typing import Any

import pytest

from veil.chat.context import ContextBudget, UserContext, build_context, expand_macros
from veil.chat.tokens import MESSAGE_OVERHEAD, estimate_tokens, message_tokens
from veil.domain.chat import ChatMessage, GenerationRequest, LoreEntry, Persona, Role
from veil.domain.errors import ConfigurationError, InputError

PERSONA = Persona(
    name="Mira",
    description="{{char}} is a sailor who talks to <USER> about the sea.",
    personality="warm, curious",
    scenario="{{user}} meets {{char}} at the harbour.",
    example_dialogue="{{user}}: Hi\n{{char}}: Ahoy!",
    lorebook=(
        LoreEntry(keys=("lighthouse",), content="The lighthouse is red.", insertion_order=2),
        LoreEntry(keys=(), content="Mira is 30 years old.", constant=True, insertion_order=1),
        LoreEntry(
            keys=("storm",),
            content="Storms come from the west.",
            extras={"position": "before_char"},
        ),
    ),
)


def user(text: str) -> ChatMessage:
    return ChatMessage(Role.USER, text)


def bot(text: str) -> ChatMessage:
    return ChatMessage(Role.ASSISTANT, text)


def conversation(turns: int, size: int = 40) -> list[ChatMessage]:
    messages: list[ChatMessage] = []
    for i in range(turns):
        messages.append(user(f"u{i} " + "a" * size))
        messages.append(bot(f"b{i} " + "b" * size))
    messages.append(user("latest question"))
    return messages


def total(request: GenerationRequest) -> int:
    return sum(message_tokens(m) for m in request.messages)


def system_text(request: GenerationRequest) -> str:
    assert request.messages[0].role is Role.SYSTEM
    return request.messages[0].content


def test_minimal_context_has_disclosure_and_latest_message() -> None:
    request = build_context(Persona(name="Ada"), [user("hello")])
    assert "You are Ada, an AI companion. You are an AI, not a human" in system_text(request)
    assert request.messages[-1] == user("hello")
    assert request.brief is not None and request.brief.persona_name == "Ada"
    assert request.max_tokens == 512 and request.model == "builtin"


@pytest.mark.parametrize(
    "history",
    [[], [bot("hi")], [user("hi"), bot("hello")], [ChatMessage(Role.SYSTEM, "x")]],
)
def test_history_must_end_with_a_user_message(history: list[ChatMessage]) -> None:
    with pytest.raises(InputError):
        build_context(PERSONA, history)


@pytest.mark.parametrize(
    ("context_tokens", "turns"),
    [(300, 0), (300, 30), (600, 30), (1200, 30), (4096, 30), (4096, 500), (400, 2)],
)
def test_context_stays_within_budget(context_tokens: int, turns: int) -> None:
    budget = ContextBudget(context_tokens=context_tokens, reply_tokens=100)
    facts = tuple(f"fact {i}" for i in range(20))
    request = build_context(
        PERSONA,
        conversation(turns),
        UserContext(name="Sam", memory_facts=facts, style_instructions=("Be brief.",)),
        budget=budget,
    )
    assert total(request) <= context_tokens - 100


@pytest.mark.parametrize("context_tokens", [500, 800, 1500, 3000])
def test_oldest_history_drops_first(context_tokens: int) -> None:
    history = conversation(200)
    request = build_context(
        PERSONA, history, budget=ContextBudget(context_tokens=context_tokens, reply_tokens=100)
    )
    kept = [m for m in request.messages if m.role is not Role.SYSTEM]
    assert kept == history[len(history) - len(kept) :]  # a suffix: only the oldest went
    assert len(kept) < len(history)


def test_latest_user_message_is_kept_even_past_the_budget() -> None:
    huge = user("z" * 10_000)
    request = build_context(
        PERSONA, [user("old"), bot("older"), huge], budget=ContextBudget(300, 100)
    )
    assert request.messages[-1] == huge
    assert user("old") not in request.messages


def test_safety_parts_are_kept_even_past_the_budget() -> None:
    context = UserContext(name="Sam", hard_limits=("topic-one",), check_in=True)
    request = build_context(PERSONA, [user("x" * 2000)], context, budget=ContextBudget(200, 100))
    text = system_text(request)
    assert "an AI companion" in text
    assert "Sam's hard limits" in text and "- topic-one" in text
    assert "Sam used their safeword. Stop the scene at once." in text
    assert request.brief is not None and request.brief.check_in
    assert request.brief.limits == ("topic-one",)


def test_sections_appear_in_order() -> None:
    context = UserContext(
        name="Sam",
        tone="gentle",
        pace="slow",
        enjoys=("stargazing",),
        hard_limits=("limit-a",),
        memory_facts=("Sam has a dog named Pip.",),
        style_instructions=("Use short sentences.",),
    )
    request = build_context(PERSONA, [user("Is a storm coming to the lighthouse?")], context)
    text = system_text(request)
    order = [
        "an AI companion",
        "Write Mira's next reply",
        "Storms come from the west.",  # before_char lore
        "Mira is a sailor",
        "Mira is 30 years old.",  # after_char lore, by insertion order
        "The lighthouse is red.",
        "Preferred tone: gentle. Preferred pace: slow. Sam enjoys: stargazing.",
        "Sam's hard limits",
        "What Mira remembers about Sam",
        "Style:\n- Use short sentences.",
        "Example dialogue",
    ]
    positions = [text.index(marker) for marker in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("text", "char", "user_name", "expected"),
    [
        ("{{char}} and {{user}}", "Mira", "Sam", "Mira and Sam"),
        ("<BOT> greets <USER>", "Mira", "Sam", "Mira greets Sam"),
        ("{{ Char }} <char>", "Mira", "Sam", "Mira Mira"),
        ("no macros", "Mira", "Sam", "no macros"),
        ("{{original}}!", "Mira", "Sam", "!"),
    ],
)
def test_expand_macros(text: str, char: str, user_name: str, expected: str) -> None:
    assert expand_macros(text, char, user_name) == expected


def test_macros_use_the_nickname_and_user_name() -> None:
    persona = Persona(name="Mirabel Long", nickname="Mira", description="{{char}} likes {{user}}.")
    request = build_context(persona, [user("hi")], UserContext(name="Sam"))
    assert "Mira likes Sam." in system_text(request)
    assert request.brief is not None and request.brief.persona_name == "Mira"


def test_card_system_prompt_replaces_default_and_can_include_it() -> None:
    own = Persona(name="Ada", system_prompt="Speak like {{char}}.")
    assert "Speak like Ada." in system_text(build_context(own, [user("hi")]))
    assert "Write Ada's next reply" not in system_text(build_context(own, [user("hi")]))
    both = Persona(name="Ada", system_prompt="{{original}} Also rhyme.")
    assert "Write Ada's next reply" in system_text(build_context(both, [user("hi")]))


def test_post_history_instructions_close_the_context() -> None:
    persona = Persona(name="Ada", post_history_instructions="Reply as {{char}} only.")
    request = build_context(persona, [user("hi")])
    assert request.messages[-1] == ChatMessage(Role.SYSTEM, "Reply as Ada only.")
    assert request.messages[-2] == user("hi")


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ([user("tell me about the lighthouse")], True),
        ([user("lighthouse?"), bot("a"), user("b"), bot("c"), user("d")], False),  # depth 4
        ([user("x"), bot("the lighthouse"), user("and?")], True),  # assistant text counts
    ],
)
def test_lore_scan_depth(history: list[ChatMessage], expected: bool) -> None:
    text = system_text(build_context(PERSONA, history))
    assert ("The lighthouse is red." in text) is expected
    assert "Mira is 30 years old." in text  # constant


def test_card_lore_budget_limits_entries() -> None:
    persona = Persona(
        name="Ada",
        lorebook=(LoreEntry(keys=(), content="x" * 400, constant=True),),
        card_extras={"book": {"token_budget": 50}},
    )
    assert "xxxx" not in system_text(build_context(persona, [user("hi")]))


def test_huge_description_is_cut_to_the_persona_budget() -> None:
    persona = Persona(name="Ada", description="word " * 20_000)
    budget = ContextBudget(context_tokens=8000, reply_tokens=500, persona_tokens=1000)
    text = system_text(build_context(persona, [user("hi")], budget=budget))
    assert text.count("word") < 1000
    assert "…" in text


def test_memory_and_style_keep_what_fits_and_report_it() -> None:
    facts = tuple(f"Fact number {i} " + "f" * 200 for i in range(50))
    request = build_context(
        Persona(name="Ada"),
        [user("hi")],
        UserContext(memory_facts=facts, style_instructions=("s" * 100,) * 50),
        budget=ContextBudget(context_tokens=1200, reply_tokens=100),
    )
    assert request.brief is not None
    kept = request.brief.user_facts
    assert 0 < len(kept) < 50 and kept == facts[: len(kept)]
    text = system_text(request)
    assert all(fact in text for fact in kept)
    assert facts[len(kept)] not in text


def test_example_dialogue_dropped_before_history() -> None:
    persona = Persona(name="Ada", example_dialogue="e" * 2000)
    history = conversation(5)
    request = build_context(persona, history, budget=ContextBudget(800, 100))
    assert "Example dialogue" not in system_text(request)
    assert request.messages[1:] == tuple(history)


def test_pluggable_token_counter() -> None:
    calls: list[str] = []

    def words(text: str) -> int:
        calls.append(text)
        return len(text.split())

    history = conversation(100, size=1)
    request = build_context(PERSONA, history, counter=words, budget=ContextBudget(700, 100))
    assert calls
    used = sum(words(m.content) + MESSAGE_OVERHEAD for m in request.messages)
    assert used <= 600
    assert len(request.messages) < len(history)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"context_tokens": 100, "reply_tokens": 100},
        {"reply_tokens": -1},
        {"lore_tokens": -5},
        {"scan_depth": -1},
    ],
)
def test_budget_is_validated(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ConfigurationError):
        ContextBudget(**kwargs)


def test_brief_carries_temperament_tone_language_and_model_settings() -> None:
    persona = Persona(name="Ada", extensions={"veil": {"temperament": "witty"}})
    request = build_context(
        persona,
        [user("hi")],
        UserContext(tone="teasing", language="fr"),
        model="example-model",
        temperature=0.3,
        budget=ContextBudget(reply_tokens=256),
    )
    assert request.brief is not None
    assert request.brief.temperament == "witty"
    assert (request.brief.tone, request.brief.language) == ("teasing", "fr")
    assert (request.model, request.temperature, request.max_tokens) == ("example-model", 0.3, 256)


def test_user_context_repr_hides_personal_data() -> None:
    context = UserContext(name="Sam", memory_facts=("secret fact",), hard_limits=("a",))
    assert "Sam" not in repr(context) and "secret" not in repr(context)


def test_estimate_tokens() -> None:
    assert [estimate_tokens(s) for s in ("", "a", "abcd", "abcde")] == [0, 1, 1, 2]
    assert message_tokens(user("abcd")) == 1 + MESSAGE_OVERHEAD
