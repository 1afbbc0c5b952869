"""Shared fixtures: the seed article, the brief of it (the model loads once per session), and a
blank pipeline for real processes whose test is not about the model."""

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
