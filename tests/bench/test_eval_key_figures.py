"""The rules of the key-figure scorer (bench/eval_key_figures.py): which highlight numbers
count, when a brief number matches one, and how an article is scored, on hand-built records."""

from __future__ import annotations

from brief.records import Brief, Conversion, Number, SummarySentence
from tests.bench.bench_scripts import load
from tests.render.test_render import make_brief

ev = load("eval_key_figures")


def number(text: str, value: float | None, unit: str | None = None, **fields: object) -> Number:
    base: dict[str, object] = {
        "qualifier": None,
        "low": None,
        "high": None,
        "what": None,
        "kind": "count",
        "sentence": "",
        "line": 1,
        "start": 0,
        "end": len(text),
    }
    base.update(fields)
    return Number(text=text, value=value, unit=unit, **base)  # type: ignore[arg-type]


def test_highlight_numbers_leave_out_years_and_a_lone_one() -> None:
    found = ev.highlight_numbers(["One man was fined £2,100 in 2014.", "He won 2-1."])
    assert [gold.text for gold in found] == ["£2,100", "2-1"]


def test_a_match_is_a_close_value_in_a_unit_that_does_not_disagree() -> None:
    (pounds,) = ev.highlight_numbers(["a fine of £2,100"])
    assert ev.matches(pounds, number("£2,100", 2100, "GBP"))
    assert ev.matches(pounds, number("2,150", 2150))  # within 5%, no unit given
    assert not ev.matches(pounds, number("$2,100", 2100, "USD"))
    converted = number(
        "€2,500", 2500, "EUR", conversions=(Conversion("£2,100", 2100, None, None, "GBP"),)
    )
    assert ev.matches(pounds, converted)
    (score,) = ev.highlight_numbers(["a 2-1 win"])
    assert ev.matches(score, number("2-1", None, kind="score"))
    assert not ev.matches(score, number("3-1", None, kind="score"))
    (length,) = ev.highlight_numbers(["The kite is 6 km long."])
    assert ev.matches(length, number("6,000 metres", 6000, "m", kind="measure"))
    assert not ev.matches(length, number("6 miles", 6, "mile", kind="measure"))


def test_an_article_is_scored_on_the_key_figures_it_shows() -> None:
    key = "The council cut 300 jobs."
    shown = number("300", 300, what="jobs", start=17, end=20, salience=0.9)
    hidden = number("12", 12, start=900, end=902, salience=0.1)  # no what, not in a key sentence
    brief: Brief = make_brief(
        title=None, summary=(SummarySentence(key, 1, None, 0, len(key)),), numbers=(shown, hidden)
    )
    scored = ev.score(brief, ["Council cuts 300 jobs.", "It lists 12 sites."], top=5)
    assert (scored.gold, scored.listed, scored.top, scored.shown, scored.with_what) == (
        2,
        2,
        1,
        1,
        1,
    )


def test_the_shown_are_also_scored_in_document_order_and_in_the_best_order() -> None:
    # Salience puts a late figure first: document order of the same shown figures finds the
    # highlight's early one, and the best order finds both.
    early = number("300", 300, what="jobs", start=10, end=13, salience=0.2)
    late = number("40", 40, what="libraries", start=500, end=502, salience=0.9)
    brief: Brief = make_brief(title=None, summary=(), numbers=(early, late))
    scored = ev.score(brief, ["Council cuts 300 jobs and 40 libraries."], top=1)
    assert (scored.listed, scored.top, scored.shown_first, scored.best) == (2, 1, 1, 1)
    scored = ev.score(brief, ["Council cuts 300 jobs."], top=1)
    assert (scored.listed, scored.top, scored.shown_first, scored.best) == (1, 0, 1, 1)
