"""Read the numbers in plain text: value or range, qualifier, unit, signed change and kind.

Model-free, so every phrasing can be table-tested on its own: `scan(text)` finds each number
phrase ("more than two dozen", "$42.09bn", "between 10 and 20", "down 3%", "a third") with its
character offsets. `brief.extract.numbers` adds what the model knows (the noun a number counts)
and drops what is noise for a reader. Parts of names ("Pantsir-S1", "Boeing 737", "G7"), phone
numbers, clock times and day-of-month dates are recognised here so they are never reported as
quantities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from brief.extract.quote_marks import PARTNERS
from brief.records import Change, NumberKind

_TOKEN = re.compile(
    r"(?:US|C|A|HK|NZ)\$|[$£€¥]"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?[A-Za-z]*"
    r"|\d+(?:\.\d+)?(?:[:/]\d+)?[A-Za-z]*"
    r"|[A-Za-z]+(?:'[A-Za-z]+)?"
    r"|\S"
)
_YEAR = re.compile(r"\d{4}")
_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([A-Za-z]*)")
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[ -]?)?(?:\(0?\d{2,5}\)|0\d{2,5})[ -]?\d{3,4}[ -]?\d{3,4}(?![\w,])"
    r"|(?<![\w.,])\(?\d{3}\)?[ -]\d{3}-\d{4}(?!\w)"
    r"|(?<![\w.,-])(?:1-)?(?:\d{3}-)?\d{3}-\d{4}(?![\w-])"  # "225-8452", "1-876-499-0169"
)

# Handles, hashtags and web addresses: "@Rabbi_360", "#G20", "example.com/2024/story".
_HANDLE = re.compile(r"[@#][\w.]+|\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net)/\S*")

ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# Suffixes glued to digits or written after them: "11.1bn", "£5m", "3 mn".
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12}
# "hundreds of", "tens of thousands of": vague plurals read as a lower bound.
VAGUE = {"dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6}
VAGUE |= {"billions": 1e9, "trillions": 1e12}
FRACTIONS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "tenth": 10,
    "tenths": 10,
}
ORDINAL_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "twentieth": 20,
}
MONTHS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
CURRENCY_SYMBOLS = {
    "$": "USD",
    "US$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "C$": "CAD",
    "A$": "AUD",
    "HK$": "HKD",
    "NZ$": "NZD",
}
# Currency words after a number; the factor turns minor units into the major one.
CURRENCY_WORDS: dict[str, tuple[str, float]] = {
    "dollar": ("USD", 1),
    "dollars": ("USD", 1),
    "pound": ("GBP", 1),
    "pounds": ("GBP", 1),
    "sterling": ("GBP", 1),
    "euro": ("EUR", 1),
    "euros": ("EUR", 1),
    "yen": ("JPY", 1),
    "yuan": ("CNY", 1),
    "rupees": ("INR", 1),
    "roubles": ("RUB", 1),
    "rubles": ("RUB", 1),
    # Minor units keep their own scale: "212 pence" is 212 pence, as the article says.
    "pence": ("pence", 1),
    "p": ("pence", 1),
    "cents": ("cents", 1),
    "cent": ("cents", 1),
}
TIME_UNITS = {
    "year": "year",
    "years": "year",
    "yr": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "min": "minute",
    "mins": "minute",
    "second": "second",
    "seconds": "second",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
}
MEASURE_UNITS = {
    "km": "km",
    "kilometre": "km",
    "kilometres": "km",
    "kilometer": "km",
    "kilometers": "km",
    "mile": "mile",
    "miles": "mile",
    "metre": "m",
    "metres": "m",
    "meter": "m",
    "meters": "m",
    "cm": "cm",
    "mm": "mm",
    "ft": "ft",
    "feet": "ft",
    "foot": "ft",
    "inch": "inch",
    "inches": "inch",
    "kg": "kg",
    "kilogram": "kg",
    "kilograms": "kg",
    "kilos": "kg",
    "g": "g",
    "grams": "g",
    "lb": "lb",
    "lbs": "lb",
    "tonne": "tonne",
    "tonnes": "tonne",
    "ton": "ton",
    "tons": "ton",
    "barrel": "barrel",
    "barrels": "barrel",
    "litre": "litre",
    "litres": "litre",
    "liter": "litre",
    "liters": "litre",
    "gallon": "gallon",
    "gallons": "gallon",
    "acre": "acre",
    "acres": "acre",
    "hectare": "hectare",
    "hectares": "hectare",
    "mph": "mph",
    "kph": "km/h",
    "degree": "degree",
    "degrees": "degree",
    "mw": "MW",
    "gw": "GW",
    "kw": "kW",
    "gb": "GB",
    "mb": "MB",
    "tb": "TB",
    "ghz": "GHz",
    "mhz": "MHz",
}
PERCENT_WORDS = {"percent", "pc"}
CLOCK_SUFFIXES = {"am", "pm", "gmt", "bst", "est", "hrs", "h"}
# Temperatures written after the number: "40C", "104F", "5 degrees Celsius".
# "40C" is a temperature within what weather reports (and ovens) give; "300C" is left alone.
MIN_TEMPERATURE, MAX_TEMPERATURE = 0, 150
# Words of weather, one of which stands within `TEMPERATURE_WINDOW` tokens of a "40C".
WEATHER_WORDS = frozenset(
    """temperature temperatures temps heat heatwave hot cold warm warmer cooler weather high highs
    low lows degrees forecast thermometer freezing frost celsius fahrenheit climate""".split()
)
TEMPERATURE_WINDOW = 8
TEMPERATURE_SCALES = {"c": "°C", "celsius": "°C", "centigrade": "°C", "f": "°F", "fahrenheit": "°F"}
ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"}
# Words that make "one" a pronoun: "no one", "the one who".
PRONOUN_DETERMINERS = frozenset("no every any each the this that which someone anyone".split())
# Track and pool distances written "100m": metres, not millions, unless money or people follow.
RACE_DISTANCES = frozenset({50, 60, 100, 110, 200, 400, 800, 1500, 3000, 5000, 10000})
# Verbs of jumping and throwing: the "m" after their number is metres ("landed 17.30m").
FIELD_EVENT_VERBS = frozenset("landed jumped threw cleared leapt leaped vaulted hurled".split())
# Words after a four-digit number that make it a clock time: "1230 GMT".
CLOCK_WORDS = frozenset({"gmt", "bst", "est", "edt", "pst", "cet", "utc", "hrs", "hours", "local"})
# How a qualifier is written -> the word the brief uses, so consumers see a small vocabulary.
QUALIFIERS = {
    "more than": "more than",
    "over": "more than",
    "just over": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "above": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "a minimum of": "at least",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "just under": "nearly",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "circa": "about",
    "up to": "up to",
    "as many as": "up to",
    "as much as": "up to",
    "less than": "less than",
    "fewer than": "less than",
    "under": "less than",
    "below": "less than",
    "at most": "at most",
    "no more than": "at most",
    "a maximum of": "at most",
}
_QUALIFIER_WORDS = sorted((q.split() for q in QUALIFIERS), key=len, reverse=True)
UP_WORDS = frozenset(
    """up rose rise rises rising risen grew grow grows growing grown increased increase increases
    increasing jumped jump jumps climbed climb climbs gained gain gains added soared soar surged
    surge rallied higher""".split()
)
DOWN_WORDS = frozenset(
    """down fell fall falls falling fallen dropped drop drops declined decline declines slipped
    slip slid slide dipped dip plunged plunge plummeted tumbled tumble decreased decrease shed
    slumped slump eased lower lost""".split()
)
# Verbs that change something by an amount only with "by": "cut costs by 5%".
RAISE_VERBS = frozenset("raise raised raising boost boosted lift lifted".split())
CUT_VERBS = frozenset(
    "cut cuts cutting reduce reduced reducing slash slashed lower lowered".split()
)
CHANGE_NOUNS_UP = frozenset("rise increase jump gain growth hike rally surge climb".split())
CHANGE_NOUNS_DOWN = frozenset("fall drop decline cut decrease slump loss dip reduction".split())
SCORE_WORDS = frozenset(
    """win wins won winning victory defeat defeated beat beats beating lost lose loss draw drew
    drawn lead led leads scoreline thrashing thrashed score scored match game final tie
    aggregate half-time sets set against""".split()
)
# Nouns before a number that make it a label: "Level 3 restrictions", "Section 8 housing".
LABEL_NOUNS = frozenset(
    """level levels phase stage tier category grade section article chapter room gate route
    highway interstate channel platform apt apartment suite unit flight""".split()
)
# Words after a house number: "2344 Bragg St.", "10 Downing Street".
STREET_WORDS = frozenset("st street rd road ave avenue blvd boulevard drive dr lane ln way".split())
RANK_BEFORE = frozenset("finished finish came come ranked placed seeded rated".split())
RANK_AFTER = frozenset("place placed position seed seeded ranked spot".split())
# Lower-case words that may stand before a number inside a hyphenated form: "mid-2004".
HYPHEN_PREFIXES = frozenset("mid pre post late early over under top non sub anti".split())
# Capitalised words that start phrases rather than names: "In 2004", "By 2010".
SENTENCE_WORDS = frozenset(
    """in by since from until till to at on of for after before during around about nearly over
    under some only just the a an and but or so yet with than between as per circa""".split()
)
# Words after which a four-digit number is a year even before a plural noun: "In 2004 profits".
YEAR_BEFORE = frozenset(
    """in since by until till from during after before of between and year mid early late
    summer spring autumn winter season""".split()
)
# Plural-looking words that do not make a year a count ("2004 was", "1990 has").
_NOT_PLURAL = frozenset(
    """was is has as his its this plus across always perhaps towards less unless thus whereas
    news yes us""".split()
)


@dataclass(frozen=True, slots=True)
class Token:
    """A word, number or symbol of the scanned text, with whether space precedes it."""

    text: str
    start: int
    end: int
    spaced: bool

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_digits(self) -> bool:
        return self.text[:1].isdigit()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number phrase read from text: offsets into the scanned text and its normalised reading.

    `value` is set for one number, `low`/`high` for a range; `weak` marks readings that need the
    model's confirmation (a lone "one" is usually a pronoun, not a count).
    """

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    change: Change | None = None
    kind: NumberKind = "count"
    weak: bool = False


