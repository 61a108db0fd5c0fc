"""Secret values that never print themselves."""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Any, TypeVar, cast

T = TypeVar("T")

MASK = "**********"


class SecretBytes:
    """Key material. ``repr`` and ``str`` are masked; ``reveal()`` is the one way out."""

    __slots__ = ("_value", "_derived")

    def __init__(self, value: bytes) -> None:
        if not isinstance(value, bytes):
            raise TypeError("SecretBytes holds bytes")
        self._value = value
        self._derived: tuple[Callable[[bytes], Any], Any] | None = None

    def reveal(self) -> bytes:
        return self._value

    def derived(self, factory: Callable[[bytes], T]) -> T:
        """``factory(value)``, computed once and kept with the secret (an AES key schedule):
        it lives exactly as long as the secret, e.g. a DEK in the bounded cache."""
        kept = self._derived
        if kept is not None and kept[0] is factory:
            return cast(T, kept[1])
        made = factory(self._value)
        self._derived = (factory, made)
        return made

    def __len__(self) -> int:
        return len(self._value)

    def __repr__(self) -> str:
        return f"SecretBytes('{MASK}')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, SecretBytes):
            return NotImplemented
        return hmac.compare_digest(self._value, other._value)

    __hash__ = None  # type: ignore[assignment]  # equal secrets must not become dict keys

    def __reduce__(self) -> str:
        raise TypeError("secrets cannot be pickled")
