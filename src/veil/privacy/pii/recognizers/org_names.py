"""What an organisation's name is, where a cue says one follows: where the name ends (capitalised
words, a lower-case kind and its name, a rare word before a kind of trade, a number that ends
a name), and whether it can be a name at all (no place, no person, no everyday word). The
organisation recognizer (:mod:`.org`) finds the cues; this module reads the names after them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from veil.privacy.pii.dictionary import (
    RARE_RANK,
    is_frequent,
    looks_like_word,
    rank,
    small_words,
    words,
)
from veil.privacy.pii.language import SUPPORTED, split_words
from veil.privacy.pii.lexicon import (
    CALENDAR,
    first_names,
    is_common,
    is_stopword,
    last_names,
    minor_places,
    places,
)
from veil.privacy.pii.org_words import (
    BRAND_SUFFIXES,
    LOWER_HEADS,
    LOWER_KINDS_FIRST,
)
from veil.privacy.pii.recognizers.base import TextView

# Endings of English forms of words ("napping", "quitted", "lately", "kindness"): the
# encyclopaedic list holds rare ones, which are no brands.
_ENGLISH_FORM = re.compile(r"(?:ing|ed|ly|ness|ment|tion)$")


def everyday(word: str, language: str) -> bool:
    return word in CALENDAR or looks_like_word(word, "en") or looks_like_word(word, language)


def german_noun(word: str) -> bool:
    """German capitalises every noun, so "Praxis Probleme" is no name: after a German kind the
    name must be a place, a surname or no frequent German word ("Sparkasse Bremen", "Praxis
    Müller", "Apotheke Eppendorf")."""
    if word in places() or word in minor_places() or word in last_names():
        return False
    return looks_like_word(word, "de") or is_frequent(word, "de")


def lower_everyday(word: str, language: str) -> bool:
    """Whether a lower-case ``word`` is an everyday word of English or ``language``, where a
    name is expected. A word that only the encyclopaedic English list knows (ranked in neither
    frequency list, in no small list) is read as a name: that list holds brands ("ferragamo",
    "harvester", "pfizer") among its words. English endings count in English messages only:
    "lavoro da eataly" names a shop (jetty split's first run: seen)."""
    english = looks_like_word(word, "en") if language == "en" else word in words("en")
    if not (english or looks_like_word(word, language)):
        return False
    if (word not in words("en") and word not in words(language)) or _ENGLISH_FORM.search(word):
        return True  # the ending of an adjective, participle, adverb or verbal noun
    return not (
        rank(word, "en") is None
        and rank(word, language) is None
        and word not in small_words("en")
        and word not in small_words(language)
    )


def unusual(word: str, language: str) -> bool:
    """A lower-case word beyond the 5,000 most frequent words of English and ``language``."""
    return not (
        is_common(word)
        or is_frequent(word, "en")
        or is_frequent(word, language)
        or word in small_words(language)
    )


TOKEN = re.compile(r"[^\W_][\w&'’.-]*")

CONNECTORS = frozenset(split_words("of de du des di dei del della & and für la e y et und da"))

SCHOOL = frozenset(
    split_words(
        "school high university uni college academy institute hospital bank gmbh inc llc ltd ag "
        "corp co sa srl spa universität hochschule gymnasium université lycée collège universidad "
        "colegio instituto università liceo"
    )
)

GENERIC = frozenset(
    split_words(
        "hospital bar restaurant school office store shop cafe café factory warehouse gym mall "
        "night nights weekends weekend home work job company startup firm agency clinic hotel "
        "uni university college moment minute same"
    )
)

MAX_WORDS = 4

DETERMINERS = frozenset(
    split_words(
        "the a my our la le les el los las il lo una un une die der das dem den ein eine "
        "einer meine mon ma mi mia mio"
    )
)


# Words that join a lower-case kind to its name ("pharmacie du centre", "trattoria da nerina",
# "ehpad les tilleuls", "panadería la espiga").
LOWER_JOINS = frozenset(
    split_words("du des de da la le les il lo el del della di dal au aux von am zum zur")
)


# A number opening a name, before a capitalised word: "100 Montaditos", "7 Eleven".
NUMBER_OPENING = re.compile(r"\d{1,4} (?=[A-ZÀ-Þ])")


# Units after a number: "Globex 5 days", "Mondadori da 26 anni" (some are stopwords).
UNITS = frozenset(
    split_words(
        "years year yrs months days hours minutes weeks jahre jahren monate tage stunden ans mois "
        "jours heures semaines años meses días horas semanas anni mesi giorni ore settimane"
    )
)


# Two lower-case words, the second a first name's possessive: "trader joe's", "jersey mike's",
# "papa john's"; no determiner or kin opens it ("my mom's", "uncle bob's").
POSSESSIVE_BRAND = re.compile(r"([^\W\d_]{3,}) ([^\W\d_]+)['’]s\b")

KIN = frozenset(
    split_words("uncle aunt auntie aunty grandma grandpa nana nan cousin brother sister mate")
)


def possessive_end(view: TextView, start: int) -> int | None:
    """A lower-case name of a word and a first name's possessive (``POSSESSIVE_BRAND``):
    "shift at trader joe's", "worked at jersey mike's" (jetty split's first run: seen)."""
    window = view.lower[start : start + 40]
    if "'s" not in window and "’s" not in window:
        return None
    match = POSSESSIVE_BRAND.match(view.lower, start)
    if match is None:
        return None
    first, owner = match.group(1), match.group(2)
    if (
        is_common(first)
        or first in DETERMINERS
        or first in KIN
        or first in first_names()
        or owner not in first_names()
    ):
        return None
    return match.end()


def lower_org_end(view: TextView, start: int) -> int | None:
    """End of a lower-case name of a kind of organisation at ``start``: a kind before its
    name ("bäckerei schäfer", "ehpad les tilleuls", "trattoria da nerina") or a rare word
    before a kind of trade ("kilbride joinery", "mossley care home", "hollis freight").
    Called only where a name is expected."""
    lower, language = view.lower, view.language
    found: list[tuple[int, str]] = []  # (end, word) of up to five words
    position = start
    while len(found) < 5:
        token = TOKEN.match(lower, position)
        if token is None:
            break
        word = token.group(0).rstrip(".")
        found.append((token.start() + len(word), word))
        position = skip_space(lower, token.end())
        if position == token.end():
            break
    if len(found) < 2:
        return None
    if found[0][1] in LOWER_KINDS_FIRST:
        # after an article the kind is a common noun: "à la pharmacie du coin"
        before = lower[max(0, start - 6) : start].split()
        if before and (before[-1] in DETERMINERS or before[-1][-2:] in ("l'", "l’")):
            return None
        if start >= 2 and lower[start - 1] in "'’":
            return None
        return _after_lower_kind(found[1:])
    return _before_lower_head(found, language)


def _before_lower_head(found: list[tuple[int, str]], language: str) -> int | None:
    """End of the kind of trade after one to three words, one of them no frequent word:
    "kilbride joinery", "calder valley buses", "tillbrook dental practice"."""
    for index in range(1, min(len(found), 4)):
        word = found[index][1]
        if index + 1 < len(found) and f"{word} {found[index + 1][1]}" in LOWER_HEADS:
            head_end = found[index + 1][0]
        elif word in LOWER_HEADS:
            head_end = found[index][0]
        else:
            continue
        name = [w for _, w in found[:index]]
        if any(is_common(w) for w in name):
            return None
        return head_end if any(unusual(w, language) for w in name) else None
    return None


def _after_lower_kind(found: list[tuple[int, str]]) -> int | None:
    """End of the name after a lower-case kind: one word that is no everyday chat word
    ("farmacia centrale", "optic 2000"), or words after a joining word ("du centre", "au
    bon pain") up to a stopword."""
    end, joined = None, False
    for index, (word_end, word) in enumerate(found[:3]):
        if word in LOWER_JOINS and index + 1 < len(found):
            joined = True
            continue
        if not (
            (joined and not is_stopword(word) and not word.isdigit())
            or (not joined and index == 0 and not is_common(word))
        ):
            break
        end = word_end
    return end


def numbered_name_end(view: TextView, start: int) -> int | None:
    """A name that opens with a number, then capitalised words (wharf split's first run:
    seen): "curro en 100 Montaditos", "shifts at 7 Eleven"; not a count of something
    ("en 2 Semanas", "at 5 PM")."""
    number = NUMBER_OPENING.match(view.text, start)
    if number is None:
        return None
    first = number.end()
    end = name_end(view, first, go_to=False)
    word = view.lower[first : end or first]
    if (
        end is None
        or not name_like(view, first, end)
        or word.split()[0] in UNITS
        or is_common(word.split()[0])
        or view.text[first:end].isupper()
    ):
        return None
    return end


def capitalised_names_after(pattern: re.Pattern[str], view: TextView) -> Iterator[tuple[int, int]]:
    """Where the capitalised name right after each match of ``pattern`` (on the lower-cased
    text) starts and ends: after joining, training with, going to …"""
    for match in pattern.finditer(view.lower):
        start = match.end()
        if start < len(view.text) and view.text[start].isupper():
            end = name_end(view, start, go_to=True)
            if end is not None:
                yield start, end


def loose_name_end(view: TextView, start: int) -> int | None:
    """The name after the general affiliation form, which is looser than the cue list: in
    lower case one word only, or a kind and its name."""
    if start >= len(view.text):
        return None  # the cue ends the message: "i study at"
    if view.text[start].isdigit():
        return numbered_name_end(view, start)
    if view.text[start].islower() and (possessive := possessive_end(view, start)):
        return possessive
    if not view.text[start].isupper() and (lower := lower_org_end(view, start)):
        return lower
    end = name_end(view, start, go_to=False)
    if end is None or not name_like(view, start, end):
        return None
    if view.text[start].isupper():
        return end
    return _one_lower_word_end(view.lower, start, end)


def _one_lower_word_end(lower: str, start: int, end: int) -> int:
    """In lower case the name is one word, with a second after "&" ("kessler & vane") or a
    brand's suffix ("lidl uk", "fnac españa")."""
    word = TOKEN.match(lower, start)
    if word is None:
        return end
    end = start + len(word.group(0).rstrip("."))
    if lower.startswith(" & ", end):
        other = TOKEN.match(lower, skip_space(lower, end + 2))
        if other is not None and not is_common(other.group(0)):
            return other.start() + len(other.group(0).rstrip("."))
    suffix = TOKEN.match(lower, skip_space(lower, end))
    if suffix is not None and suffix.start() > end and suffix.group(0) in BRAND_SUFFIXES:
        return suffix.end()
    return end


def everyday_or_person(name: str, language: str) -> bool:
    """After a verb of going ("went to Church", "goes to Sarah's") a single word names a
    school or employer only when it is no everyday word and no person's."""
    name = name.removesuffix("'s").removesuffix("’s")
    return lower_everyday(name, language) or person_like(name)


def context_name_end(view: TextView, start: int) -> int | None:
    """A name found by context alone: capitalised, or in lower case a word of three
    letters or more that is not among the 5,000 most frequent of English or the message's
    language ("en internet", "at midnight", "for k in …" are no employers; "en movistar",
    "for fedex" are)."""
    end = loose_name_end(view, start)
    if end is None or view.text[start].isupper():
        return end
    word = view.lower[start:end]
    if len(word) < 3 or any(is_frequent(word, lang) for lang in {view.language, "en"}):
        return None
    return end


def name_like(view: TextView, start: int, end: int) -> bool:
    """Whether ``[start, end)`` can be an organisation's name: no place ("je travaille à
    Lyon"), no number ("work for 3 hours"), and in lower case no everyday word of English or
    the message's language ("work for myself", "studying at the library", "a student at
    heart", "frequento la palestra"; brands are in no word list: "i work at google")."""
    if not view.text[start].isalpha() or is_place(view.lower[start:end]):
        return False
    token = TOKEN.match(view.lower, start)
    if token is not None and token.group(0).rstrip(".") in CALENDAR:
        return False  # "i work at Christmas", "i quit Monday"
    if view.text[start].isupper():
        return True
    token = TOKEN.match(view.lower, start)
    first = token.group(0).rstrip(".") if token is not None else ""
    first = first.removesuffix("'s").removesuffix("’s")  # "an account's status"
    if first in SCHOOL and end > start + len(first):
        return True  # "liceo Fermi", "gymnasium Eppendorf"
    if lower_everyday(first, view.language) or first in LOWER_KINDS_FIRST:
        return False
    if first in LOWER_HEADS and first not in SCHOOL:
        return False  # a kind alone is no name: "at the pharmacy", "à la boulangerie"
    # An everyday word of another language ("palestra" in a message too short to tell
    # its language), unless English uses it as much (brands: "google", "amazon").
    return is_frequent(first, "en", RARE_RANK) or not any(
        is_frequent(first, language) for language in SUPPORTED if language != "en"
    )


def shouted(name: str, language: str) -> bool:
    """A word in capitals that is a word, a place or a name: "chez MOI", "bei OK"."""
    return is_common(name) or lower_everyday(name, language) or is_place(name) or person_like(name)


def person_like(name: str) -> bool:
    """A first name opens it, or it is a surname alone ("supports Biden")."""
    return name.split()[0] in first_names() or name in last_names()


def is_place(name: str) -> bool:
    return name in places() or name in minor_places()


def name_end(view: TextView, start: int, *, go_to: bool) -> int | None:
    """End of the organisation name that starts at ``start``, or None if there is none."""
    text, lower = view.text, view.lower
    end, words, position = None, 0, start
    capitalised = start < len(text) and text[start].isupper()
    school = False
    while words < MAX_WORDS:
        if words and capitalised and lower.startswith("& ", position):
            position = skip_space(lower, position + 1)  # "Ernst & Young"
            continue
        token = TOKEN.match(lower, position)
        if token is None:
            break
        word = token.group(0).rstrip(".")
        original = text[token.start()]
        if words and word in CONNECTORS and capitalised:
            position = skip_space(lower, token.end())
            continue
        if (
            words
            and capitalised
            and position == (end or 0) + 1
            and _name_number(lower, word, token.end())
        ):
            end = token.start() + len(word)  # "Optic 2000", "Paris 8"
            break
        if (
            is_common(word)
            and not (capitalised and original.isupper())
            or (words and capitalised and not original.isupper() and word not in SCHOOL)
        ):
            break
        if not words and word in GENERIC and not original.isupper():
            break
        school = school or word in SCHOOL
        end, words = token.start() + len(word), words + 1
        position = skip_space(lower, token.end())
        if position == token.end() or (token.group(0).endswith(".") and len(word) > 3):
            break  # a full stop after a word ends the sentence ("at Ernst & Young. Georgina")
    if end is None or (go_to and not (capitalised or school)):
        return None
    return end


def _name_number(lower: str, word: str, after: int) -> bool:
    """A number that ends a name ("Optic 2000", "Rennes 2", "Hannover 96"): short, and
    followed by the end of a clause or a stopword, not by a unit ("Globex 5 days")."""
    if not (word.isdigit() and len(word) <= 4):
        return False
    rest = lower[after:].lstrip(" ")
    if not rest or rest[0] in ",.!?;:)":
        return True
    following = TOKEN.match(rest)
    return (
        following is not None
        and is_stopword(following.group(0))
        and following.group(0) not in UNITS
    )


def skip_space(lower: str, position: int) -> int:
    while position < len(lower) and lower[position] == " ":
        position += 1
    return position
