"""The name gazetteers the person recognizers share, and what they tell about a word.

One :class:`NameLexicon` per analyzer: the first names (core, extended and the wider set read
where a name is expected), surnames, places and towns, each built once on first use
(:mod:`veil.privacy.pii.lexicon`), and the three questions the rules ask of a word: is it a
first name that is no frequent word here, a common name English knows only as a name, or no
word of any list at all.
"""

from __future__ import annotations

import re

from veil.privacy.pii.dictionary import any_words, is_frequent, is_rare
from veil.privacy.pii.language import SUPPORTED, split_words
from veil.privacy.pii.lexicon import (
    AMBIGUOUS_NAMES,
    extended_first_names,
    first_names,
    is_common,
    last_names,
    places,
    slot_first_names,
    towns,
)

# Names ranked above this in English are words as often ("numbers", "brain" and "else" are
# names in some list).
_EVERYDAY_NAME_RANK = 1_500
# Surnames that are also street words: "Willow Street" is an address part, not a person.
STREET_WORDS = frozenset(
    split_words(
        "street road avenue lane drive way court place square park hill grove close crescent "
        "boulevard terrace row"
    )
)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+")


def sentence_starts(lower: str) -> list[int]:
    """Where the message's sentences open: its start and after ".", "!" or "?" and a space."""
    if "." not in lower and "!" not in lower and "?" not in lower:
        return [0]  # (speed only: most chat has no stop, and the literal tests cost less)
    return [0, *(match.end() for match in _SENTENCE_BREAK.finditer(lower))]


def mixed_case(word: str) -> bool:
    """ "OpenBao", "spaCy", "DEKs": capitals inside a word that also has small letters (not
    after a hyphen: "Soo-Jin", "Jean-Marc")."""
    if word.islower():
        return False  # no capital at all (speed only: most chat is typed in lower case)
    if "-" not in word:
        return any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    inner = any(c.isupper() for part in word.split("-") for c in part[1:])
    return inner and any(c.islower() for c in word)


# A first name among this many most frequent words of a language is a word there first. The
# other languages' word lists hold fewer names than English's and their names are words more
# often ("socorro" is Spanish for help, "franca" Italian for frank, "remedios" for remedies).
NAME_WORD_RANK = {"en": 5_000, "de": 10_000, "fr": 10_000, "es": 10_000, "it": 10_000}


def name_word_rank(language: str) -> int:
    return NAME_WORD_RANK.get(language, 5_000)


# Chat abbreviations and interjections, which some locale has as a name ("Urs") or no list
# holds ("wyd", "wesh"): "then im all urs", "texted wyd at 3am", "wesh c'est …".
CHAT_WORDS = frozenset(
    split_words(
        "urs wyd hbu wbu wby idk idc smh ngl lmk omw brb ily tysm wesh wsh mdr ptdr jsp tkt "
        "jaja jeje xd lmao lmfao rofl"
    )
)


class NameLexicon:
    """The gazetteers, built once per analyzer, and what they say about a word."""

    def __init__(self) -> None:
        self.first = extended_first_names() - CHAT_WORDS
        # Outside English, a capitalised word anywhere (and a German sentence subject) is a
        # name only when the core gazetteer (the five main locales and the US census) has it:
        # "Kino" is a first name in Faker's English list and the German for cinema.
        self.core = first_names()
        self.last = last_names()
        self.places = places()
        self.slot = slot_first_names() - CHAT_WORDS
        self.towns = towns()
        self.everyday = any_words()

    def first_name(self, word: str, language: str) -> bool:
        """A first name of the gazetteers that is no frequent word of ``language`` or English,
        or a hyphenated first name (:meth:`compound`)."""
        if "-" in word and word not in self.slot:
            return self.compound(word, language)
        return (
            word in self.slot
            and word not in AMBIGUOUS_NAMES
            and not is_frequent(word, language, name_word_rank(language))
            and not is_frequent(word, "en")
        )

    def compound(self, word: str, language: str, *, unnamed: bool = True) -> bool:
        """A hyphenated first name ("isla-rose", "kerry-ann", "soo-jin", "mei-ling"): two or
        three parts, each a first name of the gazetteers or no word of ``language`` or English,
        with one first name that is no frequent word, or else (``unnamed``) no frequent word at
        all; not a compound of words ("follow-up", "self-care", "wi-fi") nor a saint
        ("Saint-Malo")."""
        parts = word.split("-")
        if not 2 <= len(parts) <= 3 or not all(len(part) > 1 and part.isalpha() for part in parts):
            return False
        if any(is_common(part) for part in parts):
            return False
        frequent = [any(is_frequent(part, other) for other in {language, "en"}) for part in parts]
        pairs = zip(parts, frequent, strict=True)
        if any(often and part not in self.slot for part, often in pairs):
            return False  # a word ("follow-up", "self-care")
        if any(self.first_name(part, language) for part in parts):
            return True
        return unnamed and not any(frequent)  # "soo-jin", where a name is expected

    def plain_name(self, word: str, language: str) -> bool:
        """A first name of the core gazetteer that English knows only as a name: zxcvbn keeps
        names out of its word lists, so "emma" (4,824th English word) or "laura" are names
        while "jack" and "max" are words too. The other languages' word lists are too small to
        tell ("alma", "mica", "dale" are words there), so there a name must also be beyond the
        1,500 most frequent words of the message's language ("klaus meinte …", "franco
        dice …")."""
        if word not in self.core or word in self.everyday:
            return False
        if language == "en":
            return not is_frequent(word, "en", _EVERYDAY_NAME_RANK)
        # elsewhere the word lists are small: a name among the 1,000 most frequent words of
        # the message's language is a word there too ("allen", "mai", "solange")
        return not is_frequent(word, "en", _EVERYDAY_NAME_RANK) and not is_frequent(
            word, language, _EVERYDAY_NAME_RANK
        )

    @staticmethod
    def no_word(word: str, language: str) -> bool:
        """No word of ``language`` or English as far as the lists know (:func:`is_rare`), and
        not among the 5,000 most frequent words of any other supported language."""
        # (the frequency lookups first, speed only: is_rare tries some hundred endings)
        return not any(is_frequent(word, o) for o in SUPPORTED) and is_rare(word, language)
