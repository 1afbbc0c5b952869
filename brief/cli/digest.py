"""`brief digest INPUT...`: the digest of many articles, for cron jobs and pipelines."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from brief.cli.app import (
    EXIT_CANNOT_RUN,
    EXIT_INPUT_FAILED,
    EXIT_OK,
    app,
    build_options,
    choose_format,
    fail,
    format_option,
    guarded,
    model_option,
    report,
    sentences_option,
    settings,
)
from brief.inputs.discovery import DEFAULT_PATTERNS
from brief.render.formats import Format, extension_of

if TYPE_CHECKING:
    from brief.config import Config


EPILOG = """Examples:

  brief digest ~/news/today -o digest.md

  brief digest ~/news --since 24h --glob '*.html' -o digest.md

  find ~/news -name '*.txt' -newer last-run | brief digest - -f jsonl | jq 'select(.schema == "brief-digest/1")'

  crontab:  30 6 * * *  brief digest ~/news/today --since 24h -o ~/digests/today.md

Exit codes: 0 every input briefed; 1 some inputs could not be briefed (named on stderr; the
digest is still written); 2 usage error; 3 cannot run (no model, output not writable).
"""


@app.command(epilog=EPILOG)
def digest(
    inputs: list[str] = typer.Argument(
        ...,
        metavar="INPUT...",
        help="Article files, folders (searched recursively), or - for a list of paths on stdin.",
    ),
    output: Path | None = typer.Option(
        None,
        "-o",
        "--output",
        help="Write the digest here, atomically (default: the config's output_folder, else stdout).",
    ),
    output_format: str | None = format_option(digest=True),
    patterns: list[str] | None = typer.Option(
        None,
        "--glob",
        metavar="PATTERN",
        help=f"File names to take from folders; repeatable (default: {' '.join(DEFAULT_PATTERNS)}).",
    ),
    since: str | None = typer.Option(
        None, "--since", help="Only inputs modified since then: an age (24h, 90m, 7d) or a date."
    ),
    sentences: int | None = sentences_option(),
    model: str | None = model_option(),
    jobs: int = typer.Option(
        1, "-j", "--jobs", min=1, help="Worker processes (each loads the pipeline once)."
    ),
    title: str | None = typer.Option(
        None, "--title", help="The digest's title (default: News digest and today's date)."
    ),
) -> None:
    """Digest many news articles: who is in the news, who said what, the numbers of the day,
    near-duplicate stories grouped, then each story's brief."""
    config = settings()
    fmt = choose_format(output_format, output, config.format, digest=True)
    output = _checked(output or _default_output(config, fmt))
    paths = _inputs(inputs, patterns or list(DEFAULT_PATTERNS), _since(since), output)
    options = build_options(config, sentences=sentences, model=model)
    with guarded(), _progress(len(paths)) as advance:
        from brief.digest.run import run_digest

        result = run_digest(
            paths,
            fmt=fmt,
            output=output,
            stdout=sys.stdout,
            title=title or f"News digest — {date.today():%-d %B %Y}",
            options=options,
            jobs=jobs,
            on_failure=lambda failure: report(failure.message),
            on_progress=advance,
        )
    raise typer.Exit(EXIT_INPUT_FAILED if result.failures else EXIT_OK)


def _checked(output: Path | None) -> Path | None:
    """Fail before any work when the output's folder does not exist, or stdout was closed."""
    from brief.cli.machine import require_stdout
    from brief.errors import OutputError
    from brief.output import check_folder

    try:
        if output is not None:
            check_folder(output)
        else:
            require_stdout()
    except OutputError as error:
        fail(str(error), EXIT_CANNOT_RUN)
    return output


def _since(value: str | None) -> float | None:
    from brief.inputs.discovery import parse_since

    try:
        return parse_since(value) if value is not None else None
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="'--since'") from None


def _inputs(
    inputs: list[str], patterns: list[str], since: float | None, output: Path | None
) -> list[str]:
    """The article paths, without the output file: yesterday's digest in today's folder is
    not an article."""
    from brief.errors import InputError
    from brief.inputs.discovery import expand_inputs
    from brief.output import same_file

    try:
        found = list(expand_inputs(inputs, patterns=patterns, since=since))
    except InputError as error:  # the list on stdin cannot be read
        fail(str(error), EXIT_INPUT_FAILED)
    return [path for path in found if output is None or not same_file(output, Path(path))]


def _default_output(config: Config, fmt: Format) -> Path | None:
    """With an output folder configured, a dated file in it; else None (stdout)."""
    if config.output_folder is None:
        return None
    return config.output_folder / f"digest-{date.today().isoformat()}{extension_of(fmt)}"


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A progress bar on stderr when it is a terminal; nothing otherwise (cron mail stays
    clean). Yields the function to call once per input."""
    if not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(file=sys.stderr), transient=True) as progress:
        task = progress.add_task("Briefing", total=total)
        yield lambda: progress.advance(task)
