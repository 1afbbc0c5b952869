"""Numbers the article reports: their value (or range), qualifier, unit, kind and what they count."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from brief.model import Number, NumberKind
from brief.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NUMERIC_LABELS = {
    "CARDINAL": "count",
    "MONEY": "money",
    "PERCENT": "percent",
    "QUANTITY": "measure",
    "DATE": "date",
    "TIME": "duration",
    "ORDINAL": "ordinal",
}
WORD_VALUES = {
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
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "half": 0.5,
}
MULTIPLIERS = {
    "dozen": 12,
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "k": 1_000,
    "m": 1_000_000,
    "mn": 1_000_000,
    "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
}
QUALIFIERS = (
    "more than",
    "less than",
    "fewer than",
    "at least",
    "at most",
    "up to",
    "as many as",
    "as much as",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "just over",
    "just under",
    "close to",
    "only",
)
UNITS = {
    "%": "%",
    "percent": "%",
    "per cent": "%",
    "$": "USD",
    "£": "GBP",
    "€": "EUR",
    "¥": "JPY",
    "year": "year",
    "years": "year",
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
    "km": "km",
    "miles": "mile",
    "mile": "mile",
    "kg": "kg",
    "tonnes": "tonne",
    "tons": "ton",
    "metres": "m",
    "meters": "m",
}
QUANTIFYING_DEPS = {"nummod", "compound", "amod", "quantmod", "npadvmod", "pobj", "nmod"}
DURATION_UNITS = {"year", "month", "week", "day", "hour", "minute"}
_NUMBER = re.compile(r"(\d+(?:[.,]\d+)*)\s*(bn|mn|m|k|tn)?\b", re.IGNORECASE)
_RANGE = re.compile(r"(\d+(?:[.,]\d+)*)\s*(?:-|to|and)\s*(\d+(?:[.,]\d+)*)")


def extract_numbers(article: ParsedArticle) -> list[Number]:
    """Every number the article reports, in article order."""
    numbers = [number for span in _candidates(article) if (number := _number(article, span))]
    return sorted(numbers, key=lambda number: number.start)


def _candidates(article: ParsedArticle) -> Iterator[Span]:
    doc = article.doc
    covered: set[int] = set()
    for span in doc.ents:
        if span.label_ in NUMERIC_LABELS and any(_is_numeric(token) for token in span):
            covered.update(range(span.start, span.end))
            yield span
    for token in doc:
        if token.i not in covered and token.like_num and not _inside_name(token):
            yield doc[token.i : token.i + 1]


def _is_numeric(token: Token) -> bool:
    return bool(token.like_num) or token.lower_ in MULTIPLIERS or token.lower_ in WORD_VALUES


def _inside_name(token: Token) -> bool:
    """Digits glued to letters or a hyphenated model name (Pantsir-S1, COVID-19) are names."""
    return token.ent_type_ in {"ORG", "PRODUCT", "PERSON", "WORK_OF_ART", "LAW"} or (
        bool(re.search(r"[A-Za-z]", token.text)) and not token.text.isalpha()
    )


def _number(article: ParsedArticle, span: Span) -> Number | None:
    text = article.span_text(span)
    # The text the model saw (`doc.text` would rebuild the whole document on every call).
    lowered = article.layout.text[span.start_char : span.end_char].lower()
    qualifier, rest = _split_qualifier(lowered)
    if qualifier is None:
        qualifier = _qualifier_before(span)
    low, high = _range(rest)
    value = None if low is not None else _value(rest)
    if value is None and low is None:
        return None
    unit = _unit(rest)
    kind = _kind(span, unit, value)
    sentence = span.sent
    return Number(
        text=text,
        value=value,
        low=low,
        high=high,
        qualifier=qualifier,
        unit=unit,
        what=_what(article, span),
        kind=kind,
        sentence=article.span_text(sentence),
        line=article.line_at(span.start_char),
        start=span.start_char,
        end=span.end_char,
    )


def _split_qualifier(text: str) -> tuple[str | None, str]:
    for qualifier in sorted(QUALIFIERS, key=len, reverse=True):
        if text.startswith(qualifier + " "):
            return qualifier, text[len(qualifier) + 1 :]
    return None, text


def _qualifier_before(span: Span) -> str | None:
    doc = span.doc
    before = doc[max(span.start - 3, 0) : span.start].text.lower()
    for qualifier in sorted(QUALIFIERS, key=len, reverse=True):
        if before.endswith(qualifier):
            return qualifier
    return None


def _range(text: str) -> tuple[float | None, float | None]:
    match = _RANGE.search(text)
    if not match:
        return None, None
    return _digits(match.group(1)), _digits(match.group(2))


def _digits(text: str) -> float:
    return float(text.replace(",", ""))


def _value(text: str) -> float | None:
    match = _NUMBER.search(text)
    if match:
        multiplier = MULTIPLIERS.get((match.group(2) or "").lower(), 1)
        after = text[match.end() :].split()
        if after and after[0] in MULTIPLIERS and len(after[0]) > 2:
            multiplier *= MULTIPLIERS[after[0]]
        return _digits(match.group(1)) * multiplier
    return _word_value(text.split())


def _word_value(words: list[str]) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for word in words:
        word = word.strip(",.")
        if word in WORD_VALUES:
            current += WORD_VALUES[word]
            seen = True
        elif word in MULTIPLIERS and len(word) > 2:
            current = (current or 1) * MULTIPLIERS[word]
            if MULTIPLIERS[word] >= 1000:
                total += current
                current = 0
            seen = True
    return total + current if seen else None


def _unit(text: str) -> str | None:
    for surface, unit in UNITS.items():
        if surface in {"$", "£", "€", "¥", "%"}:
            if surface in text:
                return unit
        elif re.search(rf"\b{re.escape(surface)}\b", text):
            return unit
    return None


def _kind(span: Span, unit: str | None, value: float | None) -> NumberKind:
    if unit == "%":
        return "percent"
    if unit in {"USD", "GBP", "EUR", "JPY"}:
        return "money"
    if unit in DURATION_UNITS:
        return "duration"
    if (
        span.label_ == "DATE"
        and value is not None
        and 1800 <= value <= 2100
        and float(value).is_integer()
    ):
        return "year"
    kind = NUMERIC_LABELS.get(span.label_, "count")
    return kind  # type: ignore[return-value]


def _what(article: ParsedArticle, span: Span) -> str | None:
    """The noun the number quantifies: "91 drones" -> drones, "30-50 year guarantees" -> guarantees."""
    token = span.root
    for _ in range(4):
        head = token.head
        if head.i == token.i or token.dep_ not in {
            "nummod",
            "compound",
            "amod",
            "quantmod",
            "npadvmod",
            "pobj",
            "nmod",
        }:
            break
        if head.pos_ in {"NOUN", "PROPN"} and head.i >= span.end and head.lower_ not in UNITS:
            return _noun_phrase(article, head)
        token = head
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is not None and following.pos_ == "NOUN" and following.lower_ not in UNITS:
        return _noun_phrase(article, following)
    return None


def _noun_phrase(article: ParsedArticle, noun: Token) -> str:
    modifiers = [child for child in noun.lefts if child.dep_ == "compound" and child.pos_ == "NOUN"]
    start = modifiers[0].idx if modifiers else noun.idx
    return article.original(start, noun.idx + len(noun))
