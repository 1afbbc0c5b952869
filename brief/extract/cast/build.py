"""Building the cast of one parsed article (first version: over the entity index)."""

from __future__ import annotations

from collections import Counter, defaultdict

from brief.extract.cast.model import Actor, Cast, Gender, Mention, MentionKind
from brief.extract.lexicon import TITLE_GENDER
from brief.parsed import ParsedArticle
from brief.records import Entity


def build_cast(parsed: ParsedArticle) -> Cast:
    """The article's cast: every actor with its mentions, type, gender, descriptor, salience."""
    from brief.extract.entities import extract_entities

    index = extract_entities(parsed)
    grouped: dict[int, list[Mention]] = defaultdict(list)
    position = {id(entity): rank for rank, entity in enumerate(index.entities)}
    for found, entity in index.mentions:
        kind = _kind(parsed.text, found.start, found.surface, entity)
        grouped[position[id(entity)]].append(Mention(found.start, found.end, kind, found.surface))
    count = len(index.entities)
    actors = tuple(
        Actor(
            name=entity.name,
            type=entity.type,
            label=entity.label,
            aliases=entity.aliases,
            mentions=tuple(grouped[rank]),
            line=entity.line,
            gender=_gender(parsed.text, grouped[rank]) if entity.type == "person" else None,
            plural=entity.type == "group",
            salience=round(1 - rank / count, 3) if count else 0.0,
        )
        for rank, entity in enumerate(index.entities)
    )
    return Cast(actors)


def _title(text: str, start: int) -> str | None:
    """The gendered title right before an offset ("Mr", "Mrs."), lower case, if any."""
    words = text[max(0, start - 6) : start].split()
    title = words[-1].rstrip(".").lower() if words else ""
    return title if title in TITLE_GENDER else None


def _kind(text: str, start: int, surface: str, entity: Entity) -> MentionKind:
    """How a name mention names its actor: in full, by title and surname, or by surname."""
    if _title(text, start) is not None:
        return "title"
    if surface != entity.name and entity.type == "person" and " " not in surface:
        return "surname"
    return "name"


def _gender(text: str, mentions: list[Mention]) -> Gender | None:
    """A person's gender from the titles before their name ("Mr", "Mrs", "Ms")."""
    votes: Counter[str] = Counter(
        TITLE_GENDER[title]
        for mention in mentions
        if (title := _title(text, mention.start)) is not None
    )
    if len(votes) != 1:
        return None
    return "m" if "m" in votes else "f"
