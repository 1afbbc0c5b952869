"""Read the numbers in plain text: value or range, qualifier, unit, signed change and kind.

Model-free, so every phrasing can be table-tested on its own: `scan(text)` finds each number
phrase ("more than two dozen", "$42.09bn", "between 10 and 20", "down 3%", "a third") with its
character offsets. This module masks phone numbers and handles, then reads each phrase (the
bare number, how far it reaches, its unit); `brief.extract.number_checks` says what the number
is (a year, an age, a rank, or no quantity at all: part of a name, a clock time, a date's day),
with the tables of `brief.extract.number_words`. `brief.extract.numbers` adds what the model
knows (the noun a number counts) and drops what is noise for a reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from brief.extract.number_checks import (
    after_pronoun_determiner,
    age_end,
    change_of,
    is_distance,
    is_hyphen_adjective,
    is_rank,
    is_score,
    is_temperature,
    is_weak_one,
    is_year,
    is_year_span,
    no_quantity,
    qualifier_after,
    qualifier_before,
)
from brief.extract.number_dates import (
    CENTURY_WORDS,
    Dated,
    calendar_date,
    century,
    numeric_date,
    relative_time,
    season,
    year_value,
)
from brief.extract.number_tokens import Core, CoreKind, QuantityKind, Token, Tokens, tokenize
from brief.extract.number_words import (
    CLOCK_SUFFIXES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DEGREE_SIGNS,
    DOWN_WORDS,
    FRACTIONS,
    MEASURE_UNITS,
    MONTHS,
    ONES,
    ORDINAL_SUFFIXES,
    ORDINAL_WORDS,
    PERCENT_WORDS,
    SCALES,
    SUFFIX_SCALES,
    TEMPERATURE_SCALES,
    TENS,
    TIME_UNITS,
    UP_WORDS,
    VAGUE,
)
from brief.records import Change

_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([A-Za-z]*)")
_PHONE = re.compile(
    r"(?<![\w.,])(?:\+\d{1,3}[ -]?)?(?:\(0?\d{2,5}\)|0\d{2,5})[ -]?\d{3,4}[ -]?\d{3,4}(?![\w,])"
    r"|(?<![\w.,])\(?\d{3}\)?[ -]\d{3}-\d{4}(?!\w)"
    r"|(?<![\w.,-])(?:1-)?(?:\d{3}-)?\d{3}-\d{4}(?![\w-])"  # "225-8452", "1-876-499-0169"
)
# Units of weight: a conversion into one makes "pounds" a weight.
WEIGHT_UNITS = frozenset({"kg", "g", "tonne", "lb"})
# Nouns after "pounds of" that keep the pounds money: "5 million pounds of taxpayers' money".
MONEY_NOUNS = frozenset("money cash funding funds investment taxpayers public state".split())
# Words before "from X to Y" that make it a range ("ranging from 150 to 300 feet"); after
# other words it is a change from one level to another ("rose from 10 to 12").
RANGE_WORDS = frozenset("anywhere range ranges ranged ranging vary varies varied varying".split())
# The unit a decade's core carries until its date is written: "the 1990s" is "199X".
DECADE = "decade"
# Handles, hashtags and web addresses: "@Rabbi_360", "#G20", "example.com/2024/story".
_HANDLE = re.compile(r"[@#][\w.]+|\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|org|net)/\S*")
# The words a number phrase can start with (besides digits and currency symbols): what
# `_word_core` reads. Any other token starts none, so `scan` steps over it unread.
_STARTING_WORDS = frozenset(VAGUE) | frozenset(ORDINAL_WORDS) | frozenset(ONES) | frozenset(TENS)
_STARTING_WORDS |= {"half", "a", "an"}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number phrase read from text: offsets into the scanned text and its normalised reading.

    `value` is set for one number, `low`/`high` for a range; `weak` marks readings that need the
    model's confirmation (a lone "one" is usually a pronoun, not a count). A year (kind "year")
    or a date (kind "date") carries its normalised `date` ("2014", "2019-03-03").
    """

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None
    unit: str | None = None
    change: Change | None = None
    kind: QuantityKind = "count"
    weak: bool = False
    date: str | None = None