# A clock time, calendar date or similar non-quantity ("time") is read so that it is skipped.
_CoreKind = NumberKind | Literal["time"]


@dataclass(frozen=True, slots=True)
class _Core:
    """The number itself: where it starts and ends (token indexes) and its value."""

    first: int
    last: int
    value: float
    kind: _CoreKind = "count"
    unit: str | None = None
    scaled: bool = False
    word: bool = False


class Tokens(list[Token]):
    """The scanned tokens with their lower-cased words, computed once for every lookup."""

    def __init__(self, tokens: list[Token]) -> None:
        super().__init__(tokens)
        self.words = [token.lower for token in tokens]
        self.stripped = [word.rstrip(".") for word in self.words]


def _words(tokens: Sequence[Token], *, stripped: bool = False) -> list[str]:
    if isinstance(tokens, Tokens):
        return tokens.stripped if stripped else tokens.words
    return [t.lower.rstrip(".") if stripped else t.lower for t in tokens]


def tokenize(text: str) -> Tokens:
    """Split text into words, numbers and symbols, keeping offsets."""
    tokens: list[Token] = []
    previous_end = -1
    for match in _TOKEN.finditer(text):
        tokens.append(
            Token(match.group(), match.start(), match.end(), match.start() != previous_end)
        )
        previous_end = match.end()
    return Tokens(tokens)


def scan(text: str) -> list[Quantity]:
    """Every number phrase in `text`, in order, with its reading."""
    masked = {
        index
        for pattern in (_PHONE, _HANDLE)
        for match in pattern.finditer(text)
        for index in range(*match.span())
    }
    tokens = tokenize(text)
    found: list[Quantity] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.start in masked:
            index += 1
            continue
        reading = _read_at(tokens, index)
        if reading is None:
            index += 1
            continue
        quantity, next_index = reading
        if quantity is not None:
            found.append(quantity)
        index = max(next_index, index + 1)
    return found


def parse(phrase: str) -> Quantity | None:
    """The first number phrase in `phrase`, or None: the model-free reading of one phrase."""
    found = scan(phrase)
    return found[0] if found else None


