"""Renderers: a `Brief` in, text out. They import only the data model, never spaCy.

The formats are declared once, in `brief.render.formats`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from brief.records import Brief
from brief.render.formats import DATA_FORMATS, FORMATS, Format, format_for_path, format_named

__all__ = ["FORMATS", "Format", "format_for_path", "format_named", "render", "render_each"]


def render(
    briefs: Sequence[Brief], fmt: Format, *, styled: bool = False, width: int | None = None
) -> str:
    """Render briefs in one format, whole; the output's shape never depends on their number.

    Terminal text is wrapped at `width` columns; with None (the default), never.
    """
    return "".join(render_each(briefs, fmt, styled=styled, width=width))


def render_each(
    briefs: Iterable[Brief], fmt: Format, *, styled: bool = False, width: int | None = None
) -> Iterator[str]:
    """Render briefs one at a time, so output streams; the pieces joined are the whole output.

    Data formats give one document (or line) per brief; text formats a blank line between briefs.
    """
    for index, brief in enumerate(briefs):
        separator = "\n" if index and fmt not in DATA_FORMATS else ""
        yield separator + _one(brief, fmt, styled=styled, width=width)


def _one(brief: Brief, fmt: Format, *, styled: bool, width: int | None) -> str:
    if fmt in DATA_FORMATS:
        from brief.render.data import document

        return document(brief.to_dict(), fmt)
    if fmt == "markdown":
        from brief.render.markdown import to_markdown

        return to_markdown(brief)
    from brief.render.terminal import to_terminal

    return to_terminal(brief, styled=styled, width=width)
