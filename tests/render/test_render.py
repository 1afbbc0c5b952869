"""Renderers on hand-built briefs: no model needed."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from brief.records import Brief, Entity, Number, Quote, Section, Source, SummarySentence
from brief.render import format_for_path, render
from brief.render.markdown import escape
from brief.render.text import GLANCE_WORDS, clipped, framed

SOURCE = Source(path="a.txt", words=12, sha256="0" * 64)


def make_brief(text: str = "Police said the road was closed.", **changes: object) -> Brief:
    fields: dict[str, object] = {
        "source": SOURCE,
        "title": "Road closed",
        "summary": (SummarySentence(text, 3, None, 20, 20 + len(text)),),
        "sections": (Section(None, 3, text, (text,)),),
        "entities": (Entity("Jane Smith", "person", "PERSON", 2, ("Smith",), 3),),
        "numbers": (
            Number(
                "more than two dozen",
                24.0,
                None,
                None,
                "more than",
                None,
                "cars",
                "count",
                text,
                3,
                0,
                5,
            ),
        ),
        "quotes": (Quote("We are sorry", "Jane Smith", "said", "direct", 4, 500, 512),),
    }
    fields.update(changes)
    return Brief(**fields)  # type: ignore[arg-type]


def test_json_and_yaml_carry_the_same_data() -> None:
    brief = make_brief()
    assert json.loads(render([brief], "json")) == yaml.safe_load(render([brief], "yaml"))


def test_several_briefs_in_jsonl_are_json_lines() -> None:
    out = render([make_brief(), make_brief()], "jsonl")
    lines = out.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["schema"] == "brief/2" for line in lines)


def test_plain_terminal_has_no_escape_codes() -> None:
    out = render([make_brief()], "terminal", styled=False)
    assert "\x1b" not in out
    assert "Road closed" in out and "Jane Smith" in out and "“We are sorry”" in out


def test_styled_terminal_does_not_interpret_article_markup_or_escapes() -> None:
    text = "[bold red]boom[/] \x1b]0;pwned\x07 done."
    out = render([make_brief(text, title=text)], "terminal", styled=True)
    assert "[bold red]boom[/]" in out
    assert "\x1b]0;" not in out and "\\x1b]0;pwned\\x07" in out


def test_markdown_groups_quotes_by_speaker_and_escapes_text() -> None:
    brief = make_brief("# not a heading <script>x</script>")
    out = render([brief], "markdown")
    assert "## Who said what" in out and "### Jane Smith" in out and "> “We are sorry”" in out
    assert "\n# not" not in out and "<script>" not in out


def test_escape_neutralises_markdown() -> None:
    assert escape("*a* [b](c) `d` <e>") == r"\*a\* \[b\](c) \`d\` \<e\>"


def test_format_from_extension() -> None:
    from pathlib import Path

    assert format_for_path(Path("x.md")) == "markdown"
    assert format_for_path(Path("x.YML")) == "yaml"
    assert format_for_path(Path("x.jsonl")) == "jsonl"
    assert format_for_path(Path("x.json")) == "json"
    assert format_for_path(Path("x.out")) is None


def test_the_readme_table_of_formats_is_the_declared_one() -> None:
    from brief.render.formats import markdown_table

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert markdown_table() in readme


def test_every_format_renders_and_no_two_claim_a_name_or_extension() -> None:
    from brief.render.formats import FORMATS, format_names

    names = format_names()
    extensions = [ext for spec in FORMATS for ext in spec.extensions]
    assert len(set(names)) == len(names) and len(set(extensions)) == len(extensions)
    for spec in FORMATS:
        assert render([make_brief()], spec.name).strip()


CLAIMED = (
    Quote("We are sorry", "Jane Smith", "said", "direct", 4, 60, 72),
    Quote("the road would reopen on Friday", "Jane Smith", "said", "reported", 5, 80, 111),
)


def test_terminal_shows_claims_apart_and_never_in_quotation_marks() -> None:
    out = render([make_brief(quotes=CLAIMED)], "terminal", styled=False)
    said, claimed = out.index("Who said what"), out.index("Who claimed what")
    assert said < out.index("“We are sorry”") < claimed
    assert out.index("said: the road would reopen on Friday (line 5)") > claimed
    assert "“the road would reopen" not in out


def test_markdown_shows_claims_apart_as_items_not_block_quotes() -> None:
    out = render([make_brief(quotes=CLAIMED)], "markdown")
    said, claimed = out.split("## Who claimed what")
    assert "## Who said what" in said and "> “We are sorry”" in said
    assert "the road would reopen" not in said
    assert "- *said:* the road would reopen on Friday (line 5)" in claimed
    assert "“" not in claimed and ">" not in claimed


def test_only_claims_give_no_who_said_what() -> None:
    out = render([make_brief(quotes=CLAIMED[1:])], "markdown")
    assert "## Who claimed what" in out and "Who said what" not in out


def test_entity_lines_show_who_the_article_says_an_entity_is() -> None:
    smith = Entity(
        "Jane Smith", "person", "PERSON", 2, ("Smith",), 3, "the *council's* leader", 1.0
    )
    brief = make_brief(entities=(smith,))
    terminal = render([brief], "terminal", styled=False)
    assert "People  Jane Smith — the *council's* leader\n" in terminal
    markdown = render([brief], "markdown")
    assert "- Jane Smith — the \\*council's\\* leader (also Smith; 2×)" in markdown


PARTIAL = Quote(
    "closer than ever.",
    "Donald Trump",
    "saying",
    "partial",
    24,
    900,
    917,
    content="peace was “closer than ever.”",
    content_start=889,
    content_end=918,
)


def test_a_partial_quotation_is_shown_in_the_writers_words_around_it() -> None:
    """“closer than ever.” alone says little; the article's own sentence around it says what
    was close. Both views show it after its cue, with the article's quotation marks only."""
    terminal = render([make_brief(quotes=(PARTIAL,))], "terminal", styled=False)
    assert "saying: peace was “closer than ever.” (line 24)" in terminal
    markdown = render([make_brief(quotes=(PARTIAL,))], "markdown")
    assert "- *saying:* peace was “closer than ever.” (line 24)" in markdown
    assert "““" not in terminal + markdown


