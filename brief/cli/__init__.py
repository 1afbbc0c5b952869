"""The `brief` command line: a thin shell over the library, one module per command.

Commands turn arguments into options, call the library, render and write; only this package
prints or exits. Exit codes: 0 success, 1 some input could not be briefed, 2 usage error,
3 cannot run (model missing, output not writable), 130 interrupted, 141 output pipe closed.
"""

from brief.cli import batch as _batch  # noqa: F401  (registers the command)
from brief.cli import digest as _digest  # noqa: F401  (registers the command)
from brief.cli import summarize as _summarize  # noqa: F401  (registers the command)
from brief.cli.app import app


def main() -> None:
    """Run the command line (the `brief` entry point)."""
    app(prog_name="brief")


__all__ = ["app", "main"]
