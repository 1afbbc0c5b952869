"""The number reader's tokens: text split into words, numbers and symbols with their offsets,
and `Core`, the bare number a phrase is built around.

`brief.extract.number_parsing` reads phrases from these tokens and `brief.extract.number_checks`
judges the numbers on them; both build on this module, so neither imports the other's tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from brief.records import NumberKind

_TOKEN = re.compile(
    r"(?:US|C|A|HK|NZ)\$|[$£€¥]"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?[A-Za-z]*"
    r"|\d+(?:\.\d+)?(?:[:/]\d+)?[A-Za-z]*"
    r"|[A-Za-z]+(?:'[A-Za-z]+)?"
    r"|\S"
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


# What the reader may find: a number the brief reports, or a year or date (for `dates`).
QuantityKind = NumberKind | Literal["year", "date"]
# A clock time or similar non-quantity ("time") is read so that it is skipped.
CoreKind = QuantityKind | Literal["time"]


@dataclass(frozen=True, slots=True)
class Core:
    """The number itself: where it starts and ends (token indexes) and its value."""

    first: int
    last: int
    value: float
    kind: CoreKind = "count"
    unit: str | None = None
    scaled: bool = False
    word: bool = False


class Tokens(list[Token]):
    """The scanned tokens with their lower-cased words, computed once for every lookup."""

    def __init__(self, tokens: list[Token]) -> None:
        super().__init__(tokens)
        self.words = [token.lower for token in tokens]
        self.stripped = [word.rstrip(".") for word in self.words]


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
