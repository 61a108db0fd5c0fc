"""IPv4 and IPv6 addresses, validated with the standard library's ``ipaddress``."""

from __future__ import annotations

import ipaddress
import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.recognizers.base import TextView, near

_V4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)")
_V6 = re.compile(r"(?<![\w:])(?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4}(?![\w:])", re.IGNORECASE)
_VERSION = re.compile(r"\b(?:version|ver|v|release|update|build)\b")
_CONTEXT = re.compile(r"\b(?:ip|address|server|host|vpn|router|adresse|dirección|indirizzo)\b")


class IpRecognizer:
    name: ClassVar[str] = "ip"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.IP_ADDRESS})

    def analyze(self, view: TextView) -> list[Entity]:
        if not view.has_digit:
            return []
        found = []
        text, lower = view.text, view.lower
        if "." in text and view.digits >= 4:
            for match in _V4.finditer(text):
                try:
                    ipaddress.IPv4Address(match.group(0))
                except ValueError:
                    continue
                found.append(self._entity(lower, match.start(), match.end()))
        if text.count(":") >= 2:
            for match in _V6.finditer(text):
                try:
                    ipaddress.IPv6Address(match.group(0))
                except ValueError:
                    continue
                found.append(self._entity(lower, match.start(), match.end()))
        return found

    def _entity(self, lower: str, start: int, end: int) -> Entity:
        if near(lower, start, end, _CONTEXT):
            score = 0.95
        elif _VERSION.search(lower, max(0, start - 12), start):
            score = 0.3
        else:
            score = 0.8
        return Entity(start, end, EntityType.IP_ADDRESS, score, self.name)
