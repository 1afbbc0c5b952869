"""Work done in a child process, so that the process that parses never starts a thread.

spaCy's parser and recogniser release and retake the GIL many times per batch. In a process
that has never had a second thread, glibc takes those mutexes without atomic instructions; once
any second thread has existed it never does again, and the model pass costs ~25 % more CPU
(`bench/model_pass.py --thread`: 3.7 against 2.9 CPU s for 100 BBC articles; under `perf`,
`pthread_mutex_lock`/`unlock` go from 4 % to 27 % of the samples). Work that needs threads
(reading many web pages at once) or that runs where threads already are (a Dask task) goes to a
spawned child: a clean interpreter.

A child and its parent talk over one pipe whose child end only the child holds, so when the
parent goes, however it goes, the child reads the end of the pipe and exits. (A
`ProcessPoolExecutor`'s child holds both ends of its queues and outlives a killed parent; a
`multiprocessing.Pool` starts threads in the parent.)
"""

from __future__ import annotations

import multiprocessing
import pickle
import signal
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from brief.errors import ChildLost


def start_child(target: Callable[..., None], *args: Any) -> tuple[BaseProcess, Connection]:
    """A spawned daemon child running `target(pipe, *args)`, and this side's end of the pipe."""
    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(target=target, args=(theirs, *args), daemon=True)
    process.start()
    theirs.close()  # only the child holds its end: this process's going ends the child
    return process, ours


def leave_interruption_to_the_parent() -> None:
    """Call first in a child: Ctrl-C reaches the whole process group, and the parent, which
    says what happened (once, without a traceback), ends the child by closing their pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def receive(process: BaseProcess, pipe: Connection) -> Any:
    """The child's next message; `ChildLost` when it ended instead."""
    try:
        return pipe.recv()
    except (EOFError, OSError) as error:
        process.join(timeout=1)
        raise ChildLost(
            f"a child process ended before it answered (exit code {process.exitcode})"
        ) from error


def send_safely(pipe: Connection, answer: tuple[bool, Any]) -> None:
    """Send an answer (ok, value); an error that cannot be pickled goes as its text."""
    try:
        pipe.send(answer)
    except (pickle.PicklingError, TypeError, AttributeError) as error:
        pipe.send((False, RuntimeError(f"{answer[1]!r} (not sent whole: {error})")))


def stream_apart(produce: Callable[..., Iterable[Any]], *args: Any) -> Iterator[Any]:
    """What `produce(*args)` yields, produced in a child process and yielded here in order; an
    error it raised is raised here. `produce` and its arguments must pickle."""
    process, pipe = start_child(_stream, produce, *args)
    try:
        while True:
            ok, value = receive(process, pipe)
            if not ok:
                raise value
            if value is _END:
                return
            yield value[0]
    finally:
        pipe.close()
        process.join(timeout=5)
        if process.is_alive():  # abandoned midway: the child may be blocked sending
            process.terminate()
            process.join()


class _End:
    """The marker of a stream's end (compared by identity in the child, by type here)."""

    def __reduce__(self) -> str:
        return "_END"


_END = _End()


def _stream(pipe: Connection, produce: Callable[..., Iterable[Any]], *args: Any) -> None:
    """The child's side of `stream_apart`: each item as (True, (item,)), then the end marker."""
    leave_interruption_to_the_parent()
    try:
        for item in produce(*args):
            pipe.send((True, (item,)))
    except BrokenPipeError:
        return  # the parent stopped listening
    except Exception as error:
        send_safely(pipe, (False, error))
        return
    pipe.send((True, _END))
