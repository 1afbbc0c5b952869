"""The standard streams as the machine hands them over: perhaps closed, perhaps failing.

A scheduler may start a job with stdout or stdin closed, and a disk may fill up under
`> log`. These tools keep such faults from turning into tracebacks; `brief.cli.app` decides
what each one means for the exit code (`machine_faults()`).

- A stream closed at start has its descriptor filled with /dev/null, so that no file opened
  later takes its number (and with it output meant for the terminal), and the stream itself is
  a `ClosedStream` that refuses every read or write with EBADF, as the closed descriptor would,
  saying which stream is closed. Reading a closed stdin is then an input's failure, writing to
  a closed stdout refused before any work (`require_stdout`).
- A line stderr cannot take is dropped (there is nowhere else to say it), and remembered.
- A stream whose write failed has its descriptor pointed at /dev/null, so that what is left in
  its buffer goes there at exit instead of failing again into "Exception ignored" and exit 120.
"""

from __future__ import annotations

import errno
import io
import os
import sys
from dataclasses import dataclass
from typing import TextIO

from brief.errors import OutputError

# What a failed write to a standard stream looks like. A closed pipe (EPIPE) is not one of
# them: the reader went away, which ends quietly.
WRITE_FAULTS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF})


class ClosedStream(io.TextIOBase):
    """Stands in for a standard stream that was closed at start: reading or writing it fails
    with EBADF, as it would on the closed descriptor, but with a message that says which."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def readable(self) -> bool:
        """Only stdin is for reading: reading it is what fails."""
        return self._name == "stdin"

    def writable(self) -> bool:
        """stdout and stderr are for writing: writing them is what fails."""
        return not self.readable()

    @property
    def buffer(self) -> ClosedStream:
        """The bytes under the text: as closed as the text."""
        return self

    def read(self, size: int | None = -1) -> str:
        """Refuse, as reading a closed descriptor does."""
        raise self._closed()

    def readline(self, size: int | None = -1) -> str:  # type: ignore[override]  # (typeshed: bytes)
        """Refuse, as reading a closed descriptor does."""
        raise self._closed()

    def write(self, text: str) -> int:
        """Refuse, as writing to a closed descriptor does."""
        raise self._closed()

    def _closed(self) -> OSError:
        return OSError(errno.EBADF, f"{self._name} is closed")


@dataclass(slots=True)
class _Stderr:
    lost: bool = False  # a line meant for stderr could not be written


_STDERR = _Stderr()


def fill_closed_streams() -> None:
    """Give each standard stream that was closed at start its stand-in (see above)."""
    for fd, name in enumerate(("stdin", "stdout", "stderr")):
        if _is_open(fd):
            continue
        devnull = os.open(os.devnull, os.O_RDONLY if fd == 0 else os.O_WRONLY)
        if devnull != fd:  # the lowest free number: fd itself, unless a lower one is closed too
            os.dup2(devnull, fd)
            os.close(devnull)
        setattr(sys, name, ClosedStream(name))


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def require_stdout() -> None:
    """Refuse, before any work, to brief for a stdout that was closed at start."""
    if isinstance(sys.stdout, ClosedStream):
        raise OutputError("cannot write output: stdout is closed")


def say(line: str) -> None:
    """Write one line to stderr; when stderr cannot take it, drop it and remember that."""
    try:
        sys.stderr.write(line)
        sys.stderr.flush()
    except OSError:
        _STDERR.lost = True
        silence(sys.stderr)


def stderr_lost_a_line() -> bool:
    """Whether `say` has had to drop a line."""
    return _STDERR.lost


def silence(stream: TextIO | io.TextIOBase | None) -> None:
    """Point a failed stream's descriptor at /dev/null (see above)."""
    try:
        fd = stream.fileno() if stream is not None else -1
    except (OSError, ValueError):
        return  # a stand-in: it buffers nothing
    if fd < 0:
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fd)
    os.close(devnull)