def test_a_long_frame_keeps_the_quoted_words_and_the_words_before_them() -> None:
    before = " ".join(f"w{index}" for index in range(40))
    frame = f"{before} will now “revise” its stance on the talks."
    shown = framed("revise", frame, full=False)
    assert shown is not None and shown.startswith("… ") and shown.endswith(" …")
    assert "will now “revise” its stance on" in shown and "w0 " not in shown
    assert len(shown.split()) <= GLANCE_WORDS + 2
    assert framed("revise", frame, full=True) == frame
    assert framed("revise", "“revise”", full=False) is None  # nothing around it
    assert framed("revise", None, full=False) is None


def test_a_short_frame_is_shown_whole_and_a_long_one_gives_unused_room_to_the_words_after() -> None:
    """Two partial quotes of one short sentence: its end is not cut inside the second."""
    frame = "British Foreign Secretary Elizabeth Truss said she was ‘appalled’ by “these serious allegations.”"
    assert framed("appalled", frame, full=False) == frame
    assert framed("appalled", frame[:-2], full=False) == frame[:-2] + "”"  # ends inside a quote
    after = " ".join(f"w{index}" for index in range(40))
    shown = framed("revise", f"They will “revise” {after}", full=False)
    assert shown is not None and shown.startswith("They will “revise” w0 w1 w2 w3 w4")
    assert shown.endswith(" …") and len(shown.split()) <= GLANCE_WORDS + 2


def test_a_long_frame_is_not_cut_inside_another_quotation() -> None:
    """Two partial quotes in one long sentence: each one's frame stops before the other one's
    marks, never inside them ('but we now “know …')."""
    first = "time and time again, we have seen how the waves in Europe reach us weeks later,"
    second = "know what it takes to protect our people."
    frame = f"Dr. Lena Ortiz noted that “{first}” but we now “{second}” as cases rise again here."
    shown = framed(first, frame, full=False)
    assert shown is not None and shown.endswith(f"{first}” but we now …")
    shown = framed(second, frame, full=False)
    assert shown is not None and shown.startswith(f"… but we now “{second}”")


def test_a_long_item_is_cut_after_its_first_sentence_not_after_an_initial_or_a_title() -> None:
    words = " ".join(["and", "then", "it", "went", "on"] * 5)
    assert clipped(f"A car driven by Leanne L. Hivley was westbound {words}.").startswith(
        "A car driven by Leanne L. Hivley was westbound and then"
    )
    assert clipped(f"Mr. Smith said the car was westbound. {words}.") == (
        "Mr. Smith said the car was westbound. …"
    )
