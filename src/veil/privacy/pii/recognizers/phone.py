"""Phone numbers of many regions and formats, validated with ``phonenumbers``.

A cheap candidate pattern (7–15 digits with the usual separators) runs first; only candidates
that are not dates, times or prices reach ``phonenumbers``, which validates them: numbers in
international form (``+``/``00``) for any region, national ones for the regions of the
message's language (English: US, GB, CA, AU, IE; German: DE, AT, CH …), or, next to a word
such as "call" or "nummer", for any of the supported regions; there an international number
of a possible length is taken even where the library's metadata calls it invalid (a range
newer than the metadata, or a reserved one).
"""

from __future__ import annotations

import re
from typing import ClassVar

import phonenumbers

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.recognizers.base import TextView, near

_CANDIDATE = re.compile(r"(?<![\w+.,/-])(?:\+|00)?\(?\d[\d ().\-/]{5,20}\d(?![\w-]|[.,/]\d)")
_DATE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_DOTTED_QUAD = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$")
_MAX_NATIONAL = 12
_CONTEXT = re.compile(
    r"\b(?:call|text|txt|phone|number|num|cell|mobile|whatsapp|wa|tel|telegram|signal|sms|"
    r"handy|nummer|ruf|anrufen|numéro|numero|portable|appelle|teléfono|telefono|móvil|movil|"
    r"llámame|llamame|cellulare|chiamami|scrivimi)"
)
_FALLBACK = ("US", "GB", "DE", "FR", "ES", "IT", "AT", "CH", "BE", "CA", "MX")
_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("US", "GB", "CA", "AU", "IE"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH", "CA"),
    "es": ("ES", "MX", "AR", "CO"),
    "it": ("IT", "CH"),
}


def _valid(candidate: str, regions: tuple[str, ...], *, possible: bool = False) -> bool:
    """A valid number of one of ``regions`` (any region in international form); with
    ``possible``, an international number of a possible length is enough."""
    international = candidate.startswith(("+", "00"))
    for region in (None,) if international else regions:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number) or (
            possible and international and phonenumbers.is_possible_number(number)
        ):
            return True
    return False


def _ip_shaped(candidate: str) -> bool:
    """Four dotted numbers of 0-255: an IP address; "612.34.18.93" (a part above 255) is a
    number grouped with dots."""
    return _DOTTED_QUAD.match(candidate) is not None and all(
        int(part) <= 255 for part in candidate.split(".")
    )


class PhoneRecognizer:
    name: ClassVar[str] = "phone"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.PHONE})

    def analyze(self, view: TextView) -> list[Entity]:
        if view.digits < 7:  # the fewest digits a candidate is validated with
            return []
        found = []
        regions = _REGIONS.get(view.language, _REGIONS["en"])
        for match in _CANDIDATE.finditer(view.text):
            candidate = match.group(0)
            digits = sum(ch.isdigit() for ch in candidate)
            if not 7 <= digits <= 15 or _DATE.match(candidate) or _ip_shaped(candidate):
                continue
            if digits > _MAX_NATIONAL and not candidate.startswith(("+", "00")):
                continue  # card and IBAN fragments: national numbers are shorter
            if candidate.startswith("00"):
                candidate = "+" + candidate[2:]
            start, end = match.span()
            context = near(view.lower, start, end, _CONTEXT)
            # Next to a word of phoning, a number in international form need only have a
            # possible length: the library's metadata lags behind new ranges, and reserved ones
            # ("+44 7700 900123") are still typed as someone's number.
            if not _valid(candidate, regions) and not (
                context and _valid(candidate, _FALLBACK, possible=True)
            ):
                continue
            if view.text[start] == "(" and ")" not in candidate:
                start += 1
            separated = any(not ch.isdigit() for ch in candidate)
            score = 0.9 if context else (0.75 if separated else 0.55)
            found.append(Entity(start, end, EntityType.PHONE, score, self.name))
        return found
