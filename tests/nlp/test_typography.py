from hypothesis import given
from hypothesis import strategies as st

from brief.nlp.typography import normalize


def test_curly_marks_and_dashes_become_plain() -> None:
    assert normalize("won’t “go” — 30–50\u00a0km") == 'won\'t "go" - 30-50 km'


def test_line_endings_keep_offsets() -> None:
    assert normalize("a\r\nb\rc") == "a \nb\nc"


def test_control_characters_become_spaces() -> None:
    assert normalize("a\x1b[31mb\x00") == "a     b "  # the whole escape sequence, not just ESC


@given(st.text())
def test_length_is_preserved(text: str) -> None:
    assert len(normalize(text)) == len(text)
