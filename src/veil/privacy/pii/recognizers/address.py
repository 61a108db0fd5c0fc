"""Street addresses in English, German, French, Spanish and Italian forms
("42 oak street", "Hauptstraße 5", "12 rue de la Paix", "calle Mayor 3", "via Roma 12")."""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.language import split_words
from veil.privacy.pii.lexicon import is_common, is_stopword
from veil.privacy.pii.recognizers.base import TextView

_W = r"[^\W\d_][^\W\d_'’.-]*"
_EN = re.compile(
    rf"\b\d{{1,5}}[a-z]?\s+(?P<words>(?:{_W}\s+){{1,3}}?)(?:street|st|avenue|ave|road|rd|lane|ln|"
    r"drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|circle|parkway|pkwy|highway|hwy|"
    r"square|sq)\b\.?(?:,?\s*(?:apt|apartment|unit|suite|#)\.?\s*\d+[a-z]?)?"
)
_DE = re.compile(
    r"\b(?:[a-zäöüß]+er\s+)?[a-zäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|"
    r"ufer|chaussee)\s+\d{1,4}\s?[a-z]?\b"
)
_FR = re.compile(
    rf"\b\d{{1,4}}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|allée|allee|"
    rf"chemin|impasse|quai|cours|route)\s+(?:(?:de la|de l'|du|des|de|d')\s*)?"
    rf"(?P<words>{_W}(?:\s+{_W}){{0,2}})"
)
_ES_IT = re.compile(
    rf"\b(?:calle|c/|avenida|avda\.?|plaza|paseo|camino|carrer|via|viale|piazza|corso|vicolo|"
    rf"largo|piazzale)\s+(?:(?:de la|del|de los|de las|de|dei|della|delle|degli|di)\s+)?"
    rf"(?P<words>{_W}(?:\s+{_W}){{0,2}}?),?\s*(?:n[º°o]\.?\s*)?\d{{1,4}}[a-z]?\b"
)
_TOKENS = re.compile(r"\S+")
_NOT_STREETS = frozenset(
    split_words(
        "email mail e-mail text sms phone app whatsapp dm zoom skype facebook instagram post "
        "bus train car taxi uber"
    )
)
_UNITS = frozenset(
    split_words(
        "miles mile km blocks block minutes mins hours steps floors down up the from to and on "
        "at my your"
    )
)


class AddressRecognizer:
    name: ClassVar[str] = "address"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.ADDRESS})

    def analyze(self, view: TextView) -> list[Entity]:
        if not view.has_digit:
            return []
        lower = view.lower
        found = []
        for match in _EN.finditer(lower):
            if not any(word in _UNITS for word in match.group("words").split()):
                found.append(Entity(*match.span(), EntityType.ADDRESS, 0.85, self.name))
        found.extend(
            Entity(*m.span(), EntityType.ADDRESS, 0.85, self.name) for m in _DE.finditer(lower)
        )
        for match in _FR.finditer(lower):
            end = self._trim(lower, match.start("words"), match.group("words"))
            found.append(Entity(match.start(), end, EntityType.ADDRESS, 0.85, self.name))
        for match in _ES_IT.finditer(lower):
            words = match.group("words").split()
            if not any(is_stopword(word) or word in _NOT_STREETS for word in words):
                found.append(Entity(*match.span(), EntityType.ADDRESS, 0.85, self.name))
        return found

    @staticmethod
    def _trim(lower: str, start: int, words: str) -> int:
        """End of the street name: stop before the first stopword after its first word."""
        end = start
        for index, word in enumerate(_TOKENS.finditer(words)):
            if index and is_common(word.group(0).strip(",.")):
                break
            end = start + word.end()
        while end > start and lower[end - 1] in ",.":
            end -= 1
        return end
