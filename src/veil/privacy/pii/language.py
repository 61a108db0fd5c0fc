"""Per-message language detection from stopword counts (English, German, French, Spanish, Italian).

No model download: chat messages are short, so the language whose common function words occur
most often wins; a tie or no evidence falls back to the default.
"""

from __future__ import annotations

import re


def split_words(text: str, separator: str | None = None) -> list[str]:
    """Split a word-list literal; keeps long word lists readable as one string."""
    return text.split(separator)


SUPPORTED: tuple[str, ...] = ("en", "de", "fr", "es", "it")

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        split_words(
            "a the and you i im i'm is are my me to of it that this what with for on in just "
            "so like but have do don't your was be can will not yes hey hi lol u ur want know "
            "how we at about love too really all if when get got go from an am you're it's "
            "can't there they he she his her our would could should been did does here now "
            "then than very much who why where which some any out up down over after before "
            "because into"
        )
    ),
    "de": frozenset(
        split_words(
            "ich du und der die das ist nicht an ruf ein eine einen mit mich mir dich dir bin "
            "bist wie was auf zu es sie wir aber auch noch schon hab habe heute morgen gerne "
            "ja nein mein meine dein deine heiße heisse wohne komme aus bei hallo gut sehr "
            "mal doch jetzt kannst wenn dann oder für von im am um dem den des sind war hast "
            "hat nur so wo wer warum weil kein keine viel viele lieb liebe nach zum zur vom "
            "beim ins sich ihr uns euch gestern immer wieder mehr nichts etwas ganz echt geht "
            "gehts muss kommt macht"
        )
    ),
    "fr": frozenset(
        split_words(
            "je tu et le la les un une est pas de des du que qui moi toi mon ma mes ton ta "
            "tes suis es avec pour dans sur ce ça c'est j'ai j'habite m'appelle bonjour salut "
            "oui non très bien mais aussi ne vous nous il elle au aux ou où chez travaille "
            "j'aime t'es suis ai as sont être avoir fait faire quoi comment pourquoi quand "
            "toujours encore à se sa son ses leur hier demain aujourd'hui jamais rien trop "
            "beaucoup déjà ici"
        )
    ),
    "es": frozenset(
        split_words(
            "yo tú tu y el al la los las un una es no de del que con por para en mi mis me te "
            "soy eres estoy hola sí muy pero también como cómo qué llamo vivo tengo años "
            "trabajo gracias bueno ahora aquí eso esto está estás son hay tienes quiero puedo "
            "cuando donde dónde porque pues ya nada algo mucho se lo le les nos su sus ayer "
            "hoy mañana siempre todavía después antes vez casi nunca"
        )
    ),
    "it": frozenset(
        split_words(
            "io tu e il al allo alla lo la gli le un una è non di del della che con per in "
            "mio mia mi ti "
            "sono sei ciao sì molto ma anche come cosa chiamo vivo abito ho anni lavoro "
            "grazie bene adesso qui questo questa sto hai ha siamo voglio posso quando dove "
            "perché già niente qualcosa tanto allora da dal dalla nel nella sul sulla ci si ne "
            "sempre ancora troppo oggi ieri domani stasera quella quello quel era sarò fatto "
            "tutto tutti ogni"
        )
    ),
}


def _votes() -> dict[str, tuple[str, ...]]:
    votes: dict[str, tuple[str, ...]] = {}
    for language, words in STOPWORDS.items():
        for word in words:
            votes[word] = (*votes.get(word, ()), language)
    return votes


_VOTES = _votes()

_WORD = re.compile(r"[a-zà-öø-ÿß']+")


def detect_language(lower: str, default: str = "en") -> str:
    """The most likely of :data:`SUPPORTED` for lower-cased ``text``; ``default`` when unsure."""
    counts = dict.fromkeys(SUPPORTED, 0)
    votes = _VOTES
    for word in _WORD.findall(lower):
        for language in votes.get(word, ()):
            counts[language] += 1
    best = max(SUPPORTED, key=counts.__getitem__)
    if counts[best] == 0 or counts[best] == counts[default]:
        return default
    return best
