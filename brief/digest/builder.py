"""What spans a day's articles: who is in the news, who said and claimed what, the numbers,
the stories.

Articles arrive one brief at a time (`DigestBuilder.add`); the builder keeps only a small
`ArticleRecord` per article (its people, organisations and places, attributed quotes, its most
salient numbers and its salient words) and drops the brief, so memory grows with the number
of articles by a few kilobytes each, never by their parsed documents. `DigestBuilder.finish`
then groups the reports of one event into stories (`brief.digest.stories`), tells which continue
an earlier digest's (`brief.digest.memory`), and ranks what spans them.

This module imports only the data model and the view's salience and quote frames
(`brief.render.view`): renderers may import it without loading spaCy.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from brief.digest.memory import Continuation, StoryItems, Thread, centroid, continuation, match
from brief.digest.profiles import Profile, name_key, profile
from brief.digest.stories import centrality, group_stories
from brief.inputs.language import NOT_ENGLISH
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
from brief.render.view import by_salience, one_per_frame

DIGEST_SCHEMA = "brief-digest/3"
DIGEST_TYPES: tuple[EntityType, ...] = ("person", "organization", "place")
MAX_ENTITIES_PER_TYPE = 10
MAX_SPEAKERS = 12
MAX_QUOTES_PER_SPEAKER = 3
MIN_PARTIAL_QUOTE_WORDS = 6  # shorter fragments say little out of their article
QUOTED_KINDS: frozenset[QuoteKind] = frozenset({"direct", "partial"})
MAX_NUMBERS = 12
NUMBERS_PER_STORY = 2
# What a story keeps of its reports' people, figures and quotes (to tell what is new later).
MAX_STORY_ITEMS = 30
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
    profile: Profile
    english: bool = True
    # The names (and short forms) the brief lists, as keys: a speaker among them is someone
    # the day can follow across stories; one that is not ("the company", "another person")
    # is a different one in each story.
    named: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Citation:
    """Where something was said or reported: an article (by input order), its source and
    title, and a line."""

    article: int
    source: str
    line: int
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Story:
    """One event, told by one report or by several (of one outlet or many).

    `lead` is its most central report, whose brief stands for the story; `headline` the
    title of its most central report that has one. `not_english` flags a story most of whose
    reports are not English (the pipeline reads English). `items` are the people, figures
    and quotes of its reports; when the story `continues` one an earlier digest showed, `new`
    holds those of its items that were not shown before."""

    headline: str
    lead: int
    articles: tuple[int, ...]
    sources: tuple[str, ...]
    titles: tuple[str | None, ...] = ()
    not_english: bool = False
    items: StoryItems = field(default_factory=StoryItems)
    continues: Continuation | None = None
    new: StoryItems | None = None


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
    content: str | None = None  # a partial quote's sentence in the writer's words, as in a brief


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
    made: str | None = None  # the digest's id (when it was made), which later digests
    # refer to; None when the digest is not remembered
    schema: str = DIGEST_SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The `brief-digest/3` record: plain containers, `schema` first."""
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
        quotes=tuple(one_per_frame([q for q in brief.quotes if q.speaker and _telling(q)])),
        numbers=tuple(by_salience(numbers)[:NUMBERS_PER_STORY]),
        profile=profile(texts, brief.entities, brief.dates),
        english=NOT_ENGLISH not in brief.warnings,
        named=frozenset(name_key(name) for e in brief.entities for name in (e.name, *e.aliases)),
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
        self.centroids: list[Profile] = []  # per story of the last `finish`, for the memory

    def add(self, brief: Brief) -> ArticleRecord:
        """Take one article's brief (in input order); only a small record of it is kept."""
        record = record_of(len(self._records), brief)
        self._records.append(record)
        return record

    def fail(self, failure: Failure) -> None:
        """Note an input that could not be briefed, and why."""
        self._failed.append(failure)

    def finish(self, earlier: Sequence[Thread] = (), made: str | None = None) -> Digest:
        """Group the stories, tell which continue the `earlier` digests' stories, and rank
        what spans them; `made` is the digest's id (None: it is not remembered)."""
        records = self._records
        stories = _stories(records)
        self.centroids = [centroid(records[i].profile for i in s.articles) for s in stories]
        threads = match(self.centroids, earlier)
        stories = [
            _with_items(story, records, thread)
            for story, thread in zip(stories, threads, strict=True)
        ]
        story_of = {index: number for number, s in enumerate(stories) for index in s.articles}
        shown = _shown(records, stories, threads)
        names = _NameIndex(shown)
        return Digest(
            articles=len(records),
            stories=tuple(stories),
            entities=tuple(_entities(shown, story_of, names)),
            speakers=tuple(_speakers(shown, story_of, names, QUOTED_KINDS)),
            numbers=tuple(_numbers(shown, stories)),
            failed=tuple(self._failed),
            claims=tuple(_speakers(shown, story_of, names, frozenset({"reported"}))),
            made=made,
        )


