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
    rf"\d{{1,2}}(?:st|nd|rd|th|\.|er|º|°)?\s+(?:of\s+|de\s+)?(?:{_MONTHS})\.?"
    rf"(?:,?\s+(?:de\s+|del\s+)?{_YEAR})?|"
    rf"(?:{_MONTHS})\.?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?)(?!\w)"
)
# Day and month without a year ("3/14", "14.3.", "14/3"): a date only right next to a birth
# word, and only when one reading is a real day and month ("7.30" is a time).
_SHORT_DATE = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})(\.)?(?![\d/-]|\.\d)")
_BIRTH = re.compile(
    r"\b(?:born|birthday|bday|b-day|b'day|dob|d\.o\.b|date of birth|geboren|geburtstag|geb\.|"
    r"geburtsdatum|née?|naissance|anniversaire|anniv|nacid[oa]|nací|nacimiento|cumpleaños|"
    r"cumple|nat[oa]|nascita|compleanno)"
)
_BORN_YEAR = re.compile(
    rf"\b(?:born|geboren|née?|nací|nacid[oa]|nat[oa])\s+(?:in\s+|im\s+jahr\s+|en\s+|el\s+|"
    rf"nel\s+|in\s+the\s+year\s+)?({_YEAR})\b"
    # verb-final German, Jahrgang, and "I'm from '95" in Italian and Spanish
    rf"|\b(?:bin|ich bin)\s+({_YEAR})\s+geboren\b|\bjahrgang\s+({_YEAR})\b"
    rf"|\b(?:sono|soy)\s+del\s+({_YEAR})\b"
)
# A number is not an age when a unit, a measure or a count noun follows it.
_NOT_UNIT = (
    r"(?!\s*(?:%|°|'|’|\"|min|mins|minutes?|minuten|sec|secs|seconds?|hours?|hrs?|h\b|"
    r"stunden|heures?|horas?|ore\b|days?|tage|jours|días|dias|giorni|weeks?|wochen|semaines|"
    r"semanas|settimane|months?|monate|mois|meses|mesi|km|kms|miles?|meters?|metres?|m\b|cm|"
    r"kg|kgs|kilos?|lbs?|pounds?|ft|feet|inch|euros?|bucks|dollars?|€|\$|£|pages?|episodes?|"
    r"degrees?|grad|grados|gradi|people|persons?|leute|personnes|personas|persone|points?|"
    r"punkte|%|x\b|k\b|[./:,]\d))"
)
# What may follow a bare age: the end, punctuation or an emoji, or a discourse word.
_AFTER_AGE = (
    _NOT_UNIT + r"(?=\s*(?:$|[^\w\s'’]|(?:and|&|btw|lol|lmao|haha|hehe|now|too|but|so|from|"
    r"here|tho|though|rn|already|yet|soon|myself|as|if|in|on|next|this|tomorrow|y|e|et|und|"
    r"aber|ok|single|living|male|female|guy|girl|woman|man|dude|f|m|nb|bi|gay|straight|"
    r"married|yo|yrs|years?|jahre|ans|años|anni|aus|de|da|di|du|ya|déjà|ormai|oggi|heute|"
    r"jetzt|maintenant|ahora|adesso|todavía|ancora|noch|immer|still|xx|xd)\b))"
)
_YEARS = r"(?:years?|yrs?|jahre|jährig|ans|años|anni)"
# "25 years", "25 anni": an age, unless what follows says it is a stretch of time.
_YEARS_AGE = (
    rf"\s*{_YEARS}\b(?!\s*(?:of|de|d'|d’|di|del|ago|her|fa|later|später|lang|after|before|"
    r"experience|erfahrung|expérience|experiencia|esperienza|in|im|at|en|a|à|ensemble|together|"
    r"zusammen|juntos|insieme|now|since|seit|depuis|desde|da)\b)"
)
# Kinship and relationship nouns: "my brother is 24", "mon frère a 24 ans", "mia cugina ha 24 anni"
_KIN = (
    r"(?:(?:little|big|older|younger|twin|best|kleine|große|grosse|petite?|grande?|"
    r"piccol[oa]|mayor|menor)\s+)?(?:brother|sister|bro|sis|mom|mum|mother|dad|father|son|"
    r"daughter|kid|bf|gf|boyfriend|girlfriend|husband|wife|partner|ex|friend|bestie|cousin|"
    r"aunt|uncle|niece|nephew|grandma|grandpa|roommate|crush|boss|neighbou?r|bruder|schwester|"
    r"mutter|mama|vater|papa|sohn|tochter|freund|freundin|mann|frau|cousine|oma|opa|chef|"
    r"chefin|frère|frere|sœur|soeur|mère|père|fils|fille|copain|copine|mari|femme|ami|amie|"
    r"pote|mec|meuf|hermano|hermana|madre|padre|hijo|hija|novio|novia|marido|esposo|esposa|"
    r"mujer|primo|prima|amigo|amiga|fratello|sorella|figlio|figlia|ragazzo|ragazza|marito|"
    r"moglie|cugino|cugina|amico|amica)"
)
_PERSON_SUBJECT = (
    r"(?:he|she|he's|she's|hes|shes|he is|she is|"
    rf"(?:my|his|her|our|your|ur) {_KIN}(?: is|'s|’s)|er ist|"
    rf"(?:mein|meine|sein|seine|ihr|ihre|dein|deine) {_KIN} ist|"
    rf"(?:il|elle|(?:mon|ma|son|sa|ton|ta) {_KIN}) a|"
    rf"(?:él|ella|(?:mi|su|tu) {_KIN}) tiene|"
    rf"(?:lui|lei|(?:mio|mia|suo|sua|tuo|tua) {_KIN}) ha)"
)
_AGE_PATTERNS = (
    # the writer: "i'm 24 and …", "im only 24 tho", "ich bin 24", "bin 24 und …"
    re.compile(
        rf"\b(?:i'?m|i’m|i am|im|ich bin|bin)\s+(?:only\s+|just\s+|almost\s+|nearly\s+|"
        rf"barely\s+|already\s+|now\s+|nur\s+|erst\s+|schon\s+|fast\s+)?(\d{{2}}){_AFTER_AGE}"
    ),
    re.compile(
        rf"\b(?:i'?m|i am|im|ich bin|je suis|soy|sono|me llamo|mi chiamo|je m'appelle|"
        rf"moi c'est)\s+[^\W\d_]+(?:,|\s+(?:and|und|et|y|e))\s*(\d{{2}}){_AFTER_AGE}"
    ),
    # someone else: "my brother is 24", "she's 24 and …", "mon frère a 24 ans", "tiene 24 años"
    re.compile(rf"\b{_PERSON_SUBJECT}\s+(\d{{2}}){_AFTER_AGE}"),
    re.compile(r"\b(\d{2})\s*(?:-\s*)?(?:years?[\s-]*old|yrs?[\s-]*old|y/o|y\.o\.?|yo|yrs?)\b"),
    re.compile(r"\b(\d{2})\s*years\s+young\b"),
    # "23 and single", "25, still single": a bare age opening a message, then a status
    re.compile(
        r"(?:^|[.!?]\s+)(\d{2})\s*(?:,|and|&|y|e|und|et)\s*(?:still\s+|noch\s+|toujours\s+)?"
        r"(?:single|taken|married|divorced|soltera?o?|célibataire|ledig)\b"
    ),
    # a message or clause opening with an age: "25 anni, Parma", "24 yo", "{age} jahre und …"
    re.compile(rf"(?:^|[.!?;]\s+)(\d{{2}}){_YEARS_AGE}"),
    re.compile(r"\b(\d{2})\s*(?:jahre alt|j\. alt)\b"),
    # turning, turned, will be: "just turned 30", "turning 25 next week", "werde nächste
    # woche 25", "cumplo 25 el mes que viene", "ho appena compiuto 25 anni", "j'aurai 25 ans"
    re.compile(
        rf"\b(?:turning|turned|turn|turns|i'?ll be|ill be|i will be|gonna be|going to be|"
        rf"werde|wird|werd|cumplo|cumplí|cumple|cumplió|cumplir|compio|compie|compiuto|"
        rf"compiuta|compiro|compirò|j'aurai|j’aurai|aurai|aura|d'avoir|d’avoir|fête mes|"
        rf"feier|feiere)\s+(?:\w+\s+){{0,2}}?(\d{{2}})\b{_NOT_UNIT}(?!\s*(?:uhr|h\b|:))"
    ),
    re.compile(r"\b(\d{2})\s+(?:geworden|compiuti|compiute|cumplidos)\b"),
    re.compile(r"\bhow old\b[^?\n]{0,12}\?\s*(\d{2})\b(?!\w)"),
    re.compile(r"\b(?:age|aged|alter|âge|edad|età|eta)\s*[:=]?\s*(\d{2})\b"),
    # "24f", "24 m here", "f24", "m/24", "(24f)"
    re.compile(
        r"(?:^|[\s(\[,])(\d{2})\s?/?(?:f|m|ftm|mtf|nb|w)\b(?![\w'’/]|\s+(?:away|long|tall|high|wide|deep))"
    ),
    re.compile(r"(?:^|[\s(\[,])(?:f|m|w|h)\s?/?(\d{2})\b(?!\w)"),
    # "tengo 40", "ho 25": a bare number after "have" ends the message or the clause
    re.compile(rf"\b(?:tengo|ho|j'ai|j’ai)\s+(\d{{2}}){_AFTER_AGE}"),
    re.compile(
        rf"\b(?:j'ai|j’ai|j ai|tengo|ho|ich bin|bin|cumplo|cumplí|compio|(?<!y )a|ha|tiene|tienes|"
        rf"hai|as|bist|ist|avoir)\s+(\d{{2}}){_YEARS_AGE}"
    ),
)


