"""What an event is, as a vector: an article's event profile, and how alike two profiles are.

An article's profile weighs what tells its event apart from others:

- its **content words**, each weighted by how rare it is in English at large (`rarity`): the
  frequency comes from a fixed table (wordfreq's), never from the day's articles, so that two
  articles get the same score whether the run holds 50 articles or 5,000;
- its **actors**: the people and organisations most salient in the report (`salience`);
- its **places**;
- its **time**: the years of the dates it gives (`brief.extract.dates`), each weighted by
  the date's salience, so that the report's own date (a dateline, the day in its lead)
  counts most and a year of background little.

Each of the first three parts is a unit vector, the parts are joined with fixed weights (`ACTOR_WEIGHT`,
`PLACE_WEIGHT`) and the whole is made unit length again, so the cosine of two profiles
(`similarity`) is a weighted mean of how alike their words, actors and places are. Only the
`FEATURES_PER_ARTICLE` heaviest features are kept, so a profile is small whatever the
article's length.

Time is not one more part of that vector: a report without a date would then look less like
one with a date. It is a term of its own (`time_agreement`), counted only when both reports
give dated years: from their time vectors' cosine, from -`TIME_WEIGHT` when no year agrees
("December 2008" and "September 2013") to +`TIME_WEIGHT` when all agree, added to the cosine
of the rest. Two look-alike events of one topic (one patch in 2008, another in 2013)
share actors, places and words, and differ mostly in their dates.

This module imports no heavy library at load time; the word-frequency table
(`brief.frequencies`, kept in brief's cache) loads on first use.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from brief.frequencies import zipf_table
from brief.records import Date, Entity

FEATURES_PER_ARTICLE = 64
# The parts' weights in a profile; words weigh 1.
ACTOR_WEIGHT = 0.5
PLACE_WEIGHT = 0.25
# Zipf frequency (log10 of uses per billion words) from which a word says nothing of an event:
# "said" (6.0), "people" (6.3). Below it a word weighs COMMON_ZIPF minus its frequency:
# "earthquake" (4.2) weighs 1.8, "aftershock" (2.6) 3.4. A word the table lacks is as rare as
# the rarest it lists.
COMMON_ZIPF = 6.0
RAREST_ZIPF = 1.0
# How much dates that agree raise two reports' similarity, and dates that disagree lower it
# (chosen on half of the ECB+ development topics, checked on the other half:
# bench/results/digest.md).
TIME_WEIGHT = 0.1

_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-](?=[^\W\d_]))+")
_STOP_WORDS = frozenset(
    """
    about above after again against all almost also although always among and another any are
    around because been before being below between both but can cannot could did does doing
    down during each either else even ever every few first for from further had has have
    having her here hers herself him himself his how however into its itself just last least
    less like made make many may more most much must near neither never new next nor not now
    off often once one only other others our ours out over own per perhaps rather really said
    same say says see seen she should since some such than that the their theirs them then
    there these they this those though three through thus till too toward two under until upon
    very was way were what when where whether which while who whom whose why will with within
    without would yet you your yours year years week weeks day days time times told tells
    according added adding asked including mr mrs ms dr people still back well get got going
    went come came take took want wanted think thought know knew use used
    """.split()
)


@dataclass(frozen=True, slots=True)
class Profile:
    """An article's event profile: a unit-length sparse vector, heaviest features first.

    Features are prefixed by their part: `w:` a content word, `a:` an actor, `p:` a place.
    """

    features: tuple[tuple[str, float], ...] = ()
    # Time: the years ("y:2013") of the report's dates, a unit vector, and whether the report
    # gives any (1 or 0; a story's centroid holds the means of its reports').
    times: tuple[tuple[str, float], ...] = ()
    dated: float = 0.0

    def as_dict(self) -> dict[str, float]:
        """The features as a mapping, for products."""
        return dict(self.features)


def salience(entity: Entity) -> float:
    """How central an actor or place is to its report: its mentions, discounted the later it
    first appears (a name in the first line counts whole, one on line 11 half).

    The one place that says how salient an entity is: a salience the brief itself carries
    can replace this weighting here."""
    return entity.mentions / (1 + 0.1 * (entity.line - 1))


def profile(
    texts: Iterable[str], entities: Iterable[Entity], dates: Iterable[Date] = ()
) -> Profile:
    """The event profile of an article: its title and paragraphs (`texts`), its entities and
    its dates."""
    words: Counter[str] = Counter()
    for text in texts:
        for written, count in Counter(_WORD.findall(text.lower())).items():
            word = _term(written)
            if word:
                words[word] += count
    actors: defaultdict[str, float] = defaultdict(float)
    places: defaultdict[str, float] = defaultdict(float)
    for entity in entities:
        if entity.type in ("person", "organization"):
            actors[actor_key(entity)] += salience(entity)
        elif entity.type == "place":
            places[name_key(entity.name)] += salience(entity)
    parts = (
        ("w:", {word: (1 + math.log(n)) * rarity(word) for word, n in words.items()}, 1.0),
        ("a:", actors, ACTOR_WEIGHT),
        ("p:", places, PLACE_WEIGHT),
    )
    vector: dict[str, float] = {}
    for prefix, part, weight in parts:
        for feature, value in _unit(part).items():
            vector[prefix + feature] = value * math.sqrt(weight)
    kept = sorted(vector.items(), key=lambda item: (-item[1], item[0]))[:FEATURES_PER_ARTICLE]
    norm = math.sqrt(sum(value * value for _, value in kept)) or 1.0
    times = sorted(_unit(time_features(dates)).items(), key=lambda item: (-item[1], item[0]))
    return Profile(
        tuple((feature, value / norm) for feature, value in kept),
        tuple(times),
        1.0 if times else 0.0,
    )


def time_features(dates: Iterable[Date]) -> dict[str, float]:
    """The years ("y:2013") of some dates, each weighted by its date's salience; a span's
    ends ("2008/2009") share their date's weight. Dates without a year ("--09-18"), decades
    and centuries ("199X") say nothing here."""
    found: defaultdict[str, float] = defaultdict(float)
    for date in dates:
        years = [part[:4] for part in (date.value or "").split("/") if part[:4].isdigit()]
        for year in years:
            found["y:" + year] += date.salience / len(years)
    return found


def time_agreement(first: Profile, second: Profile) -> float:
    """How two reports' dates bear on their telling one event: from -`TIME_WEIGHT` (both give
    dates and none agrees) to +`TIME_WEIGHT` (all agree); 0 when either gives none. For
    centroids (means of profiles), the mean of their reports' agreements."""
    if not (first.dated and second.dated):
        return 0.0
    shared = dict(second.times)
    product = sum(value * shared.get(feature, 0.0) for feature, value in first.times)
    return TIME_WEIGHT * (2 * product - first.dated * second.dated)


