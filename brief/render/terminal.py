"""The terminal view, drawn with rich: styled on a terminal, plain and stable when piped.

Text is wrapped only when given a width (a terminal's); otherwise every title, sentence and list
is one whole line, so line tools (`head -1`, `grep`, `cut`) see whole items.

Article text only ever enters rich as `Text` objects (never as markup strings), and control
characters are made visible first, so an article cannot inject markup or escape sequences.
"""

from __future__ import annotations

import io
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from brief.records import Brief, Date, Entity, Quote
from brief.render.figures import figure_line, key_figures
from brief.render.grouping import (
    entities_by_type,
    new_gists,
    quotes_by_speaker,
    said_and_claimed,
)
from brief.render.text import attributed, clipped, framed, one_line, quoted
from brief.render.view import (
    DEFAULT_VIEW,
    Shown,
    View,
    by_salience,
    dates_to_show,
    quotes_to_show,
)

# "Never wrap" is a width no line reaches: an input is at most 2 MB, and nothing pads lines to
# the width (every `Padding` is drawn with expand=False), so the number costs nothing.
UNWRAPPED = 10**8
# A long speaker ("the Ministry of Foreign Affairs of Ukraine") wraps rather than squeeze the quotes.
SPEAKER_WIDTH = 24
# A screen: the default view gives up items until the brief fits in this many lines.
SCREEN_LINES = 40
# The entity types with a row of their own in the default view; the others share one.
OWN_ROWS = frozenset({"People", "Organisations", "Places"})


def to_terminal(
    brief: Brief, *, styled: bool, width: int | None = None, view: View = DEFAULT_VIEW
) -> str:
    """The brief as terminal text: with colour and styles when `styled`, plain otherwise;
    wrapped at `width` columns, or never with None. `view` says which sections and how many
    items of each: by default the top ones, most salient first, and no more than fit one screen
    (`SCREEN_LINES`), as long as the summary and a few items of each section leave room."""
    text = draw(_parts(brief, view), styled=styled, width=width)
    shorter = view.shorter()
    while shorter is not None and text.count("\n") > SCREEN_LINES:
        text = draw(_parts(brief, shorter), styled=styled, width=width)
        shorter = shorter.shorter()
    return text


def draw(parts: list[RenderableType], *, styled: bool, width: int | None = None) -> str:
    """Rich renderables as text: with colour and styles when `styled`, plain otherwise;
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
    console.print(Group(*parts))
    if styled:
        return buffer.getvalue()
    # Table cells are padded to their column's width; plain text keeps no trailing spaces.
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _parts(brief: Brief, view: View) -> list[RenderableType]:
    parts: list[RenderableType] = [
        Text(one_line(brief.title or brief.source.path or "Brief"), style="bold"),
        Text(_source_line(brief), style="dim"),
    ]
    if view.shows("summary"):
        parts += _summary(brief)
    if view.shows("sections"):
        parts += _gists(brief, view)
    parts += _names_and_dates(brief, view)
    if view.shows("numbers"):
        parts += _figures(brief, view)
    if view.shows("quotes"):
        said, claimed = said_and_claimed(brief.quotes)
        parts += _attributions(
            "Who said what", quotes_to_show(said, brief, view, "said"), view.full
        )
        parts += _attributions(
            "Who claimed what", quotes_to_show(claimed, brief, view, "claimed"), view.full
        )
    if view.shows("warnings") and view.only is not None:
        parts += _warnings(brief)
    return parts


def _summary(brief: Brief) -> list[RenderableType]:
    if not brief.summary:
        return []
    parts = part_title("Summary")
    for s in brief.summary:
        parts.append(line_item(attributed(s.text, s.speaker), s.line))
        if s.why:
            parts.append(indented(Text(one_line(s.why), style="dim"), 4))
    return parts


def _gists(brief: Brief, view: View) -> list[RenderableType]:
    """Each section's gist after its heading, the ones the summary already says left out."""
    shown = view.top(new_gists(brief), "sections")
    if not shown.items and not shown.rest:
        return []
    parts = part_title("Sections", shown)
    for section in shown.items:
        line = Text(one_line(section.heading or "Lead"), style="bold")
        line.append(": " + one_line(section.summary or ""))
        parts.append(line_item(line, section.line))
    return parts


def _names_and_dates(brief: Brief, view: View) -> list[RenderableType]:
    """People, organisations, places, ... one row a type (who each is, when the article says),
    then the "When" row: a grid whose labels stand apart from the names."""
    rows: list[tuple[str, Text]] = []
    if view.shows("entities"):
        groups = entities_by_type(brief)
        if not view.full:
            groups = _others_together(groups)
        rows += [(heading, _names(view.top(group, "entities"))) for heading, group in groups]
    if view.shows("dates"):
        when = dates_to_show(brief, view)
        if when.items:
            rows.append(("When", _dates(when)))
    if not rows:
        return []
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold cyan")
    grid.add_column()
    for label, names in rows:
        grid.add_row(label, names)
    return [Text(""), grid]


