"""`brief summarize FILE...`: brief articles to the terminal, stdout or a file."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from brief.cli.app import (
    EXIT_INPUT_FAILED,
    EXIT_OK,
    app,
    build_options,
    choose_format,
    format_option,
    guarded,
    model_option,
    report,
    sentences_option,
    settings,
    styled_terminal,
    warn,
)
from brief.cli.machine import require_stdout
from brief.inputs.reading import DEFAULT_MAX_BYTES
from brief.render.formats import Format
from brief.render.text import one_line

if TYPE_CHECKING:
    from brief.briefing import Options
    from brief.run import SummarizeResult


EPILOG = """Examples:

  brief summarize article.txt

  brief summarize article.txt -o brief.md          (Markdown, from the extension)

  brief summarize article.txt --ratio 0.2 --explain   (a fifth of the sentences, and why each)

  cat article.txt | brief summarize - -f json | jq .summary

  brief summarize news/*.txt -o briefs.jsonl   (JSON Lines, one brief per line)
"""


@app.command(epilog=EPILOG)
def summarize(
    files: list[str] = typer.Argument(
        ..., metavar="FILE...", help="Articles to brief; - reads stdin."
    ),
    output_format: str | None = format_option(),
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
        False, "--explain", help="Say why each key sentence was chosen: rank, score and signals."
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
    if ratio is not None and (ratio == 0 or sentences is not None):
        problem = "must be above 0" if ratio == 0 else "goes with no -n/--sentences"
        raise typer.BadParameter(problem, param_hint="'--ratio'")
    config = settings()
    with guarded():
        fmt = choose_format(output_format, output, config.format)
        check_output(output, files)
        options = build_options(
            config, sentences=sentences, model=model, ratio=ratio, explain=explain
        )
        result = _run(files, fmt, output, options, max_bytes)
    raise typer.Exit(EXIT_INPUT_FAILED if result.failures else EXIT_OK)


def check_output(output: Path | None, files: list[str]) -> None:
    """Refuse an output path that is one of the inputs (it would be overwritten), and a stdout
    that was closed at start."""
    from brief.output import same_file

    if output is None:
        require_stdout()
    for name in files:
        if output is not None and name != "-" and same_file(output, Path(name)):
            raise typer.BadParameter(
                f"{one_line(str(output))} is also an input and would be overwritten",
                param_hint="'-o/--output'",
            )


def _run(
    files: list[str], fmt: Format, output: Path | None, options: Options, max_bytes: int
) -> SummarizeResult:
    """Brief the inputs with the library's run, telling stderr about failures and warnings."""
    from brief.run import run_summarize

    styled = output is None and fmt == "terminal" and styled_terminal()
    width = shutil.get_terminal_size((100, 24)).columns if styled else 100
    return run_summarize(
        files,
        fmt=fmt,
        output=output,
        stdout=sys.stdout,
        options=options,
        max_bytes=max_bytes,
        styled=styled,
        width=width,
        on_failure=lambda failure: report(failure.message),
        on_warning=lambda brief, warning: warn(f"{brief.source.name}: {warning}"),
    )
