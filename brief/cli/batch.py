"""`brief batch INPUT... --out DIR`: brief a whole archive into JSON Lines partitions on Dask."""

from __future__ import annotations

from pathlib import Path

import typer

from brief.cli.app import (
    EXIT_INPUT_FAILED,
    EXIT_OK,
    app,
    build_options,
    fail,
    guarded,
    model_option,
    sentences_option,
    settings,
)
from brief.cli.machine import say

EPILOG = """Examples:

  brief batch news/ --out briefs/                  (a folder tree, on a local Dask cluster)

  brief batch archive.jsonl --out briefs/ --workers 2 --partition-size 200

  brief batch archive.jsonl --out /shared/briefs --scheduler tcp://scheduler:8786

A rerun with the same inputs skips the partitions already written, so an interrupted run
resumes where it stopped. Needs Dask: pip install 'brief[scale]'.
"""


@app.command(epilog=EPILOG)
def batch(
    inputs: list[str] = typer.Argument(
        ...,
        metavar="INPUT...",
        help="Folders, article files, or JSON Lines files of {id, text} records.",
    ),
    out: Path = typer.Option(
        ..., "--out", help="Folder for part-NNNNN.jsonl files and manifest.json."
    ),
    scheduler: str | None = typer.Option(
        None, "--scheduler", help="Address of a running Dask scheduler (default: a local cluster)."
    ),
    workers: int | None = typer.Option(
        None,
        "--workers",
        min=1,
        help="Worker processes of the local cluster (default: one per core).",
    ),
    partition_size: int = typer.Option(
        100, "--partition-size", min=1, help="Articles per output partition."
    ),
    sentences: int | None = sentences_option(),
    model: str | None = model_option(),
) -> None:
    """Brief a whole corpus into partitioned JSON Lines, restartably, on Dask."""
    from brief.batch.cluster import require_dask, run_on_dask
    from brief.batch.corpus import plan_partitions
    from brief.batch.partition import write_manifest
    from brief.errors import InputError

    if scheduler is not None and workers is not None:
        raise typer.BadParameter(
            "sizes the local cluster; a --scheduler's cluster has its own workers",
            param_hint="'--workers'",
        )
    options = build_options(settings(), sentences=sentences, model=model)
    with guarded():
        require_dask()
        try:
            partitions = list(plan_partitions(inputs, size=partition_size))
        except InputError as error:
            fail(str(error), EXIT_INPUT_FAILED)
        if not partitions:
            fail(f"{' '.join(inputs)}: no articles found", EXIT_INPUT_FAILED)
        result = run_on_dask(partitions, out, options, scheduler=scheduler, workers=workers)
        manifest = write_manifest(out, result.summaries, result.incomplete, options, result.elapsed)
    _tell(manifest, out)
    unfinished = manifest["failed"] or manifest["partitions"]["incomplete"]
    raise typer.Exit(EXIT_INPUT_FAILED if unfinished else EXIT_OK)


def _tell(manifest: dict[str, object], out: Path) -> None:
    """One line on stderr: what was done, and where the manifest is."""
    parts = manifest["partitions"]
    assert isinstance(parts, dict)
    line = (
        f"brief: {manifest['briefed']} of {manifest['articles']} articles briefed in "
        f"{parts['done']} partitions ({parts['resumed']} resumed), {manifest['failed']} failed"
    )
    if parts["incomplete"]:
        line += f"; {len(parts['incomplete'])} partitions unfinished, rerun to resume"
    say(f"{line}; see {out / 'manifest.json'}\n")