def _others_together(groups: list[tuple[str, list[Entity]]]) -> list[tuple[str, list[Entity]]]:
    """People, organisations and places keep a row each; the other types share one ("Also"),
    most salient first."""
    main = [(heading, group) for heading, group in groups if heading in OWN_ROWS]
    others = [entity for heading, group in groups if heading not in OWN_ROWS for entity in group]
    return main + ([("Also", by_salience(others))] if others else [])


def _names(shown: Shown[Entity]) -> Text:
    """ "Sergei Lavrov — Russia's foreign minister; Donald Trump", or commas when no name has a
    descriptor (a descriptor may hold commas of its own)."""
    described = [(entity, entity.descriptor) for entity in shown.items]
    separator = "; " if any(about for _, about in described) else ", "
    names = Text()
    for index, (entity, about) in enumerate(described):
        if index:
            names.append(separator)
        names.append(one_line(entity.name))
        if about:
            names.append(f" — {one_line(about)}", style="dim")
    if shown.more:
        names.append(f" ({shown.more})", style="dim")
    return names


def _dates(shown: Shown[Date]) -> Text:
    when = Text()
    for index, date in enumerate(shown.items):
        if index:
            when.append(", ")
        when.append(one_line(date.text))
        when.append(f" (line {date.line})", style="dim")
    if shown.more:
        when.append(f" ({shown.more})", style="dim")
    return when


def _figures(brief: Brief, view: View) -> list[RenderableType]:
    """Key figures, one a line: the figure, its conversions and what it counts."""
    numbers = by_salience(brief.numbers) if view.full else key_figures(brief)
    shown = view.top(numbers, "numbers")
    if not shown.items and not shown.rest:
        return []
    parts = part_title("Numbers" if view.full else "Key figures", shown)
    for number in shown.items:
        parts.append(line_item(figure_line(number), number.line))
    return parts


def _warnings(brief: Brief) -> list[RenderableType]:
    if not brief.warnings:
        return []
    return part_title("Warnings") + [hanging("  • ", Text(one_line(w))) for w in brief.warnings]


def _attributions(title: str, shown: Shown[Quote], full: bool) -> list[RenderableType]:
    """Quotes by speaker, a row each: quotations in marks and italics, reported claims without
    (a paraphrase must never look like the speaker's own words). Unless `full`, a long one
    shows its start and an ellipsis."""
    if not shown.items:
        return part_title(title, shown) if shown.rest else []
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", max_width=SPEAKER_WIDTH)
    grid.add_column()
    for speaker, items in quotes_by_speaker(shown.items):
        for index, quote in enumerate(items):
            words = _claim(quote, full) if quote.kind == "reported" else _quotation(quote, full)
            grid.add_row(one_line(speaker) if index == 0 else "", words)
    return [*part_title(title, shown), indented(grid, 2)]


def _quotation(quote: Quote, full: bool) -> Text:
    """“The words,” in italics — cue, line N; a partial quotation in the writer's words
    around it, after its cue: saying: peace was “closer than ever.” (line N)."""
    frame = framed(quote.text, quote.content, full)
    if frame is not None:
        return _claim(quote, full, frame)
    line = Text(quoted(quote.text if full else clipped(quote.text)), style="italic")
    detail = f"{one_line(quote.cue)}, line {quote.line}" if quote.cue else f"line {quote.line}"
    if quote.step:
        detail += f" ({one_line(quote.step)})"
    line.append(f" — {detail}", style="dim")
    return line


def _claim(quote: Quote, full: bool, frame: str | None = None) -> Text:
    """cue: the writer's words (line N), with no quotation marks but the article's own (a
    partial quotation's `frame`)."""
    line = Text(f"{one_line(quote.cue)}: " if quote.cue else "", style="dim")
    if frame is not None:
        line.append(frame, style="italic")
    else:
        line.append(one_line(quote.text) if full else clipped(quote.text))
    line.append(f" (line {quote.line})", style="dim")
    return line


def indented(renderable: RenderableType, columns: int) -> Padding:
    """`renderable` indented, its lines not padded out to the full width."""
    return Padding(renderable, (0, 0, 0, columns), expand=False)


def part_title(title: str, shown: Shown[Any] | None = None) -> list[RenderableType]:
    """A blank line, then a section's title, with how many items the view left out."""
    heading = Text(title, style="bold cyan")
    if shown is not None and shown.more:
        heading.append(f" ({shown.more})", style="dim")
    return [Text(""), heading]


def line_item(text: str | Text, line: int) -> Table:
    """• text (line N), its wrapped lines hanging under the text."""
    item = Text(text) if isinstance(text, str) else text
    item.append(f" (line {line})", style="dim")
    return hanging("  • ", item)


def hanging(marker: str, text: Text) -> Table:
    """`text` after `marker`, its wrapped lines indented to line up under the text."""
    grid = Table.grid()
    grid.add_column(width=len(marker), no_wrap=True)
    grid.add_column()
    grid.add_row(marker, text)
    return grid


def _source_line(brief: Brief) -> str:
    where = brief.source.path or brief.source.id or "stdin"
    return f"{one_line(where)} · {brief.source.words} words"
