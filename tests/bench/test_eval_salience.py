"""The salience evaluation's own rules (bench/eval_salience.py) on hand-made records: which
entities the highlights name, recall and precision of the top 5."""

from __future__ import annotations

from brief.records import Entity
from tests.bench.bench_scripts import load

ev = load("eval_salience")

HIGHLIGHTS = "Lavrov says Moscow downed 91 drones. Zelensky calls it a lie. NATO meets."


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
    recall, precision = ev.score_entities(entities, HIGHLIGHTS, ["NATO", "Lavrov"], "salience")
    # named: Lavrov, Moscow, Zelensky, and NATO that the brief missed; shown: Lavrov, Moscow
    assert (recall, precision) == (2 / 4, 2 / 5)
    recall, _ = ev.score_entities(entities, HIGHLIGHTS, [], "document")
    assert recall == 2 / 3
    assert ev.score_entities([], "Nothing named here.", [], "salience") == (None, None)
