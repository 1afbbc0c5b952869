"""The brief's data model: frozen records with offsets and line numbers, and no spaCy objects.

Everything after the extraction stage (renderers, digests, serialisation) depends on this module
alone, so it runs without a model. `Brief.to_dict()` is the `brief/1` output contract that the
JSON and YAML renderers write and `brief/schema/brief-1.schema.json` describes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

SCHEMA = "brief/1"

EntityType = Literal["person", "organization", "place", "group", "event", "work", "other"]
QuoteKind = Literal["direct", "partial"]
NumberKind = Literal[
    "count",
    "percent",
    "money",
    "duration",
    "date",
    "year",
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
    """One real-world person, organisation, place, ... with every form the article uses."""

    name: str
    type: EntityType
    label: str
    mentions: int
    aliases: tuple[str, ...]
    line: int


@dataclass(frozen=True, slots=True)
class Number:
    """A number the article reports, its value and what it counts."""

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


@dataclass(frozen=True, slots=True)
class Quote:
    """Words in quotation marks and who said them (None when the article does not say).

    A partial quote also carries `content`: the reported clause it stands in, as the article
    words it (the move “will not go unanswered”), with its offsets; None for direct quotes.
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
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The `brief/1` record: plain dicts, lists, strings and numbers, `schema` first."""
        data = plain_data(asdict(self))
        for sentence in data["summary"]:
            if sentence["why"] is None:
                del sentence["why"]  # an optional field: present only with --explain
        for quote in data["quotes"]:
            if quote["step"] is None:
                del quote["step"]  # likewise
        return {"schema": data.pop("schema"), **data}


def plain_data(value: Any) -> Any:
    """Turn tuples into lists so JSON and YAML writers see only plain containers."""
    if isinstance(value, dict):
        return {key: plain_data(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain_data(item) for item in value]
    return value
