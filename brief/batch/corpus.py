"""A corpus for `brief batch`: article files and JSON Lines records, cut into stable partitions.

The driver only plans: it lists file paths and the byte ranges of JSON Lines records, never the
texts, so a partition is a few hundred bytes to ship to a worker however large the archive. The
worker reads its partition's articles itself (`read_partition`). The same inputs and partition
size always give the same partitions, in input order, so a rerun finds its earlier work.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from brief.errors import InputError
from brief.limits import DEFAULT_MAX_BYTES
from brief.records import Article, Failure
from brief.stream import read_sources

JSONL_SUFFIXES = (".jsonl", ".ndjson")
DEFAULT_PARTITION_SIZE = 100


@dataclass(frozen=True, slots=True)
class Records:
    """A run of consecutive records of one JSON Lines file: bytes `start` to `end`.

    `line` is the 1-based line number of the run's first line, so that a record without an id
    can still be named (`file:line`).
    """

    path: str
    start: int
    end: int
    line: int


# A partition item: an article file's path, or a run of JSON Lines records.
Item = str | Records


@dataclass(frozen=True, slots=True)
class Partition:
    """A numbered slice of the corpus; `size` articles (JSON Lines records or files)."""

    index: int
    items: tuple[Item, ...]
    size: int

    @property
    def name(self) -> str:
        """The partition's stable name, which its output file carries: "part-00000"."""
        return f"part-{self.index:05d}"

    def weight(self) -> int:
        """The bytes of input the partition holds (a file that cannot be read counts 0): about
        how long briefing it takes, so the longest can go first."""
        total = 0
        for item in self.items:
            if isinstance(item, Records):
                total += item.end - item.start
                continue
            with contextlib.suppress(OSError):
                total += os.path.getsize(item)
        return total

    def fingerprint(self) -> str:
        """A digest of what the partition holds, so a rerun can tell it is the same slice."""
        parts = [item if isinstance(item, str) else repr(item) for item in self.items]
        return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def is_jsonl(path: str) -> bool:
    """Whether an input is a JSON Lines file of `{id, text}` records (by its extension)."""
    return path.lower().endswith(JSONL_SUFFIXES)


def plan_partitions(
    inputs: Sequence[str],
    *,
    size: int = DEFAULT_PARTITION_SIZE,
    on_repeat: Callable[[str], None] = lambda path: None,
) -> Iterator[Partition]:
    """Cut the corpus into partitions of `size` articles each, in input order.

    Folders give their article files (as `brief digest` finds them), JSON Lines files give
    their records, other paths give themselves; a path found again is taken once (and goes to
    `on_repeat`). Raises `InputError` for a JSON Lines file that cannot be read, since its
    records cannot even be counted.
    """
    if size < 1:
        raise ValueError("a partition holds at least one article")
    from brief.inputs.discovery import expand_inputs

    index = 0
    items: list[Item] = []
    count = 0
    for item, weight in _units(expand_inputs(inputs, on_repeat=on_repeat), size):
        items.append(item)
        count += weight
        if count == size:
            yield Partition(index, tuple(items), count)
            index, items, count = index + 1, [], 0
    if items:
        yield Partition(index, tuple(items), count)


def _units(paths: Iterable[str], size: int) -> Iterator[tuple[Item, int]]:
    """Items with how many articles each holds, never crossing a partition boundary."""
    room = size
    for path in paths:
        if not is_jsonl(path):
            yield path, 1
            room = room - 1 or size
            continue
        for records, count in _record_runs(path, room, size):
            yield records, count
            room = (room - count) or size


def _record_runs(path: str, first: int, size: int) -> Iterator[tuple[Records, int]]:
    """Runs of up to `first` records, then of up to `size`, over one JSON Lines file."""
    limit = first
    start = run_line = None
    count = 0
    position = 0
    try:
        with open(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    if start is None:
                        start, run_line = position, number
                    count += 1
                position += len(line)
                if count == limit:
                    assert start is not None and run_line is not None
                    yield Records(path, start, position, run_line), count
                    start, count, limit = None, 0, size
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror or error})") from None
    if start is not None and run_line is not None:
        yield Records(path, start, position, run_line), count


def read_partition(partition: Partition) -> Iterator[Article | Failure]:
    """The partition's articles in order, or a `Failure` for each that cannot be read."""
    for item in partition.items:
        if isinstance(item, Records):
            yield from read_records(item)
        else:
            yield from read_sources([item], DEFAULT_MAX_BYTES)


def read_records(records: Records) -> Iterator[Article | Failure]:
    """The articles of a run of JSON Lines records, each with its `id`."""
    with open(records.path, "rb") as handle:
        handle.seek(records.start)
        number = records.line
        while handle.tell() < records.end:
            line = handle.readline()
            if line.strip():
                yield record_article(line, f"{records.path}:{number}")
            number += 1


def record_article(line: bytes, where: str) -> Article | Failure:
    """One `{id, text}` record as an article; a record without an id is named by `where`."""
    try:
        record = json.loads(line)
    except (ValueError, UnicodeDecodeError) as error:
        return Failure(where, f"is not a JSON record ({error})")
    if not isinstance(record, dict):
        return Failure(where, "is not a JSON object")
    raw_id = record.get("id")
    name = where if raw_id is None or raw_id == "" else str(raw_id)
    text = record.get("text")
    if not isinstance(text, str):
        return Failure(name, 'has no "text" string')
    if not text.strip():
        return Failure(name, "has an empty text")
    return Article.from_text(text.removeprefix("\ufeff"), id=name)
