"""How much each number and date matters to the story (`salience`, 0 to 1), from the article's
own evidence.

A figure the story is about is in its headline, in its key sentences, among the story's first
figures, says what it counts, and is given more than once. Each of these five pieces of
evidence counts the same, a fifth; where it stands is graded by how many figures come before it
(k), from the whole fifth for the first down, half after the first three (`LEAD_FIGURES`, as the
lead is three sentences), a quarter after nine:

| evidence | weight |
|---|---|
| the title gives the same reading | 0.2 |
| a key sentence holds it, or gives the same reading | 0.2 |
| where it stands: k figures before it | 0.2 / (1 + k / 3) |
| it has a "what" | 0.2 |
| the article gives the same reading more than once (title, headings and body) | 0.2 |

Equal weights, and one scale for position: nothing here is set on evaluation data. Position
counts figures rather than sentences because the figures are the article's own text, while
where the model ends a sentence can change with the context it parses (a long text is parsed
in chunks), and a brief must not. A repeat counts as the names' mentions do: a story restates
the figure it is about ("10 men in 11 years" in the lead and again further down), while the
brief lists each reading once (`brief.extract.numbers`), so the repeat is only seen here. What
the data does say (issue 28, `bench/eval_key_figures.py`): the kind of figure does not tell a
highlight number from another (on CNN/DM dev 18% of counts and 19% of money against 36% of
ages; on BBC dev 36-56% of every kind), so kind is no evidence here.

A date scores the title, key sentences and the lead, and its precision:

| evidence | weight |
|---|---|
| the title gives it | 0.30 |
| a key sentence holds it, or gives it | 0.25 |
| it stands in the lead | 0.15 |
| its precision: a day 0.30, a month 0.20, a year or span 0.10, a decade or century 0 | up to 0.30 |

(`brief.render.view.WHEN_SALIENCE` reads this scale.) The title and key sentences are compared
by reading (kind, value, range, unit), since the brief keeps one mention of a repeated reading: the
body's, while the headline says it too.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from brief.extract.number_parsing import Quantity, scan
from brief.extract.quantities import Found, article_quantities
from brief.parsed import ParsedArticle
from brief.records import Date, Number, SummarySentence

# Numbers: each piece of evidence (module docstring).
EVIDENCE_WEIGHT = 0.2
# Dates: the title, the key sentences, the lead, and how precise the date is.
TITLE_WEIGHT = 0.30
KEY_SENTENCE_WEIGHT = 0.25
LEAD_WEIGHT = 0.15
DATE_PRECISION_WEIGHTS = {"day": 0.30, "month": 0.20, "year": 0.10, "coarse": 0.0}
# The lead: the body's first sentences (for dates); and the story's first figures, after which
# a number's position weight has halved.
LEAD_SENTENCES = 3
LEAD_FIGURES = 3

# A reading: kind, value, low, high and unit, as the title or a key sentence gives it (the kind
# too: "Smith, 22," in a key sentence gives no reading of a count of 22 further down).
Reading = tuple[str, float | None, float | None, float | None, str | None]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where the article puts its weight: the title, the key sentences and the lead, as
    offsets and as the readings they give; and the readings it gives more than once."""

    title: tuple[int, int] | None
    key_sentences: tuple[tuple[int, int], ...]
    lead_end: int
    title_readings: frozenset[Reading]
    key_readings: frozenset[Reading]
    title_dates: frozenset[str]
    key_dates: frozenset[str]
    repeated: frozenset[Reading] = frozenset()


def evidence(
    article: ParsedArticle, summary: Sequence[SummarySentence], found: Sequence[Found] | None = None
) -> Evidence:
    """The article's title, key sentences and lead, and the readings it gives more than once,
    for `rank_numbers` and `rank_dates`. `found` is the article's scan, when it was already
    read (`brief.extract.quantities.article_quantities`)."""
    layout = article.layout
    title = (layout.title.start, layout.title.end) if layout.title is not None else None
    title_text = layout.text[title[0] : title[1]] if title else ""
    key_text = "\n".join(sentence.text for sentence in summary)
    in_title, in_key = scan(title_text), scan(key_text)  # each read once, for both kinds
    return Evidence(
        title=title,
        key_sentences=tuple((sentence.start, sentence.end) for sentence in summary),
        lead_end=article.lead_end(LEAD_SENTENCES),
        title_readings=_readings(in_title),
        key_readings=_readings(in_key),
        title_dates=_dates(in_title),
        key_dates=_dates(in_key),
        repeated=_repeated(article_quantities(article) if found is None else found),
    )


def rank_numbers(numbers: Sequence[Number], found: Evidence) -> list[Number]:
    """`numbers` (in article order) in the same order, each with its `salience`."""
    return [
        replace(number, salience=number_salience(number, found, before))
        for before, number in enumerate(numbers)
    ]


def rank_dates(dates: Sequence[Date], found: Evidence) -> list[Date]:
    """`dates` in the same order, each with its `salience`."""
    return [replace(date, salience=date_salience(date, found)) for date in dates]


def number_salience(number: Number, found: Evidence, before: int = 0) -> float:
    """A number's salience: a fifth for each piece of evidence, where it stands graded by the
    `before` figures that come before it in the article (module docstring)."""
    readings = {_number_reading(number)}
    readings |= {
        ("percent" if c.unit == "%" else number.kind, c.value, c.low, c.high, c.unit)
        for c in number.conversions
    }
    in_title = _in(number.start, found.title) or bool(readings & found.title_readings)
    in_key = _in_key_sentence(number.start, found) or bool(readings & found.key_readings)
    repeated = _number_reading(number) in found.repeated
    score = EVIDENCE_WEIGHT * (
        in_title + in_key + 1 / (1 + before / LEAD_FIGURES) + (number.what is not None) + repeated
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


def _readings(found: Sequence[Quantity]) -> frozenset[Reading]:
    """What the quantities read, years and dates aside."""
    return frozenset(_reading(q) for q in found if q.kind not in {"year", "date"})


def _repeated(found: Sequence[Found]) -> frozenset[Reading]:
    """The readings the article's number phrases give more than once."""
    counts = Counter(_reading(item.quantity) for item in found)
    return frozenset(reading for reading, count in counts.items() if count > 1)


def _number_reading(number: Number) -> Reading:
    return number.kind, number.value, number.low, number.high, number.unit


def _reading(quantity: Quantity) -> Reading:
    return quantity.kind, quantity.value, quantity.low, quantity.high, quantity.unit


def _dates(found: Sequence[Quantity]) -> frozenset[str]:
    """The dates among the quantities, as their values."""
    return frozenset(q.date for q in found if q.date is not None)