def _plausible(match: re.Match[str]) -> bool:
    """Day and month in either order for "/" and "-", day first for "." ("7.30" is a time)."""
    first, second = int(match.group(1)), int(match.group(3))
    if match.group(2) == ".":
        return 1 <= first <= 31 and 1 <= second <= 12
    return (1 <= first <= 31 and 1 <= second <= 12) or (1 <= first <= 12 and 1 <= second <= 31)


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
        for match in _BORN_YEAR.finditer(lower):
            group = next(index for index in range(1, 5) if match.group(index))
            found.append(Entity(*match.span(group), EntityType.DATE_OF_BIRTH, 0.7, self.name))
        if _BIRTH.search(lower) is None:
            return found
        for match in _DATE.finditer(lower):
            if self._near_birth(lower, match.start(), match.end()):
                found.append(Entity(*match.span(), EntityType.DATE_OF_BIRTH, 0.85, self.name))
        for match in _SHORT_DATE.finditer(lower):
            if _plausible(match) and self._near_birth(lower, match.start(), match.end(), 25):
                found.append(Entity(*match.span(), EntityType.DATE_OF_BIRTH, 0.75, self.name))
        return found

    @staticmethod
    def _near_birth(lower: str, start: int, end: int, window: int = 40) -> bool:
        """A birth word before the date, or right after it in verb-final phrasings ("ich hab am
        3. März geburtstag", "march 3rd is my bday")."""
        return (
            _BIRTH.search(lower, max(0, start - window), start) is not None
            or _BIRTH.search(lower, end, min(len(lower), end + 25)) is not None
        )

    def _ages(self, lower: str) -> list[Entity]:
        found = []
        for pattern in _AGE_PATTERNS:
            for match in pattern.finditer(lower):
                if 13 <= int(match.group(1)) <= 99:
                    found.append(Entity(*match.span(1), EntityType.AGE, 0.75, self.name))
        return found