# --- reading one phrase ---------------------------------------------------------------------


# The widest window, in tokens, in which a match word makes a small "2-1" a score: "won 2-1",
# "a 2-1 win", "beat Chelsea 2-1 on Saturday" (the verb can stand six words before the score).
SCORE_WINDOW_BEFORE = 6
SCORE_WINDOW_AFTER = 4
# A falling pair ("18-17", "40-0") is a score up to this: larger falling pairs are other things
# (a "250-200" vote is a count of votes, not a game).
MAX_FALLING_SCORE = 200
# A rising pair is a range unless both are at most this and a match word is near ("2-6"
# in tennis); "10-40" years, "30-50" guarantees are ranges.
MAX_RISING_SCORE = 30


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A number phrase being read: its token extent and its reading so far."""

    first: int
    last: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: NumberKind = "count"
    factor: float = 1.0
    bound: str | None = None  # a qualifier the number's own words give ("hundreds": at least)


# A stage either goes on with the phrase or ends the reading: (quantity or None, next index).
_Ended = tuple[Quantity | None, int]


def _read_at(tokens: Sequence[Token], index: int) -> _Ended | None:
    """Read the number phrase starting at token `index`; (None, next) skips a non-number.

    Stages, in order: the number itself (`_core`), what makes it no quantity (names, dates,
    times, titles), how far it reaches (vague plurals, ranges, scores, year spans), its unit,
    what it is (a date's year, a year, an age, a rank), and the words around it (qualifier,
    change).
    """
    currency = _currency_at(tokens, index)
    core = _core(tokens, index + 1 if currency else index)
    if core is None:
        return None
    if _no_quantity(tokens, core):
        return None, core.last + 1
    unit = CURRENCY_SYMBOLS[currency.text] if currency else core.unit
    kind: NumberKind = "money" if currency else _reported_kind(core.kind)
    phrase = _Phrase(index, core.last, core.value, unit=unit, kind=kind)
    for stage in (_extent, _with_unit, _what_it_is):
        result = stage(tokens, core, phrase)
        if not isinstance(result, _Phrase):
            return result
        phrase = result
    return _finished(tokens, core, phrase, currency is not None)


def _no_quantity(tokens: Sequence[Token], core: _Core) -> bool:
    """Digits of a name, a date or clock time, or a title in quotes ('the film "1917"').

    Also labels ("Level 3", "Section 8"), street numbers ("2344 Bragg St.") and shooting
    records ("0-for-9"): numbers that name or tally, never amounts.
    """
    if core.kind in {"date", "time"}:
        return True
    words = _words(tokens, stripped=True)
    before = words[core.first - 1] if core.first > 0 else ""
    after = words[core.last + 1 : core.last + 3]
    if before in LABEL_NOUNS and not core.word:
        return True
    if after[:2] == ["-", "for"]:
        return True
    if len(after) == 2 and tokens[core.last + 1].text[:1].isupper() and after[1] in STREET_WORDS:
        return True
    return (
        _is_name_part(tokens, core)
        or _is_clock(tokens, core)
        or _is_quoted_title(tokens, core)
        or _is_month_abbreviation_day(tokens, core)
    )


def _extent(tokens: Sequence[Token], core: _Core, phrase: _Phrase) -> _Phrase | _Ended:
    """ "tens of thousands", ranges ("30-50", "between 10 and 20", "$10-20m"), scores, years."""
    vague = _vague_tail(tokens, core)
    if vague is not None:
        last, bound = vague
        return replace(phrase, last=last, value=None, low=bound, bound="at least")
    second = _range_end(tokens, core, phrase.first) or _unit_range_end(tokens, core, phrase.first)
    if second is None:
        return phrase
    if _is_year_span(tokens, core, second):
        century = core.value - core.value % 100  # "1965-71" is 1965 to 1971
        start, end = tokens[phrase.first].start, tokens[second.last].end
        years = Quantity(start, end, None, core.value, century + second.value, kind="year")
        return years, second.last + 1
    if _is_score(tokens, core, second):
        start, end = tokens[phrase.first].start, tokens[second.last].end
        return Quantity(start, end, None, kind="score"), second.last + 1
    if second.value <= core.value and core.scaled == second.scaled:
        return phrase  # "5-3" outside a game, "10 to 5": not a range
    low, high = _range_values(core, second)
    ranged = replace(phrase, last=second.last, value=None, low=low, high=high)
    if second.unit and not phrase.unit:
        ranged = replace(ranged, unit=second.unit, kind=_reported_kind(second.kind))
    return ranged


def _with_unit(tokens: Sequence[Token], core: _Core, phrase: _Phrase) -> _Phrase:
    """A unit written after the number: "%", "per cent", "dollars", "days", "km", "40C"."""
    if core.kind == "ordinal" or phrase.unit is not None:
        return phrase
    after = _unit_after(tokens, phrase.last)
    if after is None:
        return phrase
    last, unit, kind, factor = after
    return replace(phrase, last=last, unit=unit, kind=kind, factor=factor)


def _what_it_is(tokens: Sequence[Token], core: _Core, phrase: _Phrase) -> _Phrase | _Ended:
    """A date (its year is kept), a year, an age, a rank; word ordinals and pronouns are noise."""
    kind = phrase.kind
    date = _date_context(tokens, core, phrase.last)
    if date is not None and kind in {"count", "year", "ordinal"}:
        # The day of a date is noise for a reader; its year is kept ("7 March 1985" -> 1985).
        year = tokens[date]
        if _YEAR.fullmatch(year.text) and (date != core.first or core.first > 0):
            return Quantity(year.start, year.end, float(year.text), kind="year"), date + 1
        return None, date + 1
    if kind == "count" and _is_year(tokens, core, phrase.last):
        kind = "year"
    age = _age(tokens, phrase.first, phrase.last, phrase.unit)
    if age is not None:
        phrase = replace(phrase, last=age)
        kind = "age"
    if kind in {"count", "ordinal"} and _is_rank(tokens, phrase.first, phrase.last):
        kind = "rank"
    if kind == "ordinal" and core.word:
        return None, phrase.last + 1  # "first time", "second half": word ordinals are noise
    if _is_pronoun_one(tokens, core, phrase, kind):
        return None, phrase.last + 1  # "no one", "every one", "the one"
    if _hyphen_adjective(tokens, core, phrase.last, kind):
        return None, phrase.last + 2  # "one-way", "three-monthly": an adjective, not a count
    return replace(phrase, kind=kind)


def _is_pronoun_one(tokens: Sequence[Token], core: _Core, phrase: _Phrase, kind: str) -> bool:
    first = phrase.first
    return (
        _is_weak_one(core, phrase, kind)
        and first > 0
        and tokens[first - 1].lower in PRONOUN_DETERMINERS
    )


def _is_weak_one(core: _Core, phrase: _Phrase, kind: str) -> bool:
    """A lone word "one": usually a pronoun, so the model must confirm it counts a noun."""
    lone = core.word and core.value == 1 and not core.scaled
    return kind == "count" and lone and phrase.unit is None


def _finished(tokens: Sequence[Token], core: _Core, phrase: _Phrase, currency: bool) -> _Ended:
    """The qualifier and change around the phrase, and its values in the unit's scale."""
    first, last, kind = phrase.first, phrase.last, phrase.kind
    value, low, high = (_scaled(x, phrase.factor) for x in (phrase.value, phrase.low, phrase.high))
    if low is not None and high is not None and first > 0 and tokens[first - 1].lower == "between":
        first -= 1
    qualifier, first = _qualifier_before(tokens, first, kind)
    if phrase.kind == "measure" and first > 0 and tokens[first - 1].lower == "minus":
        first -= 1  # "minus 5 degrees Celsius"
        value = None if value is None else -value
    change, first = _change(tokens, first, last, kind, phrase.unit)
    qualifier = qualifier or phrase.bound or _qualifier_after(tokens, last)
    if qualifier and _qualifier_after(tokens, last):
        last += 2
    if currency and first > phrase.first:
        first = phrase.first
    quantity = Quantity(
        start=tokens[first].start,
        end=tokens[last].end,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=phrase.unit,
        change=change,
        kind=kind,
        weak=_is_weak_one(core, phrase, kind),
    )
    return quantity, last + 1


