"""The `brief` command line: a thin shell over the library, one module per command.

Commands turn arguments into options, call the library, render and write; only this package
prints or exits. Exit codes: 0 success, 1 some input could not be briefed, 2 usage error
(a bad config file too), 3 cannot run (model missing, output not writable, out of memory), 130
interrupted, 141 output pipe closed. `brief.cli.app.EXIT_CODES` maps library errors to them.
"""

import io
import sys

from brief.cli import batch as _batch  # noqa: F401  (registers the command)
from brief.cli import digest as _digest  # noqa: F401  (registers the command)
from brief.cli import summarize as _summarize  # noqa: F401  (registers the command)
from brief.cli import text as _text  # noqa: F401  (registers the command)
from brief.cli.app import app, machine_faults, stop_on_terminate
from brief.cli.machine import fill_closed_streams
from brief.collector import quiet_start_up
from brief.nlp.spacy_import import one_blas_thread


def main() -> None:
    """Run the command line (the `brief` entry point)."""
    one_blas_thread()  # before anything imports numpy
    quiet_start_up()
    stop_on_terminate()
    fill_closed_streams()
    for stream in (sys.stdout, sys.stderr):
        # Under a non-UTF-8 locale, a character the terminal cannot show becomes \u2019, not a crash.
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="backslashreplace")
    with machine_faults():
        app(prog_name="brief")


__all__ = ["app", "main"]
