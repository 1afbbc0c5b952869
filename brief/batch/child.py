"""A Dask task's briefing in a process with one thread: the worker's own child.

spaCy's parser and recogniser release and retake the GIL many times per batch. In a process that
has never started a second thread, glibc takes those mutexes without atomic instructions; once
any second thread has existed it never does again, and the model pass costs ~25 % more CPU
(`bench/model_pass.py --thread`: 3.7 against 2.9 CPU s for 100 BBC articles; under `perf`,
`pthread_mutex_lock`/`unlock` go from 4 % to 27 % of the samples). A Dask worker runs its
tasks in a thread beside its event loop, so it always pays.

`brief_partition_apart` hands the partition to a child process the worker starts on first use
(spawned: a clean interpreter, one thread) and keeps for its life, so the model loads once per
worker. The child writes the partition's files itself and sends back only the summary, or the
error it raised. The two talk over one pipe whose child end only the child holds: when the
worker goes, however it goes, the child reads the end of the pipe and exits (a
`ProcessPoolExecutor`'s child holds both ends of its queues and outlives a killed parent).

A worker that may not have children (a daemonic worker of a cluster `brief` did not start)
briefs in its own thread, as before. The worker's memory limit does not see the child; a
partition's memory is bounded by its size.
"""

from __future__ import annotations

import multiprocessing
import pickle
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from brief.batch.corpus import Partition
from brief.batch.partition import PartitionSummary, brief_partition
from brief.briefing import Options
from brief.collector import quiet_start_up

# This worker's child and its end of their pipe, once started.
_CHILD: list[tuple[BaseProcess, Connection]] = []


class ChildLost(RuntimeError):
    """The child process ended before it answered (killed, out of memory)."""


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
        ok, answer = pipe.recv()
    except (EOFError, OSError) as error:
        _CHILD.clear()  # the next task starts another child
        process.join(timeout=1)
        raise ChildLost(f"the briefing process ended (exit code {process.exitcode})") from error
    if not ok:
        raise answer
    summary: PartitionSummary = answer
    return summary


def _child() -> tuple[BaseProcess, Connection]:
    """This process's child and the pipe to it, started on first use."""
    if not _CHILD or not _CHILD[0][0].is_alive():
        _CHILD.clear()
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=serve, args=(theirs,), name="brief-child", daemon=True)
        process.start()
        theirs.close()  # only the child holds its end: the worker's going ends the child
        _CHILD.append((process, ours))
    return _CHILD[0]


def serve(pipe: Connection) -> None:
    """The child's loop: brief each partition it is sent, answer (True, summary) or (False,
    the error), until the pipe ends."""
    quiet_start_up()
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
        try:
            pipe.send(answer)
        except (pickle.PicklingError, TypeError, AttributeError) as error:
            pipe.send((False, RuntimeError(f"{answer[1]!r} (not sent whole: {error})")))