def _reported_kind(kind: _CoreKind) -> NumberKind:
    """A core's kind as the brief reports it (times are skipped before this is asked)."""
    return "date" if kind == "time" else kind


def _scaled(number: float | None, factor: float) -> float | None:
    if number is None:
        return None
    result = number * factor
    return round(result, 6) if factor != 1 else result


def _currency_at(tokens: Sequence[Token], index: int) -> Token | None:
    token = tokens[index]
    if token.text in CURRENCY_SYMBOLS and index + 1 < len(tokens):
        following = tokens[index + 1]
        if not following.spaced and (following.is_digits or following.lower in ONES | TENS):
            return token
    return None


def _core(tokens: Sequence[Token], index: int) -> _Core | None:
    """The bare number at `index`: digits (with a glued or following scale) or number words."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    core = _digit_core(tokens, index) if token.is_digits else _word_core(tokens, index)
    if core is None:
        return None
    return _fraction_of_scale(tokens, core) or _out_of(tokens, core) or core


def _fraction_of_scale(tokens: Sequence[Token], core: _Core) -> _Core | None:
    """ "a quarter of a million" is 250,000."""
    words = _words(tokens)
    after = words[core.last + 1 : core.last + 4]
    if core.kind != "fraction" or len(after) < 3 or after[:2] not in (["of", "a"], ["of", "an"]):
        return None
    if after[2] not in SCALES:
        return None
    value = core.value * SCALES[after[2]]
    return _Core(core.first, core.last + 3, value, word=True, scaled=True)


def _out_of(tokens: Sequence[Token], core: _Core) -> _Core | None:
    """ "six out of 20 women" is the fraction 0.3."""
    words = _words(tokens)
    if core.kind != "count" or words[core.last + 1 : core.last + 3] != ["out", "of"]:
        return None
    whole = _core(tokens, core.last + 3)
    if whole is None or whole.kind != "count" or whole.value <= core.value:
        return None
    return _Core(core.first, whole.last, core.value / whole.value, "fraction", word=core.word)


def _digit_core(tokens: Sequence[Token], index: int) -> _Core | None:
    token = tokens[index]
    if ":" in token.text:
        return _Core(index, index, 0, kind="time")
    if "/" in token.text:
        numerator, _, denominator = token.text.partition("/")
        if "odds" in (t.lower for t in tokens[max(index - 6, 0) : index]):
            return _Core(index, index, 0, kind="time")  # betting odds "4/6" are not a fraction
        small = numerator.isdigit() and denominator.isdigit() and 1 < int(denominator) <= 10
        if small and int(numerator) < int(denominator):
            return _Core(index, index, int(numerator) / int(denominator), kind="fraction")
        return _Core(index, index, 0, kind="date")
    match = _DIGITS.fullmatch(token.text)
    if match is None:
        return None
    number = float(match.group(1).replace(",", ""))
    suffix = match.group(2).lower()
    last = index
    if suffix:
        if suffix == "m" and _is_distance(tokens, index, number):
            return _Core(index, index, number, kind="measure", unit="m")
        if suffix in SUFFIX_SCALES:
            return _scale_after(
                tokens, _Core(index, index, number * SUFFIX_SCALES[suffix], scaled=True)
            )
        if suffix in ORDINAL_SUFFIXES:
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            if following[:1].isupper() or following.lower() == "minute":
                # "2nd Battalion" is part of a name; "the 19th minute" a time in a match
                return _Core(index, index, 0, kind="time")
            return _Core(index, index, number, kind="ordinal")
        if suffix == "s" and number >= 10 and number % 10 == 0:
            if number < 100:  # "the 80s" is the 1980s, "the 00s" the 2000s
                number += 1900 if number >= 20 else 2000
            return _Core(index, index, number, kind="year")  # "the 1990s", "80s"
        if suffix in CLOCK_SUFFIXES:
            return _Core(index, index, 0, kind="time")
        if suffix in PERCENT_WORDS:
            return _Core(index, index, number, kind="percent", unit="%")
        if suffix in CURRENCY_WORDS:
            code, factor = CURRENCY_WORDS[suffix]
            return _Core(index, index, round(number * factor, 6), kind="money", unit=code)
        if match.group(2) in {"C", "F"} and _is_temperature(tokens, index, number):
            return _Core(index, index, number, kind="measure", unit=TEMPERATURE_SCALES[suffix])
        single = len(suffix) == 1 and not match.group(2).islower()
        if suffix in MEASURE_UNITS and not single:
            return _Core(index, index, number, kind="measure", unit=MEASURE_UNITS[suffix])
        return None  # "3G", "4x4": a code, not a quantity
    core = _Core(index, last, number)
    return _scale_after(tokens, core)


def _is_temperature(tokens: Sequence[Token], index: int, number: float) -> bool:
    """ "40C" near a word of weather; "Apt. 1C" and "3G" are codes."""
    if not MIN_TEMPERATURE <= number <= MAX_TEMPERATURE:
        return False
    near = _words(tokens)[max(index - TEMPERATURE_WINDOW, 0) : index + TEMPERATURE_WINDOW + 1]
    return not WEATHER_WORDS.isdisjoint(near)


def _is_distance(tokens: Sequence[Token], index: int, number: float) -> bool:
    """ "the 100m champion" is metres; "5m people" and "£100m" are millions."""
    previous = tokens[index - 1].lower if index > 0 else ""
    if previous in FIELD_EVENT_VERBS:
        return True  # "Idowu landed 17.30m"
    if number not in RACE_DISTANCES or previous in CURRENCY_SYMBOLS:
        return False
    following = tokens[index + 1].text if index + 1 < len(tokens) else ""
    return not (following.islower() and following.endswith("s"))


def _scale_after(tokens: Sequence[Token], core: _Core) -> _Core:
    """Apply a scale word after the digits: "3.5 million", "2 bn"."""
    following = tokens[core.last + 1] if core.last + 1 < len(tokens) else None
    if following is None or not following.spaced:
        return core
    word = following.lower
    if word in SCALES or (word in SUFFIX_SCALES and word not in {"m", "b", "k"}):
        scale = SCALES.get(word) or SUFFIX_SCALES[word]
        return replace(core, last=core.last + 1, value=core.value * scale, scaled=True)
    return core


def _word_core(tokens: Sequence[Token], index: int) -> _Core | None:
    """Number words: "two dozen", "half a million", "a third", "one hundred and fifty"."""
    words = _words(tokens)
    word = words[index]
    if word in VAGUE:
        return _Core(index, index, VAGUE[word], word=True, scaled=True)
    if word in ORDINAL_WORDS and not (index > 0 and words[index - 1] in {"a", "one"}):
        return _Core(index, index, ORDINAL_WORDS[word], kind="ordinal", word=True)
    if word == "half":
        return _half(tokens, words, index)
    if word in {"a", "an"}:
        return _article_core(tokens, words, index)
    if word not in ONES and word not in TENS:
        return None
    total = 0.0
    current = 0.0
    last = index
    position = index
    while position < len(words):
        item = words[position]
        if (
            position > index
            and tokens[position].text[:1].isupper()
            and not tokens[index].text[:1].isupper()
        ):
            break  # "three Six Nations games": the capital starts a name
        if item in ONES or item in TENS:
            current += ONES.get(item, 0) + TENS.get(item, 0)
        elif item == "-" and not tokens[position].spaced and position + 1 < len(words):
            if words[position - 1] in TENS and words[position + 1] in ONES:
                position += 1
                continue
            break
        elif item == "and" and position > index and words[position - 1] in {"hundred", "thousand"}:
            if position + 1 < len(words) and (words[position + 1] in ONES | TENS):
                position += 1
                continue
            break
        elif item == "dozen":
            current = (current or 1) * 12
        elif item in SCALES:
            current = (current or 1) * SCALES[item]
            if SCALES[item] >= 1000:
                total += current
                current = 0
        else:
            break
        last = position
        position += 1
    fraction = _fraction_after(tokens, words, last, total + current)
    if fraction is not None:
        return fraction
    scaled = any(words[i] in SCALES or words[i] == "dozen" for i in range(index, last + 1))
    return _Core(index, last, total + current, word=True, scaled=scaled)


def _fraction_after(
    tokens: Sequence[Token], words: Sequence[str], last: int, numerator: float
) -> _Core | None:
    """ "two-thirds", "three quarters", "one in five"."""
    position = last + 1
    if position < len(words) and words[position] == "-" and not tokens[position].spaced:
        position += 1
    if position < len(words) and words[position] in FRACTIONS and 0 < numerator < 10:
        denominator = FRACTIONS[words[position]]
        if numerator < denominator and (numerator > 1 or _fraction_context(words, position)):
            return _Core(
                last - _word_span(words, last) + 1,
                position,
                numerator / denominator,
                "fraction",
                word=True,
            )
    if (
        position + 1 < len(words)
        and words[position] == "in"
        and words[position + 1] in ONES | TENS
        and numerator >= 1
    ):
        denominator = ONES.get(words[position + 1], 0) + TENS.get(words[position + 1], 0)
        if denominator > numerator:
            start = last - _word_span(words, last) + 1
            return _Core(start, position + 1, numerator / denominator, "fraction", word=True)
    return None


def _word_span(words: Sequence[str], last: int) -> int:
    """How many tokens the number words ending at `last` take (for "twenty-five" it is 3)."""
    count = 1
    position = last - 1
    while position >= 0 and (
        words[position] in ONES | TENS | SCALES.keys() or words[position] in {"-", "and", "dozen"}
    ):
        count += 1
        position -= 1
    while count > 1 and words[last - count + 1] in {"-", "and"}:
        count -= 1
    return count


def _fraction_context(words: Sequence[str], position: int) -> bool:
    """ "a third of voters", "a quarter." are fractions; "a third quarter" is not."""
    following = words[position + 1] if position + 1 < len(words) else ""
    return following in {
        "of",
        "",
        ",",
        ".",
        ";",
        "more",
        "less",
        "fewer",
        "higher",
        "lower",
        "stake",
    } or not (following.isalpha() or following == "-")


def _half(tokens: Sequence[Token], words: Sequence[str], index: int) -> _Core | None:
    """ "half a million", "half of voters"; a bare "half" (second half) is not a quantity."""
    if (
        index + 2 < len(words)
        and words[index + 1] in {"a", "an"}
        and words[index + 2] in SCALES | {"dozen": 12}
    ):
        scale = SCALES.get(words[index + 2], 12)
        return _Core(index, index + 2, 0.5 * scale, word=True, scaled=True)
    if (
        index + 1 < len(words)
        and words[index + 1] == "of"
        and not (index > 0 and words[index - 1] in {"first", "second", "the"})
    ):
        return _Core(index, index, 0.5, kind="fraction", word=True)
    return None


def _article_core(tokens: Sequence[Token], words: Sequence[str], index: int) -> _Core | None:
    """ "a dozen", "a million", "a third of", "a half": an article is a number only then."""
    if index + 1 >= len(words):
        return None
    following = words[index + 1]
    if following == "dozen":
        return _Core(index, index + 1, 12, word=True, scaled=True)
    if following in SCALES:
        core = _Core(index, index + 1, SCALES[following], word=True, scaled=True)
        if following == "hundred" and index + 2 < len(words) and words[index + 2] in SCALES:
            return replace(core, last=index + 2, value=100 * SCALES[words[index + 2]])
        return core
    after_by = index > 0 and words[index - 1] in {"by", "than", "nearly", "almost", "about"}
    if following in FRACTIONS and (after_by or _fraction_context(words, index + 1)):
        return _Core(index, index + 1, 1 / FRACTIONS[following], "fraction", word=True)
    return None


def _vague_tail(tokens: Sequence[Token], core: _Core) -> tuple[int, float] | None:
    """ "hundreds of", "tens of thousands of": the last token, and the least the words allow.

    "Tens of thousands" is at least 10,000: the bound a reader can rely on, not a guess.
    """
    words = _words(tokens)
    if not (core.word and words[core.first] in VAGUE):
        return None
    value = core.value
    position = core.last + 1
    # "tens of thousands", "hundreds of millions"
    while position + 1 < len(words) and words[position] == "of" and words[position + 1] in VAGUE:
        value *= VAGUE[words[position + 1]]
        position += 2
    return position - 1, value


def _range_end(tokens: Sequence[Token], core: _Core, first: int) -> _Core | None:
    """The second number of a range after `core`, if any."""
    words = _words(tokens)
    position = core.last + 1
    if position + 1 >= len(tokens):
        return None
    joiner = words[position]
    before = words[first - 1] if first > 0 else ""
    if joiner in {"-", "–"}:
        if tokens[core.last].text[-1:].isalpha() and core.kind != "percent" and not core.scaled:
            return None
    elif joiner == "to":
        if (
            before in {"from"}
            or before in UP_WORDS | DOWN_WORDS
            or (first > 1 and words[first - 2] in UP_WORDS | DOWN_WORDS and before == "by")
        ):
            return None
    elif joiner == "and":
        if before != "between":
            return None
    elif joiner == "or":
        pass  # "five or six awards", "3 or 4 weeks"; "50 or more" is a qualifier
    else:
        return None
    start = position + 1
    if tokens[start].text in CURRENCY_SYMBOLS:
        start += 1
    second = _core(tokens, start) if start < len(tokens) else None
    if second is None or second.kind not in {"count", "percent", "money", "measure"}:
        return None
    if core.word != second.word and joiner not in {"to", "and"}:
        return None
    if joiner == "or" and not core.word and second.value != core.value + 1:
        return None  # digits joined by "or" are a range only as neighbours: "3 or 4 weeks"
    return second


def _unit_range_end(tokens: Sequence[Token], core: _Core, first: int) -> _Core | None:
    """ "3% to 3.5%", "£2-3m": the first number's own unit, then a range to a second number."""
    if core.last + 1 >= len(tokens) or tokens[core.last + 1].text != "%":
        return None
    second = _range_end(tokens, replace(core, last=core.last + 1), first)
    if second is None or second.last + 1 >= len(tokens) or tokens[second.last + 1].text != "%":
        return None
    return replace(second, last=second.last + 1, unit="%", kind="percent")


