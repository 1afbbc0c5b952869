"""A Dask task's briefing in a process with one thread: the worker's own child.

A Dask worker runs its tasks in a thread beside its event loop, and spaCy's model pass takes
~25 % more CPU in any process that has had a second thread (`brief.apart`). So
`brief_partition_apart` hands the partition to a child process the worker starts on first use
(spawned: a clean interpreter, one thread) and keeps for its life, so the model loads once per
worker. The child writes the partition's files itself and sends back only the summary, or the
error it raised; it exits when its worker goes, however the worker goes.

A worker that may not have children (a daemonic worker of a cluster `brief` did not start)
briefs in its own thread, as before. The worker's memory limit does not see the child; a
partition's memory is bounded by its size.
"""

from __future__ import annotations

import contextlib
import multiprocessing
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from brief.apart import (
    leave_interruption_to_the_parent,
    receive,
    send_safely,
    start_child,
)
from brief.batch.corpus import Partition
from brief.batch.partition import PartitionSummary, brief_partition
from brief.briefing import Options
from brief.collector import quiet_start_up
from brief.errors import ChildLost

# This worker's child and its end of their pipe, once started.
_CHILD: list[tuple[BaseProcess, Connection]] = []


def brief_partition_apart(
    partition: Partition, out: str | Path, options: Options
) -> PartitionSummary:
    """`brief_partition` in this process's single-threaded child, or here when this process
    may not start one. Raises what `brief_partition` raised, or `ChildLost`."""
    if multiprocessing.current_process().daemon:
        return brief_partition(partition, out, options)
    process, pipe = _child()
    try:
        pipe.send((partition, str(out), options))
        ok, answer = receive(process, pipe)
    except (ChildLost, OSError):
        _CHILD.clear()  # the next task starts another child
        raise
    if not ok:
        raise answer
    summary: PartitionSummary = answer
    return summary


def start_early(model: str | None) -> None:
    """Start this worker's child now, before its first task, and have it load the pipeline
    `model` names (None: the default) while the cluster is still coming up
    (`brief.batch.preload`). A worker that may not have children does nothing."""
    if not multiprocessing.current_process().daemon:
        _child(warm=True, model=model)


def _child(*, warm: bool = False, model: str | None = None) -> tuple[BaseProcess, Connection]:
    """This process's child and the pipe to it, started on first use; with `warm`, a new child
    loads `model`'s pipeline before it waits for work."""
    if not _CHILD or not _CHILD[0][0].is_alive():
        _CHILD.clear()
        _CHILD.append(start_child(serve, warm, model))
    return _CHILD[0]


def serve(pipe: Connection, warm: bool = False, model: str | None = None) -> None:
    """The child's loop: brief each partition it is sent, answer (True, summary) or (False,
    the error), until the pipe ends. With `warm`, it loads `model`'s pipeline first (None:
    the default); a failure to load is left for the first partition to raise."""
    leave_interruption_to_the_parent()
    quiet_start_up()
    if warm:
        from brief.nlp import pipeline as nlp

        with contextlib.suppress(Exception):
            nlp.load_pipeline(nlp.model_name(model))
    while True:
        try:
            partition, out, options = pipe.recv()
        except EOFError:
            return
        answer: tuple[bool, Any]
        try:
            answer = (True, brief_partition(partition, out, options))
        except Exception as error:  # sent back whole: the worker raises it as its own
            answer = (False, error)
        send_safely(pipe, answer)
