"""The cast's records: mentions, actors, and the cast with its two ways of finding an actor."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Literal

from brief.records import EntityType

# How a mention names its actor: the full name, the surname alone, a title and a surname
# ("Mr Lavrov"), a role noun or apposition ("the minister", "the company"), a pronoun.
MentionKind = Literal["name", "surname", "title", "role", "pronoun"]
Gender = Literal["m", "f"]


@dataclass(frozen=True, slots=True)
class Mention:
    """One place the article mentions an actor: character offsets, how, and the words."""

    start: int
    end: int
    kind: MentionKind
    text: str


@dataclass(frozen=True, slots=True)
class Actor:
    """One person, organisation, group, place, work or event of the article.

    `name` is the fullest name the article uses, `aliases` its other names; `label` is the
    model's most common label over the name mentions; `mentions` are in text order; `line` is
    the line of the first mention. `gender` ("m", "f") is the article's own evidence for a person
    (None when it gives none), `plural` says the actor is a body of people referred to as
    "they", `descriptor` is who the article says it is ("Russia's foreign minister"), and
    `salience` (0 to 1) how central it is to the story.
    """

    name: str
    type: EntityType
    label: str
    aliases: tuple[str, ...]
    mentions: tuple[Mention, ...]
    line: int
    gender: Gender | None = None
    plural: bool = False
    descriptor: str | None = None
    salience: float = 0.0

    @property
    def names(self) -> tuple[Mention, ...]:
        """The mentions that name the actor (full name, surname, title and surname)."""
        return tuple(m for m in self.mentions if m.kind in ("name", "surname", "title"))


@dataclass(frozen=True, slots=True)
class Cast:
    """The article's actors, most salient first, and an index of their mentions."""

    actors: tuple[Actor, ...]
    _order: list[tuple[int, int, int]] = field(init=False, repr=False, compare=False)
    _names: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        order = sorted(
            (mention.start, mention.end, index)
            for index, actor in enumerate(self.actors)
            for mention in actor.mentions
        )
        names: dict[str, int] = {}
        for index, actor in enumerate(self.actors):
            for name in (actor.name, *actor.aliases):
                names.setdefault(name_key(name), index)
        object.__setattr__(self, "_order", order)
        object.__setattr__(self, "_names", names)

    def actor_at(self, start: int, end: int) -> Actor | None:
        """The actor a mention overlapping [start, end) stands for; of several, the last."""
        position = bisect.bisect_left(self._order, (end, -1, -1))
        for index in range(position - 1, -1, -1):
            mention_start, mention_end, actor = self._order[index]
            if mention_end > start:
                return self.actors[actor]
            if start - mention_start > LONGEST_MENTION:
                break
        return None

    def actor_named(self, text: str) -> Actor | None:
        """The actor a name stands for: its full name or any alias ("Lavrov", "Sergei Lavrov",
        case and spacing aside), else the one person whose name ends with it."""
        key = name_key(text)
        found = self._names.get(key)
        if found is not None:
            return self.actors[found]
        words = key.split()
        if not words:
            return None
        people = [
            actor
            for actor in self.actors
            if actor.type == "person" and name_key(actor.name).split()[-len(words) :] == words
        ]
        return people[0] if len(people) == 1 else None

    def mentions(self) -> list[tuple[Mention, Actor]]:
        """Every mention with its actor, in text order."""
        pairs = [(m, actor) for actor in self.actors for m in actor.mentions]
        return sorted(pairs, key=lambda pair: (pair[0].start, pair[0].end))


# The longest mention, in characters, `actor_at` looks back over.
LONGEST_MENTION = 200


def name_key(name: str) -> str:
    """A name as compared: lower case, curly apostrophes straight, spaces collapsed."""
    return " ".join(name.replace("’", "'").lower().split())
