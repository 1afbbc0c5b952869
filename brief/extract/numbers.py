"""Numbers the article reports: value (or range), qualifier, unit, change, kind and what they count.

`brief.extract.number_parsing` reads each number phrase from the text without the model; this
module makes each phrase a record with what only the parse knows: what it counts
(`brief.extract.number_what`: "91 drones" -> drones, "Sales rose 27%" -> Sales), what a score
or rank places (`brief.extract.number_places`), whom an age describes
(`brief.extract.number_roles`), and whether a lone "one" counts anything. Then the numbers are
read against each other (`brief.extract.number_echoes`): an elliptical number borrows what it
echoes, and a figure said twice is listed once.

Only the article's text blocks are scanned, so list markers ("1.", "-") never become numbers.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from brief.extract.conversions import with_conversions
from brief.extract.number_echoes import resolve_ellipses, score_runs, without_repeats
from brief.extract.number_parsing import Quantity
from brief.extract.number_places import ranked
from brief.extract.number_roles import aged, names_no_amount
from brief.extract.number_what import what_counted, with_spending
from brief.extract.quantities import DATE_KINDS, Found, article_quantities
from brief.parsed import ParsedArticle
from brief.records import Number

if TYPE_CHECKING:
    from spacy.tokens import Span


def extract_numbers(article: ParsedArticle, found: list[Found] | None = None) -> list[Number]:
    """Every number the article reports, in article order; years and dates are not numbers
    (`brief.extract.dates`). `found` is the article's scan, when it was already read."""
    numbers: list[Number] = []
    for item in article_quantities(article) if found is None else found:
        if item.quantity.kind not in DATE_KINDS:
            number = _number(article, item.span, item.quantity)
            if number is not None:
                numbers.append(number)
    numbers = with_conversions(article.layout.text, numbers)
    numbers = with_spending(article, resolve_ellipses(article, numbers))
    return without_repeats(article, score_runs(article, numbers))


def _number(article: ParsedArticle, span: Span, quantity: Quantity) -> Number | None:
    """The record of one number phrase, with what the parse says it counts (for an age, whom
    it describes); None when a lone "one" counts no noun (a pronoun) or the number names
    something ("a 911 call")."""
    if quantity.weak and not _counts_a_noun(span):
        return None  # "one of the biggest", "no one": a pronoun, not a count
    if names_no_amount(span, quantity):
        return None
    span, quantity = _without_particle(span, quantity)
    kind = quantity.kind
    if kind == "year" or kind == "date":
        return None  # a date: `brief.extract.dates` reports it
    if kind == "age":
        what = aged(article, span)
    elif kind in {"score", "rank", "ordinal"}:
        what = ranked(article, span, kind)
    else:
        what = what_counted(article, span, quantity)
    return Number(
        text=article.original(quantity.start, quantity.end),
        value=quantity.value,
        low=quantity.low,
        high=quantity.high,
        qualifier=quantity.qualifier,
        unit=quantity.unit,
        what=what,
        kind=kind,
        sentence=article.span_text(span.sent),
        line=article.line_at(quantity.start),
        start=quantity.start,
        end=quantity.end,
        change=quantity.change,
    )


def _without_particle(span: Span, quantity: Quantity) -> tuple[Span, Quantity]:
    """ "put up 43 million euros": an "up" that belongs to a phrasal verb is no change."""
    first = span[0]
    if quantity.change is None or first.dep_ != "prt" or len(span) < 2:
        return span, quantity
    rest = span[1:]
    return rest, replace(quantity, start=rest.start_char, change=None)


def _counts_a_noun(span: Span) -> bool:
    token = span[-1]
    return token.dep_ == "nummod" and token.head.pos_ == "NOUN" and token.head.i > token.i


# --- what a number counts -------------------------------------------------------------------


# --- ellipsis ---------------------------------------------------------------------------------
