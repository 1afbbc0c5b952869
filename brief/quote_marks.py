"""The quotation marks, each set written once, and their pairing into quoted stretches.

Every module that asks "is this a quotation mark?" imports its set from here: the marks by weight
and side, and the sets derived from them. It imports nothing of `brief`, so the layout, the
summarizer and the extractors all may. Pairing reads one layout block at a time, in one linear
pass.

Double marks (straight or curly, „ and « » too) always quote. A single mark quotes only when it
opens after a space or bracket, is followed by a letter, and a matching closer follows in the same
block, or the next block reopens with a single mark (a quote over paragraphs): otherwise it is
an apostrophe ("don't", "Sanders' plan", "'90s"). Single marks inside a
double-quoted stretch are nested quotes and stay part of it.

An opening curly mark right after a word and before a space closes the quote it ends (“…,“
he said: a reversed closing mark). An unclosed double mark runs to the end of its paragraph and
no further. When the next paragraph reopens with a mark (the convention for a quote that runs
over several paragraphs) the stretch is marked `continued`, so the next one keeps its speaker.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

# --- the marks: every quotation-mark set of `brief` is one of these or derived from them --------
# Straight marks stand on both sides of a quote; the model's text (`brief.nlp.typography`) and the
# layout's have only these.
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
STRAIGHT_MARKS = STRAIGHT_DOUBLE + STRAIGHT_SINGLE
DOUBLE_OPENING = "“„«"
DOUBLE_CLOSING = "”»"
SINGLE_OPENING = "‘‚‹"
SINGLE_CLOSING = "’›"
OPENING_MARKS = STRAIGHT_MARKS + DOUBLE_OPENING + SINGLE_OPENING
CLOSING_MARKS = STRAIGHT_MARKS + DOUBLE_CLOSING + SINGLE_CLOSING
DOUBLE_MARKS = STRAIGHT_DOUBLE + DOUBLE_OPENING + DOUBLE_CLOSING
QUOTE_MARKS = OPENING_MARKS + DOUBLE_CLOSING + SINGLE_CLOSING
# An opening curly mark typed where the closing one belongs (“…,“ he said) ends a quote too.
REVERSED_DOUBLE = "“"
REVERSED_SINGLE = "‘"
ENDING_MARKS = CLOSING_MARKS + REVERSED_DOUBLE + REVERSED_SINGLE
# What may follow a sentence's full stop and still belong to it.
CLOSING_MARKS_AND_BRACKETS = CLOSING_MARKS + ")]"
# Each opening mark's typeset partner (German-style » « quotes open with the right guillemet).
PARTNERS = {
    STRAIGHT_DOUBLE: STRAIGHT_DOUBLE,
    STRAIGHT_SINGLE: STRAIGHT_SINGLE,
    "“": "”",
    "„": "“",
    "«": "»",
    "»": "«",
    "‘": "’",
    "‚": "‘",
    "‹": "›",
}

# --- pairing ----------------------------------------------------------------------------------
# Marks that open a double quote (German-style » « quotes open with the right guillemet).
DOUBLE_OPENERS = STRAIGHT_DOUBLE + DOUBLE_OPENING + "»"
# What may close a quote opened by each mark (news copy mixes straight and curly marks).
CLOSERS = {"“": '”"', "„": '“”"', "«": "»", "»": "«", '"': '"”'}
SINGLE_OPENERS = STRAIGHT_SINGLE + SINGLE_OPENING
SINGLE_CLOSERS = STRAIGHT_SINGLE + SINGLE_CLOSING + REVERSED_SINGLE
# Characters after which a straight mark opens rather than closes a quote.
OPENING_CONTEXT = " \t\n([{—–-/:;\u00a0"
# Elisions that start with an apostrophe: 'em, 'til, 'cause, 'n', '90s.
ELISIONS = ("em ", "til ", "cause ", "n ", "n'", "n’", "tis ", "twas ")


class Extent(Protocol):
    """A run of the text, such as a layout block: where it starts and ends."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Marks:
    """One quoted stretch: `start`/`end` cover the words inside the marks."""

    opening: int  # offset of the opening mark
    start: int
    end: int
    closed: bool  # False when the paragraph ended before a closing mark
    continued: bool = False  # the next paragraph reopens the quote


