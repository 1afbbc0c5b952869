"""The parsed article that the extraction stages share: original text, layout and spaCy doc."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.layout import Layout

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """One article after the model pass.

    `doc` was parsed from the normalised text, which has the original's length, so a token's
    `idx` is also an offset into `text`, and `text[start:end]` is what the user wrote.
    """

    text: str
    layout: Layout
    doc: Doc

    def original(self, start: int, end: int) -> str:
        """The user's own characters between two offsets, trimmed of surrounding space."""
        return self.text[start:end].strip()

    def span_text(self, span: Span) -> str:
        """The original text of a spaCy span."""
        return self.original(span.start_char, span.end_char)

    def line_at(self, offset: int) -> int:
        """The 1-based line number of an offset."""
        return self.layout.line_at(offset)
