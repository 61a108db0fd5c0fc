"""US Social Security numbers, with the SSA's rules for area, group and serial."""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.recognizers.base import TextView, near

_SEPARATED = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
_BARE = re.compile(r"(?<![\d-])(\d{3})()(\d{2})(\d{4})(?![\d-])")
# "my social is …", "social: …": the number's short name in American speech.
_CONTEXT = re.compile(
    r"\b(?:ssn|social security|social sec|ss#|ss #|sozialversicherung|social(?: is|:| #| number))"
)


def ssn_valid(area: str, group: str, serial: str) -> bool:
    return not (area in {"000", "666"} or area.startswith("9") or group == "00" or serial == "0000")


class SsnRecognizer:
    name: ClassVar[str] = "ssn"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.US_SSN})

    def analyze(self, view: TextView) -> list[Entity]:
        if view.digits < 9:
            return []
        found = []
        for pattern in (_SEPARATED, _BARE):
            for match in pattern.finditer(view.text):
                area, separator, group, serial = match.groups()
                if not ssn_valid(area, group, serial):
                    continue
                context = near(view.lower, match.start(), match.end(), _CONTEXT)
                if separator == "-":
                    score = 0.95 if context else 0.8
                elif separator == " ":
                    score = 0.9 if context else 0.4
                else:
                    score = 0.92 if context else 0.0
                if score:
                    found.append(Entity(*match.span(), EntityType.US_SSN, score, self.name))
        return found