def scan(text: str) -> list[Quantity]:
    """Every number phrase in `text`, in order, with its reading."""
    masked = {
        index
        for pattern in (_PHONE, _HANDLE)
        for match in pattern.finditer(text)
        for index in range(*match.span())
    }
    tokens = tokenize(text)
    words = tokens.words
    found: list[Quantity] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.start in masked or not _may_start(token, words[index]):
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


def _may_start(token: Token, word: str) -> bool:
    """Whether a number phrase can start at `token` (whose lower-case form is `word`)."""
    return token.is_digits or word in _STARTING_WORDS or token.text in CURRENCY_SYMBOLS


def parse(phrase: str) -> Quantity | None:
    """The first number phrase in `phrase`, or None: the model-free reading of one phrase."""
    found = scan(phrase)
    return found[0] if found else None


@dataclass(frozen=True, slots=True)
class _Phrase:
    """A number phrase being read: its token extent and its reading so far."""

    first: int
    last: int
    value: float | None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    kind: QuantityKind = "count"
    factor: float = 1.0
    bound: str | None = None  # a qualifier the number's own words give ("hundreds": at least)


# A stage either goes on with the phrase or ends the reading: (quantity or None, next index).
_Ended = tuple[Quantity | None, int]


def _read_at(tokens: Tokens, index: int) -> _Ended | None:
    """Read the number phrase starting at token `index`; (None, next) skips a non-number.

    Stages, in order: the number itself (`_core`), what makes it no quantity (names, dates,
    times, titles), how far it reaches (vague plurals, ranges, scores, year spans), its unit,
    what it is (a date's year, a year, an age, a rank), and the words around it (qualifier,
    change).
    """
    written = season(tokens, index) or numeric_date(tokens, index)
    if written is not None:
        return _date(tokens, written)
    currency = _currency_at(tokens, index)
    core = _core(tokens, index + 1 if currency else index)
    if core is None:
        return None
    if no_quantity(tokens, core):
        return None, core.last + 1
    unit = CURRENCY_SYMBOLS[currency.text] if currency else core.unit
    kind: QuantityKind = "money" if currency else _reported_kind(core.kind)
    phrase = _Phrase(index, core.last, core.value, unit=unit, kind=kind)
    for stage in (_extent, _with_unit, _what_it_is):
        result = stage(tokens, core, phrase)
        if not isinstance(result, _Phrase):
            return result
        phrase = result
    return _finished(tokens, core, phrase, currency is not None)


def _extent(tokens: Tokens, core: Core, phrase: _Phrase) -> _Phrase | _Ended:
    """ "tens of thousands", ranges ("30-50", "between 10 and 20", "$10-20m"), scores, years."""
    vague = _vague_tail(tokens, core)
    if vague is not None:
        last, bound = vague
        return replace(phrase, last=last, value=None, low=bound, bound="at least")
    second = _range_end(tokens, core, phrase.first) or _unit_range_end(tokens, core, phrase.first)
    if second is None:
        return phrase
    if is_year_span(tokens, core, second):
        century = core.value - core.value % 100  # "1965-71" is 1965 to 1971
        start, end = tokens[phrase.first].start, tokens[second.last].end
        low, high = core.value, century + second.value
        date = year_value(None, low, high, decade=False)
        return Quantity(start, end, None, low, high, kind="year", date=date), second.last + 1
    if is_score(tokens, core, second):
        start, end = tokens[phrase.first].start, tokens[second.last].end
        return Quantity(start, end, None, kind="score"), second.last + 1
    if second.value <= core.value and core.scaled == second.scaled:
        return phrase  # "5-3" outside a game, "10 to 5": not a range
    low, high = _range_values(core, second)
    ranged = replace(phrase, last=second.last, value=None, low=low, high=high)
    if second.unit and not phrase.unit:
        ranged = replace(ranged, unit=second.unit, kind=_reported_kind(second.kind))
    return ranged


