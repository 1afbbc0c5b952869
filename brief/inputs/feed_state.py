"""What `brief digest --feed` remembers between cron runs, in one JSON file.

    $XDG_STATE_HOME/brief/feeds.json      (default ~/.local/state/brief/feeds.json)

For each feed, its ETag and Last-Modified, so the next run asks "anything new?" and a server
can answer 304; every item already briefed (by its id or link, with when it was first
briefed), so no page is fetched twice; and every item whose page failed, with when it first
failed and in how many runs, so the next runs retry it until it is given up (`GIVE_UP_RUNS`
failed runs and `GIVE_UP_HOURS` since the first failure, whichever comes later). Entries older
than `KEEP_DAYS` are forgotten.

A run holds an exclusive lock (`feeds.lock` beside the file) from reading the state to writing
it back, so two runs at once take turns instead of fetching the same pages and losing each
other's updates; the file itself is replaced atomically. A state file that cannot be read is
reported as a warning and rebuilt: the cost is one run that briefs every item again.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from brief.errors import OutputError
from brief.output import write_atomically

STATE_FILE = "feeds.json"
LOCK_FILE = "feeds.lock"
KEEP_DAYS = 90
# A failed item is retried on every run until it has failed in this many runs and for this
# long since its first failure, whichever comes later; then it is given up with one warning.
GIVE_UP_RUNS = 3
GIVE_UP_HOURS = 24
_FORMAT = 2
_READABLE_FORMATS = (1, 2)  # format 1 had no failed items


@dataclass
class FeedMemory:
    """One feed's validators, for a conditional request."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class FailedItem:
    """A feed item whose page could not be read: where it is, and how long it has failed."""

    feed: str
    link: str
    first: float  # POSIX time of the first failure
    runs: int  # how many runs it failed in
    problem: str  # the last failure's reason

    def given_up(self, now: float) -> bool:
        """Whether it has failed long enough to stop trying: `GIVE_UP_RUNS` runs and
        `GIVE_UP_HOURS` hours since its first failure, whichever comes later."""
        return self.runs >= GIVE_UP_RUNS and now - self.first >= GIVE_UP_HOURS * 3600


@dataclass
class FeedState:
    """Every feed's validators, every item already briefed (key -> POSIX time first seen),
    and every item still failing (key -> `FailedItem`)."""

    feeds: dict[str, FeedMemory] = field(default_factory=dict)
    seen: dict[str, float] = field(default_factory=dict)
    failed: dict[str, FailedItem] = field(default_factory=dict)

    def fail(self, key: str, feed: str, link: str, problem: str, now: float) -> FailedItem:
        """Count one more failed run for an item; the updated record."""
        earlier = self.failed.get(key)
        item = FailedItem(
            feed,
            link,
            earlier.first if earlier else now,
            (earlier.runs if earlier else 0) + 1,
            problem,
        )
        self.failed[key] = item
        return item

    def remember(self, keys: Iterator[str] | list[str], now: float | None = None) -> None:
        """Mark items as briefed."""
        moment = time.time() if now is None else now
        for key in keys:
            self.seen.setdefault(key, moment)
            self.failed.pop(key, None)

    def forget_old(self, now: float | None = None) -> None:
        """Drop items first seen (or first failed) more than `KEEP_DAYS` ago: feeds have long
        moved past them, and a failed item of a feed no longer read is never retried."""
        cutoff = (time.time() if now is None else now) - KEEP_DAYS * 86_400
        self.seen = {key: when for key, when in self.seen.items() if when >= cutoff}
        self.failed = {key: item for key, item in self.failed.items() if item.first >= cutoff}


def state_folder() -> Path:
    """`$XDG_STATE_HOME/brief`, else `~/.local/state/brief`."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "brief"


@contextlib.contextmanager
def locked(folder: Path, name: str = LOCK_FILE) -> Iterator[None]:
    """Hold the lock file `name` in the state's folder (waiting for another run to finish
    with it); an `OutputError` when the state's folder cannot be made or written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = open(folder / name, "a")  # noqa: SIM115 (closed below, after the unlock)
    except OSError as error:
        raise OutputError(f"{folder}: cannot keep the state there ({error.strerror})") from None
    with lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def load_state(folder: Path, warn: Callable[[str], None]) -> FeedState:
    """The state in `folder`; none yet is an empty state, and so (with a warning) is a bad one."""
    path = folder / STATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return _state(data)
    except FileNotFoundError:
        return FeedState()
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        reason = type(error).__name__ if isinstance(error, OSError) else "not valid feed state"
        warn(f"{path}: {reason}; starting afresh (every item counts as new this time)")
        return FeedState()


def _state(data: Any) -> FeedState:
    if not isinstance(data, dict) or data.get("format") not in _READABLE_FORMATS:
        raise ValueError("unknown format")
    feeds = {
        str(url): FeedMemory(memory.get("etag"), memory.get("last_modified"))
        for url, memory in data["feeds"].items()
    }
    seen = {str(key): float(when) for key, when in data["seen"].items()}
    failed = {
        str(key): FailedItem(
            str(item["feed"]),
            str(item["link"]),
            float(item["first"]),
            int(item["runs"]),
            str(item["problem"]),
        )
        for key, item in data.get("failed", {}).items()
    }
    return FeedState(feeds, seen, failed)


def save_state(folder: Path, state: FeedState) -> None:
    """Write the state atomically: a reader sees the old file or the new one, never half."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "format": _FORMAT,
        "feeds": {
            url: {"etag": memory.etag, "last_modified": memory.last_modified}
            for url, memory in sorted(state.feeds.items())
        },
        "seen": dict(sorted(state.seen.items())),
        "failed": {key: asdict(item) for key, item in sorted(state.failed.items())},
    }
    write_atomically(folder / STATE_FILE, json.dumps(data, indent=1) + "\n")
