"""A role the article writes in lower case before a person's name, capitalised at the start of
a sentence before the surname: the person's title, not a name of another person."""

from __future__ import annotations

from tests.extract.cast.conftest import cast_of

SUPERINTENDENT = (
    "City schools superintendent Chuck Ledbetter announced the changes on Tuesday. Principals "
    "must now call the superintendent before any visit. Superintendent Ledbetter said the rule "
    "starts next week. Ledbetter apologised to parents."
)
QUOTED = (
    "City schools superintendent Chuck Ledbetter announced the changes on Tuesday. 'We take "
    "this seriously.' 'Superintendent Ledbetter will meet parents,' a spokesman said. Ledbetter "
    "apologised to parents."
)


def test_a_role_before_a_surname_at_a_sentence_start_is_the_persons_title() -> None:
    cast = cast_of(SUPERINTENDENT)
    assert [actor.name for actor in cast.actors] == ["Chuck Ledbetter"]
    assert len(cast.actors[0].names) == 3


def test_a_role_after_the_quote_mark_that_opens_a_sentence_is_a_title_too() -> None:
    cast = cast_of(QUOTED)
    ledbetter = cast.actor_named("Ledbetter")
    assert ledbetter is not None and ledbetter.name == "Chuck Ledbetter"
    assert cast.actor_named("Superintendent Ledbetter") in (None, ledbetter)


def test_a_particle_before_a_surname_after_a_quote_mark_stays_in_the_name() -> None:
    """ "de" stands in lower case before "Blasio" inside "Bill de Blasio": no role."""
    cast = cast_of(
        "Mayor Bill de Blasio defended the police on Monday. 'The city is safe,' he said. "
        "'De Blasio has never backed down,' an aide said. De Blasio spoke for ten minutes."
    )
    assert [(actor.name, len(actor.names)) for actor in cast.actors] == [("Bill de Blasio", 3)]
