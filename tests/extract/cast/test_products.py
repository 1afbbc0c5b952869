"""Products and services the model reads as people: what a name is used for says what it is."""

from __future__ import annotations

from collections import Counter

from brief.extract.cast.kinds import actor_type
from brief.extract.cast.names import NameMention
from brief.extract.entity_types import context_vote
from brief.records import EntityType
from tests.extract.cast.conftest import cast_of


def test_a_browser_the_model_reads_as_a_person_is_a_product() -> None:
    text = (
        "Firefox has won 10 million users. The Firefox browser blocks pop-ups, and Firefox"
        " users say Firefox is faster. Firefox was released in November."
    )
    actor = cast_of(text).actor_named("Firefox")
    assert actor is not None
    assert actor.type == "other"


def test_the_noun_a_name_qualifies_is_a_clue_only_for_a_product() -> None:
    assert context_vote([], ["users"], label="PERSON", modifies="users") == "other"
    assert context_vote(["a"], ["rifles"], label="PERSON", modifies="rifles") == "other"
    assert context_vote(["the"], ["model"], label="PERSON", modifies="model") != "other"
    assert context_vote([], ["campaign"], label="PERSON", modifies="campaign") is None


def _mentions(count: int, clue_at: int, name: str = "Chrome") -> list[NameMention]:
    """`count` mentions of `name` the model reads as a person, one with a product's clue."""
    return [
        NameMention(
            i * 10, i * 10 + 6, "Chrome", "PERSON", context="other" if i == clue_at else None
        )
        for i in range(count)
    ]


def test_one_product_clue_outvotes_many_person_labels() -> None:
    assert actor_type("Chrome", _mentions(12, 3))[0] == "other"


def test_a_person_clue_keeps_the_name_a_person() -> None:
    he: Counter[EntityType] = Counter({"person": 1})
    assert actor_type("Kasich", _mentions(6, 2, "Kasich"), he)[0] == "person"
    peers: Counter[EntityType] = Counter({"person": 2})
    assert actor_type("Kasich", _mentions(6, 2, "Kasich"), None, peers)[0] == "person"


def test_a_known_name_keeps_its_type() -> None:
    assert actor_type("Twitter", _mentions(6, 2, "Twitter"))[0] == "organization"


def test_a_given_name_keeps_the_name_a_person() -> None:
    group = [NameMention(0, 12, "John Kasich", "PERSON"), *_mentions(4, 2, "Kasich")]
    assert actor_type("John Kasich", group)[0] == "person"


def test_the_case_of_someone_is_no_illness() -> None:
    assert context_vote(["of", "cases"], ["in"], label="PERSON") == "other"  # cases of Ebola
    assert context_vote(["of", "case", "the"], ["2.0"], label="PERSON") != "other"
