"""Dates the article gives: years, spans of years, calendar dates and centuries.

A year is not a figure of the story ("in 2014" counts nothing), so the number reader's years
and dates (`brief.extract.quantities`, kinds "year" and "date") become `Date` records with a
normalised value (`brief.extract.number_dates`), not numbers. A four-digit number the parse
shows to be a name is neither: a title with a possessor ("Mendes's 1917"), in apposition to
a noun that is not a time ("the film 1917"), or listed among names ("Parasite, 1917 and
Joker").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from brief.extract.number_words import MONTHS, TIME_UNITS
from brief.extract.quantities import DATE_KINDS, Found, article_quantities
from brief.parsed import ParsedArticle
from brief.records import Date

if TYPE_CHECKING:
    from spacy.tokens import Token

# Nouns a year stands in apposition to as a date: "the year 1917", "the season 2019".
TIME_NOUNS = frozenset(TIME_UNITS) | frozenset("season seasons summer winter spring autumn".split())
# Words that join the items of a list: "Parasite, 1917 and Joker".
JOINERS = frozenset({"and", "or", "&"})


def extract_dates(article: ParsedArticle, found: list[Found] | None = None) -> list[Date]:
    """The article's dates in article order, each value once (the body's mention first);
    `found` is the article's scan, when it was already read."""
    dates = [
        Date(
            text=article.original(item.quantity.start, item.quantity.end),
            value=item.quantity.date,
            sentence=article.span_text(item.span.sent),
            line=article.line_at(item.quantity.start),
            start=item.quantity.start,
            end=item.quantity.end,
        )
        for item in (article_quantities(article) if found is None else found)
        if item.quantity.kind in DATE_KINDS and not _names_a_work(item)
    ]
    return _once(article, dates)


def _names_a_work(item: Found) -> bool:
    """A bare year the parse shows to be a title: "Mendes's 1917", "the film 1917",
    "Parasite, 1917 and Joker"."""
    if item.quantity.kind != "year" or item.quantity.value is None or len(item.span) != 1:
        return False
    token = item.span[0]
    if not token.text.isdigit():
        return False
    if any(child.dep_ == "poss" for child in token.children):
        return True  # a year has no owner; a work does
    head = token.head
    if token.dep_ == "appos" and head.i == token.i - 1 and head.pos_ in {"NOUN", "PROPN"}:
        return head.lower_ not in TIME_NOUNS  # "the film 1917"; not "the record-holder, 2016"
    return _listed_with_names(token)


def _listed_with_names(token: Token) -> bool:
    """The year is joined by "and"/"or" to a capitalised name, or stands between names in a
    list: "Parasite beat 1917 and Joker", "Joker or 1917", "Parasite, 1917, Joker"."""
    doc = token.doc
    before = doc[token.i - 2 : token.i]
    after = doc[token.i + 1 : token.i + 3]
    joined_after = len(after) == 2 and after[0].lower_ in JOINERS and _is_name(after[1])
    joined_before = len(before) == 2 and before[1].lower_ in JOINERS and _is_name(before[0])
    if joined_after or joined_before:
        return True
    listed_before = len(before) == 2 and before[1].text == "," and _is_name(before[0])
    return listed_before and len(after) == 2 and after[0].text == "," and _is_name(after[1])


def _is_name(token: Token) -> bool:
    """A capitalised name that is not a month or a sentence's first word."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.is_sent_start
        and token.lower_ not in MONTHS
    )


def _once(article: ParsedArticle, dates: list[Date]) -> list[Date]:
    """Each date once: the body's mention (with its whole sentence) over the headline's."""
    in_body = {date.start for date in dates if article.block_at(date.start)}
    kept: dict[str, Date] = {}
    for date in sorted(dates, key=lambda date: (date.start not in in_body, date.start)):
        kept.setdefault(date.value or date.text, date)
    return sorted(kept.values(), key=lambda date: date.start)