def _with_unit(tokens: Tokens, core: Core, phrase: _Phrase) -> _Phrase:
    """A unit written after the number: "%", "per cent", "dollars", "days", "km", "40C"."""
    if core.kind == "ordinal" or phrase.unit is not None:
        return phrase
    after = _unit_after(tokens, phrase.last)
    if after is None:
        return phrase
    last, unit, kind, factor = after
    phrase = replace(phrase, last=last, unit=unit, kind=kind, factor=factor)
    return _with_inches(tokens, phrase) if unit == "ft" else phrase


def _with_inches(tokens: Tokens, phrase: _Phrase) -> _Phrase:
    """ "7-foot-3" is seven feet three inches: 7.25 feet."""
    words = tokens.words
    hyphen, inches = phrase.last + 1, phrase.last + 2
    if inches >= len(tokens) or words[hyphen] != "-" or phrase.value is None:
        return phrase
    glued = not tokens[hyphen].spaced and not tokens[inches].spaced
    if not (glued and tokens[inches].text.isdigit() and int(tokens[inches].text) < 12):
        return phrase
    value = phrase.value + int(tokens[inches].text) / 12
    return replace(phrase, last=inches, value=round(value, 4))


def _what_it_is(tokens: Tokens, core: Core, phrase: _Phrase) -> _Phrase | _Ended:
    """A date or century, a year, an age, a rank; word ordinals and pronouns are noise."""
    kind = phrase.kind
    if kind in {"count", "ordinal"}:
        days = (phrase.value,) if phrase.value is not None else (phrase.low, phrase.high)
        dated = century(tokens, core) or calendar_date(
            tokens, core, phrase.last, tuple(day for day in days if day is not None)
        )
        if dated is not None:
            return _date(tokens, dated)
    if kind == "duration":
        relative = relative_time(tokens, phrase.first, phrase.last)
        if relative is not None:
            return _date(tokens, relative)  # "20 months ago" says when
    if kind == "count" and is_year(tokens, core, phrase.last):
        kind = "year"
        if _apostrophe_s(tokens, phrase.last) and phrase.value and phrase.value % 10 == 0:
            phrase = replace(phrase, last=phrase.last + 2, unit=DECADE)  # "the 2000's"
    age = age_end(tokens, phrase.first, phrase.last, phrase.unit)
    if age is not None:
        phrase = replace(phrase, last=age)
        kind = "age"
    if kind in {"count", "ordinal"} and is_rank(tokens, phrase.first, phrase.last):
        kind = "rank"
    if kind == "ordinal" and core.word:
        return None, phrase.last + 1  # "first time", "second half": word ordinals are noise
    if is_weak_one(core, phrase.unit, kind) and after_pronoun_determiner(tokens, phrase.first):
        return None, phrase.last + 1  # "no one", "every one", "the one"
    if is_hyphen_adjective(tokens, core, phrase.last, kind):
        return None, phrase.last + 2  # "one-way", "three-monthly": an adjective, not a count
    return replace(phrase, kind=kind)


def _apostrophe_s(tokens: Tokens, last: int) -> bool:
    """ "2000's": an apostrophe and an "s" glued to the number."""
    if last + 2 >= len(tokens):
        return False
    mark, letter = tokens[last + 1], tokens[last + 2]
    glued = not mark.spaced and not letter.spaced
    return glued and mark.text in {"'", "’"} and letter.text == "s"


def _date(tokens: Tokens, dated: Dated) -> _Ended:
    """The quantity of a date found from token `first` to `last`."""
    first, last, value = dated
    return Quantity(tokens[first].start, tokens[last].end, None, kind="date", date=value), last + 1


