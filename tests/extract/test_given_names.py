"""Census first names (the `names` package): common ones, and the sex they are given to."""

from __future__ import annotations

import pytest

from brief.extract.given_names import is_given_name, name_gender


@pytest.mark.parametrize(
    ("word", "given", "gender"),
    [
        ("Robert", True, "m"),
        ("bonnie", True, "f"),
        ("Jordan", True, None),  # given to both
        ("China", False, None),  # in the list, but too rare to count
        ("Volunteer", False, None),
        ("Vladimir", False, None),  # the lists are US names: silence means nothing
    ],
)
def test_census_first_names(word: str, given: bool, gender: str | None) -> None:
    assert is_given_name(word) is given
    assert name_gender(word) == gender
