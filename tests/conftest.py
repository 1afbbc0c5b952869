"""Shared fixtures: the seed article, the brief of it (the model loads once per session), and a
blank pipeline for real processes whose test is not about the model."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
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


def run_with_cache(script: str, folder: Path) -> str:
    """What Python `script` prints in a fresh interpreter whose brief cache is `folder` (the
    cache a test filled), so a test sees what a second process reads back."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**os.environ, CACHE_ENVIRONMENT_VARIABLE: str(folder)},
        check=True,
    )
    return result.stdout


@pytest.fixture
def in_fresh_process() -> Callable[[str, Path], str]:
    """`run_with_cache`, for tests of what a second process reads from brief's cache."""
    return run_with_cache


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


@pytest.fixture(scope="session")
def blank_pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder holding a blank English pipeline that only tokenises and splits sentences.

    `brief --model FOLDER` (or `$BRIEF_MODEL`) loads it in a tenth of the full model's time, so
    a test of a closed stream or a full disk in a real process pays for the fault, not the model.
    """
    from brief.nlp.spacy_import import import_spacy_without_its_cli

    import_spacy_without_its_cli()
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    folder = tmp_path_factory.mktemp("blank_pipeline")
    nlp.to_disk(folder)
    return folder


@pytest.fixture
def blank_model(blank_pipeline: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Processes this test starts brief with the blank pipeline (through `$BRIEF_MODEL`)."""
    monkeypatch.setenv("BRIEF_MODEL", str(blank_pipeline))
    return blank_pipeline
