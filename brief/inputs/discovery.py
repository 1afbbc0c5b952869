"""Expand command-line inputs into article paths: files, folders (recursively), stdin lists."""

from __future__ import annotations

import fnmatch
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO

from brief.inputs.reading import unreadable_stdin

STDIN = "-"
DEFAULT_PATTERNS = ("*.txt", "*.md", "*.html", "*.htm")
_AGE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*$")
_AGE_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def expand_inputs(
    inputs: Sequence[str],
    *,
    patterns: Sequence[str] = DEFAULT_PATTERNS,
    since: float | None = None,
    stdin: TextIO | None = None,
    on_repeat: Callable[[str], None] = lambda path: None,
) -> Iterator[str]:
    """Article paths in a stable order, each once (a path found again goes to `on_repeat`).

    A folder gives the files under it (recursively, sorted) whose names match `patterns`; "-"
    gives the paths listed one per line on `stdin`; a file (even a missing one, so that its
    reader can report it) gives itself. With `since` (a POSIX time), files modified earlier
    are left out.
    """
    seen: set[str] = set()
    for path in _walk(inputs, patterns, stdin or sys.stdin):
        if since is not None and _modified_before(path, since):
            continue
        if path in seen:
            on_repeat(path)
            continue
        seen.add(path)
        yield path


def _walk(inputs: Iterable[str], patterns: Sequence[str], stdin: TextIO) -> Iterator[str]:
    for item in inputs:
        if item == STDIN:
            yield from _listed(stdin)
        elif os.path.isdir(item):
            yield from _folder(Path(item), patterns)
        else:
            yield item


def _listed(stdin: TextIO) -> list[str]:
    """The paths listed on `stdin`, one per line; an `InputError` if it cannot be read."""
    try:
        return [line.strip() for line in stdin if line.strip()]
    except OSError as error:
        raise unreadable_stdin(error) from None


def _folder(folder: Path, patterns: Sequence[str]) -> Iterator[str]:
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and any(fnmatch.fnmatch(name, p) for p in patterns):
                yield str(Path(root) / name)


def _modified_before(path: str, since: float) -> bool:
    try:
        return os.stat(path).st_mtime < since
    except OSError:
        return False  # let the reader report it


def parse_since(value: str, *, now: datetime | None = None) -> float:
    """A `--since` value as a POSIX time: an age ("24h", "90m", "7d", "2w"), a date or time
    ("2026-11-26", "2026-11-26T08:00"), or words ("yesterday", "2 days ago", "monday 8am").

    Words are read by dateparser, as git and GNU date read them: "yesterday" is 24 hours ago,
    "2 days ago" 48 hours ago, a day's name its midnight. Raises ValueError with a readable
    message.
    """
    now = now or datetime.now().astimezone()
    age = _AGE.match(value)
    if age:
        delta = timedelta(**{_AGE_UNITS[age.group(2)]: float(age.group(1))})
        return (now - delta).timestamp()
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        moment = _in_words(value, now)
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.timestamp()


def _in_words(value: str, now: datetime) -> datetime:
    """A moment in English words, before `now`; ValueError when dateparser cannot read it."""
    from dateparser.date import DateDataParser  # ~0.7 s to import: only for words

    local_now = now.astimezone().replace(tzinfo=None)
    parser = DateDataParser(
        languages=["en"], settings={"RELATIVE_BASE": local_now, "PREFER_DATES_FROM": "past"}
    )
    moment: datetime | None = parser.get_date_data(value).date_obj
    if moment is None:
        raise ValueError(
            f"'{value}' is not an age like 24h, a date like 2026-11-26 "
            "or words like yesterday or '2 days ago'"
        )
    return moment
