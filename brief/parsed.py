"""The parsed article that the extraction stages share: original text, layout and spaCy doc."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from brief.layout import Block, Layout
from brief.render.text import field_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """One article after the model pass.

    `doc` was parsed from the normalised text, which has the original's length, so a token's
    `idx` is also an offset into `text`, and `text[start:end]` is what the user wrote. The
    extractors find their way with `token_at` (offset to token) and `block_at` (offset to the
    body block and its section), each answered here only.
    """

    text: str
    layout: Layout
    doc: Doc
    # Each token's start offset, in order (one array call instead of a Token object per word).
    token_starts: list[int] = field(init=False, repr=False, compare=False)
    # The index of each sentence's first token, in order (the first token always starts one).
    sentence_starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = self.doc.to_array("IDX").tolist() if len(self.doc) else []
        object.__setattr__(self, "token_starts", starts)
        flags = self.doc.to_array("SENT_START").tolist() if len(self.doc) else []
        firsts = [index for index, flag in enumerate(flags) if flag == 1 and index > 0]
        object.__setattr__(self, "sentence_starts", [0, *firsts])

    def original(self, start: int, end: int) -> str:
        """The user's words between two offsets as a record's text field: trimmed, on one line
        (a line break of any system is a space) and without control characters."""
        return field_text(self.text[start:end])

    def trimmed(self, start: int, end: int, also: str = "") -> tuple[int, int]:
        """The offsets between `start` and `end` without white space, or any of `also`, at
        either end: the span a record's `start` and `end` point at."""
        while start < end and (self.text[start].isspace() or self.text[start] in also):
            start += 1
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in also):
            end -= 1
        return start, end

    def span_text(self, span: Span) -> str:
        """The original text of a spaCy span."""
        return self.original(span.start_char, span.end_char)

    def model_text(self, span: Span) -> str:
        """`span.text`, the span as the model read it (typography normalised), cut from the
        parsed text instead of joined token by token."""
        return self.layout.text[span.start_char : span.end_char]

    def line_at(self, offset: int) -> int:
        """The 1-based line number of an offset."""
        return self.layout.line_at(offset)

    def token_at(self, offset: int) -> int:
        """The index of the token holding (or, between tokens, starting before) `offset`."""
        return max(0, bisect.bisect_right(self.token_starts, offset) - 1)

    def sentence_start(self, index: int, back: int = 0) -> int:
        """The index of the first token of the sentence that holds token `index` (the start of
        `token.sent`), or of the sentence `back` sentences before that one (the first, when
        there are fewer)."""
        position = bisect.bisect_right(self.sentence_starts, index) - 1
        return self.sentence_starts[max(0, position - back)]

    def lead_end(self, sentences: int) -> int:
        """Where the body's first `sentences` sentences end (the lead; with one, the lede): the
        body's start when it has no sentence, 0 when there is no body."""
        body = self.layout.body
        if not body:
            return 0
        start = body[0][1].start
        # Read sentences only up to the lead: the cast asks once per actor, and reading the
        # whole article each time made a long text's cast quadratic.
        after = (sent for sent in self.doc.sents if sent.end_char > start)
        lead = list(itertools.islice(after, sentences))
        return lead[-1].end_char if lead else start

    def tokens_where(self, attribute: str, values: Iterable[str]) -> list[int]:
        """The indexes, in order, of the tokens whose `attribute` (a spaCy attribute: "ORTH",
        "LOWER", "POS", "TAG") is one of `values`, read from one array of the doc rather than
        token by token."""
        if not len(self.doc):
            return []
        wanted = {self.doc.vocab.strings[value] for value in values}
        column = self.doc.to_array(attribute).tolist()
        return [index for index, value in enumerate(column) if value in wanted]

    def block_at(self, offset: int) -> tuple[int, Block] | None:
        """The body block holding `offset`, with its section index; None outside the body."""
        return self.layout.block_at(offset)