def similarity(first: Mapping[str, float], second: Mapping[str, float]) -> float:
    """The cosine of two profiles (as mappings): 1 for the same event told the same way, 0
    for nothing in common."""
    if len(second) < len(first):
        first, second = second, first
    return sum(value * second.get(feature, 0.0) for feature, value in first.items())


@lru_cache(maxsize=1 << 16)
def _term(word: str) -> str:
    """A (lower-case) word as a profile counts it: folded, or "" for a stop word or a word
    of two letters."""
    folded = fold(word)
    return folded if len(folded) > 2 and folded not in _STOP_WORDS else ""


@lru_cache(maxsize=1 << 16)
def rarity(word: str) -> float:
    """How much a (lower-case, folded) word tells of an event: `COMMON_ZIPF` minus its Zipf
    frequency in English, 0 for common words."""
    return max(0.0, COMMON_ZIPF - _zipf(word))


def _zipf(word: str) -> float:
    return zipf_table().get(word, RAREST_ZIPF)


def fold(word: str) -> str:
    """A crude singular, so that "storms" and "storm" meet; possessives dropped."""
    for suffix in ("'s", "’s"):
        word = word.removesuffix(suffix)
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def name_key(name: str) -> str:
    """A name as compared across reports: case, apostrophes and spacing made alike."""
    return " ".join(name.replace("’", "'").casefold().split())


def actor_key(entity: Entity) -> str:
    """An actor as compared across reports: a person by surname ("Mo Cheeks" and "Maurice
    Cheeks" meet), an organisation by its whole name."""
    key = name_key(entity.name)
    return key.split()[-1] if entity.type == "person" and key else key


def _unit(part: Mapping[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(value * value for value in part.values()))
    return {key: value / norm for key, value in part.items() if value > 0} if norm else {}
