"""`brief digest INPUT...`: the digest of many articles, for cron jobs and pipelines."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from brief.cli.app import (
    EXIT_INPUT_FAILED,
    EXIT_OK,
    Shared,
    check_output,
    command,
    format_option,
    is_named_file,
    jobs_option,
    output_option,
    report,
    wants_color,
)
from brief.inputs.discovery import DEFAULT_PATTERNS
from brief.render.formats import Format, choose_format, extension_of

if TYPE_CHECKING:
    from brief.cli.app import Voice
    from brief.config import Config
    from brief.digest.builder import Digest
    from brief.inputs.feeds import FeedRun


EPILOG = """\b
Examples:
  brief digest ~/news/today -o digest.md
  brief digest ~/news --since yesterday --glob '*.html' -o digest.md
  brief digest ~/news/today -f terminal
  find ~/news -name '*.txt' -newer last-run | brief digest - -f jsonl | jq 'select(.schema == "brief-digest/3")'
  brief digest --feed https://example.org/rss.xml --feed https://example.net/atom.xml -o digest.md
  crontab:  30 6 * * *  ~/.local/bin/brief digest ~/news --since 24h -o ~/digests/today.md

Stories: the reports of one event, across outlets, are one story. A story an earlier digest
showed is marked as continuing and shows only what is new (the digests are remembered in
$XDG_STATE_HOME/brief/digests.json). Feeds: each run briefs only the items not briefed before
(remembered, with each feed's ETag, in $XDG_STATE_HOME/brief/feeds.json); a failed item is
retried, and given up after 3 failed runs and 24 hours. A file found twice (named twice, or in
two folders named) is digested once; -v says so. The output file named as an input is refused;
found in a folder, it is left out (-v says so too). Exit codes: 0 every input briefed, or
nothing new (then nothing is written or said); 1 some inputs, feeds or pages could not be
briefed (named on stderr and in the digest, with the reason; the others are still digested),
or a named input does not exist; 2 usage error; 3 cannot run (no model, output or its folder
not writable). When no article at all could be briefed, the output file is left as it was.
"""


@command(
    epilog=EPILOG,
    short_help="Digest many articles: who is in the news, who said what, the stories.",
)
def digest(
    inputs: list[str] | None = typer.Argument(
        None,
        metavar="INPUT",
        help="Article files, folders (searched recursively), or - for a list of paths on stdin.",
    ),
    output: Path | None = output_option(
        "Write the digest here, atomically (default: the config's output_folder, else stdout)."
    ),
    output_format: str | None = format_option(digest=True),
    patterns: list[str] | None = typer.Option(
        None,
        "--glob",
        metavar="PATTERN",
        help=f"File names to take from folders; repeatable (default: {' '.join(DEFAULT_PATTERNS)}).",
    ),
    since: str | None = typer.Option(
        None,
        "--since",
        metavar="WHEN",
        help="Only inputs modified (feed items dated) since then: an age (24h, 90m, 7d), a date "
        "(2026-11-26) or words (yesterday, '2 days ago', 'monday 8am').",
    ),
    jobs: int = jobs_option(),
    title: str | None = typer.Option(
        None,
        "--title",
        metavar="TEXT",
        help="The digest's title (default: News digest and today's date).",
    ),
    feeds: list[str] | None = typer.Option(
        None,
        "--feed",
        metavar="URL",
        help="An RSS, Atom or JSON feed whose new items to digest; repeatable (and the "
        "config's feeds:).",
    ),
    forget: bool = typer.Option(
        False,
        "--forget",
        help="Forget the earlier digests: no story is marked as continuing, and the memory "
        "starts afresh with this digest.",
    ),
    no_memory: bool = typer.Option(
        False,
        "--no-memory",
        help="Neither read nor write the memory of earlier digests (also the config's "
        "memory: false).",
    ),
    *,
    shared: Shared,
) -> None:
    """Digest many news articles: who is in the news, who said what, the numbers of the day,
    the reports of one event grouped as one story, what is new in stories an earlier digest
    showed, then each story's brief."""
    said, config = shared.said, shared.config
    fmt = choose_format(output_format, output, config.format, digest=True)
    output = output or _default_output(config, fmt)
    check_output(output, inputs or [], make=True)
    feed_urls = _feed_urls(feeds or [], config)
    if not inputs and not feed_urls:
        raise typer.BadParameter("give articles, folders, - or a --feed", param_hint="INPUT")
    _exist(inputs or [])
    after = _since(since)
    paths = _inputs(inputs or [], patterns or list(DEFAULT_PATTERNS), after, output, said)
    options = shared.options()
    said.info(
        f"format {fmt}, inputs {len(paths)}, feeds {len(feed_urls)}, output {output or 'stdout'}"
    )
    progress = len(paths) if said.progress else None
    memory = None if no_memory or not config.memory else _state_folder()
    with _feeds(feed_urls, after, said) as run, _progress(progress) as advance:
        from brief.digest.run import run_digest

        result = run_digest(
            paths,
            items=run.articles() if run is not None else (),
            fmt=fmt,
            output=output,
            stdout=sys.stdout,
            title=title or f"News digest — {date.today():%-d %B %Y}",
            options=options,
            jobs=jobs,
            on_failure=lambda failure: report(failure.message),
            on_progress=advance,
            memory=memory,
            forget=forget,
            warn=said.warn,
            **_terminal_view(fmt, output),
        )
        if run is not None:
            run.commit()
    if not result.written:
        if result.failures:
            said.warn(f"no article could be briefed; {output or 'stdout'} was left as it was")
        else:  # the usual cron run with no news: not worth a mail
            left = f"{output} was left as it was" if output else "nothing was written"
            said.info(f"nothing new to digest; {left}")
    digest = result.digest
    if result.written:
        _warn_not_english(digest, said)
    said.info(
        f"articles {digest.articles}, stories {len(digest.stories)}, failed {len(digest.failed)}"
    )
    raise typer.Exit(EXIT_INPUT_FAILED if result.failures else EXIT_OK)


def _warn_not_english(digest: Digest, said: Voice) -> None:
    """One warning per story not in English (the digest flags them too)."""
    from brief.digest.render_markdown import plural

    for story in digest.stories:
        if story.not_english:
            said.warn(
                f"story '{story.headline}' ({plural(len(story.articles), 'report')}) does not "
                "look like English; flagged in the digest and left out of its cross-story parts"
            )


def _terminal_view(fmt: Format, output: Path | None) -> dict[str, Any]:
    """The terminal view's style and width: styled and wrapped on a terminal (NO_COLOR and
    FORCE_COLOR heeded), plain and one item per line when piped or written to a file."""
    import shutil

    on_terminal = output is None and fmt == "terminal" and sys.stdout.isatty()
    return {
        "styled": output is None and fmt == "terminal" and wants_color("auto", sys.stdout),
        "width": shutil.get_terminal_size().columns if on_terminal else None,
    }


def _state_folder() -> Path:
    from brief.inputs.feed_state import state_folder

    return state_folder()


def _feed_urls(given: list[str], config: Config) -> list[str]:
    """`--feed` addresses, then the config's; each must be an http(s) address."""
    from brief.inputs.fetch import is_url

    for url in given:
        if not is_url(url):
            raise typer.BadParameter(f"'{url}' is not an http(s) address", param_hint="'--feed'")
    return list(dict.fromkeys([*given, *config.feeds]))


@contextmanager
def _feeds(urls: list[str], since: float | None, said: Voice) -> Iterator[FeedRun | None]:
    """The run's feeds (holding the feed state's lock throughout), or None without feeds."""
    if not urls:
        yield None
        return
    from brief.inputs.feeds import feed_run

    with feed_run(urls, since=since, warn=said.warn) as run:
        yield run


def _exist(inputs: list[str]) -> None:
    """Fail before any work when a named file or folder does not exist: a typo in a cron line
    must not replace yesterday's digest with a smaller one."""
    import os

    from brief.errors import InputError
    from brief.inputs.fetch import is_url

    for item in inputs:
        if item != "-" and not is_url(item) and not os.path.exists(item):
            raise InputError(item, "no such file or folder")


def _since(value: str | None) -> float | None:
    from brief.inputs.discovery import parse_since

    try:
        return parse_since(value) if value is not None else None
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint="'--since'") from None