def _range_values(core: _Core, second: _Core) -> tuple[float, float]:
    """Share a scale written once: "$10-20m" is 10m to 20m."""
    low, high = core.value, second.value
    if second.scaled and not core.scaled and not core.word:
        low *= _scale_of(second)
    return low, high


def _scale_of(core: _Core) -> float:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if core.value >= scale:
            return scale
    return 1


def _is_score(tokens: Sequence[Token], core: _Core, second: _Core) -> bool:
    """ "a 2-1 win", "beat Chelsea 3-0": small whole numbers joined by a dash in a match."""
    words = _words(tokens)
    joiner = words[core.last + 1]
    if joiner not in {"-", "–"} or core.word or second.word or core.unit or second.unit:
        return False
    if not (core.value.is_integer() and second.value.is_integer()):
        return False
    if second.last + 1 < len(words) and words[second.last + 1] in TIME_UNITS | MEASURE_UNITS.keys():
        return False
    if core.value >= second.value or core.value == 0:
        return core.value <= MAX_FALLING_SCORE  # ranges go up; "18-17", "40-0" are scores
    if core.value > MAX_RISING_SCORE or second.value > MAX_RISING_SCORE:
        return False
    window = words[max(core.first - SCORE_WINDOW_BEFORE, 0) : second.last + SCORE_WINDOW_AFTER]
    return any(word in SCORE_WORDS for word in window) or _another_score_follows(tokens, second)


