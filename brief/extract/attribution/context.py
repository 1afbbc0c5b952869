"""What the attribution steps share: the article's lookups, and the quotes with their blocks.

`ArticleContext` is built once per article (token offsets, which tokens are quoted, the cast's
scene); `QuoteContext` adds the quoted stretches and the layout blocks they stand in, and is
what every step of the sieve reads. Neither changes while a step runs.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.attribution.candidates import Voice
from brief.extract.attribution.scene import Scene
from brief.extract.cast import Cast
from brief.layout import Block
from brief.parsed import ParsedArticle
from brief.quote_marks import Marks

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Attribution:
    """What a step decided for one quote.

    `step` names the step (and, after a slash, how the speaker was found: "governing-verb/
    subject"); `own` is False for a speaker taken from another quote; `content` is the reported
    clause under the cue; `spoke` is who was speaking and where they were named, so that a
    later "he" can continue them (not a credited source: "Sanders said, according to CNN");
    `says` is False for a cue that is not a verb of saying ("watched “Parasite”");
    `candidates` are the scored candidates of a pronoun or a role, best first (`--explain`).
    """

    step: str
    cue: str | None
    speaker: str | None
    own: bool = True
    content: tuple[int, int] | None = None
    spoke: Voice | None = None
    says: bool = True  # False when the cue is a verb that does not report speech
    candidates: tuple[str, ...] = ()


class ArticleContext:
    """Per-article lookups built once: quoted tokens, the cast's scene, the body blocks."""

    def __init__(
        self, article: ParsedArticle, cast: Cast, quoted: Sequence[tuple[int, int]]
    ) -> None:
        """`quoted` holds the character ranges of the quotations, marks included, in order."""
        self.article = article
        self.text = article.text
        self.doc: Doc = article.doc
        self.token_at = article.token_at  # offsets to tokens, as the parsed article answers
        self.quoted = bytearray(len(self.doc))
        for start, end in quoted:
            for index in range(self.token_at(start), self.token_at(max(start, end - 1)) + 1):
                self.quoted[index] = 1
        self.scene = Scene(article, cast, quoted)
        self.blocks: list[Block] = [block for _, block in article.layout.body]

    def window(self, first: int, last: int) -> range:
        """The tokens of the sentences holding tokens `first` to `last`, inside their block."""
        low, high = self.doc[first].sent.start, self.doc[last].sent.end
        located = self.article.block_at(self.doc[first].idx)
        if located is not None:
            block = located[1]
            low = max(low, self.token_at(block.start))
            high = min(high, self.token_at(block.end - 1) + 1)
        return range(low, high)


class QuoteContext:
    """The quotes of one article in text order, with the block each stands in."""

    def __init__(self, article: ArticleContext, stretches: list[Marks]) -> None:
        self.article = article
        self.text = article.text
        self.stretches = stretches
        self.blocks = article.blocks
        starts = [block.start for block in self.blocks]
        self.block_of = [bisect.bisect_right(starts, m.opening) - 1 for m in stretches]
        self.intros = _introductions(self.text, self.blocks)

    def block(self, index: int) -> Block:
        """The block quote `index` stands in."""
        return self.blocks[self.block_of[index]]

    def tokens(self, index: int) -> tuple[int, int]:
        """The first and last token of quote `index`, marks included."""
        marks = self.stretches[index]
        first = self.article.token_at(marks.opening)
        return first, self.article.token_at(max(marks.start, marks.end - 1))

    def opens_block(self, index: int) -> bool:
        """The quote's opening mark starts its paragraph."""
        return self.stretches[index].opening == self.block(index).start


def _introductions(text: str, blocks: list[Block]) -> list[Block | None]:
    """For each block, the block before it when that one ends with a colon; a bullet looks back
    past the other bullets of its list."""
    intros: list[Block | None] = []
    last_text: Block | None = None
    for index, block in enumerate(blocks):
        previous = last_text if block.kind == "bullet" else (blocks[index - 1] if index else None)
        ends_colon = previous is not None and text[previous.start : previous.end].rstrip().endswith(
            ":"
        )
        intros.append(previous if ends_colon else None)
        if block.kind != "bullet":
            last_text = block
    return intros
