"""What the brief of the seed article must get right: title, sections, names, places, numbers,
quote speakers and key sentences."""

from __future__ import annotations

import pytest

from brief import Brief
from brief.render import render
from brief.render.text import field_text
from tests.conftest import ROOT


def entity(brief: Brief, name: str):  # type: ignore[no-untyped-def]
    matches = [e for e in brief.entities if e.name == name]
    assert matches, f"{name} not among {[e.name for e in brief.entities]}"
    return matches[0]


def speaker_of(brief: Brief, text_start: str) -> str | None:
    matches = [q for q in brief.quotes if q.text.startswith(text_start)]
    assert matches, f"no quote starting {text_start!r} in {[q.text for q in brief.quotes]}"
    return matches[0].speaker


def test_title_and_sections(seed_brief: Brief) -> None:
    assert seed_brief.title is not None and seed_brief.title.startswith("Russia says drones")
    assert next(s.heading for s in seed_brief.sections) is None
    assert len(seed_brief.sections) == 7
    assert all(s.summary for s in seed_brief.sections)


@pytest.mark.parametrize(
    ("name", "alias"),
    [
        ("Vladimir Putin", "Putin"),
        ("Volodymyr Zelensky", "Zelensky"),
        ("Sergei Lavrov", "Lavrov"),
        ("Donald Trump", "Trump"),
    ],
)
def test_short_forms_merge_into_the_fullest_name(seed_brief: Brief, name: str, alias: str) -> None:
    person = entity(seed_brief, name)
    assert person.type == "person"
    assert alias in person.aliases
    assert not [e for e in seed_brief.entities if e.name == alias]


def test_possessives_are_stripped_and_apostrophes_are_not_places(seed_brief: Brief) -> None:
    names = {e.name for e in seed_brief.entities}
    assert not any("’s" in name or "'s" in name for name in names)
    assert not any(name.lower() in {"n’t", "n't"} for name in names)


@pytest.mark.parametrize("name", ["Kyiv", "Zaporizhzhia"])
def test_cities_are_places(seed_brief: Brief, name: str) -> None:
    assert entity(seed_brief, name).type == "place"


def test_numbers_carry_value_and_what_they_count(seed_brief: Brief) -> None:
    by_text = {n.text: n for n in seed_brief.numbers}
    assert by_text["91"].value == 91 and by_text["91"].what == "drones"
    assert (by_text["30–50 year"].low, by_text["30–50 year"].high) == (30, 50)
    assert "security guarantees" in (by_text["30–50 year"].what or "")
    sixty = next(n for n in seed_brief.numbers if n.value == 60)
    assert sixty.qualifier == "at least" and sixty.unit == "day"
    dozens = next(n for n in seed_brief.numbers if n.value == 24)
    assert dozens.qualifier == "more than" and "countries" in (dozens.what or "")


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("will not go unanswered", "Sergei Lavrov"),
        ("A complete fabrication", "Volodymyr Zelensky"),
        ("think about it", "Donald Trump"),
        ("closer than ever", "Donald Trump"),
        ("revise", "Sergei Lavrov"),
        ("legitimate targets", "Sergei Lavrov"),
        ("not striking the plant", "Donald Trump"),
        ("prolong war", "Russia"),
    ],
)
def test_quote_speakers_are_full_names(seed_brief: Brief, start: str, speaker: str) -> None:
    assert speaker_of(seed_brief, start) == speaker


def test_quotes_point_at_their_lines(seed_brief: Brief, seed_text: str) -> None:
    lines = seed_text.splitlines()
    for quote in seed_brief.quotes:
        assert quote.text[:10] in lines[quote.line - 1]
        assert seed_text[quote.start : quote.end].startswith(quote.text[:10])


def test_summary_is_article_sentences_in_order(seed_brief: Brief, seed_text: str) -> None:
    assert len(seed_brief.summary) == 3
    starts = [s.start for s in seed_brief.summary]
    assert starts == sorted(starts)
    headings = {s.heading for s in seed_brief.sections if s.heading}
    for sentence in seed_brief.summary:
        written = seed_text[sentence.start : sentence.end]
        assert sentence.text == field_text(written) and "\n" not in sentence.text
        assert sentence.text not in headings
        # one line, or a line ending in a colon with the line it introduces
        assert all(line.endswith(":") for line in written.split("\n")[:-1])
    assert [s.line for s in seed_brief.summary] == [2, 3, 4]
    assert seed_brief.summary[2].text.startswith("Within minutes, Volodymyr Zelensky called")


def test_the_default_terminal_brief_fits_one_screen_of_100_columns(seed_brief: Brief) -> None:
    """At most 40 lines at 100 columns, quotes included, holding the story's people and key
    figures; the JSON, which the checks above read, keeps every item."""
    from brief.render import render

    out = render([seed_brief], "terminal", width=100)
    lines = out.splitlines()
    assert len(lines) <= 40
    assert max(map(len, lines)) <= 100
    people = next(line for line in lines if line.startswith("People"))
    for name in ("Volodymyr Zelensky", "Vladimir Putin", "Sergei Lavrov", "Donald Trump"):
        assert name in people
    assert "  • 91 — drones (line 3)" in lines
    for heading in ("Summary", "Key figures", "Who said what"):
        assert any(line.startswith(heading) for line in lines), heading


def test_the_readme_shows_the_seed_brief_as_brief_prints_it(seed_brief: Brief) -> None:
    """The README's example is the seed's brief as `brief summarize` prints it when piped: a
    change to what a reader sees changes the README with it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    intro = readme.index("`brief summarize seeds/000_11109ac5ee476577.txt` (piped")
    start = readme.index("```text\n", intro) + len("```text\n")
    shown = readme[start : readme.index("```", start)]
    assert shown == render([seed_brief], "terminal", styled=False)
