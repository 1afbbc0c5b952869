"""Renderers: a `Brief` in, text out. They import only the data model, never spaCy."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Literal

from brief.records import Brief

Format = Literal["terminal", "markdown", "yaml", "json"]
FORMATS: tuple[Format, ...] = ("terminal", "markdown", "yaml", "json")
EXTENSION_FORMATS: dict[str, Format] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".json": "json",
    ".jsonl": "json",
    ".txt": "terminal",
}


def format_for_path(path: Path) -> Format | None:
    """The format an output file's extension asks for, or None when it says nothing."""
    return EXTENSION_FORMATS.get(path.suffix.lower())


def render(briefs: Sequence[Brief], fmt: Format, *, styled: bool = False, width: int = 100) -> str:
    """Render briefs in one format; several briefs give JSON Lines, YAML documents or sections."""
    pieces = render_each(briefs, fmt, several=len(briefs) > 1, styled=styled, width=width)
    return "".join(pieces)


def render_each(
    briefs: Iterable[Brief],
    fmt: Format,
    *,
    several: bool,
    styled: bool = False,
    width: int = 100,
) -> Iterator[str]:
    """Render briefs one at a time, so output streams; the pieces joined are the whole output.

    `several` says whether more than one brief may come: then JSON is JSON Lines (one compact
    record per line) rather than one indented document.
    """
    for index, brief in enumerate(briefs):
        yield _separator(fmt, index) + _one(brief, fmt, several=several, styled=styled, width=width)


def _separator(fmt: Format, index: int) -> str:
    if index == 0 or fmt == "json":
        return ""
    return "---\n" if fmt == "yaml" else "\n"


def _one(brief: Brief, fmt: Format, *, several: bool, styled: bool, width: int) -> str:
    if fmt == "json":
        from brief.render.data import to_json, to_json_line

        return to_json_line(brief) if several else to_json([brief])
    if fmt == "yaml":
        from brief.render.data import to_yaml

        return to_yaml([brief])
    if fmt == "markdown":
        from brief.render.markdown import to_markdown

        return to_markdown(brief)
    from brief.render.terminal import to_terminal

    return to_terminal(brief, styled=styled, width=width)
