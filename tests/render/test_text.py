"""Text fields on one line, without controls; what a renderer escapes of what is left."""

from __future__ import annotations

import pytest

from brief.render.text import field_text, one_line


@pytest.mark.parametrize(
    ("raw", "field"),
    [
        ("it is:\r\n“A complete fabrication.”", "it is: “A complete fabrication.”"),
        ("it is:\r“A complete fabrication.”", "it is: “A complete fabrication.”"),
        ("it is:\n\n  “A complete fabrication.”", "it is: “A complete fabrication.”"),
        ("a hate\u00a0\ncrime", "a hate crime"),
        ("one\u2028two\x85three\u2029four", "one two three four"),
        ("tab\tand\x0bvertical\x0cfeed", "tab and vertical feed"),
        ("Le\x00eds", "Leeds"),
        ("Officials \x1b[2J\x1b[31mcleared\x1b[0m it", "Officials cleared it"),
        ("\x1b]0;pwned\x07Title", "Title"),
        ("  two  spaces stay  ", "two  spaces stay"),
        ("“Quoted” — and ‘nested’ \u202eRTL", "“Quoted” — and ‘nested’ \u202eRTL"),
    ],
)
def test_a_text_field_is_one_line_without_controls(raw: str, field: str) -> None:
    assert field_text(raw) == field


def test_a_huge_run_of_spaces_within_a_line_stays() -> None:
    """Two million spaces (a backtracking pattern took minutes over such a run)."""
    raw = "a" + " " * 2_000_000 + "b"
    assert field_text(raw) == raw and field_text(raw + "\n") == raw


def test_the_renderer_escapes_what_a_text_field_keeps() -> None:
    assert one_line("\u202eRTL") == "\\u202eRTL"
