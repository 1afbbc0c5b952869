"""What spans a day's articles: who is in the news, who said and claimed what, the numbers,
the stories.

Articles arrive one brief at a time (`DigestBuilder.add`); the builder keeps only a small
`ArticleRecord` per article (its people, organisations and places, attributed quotes, its most
salient numbers and its salient words) and drops the brief, so memory grows with the number
of articles by a few kilobytes each, never by their parsed documents. `DigestBuilder.finish`
then groups near-duplicate articles into stories (`brief.digest.stories`) and ranks what spans them.

This module imports only the data model and the view's salience (`brief.render.view`): renderers
may import it without loading spaCy.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from brief.digest.stories import group_stories, salient_terms
from brief.records import (
    Brief,
    Entity,
    EntityType,
    Failure,
    Number,
    Quote,
    QuoteKind,
    plain_data,
)
from brief.render.view import by_salience, salience

DIGEST_SCHEMA = "brief-digest/2"
DIGEST_TYPES: tuple[EntityType, ...] = ("person", "organization", "place")
MAX_ENTITIES_PER_TYPE = 10
MAX_SPEAKERS = 12
MAX_QUOTES_PER_SPEAKER = 3
MIN_PARTIAL_QUOTE_WORDS = 6  # shorter fragments say little out of their article
QUOTED_KINDS: frozenset[QuoteKind] = frozenset({"direct", "partial"})
MAX_NUMBERS = 12
NUMBERS_PER_STORY = 2
# Numbers worth a place among the day's: amounts, shares, counts of something, measures.
_NUMBER_KINDS = frozenset({"money", "percent", "count", "measure"})


@dataclass(frozen=True, slots=True)
class ArticleRecord:
    """The little of one article's brief that the digest needs."""

    index: int
    source: str
    title: str | None
    words: int
    entities: tuple[Entity, ...]
    quotes: tuple[Quote, ...]
    numbers: tuple[Number, ...]
    terms: frozenset[str]


@dataclass(frozen=True, slots=True)
class Citation:
    """Where something was said or reported: an article (by input order) and a line."""

    article: int
    source: str
    line: int


