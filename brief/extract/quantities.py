"""The number phrases of an article, read once for both the numbers and the dates.

`brief.extract.number_parsing.scan` reads the title, the headings and the text blocks (so list
markers "1." are never numbers); each phrase comes with the parse span it covers. A phrase whose
digits the model reads as part of a name ("Windows 95", "Euro 2004") is left out here, so
neither a number nor a date is made of it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from brief.extract.number_parsing import Quantity, scan
from brief.layout import Block
from brief.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Span

MAX_SCAN_CHARS = 2000
# Entity labels whose digits are part of the name ("Windows 95" is a product).
NAME_LABELS = frozenset({"PRODUCT", "ORG", "WORK_OF_ART", "FAC", "LAW", "PERSON"})
# What the reader finds that is a date, not a number: `brief.extract.dates` reports these.
DATE_KINDS = frozenset({"year", "date"})


@dataclass(frozen=True, slots=True)
class Found:
    """One number phrase of the article: the block it is in, its reading and its parse span."""

    block: Block
    quantity: Quantity
    span: Span


def article_quantities(article: ParsedArticle) -> list[Found]:
    """Every number phrase of the title, headings and text blocks, in article order."""
    found = []
    for block, quantity in _quantities(article):
        span = article.doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
        if span is None or len(span) == 0 or _inside_name(span, quantity):
            continue
        found.append(Found(block, quantity, span))
    return found


def _blocks(article: ParsedArticle) -> list[Block]:
    layout = article.layout
    blocks = [layout.title] if layout.title is not None else []
    for section in layout.sections:
        if section.heading is not None:
            blocks.append(section.heading)
        blocks.extend(section.blocks)
    return blocks


def _quantities(article: ParsedArticle) -> Iterator[tuple[Block, Quantity]]:
    text = article.layout.text
    for block in _blocks(article):
        for start, end in _scan_windows(text, block.start, block.end):
            for quantity in scan(text[start:end]):
                shifted = replace(quantity, start=quantity.start + start, end=quantity.end + start)
                yield block, shifted


def _scan_windows(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A block cut into pieces of at most `MAX_SCAN_CHARS`, at a sentence end where there is one.

    `scan` reads the whole text it is given again for every number, so one huge block (a page
    flattened to a single line) would take hours; an ordinary paragraph is one piece.
    """
    while end - start > MAX_SCAN_CHARS:
        window = text[start : start + MAX_SCAN_CHARS]
        sentence_end = max(window.rfind(mark) for mark in (". ", "! ", "? ", "; "))
        cut = sentence_end + 2 if sentence_end > 0 else window.rfind(" ") + 1
        cut = cut or MAX_SCAN_CHARS
        yield start, start + cut
        start += cut
    yield start, end


def _inside_name(span: Span, quantity: Quantity) -> bool:
    """The model reads the digits as the end of a name: "Windows 95", "Euro 2004"."""
    if quantity.unit is not None or quantity.kind not in {"count", "year"}:
        return False
    previous = span.doc[span.start - 1] if span.start > 0 else None
    return (
        previous is not None
        and previous.ent_type_ in NAME_LABELS
        and all(token.ent_type_ == previous.ent_type_ for token in span)
        and previous.ent_iob_ != ""
        and span[0].ent_iob_ == "I"
    )
