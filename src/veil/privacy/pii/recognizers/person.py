"""People's names: after a cue ("im sarah", "call me dan", "je m'appelle …", "me llamo …"),
and capitalised first names from a gazetteer anywhere.

Words that are also names (rose, will, may, hope …) are flagged only after a cue, and a
lower-case name only after a cue or a social verb ("tell sarah", "with marco").
"""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.lexicon import (
    AMBIGUOUS_NAMES,
    COMMON_WORDS,
    first_names,
    is_common,
    is_stopword,
    last_names,
    places,
)
from veil.privacy.pii.recognizers.base import TextView

_NAME = r"(?P<name>[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)?)"
# Any word that is not a stopword is a name after these.
_STRONG = re.compile(
    r"\b(?:my name(?:'s|’s| is)|name's|names|the name's|call me|you can call me|i go by|"
    r"they call me|ich heiße|ich heisse|mein name ist|nenn mich|nennt mich|je m'appelle|"
    r"je m’appelle|je m appelle|mon nom est|mon prénom est|appelle-moi|appelle moi|moi c'est|"
    r"me llamo|mi nombre es|llámame|llamame|me dicen|mi chiamo|il mio nome è|il mio nome e|"
    r"chiamami|mi chiamano|my (?:boy|girl)friend|my (?:bf|gf|husband|wife|ex|sister|brother|"
    r"mom|mum|dad|boss|roommate|bestie|friend|partner|son|daughter|cousin|neighbou?r)|"
    r"mein (?:freund|mann|bruder|chef)|meine (?:freundin|frau|schwester)|mon (?:copain|mari|"
    r"frère|ami)|ma (?:copine|femme|sœur|soeur|amie)|mi (?:novio|novia|esposo|esposa|hermano|"
    r"hermana|amigo|amiga)|il mio (?:ragazzo|amico)|la mia (?:ragazza|amica)|mio fratello|"
    r"mia sorella)\s+(?=" + _NAME + ")"
)
# Only known first names after these ("i'm tired" is not a name).
_WEAK = re.compile(
    r"\b(?:i'm|i’m|im|i am|this is|it's|its|hi|hey|hello|hallo|ciao|hola|salut|bonjour|"
    r"ich bin|hier ist|je suis|c'est|soy|sono|with|and|tell|ask|text|met|meet|miss|love|"
    r"kissed|dating|married|mit|und|avec|et|con|y|e)\s+(?=" + _NAME + ")"
)
_LEADING = re.compile(r"(?:^|[.!?]\s+)" + _NAME + r"\s+(?:and i|and me|& i|n i)\b")
_FULL_NAME = re.compile(
    r"(?<![\w@#])([^\W\d_][^\W\d_'-]+) ([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-Z][a-z]+)?)\b"
)
_NATIONALITY = re.compile(r"(?:ian|ese|ish|ais|aise|ano|ana|isch|ean|can)$")
_CAPITALISED = re.compile(r"(?<![\w@#])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[-'][A-Z][a-z]+)?\b")
_SURNAME = re.compile(r"\s+([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-Z][a-z]+)?)\b")
_SENTENCE_END = ".!?\n"


class PersonRecognizer:
    name: ClassVar[str] = "person"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.PERSON})

    def __init__(self) -> None:
        self._first = first_names()
        self._last = last_names()
        self._places = places()

    def analyze(self, view: TextView) -> list[Entity]:
        found = self._cued(view)
        found.extend(self._capitalised(view))
        found.extend(self._surnamed(view))
        return found

    def _surnamed(self, view: TextView) -> list[Entity]:
        """ "becca Brooks", "Declan Carter": any word followed by a capitalised known surname."""
        found = []
        for match in _FULL_NAME.finditer(view.text):
            first, last = match.group(1).lower(), match.group(2).lower()
            if last not in self._last or is_common(last) or last in AMBIGUOUS_NAMES:
                continue
            if is_common(first) or first in self._places or _NATIONALITY.search(first):
                continue
            found.append(Entity(*match.span(), EntityType.PERSON, 0.6, self.name))
        return found

    def _cued(self, view: TextView) -> list[Entity]:
        found = []
        lower, text = view.lower, view.text
        for pattern, strong in ((_STRONG, True), (_WEAK, False), (_LEADING, True)):
            for match in pattern.finditer(lower):
                start, end = match.span("name")
                word = match.group("name")
                capitalised = text[start].isupper()
                if not self._acceptable(word, view.language, capitalised, strong=strong):
                    continue
                found.append(
                    Entity(
                        start,
                        self._with_surname(text, end),
                        EntityType.PERSON,
                        0.85 if strong else 0.7,
                        self.name,
                    )
                )
        return found

    def _acceptable(self, word: str, language: str, capitalised: bool, *, strong: bool) -> bool:
        if word in AMBIGUOUS_NAMES:
            return capitalised or strong
        if len(word) < 2 or word in COMMON_WORDS or is_stopword(word, language):
            return False
        if strong:
            return capitalised or not is_common(word)
        if word in self._first:
            return not is_common(word)
        # An unknown capitalised word after "i'm", "tell", "with" …: a name unless it is a
        # place or a nationality ("I'm Italian").
        return (
            capitalised
            and not is_common(word)
            and word not in self._places
            and _NATIONALITY.search(word) is None
        )

    def _capitalised(self, view: TextView) -> list[Entity]:
        found = []
        text, lower = view.text, view.lower
        for match in _CAPITALISED.finditer(text):
            start, end = match.span()
            word = lower[start:end]
            if word not in self._first or word in AMBIGUOUS_NAMES or is_common(word):
                continue
            if word in self._places and not _SURNAME.match(text, end):
                continue
            score = 0.7 if self._has_surname(text, end) else 0.6
            found.append(
                Entity(start, self._with_surname(text, end), EntityType.PERSON, score, self.name)
            )
        return found

    def _has_surname(self, text: str, end: int) -> bool:
        match = _SURNAME.match(text, end)
        return match is not None and not is_common(match.group(1).lower())

    def _with_surname(self, text: str, end: int) -> int:
        match = _SURNAME.match(text, end)
        if match is None:
            return end
        surname = match.group(1).lower()
        if is_common(surname) or (surname in self._places and surname not in self._last):
            return end
        return match.end()
