"""Descriptors: who the article says an actor is, from appositions and the words before a name."""

from __future__ import annotations

import pytest

from tests.extract.cast.conftest import cast_of

# (article, actor, its descriptor)
DESCRIBED = [
    (
        "Sergei Lavrov, Russia's foreign minister, spoke on Monday.",
        "Sergei Lavrov",
        "Russia's foreign minister",
    ),
    ("Foreign minister Sergei Lavrov warned the West.", "Sergei Lavrov", "Foreign minister"),
    (
        "The company's chief executive, Tim Cook, said Apple would grow.",
        "Tim Cook",
        "The company's chief executive",
    ),
    (
        "The award went to Laurence des Cars, the museum's president, who said the paintings "
        "were safe.",
        "Laurence des Cars",
        "the museum's president",
    ),
    (
        "Avigilon, a video analytics company based in Canada, sells cameras.",
        "Avigilon",
        "a video analytics company",
    ),
    (  # the second apposition follows a further name, and describes it
        "The effort used 2.8 gigawatt-hours, estimates Evan Sparks, CEO of Determined AI, a "
        "startup that provides software to companies.",
        "Evan Sparks",
        "CEO of Determined AI",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "name", "descriptor"), DESCRIBED)
def test_an_actor_is_described_in_the_article_s_words(
    text: str, name: str, descriptor: str
) -> None:
    actor = cast_of(text).actor_named(name)
    assert actor is not None
    assert actor.descriptor == descriptor


@pytest.mark.slow
def test_places_and_undescribed_people_have_no_descriptor() -> None:
    cast = cast_of("Donald Trump hosted Zelensky at his home in Florida on Sunday.")
    assert [actor.descriptor for actor in cast.actors] == [None] * len(cast.actors)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "A car driven by Kimberly Carrell, no age or address reported, was southbound.",
        "Updated at 10:11 pm CST on Tuesday by the desk.",
    ],
)
def test_times_and_denials_describe_no_one(text: str) -> None:
    assert [a.descriptor for a in cast_of(text).actors if a.descriptor] == []


@pytest.mark.slow
def test_the_items_of_a_list_of_names_describe_no_one() -> None:
    text = (
        "Heather Grant died in the crash. Police say Grant, her husband, Ambersley and another "
        "woman were travelling in a car when it collided with a truck."
    )
    assert [a.descriptor for a in cast_of(text).actors if a.descriptor] == []


@pytest.mark.slow
def test_a_description_in_two_parts_still_describes() -> None:
    text = "Sergei Lavrov, Russia's foreign minister and a veteran diplomat, spoke on Monday."
    actor = cast_of(text).actor_named("Sergei Lavrov")
    assert actor is not None and actor.descriptor is not None
    assert actor.descriptor.startswith("Russia's foreign minister")


SET_BEFORE = (
    "Bharrat Ramdehol was shot in the jungle. Speaking with Kaieteur News on Thursday, "
    "Ramdehol's sister, Inderdai Deyal said that he had left his home around 20:00hrs."
)


@pytest.mark.slow
def test_a_relative_set_before_a_name_by_a_comma_describes_it() -> None:
    # the parse makes "sister" and "Deyal" both subjects of "said", not an apposition
    actor = cast_of(SET_BEFORE).actor_named("Inderdai Deyal")
    assert actor is not None
    assert (actor.descriptor, actor.type) == ("Ramdehol's sister", "person")


@pytest.mark.slow
def test_a_role_set_before_a_modifier_describes_the_name_it_modifies() -> None:
    text = "But the work's author, US playwright Eve Ensler, says it is about empowerment."
    cast = cast_of(text)
    assert [(a.name, a.descriptor) for a in cast.actors if a.descriptor] == [
        ("Eve Ensler", "US playwright")
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "If she wants to be the next president, Hillary Clinton should act like one.",
        "If Trump is the nominee, Democrats have already signaled that they will fight.",
    ],
)
def test_a_predicate_before_a_comma_describes_no_one(text: str) -> None:
    assert [a.descriptor for a in cast_of(text).actors if a.descriptor] == []


@pytest.mark.slow
def test_an_object_before_a_comma_describes_no_one() -> None:
    cast = cast_of("After talking to the manager, Inderdai Deyal said that he had left home.")
    actor = cast.actor_named("Inderdai Deyal")
    assert actor is not None
    assert actor.descriptor is None


@pytest.mark.slow
def test_an_apposition_after_a_further_name_describes_that_name() -> None:
    """ "a law firm" is Kirkland, not the partner named before it."""
    actor = cast_of(
        "The deal was unusual, said Jane Roe, partner at Kirkland, a law firm based in Chicago."
    ).actor_named("Jane Roe")
    assert actor is not None
    assert actor.descriptor == "partner at Kirkland"
    sparks = cast_of(
        "The effort used 2.8 gigawatt-hours, estimates Evan Sparks, partner at Determined AI, a "
        "startup that provides software to companies."
    ).actor_named("Evan Sparks")
    assert sparks is not None and sparks.descriptor == "partner at Determined AI"
