"""The `brief` command line: a thin shell over the library, one module per command.

Commands turn arguments into options, call the library, render and write; only this package
prints or exits. Exit codes: 0 success, 1 some input could not be briefed, 2 usage error,
3 cannot run (model missing, output not writable), 130 interrupted, 141 output pipe closed.
"""

import io
import sys

from brief.cli import batch as _batch  # noqa: F401  (registers the command)
from brief.cli import digest as _digest  # noqa: F401  (registers the command)
from brief.cli import summarize as _summarize  # noqa: F401  (registers the command)
from brief.cli.app import EXIT_INTERRUPTED, app, stop_on_terminate


def main() -> None:
    """Run the command line (the `brief` entry point)."""
    stop_on_terminate()
    for stream in (sys.stdout, sys.stderr):
        # Under a non-UTF-8 locale, a character the terminal cannot show becomes \u2019, not a crash.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    try:
        app(prog_name="brief")
    except KeyboardInterrupt:  # Ctrl-C before a command's own guard: still no traceback
        raise SystemExit(EXIT_INTERRUPTED) from None


__all__ = ["app", "main"]
