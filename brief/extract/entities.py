"""People, organisations and places: one entry per real-world entity, fullest name first.

spaCy's entity spans are cleaned (titles, articles and possessives stripped), short forms are
merged into the fullest form the article uses ("Putin" into "Vladimir Putin"), and each entity's
type is voted across all its mentions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.model import Entity, EntityType
from brief.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Span

LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "EVENT": "event",
    "WORK_OF_ART": "work",
    "LAW": "work",
    "PRODUCT": "other",
    "LANGUAGE": "other",
}
# Words that precede a name without being part of it.
TITLES = frozenset(
    """mr mrs ms miss dr prof sir dame lord lady president minister secretary chancellor senator
    rep governor mayor judge general gen col sgt captain king queen prince princess pope
    foreign prime defence defense interior finance deputy vice chief spokesman spokeswoman
    spokesperson leader ceo chairman chairwoman coach manager striker midfielder the a an""".split()
)
POSSESSIVE_ENDINGS = ("'s", "'")


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity in the text, after cleaning."""

    start: int
    end: int
    surface: str
    label: str


@dataclass(frozen=True, slots=True)
class EntityIndex:
    """The article's entities and where each is mentioned, for other stages to resolve names."""

    entities: tuple[Entity, ...]
    mentions: tuple[tuple[Mention, Entity], ...]

    def at(self, start: int, end: int) -> Entity | None:
        """The entity mentioned inside the character range [start, end), preferring people."""
        found = [
            entity
            for mention, entity in self.mentions
            if start <= mention.start and mention.end <= end
        ]
        people = [entity for entity in found if entity.type == "person"]
        return (people or found)[0] if found else None

    def named(self, surface: str) -> Entity | None:
        """The entity one of whose forms is `surface` (case-insensitive)."""
        key = _key(surface)
        for entity in self.entities:
            if key in {_key(alias) for alias in (entity.name, *entity.aliases)}:
                return entity
        return None

    def last_person_before(self, offset: int) -> Entity | None:
        """The person mentioned most recently before `offset`."""
        best = None
        for mention, entity in self.mentions:
            if mention.start >= offset:
                break
            if entity.type == "person":
                best = entity
        return best


def extract_entities(article: ParsedArticle) -> EntityIndex:
    """Find, clean, merge and type the article's named entities."""
    mentions = [mention for span in article.doc.ents for mention in _clean(article, span)]
    groups = _merge(mentions)
    entities: list[Entity] = []
    pairs: list[tuple[Mention, Entity]] = []
    for name, group in groups:
        entity = _entity(article, name, group)
        entities.append(entity)
        pairs.extend((mention, entity) for mention in group)
    entities.sort(key=lambda entity: (-entity.mentions, entity.line))
    pairs.sort(key=lambda pair: pair[0].start)
    return EntityIndex(tuple(entities), tuple(pairs))


def _clean(article: ParsedArticle, span: Span) -> Iterable[Mention]:
    """Strip titles and possessives; split "X's Y" into two mentions."""
    if span.label_ not in LABEL_TYPES:
        return
    tokens = list(span)
    while tokens and (tokens[0].lower_ in TITLES or not tokens[0].text[:1].isalnum()):
        tokens.pop(0)
    while tokens and (tokens[-1].text in POSSESSIVE_ENDINGS or not tokens[-1].text[-1:].isalnum()):
        tokens.pop()
    pieces: list[list[object]] = [[]]
    for token in tokens:
        if token.text in POSSESSIVE_ENDINGS:
            pieces.append([])
        else:
            pieces[-1].append(token)
    for index, piece in enumerate(pieces):
        if not piece:
            continue
        start = piece[0].idx  # type: ignore[attr-defined]
        last = piece[-1]
        end = last.idx + len(last)  # type: ignore[attr-defined,arg-type]
        surface = article.original(start, end)
        if not _looks_like_name(surface):
            continue
        label = span.label_ if index == 0 else ""
        yield Mention(start, end, surface, label)


def _looks_like_name(surface: str) -> bool:
    return len(surface) > 1 and surface[0].isupper() and any(c.isalpha() for c in surface)


def _key(surface: str) -> str:
    return " ".join(surface.replace("’", "'").lower().split())


def _merge(mentions: list[Mention]) -> list[tuple[str, list[Mention]]]:
    """Group mentions by entity; a name's words inside a longer name join the longer one."""
    forms = sorted({_key(m.surface) for m in mentions}, key=lambda form: (-len(form.split()), form))
    canonical: dict[str, str] = {}
    for form in forms:
        words = form.split()
        longer = [c for c in canonical.values() if c != form and _is_short_form(words, c.split())]
        targets = set(longer)
        canonical[form] = longer[0] if len(targets) == 1 else form
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[canonical[_key(mention.surface)]].append(mention)
    return list(groups.items())


def _is_short_form(words: list[str], longer: list[str]) -> bool:
    """ "putin" is a short form of "vladimir putin": its words end or start the longer name."""
    if len(words) >= len(longer):
        return False
    return longer[-len(words) :] == words or longer[: len(words)] == words


def _entity(article: ParsedArticle, key: str, group: list[Mention]) -> Entity:
    surfaces = Counter(mention.surface for mention in group)
    name = max(surfaces, key=lambda surface: (len(surface.split()), surfaces[surface], surface))
    votes = Counter(mention.label for mention in group if mention.label)
    label = votes.most_common(1)[0][0] if votes else "GPE"
    aliases = tuple(sorted(surface for surface in surfaces if surface != name))
    first = min(mention.start for mention in group)
    return Entity(name, LABEL_TYPES[label], label, len(group), aliases, article.line_at(first))
