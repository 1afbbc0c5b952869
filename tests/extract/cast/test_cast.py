"""The cast: one actor per real-world person or body, found by span and by name."""

from __future__ import annotations

from tests.extract.cast.conftest import cast_of

LAVROV = (
    "Foreign minister Sergei Lavrov warned the West on Monday. Lavrov said Moscow would respond. "
    "Mr Lavrov spoke in Geneva."
)


def test_one_actor_holds_every_name_of_a_person() -> None:
    cast = cast_of(LAVROV)
    actor = cast.actor_named("Lavrov")
    assert actor is not None and actor.name == "Sergei Lavrov" and actor.type == "person"
    assert [m.kind for m in actor.names] == ["name", "surname", "title"]
    assert actor.gender == "m"


def test_actor_at_finds_the_actor_a_span_mentions() -> None:
    cast = cast_of(LAVROV)
    start = LAVROV.index("Lavrov said")
    assert cast.actor_at(start, start + 6) is cast.actor_named("Sergei Lavrov")
    assert cast.actor_at(0, 3) is None  # "For" of "Foreign minister"
    geneva = cast.actor_named("geneva")
    assert geneva is not None and geneva.type == "place"


def test_salience_puts_the_story_s_subject_first() -> None:
    cast = cast_of(LAVROV)
    assert cast.actors[0].name == "Sergei Lavrov"
    assert all(0 <= actor.salience <= 1 for actor in cast.actors)


def test_salience_counts_what_stands_for_an_actor_not_only_its_names() -> None:
    text = (
        "Mary Jones opened the clinic on Monday. She said it would treat 200 patients a week. "
        "She thanked the donors. The clinic was built by Acme Builders. Acme Builders finished "
        "it early."
    )
    cast = cast_of(text)
    assert [actor.name for actor in cast.actors[:2]] == ["Mary Jones", "Acme Builders"]
    assert cast.actors[0].salience == 1.0 > cast.actors[1].salience


def test_the_lede_is_the_first_sentence_not_a_paragraph_with_its_breaks_lost() -> None:
    # One paragraph (a page whose breaks were lost): the actor of the first sentence leads, over
    # one named twice further down the same paragraph.
    text = (
        "Paul Smith resigned as mayor on Monday. Voters were surprised. Council leader Mary Jones "
        "called a meeting. The meeting ran late. Mary Jones will now stand for mayor."
    )
    cast = cast_of(text)
    assert [actor.name for actor in cast.actors[:2]] == ["Paul Smith", "Mary Jones"]


def test_being_a_clause_s_subject_adds_nothing_to_one_mention() -> None:
    # Two places named once each in one sentence, one the subject, one not.
    text = (
        "Mary Jones opened the clinic on Monday. She said it would help. Later, Leeds welcomed "
        "visitors from York."
    )
    cast = cast_of(text)
    leeds, york = cast.actor_named("Leeds"), cast.actor_named("York")
    assert leeds is not None and york is not None
    assert leeds.salience - york.salience < 0.1  # only the earlier position tells them apart
