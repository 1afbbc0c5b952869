"""Dask's preload hook for the workers of the local cluster `brief batch` starts.

`distributed.worker.preload` names this module, so each worker calls `dask_setup` as it
starts: the worker's single-threaded child (`brief.batch.child`) is started then, and loads the
pipeline while the other workers, the scheduler and the client are still coming up, instead of
after the first task arrives. Imported only by Dask workers (it needs click, which Dask has).
"""

from __future__ import annotations

import click

from brief.batch.child import start_early


@click.command()
@click.option("--model", default=None, help="the pipeline the child loads (default: brief's)")
def dask_setup(worker: object, model: str | None) -> None:
    """Start the worker's briefing child and have it load `model`'s pipeline."""
    start_early(model)
