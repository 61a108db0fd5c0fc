"""Places: after a cue ("i live in …", "ich wohne in …", "j'habite à …", "vivo en …",
"abito a …") and well-known cities, regions and countries anywhere. Faker's towns and regions
(:func:`~veil.privacy.pii.lexicon.minor_places`, ~18,000) and the world's towns
(:func:`~veil.privacy.pii.lexicon.towns`, GeoNames, ~110,000) count only right after a place
cue, in lower case too ("sono a lecce adesso"), never anywhere: many are also words or names.
After a weak cue ("to", "near", "in") a town must be large or no frequent word ("flying back
to tauranga" yes, "to bury him" no)."""

from __future__ import annotations

import re
from functools import cache
from typing import ClassVar

from veil.domain.pii import Entity, EntityType
from veil.privacy.pii.dictionary import (
    FREQUENT_RANK,
    RARE_RANK,
    is_frequent,
    looks_like_word,
    rank,
)
from veil.privacy.pii.language import split_words
from veil.privacy.pii.lexicon import (
    AMBIGUOUS_NAMES,
    MONTHS,
    faker_address_names,
    first_names,
    is_common,
    minor_places,
    name_towns,
    places,
    town_populations,
    towns,
)
from veil.privacy.pii.recognizers.base import TextView, word_start
from veil.privacy.pii.recognizers.word_gate import passes, required_words

_WORD = r"[^\W\d_][^\W\d_'’.-]*"
_PLACE = rf"(?P<place>{_WORD}(?:[ -](?:{_WORD}))?(?:[ -](?:{_WORD}))?)"
# After these, an unknown word that is not a stopword is a place.
_STRONG_CUES = (
    "i live in", "i'm from", "i’m from", "im from", "i am from", "live in", "living in",
    "lives in", "based in", "grew up in", "moved to", "moving to", "i come from", "located in",
    "ich wohne in", "wohne in", "ich lebe in", "ich komme aus", "komme aus", "j'habite à",
    "j'habite a", "j'habite en", "j’habite à", "j'habite", "je vis à", "je vis a", "je viens de",
    "vivo en", "soy de", "vengo de", "abito a", "abito in", "vivo a", "vivo in", "sono di",
    "vengo da",
    # where someone else lives: "mia nonna abita a …", "mein bruder wohnt in …"
    "abita a", "abita in", "abitano a", "abitano in", "vive a", "vive in", "vive en", "viven en",
    "wohnt in", "wohnen in", "lebt in", "habite à", "habite a", "habitent à", "vit à", "vivent à",
    # origin and birthplace
    "originally from", "born and raised in", "raised in", "born in", "my hometown is",
    "hometown is", "ich bin aus", "bin aus", "geboren in", "aufgewachsen in", "originaire de",
    "je suis de", "née à", "né à", "née a", "né a", "nací en", "naci en", "originario de",
    "originaria de", "originario di", "originaria di", "sono nato a", "sono nata a", "nato a",
    "nata a", "cresciuto a", "cresciuta a",
    # where someone comes from or moves to: "kommt aus …", "sie zieht nach …", "je
    # déménage à …", "me mudo a …", "si trasferisce a …", "moving back to …"
    # (a few branches with their shared beginnings: speed only)
    r"komm(?:t|en|st) aus", r"zieh(?:t|e|en)? nach", r"déménag(?:e|é|er) à", r"me mud[oéaó] a",
    r"se mud[oéaó] a", "mi trasferisco a", "si trasferisce a", r"è trasferit[oa] a",
    r"mov(?:ing|ed) back to",
)  # fmt: skip
_STRONG = re.compile(word_start(r"\b(?:" + "|".join(_STRONG_CUES) + r")\s+(?=" + _PLACE + ")"))


def _cue_words(cues: tuple[str, ...]) -> frozenset[str]:
    """Words of which every match of ``\\b(?:cue|…)\\s`` holds one (speed only): for each cue,
    of the sets :func:`~.word_gate.required_words` reads off it, the one of the longest words
    ("live" of "i live in", which fewer messages hold than "i" or "in")."""
    found: set[str] = set()
    for cue in cues:
        sets = required_words(rf"\b(?:{cue})\s")
        if not sets:
            raise ValueError(f"no word every match of {cue!r} holds")
        found |= max(sets, key=lambda words: min(map(len, words)))
    return frozenset(found)