def _finished(tokens: Tokens, core: Core, phrase: _Phrase, currency: bool) -> _Ended:
    """The qualifier and change around the phrase, and its values in the unit's scale."""
    first, last, kind = phrase.first, phrase.last, phrase.kind
    value, low, high = (_scaled(x, phrase.factor) for x in (phrase.value, phrase.low, phrase.high))
    if kind == "year":  # a year is a date: no qualifier, no change, no unit
        date = year_value(value, low, high, decade=phrase.unit == DECADE)
        start, end = tokens[first].start, tokens[last].end
        return Quantity(start, end, value, low, high, kind="year", date=date), last + 1
    if low is not None and high is not None and first > 0 and tokens[first - 1].lower == "between":
        first -= 1
    qualifier, first = qualifier_before(tokens, first, kind)
    if phrase.kind == "measure" and first > 0 and tokens[first - 1].lower == "minus":
        first -= 1  # "minus 5 degrees Celsius"
        value = None if value is None else -value
    change, first = change_of(tokens, first, last, kind, phrase.unit)
    qualifier = qualifier or phrase.bound or qualifier_after(tokens, last)
    if qualifier and qualifier_after(tokens, last):
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
        weak=is_weak_one(core, phrase.unit, kind),
    )
    return quantity, last + 1


def _reported_kind(kind: CoreKind) -> QuantityKind:
    """A core's kind as the brief reports it (times are skipped before this is asked)."""
    return "date" if kind == "time" else kind


def _scaled(number: float | None, factor: float) -> float | None:
    if number is None:
        return None
    result = number * factor
    return round(result, 6) if factor != 1 else result


def _currency_at(tokens: Tokens, index: int) -> Token | None:
    token = tokens[index]
    if token.text in CURRENCY_SYMBOLS and index + 1 < len(tokens):
        following = tokens[index + 1]
        if not following.spaced and (following.is_digits or following.lower in ONES | TENS):
            return token
    return None


def _core(tokens: Tokens, index: int) -> Core | None:
    """The bare number at `index`: digits (with a glued or following scale) or number words."""
    if index >= len(tokens):
        return None
    token = tokens[index]
    core = _digit_core(tokens, index) if token.is_digits else _word_core(tokens, index)
    if core is None:
        return None
    return (
        _fraction_of_scale(tokens, core)
        or _out_of(tokens, core)
        or _and_a_fraction(tokens, core)
        or core
    )


def _and_a_fraction(tokens: Tokens, core: Core) -> Core | None:
    """ "two and a half years" is 2.5 years; "one and a half million" is 1.5 million."""
    words = tokens.words
    if core.kind != "count" or core.scaled:
        return None
    position = core.last + 1
    parts: list[str] = []
    while position < len(words) and len(parts) < 3:
        if words[position] == "-" and not tokens[position].spaced:
            position += 1  # "two-and-a-half"
            continue
        parts.append(words[position])
        position += 1
    if parts[:2] not in (["and", "a"], ["and", "an"]) or len(parts) < 3:
        return None
    if parts[2] not in FRACTIONS or parts[2].endswith("s"):
        return None  # one part: "a half", "a quarter", never "a halves"
    value = core.value + 1 / FRACTIONS[parts[2]]
    last = position - 1
    following = words[last + 1] if last + 1 < len(words) else ""
    if following in SCALES:
        return Core(core.first, last + 1, value * SCALES[following], word=True, scaled=True)
    return Core(core.first, last, value, word=core.word)


def _fraction_of_scale(tokens: Tokens, core: Core) -> Core | None:
    """ "a quarter of a million" is 250,000."""
    words = tokens.words
    after = words[core.last + 1 : core.last + 4]
    if core.kind != "fraction" or len(after) < 3 or after[:2] not in (["of", "a"], ["of", "an"]):
        return None
    if after[2] not in SCALES:
        return None
    value = core.value * SCALES[after[2]]
    return Core(core.first, core.last + 3, value, word=True, scaled=True)


def _out_of(tokens: Tokens, core: Core) -> Core | None:
    """ "six out of 20 women" is the fraction 0.3."""
    words = tokens.words
    if core.kind != "count" or words[core.last + 1 : core.last + 3] != ["out", "of"]:
        return None
    whole = _core(tokens, core.last + 3)
    if whole is None or whole.kind != "count" or whole.value <= core.value:
        return None
    return Core(core.first, whole.last, core.value / whole.value, "fraction", word=core.word)


