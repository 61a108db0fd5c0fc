"""Organisations by the shape of their names, wherever they are in a message: a legal or
school suffix ("Initech Inc.", "University of Michigan"), a kind before a name ("Uni Bremen",
"Clinique Pasteur", "Lessing-Gymnasium"), a head word of trade or schooling after one
("Kestrel Analytics", "Ridgemont High"); and the article or kind that belongs to a name found
(:func:`with_article`, :func:`kind_scored`). The cues are :mod:`.org`'s."""

from __future__ import annotations

import re
from collections.abc import Iterable

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.dictionary import (
    is_frequent,
    looks_like_word,
)
from veil.privacy.pii.language import split_words
from veil.privacy.pii.lexicon import (
    CALENDAR,
    is_common,
)
from veil.privacy.pii.org_words import (
    HEAD_PHRASES,
    HEAD_WORD_BARE_ONLY,
    HEAD_WORDS,
    KINDS_CAPITALISED,
    LOWER_HEADS,
    LOWER_KINDS_FIRST,
    SCHOOL_ABBREVIATIONS,
    SPORT_HEADS,
)
from veil.privacy.pii.recognizers.alternation import factored
from veil.privacy.pii.recognizers.base import TextView, word_start
from veil.privacy.pii.recognizers.org_names import (
    GENERIC,
    everyday,
    german_noun,
)
from veil.privacy.pii.recognizers.word_gate import passes, required_words, words_of


def word_alternation(words: set[str]) -> str:
    """A word list as one alternation, longest words first (so none is cut short by a word it
    opens with), regrouped by first character (:func:`~.alternation.factored`)."""
    body = "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))
    return factored(body)


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The first words of capitalised phrases as the lower-cased message's words hold them
    (:func:`~.word_gate.words_of`), to gate a pattern on its phrases (speed only).

    Exact for a pattern that puts a non-letter before each phrase and a word boundary or a
    blank after its first word: a match then holds that word, lower-cased character by
    character (:func:`~.base.lowered`), as one of the message's words."""
    found = frozenset(phrase.split()[0].lower() for phrase in phrases)
    for word in found:
        if words_of(word) != {word}:
            raise ValueError(f"{word!r} is not one word of the split's letters")
    for phrase in phrases:
        if len(phrase.lower()) != len(phrase):
            raise ValueError(f"{phrase!r} does not lower-case character by character")
    return found


# A legal or school suffix after a capitalised name ("Initech Inc.", "Ridgemont High School"),
# and a university before its town ("University of Michigan").
_SUFFIXES = (
    "Inc", "LLC", "Ltd", "GmbH", "AG", "SA", "SRL", "SpA", "Corp", "Corporation", "University",
    "College", "Academy", "High School", "Hospital", "Bank", "Universität", "Hochschule",
    "Gymnasium",
    # a football club's letters after its name ("Hollow Lane FC", "Carrow AFC", "Valencia CF")
    "FC", "AFC", "CF",
)  # fmt: skip
_UNIVERSITIES = ("University", "Universität", "Université", "Universidad", "Università")
_SUFFIXED = re.compile(
    r"\b(?:[A-Z][\w&'-]+\s+){1,3}(?:"
    + "|".join(_SUFFIXES)
    + r")\b\.?|\b(?:"
    + "|".join(_UNIVERSITIES)
    + r") (?:of|de|di|degli|del)\s[A-Z][\w-]+(?:\s[A-Z][\w-]+)?"
)
# Every match of _SUFFIXED holds one of these words (speed only): each phrase follows a blank
# or a word boundary, and its first word ends at a boundary or a blank.
_SUFFIX_WORDS = first_words(_SUFFIXES + _UNIVERSITIES)


# The shapes of organisations' names, wherever they occur: a name before a word of trade or
# schooling ("Northgate Logistics", "Bäckerei" after, "Kessler Bau", "Brightwater Dental") and a
# kind of school, club or group before a name ("Uni Bremen", "liceo Fermi", "IES Cervantes",
# "FC Musterstadt", "Grupo Alsa"). German capitalises nouns, so leading stopwords and everyday
# words are dropped from the name ("Die Klinik" is nothing).
_TRADE_ROUND4 = frozenset(
    split_words(
        "Logistics Freight Health Healthcare Dental Clinic Foods Group Solutions Systems "
        "Technologies Labs Studios Partners Consulting Insurance Motors Airlines Pharma Media "
        "Software Bakery Realty Construction Engineering Services Industries Holdings Ventures "
        "Brewery Pharmacy Elementary Prep Bau Logistik Versicherung Versicherungen Klinik "
        "Klinikum Stadtwerke Realschule Gesamtschule Grundschule Assurances Seguros "
        "Construcciones Assicurazioni Costruzioni"
    )
)


# Round 6: the broad multilingual list of head words (org_words.HEAD_WORDS). A name before one
# of the round-6 words must keep a word that is no everyday word of English, German or the
# message's language once leading everyday words are dropped ("Social Media", "Data Analytics",
# "Positive Energy" are phrases; "Kestrel Analytics" is a name).
_SPORTS = frozenset(SPORT_HEADS)


