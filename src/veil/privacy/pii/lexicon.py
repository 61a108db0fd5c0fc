"""Word lists the recognizers share: first names and surnames, words that must not be names,
and well-known places. Built on first use from Faker's bundled data (no download)."""

from __future__ import annotations

import pkgutil
import re
from functools import cache
from importlib import import_module

import faker.providers.address as address_providers
import faker.providers.person as person_providers
from faker.providers.address import de_DE as address_de
from faker.providers.person import de_DE, en_US, es_ES, fr_FR, it_IT
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from veil.privacy.pii import dictionary
from veil.privacy.pii.language import STOPWORDS, split_words

# Names that are also everyday words: flagged only after a cue ("my name is Will").
AMBIGUOUS_NAMES = frozenset(
    split_words(
        "will may rose hope grace summer april mark bill june joy faith dawn amber ruby "
        "crystal iris jack guy rich bob pat sue don art frank honey sunny angel baby kit ray "
        "rob sky star jade ivy holly daisy violet autumn destiny heather ginger penny sandy "
        "misty cherry candy brandy chase hunter miles lane dean drew gene glen grant jean lou "
        "earl king prince major price case fern hazel olive pearl river storm true blue sage "
        "eve august german urban pastor sole peer harmony trinity precious unique bella amor "
        "dulce paz luz sol mar rosa pia gioia stella pierre blanche claire constant victoire "
        "prudence pilar dolores consuelo mercedes soledad rosario angeles esperanza reyes "
        "cruz ernst page paris austin dallas florence georgia sydney victoria chelsea madison "
        "savannah jordan virginia carolina phoenix berlin milan lorenzo roma sierra eden "
        "noble nova rain wolf fox bear lion dolly merry sunday monday tuesday wednesday "
        "thursday friday saturday january february march july october november december "
        "fortunato felice sereno beata benedetta franco vera serena celeste marina dominique "
        "patience charity constance joie aurora alba"
    )
)

# Words that follow "call me", "i'm", "with" … and are never names.
COMMON_WORDS = frozenset(
    split_words(
        "later back now tonight tomorrow today soon anytime whenever sometime maybe babe "
        "daddy sir master mistress yours crazy anything whatever please pls again first sure "
        "happy sad tired bored horny hungry fine good great ok okay alright sorry glad here "
        "there home alone single married busy free new old young ready done sick cold hot wet "
        "hard lonely excited nervous curious shy naughty kinky real serious kidding joking "
        "lucky late early away out going coming trying looking thinking feeling working "
        "living from at in on to so not just still also really very too only kinda sorta like "
        "totally literally gonna wanna gotta hun honey dear darling love lover sweetie "
        "sweetheart handsome beautiful gorgeous pretty cute sexy boy girl man woman guy dude "
        "bro sis mom dad mum friend bestie everyone everybody someone somebody nobody anyone "
        "anybody something nothing everything one two three four five six seven eight nine "
        "ten about around over under into onto upon literally legit actually def definitely "
        "probably online offline outside inside upstairs downstairs nude naked work school "
        "life food music sleep coffee dinner lunch breakfast class gym bed dressed bi gay "
        "straight trans vegan tall short skinny thick curvy fit fat blonde brunette müde "
        "glücklich traurig hier da zuhause fatigué fatiguée content contente heureux heureuse "
        "là ici cansado cansada feliz aquí allí stanco stanca felice qui lì casa"
    )
)


# Popular first names of the last decades that Faker's lists lack.
POPULAR_NAMES = frozenset(
    split_words(
        "ava mia zoe chloe isla freya liam noah ethan logan dylan tyler kayla brianna madison "
        "olivia emma sophia isabella amelia harper evelyn abigail ella scarlett aria luna "
        "layla lily nora riley zoey mila aubrey hannah addison leah stella savannah maya jake "
        "ryan mason lucas oliver elijah aiden jackson caden jayden grayson carter owen wyatt "
        "luke becca jen jess kate katie beth meg becky dan danny dave mike matt nick chris "
        "tom tim finn leon jonas felix lena lea jana moritz jannik mats luca ben paul emil "
        "mila lina léa chloé manon inès théo mathis enzo clément baptiste anaïs romain louise "
        "jade lou lucía sofía martina valeria álvaro iker nerea carla daniela alba giulia "
        "chiara giorgia ilaria niccolò beatrice aurora ginevra matteo leonardo tommaso "
        "gabriele riccardo edoardo"
    )
)


@cache
def first_names() -> frozenset[str]:
    """Lower-cased first names: Faker's English, German, French, Spanish and Italian data,
    :data:`POPULAR_NAMES` and the US census first names bundled with zxcvbn."""
    names: set[str] = set(POPULAR_NAMES)
    # US census first names as zxcvbn ships them; zxcvbn keeps each word in one list only, so
    # names that are everyday English words (will, may …) already sit in its word lists.
    names.update(FREQUENCY_LISTS["male_names"])
    names.update(FREQUENCY_LISTS["female_names"])
    for module in (en_US, de_DE, fr_FR, es_ES, it_IT):
        provider = module.Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            names.update(name.lower() for name in getattr(provider, attribute, ()))
    return frozenset(name for name in names if len(name) > 2) - _never_names()


# Faker locales whose first names join the gazetteer: every country Faker has for the five
# supported languages (a German speaker may be Swiss, a Spanish speaker Chilean). The benchmark
# corpus never draws names from Faker, so this is not circular.
_NAME_LOCALE = re.compile(r"^(?:en|de|fr|es|it)(?:_[A-Z]{2})?$")
_LATIN = re.compile(r"^[a-zà-ɏ' -]+$")


