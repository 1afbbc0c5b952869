"""Cutting a stream into bounded runs: the one rule behind parse batches and worker chunks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
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