@dataclass(frozen=True, slots=True)
class Story:
    """One event, told by one article or by several near-duplicates (the lead first)."""

    headline: str
    lead: int
    articles: tuple[int, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityOfTheDay:
    """A person, organisation or place, and how many stories and articles mention it."""

    name: str
    type: EntityType
    stories: int
    articles: int
    mentions: int
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CitedQuote:
    """A quotation and the article and line it comes from."""

    text: str
    cue: str | None
    cited: Citation


@dataclass(frozen=True, slots=True)
class SpeakerQuotes:
    """Everything one speaker is quoted saying (or, in `Digest.claims`, reported to have
    said) across the stories."""

    speaker: str
    stories: int
    quotes: tuple[CitedQuote, ...]


@dataclass(frozen=True, slots=True)
class NumberOfTheDay:
    """A salient number from one story's key sentences, and the story's headline."""

    number: Number
    story: str
    cited: Citation


@dataclass(frozen=True, slots=True)
class Digest:
    """The cross-article part of a digest; each article's own brief is rendered apart."""

    articles: int
    stories: tuple[Story, ...]
    entities: tuple[EntityOfTheDay, ...]
    speakers: tuple[SpeakerQuotes, ...]
    numbers: tuple[NumberOfTheDay, ...]
    failed: tuple[Failure, ...] = ()
    claims: tuple[SpeakerQuotes, ...] = ()  # reported speech, apart from the quotations
    schema: str = DIGEST_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The `brief-digest/2` record: plain containers, `schema` first."""
        data = plain_data(asdict(self))
        return {"schema": data.pop("schema"), **data}


def record_of(index: int, brief: Brief) -> ArticleRecord:
    """Keep what the digest needs from one article's brief (by its position among articles)."""
    key_spans = [(sentence.start, sentence.end) for sentence in brief.summary]
    numbers = [
        number
        for previous, number in zip((None, *brief.numbers), brief.numbers, strict=False)
        if number.kind in _NUMBER_KINDS
        and (number.what or number.kind in {"money", "percent"})
        and not _conversion(previous, number)
        and any(start <= number.start < end for start, end in key_spans)
    ]
    texts = [brief.title or "", *(p for s in brief.sections for p in s.paragraphs)]
    return ArticleRecord(
        index=index,
        source=brief.source.name,
        title=brief.title,
        words=brief.source.words,
        entities=tuple(e for e in brief.entities if e.type in DIGEST_TYPES),
        quotes=tuple(quote for quote in brief.quotes if quote.speaker and _telling(quote)),
        numbers=tuple(by_salience(numbers)[:NUMBERS_PER_STORY]),
        terms=salient_terms(texts),
    )


def _conversion(previous: Number | None, number: Number) -> bool:
    """An amount restated in another currency right after the first: "$86m (£46m)"."""
    return (
        previous is not None
        and previous.kind == number.kind == "money"
        and 0 <= number.start - previous.end <= 3
    )


class DigestBuilder:
    """Collect articles one at a time, then build the `Digest` of them all."""

    def __init__(self) -> None:
        self._records: list[ArticleRecord] = []
        self._failed: list[Failure] = []

    def add(self, brief: Brief) -> ArticleRecord:
        """Take one article's brief (in input order); only a small record of it is kept."""
        record = record_of(len(self._records), brief)
        self._records.append(record)
        return record

    def fail(self, failure: Failure) -> None:
        """Note an input that could not be briefed, and why."""
        self._failed.append(failure)

    def finish(self) -> Digest:
        """Group the stories and rank what spans them."""
        records = self._records
        stories = _stories(records)
        story_of = {index: number for number, s in enumerate(stories) for index in s.articles}
        names = _NameIndex(records)
        return Digest(
            articles=len(records),
            stories=tuple(stories),
            entities=tuple(_entities(records, story_of, names)),
            speakers=tuple(_speakers(records, story_of, names, QUOTED_KINDS)),
            numbers=tuple(_numbers(records, stories)),
            failed=tuple(self._failed),
            claims=tuple(_speakers(records, story_of, names, frozenset({"reported"}))),
        )


def _stories(records: list[ArticleRecord]) -> list[Story]:
    """Near-duplicates as one story each; the biggest stories first, then input order."""
    stories = []
    for group in group_stories([record.terms for record in records]):
        # The fullest report leads; its headline names the story.
        lead = max(group, key=lambda index: (records[index].words, -index))
        record = records[lead]
        stories.append(
            Story(
                headline=record.title or record.source,
                lead=lead,
                articles=tuple(group),
                sources=tuple(records[index].source for index in group),
            )
        )
    stories.sort(key=lambda story: (-len(story.articles), story.articles[0]))
    return stories


class _NameIndex:
    """One key per real-world entity across articles, whatever type each article's model
    gave it: "Putin" in one article and "Vladimir Putin" in another are one person when only
    one full name of the day ends that way (or lists it as a short form)."""

    def __init__(self, records: list[ArticleRecord]) -> None:
        owners: dict[str, set[str]] = defaultdict(set)
        self._forms: dict[str, Counter[str]] = defaultdict(Counter)
        for record in records:
            for entity in record.entities:
                full = _key(entity.name)
                if " " not in full:
                    continue
                self._forms[full][entity.name] += entity.mentions
                for short in {full.split()[-1], *map(_key, entity.aliases)}:
                    if " " not in short:
                        owners[short].add(full)
        self._owner = {
            short: next(iter(fulls)) for short, fulls in owners.items() if len(fulls) == 1
        }

    def key(self, name: str) -> str:
        """The day-wide key of a name."""
        key = _key(name)
        return key if " " in key else self._owner.get(key, key)

    def display(self, key: str, forms: Counter[str]) -> str:
        """The fullest form of an entity seen in any article."""
        return _fullest(forms + self._forms.get(key, Counter()))


def _entities(
    records: list[ArticleRecord], story_of: dict[int, int], names: _NameIndex
) -> list[EntityOfTheDay]:
    """Per type, the entities mentioned by the most stories (then articles, then salience in
    them, as each brief's view ranks its names; then mentions).

    An entity's type is the one most of its mentions were given, so that one article's model
    calling a person a place does not split or mislabel them."""
    stories: dict[str, set[int]] = defaultdict(set)
    articles: dict[str, set[int]] = defaultdict(set)
    mentions: Counter[str] = Counter()
    weight: defaultdict[str, float] = defaultdict(float)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    types: dict[str, Counter[EntityType]] = defaultdict(Counter)
    for record in records:
        for entity in record.entities:
            key = names.key(entity.name)
            stories[key].add(story_of[record.index])
            articles[key].add(record.index)
            mentions[key] += entity.mentions
            weight[key] += salience(entity)
            forms[key][entity.name] += entity.mentions
            types[key][entity.type] += entity.mentions
    ranked = sorted(
        stories,
        key=lambda key: (
            -len(stories[key]),
            -len(articles[key]),
            -weight[key],
            -mentions[key],
            key,
        ),
    )
    found: list[EntityOfTheDay] = []
    for kind in DIGEST_TYPES:
        of_kind = [key for key in ranked if types[key].most_common(1)[0][0] == kind]
        for key in of_kind[:MAX_ENTITIES_PER_TYPE]:
            name = names.display(key, forms[key])
            found.append(
                EntityOfTheDay(
                    name=name,
                    type=kind,
                    stories=len(stories[key]),
                    articles=len(articles[key]),
                    mentions=mentions[key],
                    aliases=tuple(sorted(form for form in forms[key] if form != name)),
                )
            )
    return found


def _speakers(
    records: list[ArticleRecord],
    story_of: dict[int, int],
    names: _NameIndex,
    kinds: frozenset[QuoteKind],
) -> list[SpeakerQuotes]:
    """Quotes of the given kinds grouped by speaker across articles; speakers quoted in most
    stories first."""
    quotes: dict[str, list[CitedQuote]] = defaultdict(list)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    stories: dict[str, set[int]] = defaultdict(set)
    for record in records:
        for quote in (quote for quote in record.quotes if quote.kind in kinds):
            speaker = quote.speaker or ""
            key = names.key(speaker)
            cited = Citation(record.index, record.source, quote.line)
            quotes[key].append(CitedQuote(quote.text, quote.cue, cited))
            forms[key][speaker] += 1
            stories[key].add(story_of[record.index])
    ranked = sorted(quotes, key=lambda key: (-len(stories[key]), -len(quotes[key]), key))
    return [
        SpeakerQuotes(
            speaker=names.display(key, forms[key]),
            stories=len(stories[key]),
            quotes=tuple(_one_per_text(quotes[key])[:MAX_QUOTES_PER_SPEAKER]),
        )
        for key in ranked[:MAX_SPEAKERS]
    ]


def _telling(quote: Quote) -> bool:
    """Whole quotations, and partial quotes and reported claims long enough to stand alone in
    a digest."""
    return quote.kind == "direct" or len(quote.text.split()) >= MIN_PARTIAL_QUOTE_WORDS


def _one_per_text(quotes: list[CitedQuote]) -> list[CitedQuote]:
    """The same words carried by several reports appear once, with the first report (a quote
    that another kept one contains, or that contains it, counts as the same)."""
    seen: list[str] = []
    kept = []
    for quote in quotes:
        key = _key(quote.text.strip(" .,;:!?"))
        if not any(key in other or other in key for other in seen):
            seen.append(key)
            kept.append(quote)
    return kept


def _numbers(records: list[ArticleRecord], stories: list[Story]) -> list[NumberOfTheDay]:
    """Salient numbers from the stories' lead articles: each story's first, biggest stories
    first, then each story's second, so that many stories get one before any gets two."""
    found: list[NumberOfTheDay] = []
    for rank in range(NUMBERS_PER_STORY):
        for story in stories:
            record = records[story.lead]
            if rank < len(record.numbers):
                number = record.numbers[rank]
                cited = Citation(record.index, record.source, number.line)
                found.append(NumberOfTheDay(number, story.headline, cited))
    return found[:MAX_NUMBERS]


def _fullest(forms: Counter[str]) -> str:
    """The longest form, then the most used, then the first in alphabetical order."""
    return min(forms, key=lambda form: (-len(form.split()), -forms[form], form))


def _key(name: str) -> str:
    return " ".join(name.replace("’", "'").casefold().split())
