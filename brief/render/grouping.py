"""Views on a brief that several renderers share: entities by type, quotes by speaker, the
gists a summary does not already give."""

from __future__ import annotations

from collections import defaultdict

from brief.records import Brief, Entity, EntityType, Quote, Section
from brief.render.view import by_salience

ENTITY_HEADINGS: dict[EntityType, str] = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "group": "Groups",
    "event": "Events",
    "work": "Works",
    "other": "Other",
}
UNKNOWN_SPEAKER = "Unattributed"


def entities_by_type(brief: Brief) -> list[tuple[str, list[Entity]]]:
    """Entity groups in a fixed order (people first), each most salient first."""
    groups: dict[EntityType, list[Entity]] = defaultdict(list)
    for entity in by_salience(brief.entities):
        groups[entity.type].append(entity)
    return [(heading, groups[kind]) for kind, heading in ENTITY_HEADINGS.items() if groups[kind]]


def quotes_by_speaker(quotes: tuple[Quote, ...]) -> list[tuple[str, list[Quote]]]:
    """Quotes grouped by speaker in the order they come (the first of each speaker places its
    group); unattributed ones last."""
    groups: dict[str, list[Quote]] = defaultdict(list)
    for quote in quotes:
        groups[quote.speaker or UNKNOWN_SPEAKER].append(quote)
    named = [(speaker, items) for speaker, items in groups.items() if speaker != UNKNOWN_SPEAKER]
    if UNKNOWN_SPEAKER in groups:
        named.append((UNKNOWN_SPEAKER, groups[UNKNOWN_SPEAKER]))
    return named


def said_and_claimed(quotes: tuple[Quote, ...]) -> tuple[tuple[Quote, ...], tuple[Quote, ...]]:
    """Quotations (direct and partial) and reported speech apart: "Who said what" shows the
    speakers' own words, "Who claimed what" the writer's account of them, never in quotation
    marks."""
    said = tuple(quote for quote in quotes if quote.kind != "reported")
    return said, tuple(quote for quote in quotes if quote.kind == "reported")


# Kinds whose values are labels, printed as written: "2030", never "2,030".
LABEL_KINDS = frozenset({"year", "rank", "ordinal", "age", "score"})


def describe_number(
    value: float | None, low: float | None, high: float | None, kind: str = "count"
) -> str:
    """A number's normalised value for display: "24", "30–50", "3.5", "2030" for a year.

    A lower bound alone ("tens of thousands": at least 10,000) shows as its bound; the
    qualifier beside it says "at least".
    """
    separators = kind not in LABEL_KINDS
    if low is not None and high is not None:
        return f"{_plain(low, separators)}–{_plain(high, separators)}"
    if value is None and low is not None:
        return _plain(low, separators)
    return _plain(value, separators) if value is not None else ""


def _plain(number: float, separators: bool = True) -> str:
    comma = "," if separators else ""
    return f"{number:{comma}.0f}" if float(number).is_integer() else f"{number:{comma}.6g}"


def new_gists(brief: Brief) -> list[Section]:
    """The sections whose gist the summary does not already give, in article order."""
    said = {sentence.text for sentence in brief.summary}
    return [
        section
        for section in brief.sections
        if section.summary and not any(section.summary in text for text in said)
    ]
