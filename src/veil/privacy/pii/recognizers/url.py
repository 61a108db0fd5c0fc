"""URLs with a scheme or ``www.``, and bare domains with a common top-level domain."""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.recognizers.base import TextView

_SCHEME = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'`]+")
_BARE = re.compile(
    r"(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|net|org|io|me|de|fr|es|it|co|uk|info|app|dev|tv|gg|ly|link|page|site|xyz|biz|eu|"
    r"ch|at|be|nl|us|ca|club|online|blog|shop|store)(?:/[^\s<>\"'`]*)?(?![\w@-])"
)
_TRAILING = ".,;:!?)]}'\""


class UrlRecognizer:
    name: ClassVar[str] = "url"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.URL})

    def analyze(self, view: TextView) -> list[Entity]:
        lower = view.lower
        if "." not in lower:
            return []
        found = []
        for pattern, score in ((_SCHEME, 0.9), (_BARE, 0.75)):
            for match in pattern.finditer(lower):
                end = match.end()
                while end > match.start() and lower[end - 1] in _TRAILING:
                    end -= 1
                found.append(Entity(match.start(), end, EntityType.URL, score, self.name))
        return found
