"""Knowledge that never changes between runs, built once and kept on disk.

An index read out of a data library (the gazetteer's 50,000 place names) takes about a second
to build and a few milliseconds to read back. `cached(name, key, build)` returns what `build()`
returns, kept as JSON in the cache folder in a file named for `name` and a digest of `key`.
The key says what the index is built from (the libraries' versions, the code that builds it),
so a new version of either builds it afresh; files of other keys are left alone (another
installation may still use them).

The folder is `$BRIEF_CACHE_DIR`, else `$XDG_CACHE_HOME/brief`, else `~/.cache/brief`. When it
cannot be written, or a file in it cannot be read, the index is built in memory, as if there
were no cache: a cache can make `brief` faster, never make it fail.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

from brief.errors import OutputError
from brief.output import write_atomically

CACHE_ENVIRONMENT_VARIABLE = "BRIEF_CACHE_DIR"

Index = dict[str, list[str]]


def cache_folder() -> Path:
    """Where cached indexes live: `$BRIEF_CACHE_DIR`, else `$XDG_CACHE_HOME/brief`, else
    `~/.cache/brief`."""
    chosen = os.environ.get(CACHE_ENVIRONMENT_VARIABLE)
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "brief"


def cache_path(name: str, key: str) -> Path:
    """The file that holds index `name` built from what `key` describes."""
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
    return cache_folder() / f"{name}-{digest}.json"


def cached(name: str, key: str, build: Callable[[], Index]) -> Index:
    """Index `name` for `key`: read from the cache, or built by `build()` and stored there."""
    path = cache_path(name, key)
    stored = _read(path, key)
    if stored is not None:
        return stored
    index = build()
    with contextlib.suppress(OSError, OutputError):  # an unwritable cache only costs time
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, json.dumps({"key": key, "index": index}, ensure_ascii=False))
    return index


def _read(path: Path, key: str) -> Index | None:
    """The index stored at `path` for exactly `key`, or None (absent, unreadable, another key)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("key") != key:
        return None
    index = data.get("index")
    if not isinstance(index, dict) or not all(_strings(values) for values in index.values()):
        return None
    return index


def _strings(values: object) -> bool:
    """Whether `values` is a list of strings (checked at C speed: indexes hold 10^5 words)."""
    return isinstance(values, list) and set(map(type, values)) <= {str}
