"""Dates among the number reader's tokens, and the normalised value the brief gives each.

A year is not a figure of the story: the reader (`brief.extract.number_parsing`) reads dates so
that they leave the numbers and go to the brief's `dates`. This module finds the whole date
around a number: a calendar date ("31 December 2004", "March 3, 2019", "the 27th of October",
"Feb. 9", "March 2014", "12/31/21"), a season written with a slash ("2019/20"), a century
("18th-century", "the 18th and 19th centuries") and a time reckoned from another ("20 months
ago", "eight weeks after"). It also writes the value, ISO 8601-like:
"2004-12-31", "--03-03" (a day without its year), "2014-03", "2019/2020" (a span), "199X"
(a decade) and "17XX" (a century), the extended date/time format's way to write a decade or
a century.
"""

from __future__ import annotations

import re

from brief.extract.number_tokens import Core, Tokens
from brief.extract.number_words import MONTH_NUMBERS, ORDINAL_WORDS

# A year as a date writes it: "7 March 1985".
FOUR_DIGITS = re.compile(r"\d{4}")
# The years a bare four-digit number can be: "1917", "2030".
YEAR = re.compile(r"(1\d|20)\d\d")
# A season or financial year: "2019/20", "2019/2020".
SEASON = re.compile(r"((?:1\d|20)\d\d)/(\d\d|\d{4})")
# A date in figures: "12/31/21", "31/12/2021" (the tokenizer gives "12/31", "/", "21").
DAY_MONTH = re.compile(r"(\d{1,2})/(\d{1,2})")
# Two-digit years up to this are this century's: "12/31/21" is 2021, "1/2/98" 1998.
CENTURY_PIVOT = 50
CENTURY_WORDS = frozenset({"century", "centuries"})
# Words after a span of time that make it a time reference: "20 months ago", "24 hours
# later", "eight weeks after he was asked", "five minutes into the second half".
RELATIVE_WORDS = frozenset({"ago", "later", "earlier", "after", "before", "into"})
# Words before a span of time that make it a length even so: "for two years after a trial".
LENGTH_WORDS = frozenset({"for", "over", "during", "within", "of", "lasting", "spent", "spending"})
# Words that join two centuries or two days: "the 18th and 19th centuries", "3-5 March".
JOINERS = frozenset({"and", "to", "or", "-", "–"})
# A date is read: (first token, last token, normalised value or None).
Dated = tuple[int, int, str | None]


def calendar_date(tokens: Tokens, core: Core, last: int, days: tuple[float, ...]) -> Dated | None:
    """A calendar date around a day of the month or a month's year, else None.

    `core` is the number read at the date, ending at token `last` (a range of days ends at its
    second day), and `days` its value or the two ends of its range ("3-5 March" is (3, 5)).
    """
    if core.word or core.kind not in {"count", "ordinal"} or not core.value.is_integer():
        return None
    month_at = _month_before(tokens, core.first)
    if month_at is None:
        month_at = _month_after(tokens, core, last)
        if month_at is None:
            return None
        first, end = core.first, month_at
    else:
        first, end = month_at, last
    month = MONTH_NUMBERS[tokens.stripped[month_at]]
    if month_at < core.first and FOUR_DIGITS.fullmatch(tokens[core.first].text):
        if not YEAR.fullmatch(tokens[core.first].text) or len(days) > 1:
            return None
        return first, last, f"{tokens[core.first].text}-{month:02d}"  # "March 2014"
    if not all(day.is_integer() and 1 <= day <= 31 for day in days):
        return None  # "in March 300 people were arrested": no day
    year_at = _year_after(tokens, end)
    year = f"{tokens[year_at].text}" if year_at is not None else "-"
    value = "/".join(f"{year}-{month:02d}-{int(day):02d}" for day in days)
    return first, year_at if year_at is not None else end, value


def _month_before(tokens: Tokens, first: int) -> int | None:
    """The capitalised month just before a number ("March 3"), or before its stop ("Feb. 9")."""
    words = tokens.stripped
    at = first - 1
    if at >= 1 and words[at] == "" and tokens[at].text == ".":
        at -= 1  # "Feb. 9"
    if at >= 0 and words[at] in MONTH_NUMBERS and tokens[at].text[:1].isupper():
        return at  # a lower-case "may 5" is a verb
    return None


def _month_after(tokens: Tokens, core: Core, last: int) -> int | None:
    """The capitalised month after a day: "3 March", "the 27th of October"."""
    words = tokens.stripped
    at = last + 1
    if core.kind == "ordinal" and at + 1 < len(words) and words[at] == "of":
        at += 1
    if at < len(words) and words[at] in MONTH_NUMBERS and tokens[at].text[:1].isupper():
        return at
    return None


