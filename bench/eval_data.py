"""Where the bench scripts find the evaluation data: `../shared/eval/` beside the project, or
beside any folder above it (a git worktree's checkout lives deeper)."""

from __future__ import annotations

from pathlib import Path


def eval_file(name: str) -> Path:
    """The evaluation file or folder `name` (e.g. "bbc_dev.jsonl") from the nearest
    `shared/eval/` above this script, else its usual relative path."""
    for folder in Path(__file__).resolve().parents[1:]:
        candidate = folder / "shared" / "eval" / name
        if candidate.exists():
            return candidate
    return Path("../shared/eval") / name
