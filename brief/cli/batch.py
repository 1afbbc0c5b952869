"""`brief batch INPUT... --out DIR`: brief a whole archive into JSON Lines partitions on Dask."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from brief.cli.app import EXIT_INPUT_FAILED, EXIT_OK, Shared, command
from brief.cli.machine import say
from brief.cli.usage import path, whole_number
from brief.render.text import one_line

EPILOG = """\b
Examples:
  brief batch news/ --out briefs/                  (a folder tree, on a local Dask cluster)
  brief batch archive.jsonl --out briefs/ --workers 2 --partition-size 200
  brief batch archive.jsonl --out /shared/briefs --scheduler tcp://scheduler:8786

A rerun with the same inputs skips the partitions already written, so an interrupted run
resumes where it stopped. An article found twice is briefed once (-v says so); an input file
inside the --out folder is refused, since the run may overwrite it. Needs Dask, which comes with brief's "scale" extra:

\b
  pip install 'brief[scale]'
"""


@command(
    epilog=EPILOG,
    short_help="Brief a whole archive on Dask into JSON Lines, restartably.",
)
def batch(
    inputs: list[str] = typer.Argument(
        ...,
        metavar="INPUT",
        help="Folders, article files, or JSON Lines files of {id, text} records.",
    ),
    out: Path = typer.Option(
        ...,
        "--out",
        metavar="DIR",
        parser=path,
        help="Folder for part-NNNNN.jsonl files and manifest.json.",
    ),
    scheduler: str | None = typer.Option(
        None,
        "--scheduler",
        metavar="ADDRESS",
        help="Address of a running Dask scheduler (default: a local cluster).",
    ),
    workers: int | None = typer.Option(
        None,
        "--workers",
        metavar="N",
        parser=whole_number(1),
        help="Worker processes of the local cluster (default: one per core).",
    ),
    partition_size: int = typer.Option(
        100,
        "--partition-size",
        metavar="N",
        parser=whole_number(1),
        help="Articles per output partition.",
    ),
    *,
    shared: Shared,
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
    _refuse_inputs_in(out, inputs)
    said = shared.said
    options = shared.options()
    require_dask()

    def repeated(name: str) -> None:
        said.info(f"{name}: found again, briefed once")

    partitions = list(plan_partitions(inputs, size=partition_size, on_repeat=repeated))
    if not partitions:
        raise InputError(" ".join(inputs), "no articles found")
    articles = sum(partition.size for partition in partitions)
    local = f"{workers} workers" if workers else "one worker per core"
    where = scheduler or f"a local cluster, {local}"
    said.info(f"{articles} articles in {len(partitions)} partitions, on {where}")
    result = run_on_dask(partitions, out, options, scheduler=scheduler, workers=workers)
    manifest = write_manifest(out, result.summaries, result.incomplete, options, result.elapsed)
    if not said.quiet:
        _tell(manifest, out)
    unfinished = manifest["failed"] or manifest["partitions"]["incomplete"]
    raise typer.Exit(EXIT_INPUT_FAILED if unfinished else EXIT_OK)


def _refuse_inputs_in(out: Path, inputs: list[str]) -> None:
    """Refuse an input file inside the output folder: the run writes part files, the manifest
    and completion marks there, and may overwrite it as it is read (a usage error)."""
    from brief.inputs.fetch import is_url

    folder = out.resolve()
    for name in inputs:
        is_file = name != "-" and not is_url(name) and not os.path.isdir(name)
        if is_file and Path(name).resolve().is_relative_to(folder):
            raise typer.BadParameter(
                f"{one_line(name)} is an input inside the output folder and could be overwritten",
                param_hint="'--out'",
            )


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
