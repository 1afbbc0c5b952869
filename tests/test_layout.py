from brief.layout import parse_layout
from brief.nlp.typography import normalize


def layout_of(text: str):  # type: ignore[no-untyped-def]
    return parse_layout(normalize(text))


def headings(text: str) -> list[str]:
    layout = layout_of(text)
    return [text[s.heading.start : s.heading.end] for s in layout.sections if s.heading]


def test_seed_has_exactly_its_six_headings(seed_text: str) -> None:
    assert headings(seed_text) == [
        "“State Terrorism” — and a Harder Negotiating Line",
        "Was Putin Even There?",
        "Trump, Zelensky — and a Peace Deal “Closer Than Ever”",
        "Donbas, NATO Fears, and the “Coalition of the Willing”",
        "The Nuclear Plant Wild Card",
        "So… Did a Drone Strike Actually Change Anything?",
    ]


def test_seed_title_is_its_first_line(seed_text: str) -> None:
    layout = layout_of(seed_text)
    assert layout.title is not None
    assert seed_text[layout.title.start : layout.title.end].startswith(
        "Russia says drones targeted"
    )
    assert layout.sections[0].heading is None
    assert layout.sections[0].blocks[0].line == 2


def test_bullets_are_items_with_markers_stripped(seed_text: str) -> None:
    layout = layout_of(seed_text)
    bullets = [seed_text[b.start : b.end] for _, b in layout.body if b.kind == "bullet"]
    assert bullets[:3] == [
        "Moscow wants more leverage",
        "More concessions",
        "Less willingness to compromise",
    ]
    assert "remote" in bullets and "“we were attacked”" in bullets


def test_one_long_paragraph_has_no_title() -> None:
    text = "The council voted on Tuesday to close the library. Residents said they were angry. " * 3
    layout = layout_of(text)
    assert layout.title is None
    assert layout.sections[0].blocks[0].start == 0


def test_markdown_headings_and_title() -> None:
    text = "# Storm hits coast\n\nWinds reached 100 km/h.\n\n## Damage\n\nRoofs were torn off.\n"
    layout = layout_of(text)
    assert (
        layout.title is not None
        and text[layout.title.start : layout.title.end] == "Storm hits coast"
    )
    assert headings(text) == ["Damage"]


def test_sentence_lines_and_colon_lines_are_not_headings() -> None:
    text = "Title Of The Story\nShort answer:\nIt changed the tone.\nTranslation?\nMore text follows here.\n"
    assert headings(text) == []


def test_hard_wrapped_paragraph_is_one_block() -> None:
    text = "Headline here\n\nThe minister said the plan would\ncost more than expected.\n"
    layout = layout_of(text)
    (block,) = layout.sections[0].blocks
    assert (
        text[block.start : block.end]
        == "The minister said the plan would\ncost more than expected."
    )


def test_line_numbers_are_one_based() -> None:
    layout = layout_of("a\nb\n\nc")
    assert [layout.line_at(offset) for offset in (0, 2, 4, 5)] == [1, 2, 3, 4]


def test_a_line_closing_a_sentence_inside_brackets_is_not_a_heading() -> None:
    text = "Story Title Here\n(Begin Video Clip.)\nThe senator spoke at length about taxes.\n"
    assert headings(text) == []
