"""Where the bench scripts find the evaluation data: `../shared/eval/` beside the project, or
beside any folder above it (a git worktree's checkout lives deeper)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def eval_file(name: str) -> Path:
    """The evaluation file or folder `name` (e.g. "bbc_dev.jsonl") from the nearest
    `shared/eval/` above this script, else its usual relative path."""
    for folder in Path(__file__).resolve().parents[1:]:
        candidate = folder / "shared" / "eval" / name
        if candidate.exists():
            return candidate
    return Path("../shared/eval") / name


def read_records(path: Path | str) -> list[dict[str, Any]] | None:
    """The JSON Lines records of an evaluation file, or None (after saying so on stderr) when
    there is no such file: the scripts then exit 2."""
    path = Path(path)
    if not path.exists():
        print(f"no evaluation file at {path}", file=sys.stderr)
        return None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
