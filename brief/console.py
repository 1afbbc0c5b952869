"""The `brief` script's entry point, which imports the command line only when it runs.

A `--jobs` or Dask worker process starts by running its parent's script again (the spawn start
method re-imports the main module); with this entry point that costs it nothing, where
importing `brief.cli` would load Typer, rich and every command first (~0.1 s per worker).
"""

from __future__ import annotations


def main() -> None:
    """Run the command line."""
    from brief.cli import main as run

    run()
