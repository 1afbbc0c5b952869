"""`brief summarize FILE...`: brief articles to the terminal, stdout or a file."""

from __future__ import annotations

import itertools
import shutil
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import typer

from brief.cli.app import (
    EXIT_INPUT_FAILED,
    EXIT_OK,
    app,
    guarded,
    model_option,
    report,
    sentences_option,
    settings,
    styled_terminal,
    warn,
)
from brief.errors import InputError
from brief.model import Brief
from brief.reading import DEFAULT_MAX_BYTES, Article
from brief.render import Format, format_for_path
from brief.render.text import one_line


class OutputFormat(StrEnum):
    """The formats `-f/--format` accepts."""

    terminal = "terminal"
    markdown = "markdown"
    yaml = "yaml"
    json = "json"


EPILOG = """Examples:

  brief summarize article.txt

  brief summarize article.txt -o brief.md          (Markdown, from the extension)

  brief summarize article.txt --ratio 0.2 --explain   (a fifth of the sentences, and why each)

  cat article.txt | brief summarize - -f json | jq .summary

  brief summarize news/*.txt -f json > briefs.jsonl   (JSON Lines, one brief per article)
"""


@app.command(epilog=EPILOG)
def summarize(
    files: list[str] = typer.Argument(
        ..., metavar="FILE...", help="Articles to brief; - reads stdin."
    ),
    output_format: OutputFormat | None = typer.Option(
        None, "-f", "--format", help="Output format (default: from -o's extension, else terminal)."
    ),
    output: Path | None = typer.Option(
        None, "-o", "--output", help="Write to this file (atomically) instead of stdout."
    ),
    sentences: int | None = sentences_option(),
    ratio: float | None = typer.Option(
        None,
        "--ratio",
        min=0.0,
        max=1.0,
        help="Key sentences as a share of the article's sentences, e.g. 0.2 (instead of -n).",
    ),
    explain: bool = typer.Option(
        False,
        "--explain",
        help="Say why each key sentence was chosen (rank, score and signals) and which "
        "attribution step named each quote's speaker.",
    ),
    model: str | None = model_option(),
    max_bytes: int = typer.Option(
        DEFAULT_MAX_BYTES,
        "--max-bytes",
        min=1,
        help="Refuse inputs larger than this (the model needs about 3 GB of memory per MB).",
    ),
) -> None:
    """Brief one or more news articles (plain text or Markdown)."""
    from brief.briefing import Options

    if ratio is not None and (ratio == 0 or sentences is not None):
        problem = "must be above 0" if ratio == 0 else "goes with no -n/--sentences"
        raise typer.BadParameter(problem, param_hint="'--ratio'")
    config = settings()
    with guarded():
        fmt = choose_format(output_format, output, config.format)
        check_output(output, files)
        options = Options(
            sentences=sentences or (None if ratio is not None else config.sentences),
            model=model or config.model,
            ratio=ratio,
            explain=explain,
        )
        failures = _run(files, fmt, output, options, max_bytes)
    raise typer.Exit(EXIT_INPUT_FAILED if failures else EXIT_OK)


def choose_format(
    requested: OutputFormat | None, output: Path | None, configured: str | None = None
) -> Format:
    """`-f` wins; else the output file's extension; else the config file's; else terminal."""
    if requested is not None:
        return requested.value  # type: ignore[return-value,unused-ignore]
    by_extension = format_for_path(output) if output is not None else None
    return by_extension or configured or "terminal"  # type: ignore[return-value,unused-ignore]


def check_output(output: Path | None, files: list[str]) -> None:
    """Refuse an output path that is one of the inputs: it would be overwritten."""
    from brief.output import same_file

    for name in files:
        if output is not None and name != "-" and same_file(output, Path(name)):
            raise typer.BadParameter(
                f"{one_line(str(output))} is also an input and would be overwritten",
                param_hint="'-o/--output'",
            )


def _run(
    files: list[str], fmt: Format, output: Path | None, options: object, max_bytes: int
) -> int:
    """Brief every readable input, stream the results out, and return how many inputs failed.

    Each brief is rendered and written as soon as it is ready, so memory does not grow with the
    number of inputs; a file output is only created (atomically) once there is a first brief.
    """
    from brief.briefing import Options, brief_articles
    from brief.output import write_atomically
    from brief.render import render_each

    assert isinstance(options, Options)
    failures: list[str] = []
    styled = output is None and fmt == "terminal" and styled_terminal()
    width = shutil.get_terminal_size((100, 24)).columns if styled else 100
    briefs = _warned(brief_articles(_readable(files, failures, max_bytes), options))
    several = len(dict.fromkeys(files)) > 1
    pieces = render_each(briefs, fmt, several=several, styled=styled, width=width)
    first = next(pieces, None)
    if first is None:
        return len(failures)
    if output is not None:
        write_atomically(output, itertools.chain([first], pieces))
    else:
        for piece in itertools.chain([first], pieces):
            sys.stdout.write(piece)
            sys.stdout.flush()
    return len(failures)


def _warned(briefs: Iterator[Brief]) -> Iterator[Brief]:
    """Pass briefs through, telling stderr about each one's warnings."""
    for brief in briefs:
        for warning in brief.warnings:
            warn(f"{brief.source.path or brief.source.id or '<stdin>'}: {warning}")
        yield brief


def _readable(files: list[str], failures: list[str], max_bytes: int) -> Iterator[Article]:
    """Read each input once, reporting (and counting) the ones that cannot be read."""
    from brief.reading import read_article

    for name in dict.fromkeys(files):
        try:
            yield read_article(name, max_bytes=max_bytes)
        except InputError as error:
            failures.append(name)
            report(str(error))
