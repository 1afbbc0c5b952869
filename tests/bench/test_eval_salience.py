"""The salience evaluation's own rules (bench/eval_salience.py) on hand-made records: which
entities the highlights name, recall and precision of the top 5."""

from __future__ import annotations

from typing import Any

from brief.records import Entity
from tests.bench.bench_scripts import load

ev = load("eval_salience")

HIGHLIGHTS = "Lavrov says Moscow downed 91 drones. Zelensky calls it a lie. NATO meets."


def score(*arguments: Any) -> tuple[float | None, float | None]:
    """Recall and precision, `read`'s arguments."""
    result: tuple[float | None, float | None] = ev.measures(ev.read(*arguments))
    return result


def person(name: str, salience: float, *aliases: str) -> Entity:
    return Entity(name, "person", "PERSON", 1, aliases, 1, salience=salience)


def place(name: str, salience: float) -> Entity:
    return Entity(name, "place", "GPE", 1, (), 1, salience=salience)


def test_a_person_is_named_by_name_alias_or_surname_as_whole_words() -> None:
    lavrov = person("Sergei Lavrov", 0.5)
    assert "Lavrov" in ev.forms(lavrov)
    assert ev.named_in(HIGHLIGHTS, "Lavrov")
    assert not ev.named_in("Lavrovsky spoke", "Lavrov")
    assert not ev.named_in(HIGHLIGHTS, "moscow")  # case as written


def test_recall_counts_names_the_brief_missed_and_precision_the_top_five() -> None:
    entities = [
        place("Kyiv", 0.9),  # not in the highlights
        person("Sergei Lavrov", 0.8),
        place("Moscow", 0.7),
        person("Donald Trump", 0.6),
        place("Valdai", 0.5),
        person("Volodymyr Zelensky", 0.1),  # named, but sixth
    ]
    recall, precision = score(entities, HIGHLIGHTS, ["NATO", "Lavrov"], "salience")
    # named: Lavrov, Moscow, Zelensky, and NATO that the brief missed; shown: Lavrov, Moscow
    assert (recall, precision) == (2 / 4, 2 / 5)
    recall, _ = score(entities, HIGHLIGHTS, [], "document")
    assert recall == 2 / 3
    assert score([], "Nothing named here.", [], "salience") == (None, None)


def club(name: str, salience: float) -> Entity:
    return Entity(name, "organization", "ORG", 1, (), 1, salience=salience)


def test_a_name_inside_a_longer_name_is_no_mention_of_its_own() -> None:
    madrid, real = place("Madrid", 0.9), club("Real Madrid", 0.1)
    highlights = "Real Madrid won again."
    assert ev.targets([madrid, real], highlights) == [{real}]
    # the first scorer credited the city as well
    assert score([madrid, real], highlights, [], "salience", "loose") == (1.0, 1.0)
    assert score([madrid, real], highlights, [], "salience") == (1.0, 0.5)


def test_one_person_listed_twice_is_one_target_either_recalls() -> None:
    matt, matthew = person("Matt Upson", 0.9), person("Matthew Upson", 0.1)
    others = [place(name, 0.5) for name in ("Leeds", "Hull", "York", "Derby")]
    highlights = "Matthew Upson scored twice."
    assert ev.targets([matt, matthew, *others], highlights) == [{matt, matthew}]
    recall, _ = score([matt, *others, matthew], highlights, [], "salience")
    assert recall == 1.0


def test_a_missed_name_counts_only_where_the_article_writes_it() -> None:
    article = "The striker scored. Killie fans sang."
    highlights = "Striker scores. Killie win. The veteran bluesman plays."
    lavrov = person("Sergei Lavrov", 0.5)
    names = ["Striker", "Killie", "bluesman"]
    recall, _ = score([lavrov], highlights, names, "salience", "fair", article)
    assert recall == 0.0  # Killie is missed: one wanted, none shown
    assert score([lavrov], highlights, ["Striker"], "salience", "fair", article) == (
        None,
        0.0,
    )
    recall, _ = score([lavrov], highlights, names, "salience", "loose")
    assert recall == 0.0


def test_the_best_order_puts_the_named_first() -> None:
    unnamed = [place(name, 0.9) for name in ("Kyiv", "Lviv", "Odesa", "Kharkiv", "Dnipro")]
    lavrov = person("Sergei Lavrov", 0.1)
    assert score([*unnamed, lavrov], HIGHLIGHTS, [], "salience") == (0.0, 0.0)
    assert score([*unnamed, lavrov], HIGHLIGHTS, [], "best") == (1.0, 0.2)


def test_lost_names_are_unlisted_or_ranked_low_and_unnamed_slots_have_a_kind() -> None:
    leeds, rhinos = place("Leeds", 0.9), club("Leeds Rhinos", 0.8)
    kyiv, trump = place("Kyiv", 0.7), person("Donald Trump", 0.6)
    syrian = Entity("Syrian", "group", "NORP", 1, (), 1, salience=0.5)
    lavrov, zelensky = person("Sergei Lavrov", 0.2), person("Volodymyr Zelensky", 0.1)
    entities = [leeds, rhinos, kyiv, trump, syrian, lavrov, zelensky]
    highlights = "Leeds Rhinos lost. Lavrov and Zelensky met. NATO watched."
    reading = ev.read(entities, highlights, ["NATO"], "salience", "fair", "NATO met.")
    counts = ev.lost(reading)
    # wanted: Leeds Rhinos, Lavrov, Zelensky and NATO (not listed); shown: Leeds Rhinos only
    assert [counts[key] for key in ("wanted", "shown", "not listed", "ranked below 5")] == [
        4,
        1,
        1,
        2,
    ]
    assert counts["slots"] == 5
    assert counts["part of another name"] == 1  # Leeds beside Leeds Rhinos
    assert (counts["place"], counts["person"], counts["group"]) == (1, 1, 1)
    assert ev.slot_kind(Entity("Hamlet", "work", "WORK_OF_ART", 1, (), 1), [lavrov]) == "other"


def test_a_cut_shows_fewer_names_and_scores_the_ones_shown() -> None:
    """`--cut 0.5`: after the first, names below salience 0.5 are left out (with
    `--cut-mentions 1` only the ones named once); precision is over the names shown."""
    entities = [
        person("Sergei Lavrov", 1.0),
        place("Kyiv", 0.4),  # not in the highlights
        place("Moscow", 0.3),
        person("Volodymyr Zelensky", 0.6),
    ]
    cut = ev.Cut(0.5)
    reading = ev.read(entities, HIGHLIGHTS, [], "salience", "fair", None, cut)
    assert [e.name for e in reading.top] == ["Sergei Lavrov", "Volodymyr Zelensky"]
    assert ev.measures(reading) == (2 / 3, 1.0)
    often = [*entities[:2], Entity("Moscow", "place", "GPE", 3, (), 1, salience=0.3)]
    reading = ev.read(often, HIGHLIGHTS, [], "salience", "fair", None, ev.Cut(0.5, 1))
    assert [e.name for e in reading.top] == ["Sergei Lavrov", "Moscow"]
