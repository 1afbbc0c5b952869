"""Find an article's structure: title, headings, sections, paragraphs and bullet items.

The parser reads lines by their shape alone (no model), in one linear pass. It works on the
normalised text (see `brief.nlp.typography`), whose offsets equal the original's, so every block
it returns points straight into what the user gave.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from brief.nlp.typography import normalize
from brief.quote_marks import CLOSING_MARKS_AND_BRACKETS, QUOTE_MARKS

BlockKind = Literal["title", "heading", "paragraph", "bullet"]

_MARKDOWN_HEADING = re.compile(r"#{1,6}[ \t]+")
_BULLET = re.compile(r"(?:[-*+•◦▪‣·][ \t]+|\d{1,3}[.)][ \t]+)")
_SENTENCE_END = ".!?:;" + CLOSING_MARKS_AND_BRACKETS
_HEADING_BAD_ENDINGS = ".,;:"
# Words that stay lower case in headline case.
_MINOR_WORDS = frozenset(
    "a an and as at but by en for from if in into nor of off on or per so the to up via vs with "
    "is are was be".split()
)
MAX_TITLE_WORDS = 30
MAX_TITLE_CHARS = 250
MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text with one role. `start`/`end` cover its content (markers stripped)."""

    kind: BlockKind
    start: int
    end: int
    line: int


@dataclass(frozen=True, slots=True)
class SectionSpan:
    """A heading (None for the lead) and the body blocks under it."""

    heading: Block | None
    blocks: tuple[Block, ...]


@dataclass(frozen=True, slots=True)
class Layout:
    """The structure of one article."""

    text: str
    title: Block | None
    sections: tuple[SectionSpan, ...]
    line_starts: tuple[int, ...]
    body: tuple[tuple[int, Block], ...]
    body_starts: tuple[int, ...]

    def line_at(self, offset: int) -> int:
        """Return the 1-based line number holding character `offset`."""
        return bisect.bisect_right(self.line_starts, offset)

    def block_at(self, offset: int) -> tuple[int, Block] | None:
        """The body block holding `offset`, with its section index, or None."""
        position = bisect.bisect_right(self.body_starts, offset) - 1
        if position < 0:
            return None
        index, block = self.body[position]
        return (index, block) if offset < block.end else None

    def block_text(self, block: Block) -> str:
        """The text a block covers."""
        return self.text[block.start : block.end]


@dataclass(frozen=True, slots=True)
class _Line:
    number: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def parse_layout(text: str) -> Layout:
    """Split normalised article text into title, sections and blocks.

    `text` must use "\\n" line breaks (as `brief.nlp.typography.normalize` returns it).
    """
    lines = _split_lines(text)
    line_starts = tuple(line.start for line in lines)
    blocks = _blocks(text, lines)
    title, body = _take_title(text, blocks)
    sections = _group_sections(body)
    indexed = tuple(
        (index, block) for index, section in enumerate(sections) for block in section.blocks
    )
    return Layout(text, title, sections, line_starts, indexed, tuple(b.start for _, b in indexed))


def _split_lines(text: str) -> list[_Line]:
    return [
        _Line(number, start, end, text[start:end])
        for number, (start, end) in enumerate(line_spans(text), start=1)
    ]


def line_spans(text: str) -> list[tuple[int, int]]:
    """Where each line of normalised text starts and ends: line N of a brief is the Nth."""
    spans = []
    start = 0
    for raw in text.split("\n"):
        spans.append((start, start + len(raw)))
        start += len(raw) + 1
    return spans


def article_lines(text: str) -> list[str]:
    """An article's text as the lines every `line N` of its brief counts (the first is line
    1), as written: a line break is any of "\n", "\r\n", "\r" and the Unicode line and
    paragraph separators, as for the layout."""
    return [text[start:end].rstrip("\r") for start, end in line_spans(normalize(text))]


def _blocks(text: str, lines: list[_Line]) -> list[Block]:
    """Classify each non-blank line and join hard-wrapped paragraph lines.

    A text that marks any heading the Markdown way ("## Results") marks all of them: then a
    short line in headline case is a paragraph (a web page's "Thanks for signing up!"), not a
    heading. Only in text with no marked heading are headings found by their shape.
    """
    blocks: list[Block] = []
    previous_blank = True
    following = _next_text_lines(lines)
    by_shape = not any(_MARKDOWN_HEADING.match(line.text.lstrip()) for line in lines)
    for index, line in enumerate(lines):
        if line.blank:
            previous_blank = True
            continue
        block = _classify(line, following[index] if by_shape else None)
        if blocks and not previous_blank and _continues(text, blocks[-1], block):
            last = blocks[-1]
            blocks[-1] = Block(last.kind, last.start, block.end, last.line)
        else:
            blocks.append(block)
        previous_blank = False
    return blocks


