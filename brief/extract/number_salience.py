"""How much each number and date matters to the story (`salience`, 0 to 1), from the article's
own evidence.

A figure the story is about is in its headline, in its key sentences and in its lead, says
what it counts, and is an amount (money, a count, a share, a change) rather than a place in
an order. Each piece of evidence adds its weight, and the weights sum to 1:

| evidence | weight |
|---|---|
| the title gives the same reading | 0.30 |
| a key sentence holds it, or gives the same reading | 0.25 |
| it stands in the lead (the body's first three sentences) | 0.15 |
| it has a "what" | 0.15 |
| its kind: money or a percentage 0.15 (0.12 without a change), a count 0.12, a measure, fraction, duration or age 0.10, a score 0.05, a rank or an ordinal 0.03 | up to 0.15 |

A date scores the same places, and its precision for the last two rows: a day 0.30, a month
0.20, a year or span 0.10, a decade or century 0.

The title and key sentences are compared by reading (value, range, unit), since the brief keeps
one mention of a repeated reading: the body's, while the headline says it too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from brief.extract.number_parsing import Quantity, scan
from brief.parsed import ParsedArticle
from brief.records import Date, Number, SummarySentence

TITLE_WEIGHT = 0.30
KEY_SENTENCE_WEIGHT = 0.25
LEAD_WEIGHT = 0.15
WHAT_WEIGHT = 0.15
KIND_WEIGHTS = {
    "money": 0.12,
    "percent": 0.12,
    "count": 0.12,
    "measure": 0.10,
    "fraction": 0.10,
    "duration": 0.10,
    "age": 0.10,
    "score": 0.05,
    "rank": 0.03,
    "ordinal": 0.03,
}
# A change ("up 27%", "fell by £3m") is the news in money and shares: it gets the kind's full mark.
CHANGE_BONUS = 0.03
# Dates: how precise the date is stands for both "what" and kind.
DATE_PRECISION_WEIGHTS = {"day": 0.30, "month": 0.20, "year": 0.10, "coarse": 0.0}
LEAD_SENTENCES = 3

# A reading: value, low, high and unit, as the title or a key sentence gives it.
Reading = tuple[float | None, float | None, float | None, str | None]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where the article puts its weight: the title, the key sentences and the lead, as
    offsets and as the readings they give."""

    title: tuple[int, int] | None
    key_sentences: tuple[tuple[int, int], ...]
    lead_end: int
    title_readings: frozenset[Reading]
    key_readings: frozenset[Reading]
    title_dates: frozenset[str]
    key_dates: frozenset[str]


def evidence(article: ParsedArticle, summary: Sequence[SummarySentence]) -> Evidence:
    """The article's title, key sentences and lead, for `rank_numbers` and `rank_dates`."""
    layout = article.layout
    title = (layout.title.start, layout.title.end) if layout.title is not None else None
    title_text = layout.text[title[0] : title[1]] if title else ""
    key_text = "\n".join(sentence.text for sentence in summary)
    return Evidence(
        title=title,
        key_sentences=tuple((sentence.start, sentence.end) for sentence in summary),
        lead_end=_lead_end(article),
        title_readings=_readings(title_text),
        key_readings=_readings(key_text),
        title_dates=_dates(title_text),
        key_dates=_dates(key_text),
    )


def rank_numbers(numbers: Sequence[Number], found: Evidence) -> list[Number]:
    """`numbers` in the same order, each with its `salience`."""
    return [replace(number, salience=number_salience(number, found)) for number in numbers]


def rank_dates(dates: Sequence[Date], found: Evidence) -> list[Date]:
    """`dates` in the same order, each with its `salience`."""
    return [replace(date, salience=date_salience(date, found)) for date in dates]


def number_salience(number: Number, found: Evidence) -> float:
    """A number's salience: the sum of the weights of its evidence (module docstring)."""
    reading = (number.value, number.low, number.high, number.unit)
    readings = {reading} | {(c.value, c.low, c.high, c.unit) for c in number.conversions}
    kind = KIND_WEIGHTS[number.kind]
    if number.change is not None and number.kind in {"money", "percent"}:
        kind += CHANGE_BONUS
    in_title = _in(number.start, found.title) or bool(readings & found.title_readings)
    in_key = _in_key_sentence(number.start, found) or bool(readings & found.key_readings)
    score = (
        TITLE_WEIGHT * in_title
        + KEY_SENTENCE_WEIGHT * in_key
        + LEAD_WEIGHT * (number.start < found.lead_end)
        + WHAT_WEIGHT * (number.what is not None)
        + kind
    )
    return round(min(score, 1.0), 3)


def date_salience(date: Date, found: Evidence) -> float:
    """A date's salience: title, key sentences and lead as for numbers, and its precision."""
    value = date.value or ""
    in_title = _in(date.start, found.title) or value in found.title_dates
    in_key = _in_key_sentence(date.start, found) or value in found.key_dates
    score = (
        TITLE_WEIGHT * in_title
        + KEY_SENTENCE_WEIGHT * in_key
        + LEAD_WEIGHT * (date.start < found.lead_end)
        + DATE_PRECISION_WEIGHTS[_precision(value)]
    )
    return round(min(score, 1.0), 3)


def _in_key_sentence(start: int, found: Evidence) -> bool:
    return any(_in(start, span) for span in found.key_sentences)


def _in(start: int, span: tuple[int, int] | None) -> bool:
    return span is not None and span[0] <= start < span[1]


def _precision(value: str) -> str:
    """ "2019-03-03" a day, "2014-03" a month, "2014" or "2011/2012" a year, "199X" coarse."""
    first = value.split("/")[0]
    if "X" in first or not first:
        return "coarse"
    if first.count("-") >= 2:
        return "day"
    return "month" if "-" in first else "year"


def _lead_end(article: ParsedArticle) -> int:
    """Where the lead ends: after the body's first `LEAD_SENTENCES` sentences."""
    body = article.layout.body
    if not body:
        return 0
    start = body[0][1].start
    sentences = [sent for sent in article.doc.sents if sent.end_char > start]
    lead = sentences[:LEAD_SENTENCES]
    return lead[-1].end_char if lead else start


def _readings(text: str) -> frozenset[Reading]:
    return frozenset(_reading(q) for q in scan(text) if q.kind not in {"year", "date"})


def _reading(quantity: Quantity) -> Reading:
    return quantity.value, quantity.low, quantity.high, quantity.unit


def _dates(text: str) -> frozenset[str]:
    return frozenset(q.date for q in scan(text) if q.date is not None)
