"""The salience fit's own rules (bench/fit_salience.py) on a hand-written story: the evidence it
reads off the cast scores the names as the cast does, the labels are the highlights' names, and a
fit learns which evidence marks them."""

from __future__ import annotations

import pytest

from brief.records import Entity
from tests.bench.bench_scripts import load

fit = load("fit_salience")

STORY = {
    "id": "harbour",
    "text": (
        "Fuel spill shuts Valdes harbour\n\n"
        "Mayor Sarah Collins closed the Port of Valdes on Monday after a fuel spill, the city said.\n\n"
        'Collins told reporters the harbour would stay shut until Friday. "We will not reopen '
        'until the water is clean," she said.\n\n'
        "The spill came from a tanker owned by Norcastle Shipping, which did not answer calls. "
        "Fishermen in Valdes said the closure would cost them a week of work.\n\n"
        "Pedro Alves, who leads the fishermen's union, said his members had seen oil near "
        "Punta Brava on Sunday."
    ),
    "summary_sentences": [
        "Sarah Collins shuts the Port of Valdes after a fuel spill.",
        "The tanker belongs to Norcastle Shipping.",
    ],
}


@pytest.fixture(scope="module")
def sample() -> object:
    (found,) = fit.samples_of([STORY])
    return found


def test_the_hand_form_scores_the_names_as_the_cast_does(sample: object) -> None:
    entities: list[Entity] = sample.entities  # type: ignore[attr-defined]
    scores = fit.hand_form(fit.HAND)(sample)
    assert scores == [entity.salience for entity in entities]
    assert entities[0].name == "Sarah Collins"
    row = sample.features[0]  # type: ignore[attr-defined]
    assert (row["lede"], row["speaker"], row["first_paragraph"]) == (1.0, 1.0, 1.0)


def test_the_labels_are_the_names_the_highlights_give(sample: object) -> None:
    marked = {
        entity.name
        for entity, label in zip(sample.entities, fit.labels(sample), strict=True)  # type: ignore[attr-defined]
        if label
    }
    assert {"Sarah Collins", "Norcastle Shipping"} <= marked
    assert "Pedro Alves" not in marked and "Punta Brava" not in marked


def made(counts: list[int], named: list[str]) -> object:
    """A sample whose entities are named `counts[i]` times; the highlights give `named`."""
    entities = [
        Entity(f"Name{i}", "person", "PERSON", n, (), i + 1, salience=0.0)
        for i, n in enumerate(counts)
    ]
    rows = [{"names": float(n), "position": 0.5} for n in counts]
    return fit.Sample(entities, rows, " ".join(named) + ".", [], " ".join(named))


def test_pairwise_rows_weigh_each_article_once() -> None:
    sample = made([5, 1, 2], ["Name0"])
    x, y, weights = fit.training_rows([sample], ["names"], pairwise=True)
    assert x == [[4.0], [-4.0], [3.0], [-3.0]]
    assert y == [1, 0, 1, 0]
    assert sum(weights) == pytest.approx(1.0)


def test_a_fit_learns_the_evidence_that_marks_the_named() -> None:
    pytest.importorskip("sklearn")
    samples = [made([6, 1, 2, 1], ["Name0"]), made([1, 4, 1], ["Name1"]), made([2, 3], ["Name1"])]
    weights = fit.fit_logistic(samples, ["names", "position"], 1.0, pairwise=True)
    assert weights["names"] > 0
    assert weights["position"] == 0.0
