"""Any text gives a valid brief or a clean error, never an exception."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from brief import InputError, summarize
from brief.inputs.reading import decode
from brief.nlp.typography import normalize
from tests.profiles import examples

NEWSY = st.text(
    alphabet=st.sampled_from(
        [*list("abcXYZ .,:;!?\"'“”‘’«»—-–\n\n\t#*•👉0123456789"), "\x1b", "\u200b", "😀"]
    ),
    max_size=400,
)


@examples(60)
@given(st.one_of(NEWSY, st.text(max_size=200)))
def test_any_text_gives_a_brief_with_offsets_in_bounds(text: str) -> None:
    try:
        text = decode(text.encode("utf-8", "surrogatepass"), "<test>")
    except (InputError, UnicodeDecodeError):
        return
    brief = summarize(text)
    # lines as brief counts them: \r, \r\n, NEL, U+2028 and U+2029 all break a line
    lines = normalize(text).count("\n") + 1
    for item in (*brief.summary, *brief.quotes, *brief.numbers):
        assert 0 <= item.start <= item.end <= len(text)
        assert 1 <= item.line <= lines
    starts = [s.start for s in brief.summary]
    assert starts == sorted(starts)
