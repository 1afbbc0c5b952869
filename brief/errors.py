"""The library's own exceptions. The CLI turns each into one line on stderr and an exit code."""

from __future__ import annotations


class BriefError(Exception):
    """Base class for every error `brief` reports to a user instead of a traceback."""


class InputError(BriefError):
    """An input could not be read or is not an article (missing, binary, empty, undecodable)."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        """Pickled by its arguments, so that it crosses to another process whole."""
        return type(self), (self.source, self.problem)


class ModelError(BriefError):
    """The spaCy pipeline asked for is not installed or cannot be loaded."""


class OutputError(BriefError):
    """The brief could not be written where the user asked."""


class ConfigError(BriefError):
    """The configuration file cannot be read or holds a setting `brief` does not understand."""


class OutOfMemoryError(InputError):
    """The machine ran out of memory while briefing an input (Python's or numpy's `MemoryError`).

    The input is to blame only by its size, so the message gives the size and what helps.
    """

    def __init__(self, source: str, size: int) -> None:
        super().__init__(
            source,
            f"ran out of memory briefing its {size:,} bytes "
            "(split the input, or set --max-bytes lower to refuse such inputs at once)",
        )
        self.size = size

    def __reduce__(self) -> tuple[type[InputError], tuple[str, int]]:  # type: ignore[override]
        """Pickled by its arguments, so that it crosses to another process whole."""
        return type(self), (self.source, self.size)


class ChildLost(RuntimeError):
    """A child process (`brief.apart`) ended before it answered: killed, most often by the
    kernel for want of memory. A fault of the machine, not of an input."""
