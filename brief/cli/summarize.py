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
    Shared,
    Voice,
    check_output,
    command,
    format_option,
    full_option,
    jobs_option,
    max_bytes_option,
    only_option,
    output_option,
    report,
    view,
    wants_color,
)
from brief.cli.usage import one_of, share
from brief.render.formats import Format, choose_format

if TYPE_CHECKING:
    from brief.briefing import Options
    from brief.records import Brief
    from brief.render.view import View
    from brief.summarize_run import SummarizeResult


COLOR_CHOICES = ("auto", "always", "never")

EPILOG = """\b
Examples:
  brief summarize article.txt
  brief summarize page.html -n 5                 (a saved web page: the article is found in it)
  brief summarize https://example.org/news/story (a page fetched now)
  brief summarize article.txt -o brief.md        (Markdown, from the extension)
  brief summarize article.txt --ratio 0.2 --explain   (a fifth of the sentences, and why each)
  cat article.txt | brief summarize - -f json | jq .summary
  brief summarize news/*.txt -o briefs.jsonl     (JSON Lines, one brief per line)
  brief summarize news/*.txt -j 2 -f jsonl       (two worker processes: both cores)
  brief summarize article.txt | head -1          (the title: piped text is never wrapped)
  brief summarize article.txt --full             (every name, figure and quote, not the top ones)
  brief summarize article.txt --only summary,quotes -f json

Plain text is wrapped to the terminal's width only on a terminal; piped or written to a file,
each item is one whole line. Each FILE gives one brief, in order: a file named twice is briefed
twice. Exit codes: 0 every input briefed; 1 some input could not be
briefed (named on stderr); 2 usage error; 3 cannot run (no model, output not writable).
"""


@command(
    epilog=EPILOG,
    short_help="Brief articles (text, Markdown, HTML) to the terminal, a pipe or a file.",
)
def summarize(
    files: list[str] = typer.Argument(
        ...,
        metavar="FILE",
        help="Articles to brief: text, Markdown or HTML files, web addresses; - reads stdin.",
    ),
    output_format: str | None = format_option(),
    output: Path | None = output_option("Write to this file (atomically) instead of stdout."),
    ratio: float | None = typer.Option(
        None,
        "--ratio",
        metavar="R",
        parser=share,
        help="Key sentences as a share of the article's sentences, above 0 and at most 1, "
        "e.g. 0.2 (instead of -n).",
    ),
    full: bool = full_option(),
    only: frozenset[str] | None = only_option(),
    explain: bool = typer.Option(
        False,
        "--explain",
        help="Say why each key sentence was chosen (rank, score and signals) and which "
        "attribution step named each quote's speaker.",
    ),
    max_bytes: int = max_bytes_option(),
    jobs: int = jobs_option(),
    color: str = typer.Option(
        "auto",
        "--color",
        metavar="WHEN",
        parser=one_of(*COLOR_CHOICES),
        autocompletion=lambda: list(COLOR_CHOICES),
        help="Colour the terminal format: auto (on a terminal, unless NO_COLOR is set; "
        "FORCE_COLOR forces it), always or never.",
    ),
    *,
    shared: Shared,
) -> None:
    """Brief one or more news articles: plain text, Markdown, HTML pages or web addresses."""
    if ratio is not None and shared.sentences is not None:
        raise typer.BadParameter("goes with no -n/--sentences", param_hint="'--ratio'")
    if files.count("-") > 1:
        raise typer.BadParameter("- (stdin) can be read only once", param_hint="FILE")
    if jobs > 1 and "-" in files:
        raise typer.BadParameter(
            "- (stdin) is read by one process: leave out --jobs", param_hint="FILE"
        )
    said = shared.said
    fmt = choose_format(output_format, output, shared.config.format)
    check_output(output, files)
    options = shared.options(ratio=ratio, explain=explain)
    said.info(f"format {fmt}, model {options.model or 'default'}, inputs {len(files)}")
    result = _run(files, fmt, output, options, view(full, only), max_bytes, jobs, color, said)
    said.info(f"briefed {result.briefed}, failed {len(result.failures)}")
    raise typer.Exit(EXIT_INPUT_FAILED if result.failures else EXIT_OK)


def _run(
    files: list[str],
    fmt: Format,
    output: Path | None,
    options: Options,
    shown: View,
    max_bytes: int,
    jobs: int,
    color: str,
    said: Voice,
) -> SummarizeResult:
    """Brief the inputs with the library's run, telling stderr about failures and warnings.

    Plain text is wrapped to the terminal's width on a terminal only: piped or in a file, each
    title, sentence and list is one whole line, for line tools.
    """
    from brief.summarize_run import run_summarize

    to_terminal = output is None and sys.stdout.isatty()
    return run_summarize(
        files,
        fmt=fmt,
        output=output,
        stdout=sys.stdout,
        options=options,
        view=shown,
        max_bytes=max_bytes,
        jobs=jobs,
        styled=output is None and fmt == "terminal" and wants_color(color, sys.stdout),
        width=shutil.get_terminal_size().columns if to_terminal else None,
        on_failure=lambda failure: report(failure.message),
        on_warning=lambda brief, warning: said.warn(f"{brief.source.name}: {warning}"),
        on_brief=lambda brief: said.info(describe(brief)),
    )


def describe(brief: Brief) -> str:
    """One line about a brief, for -v: "news/a.txt: 497 words, 3 key sentences, ..."."""
    counts = [
        f"{brief.source.words} words",
        f"{len(brief.summary)} key sentences",
        f"{len(brief.entities)} names",
        f"{len(brief.numbers)} numbers",
        f"{len(brief.quotes)} quotes",
    ]
    return f"{brief.source.name}: {', '.join(counts)}"
