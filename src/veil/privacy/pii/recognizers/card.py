"""Payment card numbers: 13–19 digits, a known issuer prefix and a valid Luhn checksum."""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.recognizers.base import TextView, near

_CANDIDATE = re.compile(r"(?<![\d.,-])\d(?:[ -]?\d){12,18}(?![\d-]|[.,]\d)")
_CONTEXT = re.compile(
    r"\b(?:card|credit|debit|visa|mastercard|amex|cc|karte|kreditkarte|carte|bancaire|"
    r"tarjeta|crédito|credito|carta)"
)
_PREFIXES = ("4", "34", "37", "5", "2", "6", "35", "36", "30", "38", "39")


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


class CardRecognizer:
    name: ClassVar[str] = "card"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.CREDIT_CARD})

    def analyze(self, view: TextView) -> list[Entity]:
        if view.digits < 13:
            return []
        found = []
        for match in _CANDIDATE.finditer(view.text):
            digits = match.group(0).replace(" ", "").replace("-", "")
            if not digits.startswith(_PREFIXES) or not luhn_valid(digits):
                continue
            if len(set(digits)) < 2:
                continue  # 0000 0000 … and similar fillers
            context = near(view.lower, match.start(), match.end(), _CONTEXT)
            score = 0.95 if context else 0.85
            found.append(
                Entity(match.start(), match.end(), EntityType.CREDIT_CARD, score, self.name)
            )
        return found