def _digit_core(tokens: Tokens, index: int) -> Core | None:
    """The number written in digits at `index`, read with what is glued to it: a clock time
    ("10:30"), betting odds ("4/6"), a fraction ("3/4") or date ("7/12"), a distance ("100m")
    or scale ("11.1bn"), an ordinal ("2nd"), a decade ("1990s"), a percentage, a currency, a
    temperature ("40C") or a unit ("5km"); None for a code ("3G", "4x4")."""
    token = tokens[index]
    if ":" in token.text:
        return Core(index, index, 0, kind="time")
    if "/" in token.text:
        numerator, _, denominator = token.text.partition("/")
        if "odds" in (t.lower for t in tokens[max(index - 6, 0) : index]):
            return Core(index, index, 0, kind="time")  # betting odds "4/6" are not a fraction
        small = numerator.isdigit() and denominator.isdigit() and 1 < int(denominator) <= 10
        if small and int(numerator) < int(denominator):
            return Core(index, index, int(numerator) / int(denominator), kind="fraction")
        return Core(index, index, 0, kind="date")
    match = _DIGITS.fullmatch(token.text)
    if match is None:
        return None
    number = float(match.group(1).replace(",", ""))
    suffix = match.group(2).lower()
    last = index
    if suffix:
        if suffix == "m" and is_distance(tokens, index, number):
            return Core(index, index, number, kind="measure", unit="m")
        if suffix in SUFFIX_SCALES:
            return _scale_after(
                tokens, Core(index, index, number * SUFFIX_SCALES[suffix], scaled=True)
            )
        if suffix in ORDINAL_SUFFIXES:
            following = tokens[index + 1].text if index + 1 < len(tokens) else ""
            dated = following.lower() in CENTURY_WORDS | MONTHS  # "18th Century", "28th May"
            if (following[:1].isupper() and not dated) or following.lower() == "minute":
                # "2nd Battalion" is part of a name; "the 19th minute" a time in a match
                return Core(index, index, 0, kind="time")
            return Core(index, index, number, kind="ordinal")
        if suffix == "s" and number >= 10 and number % 10 == 0:
            if number < 100:  # "the 80s" is the 1980s, "the 00s" the 2000s
                number += 1900 if number >= 20 else 2000
            return Core(index, index, number, kind="year", unit=DECADE)  # "the 1990s", "80s"
        if suffix in CLOCK_SUFFIXES:
            return Core(index, index, 0, kind="time")
        if suffix in PERCENT_WORDS:
            return Core(index, index, number, kind="percent", unit="%")
        if suffix in CURRENCY_WORDS:
            code, factor = CURRENCY_WORDS[suffix]
            return Core(index, index, round(number * factor, 6), kind="money", unit=code)
        if match.group(2) in {"C", "F"} and is_temperature(tokens, index, number):
            return Core(index, index, number, kind="measure", unit=TEMPERATURE_SCALES[suffix])
        single = len(suffix) == 1 and not match.group(2).islower()
        if suffix in MEASURE_UNITS and not single:
            unit = _data_unit(match.group(2)) or MEASURE_UNITS[suffix]
            return Core(index, index, number, kind="measure", unit=unit)
        return None  # "3G", "4x4": a code, not a quantity
    core = Core(index, last, number)
    return _scale_after(tokens, core)


def _scale_after(tokens: Tokens, core: Core) -> Core:
    """Apply a scale word after the digits: "3.5 million", "2 bn"."""
    following = tokens[core.last + 1] if core.last + 1 < len(tokens) else None
    if following is None or not following.spaced:
        return core
    word = following.lower
    if word in SCALES or (word in SUFFIX_SCALES and word not in {"m", "b", "k"}):
        scale = SCALES.get(word) or SUFFIX_SCALES[word]
        return replace(core, last=core.last + 1, value=core.value * scale, scaled=True)
    return core