def _stories(records: list[ArticleRecord]) -> list[Story]:
    """The reports of one event as one story each: stories in English first, then the
    biggest, then in input order."""
    stories = []
    for group in group_stories([record.profile for record in records]):
        # The most central report leads (the fuller one on a tie); the most central report
        # with a title names the story.
        scores = centrality([records[index].profile for index in group])
        ranked = sorted(
            range(len(group)),
            key=lambda n: (-round(scores[n], 9), -records[group[n]].words, group[n]),
        )
        lead = group[ranked[0]]
        titles = [records[group[n]].title for n in ranked]
        foreign = sum(not records[index].english for index in group)
        stories.append(
            Story(
                headline=next((title for title in titles if title), records[lead].source),
                lead=lead,
                articles=tuple(group),
                sources=tuple(records[index].source for index in group),
                titles=tuple(records[index].title for index in group),
                not_english=foreign * 2 > len(group),
            )
        )
    stories.sort(key=lambda story: (story.not_english, -len(story.articles), story.articles[0]))
    return stories


def _with_items(story: Story, records: list[ArticleRecord], thread: Thread | None) -> Story:
    """The story with its items, and, when it continues `thread`, what of them is new."""
    members = [records[index] for index in story.articles]
    people: defaultdict[str, float] = defaultdict(float)
    for record in members:
        for entity in record.entities:
            if entity.type == "person":
                people[entity.name] += entity.salience  # as each report's view ranks them
    items = StoryItems(
        tuple(sorted(people, key=lambda name: -people[name])),
        tuple(figure(number) for record in members for number in record.numbers),
        tuple(quote.text for record in members for quote in record.quotes),
    ).without(StoryItems())  # each once, whatever its case or spacing
    items = StoryItems(
        items.people[:MAX_STORY_ITEMS],
        items.figures[:MAX_STORY_ITEMS],
        items.quotes[:MAX_STORY_ITEMS],
    )
    if thread is None:
        return replace(story, items=items)
    return replace(
        story,
        items=items,
        continues=continuation(thread, len(story.articles)),
        new=items.without(thread.items),
    )


def figure(number: Number) -> str:
    """A figure as a story's items keep it: as written, with what it counts."""
    return f"{number.text} {number.what}" if number.what else number.text


def _shown(
    records: list[ArticleRecord], stories: list[Story], threads: list[Thread | None]
) -> list[ArticleRecord]:
    """What each report may add to the day's people, quotes and numbers: nothing from a
    story not in English; from a continuing story, only the quotes and figures not shown
    before."""
    shown = list(records)
    for story, thread in zip(stories, threads, strict=True):
        for index in story.articles:
            record = records[index]
            if story.not_english:
                shown[index] = replace(record, entities=(), quotes=(), numbers=())
            elif thread is not None:
                quotes = set(
                    StoryItems(quotes=tuple(q.text for q in record.quotes))
                    .without(thread.items)
                    .quotes
                )
                figures = set(
                    StoryItems(figures=tuple(map(figure, record.numbers)))
                    .without(thread.items)
                    .figures
                )
                shown[index] = replace(
                    record,
                    quotes=tuple(q for q in record.quotes if q.text in quotes),
                    numbers=tuple(n for n in record.numbers if figure(n) in figures),
                )
    return shown


class _NameIndex:
    """One key per real-world entity across articles, whatever type each article's model
    gave it: "Putin" in one article and "Vladimir Putin" in another are one person when only
    one full name of the day ends that way (or lists it as a short form), and so are "Andrew
    Fahie" and "Andrew Alturo Fahie" when only one person's full name of the day has those
    first and last words."""

    def __init__(self, records: list[ArticleRecord]) -> None:
        owners: dict[str, set[str]] = defaultdict(set)
        self._forms: dict[str, Counter[str]] = defaultdict(Counter)
        for record in records:
            for entity in record.entities:
                full = name_key(entity.name)
                if " " not in full:
                    continue
                self._forms[full][entity.name] += entity.mentions
                for short in {full.split()[-1], *map(name_key, entity.aliases)}:
                    if " " not in short:
                        owners[short].add(full)
                words = full.split()
                if len(words) > 2 and entity.type == "person":
                    owners[f"{words[0]} {words[-1]}"].add(full)  # "andrew fahie"
        self._owner = {
            short: next(iter(fulls)) for short, fulls in owners.items() if len(fulls) == 1
        }

    def key(self, name: str) -> str:
        """The day-wide key of a name: its full name's, when only one full name of the day
        ends that way or holds it without middle names."""
        key = name_key(name)
        return self._owner.get(key, key)

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
            weight[key] += entity.salience
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
    """Quotes of the given kinds grouped by named speaker across articles; speakers quoted in
    most stories first. A speaker the brief only describes ("the company") stays in its
    article's brief: across stories the same words are different speakers."""
    quotes: dict[str, list[CitedQuote]] = defaultdict(list)
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    stories: dict[str, set[int]] = defaultdict(set)
    for record in records:
        for quote in record.quotes:
            speaker = quote.speaker or ""
            if quote.kind not in kinds or name_key(speaker) not in record.named:
                continue
            key = names.key(speaker)
            cited = Citation(record.index, record.source, quote.line, record.title)
            quotes[key].append(CitedQuote(quote.text, quote.cue, cited, quote.content))
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
        key = name_key(quote.text.strip(" .,;:!?"))
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
                cited = Citation(record.index, record.source, number.line, record.title)
                found.append(NumberOfTheDay(number, story.headline, cited))
    return found[:MAX_NUMBERS]


def _fullest(forms: Counter[str]) -> str:
    """The longest form, then the most used, then the first in alphabetical order."""
    return min(forms, key=lambda form: (-len(form.split()), -forms[form], form))
