"""Dates of birth (a date near a birth word) and age statements ("i'm 24", "24f", "j'ai 24 ans").

A date alone is not personal; only a birth context makes it a date of birth. A bare number
after "i'm" is an age only when it is a plausible age and the sentence goes on as an age
statement does ("i'm 24 and …", "i'm 24, …"), so "i'm 20 minutes away", "i'm 16 episodes in",
times, prices, durations and heights stay untouched.
"""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.recognizers.base import TextView

_MONTHS = (
    r"jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|févr(?:ier)?|fevrier|mar(?:ch)?|märz|mars|"
    r"apr(?:il)?|avril|may|mai|june?|juni|juin|july?|juli|juillet|aug(?:ust)?|août|aout|"
    r"sep(?:t|tember)?|septembre|oct(?:ober)?|okt(?:ober)?|octobre|nov(?:ember|embre)?|"
    r"dec(?:ember)?|dez(?:ember)?|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|"
    r"julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|"
    r"maggio|giugno|luglio|settembre|ottobre|dicembre"
)
_YEAR = r"(?:19|20)\d{2}"
_DATE = re.compile(
    rf"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?:{_YEAR}|\d{{2}})|{_YEAR}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}(?:st|nd|rd|th|\.|er|º)?\s+(?:de\s+)?(?:{_MONTHS})\.?(?:,?\s+(?:de\s+)?{_YEAR})?|"
    rf"(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?)(?!\w)"
)
_BIRTH = re.compile(
    r"\b(?:born|birthday|bday|b-day|dob|d\.o\.b|date of birth|geboren|geburtstag|geb\.|"
    r"geburtsdatum|née?|naissance|anniversaire|nacid[oa]|nací|nacimiento|cumpleaños|cumple|"
    r"nat[oa]|nascita|compleanno)"
)
_BORN_YEAR = re.compile(
    rf"\b(?:born|geboren|née?|nací|nacid[oa]|nat[oa])\s+(?:in\s+|im\s+jahr\s+|en\s+|el\s+|"
    rf"nel\s+|in\s+the\s+year\s+)?({_YEAR})\b"
)
_AFTER_AGE = (
    r"(?=\s*(?:$|[.,!?;:)~]|and\b|&|btw|lol|haha|now\b|too\b|but\b|so\b|from\b|here\b|"
    r"and\b|y\b|e\b|et\b|und\b|aber\b|:\)|xx|hehe|lmao|ok\b|single\b|living\b|"
    r"male\b|female\b|guy\b|girl\b|woman\b|man\b|f\b|m\b|next\b))"
)
_AGE_PATTERNS = (
    re.compile(rf"\b(?:i'?m|i am|im|ich bin|bin)\s+(\d{{2}}){_AFTER_AGE}"),
    re.compile(
        rf"\b(?:i'?m|i am|im|ich bin|je suis|soy|sono|me llamo|mi chiamo|je m'appelle)\s+"
        rf"[^\W\d_]+(?:,|\s+(?:and|und|et|y|e))\s*(\d{{2}}){_AFTER_AGE}"
    ),
    re.compile(r"\b(\d{2})\s*(?:years?\s*old|yrs?\s*old|y/o|y\.o\.|yo)\b"),
    # "23 and single", "25, still single": a bare age opening a message, then a status
    re.compile(
        r"(?:^|[.!?]\s+)(\d{2})\s*(?:,|and|&|y|e|und|et)\s*(?:still\s+|noch\s+|toujours\s+)?"
        r"(?:single|taken|married|divorced|soltera?o?|célibataire|ledig)\b"
    ),
    re.compile(r"\b(\d{2})\s*(?:jahre alt|j\. alt)\b"),
    re.compile(
        r"\b(?:turning|turned|just turned|turn|werde|cumplo|compio)\s+(\d{2})\b"
        r"(?!\s*(?:min|%|degrees|°))"
    ),
    re.compile(r"\b(?:age|aged|alter|âge|edad|età)\s*[:=]?\s*(\d{2})\b"),
    re.compile(r"(?:^|[\s(\[,])(\d{2})/?(?:f|m|ftm|mtf|nb)\b(?![\w'])"),
    re.compile(r"(?:^|[\s(\[,])(?:f|m)/(\d{2})\b(?!\w)"),
    # "tengo 40", "ho 25": a bare number after "have" ends the message or the clause
    re.compile(rf"\b(?:tengo|ho|j'ai)\s+(\d{{2}}){_AFTER_AGE}"),
    re.compile(
        r"\b(?:j'ai|j ai|tengo|ho|ich bin|cumplo|cumplí|compio)\s+(\d{2})\s*"
        r"(?:ans|años|anos|anni|jahre)\b"
    ),
)


class DobAgeRecognizer:
    name: ClassVar[str] = "dob_age"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset(
        {EntityType.DATE_OF_BIRTH, EntityType.AGE}
    )

    def analyze(self, view: TextView) -> list[Entity]:
        if not view.has_digit:
            return []
        return self._dates(view.lower) + self._ages(view.lower)

    def _dates(self, lower: str) -> list[Entity]:
        found: list[Entity] = []
        birth = _BIRTH.search(lower)
        if birth is None:
            return found
        for match in _DATE.finditer(lower):
            if _BIRTH.search(lower, max(0, match.start() - 40), match.start()):
                found.append(Entity(*match.span(), EntityType.DATE_OF_BIRTH, 0.85, self.name))
        found.extend(
            Entity(*m.span(1), EntityType.DATE_OF_BIRTH, 0.7, self.name)
            for m in _BORN_YEAR.finditer(lower)
        )
        return found

    def _ages(self, lower: str) -> list[Entity]:
        found = []
        for pattern in _AGE_PATTERNS:
            for match in pattern.finditer(lower):
                if 13 <= int(match.group(1)) <= 99:
                    found.append(Entity(*match.span(1), EntityType.AGE, 0.75, self.name))
        return found
