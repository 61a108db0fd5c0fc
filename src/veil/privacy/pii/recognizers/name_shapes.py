"""Names found by their shape and position rather than by a cue (issue 5, round 6).

What a phrasing does not change: whether a word is in any list at all, capitals inside a
sentence (chat is typed in lower case), a sentence's first position before a verb, a title
before a name, a possessive "s" typed without its apostrophe, a surname in lower case after a
name. :class:`NameShapes` holds these rules; the person recognizer runs them after its cues.
"""

from __future__ import annotations

import re

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.dictionary import (
    RARE_RANK,
    is_frequent,
    is_rare,
    is_unlisted,
    looks_like_word,
)
from veil.privacy.pii.language import SUPPORTED, split_words
from veil.privacy.pii.lexicon import (
    AMBIGUOUS_NAMES,
    SPOKEN_ENGLISH,
    faker_last_names,
    is_common,
)
from veil.privacy.pii.recognizers.base import TextView, word_start
from veil.privacy.pii.recognizers.names import (
    CHAT_WORDS,
    STREET_WORDS,
    NameLexicon,
    mixed_case,
)
from veil.privacy.pii.recognizers.word_gate import passes, required_words

_SENTENCE_END = ".!?\n"
_CLAUSE_BREAK = re.compile(r"[,;]\s+")
_PERSONAL_A = re.compile(r"\ba\s+(?P<name>[^\W\d_]+)\b")
_BARE_S = re.compile(r"(?<![\w@#'’./-])([^\W\d_]{3,}?)s(?=\s+[^\W\d_])")
# A surname after a name found: in lower case ("Rosa campos"), after a particle ("leticia van
# der berg", "Modou le bihan", "ewen Le Floch") or capitalised after a name found in lower case
# ("elspeth Iyer", "cressida Zamudio").
_LOWER_SURNAME = re.compile(
    r" ((?:[Vv]an [Dd]e[rn]? |[Vv]on [Dd]e[rn] |(?:Van|Von|De|Le|La|Di|Da|Del|Della|Du) )?"
    r"(?:Mc|Mac|[Oo]['’])?[A-ZÀ-ÖØ-Þ]?[a-zà-öø-ÿ]{2,}(?:-[a-zà-öø-ÿ]+)?)\b"
)
# The name the writer goes by, after the full one: "soy Pilar Castillo pero dime Lupe", "ich
# heiß Kalle Fuchs aber sag einfach Timo", "je m'appelle Blanche Fontaine mais appelle-moi …".
NICKNAME = (
    r"(?:but|aber|mais|pero|ma)\s+(?:just\s+|einfach\s+|juste\s+|solo\s+)?(?:call me|dime|"
    r"sag einfach|sag|nenn mich|nennt mich|appelle-moi|appelle moi|chiamami|llámame|llamame)"
)
# ("sœur" is left out: the word gate reads no "œ", and would then let every message through)
# Relatives and friends, in the five languages (shared with the person recognizer's cues).
KIN_NOUNS = (
    r"sister|brother|mum|mom|dad|cousin|roommate|roomie|flatmate|housemate|bf|gf|boyfriend|"
    r"girlfriend|husband|wife|bestie|best friend|friend|neighbou?r|boss|colleague|coworker|aunt|"
    r"uncle|niece|nephew|son|daughter|ex|partner|schwester|bruder|mutter|mama|vater|papa|"
    r"cousine|mitbewohnerin|mitbewohner|freundin|freund|chefin|chef|kollegin|kollege|"
    r"nachbarin|nachbar|tante|onkel|tochter|sohn|soeur|frère|mère|père|coloc|copine|"
    r"copain|meilleure amie|meilleur ami|femme|mari|voisine|voisin|collègue|oncle|fille|fils|"
    r"hermana|hermano|madre|padre|prima|primo|compi|compañera|compañero|novia|novio|"
    r"mejor amiga|mejor amigo|vecina|vecino|jefa|jefe|tía|tío|hija|hijo|sorella|fratello|"
    r"cugina|cugino|coinquilina|coinquilino|ragazza|ragazzo|migliore amica|migliore amico|"
    r"moglie|marito|vicina|vicino|capo|collega|zia|zio|figlia|figlio"
)
# A name goes on as the writer's relative: "carys my sister", "call hazel she's my roommate",
# "herr Fuchs ist mein Chef", "lena meine schwester", "lucía es mi prima".
_POSSESSIVES = r"(?:my|mein|meine|ma|mon|mi|mia|mio|la mia|il mio)"
KIN_AFTER = re.compile(
    r",?\s+(?:(?:she's|he's|she’s|he’s|shes|hes|she is|he is|elle est|il est|c'est|sie ist|"
    r"er ist|is|ist|est|es|è)\s+)?\b"
    + _POSSESSIVES
    + r"\s+(?:(?:best|little|big|older|younger|new|kleine|große|grosse|petite|grande|"
    r"petit|grand|pequeña|pequeño|hermana|hermano|sorellina|fratellino)\s+)?\b(?:"
    + KIN_NOUNS
    + r")\b"
)
# Someone from the flat next door or above ("frau Vogel von nebenan", "madame Roux d'en face").
_NEIGHBOUR = re.compile(
    r"\s+(?:von nebenan|von gegenüber|von oben|von unten|next door|from next door|d'à côté|"
    r"d'en face|du dessus|du dessous|de al lado|de enfrente|de arriba|de abajo|"
    r"della porta accanto|di fronte|di sopra|di sotto)\b"
)
# After a relative a name is the sentence's subject, and the lower-case word after it its verb
# as often as a surname ("mi compi de piso mari ronca fatal"), but for the surnames of the
# main locales ("mi ex yeray ortiz", "mon ex Killian perrot"). English verbs are in its lists.
_AFTER_RELATIVE = re.compile(r"\b(?:" + KIN_NOUNS + r")(?: de piso)?\s+$")
# Before it, a full name's surname in lower case, however frequent a word ("fuchs", "price").
_BEFORE_NICKNAME = re.compile(r"\s+" + NICKNAME + r"\b")
# A surname's particles, which are first names somewhere too ("sukhwinder Van der Berg").
_PARTICLES = frozenset(split_words("van von de der den di da del della du le la lo ter ten"))
# The score of a name found after a strong cue ("my name is …"), and after any cue.
_STRONG_SCORE = 0.85
_CUED_SCORE = 0.7
# Titles before a surname or a name, in the five languages ("miss" is left out: "miss you").
_TITLED_PATTERN = (
    # "frau dr." before "frau", or the title's second word is read as the name
    r"\b(?:frau dr\.?|herr dr\.?|dr|doc|doctor|mr|mrs|ms|prof|herr|frau|dr\.|mr\.|mrs\.|"
    r"ms\.|monsieur|madame|doctora|dottoressa|dottore|dott\.ssa|dott\.|docteur|doktor|"
    r"mme|mlle|señor|señora|señorita|sr\.|sra\.|signor|signora|signorina|sig\.|sig\.ra)"
    # a surname's particles ("dr van der berg", "la signora De Simone")
    r"\s+(?P<name>(?:(?:van der|van den|von der|van|von|de la|de|di|da|del|della|le|la|du)"
    r"\s+)?(?:o['’])?[^\W\d_][^\W\d_'’-]+)"
)
_TITLED = re.compile(word_start(_TITLED_PATTERN))
# The titles, one of which every match holds (speed only: read off the pattern before
# word_start rewrites it, which the word gate cannot read).
_TITLED_WORDS = required_words(_TITLED_PATTERN)
# After these a capitalised word opens a sentence, a list item or a quotation.
_OPENS_TEXT = _SENTENCE_END + '-–—:;|#*>"“„«(['
# A capitalised word of letters, not part of a handle, an e-mail address, a URL or a product
# name written in mixed case ("OpenBao").
_PROPER = re.compile(r"(?<![\w@#/.'’-])[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]{2,}(?![\w@/'’-]|\.\w)")
# Articles, prepositions and object pronouns: what follows an imperative ("escríbeme a …",
# "schreib an …", "tell me"), not a subject ("osric and i", "peregrine cancelled").
_NOT_AFTER_SUBJECT = frozenset(
    split_words(
        "a an the to in on at for of with by about into me you him her us them it this "
        "that my your his our their der die das den dem des ein eine einen an am von vom mit zu "
        "zum zur auf für bei mir dir mich dich uns le la les l un une du de des à au aux en "
        "pour par avec sur moi toi il lo gli i un una uno el los las al del con per di da dal "
        "su para por en mi ti me te se"
    )
)
# The first word of a sentence, after a filler, and the word after it.
_OPENING_WORD = re.compile(
    r"(?:(?:omg|lol|ugh|s+o+|and|but|also|wait|ok|okay|yeah|ya|btw|pretty sure|wsh|digga|"
    r"basically|literally|apparently|total que|bref|allora|tja|alter|raga|bueno|cmq|"
    r"update:?|ngl|tbh|i think|honestly|well|anyway|guess what|fun fact)[\s,!.]+){0,3}"
    r"(?P<name>[^\W\d_]+)\s+(?P<next>[^\W\d_]+)"
)


