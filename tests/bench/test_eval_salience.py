"""The salience evaluation's own rules (bench/eval_salience.py) on hand-made records: which
entities the highlights name, recall and precision of the top 5, highlight numbers among the
key figures."""

from __future__ import annotations

from dataclasses import replace

from brief.records import Brief, Entity, Number, Source
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


def number(text: str, value: float, what: str | None, salience: float, start: int) -> Number:
    fields = (text, value, None, None, None, None, what, "count", "", 1, start, start + 5)
    return replace(Number(*fields), salience=salience)


def test_highlight_numbers_are_found_among_the_top_figures_by_value() -> None:
    numbers = tuple(
        number(f"{n}", n, "drones" if n != 7 else None, 1 - n / 100, 100 * n) for n in (3, 7, 91)
    )
    brief = Brief(Source("a", 1, "0"), None, (), (), (), numbers, ())
    highlights = [number("91", 91, "drones", 0, 0), number("40", 40, None, 0, 0)]
    recall, with_what = ev.score_numbers(brief, highlights, "salience")
    assert recall == 1 / 2  # 91 shown; 40 is not a figure of the article
    assert with_what == 1.0  # the bare 7 counts nothing said: not a key figure
    assert ev.score_numbers(brief, [], "salience") == (None, 1.0)
