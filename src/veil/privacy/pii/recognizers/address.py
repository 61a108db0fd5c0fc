"""Street addresses in English, German, French, Spanish and Italian forms
("42 oak street", "Hauptstraße 5", "12 rue de la Paix", "calle Mayor 3", "via Roma 12"), with
the abbreviations people type ("Hauptstr. 5", "c/ Olmos 23, 2º B", "avda.", "v.le", "p.zza",
"bd", "av.") and German streets named without a street word ("Am Mühlbach 37")."""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.dictionary import is_frequent
from veil.privacy.pii.language import split_words
from veil.privacy.pii.lexicon import is_common, is_stopword
from veil.privacy.pii.recognizers.base import TextView, word_start
from veil.privacy.pii.recognizers.word_gate import passes, required_words

_W = r"[^\W\d_][^\W\d_'’.-]*"
# An ordinal names a street too ("185 W 34th St", "7 E 5th Ave").
_EN_KINDS = (
    r"(?P<kind>street|st|avenue|ave|"
    r"road|rd|lane|ln|drive|dr|boulevard|blvd|court|ct|way|place|pl|terrace|circle|parkway|pkwy|"
    r"highway|hwy|square|sq|row|close|crescent|mews|grove|gardens|alley|trail)\b"
)
_EN = re.compile(
    rf"\b\d{{1,5}}[a-z]?\s+(?P<words>(?:(?:{_W}|\d{{1,3}}(?:st|nd|rd|th))(?:['’]s)?\s+){{1,3}}?)"
    rf"{_EN_KINDS}\.?"
    r"(?:,?\s*(?:apt|apartment|unit|suite|flat|#)\.?\s*\d+[a-z]?)?"
)
# Every match of _EN holds its street word after a blank and before "\b": one of the message's
# words. Read off that part (the reader of patterns gives no set for the whole pattern, whose
# street word follows a repeated group); a set lookup before the scan (speed only).
_EN_WORDS = required_words(rf"\s{_EN_KINDS}")
# Street words that are also everyday words ("5 friends close by"): the name must hold no
# stopword.
_EN_WORDLIKE = frozenset(split_words("row close crescent grove gardens alley trail"))
# Kinds that follow an ordinal in everyday English too ("5 1st place medals", "2 3rd row seats").
_EN_NOT_AFTER_ORDINAL = frozenset(split_words("place pl row close circle square sq court ct"))
_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
# English streets named by one word with a street ending and no street word ("191 Kingsway",
# "12 Broadway", "40 Moorgate", "3 Ridgeway"): "-way", or "-gate" after a consonant (the
# verbs end in a vowel and "gate": "navigate", "delegate"). Everyday compounds with those
# endings are not streets.
_EN_BARE = re.compile(r"\b\d{1,5}[a-z]?\s+(?P<name>[a-z]{2,}(?:way|[^aeiou\W]gate))\b(?![-'’]\w)")
_EN_BARE_NOT = frozenset(
    split_words(
        "away anyway halfway hallway doorway gateway getaway giveaway takeaway runway railway "
        "subway highway freeway motorway expressway walkway driveway pathway stairway alleyway "
        "archway entryway waterway airway midway someway underway breakaway throwaway castaway "
        "stowaway hideaway runaway faraway straightaway headway leeway skyway speedway tramway "
        "byway norway galway conway tailgate floodgate stargate watergate"
    )
)
# A flat, apartment or unit typed before the address ("flat 3, 109 Albert Terrace", "apt 4b,
# …", "unit 7/12 …", "wohnung 3, …", "appt 12, …", "piso 2, …"): part of the address.
# A flat in a named building, the British way (quay's first run, seen): "Flat 149, Alder
# Court", "apt 4b, Carlton House", "flat 12 Victoria Mansions".
_EN_BUILDING = re.compile(
    r"\b(?:flat|apartment|apt|unit)\.?\s*\d{1,4}[a-z]?,?\s+(?P<name>(?:[^\W\d_]+\s+){1,3}?)"
    r"(?:court|house|mansions|lodge|towers?|buildings?|heights|point|hall|wharf|quay|works)\b"
)
_UNIT_BEFORE = re.compile(
    r"(?:^|(?<=[\s(,;:]))(?:flat|apt|apartment|unit|suite|ste|wohnung|whg|appartement|appt|app|"
    r"piso|dpto|depto|departamento|interno|int|scala)\.?\s*(?:#\s*|n[º°o]\.?\s*)?"
    r"\d{1,4}[a-z]?(?:\s*[,/-])?\s*$"
)
_DE = re.compile(
    r"\b(?:[a-zäöüß]+er\s+)?[a-zäöüß-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|"
    r"ufer|chaussee)\s+\d{1,4}(?:\s?[a-z])?\b"
)
# Every match of _DE holds a word (letters as words_of splits them) ending in one of these: the
# street word closes a run of letters, before a blank or the "." of "str.". A look at the few
# words of the message before the scan (speed only, the same matches).
_DE_ENDINGS = (
    "straße",
    "strasse",
    "str",
    "weg",
    "gasse",
    "platz",
    "allee",
    "ring",
    "damm",
    "ufer",
    "chaussee",
)
_FR = re.compile(
    rf"\b\d{{1,4}}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.|av|boulevard|bd\.?|bld|place|pl\.|"
    rf"allée|allee|chemin|ch\.|impasse|imp\.|quai|cours|route|rte|square|passage|"
    rf"résidence|hameau|lotissement|cité|esplanade|promenade|sentier|voie)\s+"
    rf"(?:(?:de la|de l'|du|des|de|d')\s*)?"
    rf"(?P<words>{_W}(?:\s+{_W}){{0,2}})"
)
# A word with an elided article or preposition before it: "via Sant'Agostino", "via
# dell'Orto", "calle d'Or"
# (or an initial of the namesake's first name: "via G. Verdi", "calle J. Ruiz")
_W_ELIDED = rf"(?:[^\W\d_]+['’]|[^\W\d_]\.\s?)?{_W}"
# Articles and prepositions inside a street's name ("calle Virgen del Carmen", "via Madonna
# della Neve"): stopwords allowed between two words that are none
_CONNECTORS = frozenset(
    split_words("de del la las los di dei della delle degli dello y e da do das dos")
)
_ES_DOOR = (
    r"\s*-?\s*(?:izq(?:uierda|da)?|izda|dcha|dch|der(?:echa)?|ctro|centro|int(?:erior)?|ext(?:erior)?|"
    r"\d{1,2}\s*[º°ª]?|[a-z])\.?(?!\w)"
)
_ES_IT = re.compile(
    word_start(
        rf"\b(?:(?:calle|avenida|avda|plaza|pza|paseo|camino|carrer|ctra|carretera|ronda|"
        rf"rambla|travesía|glorieta|pasaje|callejón|via|viale|piazza|corso|vicolo|largo|piazzale|strada|lungomare|"
        rf"contrada)\.?\s+|c/\s*|(?:v\.le|p\.zza|p\.za|p\.le|c\.so)\s*)"
        rf"(?:(?:de la|del|de los|de las|de|dei|della|delle|degli|di)\s+)?"
        rf"(?P<words>{_W_ELIDED}(?:\s+{_W_ELIDED}){{0,3}}?),?\s*(?:n[º°o]\.?\s*)?\d{{1,4}}[a-z]?\b"
        # floor and door ("2º B", "1ºD") and a staircase or flat after a slash ("12/B")
        # and the Spanish floor and door words ("3º izq", "2º dcha", "bajo B", "4º 2ª")
        rf"(?:,?\s*(?:\d{{1,2}}\s*[º°ª](?:{_ES_DOOR})?|(?:bajo|entresuelo|entlo|ático|atico|"
        rf"principal|pral)\.?(?:{_ES_DOOR}|(?=\s*(?:[,;]|$))))|/[a-z0-9]{{1,3}}\b"
        # the Italian flat, staircase and floor ("int. 4", "interno 12", "scala B", "piano 3")
        rf"|,?\s*(?:int\.|interno|scala|sc\.|piano)\s*\d{{1,3}}[a-z]?\b"
        rf"|,?\s*(?:scala|sc\.)\s*[a-z]\b)?"
        # not a quantity ("in piazza tra 10 minuti")
        r"(?!\s*(?:[.:,]\d|%|€|(?:min|minuti|minutos|ore|horas|giorni|días|dias|km|metri|metros|"
        r"euro|euros|volte|veces|persone|personas|minutes|hours|heures|minuten|stunden|h)\b))"
    )
)
# German streets named without a street word: a preposition, a capitalised name, a number
# ("Am Mühlbach 37", "Im Kirschgarten 4a", "Auf der Höhe 3").
# Found from the capitalised name and its number (capitals are rare, so the scan is cheap), then
# the preposition is checked in the few characters before the name.
_DE_BARE = re.compile(
    r"(?=[A-ZÄÖÜ])(?<![\w-])(?P<name>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+\d{1,3}"
    r"(?:\s?[a-z])?\b(?!\s*(?:[.:,]\d|%|€|(?i:uhr|std|stunden|min|minuten|tage|jahre|mal|km|"
    r"leute|personen|euro)\b))"
)
_DE_HINT = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+\s+\d")  # a plain scan, ~2x faster than _DE_BARE
_DE_PREPOSITION = re.compile(
    r"(?:^|\s)(?:am|im|zum|zur|beim|(?:an|auf|in|hinter|unter|vor)\s+(?:der|dem|den))\s+$",
    re.IGNORECASE,
)
_DE_STREET_WORDS = (
    *("straße", "strasse", "weg", "gasse", "platz", "allee", "ring", "damm", "ufer", "chaussee"),
)
# Endings of German field, water and hill names that streets take; such a name counts even when
# it is an everyday word ("Auf der Höhe 3", "Am Anger 2").
_DE_PLACE_ENDINGS = (
    *("garten", "bach", "berg", "feld", "hof", "wiese", "graben", "markt", "anger", "hang"),
    *("brunnen", "acker", "steig", "kamp", "winkel", "grund", "rain", "höhe", "weiher", "mühle"),
)
_TOWN_AFTER = re.compile(r",\s*(?:\d{5}\s+)?(?P<town>[^\W\d_]{3,})\b(?!\s*\d)")
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
        "at my your "
        # the other languages' measures, typed into English too ("12 minuten each way")
        "minuten stunden heures minuti ore minutos horas kilometer kilomètres chilometri"
    )
)
_NOT_BUILDING = _UNITS | frozenset(split_words("min walk away drive ride"))


