"""The data model: frozen records with offsets and line numbers, and no spaCy objects.

An input is read into an `Article`; briefing it gives a `Brief`, and an input that could not be
briefed gives a `Failure` instead (`Outcome` is either). `FailureLog` is the one place a run
sorts its outcomes: successes go on, failures are kept and told.

Everything after the extraction stage (renderers, digests, serialisation) depends on this module
alone, so it runs without a model. `Brief.to_dict()` is the `brief/2` output contract that the
JSON and YAML renderers write and `brief/schema/brief-2.schema.json` describes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from typing import Any, Generic, Literal, TypeGuard, TypeVar

from brief.errors import InputError

SCHEMA = "brief/2"

EntityType = Literal["person", "organization", "place", "group", "event", "work", "other"]
QuoteKind = Literal["direct", "partial", "reported"]
NumberKind = Literal[
    "count",
    "percent",
    "money",
    "duration",
    "ordinal",
    "age",
    "rank",
    "score",
    "measure",
    "fraction",
]
# The direction of a reported change: "up 27%", "fell 3%".
Change = Literal["up", "down"]


STDIN_NAME = "<stdin>"


def source_name(path: str | None, id: str | None) -> str:
    """How messages refer to an article: its path, its record id, or "<stdin>"."""
    return path or id or STDIN_NAME


@dataclass(frozen=True, slots=True)
class Article:
    """An article's decoded text and where it came from: a path (None for stdin) or a record id."""

    text: str
    path: str | None
    sha256: str
    id: str | None = None

    @property
    def name(self) -> str:
        """How messages refer to this article: its path, its id or "<stdin>"."""
        return source_name(self.path, self.id)

    @classmethod
    def from_text(cls, text: str, *, path: str | None = None, id: str | None = None) -> Article:
        """An article from text already in memory (the library entry point)."""
        digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        return cls(text, path, digest, id)


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that was not briefed: what it is called (path, record id or "<stdin>") and why."""

    source: str
    problem: str

    @property
    def message(self) -> str:
        """The one line a user is told: "news/a.txt: is empty"."""
        return f"{self.source}: {self.problem}"

    @classmethod
    def of(cls, error: InputError) -> Failure:
        """The failure an input error describes."""
        return cls(error.source, error.problem)


@dataclass(frozen=True, slots=True)
class Source:
    """Where the article came from: a path (None for stdin) or a record id, its size and hash."""

    path: str | None
    words: int
    sha256: str
    id: str | None = None

    @property
    def name(self) -> str:
        """How messages refer to the article: its path, its id, or "<stdin>"."""
        return source_name(self.path, self.id)


@dataclass(frozen=True, slots=True)
class SummarySentence:
    """A key sentence, as written in the article; `why` (only when asked) says why it was chosen.

    When the sentence is a quotation, `speaker` says whose words they are (None otherwise). A
    sentence ending in a colon and the line it introduces are one key sentence.
    """

    text: str
    line: int
    section: str | None
    start: int
    end: int
    speaker: str | None = None
    why: str | None = None


@dataclass(frozen=True, slots=True)
class Section:
    """A part of the article under one heading; the lead has no heading."""

    heading: str | None
    line: int
    summary: str | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Entity:
    """One real-world person, organisation, place, ... with every form the article uses.

    `mentions` counts the times the article names it; `descriptor` is who the article says it
    is, in its own words ("Russia's foreign minister"; None when it does not say, and for
    places, works and events); `salience` (0 to 1) how central it is to the story, 1 for the
    most central.
    """

    name: str
    type: EntityType
    label: str
    mentions: int
    aliases: tuple[str, ...]
    line: int
    descriptor: str | None = None
    salience: float = 0.0


@dataclass(frozen=True, slots=True)
class Conversion:
    """The same amount in another unit, as the article gives it beside the number:
    "15 million euros ($16 million)" -> text "$16 million", value 16000000, unit "USD"."""

    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None


@dataclass(frozen=True, slots=True)
class Number:
    """A number the article reports, its value and what it counts.

    `conversions` are the same amount in other units, written beside it ("($16 million)");
    `salience` (0-1) says how much the number matters to the story (`brief.extract.salience`).
    """

    text: str
    value: float | None
    low: float | None
    high: float | None
    qualifier: str | None
    unit: str | None
    what: str | None
    kind: NumberKind
    sentence: str
    line: int
    start: int
    end: int
    change: Change | None = None
    conversions: tuple[Conversion, ...] = ()
    salience: float = 0.0


@dataclass(frozen=True, slots=True)
class Date:
    """A date or year the article gives ("in 2014", "2011-12", "March 3", "18th-century").

    `value` is its normalised form where the text allows one: "2014", "2011/2012" (a span),
    "2019-03-18", "--03-03" (a day without its year), "2014-03", "199X" (a decade), "17XX"
    (a century); None when it cannot be read. `salience` (0-1) is reckoned as for numbers.
    """

    text: str
    value: str | None
    sentence: str
    line: int
    start: int
    end: int
    salience: float = 0.0


@dataclass(frozen=True, slots=True)
class Quote:
    """An attribution: who said what (`speaker` None when the article does not say).

    `kind` "direct" and "partial" are words in quotation marks; a partial quote also carries
    `content`: the reported clause it stands in, as the article words it (the move “will not
    go unanswered”), with its offsets. "reported" is speech reported without quotation marks
    ("Lavrov said [Russia would revise its position]"): `text` is the reported clause, in the
    writer's words, and `content` is None, as for direct quotes.
    """

    text: str
    speaker: str | None
    cue: str | None
    kind: QuoteKind
    line: int
    start: int
    end: int
    content: str | None = None
    content_start: int | None = None
    content_end: int | None = None
    step: str | None = None  # the attribution step that decided (with --explain)


@dataclass(frozen=True, slots=True)
class Brief:
    """The structured brief of one article."""

    source: Source
    title: str | None
    summary: tuple[SummarySentence, ...]
    sections: tuple[Section, ...]
    entities: tuple[Entity, ...]
    numbers: tuple[Number, ...]
    quotes: tuple[Quote, ...]
    warnings: tuple[str, ...] = field(default=())
    dates: tuple[Date, ...] = field(default=())
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The `brief/2` record: plain dicts, lists, strings and numbers, `schema` first and
        `dates` after `numbers`."""
        data = plain_data(asdict(self))
        for sentence in data["summary"]:
            if sentence["why"] is None:
                del sentence["why"]  # an optional field: present only with --explain
        for quote in data["quotes"]:
            if quote["step"] is None:
                del quote["step"]  # likewise
        ordered = {"schema": data.pop("schema")}
        for key, value in data.items():
            if key != "dates":
                ordered[key] = value
            if key == "numbers":
                ordered["dates"] = data["dates"]
        return ordered


Outcome = Brief | Failure
Success = TypeVar("Success")


def _ignore(failure: Failure) -> None:
    """Tell no one."""


class FailureLog(Generic[Success]):
    """The failures of a run, kept as its outcomes stream past (each also told to `on_failure`);
    the successes (briefs, or articles read) go on in order."""

    def __init__(self, on_failure: Callable[[Failure], None] = _ignore) -> None:
        self.failures: list[Failure] = []
        self._on_failure = on_failure

    def passes(self, outcome: Success | Failure) -> TypeGuard[Success]:
        """Whether `outcome` is a success; a failure is kept and told instead."""
        if isinstance(outcome, Failure):
            self.failures.append(outcome)
            self._on_failure(outcome)
            return False
        return True

    def successes(self, outcomes: Iterable[Success | Failure]) -> Iterator[Success]:
        """The successes among `outcomes`, in order; each failure is kept and told in its place."""
        return (outcome for outcome in outcomes if self.passes(outcome))


def plain_data(value: Any) -> Any:
    """Turn tuples into lists so JSON and YAML writers see only plain containers."""
    if isinstance(value, dict):
        return {key: plain_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain_data(item) for item in value]
    return value