def _is_year_span(tokens: Sequence[Token], core: _Core, second: _Core) -> bool:
    first_text, second_text = tokens[core.first].text, tokens[second.first].text
    return (
        bool(re.fullmatch(r"(1\d|20)\d\d", first_text))
        and bool(re.fullmatch(r"\d\d", second_text))
        and core.value % 100 < second.value
    )


def _another_score_follows(tokens: Sequence[Token], second: _Core) -> bool:
    """ "2-6 6-3 6-0": set scores come in a row."""
    following = [t.text for t in tokens[second.last + 1 : second.last + 4]]
    return (
        len(following) == 3
        and following[0].isdigit()
        and following[1] in {"-", "–"}
        and following[2].isdigit()
    )


def _unit_after(tokens: Sequence[Token], last: int) -> tuple[int, str, NumberKind, float] | None:
    """A unit written after the number: (last token, unit, kind, factor)."""
    words = _words(tokens)
    position = last + 1
    if position >= len(words):
        return None
    word = words[position]
    if word == "%":
        return position, "%", "percent", 1
    if word in PERCENT_WORDS:
        return position, "%", "percent", 1
    if word == "per" and position + 1 < len(words) and words[position + 1] == "cent":
        return position + 1, "%", "percent", 1
    if (
        word == "percentage"
        and position + 1 < len(words)
        and words[position + 1] in {"point", "points"}
    ):
        return position + 1, "percentage point", "percent", 1
    hyphen = word == "-" and not tokens[position].spaced
    if hyphen and position + 1 < len(words):
        position += 1
        word = words[position]
    if word in TIME_UNITS:
        return position, TIME_UNITS[word], "duration", 1
    if word == "fold":
        return position, "times", "count", 1
    if hyphen and word in MEASURE_UNITS and len(word) > 2:
        return position, MEASURE_UNITS[word], "measure", 1  # "a 20-mile line", "7-foot-3"
    if hyphen:
        return None
    if word in CURRENCY_WORDS and word != "p":
        code, factor = CURRENCY_WORDS[word]
        return position, code, "money", factor
    if word in {"degree", "degrees"} and position + 1 < len(words):
        scale = TEMPERATURE_SCALES.get(words[position + 1].rstrip("."))
        if scale is not None:
            return position + 1, scale, "measure", 1  # "5 degrees Celsius"
    if word in MEASURE_UNITS and word not in {"g", "m"}:
        return position, MEASURE_UNITS[word], "measure", 1
    return None