# The words every match of these patterns holds one of (speed only, read off the patterns).
_FR_WORDS = required_words(_FR)
_ES_IT_WORDS = required_words(_ES_IT)


class AddressRecognizer:
    name: ClassVar[str] = "address"
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.ADDRESS})

    def analyze(self, view: TextView) -> list[Entity]:
        if not view.has_digit:
            return []
        lower = view.lower
        spans = [
            *(self._english(lower) if passes(view.words, _EN_WORDS) else ()),
            *self._english_bare(view),
            *self._german_bare(view.text, view.language),
        ]
        if "flat" in lower or "ap" in lower or "unit" in lower:
            spans.extend(self._buildings(lower))
        if any(word.endswith(_DE_ENDINGS) for word in view.words):
            spans.extend(m.span() for m in _DE.finditer(lower))
        for match in _FR.finditer(lower) if passes(view.words, _FR_WORDS) else ():
            end = self._trim(lower, match.start("words"), match.group("words"))
            spans.append((match.start(), end))
        for match in _ES_IT.finditer(lower) if passes(view.words, _ES_IT_WORDS) else ():
            words = match.group("words").split()
            if not any(
                (is_stopword(word) and not (0 < index < len(words) - 1 and word in _CONNECTORS))
                or word in _NOT_STREETS
                for index, word in enumerate(words)
            ):
                spans.append(match.span())
        return [
            Entity(self._unit_start(lower, start), end, EntityType.ADDRESS, 0.85, self.name)
            for start, end in spans
        ]

    @staticmethod
    def _buildings(lower: str) -> list[tuple[int, int]]:
        # the building's name is words of its own: "flat 2 minutes from the house" is none
        return [
            match.span()
            for match in _EN_BUILDING.finditer(lower)
            if not any(
                is_stopword(word) or word in _NOT_BUILDING for word in match.group("name").split()
            )
        ]

    @staticmethod
    def _unit_start(lower: str, start: int) -> int:
        """The start of a flat or unit typed just before the address, else ``start``."""
        unit = _UNIT_BEFORE.search(lower, max(0, start - 24), start)
        return start if unit is None else unit.start()

    @staticmethod
    def _english_bare(view: TextView) -> list[tuple[int, int]]:
        lower = view.lower
        if "way" not in lower and "gate" not in lower:
            return []
        spans = []
        for match in _EN_BARE.finditer(lower):
            name = match.group("name")
            if name in _EN_BARE_NOT:
                continue
            # lower case only when the word is no frequent English word ("191 kingsway")
            if not view.text[match.start("name")].isupper() and is_frequent(name, "en"):
                continue
            spans.append(match.span())
        return spans

    @staticmethod
    def _english(lower: str) -> list[tuple[int, int]]:
        spans = []
        for match in _EN.finditer(lower):
            words = match.group("words").split()
            if any(word in _UNITS for word in words):
                continue
            if match.group("kind") in _EN_WORDLIKE and any(is_stopword(w) for w in words):
                continue
            if match.group("kind") in _EN_NOT_AFTER_ORDINAL and any(
                _ORDINAL.fullmatch(w) for w in words
            ):
                continue
            spans.append(match.span())
        return spans

    @staticmethod
    def _german_bare(text: str, language: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        if _DE_HINT.search(text) is None:
            return spans
        for match in _DE_BARE.finditer(text):
            start = match.start()
            before = _DE_PREPOSITION.search(text, max(0, start - 16), start)
            name = match.group("name").lower()
            if before is None:
                # no preposition: a compound ending like a field, brook or hill name, then a
                # town after a comma ("an Heidekamp 51, landau"; not a score: "Bielefeld 3,
                # Hamburg 1")
                ending = next((e for e in _DE_PLACE_ENDINGS if name.endswith(e)), None)
                if (
                    ending is not None
                    and len(name) >= len(ending) + 3
                    and (town := _TOWN_AFTER.match(text, match.end())) is not None
                    and not is_common(town.group("town").lower())
                ):
                    spans.append(match.span())
                continue
            if name.endswith(_DE_STREET_WORDS):
                continue  # "in der Lindenweg 5": the street pattern takes it, without "in"
            if (
                language != "de"
                and before.group(0).strip().lower() == "im"
                and not name.endswith(_DE_PLACE_ENDINGS)
            ):
                # chat's "im" for "I'm" before a name and an age: "hi im Rowan 26" (not before
                # a field or hill name: "Im Winkel 17, Gera" in a message read as English)
                continue
            if not is_common(name) or name.endswith(_DE_PLACE_ENDINGS):
                spans.append((before.end() - len(before.group(0).lstrip()), match.end()))
        return spans

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
