"""Everyday words per language, to tell a lower-case name from a lower-case word.

"i'm tessa" and "i'm tired" have the same shape; only knowing that *tired* is a word and
*tessa* is not separates them. Sources, all shipped with installed dependencies (no download):

- English: the English Wikipedia and US TV/film frequency lists bundled with zxcvbn (49k
  words). zxcvbn keeps each word in one list only, so common first names sit in its name lists,
  not here.
- German, French, Spanish, Italian (and English again): Faker's lorem word lists for those
  locales (500–1,500 common words each).
- Every language: its stopwords and :data:`PREDICATE_WORDS` below, the hand-written words that
  follow "i'm", "ich bin", "je suis", "soy", "sono" or open a greeting ("hola guapa").

A word unknown to all of these is not assumed to be a name: recognizers use
:func:`looks_like_word` only to *reject* a candidate that follows a weak cue.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import import_module

from zxcvbn.frequency_lists import FREQUENCY_LISTS

from veil.privacy.pii.language import STOPWORDS, SUPPORTED, split_words

# Words that follow a self-introduction cue ("i'm …", "soy …") or a greeting ("hey …") and are
# adjectives, participles, fillers or terms of endearment, never names.
PREDICATE_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        split_words(
            "tired sorry here done dead dying insane wild sober shaking starving new down over "
            "bored fine good great ok okay alright sure lost confused stuck broke drunk high "
            "sleepy exhausted stressed anxious depressed obsessed addicted screaming crying "
            "literally actually honestly basically lowkey highkey legit deadass fr ngl tbh idk "
            "omw brb btw lol lmao omg wtf rn tmrw tho though babe baby hun hon bestie girlie "
            "sis bro dude mate fam guys yall y'all everyone stranger there all gonna gunna "
            "finna bout abt ur u r ya yo ye yeah yea yep nope nah hmm umm uh oh ooh aww "
            "cool nice weird strange fun funny silly dumb stupid crazy mad angry upset hurt "
            "sick ill cold warm hot freezing sweating melting soaked wet naked dressed ready "
            "late early free busy single taken engaged pregnant vegan vegetarian veggie "
            # spelled numbers ("i'm thirteen" is an age, never a name)
            "eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
            "twenty thirty forty fifty sixty seventy eighty ninety hundred"
        )
    ),
    "de": frozenset(
        split_words(
            "müde traurig glücklich froh gleich zurück hier da dabei fertig krank satt wach "
            "neu allein single verliebt verheiratet sauer wütend gestresst betrunken nervös "
            "schon noch so echt total voll mega halt eben gerade grad jetzt bald wieder "
            "schatz süße süßer maus hase liebling leute alle elf zwölf dreizehn vierzehn "
            "fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig vierzig fünfzig"
        )
    ),
    "fr": frozenset(
        split_words(
            "fatigué fatiguée crevé crevée désolé désolée là ici prêt prête nouveau nouvelle "
            "seul seule malade triste contente content heureux heureuse perdu perdue bourré "
            "bourrée en trop super vraiment grave genre trop chéri chérie ma belle beau "
            "toi vous tout tous toutes mdr ptdr célibataire végétarien végétarienne"
        )
    ),
    "es": frozenset(
        split_words(
            "cansado cansada nuevo nueva tímido tímida alto alta bajo baja guapo guapa feo fea "
            "soltero soltera casado casada muerto muerta feliz triste aquí allí listo lista "
            "estudiante de muy un una el la tan súper re bien mal cariño amor corazón chicos "
            "chicas gente todos todas guapas guapos jaja jajaja contigo conmigo estoy "
            "estaré estamos vegetariano vegetariana",
        )
    ),
    "it": frozenset(
        split_words(
            "stanco stanca stanchissimo stanchissima nuovo nuova timido timida alto alta basso "
            "bassa bello bella brutto brutta single sposato sposata morto morta felice triste "
            "qui lì là pronto pronta in ritardo arrivo tesoro amore caro cara ragazzi ragazze "
            "tutti tutte raga davvero proprio troppo super così ahah ahahah con te con voi "
            "vegetariano vegetariana"
        )
    ),
}

# Endings of adjectives, participles and adverbs ("starving", "fatiguée", "cansada",
# "stanchissima"): an unknown word with one of them is taken for a word, not a name. Known
# names are looked up first, so "Renata" or "Frida" are unaffected.
_WORD_ENDINGS = {
    "en": re.compile(r"(?:ing|ed|ly|ous|ful|less|able|ible|ive|ish|est|ness)$"),
    "de": re.compile(r"(?:ig|lich|isch|bar|los|voll|haft|ung|heit|keit)$"),
    "fr": re.compile(r"(?:é|ée|és|ées|eux|euse|ment|ique|able|ible|if|ive|ienne|aire|iste)$"),
    "es": re.compile(r"(?:ado|ada|ido|ida|oso|osa|mente|ísimo|ísima|ble|aré|eré|iré)$"),
    "it": re.compile(
        r"(?:ato|ata|ate|ati|ito|ita|ite|iti|uto|uta|ute|uti|oso|osa|mente|issimo|issima|bile)$"
    ),
}

_LOREM_LOCALES = {
    "en": ("en_US",),
    "de": ("de_DE", "de_AT"),
    "fr": ("fr_FR",),
    "es": ("es_ES", "es_MX", "es_AR"),
    "it": ("it_IT",),
}


def _lorem(locale: str) -> set[str]:
    module = import_module(f"faker.providers.lorem.{locale}")
    return {word.lower() for word in getattr(module.Provider, "word_list", ())}


@cache
def words(language: str) -> frozenset[str]:
    """Lower-cased everyday words of ``language`` (one of :data:`SUPPORTED`)."""
    found: set[str] = set(STOPWORDS.get(language, ())) | set(PREDICATE_WORDS.get(language, ()))
    for locale in _LOREM_LOCALES.get(language, ()):
        found |= _lorem(locale)
    if language == "en":
        found.update(FREQUENCY_LISTS["english_wikipedia"])
        found.update(FREQUENCY_LISTS["us_tv_and_film"])
    return frozenset(found)


@cache
def any_words() -> frozenset[str]:
    """Everyday words of every supported language (chat mixes English into the others)."""
    return frozenset().union(*(words(language) for language in SUPPORTED))


def looks_like_word(word: str, language: str) -> bool:
    """Whether lower-cased ``word`` is an everyday word of ``language`` or English, or has the
    ending of an adjective, participle or adverb of ``language``."""
    if word in words(language) or word in words("en"):
        return True
    ending = _WORD_ENDINGS.get(language)
    return ending is not None and ending.search(word) is not None
