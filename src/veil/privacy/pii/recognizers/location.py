"""Places: after a cue ("i live in …", "ich wohne in …", "j'habite à …", "vivo en …",
"abito a …") and well-known cities, regions and countries anywhere. Faker's towns and regions
(:func:`~veil.privacy.pii.lexicon.minor_places`, ~18,000) and the world's towns
(:func:`~veil.privacy.pii.lexicon.towns`, GeoNames, ~110,000) count only right after a place
cue, in lower case too ("sono a lecce adesso"), never anywhere: many are also words or names.
After a weak cue ("to", "near", "in") a town must be large or no frequent word ("flying back
to tauranga" yes, "to bury him" no)."""

from __future__ import annotations

import re
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.dictionary import FREQUENT_RANK, RARE_RANK, is_frequent, looks_like_word
from veil.privacy.pii.lexicon import (
    AMBIGUOUS_NAMES,
    first_names,
    is_common,
    minor_places,
    name_towns,
    places,
    town_populations,
    towns,
)
from veil.privacy.pii.recognizers.base import TextView, word_start

_WORD = r"[^\W\d_][^\W\d_'’.-]*"
_PLACE = rf"(?P<place>{_WORD}(?:[ -](?:{_WORD}))?(?:[ -](?:{_WORD}))?)"
# After these, an unknown word that is not a stopword is a place.
_STRONG = re.compile(
    word_start(
        r"\b(?:i live in|i'm from|i’m from|im from|i am from|live in|living in|lives in|based in|"
        r"grew up in|moved to|moving to|i come from|located in|ich wohne in|wohne in|ich lebe in|"
        r"ich komme aus|komme aus|j'habite à|j'habite a|j'habite en|j’habite à|j'habite|"
        r"je vis à|je vis a|je viens de|vivo en|soy de|vengo de|abito a|abito in|vivo a|vivo in|"
        r"sono di|vengo da|"
        # where someone else lives: "mia nonna abita a …", "mein bruder wohnt in …"
        r"abita a|abita in|abitano a|abitano in|vive a|vive in|vive en|viven en|wohnt in|"
        r"wohnen in|lebt in|habite à|habite a|habitent à|vit à|vivent à|"
        # origin and birthplace
        r"originally from|born and raised in|raised in|born in|my hometown is|hometown is|"
        r"ich bin aus|bin aus|geboren in|aufgewachsen in|originaire de|je suis de|née à|né à|"
        r"née a|né a|nací en|naci en|originario de|originaria de|originario di|originaria di|"
        r"sono nato a|sono nata a|nato a|nata a|cresciuto a|cresciuta a)\s+(?=" + _PLACE + ")"
    )
)
# An age opening the message, then a place: "25 ans, saumur", "29 años, de linares", "27, Leeds",
# "27w aus Wismar". A comma or a word of origin must follow the number and its unit ("14yo
# nudes" is no place).
_AGE_OPENING = re.compile(
    r"\W*(?P<age>\d{2})\s*(?:(?:[mfwh]|ans|años|anos|anni|jahre|yo|y/o|years old)\b)?"
    r"(?:\s*,\s*(?:(?:from|de|d'|aus|von|da|di)\s*)?|\s*(?:from|de|aus|von|da|di)\s+)"
    r"(?=" + _PLACE + ")"
)
# Being somewhere now: "i'm in ashford rn", "je suis à Annecy". An unknown word after these is a
# place when it is capitalised, or in English when it is no everyday word ("i'm in love").
_PRESENCE = re.compile(
    word_start(
        r"\b(?:i'm in|i’m in|im in|i am in|i'm staying in|staying in|ich bin gerade in|"
        r"bin gerade in|ich bin in|je suis à|je suis a|je suis en|estoy en|sono a|sono in)\s+"
        r"(?=" + _PLACE + ")"
    )
)
_WEAK = re.compile(
    word_start(
        r"\b(?:in|from|near|to|around|aus|à|en|de|da|di|a|nach|bei|vers|zona|por|visiting)\s+"
        r"(?=" + _PLACE + ")"
    )
)
_CAPITALISED = re.compile(r"(?<![\w@#])[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}")
_AFTER_COMMA = re.compile(r",\s*(?=" + _PLACE + ")")
_DIGIT = re.compile(r"\d")
_FIRST_WORD = re.compile(r"[ -]")
_WORD_SPLIT = re.compile(r"(?<=\S)(?=[ -])")
_TOKENS = re.compile(r"\S+")
_NATIONALITY = re.compile(r"(?:ian|ese|ish|ais|aise|ano|ana|isch|ean|can)$")
_LOWERCASE_RISKY = frozenset({"nice", "reading", "bath", "split", "mobile", "orange", "sale"})
# A town this large is a place after a weak cue unless its name is among the 5,000 most
# frequent English words or the 1,000 most frequent of the message's language ("dundee",
# "sacramento", "in münster" yes); a smaller one only when its name is beyond the 20,000 most
# frequent English words and the 2,000 most frequent of the message's language ("in Zwickau"
# yes; "to bury", "in worms", "near retreat" no).
LARGE_TOWN = 100_000
_EVERYDAY_RANK = 1_000
_INSIDE_TOWN = 20_000
_LOCAL_EVERYDAY_RANK = 2_000


