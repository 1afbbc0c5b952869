"""An actor's type, voted over all of its evidence.

The model's label on each name mention is one vote; the type each mention's context suggests
counts double (`brief.extract.entity_types.vote`); what the name is known as wherever it appears
(a country, a demonym, an organisation word) adds at least `KNOWN_WEIGHT`; the weak gazetteer
tier adds its own weight (`gazetteer_votes`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from brief.extract.cast.names import LABEL_TYPES, NameMention
from brief.extract.entity_types import gazetteer_votes, given_name_votes, known_type, vote
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


def actor_type(name: str, group: Sequence[NameMention]) -> tuple[EntityType, str]:
    """The type of the actor `group` names (its fullest name `name`), and the model's most
    common label over the group (the type's own label when the model gave none)."""
    labels = Counter(mention.label for mention in group if mention.label)
    model_votes: Counter[EntityType] = Counter(
        {LABEL_TYPES[label]: count for label, count in labels.items()}
    )
    context: Counter[EntityType] = Counter(m.context for m in group if m.context is not None)
    known = known_type(name)
    if known is not None:
        context[known] += max(KNOWN_WEIGHT, len(group))
    weak = gazetteer_votes(name, model_votes)
    full = sum(mention.surface == name for mention in group)
    for kind, weight in given_name_votes(name, full).items():
        weak[kind] = weak.get(kind, 0) + weight
    kind = vote(model_votes, context, weak)
    label = labels.most_common(1)[0][0] if labels else TYPE_LABELS[kind]
    return kind, label
