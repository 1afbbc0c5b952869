"""Salience of numbers and dates, from the article's own evidence: title, key sentences, where
it stands, a "what" and a repeat (a date: its precision)."""

from __future__ import annotations

import pytest

from brief import Brief
from brief.briefing import Options, brief_articles
from brief.extract.number_salience import (
    EVIDENCE_WEIGHT,
    Evidence,
    date_salience,
    number_salience,
)
from brief.records import Article, Date, Number

# A short story: the headline's figure, a lead with money and a count, a later paragraph with
# an ordinal and a bare number, a date in the lead and a century further down.
STORY = """Council cuts 300 jobs to save £12m

The council will cut 300 jobs by March 2025 to save £12m a year, its leader said on Monday.
Unions said the cuts would hit 40 libraries across the county.
The leader said the plan was the council's 5th attempt at savings.

The council's offices, in an 18th-century hall, employ about 4,000 staff.
The union said 200 had signed a letter.
Staff were told at a meeting that lasted 3 hours.
"""


@pytest.fixture(scope="module")
def story() -> Brief:
    (brief,) = brief_articles([Article.from_text(STORY)], Options(sentences=1))
    return brief


def brief_of(text: str) -> Brief:
    (brief,) = brief_articles([Article.from_text(text)], Options(sentences=1))
    return brief


def by_text(brief: Brief) -> dict[str, Number]:
    return {number.text: number for number in brief.numbers}


def test_every_salience_is_between_zero_and_one(story: Brief) -> None:
    items = [*story.numbers, *story.dates]
    assert items and all(0 <= item.salience <= 1 for item in items)


def test_the_headline_figure_with_its_what_ranks_first(story: Brief) -> None:
    numbers = by_text(story)
    top = max(story.numbers, key=lambda number: number.salience)
    assert top.what == "jobs" and top.value == 300
    assert numbers["£12m"].salience > numbers["40"].salience  # in the title too


def test_figures_with_a_what_rank_by_where_they_stand(story: Brief) -> None:
    numbers = by_text(story)
    assert numbers["40"].salience > numbers["5th"].salience > numbers["about 4,000"].salience
    assert numbers["about 4,000"].salience > numbers["3 hours"].salience  # further down
    assert numbers["200"].salience < numbers["about 4,000"].salience  # no "what"


def test_a_precise_date_in_the_lead_outranks_a_century(story: Brief) -> None:
    dates = {date.value: date for date in story.dates}
    assert dates["2025-03"].salience > dates["17XX"].salience


def _number(**fields: object) -> Number:
    base: dict[str, object] = {
        "text": "5",
        "value": 5.0,
        "low": None,
        "high": None,
        "qualifier": None,
        "unit": None,
        "what": None,
        "kind": "count",
        "sentence": "",
        "line": 1,
        "start": 100,
        "end": 101,
    }
    base.update(fields)
    return Number(**base)  # type: ignore[arg-type]


def test_each_piece_of_evidence_counts_a_fifth_and_position_is_graded() -> None:
    nowhere = Evidence(None, (), 0, frozenset(), frozenset(), frozenset(), frozenset())
    bare = _number(start=100)
    assert number_salience(bare, nowhere, before=0) == EVIDENCE_WEIGHT  # the first figure
    assert number_salience(bare, nowhere, before=3) == pytest.approx(
        EVIDENCE_WEIGHT / 2
    )  # after the lead's
    assert number_salience(bare, nowhere, before=9) == round(EVIDENCE_WEIGHT / 4, 3)
    # The kind of figure is no evidence: an ordinal and money with a change score the same.
    ordinal = _number(kind="ordinal")
    money = _number(kind="money", unit="USD", change="up")
    assert number_salience(ordinal, nowhere, 3) == number_salience(money, nowhere, 3)
    counted = _number(what="jobs", start=100)
    assert number_salience(counted, nowhere, 3) == pytest.approx(EVIDENCE_WEIGHT * 1.5)
    in_key = Evidence(None, ((90, 190),), 0, frozenset(), frozenset(), frozenset(), frozenset())
    assert number_salience(bare, in_key, 3) == pytest.approx(EVIDENCE_WEIGHT * 1.5)
    given_twice = Evidence(
        None,
        (),
        0,
        frozenset(),
        frozenset(),
        frozenset(),
        frozenset(),
        repeated=frozenset({("count", 5.0, None, None, None)}),
    )
    assert number_salience(bare, given_twice, 3) == pytest.approx(EVIDENCE_WEIGHT * 1.5)
    assert number_salience(_number(value=6.0), given_twice, 3) == pytest.approx(EVIDENCE_WEIGHT / 2)
    every = Evidence(
        (0, 50),
        ((90, 190),),
        0,
        given_twice.repeated,  # the title gives the same reading
        frozenset(),
        frozenset(),
        frozenset(),
        repeated=given_twice.repeated,
    )
    assert number_salience(counted, every, before=0) == 1.0  # all five: the whole scale


def test_a_figure_the_story_repeats_outranks_one_it_gives_once() -> None:
    # No title: the lead gives two figures with a "what"; the body repeats the second.
    text = (
        "The festival sold 4,000 tickets and hired 120 stewards this year.\n\n"
        "Organisers said the weather was kind to them.\n\n"
        "Each of the 120 stewards was paid for the weekend, a spokesman said."
    )
    numbers = by_text(brief_of(text))
    assert numbers["120"].salience > numbers["4,000"].salience


def test_the_title_gives_a_reading_only_of_the_same_kind() -> None:
    # "Man, 22," in the headline is an age: no evidence for a count of 22 further down.
    text = (
        "Man, 22, held after town centre chase\n\n"
        "Police arrested a man after a chase through the town centre on Monday.\n\n"
        "Officers seized 5 cars and 8 phones, and 22 people were questioned."
    )
    brief = brief_of(text)
    assert brief.title is not None and "22" in brief.title
    numbers = by_text(brief)
    assert (numbers["22"].kind, numbers["22"].what) == ("count", "people")
    assert numbers["22"].salience < numbers["5"].salience


def test_a_more_precise_date_scores_higher() -> None:
    nowhere = Evidence(None, (), 0, frozenset(), frozenset(), frozenset(), frozenset())
    date = Date("2014", "2014", "", 1, 100, 104)
    assert date_salience(date, nowhere) < date_salience(
        Date("3 May 2014", "2014-05-03", "", 1, 100, 110), nowhere
    )
