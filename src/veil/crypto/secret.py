"""Secret values that never print themselves."""

from __future__ import annotations

import hmac

MASK = "**********"


class SecretBytes:
    """Key material. ``repr`` and ``str`` are masked; ``reveal()`` is the one way out."""

    __slots__ = ("_value",)

    def __init__(self, value: bytes) -> None:
        if not isinstance(value, bytes):
            raise TypeError("SecretBytes holds bytes")
        self._value = value

    def reveal(self) -> bytes:
        return self._value

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
