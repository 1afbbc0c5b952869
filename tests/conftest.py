"""Shared fixtures: the seed article, and the brief of it (the model loads once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

from brief import Brief, summarize
from tests import profiles

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_11109ac5ee476577.txt"
EVAL = ROOT.parent / "shared" / "eval"

profiles.register()


@pytest.fixture(autouse=True)
def _own_state_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test's own $XDG_STATE_HOME: feed state and digest memory never leak between tests
    (or into the home folder)."""
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path_factory.mktemp("state")))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_brief(seed_text: str) -> Brief:
    return summarize(seed_text, path=str(SEED.relative_to(ROOT)))
