"""What a view shows: the top items most salient first with the count of the rest, `--full`,
`--only` in every format, key figures, long quotes cut, and a default terminal brief that fits
one screen. Hand-built briefs: no model needed."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
import yaml

from brief.records import (
    Brief,
    Conversion,
    Date,
    Entity,
    Number,
    Quote,
    Section,
    SummarySentence,
)
from brief.render import render
from brief.render.figures import key_figures
from brief.render.formats import FORMATS
from brief.render.view import SECTIONS, View, parse_sections
from tests.render.test_render import make_brief

WIDTH = 100
SCREEN = 40

KEY = "Police closed the harbour road on Tuesday after a landslide."


def place(name: str, mentions: int, line: int = 3) -> Entity:
    return Entity(name, "place", "GPE", mentions, (), line, salience=mentions / 10)


def number(
    text: str, value: float, what: str | None, kind: str = "count", start: int = 200, **more: object
) -> Number:
    fields = (text, value, None, None, None, None, what, kind, "", 7, start, start + len(text))
    return replace(Number(*fields), **more)  # type: ignore[arg-type]


def quote(text: str, speaker: str | None, start: int, kind: str = "direct") -> Quote:
    return Quote(text, speaker, "said", kind, 9, start, start + len(text))  # type: ignore[arg-type]


PLACES = tuple(
    place(name, mentions)
    for name, mentions in [
        ("Penzance", 2),
        ("Cornwall", 9),
        ("Truro", 1),
        ("Newlyn", 5),
        ("Mousehole", 3),
        ("St Ives", 7),
        ("Hayle", 4),
        ("Bodmin", 6),
    ]
)


def test_the_default_view_shows_the_most_salient_first_and_counts_the_rest() -> None:
    brief = make_brief(KEY, entities=PLACES)
    out = render([brief], "terminal")
    row = next(line for line in out.splitlines() if line.startswith("Places"))
    assert row.split(None, 1)[1] == (
        "Cornwall, St Ives, Bodmin, Newlyn, Hayle (and 3 more; --full shows all)"
    )
    markdown = render([brief], "markdown")
    listed = markdown.split("## Places")[1].split("##")[0]
    assert [line[2:].split(" (")[0] for line in listed.splitlines() if line.startswith("- ")] == [
        "Cornwall",
        "St Ives",
        "Bodmin",
        "Newlyn",
        "Hayle",
    ]
    assert "*and 3 more; --full shows all*" in listed


@pytest.mark.parametrize("fmt", ["terminal", "markdown"])
def test_full_shows_every_item_and_no_count(fmt: str) -> None:
    brief = make_brief(KEY, entities=PLACES)
    out = render([brief], fmt, view=View(full=True))
    assert all(entity.name in out for entity in PLACES)
    assert "more; --full shows all" not in out


@pytest.mark.parametrize("fmt", ["json", "jsonl", "yaml"])
def test_data_formats_keep_every_item(fmt: str) -> None:
    many = tuple(quote(f"We said it {n} times", "Jane Smith", 100 + 30 * n) for n in range(12))
    brief = make_brief(KEY, entities=PLACES, quotes=many)
    out = render([brief], fmt)
    data = yaml.safe_load(out) if fmt == "yaml" else json.loads(out)
    assert data == json.loads(json.dumps(brief.to_dict()))


@pytest.mark.parametrize("fmt", [spec.name for spec in FORMATS])
def test_only_prints_the_chosen_sections_in_every_format(fmt: str) -> None:
    brief = make_brief(KEY, entities=PLACES)
    out = render([brief], fmt, view=View(only=parse_sections("summary,quotes")))
    if fmt in {"json", "jsonl", "yaml"}:
        data = yaml.safe_load(out) if fmt == "yaml" else json.loads(out)
        assert list(data) == ["schema", "source", "summary", "quotes"]
        return
    assert KEY in out and "We are sorry" in out
    assert "Cornwall" not in out and "more than two dozen" not in out


def test_an_unknown_section_names_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="'people' is not a section; choose from title, summary"):
        parse_sections("summary,people")
    assert parse_sections(" Summary , quotes") == {"summary", "quotes"}
    assert set(SECTIONS) == set(make_brief().to_dict()) - {"schema", "source"}


def test_key_figures_are_the_salient_numbers_that_say_what_they_count_with_conversions() -> None:
    summary = (SummarySentence(KEY, 3, None, 20, 20 + len(KEY)),)
    euros = Conversion("$16 million", 16e6, None, None, "USD")
    numbers = (
        number("18th", 18, "century", "ordinal", salience=0.1),
        number("two", 2, None, salience=0.2),  # says nothing it counts, outside the key sentences
        number("Tuesday's 40", 40, None, start=30, salience=0.3),  # in a key sentence: shown
        number("15 million euros", 15e6, "donation", "money", salience=0.6, conversions=(euros,)),
    )
    brief = make_brief(KEY, summary=summary, numbers=numbers)
    assert [n.text for n in key_figures(brief)] == ["15 million euros", "Tuesday's 40", "18th"]
    out = render([brief], "terminal")
    assert "  • 15 million euros ($16 million) — donation (line 7)" in out
    assert out.index("15 million euros") < out.index("Tuesday's 40") < out.index("18th")
    assert "two" not in out.split("Key figures")[1]
    markdown = render([brief], "markdown")
    assert "- **15 million euros ($16 million)** — donation (line 7)" in markdown
    assert "  • two (line 7)" in render([brief], "terminal", view=View(full=True))


def test_a_lone_word_one_is_no_key_figure_but_a_digit_one_is() -> None:
    numbers = (
        number("One", 1, "thing", salience=0.9),  # "One thing that has not changed"
        number("1", 1, "point", start=260, salience=0.5),
        number("one million", 1e6, "visitors", start=300, salience=0.4),
    )
    brief = make_brief(KEY, numbers=numbers)
    assert [n.text for n in key_figures(brief)] == ["1", "one million"]
    assert "  • One — thing (line 7)" in render([brief], "terminal", view=View(full=True))


def test_dates_that_matter_make_a_short_when_line() -> None:
    dates = (
        Date("2010", "2010", "", 9, 400, 404, salience=0.1),  # in passing: not shown
        Date("March 3", "--03-03", "", 3, 30, 37, salience=0.7),
        Date("2024", "2024", "", 3, 50, 54, salience=0.4),
    )
    brief = make_brief(KEY, dates=dates)
    when = next(
        line for line in render([brief], "terminal").splitlines() if line.startswith("When")
    )
    assert (
        when.split(None, 1)[1] == "March 3 (line 3), 2024 (line 3) (and 1 more; --full shows all)"
    )
    assert "**When:** March 3 (line 3), 2024 (line 3)" in render([brief], "markdown")
    full = render([brief], "terminal", view=View(full=True))
    assert "2010 (line 9)" in full
    data = json.loads(render([brief], "json", view=View(only=frozenset({"dates"}))))
    assert [d["text"] for d in data["dates"]] == ["2010", "March 3", "2024"]


def test_a_long_quotation_shows_its_first_sentence_unless_full() -> None:
    words = (
        "We have waited far too long for this work to begin. The town has paid the price in "
        "lost trade every single summer since the old terminal closed, and the fishing crews "
        "have paid it twice over."
    )
    brief = make_brief(KEY, quotes=(quote(words, "Mary Pascoe", 300),))
    for fmt in ("terminal", "markdown"):
        out = render([brief], fmt)
        assert "“We have waited far too long for this work to begin. …”" in out
        assert "twice over" not in out
        assert "twice over" in render([brief], fmt, view=View(full=True))


def test_quotes_of_the_most_salient_speakers_come_first_one_each_before_a_second() -> None:
    people = (
        Entity("Mary Pascoe", "person", "PERSON", 1, ("Pascoe",), 3, salience=0.3),
        Entity("John Tregear", "person", "PERSON", 8, ("Tregear",), 4, salience=0.8),
    )
    quotes = (
        quote("The vote was unanimous", "Pascoe", 300),
        quote("It cost too much", "John Tregear", 400),
        quote("We will reopen in spring", "Pascoe", 500),
        quote("Nobody asked us", "John Tregear", 600),
        quote("Nobody knows who said this", None, 700),
    )
    out = render([make_brief(KEY, entities=people, quotes=quotes)], "terminal")
    said = out.split("Who said what")[1]
    # the three shown: each speaker's first, the more salient first, then a second; by speaker
    assert said.splitlines()[1:] == [
        "  John Tregear  “It cost too much” — said, line 9",
        "                “Nobody asked us” — said, line 9",
        "  Pascoe        “The vote was unanimous” — said, line 9",
    ]
    assert "(and 2 more; --full shows all)" in said.splitlines()[0]


def test_a_quote_the_summary_already_shows_is_not_repeated_unless_full() -> None:
    inside = quote("the road was closed", "Jane Smith", 25)
    brief = make_brief("Police said the road was closed.", quotes=(inside,))
    assert "“the road was closed”" not in render([brief], "terminal")
    assert "“the road was closed”" in render([brief], "terminal", view=View(full=True))


def test_two_partial_quotes_of_one_sentence_show_the_sentence_once_unless_full() -> None:
    """A view shows a partial quote in its frame, the writer's sentence around it: the second
    partial quote of the same sentence would show the same sentence again."""
    frame = "that “time and again we saw it,” but we now “know what it takes.”"
    first, second = (
        Quote(words, "Carissa Etienne", "noted", "partial", 9, 900 + at, 920 + at, frame, 880, 947)
        for words, at in (("time and again we saw it,", 6), ("know what it takes.", 37))
    )
    brief = make_brief(KEY, quotes=(first, second))
    said = render([brief], "terminal").split("Who said what")[1]
    assert said.count("time and again") == 1
    assert render([brief], "terminal", view=View(full=True)).count("time and again") == 2


def test_a_gist_the_summary_already_says_is_not_repeated() -> None:
    sections = (
        Section(None, 3, KEY, (KEY,)),
        Section("Work starts in March", 8, "The terminal will close for two winters.", ()),
    )
    out = render([make_brief(KEY, sections=sections)], "terminal")
    gists = out.split("Sections")[1]
    assert "Lead" not in gists and "Work starts in March: The terminal will close" in gists


def crowded() -> Brief:
    """A brief with more of everything than one screen holds."""
    sentence = "The harbour board approved a plan to dredge the eastern channel and rebuild the old ferry terminal."
    summary = tuple(SummarySentence(sentence, n, None, 100 * n, 100 * n + 99) for n in range(1, 6))
    sections = tuple(Section(f"Part {n}", 10 * n, sentence, ()) for n in range(1, 9))
    quotes = tuple(
        quote(f"{sentence} Part {n}.", f"Speaker {n}", 2000 + 200 * n, kind)
        for n in range(10)
        for kind in ("direct", "reported")
    )
    numbers = tuple(number(f"{n} boats", n, "boats", start=5000 + 20 * n) for n in range(2, 12))
    return make_brief(
        sentence,
        summary=summary,
        sections=sections,
        quotes=quotes,
        numbers=numbers,
        entities=PLACES,
    )


def test_the_default_terminal_brief_fits_one_screen_giving_up_claims_and_quotes_first() -> None:
    brief = crowded()
    full = render([brief], "terminal", width=WIDTH, view=View(full=True))
    out = render([brief], "terminal", width=WIDTH)
    assert len(full.splitlines()) > SCREEN + 20
    assert len(out.splitlines()) <= SCREEN
    assert out.count("The harbour board approved") >= 5  # the summary whole, and some gists
    assert "Key figures" in out and "Places" in out and "Who said what" in out


def test_a_section_cut_to_no_item_still_says_how_many_it_holds() -> None:
    brief = crowded()
    narrow = render([brief], "terminal", width=50)
    assert len(narrow.splitlines()) <= SCREEN
    claims = sum(1 for q in brief.quotes if q.kind == "reported")
    assert f"Who claimed what ({claims}; --full shows all)" in narrow.splitlines()
    # every section of the full view is named in the cut one
    full = render([brief], "terminal", width=50, view=View(full=True))
    for title in ("Sections", "Who said what", "Who claimed what"):
        assert (title in full) == (title in narrow)


def test_a_shorter_view_gives_up_items_down_to_a_floor() -> None:
    view: View | None = View()
    steps = 0
    while view is not None:
        last, view = view, view.shorter()
        steps += 1
    assert steps > 5
    assert (last.limits.said, last.limits.claimed, last.limits.numbers) == (1, 0, 2)
    assert View(full=True).shorter() is None
    assert replace(View(), only=frozenset({"summary"})).shows("summary")
