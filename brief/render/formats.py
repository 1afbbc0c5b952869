"""The output formats, declared once: their names, the names `-f` also takes, their extensions,
their kind, and which a command falls back to.

The CLI's `-f` choices and default, the `-o` extension mapping, the config file's `format:`
check and the README's format table are all derived from `FORMATS`. A new data format is one
entry here and its writer in `brief.render.data`; a new text format is one entry here and its
renderer in `brief.render`'s table (and, to be offered by `brief digest`, a view in
`brief.digest.run`'s). Tests check that every table covers `FORMATS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Format = Literal["terminal", "markdown", "yaml", "json", "jsonl"]
# "text" is for people (briefs one after another, a blank line between); "data" is for
# programs (one record per brief, written by `brief.render.data.document`).
Kind = Literal["text", "data"]


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One output format: its name, other names `-f` accepts, file extensions, what it is, its
    kind, whether `brief digest` writes it, and which format each command falls back to
    (`default`: `brief summarize`'s; `digest_default`: `brief digest`'s)."""

    name: Format
    aliases: tuple[str, ...]
    extensions: tuple[str, ...]
    description: str
    kind: Kind
    in_digest: bool = True
    default: bool = False
    digest_default: bool = False


FORMATS: tuple[OutputFormat, ...] = (
    OutputFormat(
        "terminal",
        ("text", "txt"),
        (".txt",),
        "plain text, styled on a terminal, one line per item when piped",
        "text",
        default=True,
    ),
    OutputFormat(
        "markdown",
        ("md",),
        (".md", ".markdown"),
        "Markdown for people and wikis",
        "text",
        digest_default=True,
    ),
    OutputFormat("yaml", ("yml",), (".yaml", ".yml"), "YAML documents, one per brief", "data"),
    OutputFormat("json", (), (".json",), "indented JSON, one document per brief", "data"),
    OutputFormat(
        "jsonl",
        ("ndjson",),
        (".jsonl", ".ndjson"),
        "JSON Lines, one compact line per brief",
        "data",
    ),
)


def output_format(fmt: Format) -> OutputFormat:
    """The declaration of a format."""
    return next(spec for spec in FORMATS if spec.name == fmt)


def is_data(fmt: Format) -> bool:
    """Whether a format writes records for programs (JSON, YAML) rather than text for people."""
    return output_format(fmt).kind == "data"


def formats_of(kind: Kind, *, digest: bool = False) -> tuple[Format, ...]:
    """The formats of one kind (only those `brief digest` writes, with `digest`)."""
    return tuple(
        spec.name for spec in FORMATS if spec.kind == kind and (spec.in_digest or not digest)
    )


def default_format(*, digest: bool = False) -> Format:
    """The format a command writes when nothing asks for another."""
    return next(spec.name for spec in FORMATS if (spec.digest_default if digest else spec.default))


def choose_format(
    requested: str | None, output: Path | None, configured: str | None, *, digest: bool = False
) -> Format:
    """`-f` wins; then the output file's extension; then the config file's; then the default.

    A format the command does not write stands aside (every format has a digest view today).
    """
    by_extension = format_for_path(output) if output is not None else None
    for candidate in (requested, by_extension, configured):
        fmt = format_named(candidate) if candidate else None
        if fmt is not None and (output_format(fmt).in_digest or not digest):
            return fmt
    return default_format(digest=digest)


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
    return output_format(fmt).extensions[0]


def markdown_table() -> str:
    """The formats as a Markdown table, as the README shows it (a test keeps the two equal)."""
    rows = ["| `-f` | also | `-o` extensions | what |", "|---|---|---|---|"]
    for spec in FORMATS:
        aliases = ", ".join(f"`{alias}`" for alias in spec.aliases) or "—"
        extensions = ", ".join(f"`{ext}`" for ext in spec.extensions)
        rows.append(f"| `{spec.name}` | {aliases} | {extensions} | {spec.description} |")
    return "\n".join(rows) + "\n"