def _inputs(
    inputs: list[str], patterns: list[str], since: float | None, output: Path | None, said: Voice
) -> list[str]:
    """The article paths, each once, without the output file: yesterday's digest in today's
    folder is not an article. With -v, a line for each path left out."""
    from brief.inputs.discovery import expand_inputs

    def repeated(name: str) -> None:
        said.info(f"{name}: found again, digested once")

    found = expand_inputs(inputs, patterns=patterns, since=since, on_repeat=repeated)
    paths = []
    for name in found:
        if output is not None and is_named_file(name, output):
            said.info(f"{name}: the output file, not an article: left out")
        else:
            paths.append(name)
    return paths


def _default_output(config: Config, fmt: Format) -> Path | None:
    """With an output folder configured, a dated file in it; else None (stdout)."""
    if config.output_folder is None:
        return None
    return config.output_folder / f"digest-{date.today().isoformat()}{extension_of(fmt)}"


@contextmanager
def _progress(total: int | None) -> Iterator[Callable[[], None]]:
    """A progress bar of `total` steps on stderr; nothing with None (not a terminal, or -q:
    cron mail stays clean). Yields the function to call once per input.

    The bar is redrawn when a step is done, not by rich's refresh thread: once a process has
    a second thread, every lock in it takes the slow, atomic path for good (glibc's
    single-thread shortcut is off), and spaCy's recogniser, which takes and gives back the GIL
    for each move it weighs, then costs ~25 % more (60 articles briefed under the bar: 2.7 CPU s
    without a thread, 2.9-3.1 s with rich's, `docs/speed.md`).
    """
    if total is None:
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    console = Console(file=sys.stderr)
    with Progress(console=console, transient=True, auto_refresh=False) as progress:
        task = progress.add_task("Briefing", total=total)
        yield lambda: progress.update(task, advance=1, refresh=True)