_TRADE_HEADS = (
    set(_TRADE_ROUND4)
    | set(HEAD_WORDS)
    | set(HEAD_PHRASES)
    | {"Middle School", "Primary School"}
    | set(SPORT_HEADS)
)
_TRADE = re.compile(
    r"\b((?:[A-ZÀ-Þ][\w&'’-]*\s+){1,3})(?P<head>(?:"
    + word_alternation(_TRADE_HEADS)
    + r")\b|(?:"
    + word_alternation(set(HEAD_WORD_BARE_ONLY))
    + r")\b(?![ \t]*[A-ZÀ-Þ]))"
)
# Every match of _TRADE holds one of these words (speed only): the head follows a blank, and
# its first word ends at a boundary or a blank.
_HEAD_WORDS = first_words(_TRADE_HEADS | set(HEAD_WORD_BARE_ONLY))


# A capitalised kind of institution before a capitalised name ("Clinique Pasteur", "Banca
# Intesa", "Sparkasse Bremen"); English only with "of" ("Bank of America").
# The school abbreviations of org_words ("IUT de Dinan", "HTW Berlin") are read the same way, in
# capitals only. The pattern opens with the alternation itself, not "\b", so the engine scans
# for the first characters in C; the word boundary before it is checked in code.
_KIND_LANGUAGE = {kind: lang for lang, kinds in KINDS_CAPITALISED.items() for kind in kinds} | {
    abbreviation.upper(): "abbreviation" for abbreviation in SCHOOL_ABBREVIATIONS
}


_KIND_CAPITALISED = re.compile(
    r"(?P<kind>"
    + word_alternation(set(_KIND_LANGUAGE))
    + r")[ \t]+(?P<of>(?:de|di|da|del|della|des|du|la|le|von|am|der|für|of)[ \t]+)?(?=[A-ZÀ-Þ])"
)


# German joins a namesake to the kind with hyphens: "Lessing-Gymnasium", "Heinrich-Heine-Uni",
# "Ruhr-Uni", "Goethe-Schule".
_HYPHENATED_KIND = re.compile(
    r"(?<![\w-])[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜ][\w]*)*-(?:Uni|Universität|Gymnasium|Realschule|"
    r"Gesamtschule|Grundschule|Hochschule|Oberschule|Schule|Klinik|Klinikum|Akademie|Institut|"
    r"Kolleg|Stiftung)(?![\w-])"
)


_KIND_FIRST_PATTERN = (
    r"\b(?:uni|lycée|lycee|liceo|istituto|instituto|colegio|collège|école|ecole|escuela|"
    r"gymnasium|realschule|grundschule|gesamtschule|scuola|politecnico|universidad|"
    r"université|università|universität|hochschule|grupo|gruppo|groupe|banco|banca|stade|"
    r"atlético|tu|fh|lmu|ies|ceip|fc|sv|tsv|vfb|vfl|sc|rc|cd|ud|ac|ssc|as|us|ssv|bsc)\s+"
    # the track or keeper of a school between its kind and its name ("liceo scientifico
    # Volta", "lycée pro Gustave Eiffel", "istituto tecnico Galilei", "colegio público
    # Cervantes", "collège privé Saint-Joseph")
    r"(?:(?:scientifico|classico|linguistico|artistico|tecnico|professionale|comprensivo|"
    r"statale|paritario|pro|professionnel|général|general|technologique|agricole|polyvalent|"
    r"privé|privée|public|publique|público|pública|privado|privada|concertado|concertada)\s+)?"
    r"(?:(?:de|di|del|della|des|du|la|le|von|am|of)\s+)?"
)
_KIND_FIRST = re.compile(word_start(_KIND_FIRST_PATTERN))
# Read off the pattern as written: word_start's regrouping hides its words (speed only).
_KIND_FIRST_WORDS = required_words(_KIND_FIRST_PATTERN)


# Abbreviations count only in capitals ("as", "us", "tu" are words).
_ABBREVIATIONS = frozenset(
    split_words("tu fh lmu ies ceip fc sv tsv vfb vfl sc rc cd ud ac ssc as us ssv bsc")
)


# (a word may open with an elided "d'" or "l'": "Pain d'Or", "Hôtel d'Angleterre")
CAPITALISED_WORDS = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:[dl]['’])?[A-ZÀ-Þ][\w'’-]*){0,2}")


# Articles that open a business's own name after its kind ("Pizzeria Il Vesuvio").
# German inns open with "zum", "zur" ("Gasthof Zur Linde", "Gasthaus zum Hirschen").
NAME_ARTICLES = frozenset(split_words("il la le les el los las lo the zum zur"))


_ARTICLE_BEFORE = re.compile(
    r"(?:(?<=[\w,][ \t])(?:The|El|La|Le|Les|Los|Las|Il|Lo|Gli|Der|Die|Das)[ \t]+|"
    r"(?<![\w'’])[lL]['’])$"
)


