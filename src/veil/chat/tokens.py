"""Token estimation for context budgets.

The default estimator is deterministic and tokenizer-free: a quarter of the characters,
rounded up, which overestimates English text for common BPE vocabularies (about 4.0-4.5
characters per token), so a context that fits by this count fits the model. A real
tokenizer plugs in as any ``TokenCounter``.
"""

from __future__ import annotations

from collections.abc import Callable

from veil.domain.chat import ChatMessage

TokenCounter = Callable[[str], int]

MESSAGE_OVERHEAD = 4  # role markers and separators a chat template adds per message
CHARS_PER_TOKEN = 4


def estimate_tokens(text: str) -> int:
    """Tokens in ``text`` by the chars/4 rule, rounded up (0 for the empty string)."""
    return -(-len(text) // CHARS_PER_TOKEN)


def message_tokens(message: ChatMessage, counter: TokenCounter = estimate_tokens) -> int:
    return counter(message.content) + MESSAGE_OVERHEAD