def quoted_stretches(text: str, blocks: Sequence[Extent]) -> list[Marks]:
    """Every quoted stretch in `blocks` (in text order), never crossing a block boundary."""
    found: list[Marks] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        opener = text[following.start] if following is not None else " "
        for marks in _in_block(text, block, opener in SINGLE_OPENERS):
            if not marks.closed and following is not None:
                reopens = opener in (
                    SINGLE_OPENERS if text[marks.opening] in SINGLE_OPENERS else DOUBLE_OPENERS
                )
                marks = Marks(marks.opening, marks.start, marks.end, False, reopens)
            found.append(marks)
    return found


def _in_block(text: str, block: Extent, single_reopens: bool = False) -> Iterator[Marks]:
    """The stretches of one block. `single_reopens`: the next block opens with a single mark,
    so a single mark left open here runs to the end of the block (a quote over paragraphs)."""
    position = block.start
    while position < block.end:
        char = text[position]
        if char in DOUBLE_OPENERS and _opens(text, position, block.start):
            marks = _close_double(text, position, block.end)
        elif char in SINGLE_OPENERS and _opens_single(text, position, block):
            marks = _close_single(text, position, block.end, single_reopens)
        else:
            marks = None
        if marks is None:
            position += 1
            continue
        yield marks
        position = marks.end + (1 if marks.closed else 0)


def _opens(text: str, position: int, block_start: int) -> bool:
    """A curly or guillemet opener always opens; a straight one opens after a space or bracket."""
    char = text[position]
    if char in DOUBLE_OPENING:
        return True
    if char == "»":  # German-style » « pairs only open at a word boundary
        return position == block_start or text[position - 1] in OPENING_CONTEXT
    return (
        position == block_start
        or text[position - 1] in OPENING_CONTEXT + SINGLE_OPENERS + DOUBLE_OPENING
    )


def _close_double(text: str, opening: int, block_end: int) -> Marks | None:
    opener = text[opening]
    for position in range(opening + 1, block_end):
        char = text[position]
        if char in CLOSERS[opener] or _reversed_closer(text, position, block_end):
            return Marks(opening, opening + 1, position, True)
        if char in DOUBLE_OPENING and opener != "„":
            # A new opener before any closer: the first quote lost its closing mark.
            return Marks(opening, opening + 1, position, False) if position > opening + 1 else None
    if opening + 1 >= block_end:
        return None
    return Marks(opening, opening + 1, block_end, False)


def _reversed_closer(text: str, position: int, block_end: int) -> bool:
    """An opening curly mark typed where a closing one belongs: right after a word or its
    punctuation and before a space (“It's unusual,“ said Larry Noble)."""
    return (
        text[position] == REVERSED_DOUBLE
        and not text[position - 1].isspace()
        and (position + 1 >= block_end or text[position + 1].isspace())
    )


def _opens_single(text: str, position: int, block: Extent) -> bool:
    if (
        position > block.start
        and text[position - 1] not in OPENING_CONTEXT + STRAIGHT_DOUBLE + DOUBLE_OPENING
    ):
        return False
    after = text[position + 1 : position + 7].lower()
    return after[:1].isalpha() and not after.startswith(ELISIONS)


def _close_single(text: str, opening: int, block_end: int, reopened: bool = False) -> Marks | None:
    """The matching closer: a single mark after a non-space and before a non-letter. With none,
    the block's end when the next block reopens with a single mark (`reopened`: a quote that
    runs over paragraphs, its closing mark left for the last one)."""
    for position in range(opening + 2, block_end):
        char = text[position]
        if char in DOUBLE_MARKS:
            return None  # a single mark inside a double quote's reach is not ours to pair
        if char not in SINGLE_CLOSERS or text[position - 1].isspace():
            continue
        following = text[position + 1 : position + 2]
        if following.isalpha():
            continue  # don't, it's
        if (
            text[position - 1] in "sS"
            and following == " "
            and _plural_possessive(text, position, block_end)
        ):
            continue
        return Marks(opening, opening + 1, position, True)
    return Marks(opening, opening + 1, block_end, False) if reopened else None


def _plural_possessive(text: str, position: int, block_end: int) -> bool:
    """ "the Sanders' plan": an apostrophe after s followed by a lower-case noun goes on; not
    when a curly opening mark comes before the next closer (‘reckless’ and ‘a waste’: the
    first one closes)."""
    rest = text[position + 2 : min(block_end, position + 40)]
    if not rest[:1].islower():
        return False
    for char in rest:
        if char in SINGLE_OPENING:
            return False
        if char in SINGLE_CLOSERS:
            return True
    return False