def _is_clock(tokens: Sequence[Token], core: _Core) -> bool:
    """ "1230 GMT", "0900 hrs": a four-digit 24-hour time; "3 a.m.", "11 pm": a 12-hour one."""
    words = _words(tokens)
    following = words[core.last + 1] if core.last + 1 < len(words) else ""
    text = tokens[core.first].text
    if re.fullmatch(r"[0-2]\d[0-5]\d", text) and following in CLOCK_WORDS:
        return True
    if core.word or not re.fullmatch(r"1[0-2]|0?\d", text):
        return False
    after = words[core.last + 1 : core.last + 4]
    if after[:1] == ["."]:
        after = words[core.last + 2 : core.last + 5]  # "1.p.m."
    return following in {"am", "pm"} or after in (["a", ".", "m"], ["p", ".", "m"])


def _is_quoted_title(tokens: Sequence[Token], core: _Core) -> bool:
    """'the film "1917"': a number that is the whole of a quotation is a title, not a count."""
    if core.first == 0 or core.last + 1 >= len(tokens):
        return False
    opening, closing = tokens[core.first - 1], tokens[core.last + 1]
    glued = not tokens[core.first].spaced and not closing.spaced
    return glued and closing.text == PARTNERS.get(opening.text)


def _is_month_abbreviation_day(tokens: Sequence[Token], core: _Core) -> bool:
    """ "Feb. 9": a day after an abbreviated month and its full stop."""
    words = _words(tokens)
    first = core.first
    return (
        first > 1
        and not core.word
        and words[first - 1] == "."
        and words[first - 2] in MONTHS
        and tokens[first - 2].text[:1].isupper()
        and core.value.is_integer()
        and 1 <= core.value <= 31
    )


def _hyphen_adjective(tokens: Sequence[Token], core: _Core, last: int, kind: NumberKind) -> bool:
    if not core.word or kind != "count" or last + 2 >= len(tokens):
        return False
    hyphen, word = tokens[last + 1], tokens[last + 2]
    return hyphen.text == "-" and not hyphen.spaced and not word.spaced and word.text.isalpha()


def _date_context(tokens: Sequence[Token], core: _Core, last: int) -> int | None:
    """The last token of a calendar date around a day-of-month or month-year ("31 December 2004")."""
    words = _words(tokens, stripped=True)
    if core.word or core.kind not in {"count", "ordinal"} or not core.value.is_integer():
        return None
    before = words[core.first - 1] if core.first > 0 else ""
    after = words[last + 1] if last + 1 < len(words) else ""
    of_month = last + 2 < len(words) and words[last + 2] in MONTHS
    if core.kind == "ordinal" and after == "of" and of_month:
        last, after = last + 1, words[last + 2]  # "the 27th of October"
    if before in MONTHS or after in MONTHS:
        if before in MONTHS and tokens[core.first - 1].text[:1].islower():
            return None  # "may 5" is a verb
        end = last + 1 if after in MONTHS else last
        if end + 1 < len(words) and _YEAR.fullmatch(tokens[end + 1].text):
            end += 1
        elif (
            end + 2 < len(words) and words[end + 1] == "," and _YEAR.fullmatch(tokens[end + 2].text)
        ):
            end += 2
        return end
    return None


def _is_year(tokens: Sequence[Token], core: _Core, last: int) -> bool:
    """A bare four-digit number from 1000 to 2099 that does not count a plural noun."""
    token = tokens[core.first]
    if core.word or core.scaled or not re.fullmatch(r"(1\d|20)\d\d", token.text):
        return False
    before = tokens[core.first - 1].lower if core.first > 0 else ""
    if before in YEAR_BEFORE:
        return True
    following = tokens[last + 1].text if last + 1 < len(tokens) else ""
    plural = following.islower() and following.endswith("s") and len(following) > 3
    return not plural or following in _NOT_PLURAL


def _age(tokens: Sequence[Token], first: int, last: int, unit: str | None) -> int | None:
    """ "aged 45", "45-year-old", "45 years old": the age's last token, else None."""
    words = _words(tokens)
    if unit is None and first > 0 and words[first - 1] in {"aged", "age"}:
        return last
    digits = tokens[first].is_digits
    if unit is None and digits and first > 1 and words[first - 2 : first] in AGE_BEFORE:
        return last  # "at the age of 48", "the senator, who is 71"
    if unit is None and _apposition_age(tokens, first, last):
        return last
    if unit == "year" and last + 1 < len(words):
        if words[last + 1] == "old":
            return last + 1
        if words[last + 1] == "-" and last + 2 < len(words) and words[last + 2] in {"old", "olds"}:
            return last + 2
    return None