def shaped(view: TextView, recognizer: str) -> list[Entity]:
    """Names by their shape, wherever they are: a legal or school suffix, a kind before a
    name, a head word of trade or schooling after one. Each pattern is tried only on a message
    that holds one of its words (speed only: most messages hold none)."""
    words, text = view.words, view.text
    found = (
        []
        if words.isdisjoint(_SUFFIX_WORDS)
        else [
            Entity(*m.span(), EntityType.ORGANIZATION, 0.7, recognizer)
            for m in _SUFFIXED.finditer(text)
        ]
    )
    if passes(words, _KIND_FIRST_WORDS):
        found.extend(_kinds_first(view, recognizer))
    found.extend(_kinds_capitalised(text, recognizer))
    if "-" in text:
        found.extend(
            Entity(*m.span(), EntityType.ORGANIZATION, 0.8, recognizer)
            for m in _HYPHENATED_KIND.finditer(text)
        )
    if not words.isdisjoint(_HEAD_WORDS):
        found.extend(_traded(view, recognizer))
    return found


def _kinds_first(view: TextView, recognizer: str) -> list[Entity]:
    """A kind of school, club or group before a capitalised name (``_KIND_FIRST``)."""
    found, text = [], view.text
    for match in _KIND_FIRST.finditer(view.lower):
        kind = match.group().split()[0]
        if kind in _ABBREVIATIONS and not text[match.start() : match.start() + len(kind)].isupper():
            continue
        name = CAPITALISED_WORDS.match(text, match.end())
        if name is not None:
            found.append(
                Entity(match.start(), name.end(), EntityType.ORGANIZATION, 0.8, recognizer)
            )
    return found


def _traded(view: TextView, recognizer: str) -> list[Entity]:
    """A capitalised name before a head word of trade or schooling (``_TRADE``), leading
    everyday words dropped."""
    found, text = [], view.text
    for match in _TRADE.finditer(text):
        start = match.start()
        strict = match.group("head") not in _TRADE_ROUND4
        sport = match.group("head") in _SPORTS
        for word in match.group(1).split():
            if not _dropped_before_head(word.lower(), view.language, strict, sport):
                break
            start = text.index(word, start) + len(word)
            start += len(text[start:]) - len(text[start:].lstrip())
        if start < match.start(1) + len(match.group(1).rstrip()):
            found.append(Entity(start, match.end(), EntityType.ORGANIZATION, 0.8, recognizer))
    return found


def _kinds_capitalised(text: str, recognizer: str) -> list[Entity]:
    found = []
    for match in _KIND_CAPITALISED.finditer(text):
        language = _KIND_LANGUAGE[match.group("kind")]
        if (match.start() and text[match.start() - 1].isalnum()) or (
            language == "en" and not match.group("of")
        ):
            continue
        name = CAPITALISED_WORDS.match(text, match.end())
        if name is None:
            continue
        words = name.group().lower().split()
        if words[0] in NAME_ARTICLES and len(words) > 1:
            words = words[1:]  # "Pizzeria Il Vesuvio", "Ehpad Les Tilleuls"
        first = words[0]
        if is_common(first) or first in CALENDAR or (language == "de" and german_noun(first)):
            continue
        found.append(Entity(match.start(), name.end(), EntityType.ORGANIZATION, 0.8, recognizer))
    return found


def _dropped_before_head(lower: str, language: str, strict: bool, sport: bool) -> bool:
    """Whether a word opening a name before a head word is an everyday word, dropped from
    the name ("Social Media", "Happy Friday Group chat")."""
    if sport:
        # a club by its sport: frequent words only ("Ice Hockey", "Women's Rugby"), since
        # a place-like name ("Millbrook") reads as a compound of everyday words
        bare = lower.removesuffix("'s").removesuffix("’s")
        return is_common(bare) or is_frequent(bare, "en") or bare in CALENDAR
    return (
        is_common(lower)
        or looks_like_word(lower, "de")
        or lower in GENERIC
        or lower in CALENDAR  # "Happy Friday Group chat"
        or (strict and everyday(lower, language))
    )


def with_article(text: str, entity: Entity) -> Entity:
    article = _ARTICLE_BEFORE.search(text, max(0, entity.start - 5), entity.start)
    if article is None or not text[entity.start].isupper():
        return entity
    return Entity(article.start(), entity.end, entity.type, entity.score, entity.recognizer)


def kind_scored(view: TextView, entity: Entity) -> Entity:
    """A name that opens with a kind ("fromagerie vuillemin") or ends with a kind of trade
    ("kilbride joinery") says what it is: it outranks a person's or a place's reading of
    the same words."""
    if entity.score >= 0.85 or view.text[entity.start].isupper():
        return entity
    phrase = view.lower[entity.start : entity.end]
    first, _, rest = phrase.partition(" ")
    if not rest or not (
        first in LOWER_KINDS_FIRST
        or phrase.rpartition(" ")[2] in LOWER_HEADS
        or " ".join(phrase.split()[-2:]) in LOWER_HEADS
    ):
        return entity
    return Entity(entity.start, entity.end, entity.type, 0.85, entity.recognizer)
