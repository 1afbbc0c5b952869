"""A person's gender: the article's titles and pronouns first, a census first name last."""

from __future__ import annotations

import pytest

from tests.extract.cast.conftest import cast_of


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "name", "gender"),
    [
        ("Ms Jordan Lee chaired the meeting in Leeds.", "Jordan Lee", "f"),  # a title
        ("Jordan Lee chaired the meeting in Leeds. She said it went well.", "Jordan Lee", "f"),
        ("Robert Smith chaired the meeting in Leeds.", "Robert Smith", "m"),  # census, last
        ("Jordan Lee chaired the meeting in Leeds.", "Jordan Lee", None),  # a name for both
        # "Mrs Lee" is another person than "Mr Robin Lee" (his titles say so), not his short form
        ("Mr Robin Lee chaired the meeting. Mrs Lee was not there.", "Robin Lee", "m"),
        ("Mr Robin Lee chaired the meeting. Mrs Lee was not there.", "Lee", "f"),
    ],
)
def test_gender(text: str, name: str, gender: str | None) -> None:
    actor = cast_of(text).actor_named(name)
    assert actor is not None
    assert actor.gender == gender
