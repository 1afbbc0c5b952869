"""Shared fixtures: the seed article, and the brief of it (the model loads once per session)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from brief import Brief, summarize
from brief.cache import CACHE_ENVIRONMENT_VARIABLE
from tests import profiles

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_11109ac5ee476577.txt"
EVAL = ROOT.parent / "shared" / "eval"

profiles.register()


@pytest.fixture(scope="session", autouse=True)
def _own_cache_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """brief's cache (the gazetteer's sets) in a folder of the test run's, not the user's."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CACHE_ENVIRONMENT_VARIABLE, str(tmp_path_factory.mktemp("brief-cache")))
        yield


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_brief(seed_text: str) -> Brief:
    return summarize(seed_text, path=str(SEED.relative_to(ROOT)))
