"""Cutting into bounded runs: the one rule behind parse batches, worker chunks and long texts."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")


def bounded_runs(
    items: Iterable[Item], *, count: int, total: int, measure: Callable[[Item], int]
) -> Iterator[list[Item]]:
    """Cut `items`, in order, into runs of at most `count` items whose `measure` adds up to
    at most `total`; an item that measures more than `total` on its own is a run by itself.

    Lazy: a run is yielded as soon as the next item would overflow it, so only one run is held.
    """
    run: list[Item] = []
    held = 0
    for item in items:
        size = measure(item)
        if run and (len(run) == count or held + size > total):
            yield run
            run, held = [], 0
        run.append(item)
        held += size
    if run:
        yield run


def chunk_starts(
    length: int, blocks: Sequence[int], sentences: Sequence[int], budget: int
) -> list[int]:
    """Where to cut a text of `length` tokens into chunks of at most `budget` tokens.

    Returns the token index where each chunk starts (the first is 0). Cuts fall at `blocks`
    (the tokens that start a paragraph, heading or item), as many blocks to a chunk as fit; a
    block longer than `budget` on its own is cut at its `sentences` starts. A sentence longer
    than `budget` is a chunk on its own. Both lists are sorted token indices.
    """
    pieces: list[tuple[int, int]] = []
    for start, end in _stretches(0, length, blocks):
        if end - start <= budget:
            pieces.append((start, end))
            continue
        pieces.extend(_stretches(start, end, sentences))
    runs = bounded_runs(pieces, count=max(length, 1), total=budget, measure=_width)
    return [run[0][0] for run in runs]


def _stretches(start: int, end: int, cuts: Sequence[int]) -> Iterator[tuple[int, int]]:
    """The stretches between `start`, the sorted `cuts` strictly inside, and `end`."""
    inside = cuts[bisect.bisect_right(cuts, start) : bisect.bisect_left(cuts, end)]
    bounds = [start, *inside, end]
    return itertools.pairwise(bounds)


def _width(piece: tuple[int, int]) -> int:
    return piece[1] - piece[0]
