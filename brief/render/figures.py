"""Key figures: the numbers a reader's view shows, most salient first, each on one line.

The JSON keeps every number in article order; a view for people shows the figures that
matter. A number is shown by default when it says what it counts, or when the title or a key
sentence gives it (a bare "91" in the headline matters even without its noun). Records only:
the digest and every renderer can use it.
"""

from __future__ import annotations

import re

from brief.records import Brief, Number
from brief.render.view import by_salience  # the one ranking: numbers, dates and entities

__all__ = ["by_salience", "figure_line", "key_figures", "shown_by_default", "with_conversions"]


def shown_by_default(number: Number, brief: Brief) -> bool:
    """Whether a default view shows `number`: it has a "what", or the title or a key sentence
    gives it; never a lone word "one" ("One thing that has not changed"), which says "a" far
    more often than it gives a figure (`--full` and the JSON keep it)."""
    if _lone_one(number):
        return False
    if number.what is not None:
        return True
    if brief.title is not None and _written_in(number.text, brief.title):
        return True
    return any(
        sentence.start <= number.start < sentence.end or _written_in(number.text, sentence.text)
        for sentence in brief.summary
    )


def _written_in(figure: str, text: str) -> bool:
    """`figure` stands in `text` as a figure of its own, not inside a longer one or a word:
    "10" is not in "Powerbook 100", "3" not in "3G", "22" not in "22.5" nor in "1,022"."""
    return re.search(rf"(?<![\w.,]){re.escape(figure)}(?!\w|[.,]\d)", text) is not None


def _lone_one(number: Number) -> bool:
    """The word "one" counting something, with no unit, range or qualifier: "One thing"."""
    return (
        number.kind == "count"
        and number.value == 1
        and number.unit is None
        and number.text.isalpha()
    )


def key_figures(brief: Brief) -> list[Number]:
    """The numbers a default view shows, most salient first, each reading once ("eight" that
    counts points and "eight" that counts rebounds show once, the more salient); a view takes
    the first few."""
    shown: dict[tuple[object, ...], Number] = {}
    for number in by_salience(brief.numbers):
        if shown_by_default(number, brief):
            shown.setdefault(_reading(number), number)
    return list(shown.values())


def _reading(number: Number) -> tuple[object, ...]:
    """What a number says, whatever it counts; a score (no value) by its text: "2-1"."""
    values = (number.value, number.low, number.high)
    if values == (None, None, None):
        return number.kind, number.text
    return (*values, number.unit, number.kind)


def figure_line(number: Number) -> str:
    """The figure as written, its conversions and what it counts, on one line:
    "15 million euros ($16 million) — help". Article text, as written: a renderer makes it
    safe (`one_line`, Markdown's `escape`)."""
    line = with_conversions(number)
    return f"{line} — {number.what}" if number.what else line


def with_conversions(number: Number) -> str:
    """The number as written, with its conversions in brackets: "15 million euros ($16 million)"."""
    if not number.conversions:
        return number.text
    return f"{number.text} ({'; '.join(conversion.text for conversion in number.conversions)})"
