"""Building the cast of one parsed article: names found, merged into actors, typed and ranked."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from brief.extract.cast.describe import best, descriptions
from brief.extract.cast.kinds import actor_type
from brief.extract.cast.merge import merge
from brief.extract.cast.model import Actor, Cast, Gender, Mention, MentionKind
from brief.extract.cast.names import NameMention, is_acronym, name_mentions
from brief.extract.cast.salience import raw_salience
from brief.extract.entity_types import known_type
from brief.extract.lexicon import TITLE_GENDER
from brief.parsed import ParsedArticle
from brief.records import EntityType


def build_cast(article: ParsedArticle) -> Cast:
    """The article's cast: every actor with its mentions, type, gender and salience, most
    salient first."""
    scored: list[tuple[float, Actor]] = []
    for group in merge(name_mentions(article)):
        if all(mention.weak for mention in group) and not _stands_alone(group):
            continue  # a Title Case heading phrase the body never mentions
        scored.append((raw_salience(article, group), _actor(article, group)))
    top = max((score for score, _ in scored), default=1.0)
    scored.sort(key=lambda item: (-item[0], item[1].line, item[1].name))
    return Cast(tuple(replace(actor, salience=round(score / top, 3)) for score, actor in scored))


def _stands_alone(group: Sequence[NameMention]) -> bool:
    """A heading-only entity worth keeping: an acronym, or a known place or demonym."""
    surface = group[0].surface
    return is_acronym(surface) or known_type(surface) in {"place", "group"}


def _actor(article: ParsedArticle, group: list[NameMention]) -> Actor:
    """One actor from the mentions of one name: the fullest surface of its strong mentions is
    its name, the others its aliases; its type is voted over all of them."""
    strong = [mention for mention in group if not mention.weak] or group
    surfaces = Counter(mention.surface for mention in strong)
    name = max(surfaces, key=lambda surface: _fullness(surface, surfaces[surface]))
    kind, label = actor_type(name, group)
    ordered = sorted(group, key=lambda mention: (mention.start, mention.end))
    return Actor(
        name=name,
        type=kind,
        label=label,
        aliases=tuple(sorted({m.surface for m in group} - {name})),
        mentions=tuple(
            Mention(m.start, m.end, _kind(m, name, kind == "person"), m.surface) for m in ordered
        ),
        line=article.line_at(ordered[0].start),
        gender=_gender(group) if kind == "person" else None,
        descriptor=_descriptor(article, ordered, kind),
        plural=kind == "group",
    )


def _descriptor(article: ParsedArticle, names: list[NameMention], kind: EntityType) -> str | None:
    if kind not in ("person", "organization", "group"):
        return None
    found = best(descriptions(article, names))
    return found.text if found is not None else None


def _fullness(surface: str, count: int) -> tuple[int, int, int, str]:
    """Most words first, then most letters ("Britain" over "UK"), then most used."""
    return (len(surface.split()), sum(c.isalpha() for c in surface), count, surface)


def _kind(mention: NameMention, name: str, person: bool) -> MentionKind:
    """How a name mention names its actor: in full, by title and surname, or by surname."""
    if mention.surface == name or not person:
        return "name"
    return "title" if mention.title is not None else "surname"


def _gender(group: Sequence[NameMention]) -> Gender | None:
    """A person's gender from the titles before their name ("Mr", "Mrs", "Ms")."""
    votes = {TITLE_GENDER[m.title] for m in group if m.title in TITLE_GENDER}
    if len(votes) != 1:
        return None
    return "m" if "m" in votes else "f"