_NO_STARTS: frozenset[int] = frozenset()


def _clause_starts(lower: str) -> frozenset[int]:
    """Where a clause opens after a comma or a semicolon; none without either (speed only:
    most chat has neither, and the literal tests cost less than the scan)."""
    if "," not in lower and ";" not in lower:
        return _NO_STARTS
    return frozenset(match.end() for match in _CLAUSE_BREAK.finditer(lower))


class NameShapes:
    """The shape and position rules, over the person recognizer's gazetteers; what they find
    is reported as the person recognizer's."""

    name = "person"

    def __init__(self, names: NameLexicon) -> None:
        self._names = names
        # A first name with a possessive "s", for bare_possessives' gate
        self._bare_forms = frozenset(name + "s" for name in names.slot)

    def proper(self, view: TextView) -> list[Entity]:
        """A capitalised word inside a sentence that is no word of any supported language:
        "pretty sure Caspian is mad at me", "told Ptolemy everything". Chat is typed in lower
        case, and what is capitalised there and in no word list is a name (a place or an
        organisation when the recognizers of those find it, which score higher). Not where every
        word is capitalised (a sentence's first word: :meth:`opening_subject`), nor in German,
        which capitalises every noun and builds nouns no list holds ("Wochenendtrip")."""
        if view.language == "de" or not view.has_upper:
            return []
        found = []
        text = view.text
        for match in _PROPER.finditer(text):
            before = text[: match.start()].rstrip()
            if not before or before[-1] in _OPENS_TEXT:
                continue
            word = match.group().lower()
            if self._proper_name(word, view.language, inside=True):
                found.append(Entity(*match.span(), EntityType.PERSON, 0.55, self.name))
        return found

    def opening_subject(self, view: TextView, starts: list[int]) -> list[Entity]:
        """A word of no language opening a sentence before a frequent word that is no
        preposition, article or object pronoun: "sooo osric and i …", "Barnaby wont stop",
        "ugh peregrine cancelled on me", "rüdiger meldet sich nicht". An imperative opens a
        sentence too, but before an object or a preposition ("escríbeme a …", "schreib an …",
        "frequento il …"); Spanish and Italian verbs with pronouns attached are words
        (:func:`~veil.privacy.pii.dictionary.is_rare`)."""
        found = []
        lower = view.lower
        clause_starts = _clause_starts(lower)
        for start in sorted({*starts, *clause_starts}) if clause_starts else starts:
            match = _OPENING_WORD.match(lower, start)
            if match is None:
                continue
            word, following = match.group("name"), match.group("next")
            original = view.text[match.start("name") : match.end("name")]
            if len(word) < 4 or following in _NOT_AFTER_SUBJECT or mixed_case(original):
                continue
            # a word follows, not more names or code ("short messages are often detected
            # wrongly", so in any language)
            known = self._names.first_name(word, view.language) or self._names.plain_name(
                word, view.language
            )
            if start in clause_starts and not known:
                continue  # after a comma only a known name: "the wedding's in Lagos, darius is …"
            if not known and not any(is_frequent(following, lang, RARE_RANK) for lang in SUPPORTED):
                continue
            if (
                not known
                and (following in self._names.first or following in AMBIGUOUS_NAMES)
                and following not in _PARTICLES
            ):
                continue  # an imperative before a name: "grüß Sven von mir", "frag Anna"
            if self._proper_name(word, view.language, inside=False):
                found.append(Entity(*match.span("name"), EntityType.PERSON, 0.55, self.name))
        return found

    def personal_a(self, view: TextView) -> list[Entity]:
        """Spanish marks a person as a verb's object with "a": "echo de menos a gerard", "me
        encontré a tamara en el súper", "vi a Jonás". A first name after it that is no frequent
        word of Spanish or English (places after "a" are the location recognizer's)."""
        found = []
        for match in _PERSONAL_A.finditer(view.lower):
            word = match.group("name")
            if self._names.first_name(word, "es"):
                found.append(Entity(*match.span("name"), EntityType.PERSON, 0.65, self.name))
        return found

    def titled(self, view: TextView) -> list[Entity]:
        """A surname or name after a title: "my therapist dr coleman", "Frau Keller",
        "madame Girard", "la señora Ruiz", "il signor Bianchi"."""
        if not passes(view.words, _TITLED_WORDS):
            return []
        found = []
        for match in _TITLED.finditer(view.lower):
            start, end = match.span("name")
            # judged by the surname after its particles ("van der berg"); two particles make a
            # surname of any word
            particles = match.group("name").count(" ")
            surname_start = end - len(match.group("name").rsplit(None, 1)[-1])
            word = view.lower[surname_start:end]
            capitalised = view.text[surname_start].isupper()
            known = word in self._names.last or word in self._names.slot or particles == 2
            if particles and not (capitalised or known):
                continue  # "la signora la chiama", "frau von nebenan"
            # a surname of the gazetteer that is also a word ("dr price", "dr brown") is one
            # after a title
            surname = word in self._names.last
            # a capitalised everyday word is a surname after a title ("dr Young")
            if (is_common(word) and not capitalised) or (word in AMBIGUOUS_NAMES and not surname):
                continue
            frequent = any(is_frequent(word, lang) for lang in {view.language, "en"})
            said = self._person_after(view.lower, end)  # "frau vogel von nebenan"
            if frequent and not (capitalised or surname or said):
                continue  # "frau ist …", "madame est …"
            if known or capitalised or said or is_unlisted(word, view.language):
                found.append(Entity(start, end, EntityType.PERSON, 0.7, self.name))
        return found

    def bare_possessives(self, view: TextView) -> list[Entity]:
        """A first name with a possessive "s" and no apostrophe, as chat types it: "sorry was
        at kyles place", "went to angelas bday thing". The name (not the "s") when the word
        is a first name that is no frequent word, with an "s" that makes no word ("marks",
        "hopes" and "roses" stay words)."""
        # (speed only) a match's word, the stem and its "s", is a whole run of letters and its
        # stem a first name (first_name); in an ASCII message the run is one of view.words
        if view.lower.isascii() and view.words.isdisjoint(self._bare_forms):
            return []
        found = []
        for match in _BARE_S.finditer(view.lower):
            stem, word = match.group(1), match.group()
            if (
                self._names.first_name(stem, "en")
                and not is_frequent(word, "en", RARE_RANK)
                and word not in self._names.everyday
            ):
                found.append(Entity(*match.span(1), EntityType.PERSON, 0.6, self.name))
        return found

    def with_lowercase_surnames(self, view: TextView, found: list[Entity]) -> list[Entity]:
        """A found name followed by a known surname in lower case takes it along: "Rosa
        campos", "Killian perrot", "bradley hughes" (capitalised surnames are taken where the
        name is found)."""
        longer = []
        language = view.language
        names = self._names
        for entity in found:
            match = _LOWER_SURNAME.match(view.text, entity.end)
            if match is None:
                continue
            surname = match.group(1).lower().rsplit(None, 1)[-1]
            if (
                entity.score >= _CUED_SCORE
                and len(surname) > 2
                and not is_common(surname)
                and _BEFORE_NICKNAME.match(view.lower, match.end()) is not None
            ):
                longer.append(
                    Entity(entity.start, match.end(), entity.type, entity.score, self.name)
                )
                continue
            if (
                len(surname) < 3
                or is_common(surname)
                or surname in STREET_WORDS
                or surname in names.places
                or is_frequent(surname, language)
                or is_frequent(surname, "en")
                or self._verb_after_relative(view.lower, entity.start, surname, language)
            ):
                continue
            # a known surname, or after a first name a word of no list ("celia barreiro",
            # "assia benhamou"), not a word with an adjective's or participle's ending; after
            # a name given by a strong cue a word of no language at all ("elspeth iyer")
            if (
                surname in names.last
                or match.group(1).count(" ") == 2  # "van der meer", "Von der Heide"
                or (
                    len(surname) > 3
                    and view.lower[entity.start : entity.end] in names.slot
                    and is_unlisted(surname, language)
                    and not looks_like_word(surname, language)
                    and not looks_like_word(surname, "en")
                )
                or (entity.score >= _STRONG_SCORE and names.no_word(surname, language))
            ):
                longer.append(
                    Entity(entity.start, match.end(), entity.type, entity.score, self.name)
                )
        return found + longer

    @staticmethod
    def _person_after(lower: str, end: int) -> bool:
        """Whether a person is said after ``end``: a relative or a neighbour ("herr fuchs ist
        mein chef", "frau vogel von nebenan")."""
        return KIN_AFTER.match(lower, end) is not None or _NEIGHBOUR.match(lower, end) is not None

    @staticmethod
    def _verb_after_relative(lower: str, start: int, surname: str, language: str) -> bool:
        """Whether a lower-case word after a name given after a relative may be its verb
        (see _AFTER_RELATIVE)."""
        return (
            language != "en"
            and surname not in faker_last_names()
            and _AFTER_RELATIVE.search(lower, max(0, start - 40), start) is not None
        )

    def _proper_name(self, word: str, language: str, *, inside: bool) -> bool:
        """A known first name that is no frequent word here, or a word in no list. A word
        capitalised inside a sentence is judged by the frequency lists (Wikipedia's word list
        holds "caspian" and "ptolemy"); one opening it, capitalised or not, by every list and
        without an adjective's or participle's ending ("Supercomputers are …", "Aprendo cada
        día")."""
        if (
            len(word) < 3
            or word in AMBIGUOUS_NAMES
            or word in CHAT_WORDS
            or is_common(word)
            or word in self._names.places
            or word in self._names.towns
        ):
            return False
        if self._names.first_name(word, language) or (
            not inside and self._names.plain_name(word, language)
        ):
            return True
        if word in SPOKEN_ENGLISH or not is_unlisted(word, language):
            return False
        if inside:
            return True
        return not (looks_like_word(word, language) or looks_like_word(word, "en")) and all(
            is_rare(word, other) for other in SUPPORTED
        )
