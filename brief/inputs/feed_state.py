"""What `brief digest --feed` remembers between cron runs, in one JSON file.

    $XDG_STATE_HOME/brief/feeds.json      (default ~/.local/state/brief/feeds.json)

For each feed, its ETag and Last-Modified, so the next run asks "anything new?" and a server
can answer 304; and every item already briefed (by its id or link, with when it was first
briefed), so no page is fetched twice. Entries older than `KEEP_DAYS` are forgotten.

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from brief.errors import OutputError
from brief.output import write_atomically

STATE_FILE = "feeds.json"
LOCK_FILE = "feeds.lock"
KEEP_DAYS = 90
_FORMAT = 1


@dataclass
class FeedMemory:
    """One feed's validators, for a conditional request."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass
class FeedState:
    """Every feed's validators and every item already briefed (key -> POSIX time first seen)."""

    feeds: dict[str, FeedMemory] = field(default_factory=dict)
    seen: dict[str, float] = field(default_factory=dict)

    def remember(self, keys: Iterator[str] | list[str], now: float | None = None) -> None:
        """Mark items as briefed."""
        moment = time.time() if now is None else now
        for key in keys:
            self.seen.setdefault(key, moment)

    def forget_old(self, now: float | None = None) -> None:
        """Drop items first seen more than `KEEP_DAYS` ago: feeds have long moved past them."""
        cutoff = (time.time() if now is None else now) - KEEP_DAYS * 86_400
        self.seen = {key: when for key, when in self.seen.items() if when >= cutoff}


def state_folder() -> Path:
    """`$XDG_STATE_HOME/brief`, else `~/.local/state/brief`."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "brief"


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the state's lock file (waiting for another run to finish with it); an `OutputError`
    when the state's folder cannot be made or written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = open(folder / LOCK_FILE, "a")  # noqa: SIM115 (closed below, after the unlock)
    except OSError as error:
        raise OutputError(
            f"{folder}: cannot keep the feed state there ({error.strerror})"
        ) from None
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
    if not isinstance(data, dict) or data.get("format") != _FORMAT:
        raise ValueError("unknown format")
    feeds = {
        str(url): FeedMemory(memory.get("etag"), memory.get("last_modified"))
        for url, memory in data["feeds"].items()
    }
    seen = {str(key): float(when) for key, when in data["seen"].items()}
    return FeedState(feeds, seen)


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
    }
    write_atomically(folder / STATE_FILE, json.dumps(data, indent=1) + "\n")