def _next_text_lines(lines: list[_Line]) -> list[_Line | None]:
    """For each line, the next non-blank line after it, in one backward pass (not one scan each)."""
    following: list[_Line | None] = [None] * len(lines)
    upcoming: _Line | None = None
    for index in range(len(lines) - 1, -1, -1):
        following[index] = upcoming
        if not lines[index].blank:
            upcoming = lines[index]
    return following


def _classify(line: _Line, following: _Line | None) -> Block:
    """A line's block: a Markdown heading or bullet by its marker; a heading by its shape
    when a `following` line is given and is not heading-shaped itself; else a paragraph."""
    content_start, content_end = _strip_span(line)
    body = line.text[content_start - line.start : content_end - line.start]
    heading = _MARKDOWN_HEADING.match(body)
    if heading:
        return Block("heading", content_start + heading.end(), content_end, line.number)
    bullet = _bullet_marker_length(body)
    if bullet:
        return Block("bullet", content_start + bullet, content_end, line.number)
    if (
        following is not None
        and _is_heading_shaped(body)
        and not _is_heading_shaped(following.text.strip())
    ):
        return Block("heading", content_start, content_end, line.number)
    return Block("paragraph", content_start, content_end, line.number)


def _strip_span(line: _Line) -> tuple[int, int]:
    stripped_left = len(line.text) - len(line.text.lstrip())
    stripped_right = len(line.text.rstrip())
    return line.start + stripped_left, line.start + stripped_right


def _bullet_marker_length(body: str) -> int:
    """Length of a list marker ("- ", "• ", "1. ", an emoji and a space), or 0."""
    match = _BULLET.match(body)
    if match:
        return match.end()
    if len(body) > 2 and body[1] in " \t" and unicodedata.category(body[0]) == "So":
        return 2
    return 0


def _is_heading_shaped(line: str) -> bool:
    """A short line in headline case with no closing full stop."""
    words = line.split()
    if not 2 <= len(words) <= MAX_HEADING_WORDS or len(line) > MAX_HEADING_CHARS:
        return False
    if line.rstrip(CLOSING_MARKS_AND_BRACKETS)[
        -1:
    ] in _HEADING_BAD_ENDINGS or _bullet_marker_length(line):
        return False
    significant = [
        w for w in (_letters(word) for word in words) if w and w.lower() not in _MINOR_WORDS
    ]
    if not significant or not _letters(words[0])[:1].isupper():
        return False
    capitalised = sum(1 for word in significant if word[0].isupper())
    return capitalised / len(significant) >= 0.75


def _letters(word: str) -> str:
    return word.strip(QUOTE_MARKS + "()[]-—–…,.!?:;")


def _continues(text: str, previous: Block, block: Block) -> bool:
    """Whether `block` continues a hard-wrapped paragraph rather than starting a new one.

    A line that ends a sentence or introduces the next (":") keeps its own block, so sentence
    boundaries at line ends survive; a line that stops mid-clause and is followed by a lower-case
    line is one paragraph wrapped at a fixed width.
    """
    if previous.kind != "paragraph" or block.kind != "paragraph":
        return False
    head = text[block.start]
    return text[previous.end - 1] not in _SENTENCE_END and (head.islower() or head.isdigit())


def _take_title(text: str, blocks: list[Block]) -> tuple[Block | None, list[Block]]:
    if len(blocks) < 2:
        return None, blocks
    first = blocks[0]
    if first.kind == "heading" or (
        first.kind == "paragraph" and _is_title_length(text[first.start : first.end])
    ):
        return Block("title", first.start, first.end, first.line), blocks[1:]
    return None, blocks


def _is_title_length(line: str) -> bool:
    return len(line) <= MAX_TITLE_CHARS and len(line.split()) <= MAX_TITLE_WORDS


def _group_sections(blocks: list[Block]) -> tuple[SectionSpan, ...]:
    sections: list[SectionSpan] = []
    heading: Block | None = None
    body: list[Block] = []
    for block in blocks:
        if block.kind == "heading":
            if heading is not None or body:
                sections.append(SectionSpan(heading, tuple(body)))
            heading, body = block, []
        else:
            body.append(block)
    if heading is not None or body or not sections:
        sections.append(SectionSpan(heading, tuple(body)))
    return tuple(sections)
