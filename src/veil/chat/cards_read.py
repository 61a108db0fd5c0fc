"""Typed, size-checked reads of single card fields.

One ``CardReader`` reads one card and keeps a running total of its text, so a card cannot
pass the per-field caps with thousands of fields. Errors name the field (a fixed name from
the spec, never card content) and the rule.
"""

from __future__ import annotations

from typing import Any

from veil.chat.cards_limits import CardLimits
from veil.domain.errors import InvalidCard


class CardReader:
    def __init__(self, limits: CardLimits) -> None:
        self.limits = limits
        self.total_chars = 0

    def _count(self, chars: int) -> None:
        self.total_chars += chars
        if self.total_chars > self.limits.max_total_chars:
            raise InvalidCard(f"card holds more than {self.limits.max_total_chars} characters")

    def name(self, value: object) -> str:
        if not isinstance(value, str) or not value.strip():
            raise InvalidCard("card has no name")
        if len(value) > self.limits.max_name_chars:
            raise InvalidCard(f"card name is longer than {self.limits.max_name_chars} characters")
        self._count(len(value))
        return value.strip()

    def text(self, value: object, field: str) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            raise InvalidCard(f"card field '{field}' must be a string")
        if len(value) > self.limits.max_field_chars:
            raise InvalidCard(
                f"card field '{field}' is longer than {self.limits.max_field_chars} characters"
            )
        self._count(len(value))
        return value

    def strings(self, value: object, field: str) -> tuple[str, ...]:
        if value is None:
            return ()
        if isinstance(value, str):  # some writers join secondary keys with commas
            value = [part.strip() for part in value.split(",") if part.strip()]
        if not isinstance(value, list):
            raise InvalidCard(f"card field '{field}' must be a list of strings")
        if len(value) > self.limits.max_list_items:
            raise InvalidCard(
                f"card field '{field}' has more than {self.limits.max_list_items} items"
            )
        return tuple(self.text(item, field) for item in value)

    def flag(self, value: object, *, default: bool) -> bool:
        if value is None:
            return default
        if not isinstance(value, bool):
            raise InvalidCard("a lorebook flag must be true or false")
        return value

    def integer(self, value: object, default: int, field: str) -> int:
        if value is None:
            return default
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidCard(f"lorebook field '{field}' must be an integer")
        if abs(value) > 2**31:
            raise InvalidCard(f"lorebook field '{field}' is out of range")
        return value

    def mapping(self, value: object, field: str) -> dict[str, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise InvalidCard(f"'extensions' of {field} must be an object")
        self.account_extras(value)
        return value

    def account_extras(self, value: object) -> None:
        """Count every string inside kept-but-unmodelled data towards the total."""
        stack = [value]
        while stack:
            node = stack.pop()
            if isinstance(node, str):
                self._count(len(node))
            elif isinstance(node, dict):
                self._count(sum(len(key) for key in node))
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)

    def book_settings(self, book: dict[str, Any]) -> None:
        for key in ("scan_depth", "token_budget"):
            value = book.get(key)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float) or value < 0
            ):
                raise InvalidCard(f"lorebook '{key}' must be a non-negative number")
        if book.get("recursive_scanning") not in (None, True, False):
            raise InvalidCard("lorebook 'recursive_scanning' must be true or false")
        self.account_extras({k: v for k, v in book.items() if k != "extensions"})

    def check_v3_fields(self, data: dict[str, Any]) -> None:
        """Type-check the V3 fields Veil keeps as data (it never fetches an asset URI)."""
        assets = data.get("assets")
        if assets is not None:
            if not isinstance(assets, list) or len(assets) > self.limits.max_list_items:
                raise InvalidCard(
                    f"card 'assets' must be a list of at most {self.limits.max_list_items} objects"
                )
            for asset in assets:
                if not isinstance(asset, dict) or not all(
                    isinstance(asset.get(k), str) for k in ("type", "uri", "name", "ext")
                ):
                    raise InvalidCard("each card asset needs string type, uri, name and ext")
        notes = data.get("creator_notes_multilingual")
        if notes is not None and not (
            isinstance(notes, dict) and all(isinstance(v, str) for v in notes.values())
        ):
            raise InvalidCard("'creator_notes_multilingual' must map language codes to text")
        for key in ("source", "group_only_greetings"):
            value = data.get(key)
            if value is not None and not (
                isinstance(value, list) and all(isinstance(v, str) for v in value)
            ):
                raise InvalidCard(f"card field '{key}' must be a list of strings")
        for key in ("creation_date", "modification_date"):
            value = data.get(key)
            if value is not None and (
                isinstance(value, bool) or not isinstance(value, int | float)
            ):
                raise InvalidCard(f"card field '{key}' must be a number")
