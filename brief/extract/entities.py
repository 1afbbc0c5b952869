"""People, organisations, places, works and events: the brief's entity list, read off the cast.

The cast (`brief.extract.cast`) finds, merges, types and ranks the article's actors; each actor
that has a name is one `Entity`, in the cast's order (most salient first), with the names it
goes by. `EntityIndex` pairs every name mention with its entity, for the speaker resolver.
"""

from __future__ import annotations

from dataclasses import dataclass

from brief.extract.cast import Actor, Cast, Mention, build_cast
from brief.parsed import ParsedArticle
from brief.records import Entity

__all__ = ["EntityIndex", "Mention", "entities_of", "entity_index", "extract_entities"]


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """The article's entities and where each is named, for other stages to resolve names."""

    entities: tuple[Entity, ...]
    mentions: tuple[tuple[Mention, Entity], ...]


def extract_entities(article: ParsedArticle) -> EntityIndex:
    """The article's named entities (through its cast), with their name mentions."""
    return entity_index(build_cast(article))


def entity_index(cast: Cast) -> EntityIndex:
    """The cast's entities, and each name mention (in text order) with its entity."""
    entities = [(actor, _entity(actor)) for actor in cast.actors if actor.names]
    pairs = sorted(
        ((mention, entity) for actor, entity in entities for mention in actor.names),
        key=lambda pair: pair[0].start,
    )
    return EntityIndex(tuple(entity for _, entity in entities), tuple(pairs))


def entities_of(cast: Cast) -> tuple[Entity, ...]:
    """The brief's entities: one per named actor of the cast, most salient first."""
    return tuple(_entity(actor) for actor in cast.actors if actor.names)


def _entity(actor: Actor) -> Entity:
    return Entity(
        actor.name,
        actor.type,
        actor.label,
        len(actor.names),
        actor.aliases,
        actor.line,
        actor.descriptor,
        actor.salience,
    )