AGE_BEFORE = (
    ["age", "of"],
    ["who", "is"],
    ["who", "was"],
    ["he", "was"],
    ["she", "was"],
    ["he", "is"],
    ["she", "is"],
)


def _apposition_age(tokens: Sequence[Token], first: int, last: int) -> bool:
    """ "Anil, 45, has stepped down": a whole number between commas after a name or noun."""
    if first < 2 or last + 1 >= len(tokens) or first != last:
        return False
    text = tokens[first].text
    return (
        tokens[first - 1].text == ","
        and tokens[last + 1].text == ","
        and tokens[first - 2].text.isalpha()
        and text.isdigit()
        and 14 <= int(text) <= 110
    )


def _is_rank(tokens: Sequence[Token], first: int, last: int) -> bool:
    words = _words(tokens, stripped=True)
    before = words[first - 1] if first > 0 else ""
    after = words[last + 1] if last + 1 < len(words) else ""
    if after == "-" and last + 2 < len(words):
        after = words[last + 2]
    if before in {"no", "number"} and first > 0:
        marker = tokens[first - 1].text
        return marker in {"No", "No.", "number"} and (
            marker != "number" or first < 2 or words[first - 2] != "a"
        )
    return before in RANK_BEFORE or before == "#" or after in RANK_AFTER


def _is_name_part(tokens: Sequence[Token], core: _Core) -> bool:
    """Digits that belong to a name or model: "Pantsir-S1", "COVID-19", "G7", "Boeing 737"."""
    token = tokens[core.first]
    if not token.is_digits:
        return _capitalised_words(tokens, core)
    if core.first > 0:
        previous = tokens[core.first - 1]
        if not token.spaced and previous.text[:1].isalpha():
            return True  # "S1", "G7" (the tokenizer splits letters from digits)
        if not token.spaced and previous.text == "-" and core.first > 1:
            word = tokens[core.first - 2]
            if (
                not previous.spaced
                and word.text[:1].isalpha()
                and word.lower not in HYPHEN_PREFIXES
            ):
                return True  # "COVID-19", "F-16"
    following = tokens[core.last + 1] if core.last + 1 < len(tokens) else None
    if following is not None and not following.spaced and following.text[:1].isalnum():
        return True
    return _after_capitalised_name(tokens, core)


def _capitalised_words(tokens: Sequence[Token], core: _Core) -> bool:
    """A capitalised number word inside a sentence next to another capitalised word is a name:
    "the Six Nations", "BBC Radio Four"."""
    token = tokens[core.first]
    if not token.text[:1].isupper() or core.first == 0 or _sentence_start(tokens, core.first):
        return False
    following = tokens[core.last + 1].text if core.last + 1 < len(tokens) else ""
    previous = tokens[core.first - 1].text
    return following[:1].isupper() or (previous[:1].isupper() and previous.isalpha())


def _sentence_start(tokens: Sequence[Token], index: int) -> bool:
    return index == 0 or tokens[index - 1].text in {".", "!", "?", ":", '"', "'", "(", "-"}


def _after_capitalised_name(tokens: Sequence[Token], core: _Core) -> bool:
    """A bare whole number right after a capitalised word inside a sentence: "Boeing 737"."""
    token = tokens[core.first]
    if core.first == 0 or core.last != core.first or not re.fullmatch(r"\d{1,4}", token.text):
        return False
    following = tokens[core.last + 1].text if core.last + 1 < len(tokens) else ""
    if following in {"-", "–"}:
        return False  # "Arsenal 2-1": a score or range, not a model number
    previous = tokens[core.first - 1]
    word = previous.text
    if not (word[:1].isupper() and word.isalpha()) or word.lower().rstrip(".") in MONTHS:
        return False
    if word.lower() in SENTENCE_WORDS | RANK_BEFORE or (word.isupper() and len(word) <= 1):
        return False
    return not _sentence_start(tokens, core.first - 1)


def _qualifier_before(
    tokens: Sequence[Token], first: int, kind: NumberKind
) -> tuple[str | None, int]:
    words = _words(tokens)
    for phrase in _QUALIFIER_WORDS:
        size = len(phrase)
        if phrase == ["over"] and kind == "duration":
            continue  # "over 20 years" is usually "during", not "more than"
        if first >= size and words[first - size : first] == phrase:
            return QUALIFIERS[" ".join(phrase)], first - size
    return None, first


def _qualifier_after(tokens: Sequence[Token], last: int) -> str | None:
    """ "50 or more", "20 or so"."""
    words = _words(tokens)
    if last + 2 < len(words) and words[last + 1] == "or":
        return {"more": "at least", "so": "about", "less": "at most", "fewer": "at most"}.get(
            words[last + 2]
        )
    return None


def _change(
    tokens: Sequence[Token], first: int, last: int, kind: NumberKind, unit: str | None
) -> tuple[Change | None, int]:
    """ "up 27%", "fell by 3%", "a 4% rise", "-2.5%": the direction of a change, if stated."""
    if kind not in {"percent", "money", "measure"}:
        return None, first
    words = _words(tokens)
    position = first - 1
    signed = position >= 0 and words[position] in {"-", "+"} and not tokens[first].spaced
    if signed and (position == 0 or tokens[position].spaced):
        return ("down" if words[position] == "-" else "up"), position
    if position >= 2 and words[position] == "of" and words[position - 1] in {"average", "total"}:
        position -= 3 if words[position - 2] in {"a", "an"} else 2  # "by an average of 4.2%"
    if position >= 0 and words[position] == "by":
        # "cut the risk of stroke by 25%": the verb may stand a few words before "by"
        for word in words[max(position - 6, 0) : position][::-1]:
            if word in UP_WORDS | RAISE_VERBS:
                return "up", first
            if word in DOWN_WORDS | CUT_VERBS:
                return "down", first
        position -= 1
    if position >= 0:
        word = words[position]
        if word in {"up", "down"}:
            return word, position  # type: ignore[return-value]
        if word in UP_WORDS:
            return "up", first
        if word in DOWN_WORDS:
            return "down", first
    after = words[last + 1] if last + 1 < len(words) else ""
    if after in CHANGE_NOUNS_UP or after in {"higher"}:
        return "up", first
    if after in CHANGE_NOUNS_DOWN or after in {"lower"}:
        return "down", first
    return None, first
