"""Work in a child process (`brief.apart`): streamed back in order, errors raised here, and
no child left behind."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from brief.apart import stream_apart
from brief.errors import ChildLost, InputError


def squares(count: int) -> Iterator[int]:
    yield from (number * number for number in range(count))


def fails_after_two() -> Iterator[int]:
    yield 1
    yield 2
    raise InputError("feed.xml", "not a feed")


def dies() -> Iterator[int]:
    yield 1
    os._exit(3)


def threads_started() -> Iterator[int]:
    """How many threads the child process had: what runs there, not here."""
    import threading

    yield threading.active_count()


@pytest.mark.slow
def test_items_come_back_in_order() -> None:
    assert list(stream_apart(squares, 500)) == [n * n for n in range(500)]


@pytest.mark.slow
def test_an_error_of_the_child_is_raised_here_after_its_items() -> None:
    seen: list[int] = []
    with pytest.raises(InputError, match="not a feed"):
        seen.extend(stream_apart(fails_after_two))
    assert seen == [1, 2]


@pytest.mark.slow
def test_a_child_that_dies_is_reported() -> None:
    stream = stream_apart(dies)
    assert next(stream) == 1
    with pytest.raises(ChildLost, match="exit code 3"):
        next(stream)


@pytest.mark.slow
def test_a_stream_abandoned_midway_leaves_no_child() -> None:
    import multiprocessing

    stream = stream_apart(squares, 10**6)
    assert next(stream) == 0
    stream.close()
    assert not [child for child in multiprocessing.active_children() if child.daemon]


def test_brief_errors_cross_processes_whole() -> None:
    import pickle

    from brief.errors import OutOfMemoryError

    for error in (InputError("a.txt", "empty"), OutOfMemoryError("big.txt", 2_000_000)):
        again = pickle.loads(pickle.dumps(error))
        assert (type(again), str(again), vars(again)) == (type(error), str(error), vars(error))


def slowly(count: int) -> Iterator[int]:
    import time

    for number in range(count):
        time.sleep(0.1)
        yield number


PARENT = """
import sys
from brief.apart import stream_apart
from tests.test_apart import slowly
try:
    for number in stream_apart(slowly, 1000):
        print(number, flush=True)
except KeyboardInterrupt:
    print("interrupted", file=sys.stderr)
    sys.exit(130)
"""


@pytest.mark.slow
def test_ctrl_c_is_the_parents_to_report_not_the_childs() -> None:
    """Ctrl-C reaches the whole process group: the parent says so once, the child says
    nothing (no traceback) and is gone."""
    import signal
    import subprocess
    import sys
    from pathlib import Path

    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT],
        cwd=Path(__file__).parents[1],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert parent.stdout is not None
    assert parent.stdout.readline().strip() == "0"  # the child is streaming
    os.killpg(parent.pid, signal.SIGINT)
    _, errors = parent.communicate(timeout=30)
    assert parent.returncode == 130
    assert errors.strip() == "interrupted"