def _word_core(tokens: Tokens, index: int) -> Core | None:
    """Number words: "two dozen", "half a million", "a third", "one hundred and fifty"."""
    words = tokens.words
    word = words[index]
    if word in VAGUE:
        return Core(index, index, VAGUE[word], word=True, scaled=True)
    if word in ORDINAL_WORDS and not (index > 0 and words[index - 1] in {"a", "one"}):
        return Core(index, index, ORDINAL_WORDS[word], kind="ordinal", word=True)
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
    return Core(index, last, total + current, word=True, scaled=scaled)


def _fraction_after(
    tokens: Tokens, words: Sequence[str], last: int, numerator: float
) -> Core | None:
    """ "two-thirds", "three quarters", "one in five"."""
    position = last + 1
    if position < len(words) and words[position] == "-" and not tokens[position].spaced:
        position += 1
    if position < len(words) and words[position] in FRACTIONS and 0 < numerator < 10:
        denominator = FRACTIONS[words[position]]
        if numerator < denominator and (numerator > 1 or _fraction_context(words, position)):
            return Core(
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
            return Core(start, position + 1, numerator / denominator, "fraction", word=True)
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


def _half(tokens: Tokens, words: Sequence[str], index: int) -> Core | None:
    """ "half a million", "half of voters"; a bare "half" (second half) is not a quantity."""
    if (
        index + 2 < len(words)
        and words[index + 1] in {"a", "an"}
        and words[index + 2] in SCALES | {"dozen": 12}
    ):
        scale = SCALES.get(words[index + 2], 12)
        return Core(index, index + 2, 0.5 * scale, word=True, scaled=True)
    if (
        index + 1 < len(words)
        and words[index + 1] == "of"
        and not (index > 0 and words[index - 1] in {"first", "second", "the"})
    ):
        return Core(index, index, 0.5, kind="fraction", word=True)
    return None


def _article_core(tokens: Tokens, words: Sequence[str], index: int) -> Core | None:
    """ "a dozen", "a million", "a third of", "a half": an article is a number only then."""
    if index + 1 >= len(words):
        return None
    following = words[index + 1]
    if following == "dozen":
        return Core(index, index + 1, 12, word=True, scaled=True)
    if following in SCALES:
        core = Core(index, index + 1, SCALES[following], word=True, scaled=True)
        if following == "hundred" and index + 2 < len(words) and words[index + 2] in SCALES:
            return replace(core, last=index + 2, value=100 * SCALES[words[index + 2]])
        return core
    after_by = index > 0 and words[index - 1] in {"by", "than", "nearly", "almost", "about"}
    if following in FRACTIONS and (after_by or _fraction_context(words, index + 1)):
        return Core(index, index + 1, 1 / FRACTIONS[following], "fraction", word=True)
    return None


def _vague_tail(tokens: Tokens, core: Core) -> tuple[int, float] | None:
    """ "hundreds of", "tens of thousands of": the last token, and the least the words allow.

    "Tens of thousands" is at least 10,000: the bound a reader can rely on, not a guess.
    """
    words = tokens.words
    if not (core.word and words[core.first] in VAGUE):
        return None
    value = core.value
    position = core.last + 1
    # "tens of thousands", "hundreds of millions"
    while position + 1 < len(words) and words[position] == "of" and words[position + 1] in VAGUE:
        value *= VAGUE[words[position + 1]]
        position += 2
    return position - 1, value


def _range_end(tokens: Tokens, core: Core, first: int) -> Core | None:
    """The second number of a range after `core`, if any."""
    words = tokens.words
    position = core.last + 1
    if position + 1 >= len(tokens):
        return None
    joiner = words[position]
    before = words[first - 1] if first > 0 else ""
    if joiner in {"-", "–"}:
        if tokens[core.last].text[-1:].isalpha() and core.kind != "percent" and not core.scaled:
            return None
    elif joiner == "to":
        spans = before == "from" and first > 1 and words[first - 2] in RANGE_WORDS
        if (
            (before == "from" and not spans)
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


def _unit_range_end(tokens: Tokens, core: Core, first: int) -> Core | None:
    """ "3% to 3.5%", "£2-3m": the first number's own unit, then a range to a second number."""
    if core.last + 1 >= len(tokens) or tokens[core.last + 1].text != "%":
        return None
    second = _range_end(tokens, replace(core, last=core.last + 1), first)
    if second is None or second.last + 1 >= len(tokens) or tokens[second.last + 1].text != "%":
        return None
    return replace(second, last=second.last + 1, unit="%", kind="percent")


def _range_values(core: Core, second: Core) -> tuple[float, float]:
    """Share a scale written once: "$10-20m" is 10m to 20m."""
    low, high = core.value, second.value
    if second.scaled and not core.scaled and not core.word:
        low *= _scale_of(second)
    return low, high


def _scale_of(core: Core) -> float:
    for scale in (1e12, 1e9, 1e6, 1e3):
        if core.value >= scale:
            return scale
    return 1


def _degrees(tokens: Tokens, position: int) -> tuple[int, str, QuantityKind, float]:
    """ "1.5°C", "104°F", "45°": a temperature when a scale follows the sign, else degrees."""
    following = tokens[position + 1] if position + 1 < len(tokens) else None
    if following is not None and not following.spaced:
        scale = TEMPERATURE_SCALES.get(following.lower)
        if scale is not None:
            return position + 1, scale, "measure", 1
    return position, "degree", "measure", 1


def _weighs(words: Sequence[str], position: int) -> bool:
    """ "pounds of cocaine" and "pounds (215.5 kilos)" are weights; "pounds of taxpayers'
    money" is money."""
    if position + 1 < len(words) and words[position + 1] == "(":
        inside = words[position + 2 : position + 8]
        closing = inside.index(")") if ")" in inside else len(inside)
        if any(word in CURRENCY_SYMBOLS for word in inside[:closing]):
            return False  # "5 pounds ($6)": money converted
        if any(MEASURE_UNITS.get(word) in WEIGHT_UNITS for word in inside[:closing]):
            return True
        position += closing + 2
    if position + 2 >= len(words) or words[position + 1] != "of":
        return False
    return words[position + 2] not in MONEY_NOUNS


def _unit_after(tokens: Tokens, last: int) -> tuple[int, str, QuantityKind, float] | None:
    """A unit written after the number: (last token, unit, kind, factor)."""
    words = tokens.words
    position = last + 1
    if position >= len(words):
        return None
    word = words[position]
    if word == "%":
        return position, "%", "percent", 1
    if word in DEGREE_SIGNS and not tokens[position].spaced:
        return _degrees(tokens, position)
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
        if word in {"pound", "pounds"} and _weighs(words, position):
            return position, "lb", "measure", 1  # "475 pounds of cocaine"
        code, factor = CURRENCY_WORDS[word]
        return position, code, "money", factor
    if word in {"degree", "degrees"} and position + 1 < len(words):
        scale = TEMPERATURE_SCALES.get(words[position + 1].rstrip("."))
        if scale is not None:
            return position + 1, scale, "measure", 1  # "5 degrees Celsius"
    if word in MEASURE_UNITS and word not in {"g", "m"}:
        unit = _data_unit(tokens[position].text) or MEASURE_UNITS[word]
        return position, unit, "measure", 1
    if word == "per" and position + 1 < len(words) and tokens[position + 1].is_digits:
        base = _core(tokens, position + 1)  # "119 per 100,000": a rate and its base
        if base is not None and base.kind == "count":
            text = " ".join(token.text for token in tokens[position : base.last + 1])
            return base.last, text, "count", 1
    return None


def _data_unit(written: str) -> str | None:
    """ "Tb" and "Gb" are bits, "TB" and "GB" bytes: the case of the "b" tells them apart."""
    if len(written) == 2 and written[0].lower() in "kmgt" and written[1] == "b":
        return f"{written[0].upper() if written[0] != 'k' else 'k'}bit"
    return None
