"""Writing results: to stdout, or atomically to a file (a reader never sees half of it)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from brief.errors import OutputError


def write_atomically(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (a string, or pieces of one) to `path` through a temporary file in the
    same folder, then rename.

    An existing file is replaced in one step; if anything fails before the rename, it is left
    exactly as it was and the temporary file is removed.
    """
    folder = check_folder(path)
    try:
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"{path}: cannot write in {folder} ({error.strerror})") from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            handle.writelines([text] if isinstance(text, str) else text)
            handle.flush()
            os.fsync(handle.fileno())
        _keep_mode(path, temporary)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot be written ({error.strerror})") from None
        raise


def check_folder(path: Path) -> Path:
    """The folder `path` would be written in; an `OutputError` if there is none, so that a
    long run can fail before its work rather than after."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist")
    return folder


def make_folder(path: Path) -> Path:
    """Make the folder `path` will be written in, with its parents; an `OutputError` when it
    cannot be made (a file in the way, no permission)."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{path}: cannot make folder {folder} ({error.strerror})") from None
    return folder


def _keep_mode(path: Path, temporary: str) -> None:
    """Give the new file the old one's permissions, or the usual ones for a new file."""
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)


def same_file(first: Path, second: Path) -> bool:
    """Whether two paths name the same file (so an output would overwrite an input)."""
    try:
        return first.resolve() == second.resolve() or (
            first.exists() and second.exists() and os.path.samefile(first, second)
        )
    except OSError:
        return False