@cache
def extended_first_names() -> frozenset[str]:
    """:func:`first_names` plus Faker's first names of every English, German, French, Spanish
    and Italian locale (about 5,500 more, ~12,400 in all), less the everyday words of any
    supported language (so "dawn" or "bianca" never become names without a cue)."""
    names = _faker_first_names()
    return first_names() | (frozenset(names) - dictionary.any_words() - _never_names())


def _faker_first_names() -> set[str]:
    """Lower-cased first names of every Faker locale of the five supported languages."""
    names: set[str] = set()
    for info in pkgutil.iter_modules(person_providers.__path__):
        if not _NAME_LOCALE.match(info.name):
            continue
        provider = import_module(f"{person_providers.__name__}.{info.name}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            values = getattr(provider, attribute, ())
            if isinstance(values, (dict, list, tuple)):
                names.update(name.lower() for name in values)
    return {name for name in names if len(name) > 2 and _LATIN.match(name)}


@cache
def slot_first_names() -> frozenset[str]:
    """:func:`extended_first_names` with the names that are also words somewhere put back
    ("nate", "priya", "lasse"): used only where a name is expected ("went out with …"), and
    there only when the word is not frequent in the message's language."""
    return first_names() | (frozenset(_faker_first_names()) - _never_names())


@cache
def last_names() -> frozenset[str]:
    names: set[str] = set()
    for module in (en_US, de_DE, fr_FR, es_ES, it_IT):
        names.update(name.lower() for name in getattr(module.Provider, "last_names", ()))
    return frozenset(name for name in names if len(name) > 2) - _never_names()


@cache
def _never_names() -> frozenset[str]:
    stop: set[str] = set()
    for words in STOPWORDS.values():
        stop |= words
    return frozenset(stop | COMMON_WORDS)


@cache
def _stopwords() -> frozenset[str]:
    return frozenset().union(*STOPWORDS.values())


def is_stopword(word: str, language: str | None = None) -> bool:
    """A stopword of ``language`` (of any supported language when None)."""
    if language is None:
        return word in _stopwords()
    return word in STOPWORDS.get(language, frozenset())


def is_common(word: str) -> bool:
    """A stopword of any supported language or an everyday chat word."""
    return word in _never_names()


MAJOR_PLACES = frozenset(
    """new york|los angeles|chicago|houston|phoenix|philadelphia|san antonio|san diego|dallas
    |san jose|austin|seattle|denver|boston|miami|atlanta|portland|las vegas|detroit|nashville
    |san francisco|new orleans|toronto|vancouver|montreal|london|manchester|birmingham|leeds
    |glasgow|edinburgh|liverpool|bristol|dublin|paris|lyon|marseille|toulouse|nice|nantes
    |bordeaux|lille|strasbourg|berlin|hamburg|munich|münchen|cologne|köln|frankfurt|stuttgart
    |düsseldorf|leipzig|dresden|hannover|nürnberg|nuremberg|vienna|wien|zurich|zürich|geneva
    |genève|bern|basel|madrid|barcelona|valencia|seville|sevilla|zaragoza|málaga|malaga|bilbao
    |rome|roma|milan|milano|naples|napoli|turin|torino|florence|firenze|bologna|venice
    |venezia|genoa|genova|palermo|verona|amsterdam|rotterdam|brussels|bruxelles|antwerp
    |lisbon|lisboa|porto|prague|warsaw|budapest|stockholm|oslo|copenhagen|helsinki|athens
    |mexico city|buenos aires|bogotá|bogota|lima|santiago|sydney|melbourne|brisbane|perth
    |auckland|tokyo|osaka|seoul|beijing|shanghai|singapore|bangkok|dubai|mumbai|delhi
    |brooklyn|queens|manhattan|bronx|texas|california|florida|ohio|georgia|bavaria|bayern
    |germany|deutschland|france|spain|españa|italy|italia|england|scotland|ireland|canada
    |australia|mexico|méxico|austria|österreich|switzerland|schweiz|suisse|portugal
    |netherlands|belgium|sweden|norway|denmark|poland|japan|brazil|argentina|colombia|chile
    |peru""".replace("\n", "")
    .replace(" |", "|")
    .split("|")
)


@cache
def places() -> frozenset[str]:
    """Well-known cities, regions and countries (lower case), plus Faker's German city list."""
    found = {place.strip() for place in MAJOR_PLACES}
    found.update(city.lower() for city in getattr(address_de.Provider, "cities", ()))
    return frozenset(found)


# Faker's address data that names real places (cities, regions, provinces, departments …).
_PLACE_ATTRIBUTES = (
    "cities", "states", "departments", "regions", "counties", "provinces", "municipalities",
    "communes",
)  # fmt: skip


@cache
def minor_places() -> frozenset[str]:
    """Towns and regions of every Faker locale of the five languages (~17,000, most of them
    Italian comuni), less first names and the hand and lorem word lists: read only right after
    a place cue
    ("sono a lecce adesso", "ich bin gerade in freiburg"), never anywhere."""
    found: set[str] = set()
    for info in pkgutil.iter_modules(address_providers.__path__):
        if not _NAME_LOCALE.match(info.name):
            continue
        provider = import_module(f"{address_providers.__name__}.{info.name}").Provider
        for attribute in _PLACE_ATTRIBUTES:
            values = getattr(provider, attribute, ())
            if isinstance(values, dict):
                values = [v for v in values.values() if isinstance(v, str)]
            found.update(value.lower() for value in values if isinstance(value, str))
    # Not less the frequency lists: they hold "bergamo" and "freiburg" as often as any word.
    words = frozenset().union(*(dictionary.small_words(lang) for lang in STOPWORDS))
    found = {place for place in found if _LATIN.match(place)}
    return frozenset(found) - slot_first_names() - words - _never_names()
