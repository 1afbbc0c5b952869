"""People, organisations and places: one entry per real-world entity, fullest name first.

spaCy's entity spans are cleaned (titles, articles and possessives stripped), short forms are
merged into the fullest form the article uses ("Putin" into "Vladimir Putin"), and each entity's
type is voted across all its mentions.
"""

from __future__ import annotations

import bisect
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
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
    """The article's entities and where each is mentioned, for other stages to resolve names.

    `mentions` are in text order. Lookups go through indexes built once, so resolving the
    speaker of every quote stays linear in the article's length.
    """

    entities: tuple[Entity, ...]
    mentions: tuple[tuple[Mention, Entity], ...]
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _by_form: dict[str, Entity] = field(init=False, repr=False, compare=False)
    _people: tuple[tuple[int, Entity], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_form: dict[str, Entity] = {}
        for entity in self.entities:
            for form in (entity.name, *entity.aliases):
                by_form.setdefault(_key(form), entity)
        people = tuple((m.start, e) for m, e in self.mentions if e.type == "person")
        object.__setattr__(self, "_starts", tuple(mention.start for mention, _ in self.mentions))
        object.__setattr__(self, "_by_form", by_form)
        object.__setattr__(self, "_people", people)

    def at(self, start: int, end: int) -> Entity | None:
        """The entity mentioned inside the character range [start, end), preferring people."""
        first = bisect.bisect_left(self._starts, start)
        last = bisect.bisect_left(self._starts, end, lo=first)
        found = [entity for mention, entity in self.mentions[first:last] if mention.end <= end]
        people = [entity for entity in found if entity.type == "person"]
        return (people or found)[0] if found else None

    def named(self, surface: str) -> Entity | None:
        """The entity one of whose forms is `surface` (case-insensitive)."""
        return self._by_form.get(_key(surface))

    def last_person_before(self, offset: int) -> Entity | None:
        """The person mentioned most recently before `offset`."""
        index = bisect.bisect_left(self._people, offset, key=lambda pair: pair[0])
        return self._people[index - 1][1] if index else None


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
    """Group mentions by entity; a name's words inside a longer name join the longer one.

    Forms are taken longest first. A form joins the one longer name whose first or last words
    it is, and stays its own name when there are none or several. The longer names are found
    through an index of their leading and trailing word runs, not by comparing every pair.
    """
    forms = sorted({_key(m.surface) for m in mentions}, key=lambda form: (-len(form.split()), form))
    canonical: dict[str, str] = {}
    # A run of words -> the names (forms that are their own canonical) it begins or ends.
    names_by_part: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for form in forms:
        words = tuple(form.split())
        targets = names_by_part.get(words, set())
        if len(targets) == 1:
            canonical[form] = next(iter(targets))
            continue
        canonical[form] = form
        for size in range(1, len(words)):
            names_by_part[words[:size]].add(form)
            names_by_part[words[-size:]].add(form)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[canonical[_key(mention.surface)]].append(mention)
    return list(groups.items())


def _entity(article: ParsedArticle, key: str, group: list[Mention]) -> Entity:
    surfaces = Counter(mention.surface for mention in group)
    name = max(surfaces, key=lambda surface: (len(surface.split()), surfaces[surface], surface))
    votes = Counter(mention.label for mention in group if mention.label)
    label = votes.most_common(1)[0][0] if votes else "GPE"
    aliases = tuple(sorted(surface for surface in surfaces if surface != name))
    first = min(mention.start for mention in group)
    return Entity(name, LABEL_TYPES[label], label, len(group), aliases, article.line_at(first))
