"""An actor's type, voted over all of its evidence.

The model's label on each name mention is one vote; the type each mention's context suggests
counts double (`brief.extract.entity_types.vote`), and so does each list the name stands in
beside names of one type ("Harris, Oubre Jr., Covington and Batum"): a list is a context too;
what the name is known as wherever it appears
(a country, a demonym, an organisation word) adds at least `KNOWN_WEIGHT`; the weak gazetteer
tier adds its own weight (`gazetteer_votes`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from brief.extract.cast.merge import WEB_ENDING, initials_of
from brief.extract.cast.names import LABEL_TYPES, NameMention
from brief.extract.entity_types import (
    COMPETITION_WORDS,
    GIVEN_WEIGHT,
    gazetteer_votes,
    given_name_votes,
    known_type,
    vote,
)
from brief.extract.gazetteer import is_country, place_tier
from brief.records import EntityType

TYPE_LABELS: dict[EntityType, str] = {
    "person": "PERSON",
    "organization": "ORG",
    "place": "GPE",
    "group": "NORP",
    "event": "EVENT",
    "work": "WORK_OF_ART",
    "other": "PRODUCT",
}
KNOWN_WEIGHT = 2
# An initial before a surname, in a name the model reads as a person or a body ("H. Morris");
# in one it reads as a place or a people it is a point of the compass ("S. Korea").
_INITIAL = re.compile(r"[A-Z]\.")
# The model's labels for works, laws, products and events: a given name inside one is a title's.
TITLE_LABELS = frozenset({"WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "LANGUAGE"})
# Pieces of evidence of one type (and none of another) that decide like a known name.
DECISIVE_PIECES = 2


def actor_type(
    name: str,
    group: Sequence[NameMention],
    evidence: Counter[EntityType] | None = None,
    peers: Counter[EntityType] | None = None,
) -> tuple[EntityType, str]:
    """The type of the actor `group` names (its fullest name `name`), and the model's most
    common label over the group (the type's own label when the model gave none).

    `evidence` counts what the rest of the article says of the actor (a "she" that refers back,
    "the company", an apposition's role): each piece is a context clue, and evidence of one
    type only, twice or more, weighs as much as a known name (`decisive`). `peers` counts the
    types of the names joined to it by "and" or a comma: each is one context clue."""
    labels = Counter(mention.label for mention in group if mention.label)
    model_votes: Counter[EntityType] = Counter(
        {LABEL_TYPES[label]: count for label, count in labels.items()}
    )
    context: Counter[EntityType] = Counter(m.context for m in group if m.context is not None)
    known = known_type(name)
    if known == "place" and _plays(name, context, evidence):
        known = None  # a city or a state every clue makes a side: "BALTIMORE 70 63 .526"
    if known == "organization" and context["event"] and _contest(name):
        known = None  # a league its games make a competition: "Nations League group games"
    if known is not None:
        context[known] += max(KNOWN_WEIGHT, len(group))
    if _abbreviated(name, group):
        context["organization"] += max(KNOWN_WEIGHT, len(group))  # "Baark" for an alliance
    if any(mention.ticker for mention in group):
        context["organization"] += max(KNOWN_WEIGHT, len(group))  # a listed company
    if any(WEB_ENDING.search(mention.surface.lower()) for mention in group):
        context["organization"] += max(KNOWN_WEIGHT, len(group))  # a website: "BVINEWS.COM"
    if evidence:
        context.update(evidence)
        decided = decisive(evidence)
        if decided is not None and decided != known:
            context[decided] += max(KNOWN_WEIGHT, len(group))
    usual = labels.most_common(1)[0][0] if labels else ""
    if known is None and usual == "PERSON" and _thing(context, evidence, peers, name):
        context["other"] += max(KNOWN_WEIGHT, len(group))  # "Chrome users", and no he or she
    weak = gazetteer_votes(name, model_votes)
    # every mention that names the person in full or by surname: the given name speaks for all
    full = sum(_names_person(mention.surface, name) for mention in group)
    if usual in TITLE_LABELS:
        full = 0  # "Paris Agreement": the model reads a law or a work, not Paris someone
    for kind, weight in given_name_votes(name, full).items():
        weak[kind] = weak.get(kind, 0) + weight
    if usual in ("PERSON", "ORG") and _INITIAL.fullmatch(name.split()[0]) and " " in name:
        weak["person"] = weak.get("person", 0) + GIVEN_WEIGHT * full  # "H. Morris"
    kind = vote(model_votes, context + (peers or Counter()), weak)
    label = labels.most_common(1)[0][0] if labels else TYPE_LABELS[kind]
    return kind, label


def _thing(
    context: Counter[EntityType],
    evidence: Counter[EntityType] | None,
    peers: Counter[EntityType] | None,
    name: str,
) -> bool:
    """A product's clue ("Chrome users", "Ebola patients") and nothing that makes the name a
    person's: no title, no "he" or "she", no given name, no people listed beside it, no figure in it. With
    no known type either, and the model reading a person (the labels the clue must outvote),
    it decides like a known name: "Chrome", a person to the model 11 times of 12, has no
    other clue."""
    if any(char.isdigit() for char in name):
        return False  # "Chandana 2": a scoreboard's figure run into a name, not a model's code
    if not context["other"] or context["person"] or (evidence and evidence["person"]):
        return False
    if peers and peers["person"]:
        return False
    return not given_name_votes(name, 1)


def _plays(name: str, context: Counter[EntityType], evidence: Counter[EntityType] | None) -> bool:
    """A known place that every clue around it makes a body (a side in a game), and no country:
    national sides are the country ("France beat Italy")."""
    if set(context) != {"organization"} or evidence:
        return False
    county = name.lower().endswith(" county")  # "Notts County", "Ross County"
    return (place_tier(name) is not None or county) and not is_country(name)


def _contest(name: str) -> bool:
    """A name that ends in a word for a body or the competition it runs ("Nations League")."""
    return name.split()[-1].lower() in COMPETITION_WORDS


def decisive(evidence: Counter[EntityType]) -> EntityType | None:
    """The type the evidence alone decides: `DECISIVE_PIECES` or more of one type, none of
    another."""
    kinds = [kind for kind, count in evidence.items() if count > 0]
    if len(kinds) == 1 and evidence[kinds[0]] >= DECISIVE_PIECES:
        return kinds[0]
    return None


def _names_person(surface: str, name: str) -> bool:
    """Whether a mention names the person a full name would: the full name, or its last words
    (a surname: "Fahie" of "Andrew Alturo Fahie"), not its first ("Bradford" of "Bradford
    Bulls")."""
    words, full = surface.split(), name.split()
    return words == full or (len(words) < len(full) and full[-len(words) :] == words)


def _abbreviated(name: str, group: Sequence[NameMention]) -> bool:
    """A name of three words or more that the article also writes as its initials: a body
    ("Bahamas Alliance For Animal Rights and Kindness", "Baark"), not a person."""
    if len(name.split()) < 3:
        return False
    initials = initials_of(name.lower())
    return any(" " not in m.surface and m.surface.lower() == initials for m in group)
