"""The rules of the hand-labelled entity pages' scorer (bench/eval_entities_pages.py): how a
listed entity is judged against its label, the rate, and the shape of the gold file."""

from __future__ import annotations

from collections import Counter

import pytest

from brief.records import Entity
from tests.bench.bench_scripts import load

ev = load("eval_entities_pages")


def _label(name: str, *truth: str, page: str = "p.html", set_: str = "1") -> object:
    return ev.Label(page, set_, name, truth)


def _entity(name: str, kind: str) -> Entity:
    return Entity(name=name, type=kind, label="X", mentions=1, aliases=(), line=1)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("kind", "truth", "expected"),
    [
        ("person", ("person",), "R"),
        ("place", ("place", "organization"), "R"),  # either type is right
        ("organization", ("place",), "T"),
        ("person", ("fragment",), "F"),  # a fragment is wrong whatever its type
        ("other", ("not a name",), "N"),
        ("other", ("other", "not a name"), "R"),
        ("person", ("other", "not a name"), "T"),
    ],
)
def test_a_listed_entity_is_judged_by_its_label(
    kind: str, truth: tuple[str, ...], expected: str
) -> None:
    assert ev.judge(kind, _label("X", *truth)) == expected


def test_a_name_without_a_label_is_unlabelled_and_left_out_of_the_rate() -> None:
    labels = [_label("Nixon", "fragment"), _label("Richard Nixon", "person")]
    entities = {
        "p.html": [
            _entity("Richard Nixon", "person"),
            _entity("Nixon", "person"),
            _entity("Ford", "person"),
        ]
    }
    counts, lines = ev.score(entities, labels)
    assert counts["1"] == Counter({"R": 1, "F": 1, "U": 1})
    assert ev.rate(counts["all"]) == 0.5
    assert any(line.startswith("U p.html: 'Ford'") for line in lines)


def test_not_names_count_in_the_listed_not_in_the_errors() -> None:
    assert ev.rate(Counter({"R": 2, "N": 1, "T": 1})) == 0.25


def test_the_gold_file_has_one_label_per_name_and_page_and_known_truths() -> None:
    labels = ev.read_gold(ev.GOLD)
    keys = [(label.page, label.name) for label in labels]
    assert len(keys) == len(set(keys))
    assert {label.set for label in labels} == {"1", "2"}
    for label in labels:
        assert label.truth[0] in (*ev.TYPES, ev.FRAGMENT, ev.NOT_A_NAME)
