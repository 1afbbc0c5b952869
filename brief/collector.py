"""Python's garbage collector in brief's own processes: rare during start-up, then blind to it.

Start-up (the imports and the model load) creates about a million objects that live as long as
the process, and almost no garbage. The collector does not know that: it runs each time 700 new
objects pile up, about 200 times in a cold `brief summarize`, and each of its older-generation
passes walks everything created so far. That is ~50 ms of a ~0.8 s cold run (~6 %), reclaiming
next to nothing.

brief's own processes (the command line and the workers it starts) call `quiet_start_up()` at
entry: the collector runs only after `START_UP_THRESHOLD` new objects instead of 700. Once the
pipeline is loaded, `start_up_done()` freezes what exists (`gc.freeze()`: the model and
modules are never walked again) and restores the usual thresholds, so the articles' own garbage
is collected as before. A library caller's process never calls `quiet_start_up()`, and its
collector is left alone.
"""

from __future__ import annotations

import gc

# New objects between two collections during start-up: enough that start-up runs a handful of
# collections instead of ~200; still a bound, should a command run long without loading a model.
START_UP_THRESHOLD = 200_000

_usual: list[tuple[int, int, int]] = []


def quiet_start_up() -> None:
    """Collect garbage rarely until `start_up_done()`: call once, at a process's entry."""
    if not _usual:
        _usual.append(gc.get_threshold())
        _, older, oldest = _usual[0]
        gc.set_threshold(START_UP_THRESHOLD, older, oldest)


def start_up_done() -> None:
    """Freeze everything start-up created and collect as usual again; nothing when this process
    never called `quiet_start_up()`."""
    if _usual:
        gc.freeze()
        gc.set_threshold(*_usual.pop())