class LocationRecognizer:
    name: ClassVar[str] = "location"
    # AGE: the number that opens "27, Leeds" is an age once the place is found
    entity_types: ClassVar[frozenset[EntityType]] = frozenset({EntityType.LOCATION, EntityType.AGE})

    def __init__(self) -> None:
        self._places = places()
        self._minor = minor_places() | towns()
        # after a cue, a large town named like a person is the town ("hiring in bradford")
        self._towns = towns() | name_towns()
        self._unnamed_towns = towns()
        self._population = town_populations()
        # The first word of every known place and town ("salt" of "salt lake city")
        self._first_words = frozenset(
            _FIRST_WORD.split(place, maxsplit=1)[0]
            for place in self._places | self._minor | self._towns
        )
        self._first = first_names()

    def analyze(self, view: TextView) -> list[Entity]:
        found = self._cued(view)
        found.extend(self._known(view))
        if view.has_digit:
            found.extend(self._after_age(view))
            if "," in view.text:
                found.extend(self._after_address(view))
        return found

    def _after_age(self, view: TextView) -> list[Entity]:
        """A place right after an age that opens the message, and the age; a town in no list
        counts when it is no everyday word of the message's language or English and no first
        name."""
        match = _AGE_OPENING.match(view.lower)
        if match is None or not 13 <= int(match.group("age")) <= 99:
            return []
        start = match.start("place")
        span = self._place_span(view, start, match.group("place"), strong=True)
        if span is None:
            return []
        first = view.lower[span[0] : span[1]].split()[0]
        if first not in self._places and first not in self._minor:
            frequent = any(is_frequent(first, lang) for lang in {view.language, "en"})
            if frequent or first in self._first or len(first) < 4:
                return []
        return [
            Entity(*span, EntityType.LOCATION, 0.7, self.name),
            Entity(*match.span("age"), EntityType.AGE, 0.7, self.name),
        ]

    def _cued(self, view: TextView) -> list[Entity]:
        found = []
        for match in _PRESENCE.finditer(view.lower):
            start = match.start("place")
            word = match.group("place").split()[0].split("-")[0]
            if self._present_at(view, start, word):
                found.append(Entity(start, start + len(word), EntityType.LOCATION, 0.65, self.name))
        for pattern, strong in ((_STRONG, True), (_WEAK, False)):
            for match in pattern.finditer(view.lower):
                if not strong and view.language == "en" and match.group().startswith("a "):
                    # In English "a" is an article ("a bug", "a Flask API"), unless a large
                    # town or a capitalised town named like no English word follows (an
                    # Italian message too short to be detected: "abito vicino a Cagliari").
                    span = self._large_town(
                        match.start("place"),
                        match.group("place"),
                        capitalised=view.text[match.start("place")].isupper(),
                    )
                else:
                    span = self._place_span(
                        view, match.start("place"), match.group("place"), strong
                    )
                if span is not None:
                    score = 0.8 if strong else 0.65
                    found.append(Entity(*span, EntityType.LOCATION, score, self.name))
        return found

    def _place_span(
        self, view: TextView, start: int, phrase: str, strong: bool
    ) -> tuple[int, int] | None:
        """The longest prefix of ``phrase`` that names a place, as offsets."""
        words = _WORD_SPLIT.split(phrase)
        capitalised = view.text[start].isupper()
        if not strong and not capitalised and words[0] not in self._first_words:
            return None  # no known place opens with this word: most weak cues end here
        for count in range(len(words), 0, -1):
            candidate = "".join(words[:count])
            end = start + len(candidate)
            if candidate in self._places or (strong and candidate in self._minor):
                if capitalised or candidate not in _LOWERCASE_RISKY:
                    return start, end
                continue
            if strong and self._unknown_place(view.text[start:end], candidate, count):
                return start, end
            if (
                not strong
                and self._weak_town(candidate, view.language)
                and (capitalised or candidate not in _LOWERCASE_RISKY)
            ):
                return start, end
        if not strong and capitalised and view.language != "de":
            # "from Springfield": a capitalised unknown word after a weak cue (German
            # capitalises every noun, so not there).
            first = words[0].strip(" -")
            known = is_common(first) or first in self._first or first in AMBIGUOUS_NAMES
            if not known and len(first) > 3 and _NATIONALITY.search(first) is None:
                return start, start + len(words[0])
        return None

    def _large_town(self, start: int, phrase: str, *, capitalised: bool) -> tuple[int, int] | None:
        """After an English "a": a large town, or a capitalised town whose name is no English
        word ("Natale a Conegliano" detected as English; not "a Flask API")."""
        words = _WORD_SPLIT.split(phrase)
        for count in range(len(words), 0, -1):
            candidate = "".join(words[:count])
            if candidate not in self._towns:
                continue
            if capitalised and not is_frequent(candidate, "en", RARE_RANK):
                return start, start + len(candidate)
            large = self._population[candidate] >= LARGE_TOWN
            if large and not is_frequent(candidate, "en", FREQUENT_RANK):
                return start, start + len(candidate)
        return None

    def _weak_town(self, candidate: str, language: str) -> bool:
        if candidate not in self._towns or len(candidate) < 4:
            return False
        if self._population[candidate] < LARGE_TOWN:
            # English words of middling frequency ("bury", "worms") are words anywhere; in the
            # message's own language a town is frequent because it is talked about there
            # ("zwickau" in German), so only its everyday words count
            return not is_frequent(candidate, "en", RARE_RANK) and not is_frequent(
                candidate, language, _LOCAL_EVERYDAY_RANK
            )
        # A large city is frequent in its own country's language ("münster" ranks 2,063rd in
        # German): there only the 1,000 most frequent words are everyday words.
        return not is_frequent(candidate, "en") and not is_frequent(
            candidate, language, _EVERYDAY_RANK
        )

    def _present_at(self, view: TextView, start: int, word: str) -> bool:
        if word in self._places or word in self._minor:
            return True
        if (
            len(word) < 4
            or is_common(word)
            or word in self._first
            or word in AMBIGUOUS_NAMES
            or _NATIONALITY.search(word) is not None
            or view.language == "de"  # German capitalises every noun ("in Eile")
        ):
            return False
        if view.text[start].isupper():
            return True
        return view.language == "en" and not looks_like_word(word, "en")

    @staticmethod
    def _unknown_place(original: str, candidate: str, count: int) -> bool:
        first = candidate.split()[0]
        if is_common(first) or len(first) < 3:
            return False
        if count > 1:
            return original.istitle()
        return original[0].isupper() or first not in AMBIGUOUS_NAMES

    def _known(self, view: TextView) -> list[Entity]:
        if not view.has_upper:
            return []
        found = []
        for match in _CAPITALISED.finditer(view.text):
            offsets = [m.start() for m in _TOKENS.finditer(match.group(0))]
            phrase = match.group(0).lower()
            at_start = not view.text[: match.start()].strip(" \"'“(")
            opens = at_start or view.text[: match.start()].rstrip()[-1:] in ".!?"
            span = self._longest_known(phrase, offsets, view.language, inside=not opens)
            if span is not None and at_start and phrase[span[0] : span[1]] in _LOWERCASE_RISKY:
                continue  # "Nice weather finally": a word that opens the message
            if span is not None:
                base = match.start()
                found.append(
                    Entity(base + span[0], base + span[1], EntityType.LOCATION, 0.6, self.name)
                )
        return found

    def _longest_known(
        self, phrase: str, offsets: list[int], language: str, *, inside: bool
    ) -> tuple[int, int] | None:
        ends = [*offsets[1:], len(phrase) + 1]
        for i, begin in enumerate(offsets):
            for j in range(len(offsets) - 1, i - 1, -1):
                candidate = phrase[begin : ends[j] - 1]
                if candidate in self._places and candidate not in AMBIGUOUS_NAMES:
                    return begin, ends[j] - 1
                if self._large_town_anywhere(candidate, language, inside=inside):
                    return begin, ends[j] - 1
        return None

    def _large_town_anywhere(self, candidate: str, language: str, *, inside: bool) -> bool:
        """A capitalised town of 100,000 people or more (20,000 inside a sentence, where a
        capital is no sentence's) that is no everyday word of English or the message's language
        and no first name (the town list holds none): "first kiss, Anchorage, summer of
        2015", "ask her, she knows everything about Torquay"."""
        return (
            candidate in self._unnamed_towns
            and self._population[candidate] >= (_INSIDE_TOWN if inside else LARGE_TOWN)
            and candidate not in _LOWERCASE_RISKY
            and not is_frequent(candidate, "en")
            and not is_frequent(candidate, language, _EVERYDAY_RANK)
        )

    def _after_address(self, view: TextView) -> list[Entity]:
        """The town after a street address: "Goethestraße 101, Trier", "74 av. de la
        République, Montauban", "calle Serrano 95, 3º izq, Segovia": a known town after a
        comma that follows a house number (a digit within the 40 characters before)."""
        found = []
        for match in _AFTER_COMMA.finditer(view.lower):
            start = match.start("place")
            if not _DIGIT.search(view.lower, max(0, start - 40), start):
                continue
            span = self._town_span(start, match.group("place"), view.language)
            if span is not None:
                found.append(Entity(*span, EntityType.LOCATION, 0.65, self.name))
        return found

    def _town_span(self, start: int, phrase: str, language: str) -> tuple[int, int] | None:
        words = _WORD_SPLIT.split(phrase)
        for count in range(len(words), 0, -1):
            candidate = "".join(words[:count])
            known = candidate in self._places or candidate in self._minor
            if (known and candidate not in _LOWERCASE_RISKY) or self._weak_town(
                candidate, language
            ):
                return start, start + len(candidate)
        return None
