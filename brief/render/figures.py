"""Key figures: the numbers a reader's view shows, most salient first, each on one line.

The JSON keeps every number in article order; a view for people shows the figures that
matter. A number is shown by default when it says what it counts, or when the title or a key
sentence gives it (a bare "91" in the headline matters even without its noun). Records only:
the digest and every renderer can use it.
"""

from __future__ import annotations

from brief.records import Brief, Number
from brief.render.view import by_salience


def shown_by_default(number: Number, brief: Brief) -> bool:
    """Whether a default view shows `number`: it has a "what", or the title or a key sentence
    gives it."""
    if number.what is not None:
        return True
    if brief.title is not None and number.text in brief.title:
        return True
    return any(
        sentence.start <= number.start < sentence.end or number.text in sentence.text
        for sentence in brief.summary
    )


def key_figures(brief: Brief) -> list[Number]:
    """The numbers a default view shows, most salient first (a view takes the first few); a
    reading given again ("80TB" in the headline, the lead and the end) shows once."""
    shown: list[Number] = []
    for number in by_salience(brief.numbers):
        if shown_by_default(number, brief) and not any(_same(number, s) for s in shown):
            shown.append(number)
    return shown


def _same(number: Number, other: Number) -> bool:
    """The same reading: value, range and unit, and what it counts (as far as both say)."""
    reading = (number.value, number.low, number.high, number.unit, number.kind)
    if reading != (other.value, other.low, other.high, other.unit, other.kind):
        return False
    what, others = _folded(number.what), _folded(other.what)
    return not what or not others or what == others


def _folded(what: str | None) -> tuple[str, ...]:
    """What a number counts, for comparing: lower case, plurals as singulars ("Drives")."""
    return tuple(word.casefold().removesuffix("s") for word in (what or "").split())


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
