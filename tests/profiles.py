"""Hypothesis profiles: one place says how properties run in CI, at a desk, and when fuzzing.

- `ci` (`make test`, `.ci/run`): derandomized and without an example database, so every run
  draws the same examples and a green build stays green;
- `dev` (the default): random examples, remembered in `.hypothesis/` so a failure replays;
- `fuzz` (`make fuzz`): random examples, `FUZZ_FACTOR` times as many per property.

Properties say how many examples they are worth at a normal pace with `examples(n)`; the profile
scales it. Select a profile with `HYPOTHESIS_PROFILE=ci|dev|fuzz`.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

PROFILE_VARIABLE = "HYPOTHESIS_PROFILE"
FUZZ_FACTOR = 50
# Properties parse real text with the spaCy pipeline: a slow example is not a bug, and hostile
# inputs are large on purpose.
_QUIET = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}


def register() -> str:
    """Register the three profiles and load the one `$HYPOTHESIS_PROFILE` names (default dev)."""
    settings.register_profile("ci", derandomize=True, database=None, print_blob=True, **_QUIET)
    settings.register_profile("dev", **_QUIET)
    settings.register_profile("fuzz", print_blob=True, **_QUIET)
    name = active()
    settings.load_profile(name)
    return name


def active() -> str:
    """The profile this run uses."""
    return os.environ.get(PROFILE_VARIABLE, "dev")


def examples(count: int) -> settings:
    """Settings for a property worth `count` examples at a normal pace (more when fuzzing)."""
    factor = FUZZ_FACTOR if active() == "fuzz" else 1
    return settings(max_examples=count * factor)
