"""A number and its conversion are one figure: "15 million euros ($16 million)".

An article often gives an amount in a second currency or unit, in brackets or after ", or".
The second number says nothing new, so it is kept on the first as a `Conversion`, not listed
as a figure of its own. It is a conversion when it is money beside money, a measure beside a
measure or a percentage beside a fraction, in another unit, written right after the first:
"(" or ", or" between them, and ")", ";" or "," closing it.
"""

from __future__ import annotations

import re
from dataclasses import replace

from brief.records import Conversion, Number

# What stands between a number and its conversion, and what closes the conversion; in a
# chain of conversions ("€15m ($16m; £13m)") the next one follows a ";" or ",".
_OPENING = re.compile(r"\s*(?:\(|\[|,?\s+or\s+)\s*")
_CHAINED = re.compile(r"\s*[;,]\s*")
_CLOSING = re.compile(r"\s*(?:\)|\]|;|,|$)")
# Kinds of number that convert into each other: money, measures, and a fraction into a
# percentage ("one in five (21 per cent)").
CONVERTIBLE = frozenset({("money", "money"), ("measure", "measure"), ("fraction", "percent")})


def with_conversions(text: str, numbers: list[Number]) -> list[Number]:
    """`numbers` (in article order) with each conversion moved onto the number it converts."""
    merged: list[Number] = []
    end = 0  # where the last number kept, or its last conversion, ends
    for number in numbers:
        previous = merged[-1] if merged else None
        if previous is not None and _converts(text, previous, end, number):
            merged[-1] = replace(
                previous,
                conversions=(*previous.conversions, _conversion(number)),
                what=previous.what or number.what,
            )
        else:
            merged.append(number)
        end = number.end
    return merged


def _converts(text: str, first: Number, end: int, second: Number) -> bool:
    """`second` gives `first`'s amount in another unit, written right after it (or after
    its last conversion, which ends at `end`)."""
    if (first.kind, second.kind) not in CONVERTIBLE:
        return False
    if second.unit is None or second.change is not None:
        return False
    if second.unit in {first.unit, *(conversion.unit for conversion in first.conversions)}:
        return False
    between = text[end : second.start]
    opening = _CHAINED if first.conversions else _OPENING
    return bool(opening.fullmatch(between)) and _CLOSING.match(text, second.end) is not None


def _conversion(number: Number) -> Conversion:
    """The conversion `number` gives."""
    return Conversion(number.text, number.value, number.low, number.high, number.unit)
