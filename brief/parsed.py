"""The parsed article that the extraction stages share: original text, layout and spaCy doc."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from brief.layout import Layout

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """One article after the model pass.

    `doc` was parsed from the normalised text, which has the original's length, so a token's
    `idx` is also an offset into `text`, and `text[start:end]` is what the user wrote.
    `sentences` are the doc's sentences, found once: `doc.sents` walks the whole doc on every
    call, so stages that look sentences up by offset use `sentences_overlapping` instead.
    """

    text: str
    layout: Layout
    doc: Doc
    sentences: tuple[Span, ...] = field(init=False, repr=False, compare=False)
    _sentence_ends: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        sentences = tuple(self.doc.sents)
        object.__setattr__(self, "sentences", sentences)
        object.__setattr__(self, "_sentence_ends", tuple(s.end_char for s in sentences))

    def original(self, start: int, end: int) -> str:
        """The user's own characters between two offsets, trimmed of surrounding space."""
        return self.text[start:end].strip()

    def span_text(self, span: Span) -> str:
        """The original text of a spaCy span."""
        return self.original(span.start_char, span.end_char)

    def line_at(self, offset: int) -> int:
        """The 1-based line number of an offset."""
        return self.layout.line_at(offset)

    def sentences_overlapping(self, start: int, end: int) -> list[Span]:
        """The sentences that share a character with [start, end), in order (binary search)."""
        found = []
        for index in range(bisect.bisect_right(self._sentence_ends, start), len(self.sentences)):
            sentence = self.sentences[index]
            if sentence.start_char >= end:
                break
            found.append(sentence)
        return found
