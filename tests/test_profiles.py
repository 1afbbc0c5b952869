"""The Hypothesis profiles: CI draws the same examples every run; fuzzing draws many more."""

from __future__ import annotations

import pytest
from hypothesis import settings

from tests import profiles


@pytest.fixture
def restore_profile():  # type: ignore[no-untyped-def]
    yield
    profiles.register()


@pytest.mark.usefixtures("restore_profile")
def test_ci_profile_is_derandomized_without_a_database(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(profiles.PROFILE_VARIABLE, "ci")
    assert profiles.register() == "ci"
    assert settings.default.derandomize is True
    assert settings.default.database is None
    assert settings.default.deadline is None


@pytest.mark.usefixtures("restore_profile")
def test_fuzz_profile_scales_every_property(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(profiles.PROFILE_VARIABLE, "fuzz")
    profiles.register()
    assert profiles.examples(40).max_examples == 40 * profiles.FUZZ_FACTOR


@pytest.mark.usefixtures("restore_profile")
def test_dev_profile_keeps_the_counts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(profiles.PROFILE_VARIABLE, raising=False)
    assert profiles.register() == "dev"
    assert profiles.examples(40).max_examples == 40
