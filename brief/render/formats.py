"""The output formats, declared once: their names, the names `-f` also takes, their extensions.

The CLI's `-f` choices, the `-o` extension mapping, the config file's `format:` check and the
README's format table are all derived from `FORMATS`; a new format is one entry here and one
renderer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Format = Literal["terminal", "markdown", "yaml", "json", "jsonl"]


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One output format: its name, other names `-f` accepts, file extensions and what it is."""

    name: Format
    aliases: tuple[str, ...]
    extensions: tuple[str, ...]
    description: str
    in_digest: bool = True


FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat(
        "terminal",
        ("text", "txt"),
        (".txt",),
        "plain text, styled on a terminal, one line per item when piped",
    ),
    OutputFormat("markdown", ("md",), (".md", ".markdown"), "Markdown for people and wikis"),
    OutputFormat("yaml", ("yml",), (".yaml", ".yml"), "YAML documents, one per brief"),
    OutputFormat("json", (), (".json",), "indented JSON, one document per brief"),
    OutputFormat(
        "jsonl", ("ndjson",), (".jsonl", ".ndjson"), "JSON Lines, one compact line per brief"
    ),
)
DATA_FORMATS: tuple[Format, ...] = ("yaml", "json", "jsonl")


def format_names(*, digest: bool = False) -> tuple[str, ...]:
    """Every name `-f` accepts (canonical names first), for the command or for `brief digest`."""
    chosen = [spec for spec in FORMATS if spec.in_digest or not digest]
    return tuple(spec.name for spec in chosen) + tuple(a for spec in chosen for a in spec.aliases)


def format_named(name: str) -> Format | None:
    """The format a name (or alias) stands for, case-insensitively; None for an unknown name."""
    wanted = name.lower()
    for spec in FORMATS:
        if wanted == spec.name or wanted in spec.aliases:
            return spec.name
    return None


def format_for_path(path: Path) -> Format | None:
    """The format an output file's extension asks for, or None when it says nothing."""
    suffix = path.suffix.lower()
    for spec in FORMATS:
        if suffix in spec.extensions:
            return spec.name
    return None


def extension_of(fmt: Format) -> str:
    """The usual extension of a format's files (".md", ".jsonl")."""
    return next(spec.extensions[0] for spec in FORMATS if spec.name == fmt)


def markdown_table() -> str:
    """The formats as a Markdown table, as the README shows it (a test keeps the two equal)."""
    rows = ["| `-f` | also | `-o` extensions | what |", "|---|---|---|---|"]
    for spec in FORMATS:
        aliases = ", ".join(f"`{alias}`" for alias in spec.aliases) or "—"
        extensions = ", ".join(f"`{ext}`" for ext in spec.extensions)
        rows.append(f"| `{spec.name}` | {aliases} | {extensions} | {spec.description} |")
    return "\n".join(rows) + "\n"
