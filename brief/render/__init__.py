"""Renderers: a `Brief` in, text out. They import only the data model, never spaCy."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Literal

from brief.model import Brief

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
    if fmt == "json":
        from brief.render.data import to_json

        return to_json(briefs)
    if fmt == "yaml":
        from brief.render.data import to_yaml

        return to_yaml(briefs)
    if fmt == "markdown":
        from brief.render.markdown import to_markdown

        return "\n".join(to_markdown(brief) for brief in briefs)
    from brief.render.terminal import to_terminal

    return "\n".join(to_terminal(brief, styled=styled, width=width) for brief in briefs)
