"""One `brief summarize` run: brief every input in order and stream the briefs out.

Each brief is rendered and written as soon as it is ready, so memory does not grow with the
number of inputs. A file output is written atomically and only once there is a first brief:
when no input could be briefed, whatever the file held before stays as it was.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from brief.briefing import Options
from brief.limits import DEFAULT_MAX_BYTES
from brief.output import write_atomically
from brief.records import Brief, Failure, FailureLog
from brief.render import Format, View, render_each
from brief.render.view import DEFAULT_VIEW
from brief.stream import brief_sources


@dataclass(frozen=True, slots=True)
class SummarizeResult:
    """What a run did: how many briefs it wrote, and the inputs that failed."""

    briefed: int
    failures: tuple[Failure, ...]


def run_summarize(
    sources: Sequence[str],
    *,
    fmt: Format,
    output: Path | None,
    stdout: TextIO,
    options: Options,
    view: View = DEFAULT_VIEW,
    max_bytes: int = DEFAULT_MAX_BYTES,
    jobs: int = 1,
    styled: bool = False,
    width: int | None = None,
    on_failure: Callable[[Failure], None] = lambda failure: None,
    on_warning: Callable[[Brief, str], None] = lambda brief, warning: None,
    on_brief: Callable[[Brief], None] = lambda brief: None,
) -> SummarizeResult:
    """Brief `sources`, write the briefs to `output` (or `stdout`), and report what failed.

    Terminal text is wrapped at `width` columns; with None, never (one line per item).
    `view` says which sections to write and, in the text formats, whether every item or the
    top ones. With `jobs` > 1, worker processes brief the inputs (never "-", stdin), and the
    briefs still come out in input order.
    """
    log: FailureLog[Brief] = FailureLog(on_failure)
    briefed = 0

    def briefs() -> Iterator[Brief]:
        nonlocal briefed
        for brief in log.successes(brief_sources(sources, options, jobs=jobs, max_bytes=max_bytes)):
            for warning in brief.warnings:
                on_warning(brief, warning)
            on_brief(brief)
            briefed += 1
            yield brief

    pieces = render_each(briefs(), fmt, styled=styled, width=width, view=view)
    first = next(pieces, None)
    if first is not None:
        if output is not None:
            write_atomically(output, itertools.chain([first], pieces))
        else:
            for piece in itertools.chain([first], pieces):
                stdout.write(piece)
                stdout.flush()
    return SummarizeResult(briefed, tuple(log.failures))
