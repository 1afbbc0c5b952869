"""Key figures: which numbers a default view shows, in what order, and the one-line figure."""

from __future__ import annotations

from dataclasses import replace

from brief.records import Brief, Conversion, Number, SummarySentence
from brief.render.figures import by_salience, figure_line, key_figures, shown_by_default
from tests.render.test_render import make_brief

KEY = "LVMH gave 15 million euros ($16 million) toward the painting."


def figure(text: str, start: int, salience: float, what: str | None = None) -> Number:
    return Number(
        text,
        float(start),
        None,
        None,
        None,
        None,
        what,
        "count",
        KEY,
        3,
        start,
        start + len(text),
        salience=salience,
    )


def brief_with(*numbers: Number) -> Brief:
    summary = (SummarySentence(KEY, 3, None, 0, len(KEY)),)
    return make_brief(
        title="Louvre buys a painting for 24.4 million euros", summary=summary, numbers=numbers
    )


def test_most_salient_first_and_ties_in_article_order() -> None:
    a, b, c = figure("a", 300, 0.2), figure("b", 200, 0.9), figure("c", 100, 0.2)
    assert [n.text for n in by_salience([a, b, c])] == ["b", "c", "a"]


def test_a_number_without_a_what_is_shown_only_from_the_title_or_a_key_sentence() -> None:
    in_key = figure("15 million euros", 10, 0.5)
    in_title = figure("24.4 million euros", 900, 0.4)
    counted = figure("2,000", 800, 0.3, what="visitors")
    bare = figure("12", 700, 0.9)
    brief = brief_with(in_key, in_title, counted, bare)
    assert [shown_by_default(n, brief) for n in brief.numbers] == [True, True, True, False]
    assert [n.text for n in key_figures(brief)] == [
        "15 million euros",
        "24.4 million euros",
        "2,000",
    ]


def test_a_figure_line_gives_value_conversions_and_what() -> None:
    donation = replace(
        figure("15 million euros", 10, 0.8, what="donation"),
        conversions=(Conversion("$16 million", 16e6, None, None, "USD"),),
    )
    assert figure_line(donation) == "15 million euros ($16 million) — donation"
    assert figure_line(figure("12", 0, 0.1)) == "12"


def test_a_reading_is_shown_once_the_most_salient_mention() -> None:
    points = replace(figure("eight", 10, 0.6, what="points"), value=8.0)
    rebounds = replace(figure("eight", 40, 0.3, what="rebounds"), value=8.0)
    assert key_figures(brief_with(points, rebounds)) == [points]


def test_a_bare_number_is_not_shown_for_a_longer_figure_or_a_word_that_holds_its_digits() -> None:
    """ "10" is not in the title's "Powerbook 100", nor "3" in a key sentence's "3G"; the
    same figure written elsewhere is ("the top 10")."""
    top = figure("10", 900, 0.5)
    network = figure("3", 950, 0.5)
    brief = make_brief(
        title="The Apple Powerbook 100 is the greatest gadget",
        summary=(SummarySentence("Vodafone pushes its own 3G service.", 1, None, 0, 35),),
        numbers=(top, network),
    )
    assert [shown_by_default(n, brief) for n in brief.numbers] == [False, False]
    written = replace(brief, title="The top 10 gadgets of all time")
    assert [shown_by_default(n, written) for n in written.numbers] == [True, False]
