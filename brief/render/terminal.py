"""The terminal view, drawn with rich: styled on a terminal, plain and stable when piped.

Text is wrapped only when given a width (a terminal's); otherwise every title, sentence and list
is one whole line, so line tools (`head -1`, `grep`, `cut`) see whole items.

Article text only ever enters rich as `Text` objects (never as markup strings), and control
characters are made visible first, so an article cannot inject markup or escape sequences.
"""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from brief.records import Brief, Quote
from brief.render.grouping import (
    describe_number,
    entities_by_type,
    quotes_by_speaker,
    said_and_claimed,
)
from brief.render.text import attributed, one_line, quoted

# "Never wrap" is a width no line reaches: an input is at most 2 MB, and nothing pads lines to
# the width (every `Padding` is drawn with expand=False), so the number costs nothing.
UNWRAPPED = 10**8


def to_terminal(brief: Brief, *, styled: bool, width: int | None = None) -> str:
    """The brief as terminal text: with colour and styles when `styled`, plain otherwise;
    wrapped at `width` columns, or never with None."""
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=width or UNWRAPPED,
        force_terminal=styled,
        color_system="auto" if styled else None,
        no_color=not styled,
        highlight=False,
        emoji=False,
        markup=False,
    )
    console.print(Group(*_parts(brief)))
    if styled:
        return buffer.getvalue()
    # Table cells are padded to their column's width; plain text keeps no trailing spaces.
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _parts(brief: Brief) -> list[RenderableType]:
    parts: list[RenderableType] = [
        Text(one_line(brief.title or brief.source.path or "Brief"), style="bold"),
        Text(_source_line(brief), style="dim"),
    ]
    if brief.summary:
        parts += _heading("Summary")
        for s in brief.summary:
            parts.append(_item(attributed(s.text, s.speaker), s.line))
            if s.why:
                parts.append(_indented(Text(one_line(s.why), style="dim"), 4))
    gists = [section for section in brief.sections if section.summary]
    if gists:
        parts += _heading("Sections")
        for section in gists:
            line = Text("  ")
            line.append(one_line(section.heading or "Lead"), style="bold")
            line.append(f" (line {section.line})", style="dim")
            parts += [line, _indented(Text(one_line(section.summary or "")), 4)]
    for heading, entities in entities_by_type(brief):
        parts += _heading(heading)
        names = Text()
        for index, entity in enumerate(entities):
            if index:
                names.append(", ")
            names.append(one_line(entity.name))
            if entity.descriptor:
                names.append(f" ({one_line(entity.descriptor)})", style="italic")
            names.append(f" ×{entity.mentions}", style="dim")
        parts.append(_indented(names, 2))
    if brief.numbers:
        parts += _heading("Numbers")
        parts.append(_indented(_numbers_table(brief), 2))
    said, claimed = said_and_claimed(brief.quotes)
    parts += _attributions("Who said what", said)
    parts += _attributions("Who claimed what", claimed)
    return parts


def _attributions(title: str, quotes: tuple[Quote, ...]) -> list[RenderableType]:
    """Quotes by speaker: quotations in marks and italics, reported claims as plain bullets
    (a paraphrase must never look like the speaker's own words)."""
    if not quotes:
        return []
    parts = _heading(title)
    for speaker, items in quotes_by_speaker(quotes):
        parts.append(Text("  " + one_line(speaker), style="bold"))
        for quote in items:
            parts.append(_claim(quote) if quote.kind == "reported" else _quotation(quote))
    return parts


def _quotation(quote: Quote) -> Table:
    """“The words,” in italics — cue, line N."""
    line = Text(quoted(quote.text), style="italic")
    detail = f"{one_line(quote.cue)}, line {quote.line}" if quote.cue else f"line {quote.line}"
    if quote.step:
        detail += f" ({one_line(quote.step)})"
    line.append(f" — {detail}", style="dim")
    return _hanging("    ", line)


def _claim(quote: Quote) -> Table:
    """• cue: the writer's words (line N), with no quotation marks."""
    line = Text(f"{one_line(quote.cue)}: " if quote.cue else "", style="dim")
    line.append(one_line(quote.text))
    line.append(f" (line {quote.line})", style="dim")
    return _hanging("    • ", line)


def _indented(renderable: RenderableType, columns: int) -> Padding:
    """`renderable` indented, its lines not padded out to the full width."""
    return Padding(renderable, (0, 0, 0, columns), expand=False)


def _heading(title: str) -> list[RenderableType]:
    return [Text(""), Text(title, style="bold cyan")]


def _item(text: str, line: int) -> Table:
    item = Text(text)
    item.append(f" (line {line})", style="dim")
    return _hanging("  • ", item)


def _hanging(marker: str, text: Text) -> Table:
    """`text` after `marker`, its wrapped lines indented to line up under the text."""
    grid = Table.grid()
    grid.add_column(width=len(marker), no_wrap=True)
    grid.add_column()
    grid.add_row(marker, text)
    return grid


def _source_line(brief: Brief) -> str:
    where = brief.source.path or brief.source.id or "stdin"
    return f"{one_line(where)} · {brief.source.words} words"


def _numbers_table(brief: Brief) -> Table:
    table = Table(box=None, show_header=True, header_style="bold", pad_edge=False)
    for column in ("number", "what", "value", "kind", "line"):
        table.add_column(column, justify="right" if column in {"value", "line"} else "left")
    for number in brief.numbers:
        value = describe_number(number.value, number.low, number.high, number.kind)
        qualifier = f"{number.qualifier} " if number.qualifier else ""
        table.add_row(
            Text(one_line(number.text)),
            Text(one_line(number.what or "")),
            Text(qualifier + value + (f" {number.unit}" if number.unit else "")),
            Text(number.kind),
            Text(str(number.line)),
        )
    return table