# Every match of _STRONG holds one of these: a message without one is not scanned for it.
_STRONG_WORDS = _cue_words(_STRONG_CUES)
# Strong cues of few messages, tried only on a message holding their words (speed only): where
# someone else is from ("hes from bath and …", "she's from Leeds"), and born and raised in the
# other languages
_OTHER_FROM = re.compile(
    word_start(r"\b(?:he's|he’s|hes|she's|she’s|shes|he is|she is) from\s+(?=" + _PLACE + ")")
)
_RAISED_IN = re.compile(
    word_start(
        r"\b(?:geboren und aufgewachsen in|né et élevé à|née et élevée à|nacido y criado en|"
        r"nacida y criada en|nato e cresciuto a|nata e cresciuta a)\s+(?=" + _PLACE + ")"
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
# age/sex/location: "49/f/merthyr tydfil", "23m auckland here"
_ASL = re.compile(
    r"\W*(?P<age>\d{2})\s*(?:/\s*[mfwh]\s*/|[mfwh]\s+(?=" + _WORD + r"(?: " + _WORD + r")?"
    r" here\b))\s*(?=" + _PLACE + ")"
)
# An age in a self-introduction, then a place: "lottie (43) baton rouge", "Wren (47),
# norwich", "hi im Hamish 45 milwaukee", "i'm hazel, 39, from bath", "ich bin Jonas 31 aus
# Kassel", "je suis Léa, 25 ans, de Lille", "soy Lucía 28 de Cádiz", "sono Gaia 30 di Lecce",
# "soy Nerea 🙃 31 de Soria"
# (a bracketed age after any word; a bare one after "i'm" and a word)
_AGE_UNIT = r"\s*(?:[mfwh]|ans|años|anni|jahre|yo|y/o)?\b\s*,?\s+"
_ORIGIN = r"(?:(?:from|de|d'|aus|von|da|di)\s*)?"
_BRACKET_AGE = re.compile(r"\((?P<age>\d{2})\)\s*,?\s*" + _ORIGIN + r"(?=" + _PLACE + ")")
_INTRO_AGE = re.compile(
    word_start(
        r"\b(?:i'm|i’m|im|i am|ich bin|je suis|soy|sono)\s+[^\W\d_]+\s*,?\s+"
        # (an emoji or a mark between the name and the age: "ich bin Birgit 👋 40, aus …")
        r"(?:[^\w\s,]+\s*,?\s*)?(?P<age>\d{2})" + _AGE_UNIT + _ORIGIN + r"(?=" + _PLACE + ")"
    )
)
# What may follow a town named like a word ("reading", "bath") for it to be the town: the end
# of the clause, not a noun ("from reading, i like cats", "hes from bath and has …"; not "i'm
# in reading mode")
_CLAUSE_END = re.compile(
    r"\s*(?:[,.!?;:)]|$|(?:and|und|et|y|e|but|aber|mais|pero|ma|lol|haha|rn|now|jetzt|ce|"
    r"cette|this|till|until|bis|jusqu'à|hasta|fino)\b)"
)
# What says one is at a town named like a word now or with someone ("in reading till sunday",
# "bin in halle bei meinen eltern", "à pau chez mes parents", "en león con mis padres", "in
# bath tomorrow"): after a weak cue in lower case, a time only ("in reading with friends" may be
# a pastime)
_DAY = (
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend|tomorrow|next|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonntag|morgen|nächste\w*|lundi|mardi|mercredi|jeudi|vendredi|"
    r"samedi|dimanche|demain|lunes|martes|miércoles|jueves|viernes|sábado|domingo|mañana|"
    r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|domani|\d"
)
_NOW_AFTER = re.compile(
    r"\s+(?:(?:till|until|bis|jusqu'à|jusqu'au|hasta el|hasta|fino a|fino al)\s+(?:" + _DAY + r")|"
    r"tomorrow|tonight|this weekend|next week|rn|morgen|übermorgen|am wochenende|"
    r"dieses wochenende|demain|ce soir|ce week-end|mañana|esta noche|este finde|domani|stasera|"
    r"questo weekend|sto weekend)\b"
)
_WITH_AFTER = re.compile(r"\s+(?:with|mit|bei|avec|chez|con|da)\b")
# A town of this many people named like a word ("essen", "halle", "siena", "reading") is the
# town after a strong cue when capitalised or ending the clause ("ich bin aus halle lol")
_WORD_TOWN = 50_000
_WORD_TOWN_RANK = 350
# A place one was born and raised in, named before: "swansea girl born and raised", "proud
# Bath lad, born and bred" (the phrase ends the message: "nice girl born and raised in Leeds"
# names Leeds)
_RAISED = re.compile(
    r"(?:\s+(?:girl|boy|guy|gal|lad|lass|kid|native|local))?,?\s+born\s*(?:and|&|n)\s*"
    r"(?:raised|bred)\W*(?:lol|haha)?\W*$"
)
# French "sur" of where one is: "je suis sur Dijon ce week-end", "on est sur la rochelle", "je
# bosse sur Lyon" (a known place only: "je suis sur Instagram")
_ON_PLACE = re.compile(
    word_start(
        r"\b(?:je suis|j'suis|chuis|on est|on sera|je serai|je bosse|je travaille|j'habite|"
        r"j’habite|je vis|basée?|installée?s?)\s+sur\s+(?=" + _PLACE + ")"
    )
)
# Sayings that name a place, which is no one's ("all roads lead to Rome", "quien se fue a
# Sevilla perdió su silla", "Rome wasn't built in a day", "vedi Napoli e poi muori"): the
# places they name, and the sayings (read only when one of these places is found).
_SAYING_PLACES = frozenset(
    ("rome", "rom", "roma", "sevilla", "zamora", "naples", "napoli", "neapel", "newcastle")
)
_SAYINGS = re.compile(
    r"\b(?:all roads lead to rome|alle wege führen nach rom|tous les chemins mènent à rome|"
    r"todos los caminos (?:llevan|conducen) a roma|tutte le strade portano a roma|"
    r"rome (?:wasn't|was not|wasnt) built in a day|rom wurde nicht an einem tag erbaut|"
    r"rome ne s'est pas faite? en un jour|roma no se hizo en un día|"
    r"roma non (?:fu|è stata) (?:fatta|costruita) in un giorno|when in rome|"
    r"quien se fue a sevilla perdió su silla|no se ganó zamora en una hora|"
    r"see naples and die|vedi napoli e poi muori|neapel sehen und sterben|"
    r"coals to newcastle)\b"
)
# Produce named after its town: "moutarde de dijon", "prosciutto di parma", "jamón de
# Teruel", "jambon de Bayonne": the "de" / "di" is the product's, not a place cue.
_PRODUCE = frozenset(
    (
        "moutarde", "jambon", "fromage", "vin", "vinaigre", "saucisse", "saucisson", "nougat",
        "prosciutto", "aceto", "formaggio", "vino", "mozzarella", "salame", "salsiccia",
        "mortadella", "pesto", "olio", "torrone", "crudo", "jamón", "queso", "aceite", "turrón",
        "chorizo", "mostaza", "vinagre", "pimientos", "crema", "crème",
    )
)  # fmt: skip
_PRODUCE_CUES = frozenset(("de", "di", "da"))
# Being somewhere now: "i'm in ashford rn", "je suis à Annecy". An unknown word after these is a
# place when it is capitalised, or in English when it is no everyday word ("i'm in love").
_PRESENCE = re.compile(
    word_start(
        r"\b(?:i'm in|i’m in|im in|i am in|i'm staying in|staying in|ich bin gerade in|"
        r"bin gerade in|ich bin grad in|bin grad in|bin grade in|ich bin in|je suis à|"
        r"je suis a|je suis en|estoy en|sono a|sono in)\s+"
        r"(?=" + _PLACE + ")"
    )
)
_WEAK = re.compile(
    word_start(
        r"\b(?P<cue>in|from|near|to|around|aus|à|en|de|da|di|a|nach|bei|vers|zona|por|visiting|"
        # where one goes, passes or talks of ("le train pour X", "il treno per X", "von X
        # nach Y", "road trip through X", "talking about X", "desde X", "depuis X", "verso X"):
        # a known town or region only, never an unknown capitalised word ("about Kubernetes")
        r"about|through|pour|per|von|desde|depuis|verso)\s+"
        r"(?=" + _PLACE + ")"
    )
)
_NEXT_CAPITAL = re.compile(r" [A-ZÀ-ÖØ-Þ]")
_GAZETTEER_ONLY = frozenset(("about", "through", "pour", "per", "von", "desde", "depuis", "verso"))
# A route: "from Watford to dover", "von niederbayern nach bremerhaven", "de Pamiers à
# Saint-Dié", "da fermo a cortona", "de Gran Canaria a San Juan": the other end of a place found
# (see ``_routes``).
_FROM = r"\b(?P<source>from|von|de|da|desde|depuis)\s+"
_TO = r"\s+(?:to|nach|à|a|au|hasta|jusqu'à|bis)\s+"
_TO_WORDS = (" to ", " nach ", " à ", " a ", " au ", " hasta ", " jusqu'à ", " bis ")
_TO_ENDS = tuple(word[1:] for word in _TO_WORDS)
_ROUTE_FROM = re.compile(_FROM + "$")
_ROUTE_TO = re.compile(_TO + "(?=" + _PLACE + ")")
# (no "from" word inside the start: "de trajet de Oloron jusqu'à X" opens at "Oloron")
_NOT_FROM = r"(?!(?:from|von|de|da|desde|depuis)\b)"
_ROUTE_FIRST = re.compile(
    word_start(
        _FROM
        + rf"(?P<place>{_NOT_FROM}{_WORD}(?:[ -]{_NOT_FROM}{_WORD})?(?:[ -]{_NOT_FROM}{_WORD})?)"
        + _TO
        + "$"
    )
)
# A place that opens the message, talked of in a season: "Steyr im sommer ist …", "Zarautz en
# verano es …", "chieti d'estate è …", "honestly colchester in the summer is …", "tbh luton in
# winter": the season after one of the first four words (see ``_in_season``).
_SEASON = re.compile(
    r" (?:in (?:the )?(?:summer|winter|spring|autumn)|in the fall|im (?:sommer|winter|"
    r"frühling|herbst)|en (?:verano|invierno|primavera|otoño|été|hiver|automne)|au printemps|"
    r"d'(?:estate|inverno|été|hiver|automne)|in (?:estate|inverno|primavera|autunno))\b"
)
# A town's qualifier in brackets: "Frankfurt (Oder)", "Halle (Saale)", "Kempten (Allgäu)"
_QUALIFIER = re.compile(r" \([A-ZÀ-ÖØ-Þ][\w.-]+\)")
_CAPITALISED = re.compile(r"(?<![\w@#])[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}")
# A number that is a time or a measure, right before the comma (see _after_address).
_MEASURE_BEFORE = re.compile(
    r"\d\s*(?:am|pm|h|uhr|:\d|heures?|hours?|hrs?|minutes?|mins?|minuten|minuti|minutos|ore|"
    r"horas|stunden|km|kg|%|€|\$|£)\b[^,\d]*,\s*[^,\d]*$"
)
_AFTER_COMMA = re.compile(r",\s*(?=" + _PLACE + ")")
# A street word with a house number before the comma: the town after it is surely one, even
# named like a word ("53 Fernhill Rd, Bath", "139 bis rue Pasteur, Pau", "Schillerstr. 121,
# essen", "93 impasse du Moulin, sens") (see _street_town)
_STREET_BEFORE = re.compile(
    r"(?:\d{1,5}[a-z]?\s+(?:bis\s+|ter\s+)?(?:[^\W\d_][\w'’.-]*\s+){0,4}?"
    r"(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|crescent|court|ct|way|terrace|grove|"
    r"gardens|mews|place)\.?|\d{1,4}(?:\s*(?:bis|ter))?,?\s+(?:rue|avenue|av\.?|boulevard|bd|"
    r"allée|chemin|impasse|quai|cours|route|place|passage)\b[^,\d]*|"
    r"(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm)\s*\d{1,4}\s?[a-z]?|"
    r"\b(?:calle|avenida|avda|plaza|paseo|pasaje|camino|via|viale|piazza|corso|vicolo|largo|"
    r"strada)\.?\s+[^,\d]*\d{1,4}\s?[a-z]?)\s*,\s*$"
)
# After a street, its house number and a comma, a word ending its clause is a town unless it is
# among the 150 most frequent words ("…, merci", "…, danke"; "…, sens" is the town)
_AFTER_COMMA_RANK = 150
# Every match of _STREET_BEFORE holds one of these words, or a word with one of these endings
_STREET_WORDS = frozenset(
    split_words(
        "street st road rd avenue ave lane ln drive dr close crescent court ct way terrace grove "
        "gardens mews place rue av boulevard bd allée chemin impasse quai cours route passage "
        "calle avenida avda plaza paseo pasaje camino via viale piazza corso vicolo largo strada"
    )
)
_STREET_ENDINGS = ("straße", "strasse", "str", "weg", "gasse", "platz", "allee", "ring", "damm")
# What follows a town after a street in lower case: the end of its clause, a postcode, "for"
_STREET_TOWN_END = re.compile(r"\s*(?:[,.!?;:)]|$|\d|(?:for|pls|please|asap)\b)")
# An English street then its town with no comma: "198 Kingsley Avenue sandwich for the parcel",
# "37 Birchwood Dr milton keynes"
_EN_STREET_TOWN = re.compile(
    r"\b\d{1,5}[a-z]?\s+(?:[^\W\d_][\w'’-]*\s+){1,3}?(?P<kind>street|road|rd|avenue|ave|lane|"
    r"drive|dr|close|crescent|court|terrace|grove|gardens|mews)\.?\s+(?=" + _PLACE + ")"
)
_EN_STREET_WORDS = frozenset(
    split_words("street road rd avenue ave lane drive dr close crescent court terrace grove")
    + ["gardens", "mews"]
)
_DIGIT = re.compile(r"\d")
_COMPOUND = re.compile(r"[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-(?:[a-z]{1,3}-|d'|l')?[A-ZÀ-ÖØ-Þ][^\W\d_]+)+")
_FIRST_WORD = re.compile(r"[ -]")
_WORD_SPLIT = re.compile(r"(?<=\S)(?=[ -])")
_TOKENS = re.compile(r"\S+")
_NATIONALITY = re.compile(r"(?:ian|ese|ish|ais|aise|ano|ana|isch|ean|can)$")
# A saint's town written short, and the long forms the gazetteers hold
_SAINTS = {"st": ("st", "sankt", "saint", "san"), "ste": ("sainte", "ste")}
_AFTER_DOT = re.compile(r"\. ?(?P<name>(?P<first>" + _WORD + r")(?:[ -]" + _WORD + ")?)")
# Articles said with a place's name in French and Galician ("la Martinique", "o Porriño")
_ARTICLES = frozenset(("la", "le", "les", "o"))
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
_LANGUAGES = ("en", "de", "fr", "es", "it")
# A country, state or city of this many people is a place after a weak cue unless its name is
# among the 2,000 most frequent English words
COUNTRY = 1_000_000
_COUNTRY_EVERYDAY_RANK = 2_000


# Faker's address data that names regions: states, provinces, departments, counties
_REGION_ATTRIBUTES = ("states", "regions", "provinces", "departments", "counties")
_REGION_NAME = re.compile(r"[^\W\d_][^\W\d_' -]{3,}")


@cache
def _regions() -> frozenset[str]:
    """The states, provinces, regions, departments and counties of every Faker locale of the
    five languages, lower case ("vorarlberg", "tasmania", "extremadura", "lancashire"): about
    570 names, a place after a weak cue when no everyday word (see ``_region``)."""
    return frozenset(
        name for name in faker_address_names(_REGION_ATTRIBUTES) if _REGION_NAME.fullmatch(name)
    )


# The words every match of these patterns holds one of (speed only, read off the patterns).
_WEAK_WORDS = required_words(_WEAK)
# (every match of _OTHER_FROM holds "from" and one of _HE_SHE, of _RAISED_IN one of _BORN:
# looked up in the message's words, speed only)
_HE_SHE = frozenset(("he", "hes", "she", "shes"))
_BORN = frozenset(("geboren", "né", "née", "nacido", "nacida", "nato", "nata"))
# (written out: the reader of patterns gives no set for "i'm" and "i am")
_INTRO_WORDS = frozenset(("m", "im", "am", "bin", "suis", "soy", "sono"))


def _cue_patterns(words: frozenset[str]) -> list[tuple[re.Pattern[str], bool]]:
    """The patterns of cues (and whether strong) a message of these ``words`` may hold a match
    of (speed only: each is tried only on a message that holds one of its words)."""
    patterns = []
    if not words.isdisjoint(_STRONG_WORDS):
        patterns.append((_STRONG, True))
    if passes(words, _WEAK_WORDS):
        patterns.append((_WEAK, False))
    if "from" in words and not words.isdisjoint(_HE_SHE):
        patterns.append((_OTHER_FROM, True))
    if not words.isdisjoint(_BORN):
        patterns.append((_RAISED_IN, True))
    return patterns


def _after_produce(lower: str, start: int) -> bool:
    """A town in a product's name: "moutarde de dijon", "prosciutto di parma", "jamón de
    Teruel" (see ``_PRODUCE``): the two words before ``start``."""
    before = lower[max(0, start - 16) : start].split()
    return len(before) >= 2 and before[-1] in _PRODUCE_CUES and before[-2] in _PRODUCE


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
        self._regions = _regions() - self._first - AMBIGUOUS_NAMES  # (months included)

    def analyze(self, view: TextView) -> list[Entity]:
        found = self._cued(view)
        found.extend(self._known(view))
        if view.has_digit:
            found.extend(self._numbered(view))
        if found:
            found.extend(self._routes(view, found))
        if "born" in view.lower:
            found.extend(self._raised(view))
        if "sur " in view.lower:
            found.extend(self._on_place(view))
        season = _SEASON.search(view.lower, 0, 40)
        if season is not None:
            found.extend(self._in_season(view, season.start()))
        if " (" in view.text:
            found = [self._qualified(view.text, entity) for entity in found]
        if found and any(view.lower[e.start : e.end] in _SAYING_PLACES for e in found):
            found = self._not_in_sayings(view.lower, found)
        return found

    def _numbered(self, view: TextView) -> list[Entity]:
        """The forms of a message with a digit: after an age, after a street address."""
        found = self._after_age(view)
        if view.digits >= 2 and ("(" in view.lower or not view.words.isdisjoint(_INTRO_WORDS)):
            found.extend(self._introduced(view))
        if "," in view.text:
            found.extend(self._after_address(view))
        if not view.words.isdisjoint(_EN_STREET_WORDS):
            found.extend(self._after_street(view))
        return found

    @staticmethod
    def _not_in_sayings(lower: str, found: list[Entity]) -> list[Entity]:
        """The entities found but those inside a saying (see ``_SAYINGS``)."""
        sayings = [m.span() for m in _SAYINGS.finditer(lower)]
        return [e for e in found if not any(start <= e.start < end for start, end in sayings)]

    @staticmethod
    def _qualified(text: str, entity: Entity) -> Entity:
        """A place with its qualifier in brackets: "Frankfurt (Oder)"."""
        if entity.type is not EntityType.LOCATION:
            return entity
        qualifier = _QUALIFIER.match(text, entity.end)
        if qualifier is None:
            return entity
        return Entity(entity.start, qualifier.end(), entity.type, entity.score, entity.recognizer)

    def _known_place(self, candidate: str, language: str) -> bool:
        """A known place, town or region, or a town of GeoNames named like no first name and
        none of the 1,000 most frequent words of any language or 2,000 of the message's
        ("dover"): one end of a route, a town after an address, a place before a season."""
        if candidate in _LOWERCASE_RISKY or candidate in MONTHS:
            return False
        if candidate in self._places or candidate in self._minor or candidate in self._regions:
            return not is_common(candidate)
        return (
            candidate in self._population
            and len(candidate) >= 4
            and not is_common(candidate)
            and candidate not in AMBIGUOUS_NAMES
            and candidate not in self._first
            and not is_frequent(candidate, language, _LOCAL_EVERYDAY_RANK)
            # (any language's: a short message's language is often told wrong, "voy a la
            # Universidad" read as French)
            and not any(is_frequent(candidate, other, _EVERYDAY_RANK) for other in _LANGUAGES)
        )

    def _known_span(self, start: int, phrase: str, language: str) -> tuple[int, int] | None:
        words = _WORD_SPLIT.split(phrase)
        for count in range(len(words), 0, -1):
            candidate = "".join(words[:count])
            if self._known_place(candidate, language):
                return start, start + len(candidate)
        return None

    def _unlisted_place(self, word: str, language: str) -> bool:
        """A word of no list (none of the 20,000 most frequent English words or the 5,000
        of the message's language, no first name): the other end of a route."""
        return (
            len(word) >= 4
            and not is_common(word)
            and word not in AMBIGUOUS_NAMES
            and word not in MONTHS
            and word not in self._first
            and not is_frequent(word, "en", RARE_RANK)
            and not is_frequent(word, language)
        )

    def _routes(self, view: TextView, places: list[Entity]) -> list[Entity]:
        """The other end of a route from or to a place found (see ``_ROUTE_FROM``)."""
        found = []
        lower = view.lower
        for place in places:
            if place.type is not EntityType.LOCATION:
                continue
            # the first end found: the second after "to", "nach", "à" … (plain tests first:
            # speed only)
            source = (
                _ROUTE_FROM.search(lower, max(0, place.start - 8), place.start)
                if lower.startswith(_TO_WORDS, place.end)
                else None
            )
            second = _ROUTE_TO.match(lower, place.end) if source is not None else None
            if source is not None and second is not None:
                span = self._other_end(
                    view, second.start("place"), second.group("place"), unlisted=False
                )
                if span is not None:
                    found.append(Entity(*span, EntityType.LOCATION, 0.65, self.name))
            # the second end found: the first after "from", "von", "de" …
            if not lower.endswith(_TO_ENDS, 0, place.start):
                continue
            first = _ROUTE_FIRST.search(lower, max(0, place.start - 48), place.start)
            if first is not None:
                # (the whole phrase between "from" and "to": "da gaslini sono passato a X" is
                # no route)
                start, end = first.span("place")
                span = self._other_end(
                    view, start, first.group("place"), unlisted=first.group("source") != "da"
                )
                if span is not None and span[1] == end:
                    found.append(Entity(*span, EntityType.LOCATION, 0.65, self.name))
        return found

    def _other_end(
        self, view: TextView, start: int, phrase: str, *, unlisted: bool
    ) -> tuple[int, int] | None:
        """A route's other end: a known place, a capitalised compound or, when ``unlisted``, a
        word of no list. Only a start of one word right before "to" may be a word of no list
        ("from yuma to lahore"; not "commute from Whitby to harrowgate vets"), and not after an
        Italian "da", as often at someone's ("ero da cinzia a Torino")."""
        span = self._known_span(start, phrase, view.language)
        if span is not None:
            return span
        compound = _COMPOUND.match(view.text, start)
        if compound is not None:
            return compound.span()
        # (a capitalised word of no list is as often a firm: "lavoro da Monte dei Brevati a
        # vercelli")
        word = _WORD_SPLIT.split(phrase)[0]
        if unlisted and view.text[start].islower() and self._unlisted_place(word, view.language):
            return start, start + len(word)
        return None

    def _in_season(self, view: TextView, end: int) -> list[Entity]:
        """A known place of one to three words right before a season at ``end``, within the
        first four words of the message (see ``_SEASON``)."""
        words = view.lower[:end].split(" ")
        if len(words) > 4:
            return []
        for count in range(min(3, len(words)), 0, -1):
            candidate = " ".join(words[-count:]).strip(".,!?;:\"'()")
            if self._known_place(candidate, view.language):
                return [Entity(end - len(candidate), end, EntityType.LOCATION, 0.65, self.name)]
        return []

    def _after_age(self, view: TextView) -> list[Entity]:
        """A place right after an age that opens the message, and the age."""
        match = _AGE_OPENING.match(view.lower) or _ASL.match(view.lower)
        if match is None:
            return []
        return self._age_and_place(
            view, match.group("place"), match.start("place"), match.span("age")
        )

    def _introduced(self, view: TextView) -> list[Entity]:
        """A place right after the age of a self-introduction, and the age (see
        ``_INTRO_AGE``)."""
        found = []
        patterns = (_BRACKET_AGE, _INTRO_AGE) if "(" in view.lower else (_INTRO_AGE,)
        for pattern in patterns:
            for match in pattern.finditer(view.lower):
                if (
                    pattern is _BRACKET_AGE
                    and not view.lower[: match.start()].rstrip()[-1:].isalpha()
                ):
                    continue  # a bracketed age follows a name: "lottie (43) …"
                found.extend(
                    self._age_and_place(
                        view, match.group("place"), match.start("place"), match.span("age")
                    )
                )
        return found

    def _age_and_place(
        self, view: TextView, phrase: str, start: int, age: tuple[int, int]
    ) -> list[Entity]:
        """The place at ``start`` and the age before it; a town in no list counts when it is
        no everyday word of the message's language or English and no first name."""
        if not 13 <= int(view.lower[age[0] : age[1]]) <= 99:
            return []
        span = self._place_span(view, start, phrase, strong=True)
        if span is None:
            return []
        first = view.lower[span[0] : span[1]].split()[0]
        if (
            first not in self._places
            and first not in self._minor
            and not self._word_town(view, span[0], view.lower[span[0] : span[1]])
        ):
            frequent = any(is_frequent(first, lang) for lang in {view.language, "en"})
            if frequent or first in self._first or len(first) < 4:
                return []
        return [
            Entity(*span, EntityType.LOCATION, 0.7, self.name),
            Entity(*age, EntityType.AGE, 0.7, self.name),
        ]

    def _word_town(self, view: TextView, start: int, candidate: str) -> bool:
        """A town of 50,000 people or more named like an everyday word ("essen", "halle",
        "reading", "bath", "pau"), after a strong cue: the town when capitalised or when the
        clause ends after it, or a time or company follows ("aus halle lol", "from reading, i
        like …", "à pau chez mes parents"; not "i'm in reading mode")."""
        return (
            self._population.get(candidate, 0) >= _WORD_TOWN
            and len(candidate) >= 3
            and not is_common(candidate)
            and candidate not in MONTHS
            # the few hundred most frequent words of any language are words ("soy de tarde",
            # "sono di solo", "i'm from name"); "essen" ranks 391st in German, "reading" 741st
            and not any(is_frequent(candidate, other, _WORD_TOWN_RANK) for other in _LANGUAGES)
            and (
                view.text[start].isupper()
                or _CLAUSE_END.match(view.lower, start + len(candidate)) is not None
                or _WITH_AFTER.match(view.lower, start + len(candidate)) is not None
                or _NOW_AFTER.match(view.lower, start + len(candidate)) is not None
            )
        )

    def _raised(self, view: TextView) -> list[Entity]:
        """A known place of one to three words opening the message before "(girl) born and
        raised" (see ``_RAISED``); a town named like a word too ("bath girl born and
        raised")."""
        end_match = _RAISED.search(view.lower)
        if end_match is None:
            return []
        end = end_match.start()
        words = view.lower[:end].split(" ")
        if len(words) > 4:
            return []
        for count in range(min(3, len(words)), 0, -1):
            candidate = " ".join(words[-count:]).strip(".,!?;:\"'()")
            start = end - len(candidate)
            if self._known_place(candidate, view.language) or (
                candidate in self._minor or self._word_town(view, start, candidate)
            ):
                return [Entity(start, end, EntityType.LOCATION, 0.7, self.name)]
        return []

    def _on_place(self, view: TextView) -> list[Entity]:
        """A known place after a French "sur" of where one is (see ``_ON_PLACE``)."""
        found = []
        for match in _ON_PLACE.finditer(view.lower):
            start, phrase = match.start("place"), match.group("place")
            head = phrase.partition(" ")[0]
            span = self._known_span(start, phrase, view.language)  # "la rochelle" whole
            if span is None and head in _ARTICLES:
                span = self._prefixed(view, start, phrase, head)
            if span is not None:
                found.append(Entity(*span, EntityType.LOCATION, 0.7, self.name))
        return found

    def _cued(self, view: TextView) -> list[Entity]:
        found = []
        lower = view.lower
        # every match of _PRESENCE holds one of these literals: most messages hold none and are
        # not scanned (speed only, the same matches)
        presence = (
            "m in" in lower
            or "g in" in lower
            or "bin" in lower
            or "suis" in lower
            or "estoy" in lower
            or "sono" in lower
        )
        for match in _PRESENCE.finditer(lower) if presence else ():
            start = match.start("place")
            word = match.group("place").split()[0].split("-")[0]
            if self._present_at(view, start, word):
                found.append(Entity(start, start + len(word), EntityType.LOCATION, 0.65, self.name))
        for pattern, strong in _cue_patterns(view.words):
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
                    gazetteer_only = not strong and match.group("cue") in _GAZETTEER_ONLY
                    span = self._place_span(
                        view,
                        match.start("place"),
                        match.group("place"),
                        strong,
                        fallback=not gazetteer_only,
                        topical=not strong and match.group("cue") == "about",
                    )
                    if (
                        gazetteer_only
                        and span is not None
                        and _NEXT_CAPITAL.match(view.text, span[1]) is not None
                    ):
                        span = None  # a firm named after its town: "about Redwood Vets"
                if span is not None and (strong or not self._of_produce(view.lower, match)):
                    score = 0.8 if strong else 0.65
                    found.append(Entity(*span, EntityType.LOCATION, score, self.name))
        return found

    @staticmethod
    def _of_produce(lower: str, match: re.Match[str]) -> bool:
        """A town in a product's name after a weak cue (see ``_after_produce``)."""
        return match.group("cue") in _PRODUCE_CUES and _after_produce(lower, match.start("place"))

    def _place_span(
        self,
        view: TextView,
        start: int,
        phrase: str,
        strong: bool,
        *,
        fallback: bool = True,
        topical: bool = False,
    ) -> tuple[int, int] | None:
        """The longest prefix of ``phrase`` that names a place, as offsets; with the article
        that opens it when the rest is one ("la Martinique", "o porriño", "les Sables")."""
        # the first word found by plain splits, the phrase split only when it may be a place
        # (speed only)
        head = phrase.partition(" ")[0].partition("-")[0]
        prefixed = (
            self._prefixed(view, start, phrase, head)
            if head in _ARTICLES or head in _SAINTS
            else None
        )
        if prefixed is not None:
            return prefixed
        capitalised = view.text[start].isupper()
        if not strong and not capitalised and head not in self._first_words:
            # no known place opens with this word: most weak cues end here, but for a town
            # named like a word with a time after it ("in reading till sunday")
            return self._word_town_now(view, start, head)
        words = _WORD_SPLIT.split(phrase)
        for count in range(len(words), 0, -1):
            candidate = "".join(words[:count])
            end = start + len(candidate)
            if candidate in self._places or (strong and candidate in self._minor):
                if capitalised or candidate not in _LOWERCASE_RISKY:
                    return start, end
                if strong and _CLAUSE_END.match(view.lower, end) is not None:
                    return start, end  # "i'm from bath, …", "hes from reading and …"
                continue
            named = (
                self._strong_candidate(view, start, candidate, count)
                if strong
                else self._weak_candidate(view, start, candidate, topical=topical)
            )
            if named:
                return start, end
        if not strong and fallback and capitalised and view.language != "de":
            return self._capitalised_unknown(view, start, words[0])
        return None

    def _strong_candidate(self, view: TextView, start: int, candidate: str, count: int) -> bool:
        """After a strong cue: a town named like a word ("ich bin aus halle lol", "43w aus
        Essen") or an unknown place that is no everyday word of the message's language ("zieht
        nach hause" is none)."""
        if self._word_town(view, start, candidate):
            return True
        return self._unknown_place(
            view.text[start : start + len(candidate)], candidate, count
        ) and not is_frequent(candidate.split()[0], view.language, _LOCAL_EVERYDAY_RANK)

    def _weak_candidate(self, view: TextView, start: int, candidate: str, *, topical: bool) -> bool:
        """After a weak cue: a town, country or region, or a capitalised town named like a word
        that ends the clause ("bei steffi in Essen und …", "back in Reading, …"), or one in
        lower case with a time after it ("in bath tomorrow")."""
        capitalised = view.text[start].isupper()
        if self._weak_town(candidate, view.language, topical=topical) and (
            capitalised or candidate not in _LOWERCASE_RISKY
        ):
            return True
        if not capitalised:
            return self._word_town_now(view, start, candidate) is not None
        return (
            self._word_town(view, start, candidate)
            and _CLAUSE_END.match(view.lower, start + len(candidate)) is not None
        )

    def _word_town_now(self, view: TextView, start: int, head: str) -> tuple[int, int] | None:
        """A town named like a word in lower case after a weak cue, a time right after it
        ("job interview in bath tomorrow", "at my aunt's in mobile till sunday")."""
        # (the town's size first: a dict lookup, before the pattern; speed only)
        if self._population.get(head, 0) < _WORD_TOWN or head in MONTHS:
            return None
        end = start + len(head)
        if _NOW_AFTER.match(view.lower, end) is None:
            return None
        return (start, end) if self._word_town(view, start, head) else None

    def _prefixed(
        self, view: TextView, start: int, phrase: str, head: str
    ) -> tuple[int, int] | None:
        """A known place after an article ("la Martinique", "o porriño"; not before an
        acronym, "en la UJI"), or a saint's town written short (see ``_saint``)."""
        if head in _SAINTS:
            return self._saint(view, start, head) if len(head) == len(phrase) else None
        if len(head) == len(phrase):
            return None
        span = self._known_span(start + len(head) + 1, phrase[len(head) + 1 :], view.language)
        if span is not None and not view.text[span[0] : span[1]].isupper():
            return start, span[1]
        return None

    def _saint(self, view: TextView, start: int, head: str) -> tuple[int, int] | None:
        """A saint's town written short: "St. Gallen", "st. pölten", "St. Albans", "Ste.
        Foy": the name after the dot, known with "st", "sankt", "saint", "san" or "sainte"."""
        name = _AFTER_DOT.match(view.lower, start + len(head))
        if name is None:
            return None
        for words in (name.group("name"), name.group("first")):
            for full in _SAINTS[head]:
                if self._known_place(f"{full} {words}", view.language):
                    return start, name.start("first") + len(words)
        return None

    def _capitalised_unknown(self, view: TextView, start: int, word: str) -> tuple[int, int] | None:
        """ "from Springfield": a capitalised unknown word after a weak cue (German
        capitalises every noun, so not there), or a capitalised compound of a saint or a
        double name ("Saint-Dié", "Castrop-Rauxel", "Villeneuve-d'Ascq")."""
        first = word.strip(" -")
        known = is_common(first) or first in self._first or first in AMBIGUOUS_NAMES
        # a frequent English word capitalised in a message of another language is a brand's,
        # not a town's ("je vais à Keep Cool", "entreno en Basic-Fit")
        after = start + len(first)
        # (unless a town of that name, not the first word of a brand: "going to Reading for …";
        # not "à Basic-Fit")
        town = (
            self._population.get(first.lower(), 0) >= _WORD_TOWN
            and not view.text.startswith("-", after)
            and _NEXT_CAPITAL.match(view.text, after) is None
        )
        english = view.language != "en" and is_frequent(first.lower(), "en") and not town
        # so is an everyday word of the message's own language: a title's or a thing's ("el
        # final de La Casa de Papel")
        local = is_frequent(first.lower(), view.language, _EVERYDAY_RANK) and not town
        if (
            not known
            and not english
            and not local
            and len(first) > 3
            and _NATIONALITY.search(first) is None
        ):
            return start, start + len(word)
        compound = _COMPOUND.match(view.text, start)
        if compound is None or (
            view.language != "en"
            and all(is_frequent(part.lower(), "en") for part in compound.group(0).split("-"))
        ):
            return None
        return compound.span()

    def _large_town(self, start: int, phrase: str, *, capitalised: bool) -> tuple[int, int] | None:
        """After an English "a": a large town, or a capitalised town whose name is no English
        word ("Natale a Conegliano" detected as English; not "a Flask API")."""
        words = _WORD_SPLIT.split(phrase)
        for count in range(len(words), 0, -1):
            candidate = "".join(words[:count])
            if candidate in self._minor and self._foreign_town(candidate):
                # an Italian or Spanish town no English word ("festa a gaeta", "vacanze a
                # cecina": a message too short for its language to be told)
                return start, start + len(candidate)
            if candidate not in self._towns:
                continue
            if capitalised and not is_frequent(candidate, "en", RARE_RANK):
                return start, start + len(candidate)
            large = self._population[candidate] >= LARGE_TOWN
            if large and not is_frequent(candidate, "en", FREQUENT_RANK):
                return start, start + len(candidate)
        return None

    def _foreign_town(self, candidate: str) -> bool:
        """A town of 4 letters or more named like none of the 20,000 most frequent English
        words, no first name and none of the 5,000 most frequent words of any language."""
        return (
            len(candidate) >= 4
            and rank(candidate, "en") is None
            and candidate not in self._first
            and not any(is_frequent(candidate, language) for language in _LANGUAGES)
        )

    def _weak_town(self, candidate: str, language: str, *, topical: bool = False) -> bool:
        """A town, country or region after a weak cue; after "about" (``topical``) a country
        or region needs to be none of the 5,000 most frequent English words, not only of the
        2,000 ("we talked about turkey and stuffing")."""
        if candidate not in self._towns or len(candidate) < 4:
            return self._region(candidate, language, topical=topical)
        return self._town_not_word(candidate, language, topical=topical) or self._region(
            candidate, language, topical=topical
        )

    def _town_not_word(self, candidate: str, language: str, *, topical: bool) -> bool:
        population = self._population[candidate]
        if population >= COUNTRY and candidate in self._unnamed_towns and not topical:
            # a country, state or city of millions is talked about as often as a word
            # ("pakistan" ranks 2,731st in English, "thailand" 4,959th): only the 2,000 most
            # frequent English words ("china") are words first
            return not is_frequent(candidate, "en", _COUNTRY_EVERYDAY_RANK) and not is_frequent(
                candidate, language, _EVERYDAY_RANK
            )
        if population < LARGE_TOWN:
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

    def _region(self, candidate: str, language: str, *, topical: bool = False) -> bool:
        """A region, province, state or county of Faker's lists ("Vorarlberg", "tasmania",
        "extremadura", "oklahoma") that is none of the 2,000 most frequent English words
        ("down", "centre", "camp") nor an everyday word of the message's language."""
        return (
            candidate in self._regions
            and len(candidate) >= 4
            and not is_frequent(
                candidate, "en", FREQUENT_RANK if topical else _COUNTRY_EVERYDAY_RANK
            )
            and not is_frequent(candidate, language, _LOCAL_EVERYDAY_RANK)
        )

    def _present_at(self, view: TextView, start: int, word: str) -> bool:
        if word in self._places or word in self._minor:
            return True
        end = start + len(word)
        if self._word_town(view, start, word) and (
            _CLAUSE_END.match(view.lower, end) is not None
            or _WITH_AFTER.match(view.lower, end) is not None
            or _NOW_AFTER.match(view.lower, end) is not None
        ):
            return True  # "im in reading till sunday", "bin gerade in Halle, …"
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
            words = match.group(0)
            phrase = words.lower()
            # one word, the most frequent case, needs no token scan, and is known only when a
            # place or a town (_longest_known): most are neither (speed only)
            if " " not in words:
                if phrase not in self._places and phrase not in self._unnamed_towns:
                    continue
                offsets = [0]
            else:
                offsets = [m.start() for m in _TOKENS.finditer(words)]
            before = view.text[: match.start()]
            at_start = not before.strip(" \"'“(")
            opens = at_start or before.rstrip()[-1:] in ".!?"
            span = self._longest_known(phrase, offsets, view.language, inside=not opens)
            if span is not None and at_start and phrase[span[0] : span[1]] in _LOWERCASE_RISKY:
                continue  # "Nice weather finally": a word that opens the message
            if span is not None and (
                before[-3:].rstrip() not in _PRODUCE_CUES
                or not _after_produce(view.lower, match.start())
            ):
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
        street: bool | None = None  # whether the message holds a street word, found once
        for match in _AFTER_COMMA.finditer(view.lower):
            start = match.start("place")
            if not _DIGIT.search(view.lower, max(0, start - 40), start):
                continue
            if _MEASURE_BEFORE.search(view.lower, max(0, start - 40), start):
                continue  # a time or a measure, not a house number: "12pm tmrw, pray for me"
            span = self._town_span(start, match.group("place"), view.language)
            if span is not None and (
                view.text[start].isupper()
                or view.language != "en"
                or not is_frequent(view.lower[span[0] : span[1]], "en")
            ):
                # (a known place in lower case that is an everyday English word is none: "year
                # 9 at Carrow High, pray for me")
                found.append(Entity(*span, EntityType.LOCATION, 0.7, self.name))
                continue
            if street is None:
                street = self._has_street_word(view)
            if street and _STREET_BEFORE.search(view.lower, max(0, start - 48), start) is not None:
                span = self._street_town(view, start, match.group("place"), _AFTER_COMMA_RANK)
                if span is not None:
                    found.append(Entity(*span, EntityType.LOCATION, 0.7, self.name))
        return found

    @staticmethod
    def _has_street_word(view: TextView) -> bool:
        """Whether the message holds a word that every match of ``_STREET_BEFORE`` holds (speed
        only: a set lookup before the pattern)."""
        return not view.words.isdisjoint(_STREET_WORDS) or any(
            word.endswith(_STREET_ENDINGS) for word in view.words
        )

    def _after_street(self, view: TextView) -> list[Entity]:
        """The town right after an English street with no comma (see ``_EN_STREET_TOWN``)."""
        found = []
        for match in _EN_STREET_TOWN.finditer(view.lower):
            span = self._street_town(
                view, match.start("place"), match.group("place"), _WORD_TOWN_RANK
            )
            if span is not None:
                found.append(Entity(*span, EntityType.LOCATION, 0.7, self.name))
        return found

    def _street_town(
        self, view: TextView, start: int, phrase: str, everyday: int
    ) -> tuple[int, int] | None:
        """A town right after a street and its house number: any town of the gazetteers, named
        like a word too ("…, Bath", "…, sens", "… Avenue sandwich"); in lower case, none of the
        ``everyday`` most frequent words of the message's language and English, and only when
        its clause ends after it or "for" follows ("… Close croydon for the parcel")."""
        capitalised = view.text[start].isupper()
        words = _WORD_SPLIT.split(phrase)
        for count in range(len(words), 0, -1):
            candidate = "".join(words[:count])
            end = start + len(candidate)
            if (
                len(candidate) < 3
                or is_common(candidate)
                or candidate in MONTHS
                or not (
                    candidate in self._population
                    or candidate in self._minor
                    or candidate in self._places
                )
            ):
                continue
            if capitalised and (count == 1 or view.text[start:end].istitle()):
                return start, end
            if candidate in _LOWERCASE_RISKY or any(
                is_frequent(candidate, other, everyday) for other in (view.language, "en")
            ):
                continue
            if _STREET_TOWN_END.match(view.lower, end) is not None:
                return start, end
        return None

    def _town_span(self, start: int, phrase: str, language: str) -> tuple[int, int] | None:
        words = _WORD_SPLIT.split(phrase)
        for count in range(len(words), 0, -1):
            candidate = "".join(words[:count])
            known = candidate in self._places or candidate in self._minor
            if (
                (known and candidate not in _LOWERCASE_RISKY)
                or self._weak_town(candidate, language)
                # after a street and a house number any town of GeoNames named like no
                # everyday word ("…, Dover", "…, Pau", "…, Fermo")
                or self._known_place(candidate, language)
            ):
                return start, start + len(candidate)
        return None
