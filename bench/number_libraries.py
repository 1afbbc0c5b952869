"""Compare the project's number reader with quantulum3 and text2num on the number tables.

    pip install --target /tmp/numlibs quantulum3 text2num     # not project dependencies
    PYTHONPATH=/tmp/numlibs .venv/bin/python bench/number_libraries.py

For every case of `tests/extract/test_numbers.py` (tuned and held-out tables) each reader is given the
sentence and must find a quantity whose value (or range) equals the expected one; a unit is
right when it names the same unit (percent, a currency, a time unit, a measure). The
not-a-number table counts how often a reader reports a number where there is none. Only the
model-free reading is compared (`brief.extract.number_parsing.scan`): what a number counts
comes from the parse, which neither library attempts.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from brief.extract.number_parsing import scan
from tests.extract import test_numbers

# Unit names as each library spells them -> the project's unit.
UNIT_NAMES = {
    "percentage": "%",
    "dollar": "USD",
    "united states dollar": "USD",
    "pound sterling": "GBP",
    "euro": "EUR",
    "yen": "JPY",
    "renminbi": "CNY",
    "year": "year",
    "month": "month",
    "week": "week",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "kilometre": "km",
    "mile": "mile",
    "metre": "m",
    "tonne": "tonne",
    "barrel": "barrel",
    "megawatt": "MW",
    "kilogram": "kg",
}

Reading = tuple[tuple[float | None, float | None, float | None], str | None]


def ours(sentence: str) -> list[Reading]:
    return [((q.value, q.low, q.high), q.unit) for q in scan(sentence)]


def quantulum(sentence: str) -> list[Reading]:
    from quantulum3 import parser

    readings: list[Reading] = []
    for quantity in parser.parse(sentence):
        unit = UNIT_NAMES.get(quantity.unit.name.lower()) if quantity.unit else None
        if quantity.uncertainty:
            value = quantity.value
            readings.append(((value, None, None), unit))
        else:
            readings.append(((quantity.value, None, None), unit))
    return readings


def text2num(sentence: str) -> list[Reading]:
    from text_to_num import alpha2digit

    converted = alpha2digit(sentence, "en")
    return [((value, None, None), None) for value, _ in _digits(converted)]


def _digits(text: str) -> list[tuple[float, str]]:
    import re

    return [
        (float(match.group().replace(",", "")), match.group())
        for match in re.finditer(r"\d+(?:,\d{3})*(?:\.\d+)?", text)
    ]


def want(fields: dict[str, Any]) -> Reading:
    value = fields.get("value")
    if isinstance(value, tuple):
        low, high = (None if end is None else float(end) for end in value)
        return (None, low, high), fields.get("unit")
    return (None if value is None else float(value), None, None), fields.get("unit")


def same(got: Reading, expected: Reading) -> tuple[bool, bool]:
    (value, low, high), unit = got
    (want_value, want_low, want_high), want_unit = expected
    if want_value is None:
        found = low == want_low and high == want_high
    else:
        found = value is not None and abs(value - want_value) <= 1e-6 * max(1, abs(want_value))
    return found, found and unit == want_unit


def score(name: str, reader: Callable[[str], list[Reading]]) -> None:
    cases = test_numbers.CASES + test_numbers.READER_CASES + test_numbers.HELD_OUT
    values = units = 0
    for sentence, _, fields in cases:
        readings = reader(sentence)
        results = [same(got, want(fields)) for got in readings]
        values += any(value for value, _ in results)
        units += any(unit for _, unit in results)
    false = sum(bool(reader(sentence)) for sentence, _ in test_numbers.NOT_NUMBERS)
    total = len(cases)
    print(
        f"| {name} | {values}/{total} ({values / total:.0%}) | {units}/{total} ({units / total:.0%})"
        f" | {false}/{len(test_numbers.NOT_NUMBERS)} |"
    )


def main() -> None:
    print("| reader | value or range found | value and unit | numbers in not-a-number cases |")
    print("|---|---|---|---|")
    score("brief (number_parsing.scan)", ours)
    score("quantulum3", quantulum)
    score("text2num (alpha2digit)", text2num)


if __name__ == "__main__":
    main()