def _year_after(tokens: Tokens, end: int) -> int | None:
    """The year written after a day and month: "3 March 2019", "March 3, 2019"."""
    words = tokens.words
    at = end + 1
    if at + 1 < len(words) and words[at] == ",":
        at += 1
    if at < len(words) and YEAR.fullmatch(tokens[at].text):
        return at
    return None


def season(tokens: Tokens, index: int) -> Dated | None:
    """ "2019/20", "2019/2020": two years in a row, written with a slash."""
    match = SEASON.fullmatch(tokens[index].text)
    if match is None:
        return None
    first = int(match.group(1))
    second = match.group(2)
    following = first // 100 * 100 + int(second) if len(second) == 2 else int(second)
    if following != first + 1:
        return None
    return index, index, f"{first}/{following}"


def numeric_date(tokens: Tokens, index: int) -> Dated | None:
    """ "12/31/21", "31/12/2021": a date in figures. Its value is written only when the
    order is certain (a part over 12 is the day); "4/5/21" is a date of unknown order."""
    match = DAY_MONTH.fullmatch(tokens[index].text)
    if match is None or index + 2 >= len(tokens):
        return None
    slash, year = tokens[index + 1], tokens[index + 2]
    glued = not slash.spaced and not year.spaced
    if not (glued and slash.text == "/" and re.fullmatch(r"\d\d|\d{4}", year.text)):
        return None
    first, second = int(match.group(1)), int(match.group(2))
    full = int(year.text) if len(year.text) == 4 else 2000 + int(year.text)
    if full > 2000 + CENTURY_PIVOT and len(year.text) == 2:
        full -= 100
    if first > 12 >= second:
        day, month = first, second
    elif second > 12 >= first:
        day, month = second, first
    else:
        return index, index + 2, None
    if not 1 <= day <= 31 or not month >= 1:
        return None
    return index, index + 2, f"{full}-{month:02d}-{day:02d}"


def century(tokens: Tokens, core: Core) -> Dated | None:
    """ "the 18th century", "18th-century", "the 18th and 19th centuries": "17XX", "17XX/18XX"."""
    if core.kind != "ordinal" or not float(core.value).is_integer() or not 1 <= core.value <= 21:
        return None
    end = _century_word(tokens, core.last)
    if end is not None:
        return core.first, end, _century_value(core.value)
    words = tokens.words
    joiner = core.last + 1
    if joiner + 1 < len(words) and words[joiner] in JOINERS:
        second = _ordinal_value(tokens, joiner + 1)
        end = _century_word(tokens, joiner + 1)
        if second is not None and end is not None and second > core.value:
            value = f"{_century_value(core.value)}/{_century_value(second)}"
            return core.first, end, value
    return None


def _century_word(tokens: Tokens, last: int) -> int | None:
    """The token of "century" right after an ordinal (a glued hyphen allowed)."""
    words = tokens.words
    at = last + 1
    if at + 1 < len(words) and words[at] == "-" and not tokens[at].spaced:
        at += 1
    return at if at < len(words) and words[at] in CENTURY_WORDS else None


def _ordinal_value(tokens: Tokens, index: int) -> float | None:
    text = tokens[index].lower
    if text in ORDINAL_WORDS:
        return float(ORDINAL_WORDS[text])
    match = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", text)
    return float(match.group(1)) if match else None


def _century_value(ordinal: float) -> str:
    """The 18th century is the 1700s: "17XX"."""
    return f"{int(ordinal) - 1:02d}XX"


def relative_time(tokens: Tokens, first: int, last: int) -> Dated | None:
    """A span of time that says when, not how long: "20 months ago" (no value: it is reckoned
    from a day the text does not give)."""
    after = last + 1
    if first > 0 and tokens.words[first - 1] in LENGTH_WORDS:
        return None  # "jailed for two years after a trial": how long
    if after < len(tokens) and tokens.words[after] in RELATIVE_WORDS:
        if after + 1 < len(tokens) and tokens.words[after + 1] == "than":
            return None  # "three months later than planned": a delay, how long
        return first, after, None
    return None


def year_value(value: float | None, low: float | None, high: float | None, decade: bool) -> str:
    """A year's normalised value: "2014", a span "2011/2012", a decade "199X", the 1800s "18XX"."""
    if low is not None and high is not None:
        return f"{int(low)}/{int(high)}"
    year = int(value if value is not None else low or 0)
    if not decade:
        return str(year)
    if year % 100 == 0 and year < 2000:
        return f"{year // 100}XX"  # "the 1800s" is the century
    return f"{year // 10}X"
