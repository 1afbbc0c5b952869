"""Renderers: a `Brief` in, text out. They import only the data model, never spaCy.

The formats are declared once, in `brief.render.formats`; `RENDERERS` is the one table of how
each is rendered (a test checks that it covers them all).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from brief.records import Brief
from brief.render.formats import FORMATS, Format, format_for_path, format_named, is_data
from brief.render.view import DEFAULT_VIEW, View

__all__ = [
    "FORMATS",
    "RENDERERS",
    "Format",
    "View",
    "format_for_path",
    "format_named",
    "render",
    "render_each",
]

# How one brief is rendered: (brief, format, styled, width, view) -> text. Only the terminal
# view styles and wraps; the others take the two and leave them. Text formats show the top
# items of each section unless the view is full; data formats keep every item.
Renderer = Callable[[Brief, Format, bool, int | None, View], str]


def render(
    briefs: Sequence[Brief],
    fmt: Format,
    *,
    styled: bool = False,
    width: int | None = None,
    view: View = DEFAULT_VIEW,
) -> str:
    """Render briefs in one format, whole; the output's shape never depends on their number.

    Terminal text is wrapped at `width` columns; with None (the default), never. `view` says
    which sections to show and, in the text formats, whether every item or the top ones.
    """
    return "".join(render_each(briefs, fmt, styled=styled, width=width, view=view))


def render_each(
    briefs: Iterable[Brief],
    fmt: Format,
    *,
    styled: bool = False,
    width: int | None = None,
    view: View = DEFAULT_VIEW,
) -> Iterator[str]:
    """Render briefs one at a time, so output streams; the pieces joined are the whole output.

    Data formats give one document (or line) per brief; text formats a blank line between briefs.
    """
    renderer = RENDERERS[fmt]
    for index, brief in enumerate(briefs):
        separator = "\n" if index and not is_data(fmt) else ""
        yield separator + renderer(brief, fmt, styled, width, view)


def _terminal(brief: Brief, fmt: Format, styled: bool, width: int | None, view: View) -> str:
    from brief.render.terminal import to_terminal

    return to_terminal(brief, styled=styled, width=width, view=view)


def _markdown(brief: Brief, fmt: Format, styled: bool, width: int | None, view: View) -> str:
    from brief.render.markdown import to_markdown

    return to_markdown(brief, view=view)


def _data(brief: Brief, fmt: Format, styled: bool, width: int | None, view: View) -> str:
    from brief.render.data import document

    return document(view.select(brief.to_dict()), fmt)


RENDERERS: dict[Format, Renderer] = {
    "terminal": _terminal,
    "markdown": _markdown,
    **{spec.name: _data for spec in FORMATS if spec.kind == "data"},
}
