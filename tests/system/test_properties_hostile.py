"""Hypothesis over hostile text and bytes: a brief or a clean error, and safe, faithful output.

The example counts are small so `make test` stays quick; `make fuzz` runs them with the `fuzz`
profile (tests/profiles.py), many times as many, on random draws.
"""

from __future__ import annotations

import itertools
import json
import re

import yaml
from hypothesis import given
from hypothesis import strategies as st

from brief import Brief, InputError, summarize
from brief.digest.builder import DigestBuilder
from brief.digest.render_markdown import article_block, digest_head
from brief.inputs.reading import decode
from brief.layout import parse_layout
from brief.nlp.typography import normalize
from brief.render import render
from brief.render.data import document
from brief.render.text import UNSAFE, field_text
from tests.profiles import examples

# Pieces that break naive code: escape sequences, markup, every kind of quotation mark, line
# endings of three systems, invisible and bidi characters, emoji, list and heading markers.
FRAGMENTS = [
    *"abcXYZ .,:;!?'\"-–—()#*•0123456789\n\t",
    "\n\n",
    "\r\n",
    "\r",
    "The mayor said",
    " Jane Smith ",
    " 40 per cent ",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\x9b2J",
    "\x00",
    "\x7f",
    "\u200b",
    "\u200d",
    "\ufeff",
    "\u202e",
    "\u2028",
    "\x85",
    "😀",
    "👨\u200d👩\u200d👧",
    "[bold red]",
    "[/]",
    "[link=http://x]",
    "<script>",
    "```",
    "# ",
    "- ",
    "1. ",
    "> ",
    "!!python/object:os.system ",
    "&amp;",
    "\\",
]
HOSTILE_TEXT = st.lists(st.sampled_from(FRAGMENTS), max_size=80).map("".join)
ANY_TEXT = st.one_of(HOSTILE_TEXT, st.text(max_size=300))
LINE_BREAKS = re.compile(r"\r\n|[\n\r\u2028\u2029\x85]")
# Rich's own colour codes are the only escape sequences a styled terminal view may hold.
RICH_STYLES = re.compile(r"\x1b\[[0-9;]*m")
# Raw C0 (but newline) and C1 controls: never in any output. Bidi overrides and lone surrogates
# too, except in YAML, which escapes every control character and keeps other letters raw.
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
# What no text field of a brief or a digest holds, in any format: a line break or a control.
FIELD_BREAK = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _decoded(text: str) -> str | None:
    """The text as the reader hands it on (a leading BOM dropped), or None if it refuses it."""
    try:
        return decode(text.encode("utf-8", "surrogatepass"), "<test>")
    except InputError:
        return None


def _line_count(text: str) -> int:
    return len(LINE_BREAKS.findall(text)) + 1


def _line_of(text: str, offset: int) -> int:
    """The line holding `offset` as an editor counts lines ("\r\n" is one break, "\r" one)."""
    return len(LINE_BREAKS.findall(text, 0, offset)) + 1


def _check_brief(text: str, brief: Brief) -> None:
    lines = _line_count(text)
    for item in (*brief.summary, *brief.quotes, *brief.numbers):
        assert 0 <= item.start <= item.end <= len(text)
        assert item.line == _line_of(text, item.start)
    for item in (*brief.summary, *brief.quotes):
        assert item.text == field_text(text[item.start : item.end])
    for entity in brief.entities:
        assert 1 <= entity.line <= lines
    data = brief.to_dict()
    _check_text_fields(data)
    assert json.loads(render([brief], "json")) == data
    assert yaml.safe_load(render([brief], "yaml")) == data
    _check_outputs_are_safe(brief)


def _check_text_fields(data: object, key: str = "") -> None:
    """No text field holds a line break or a control character (the input's path aside: it is
    the user's file name, shown escaped)."""
    if isinstance(data, dict):
        for name, value in data.items():
            if name != "source":
                _check_text_fields(value, name)
    elif isinstance(data, list):
        for value in data:
            _check_text_fields(value, key)
    elif isinstance(data, str):
        assert not FIELD_BREAK.search(data), (key, data)


def _check_outputs_are_safe(brief: Brief) -> None:
    for fmt in ("json", "markdown", "terminal"):
        out = render([brief], fmt)  # type: ignore[arg-type]
        assert not CONTROL.search(out.replace("\t", " ")), fmt
        assert not UNSAFE.search(out), fmt
    assert not CONTROL.search(render([brief], "yaml"))
    styled = RICH_STYLES.sub("", render([brief], "terminal", styled=True))
    assert not CONTROL.search(styled) and not UNSAFE.search(styled)
    _check_digest_is_safe(brief)


def _check_digest_is_safe(brief: Brief) -> None:
    """The digest of the brief goes through the same serialisers and escaping as the brief."""
    builder = DigestBuilder()
    builder.add(brief)
    digest = builder.finish()
    markdown = digest_head(digest, title="Digest") + article_block(brief)
    assert not CONTROL.search(markdown.replace("\t", " ")) and not UNSAFE.search(markdown)
    data = digest.to_dict()
    _check_text_fields(data)
    for fmt in ("json", "jsonl"):
        out = document(data, fmt)
        assert not CONTROL.search(out) and not UNSAFE.search(out), fmt
        assert json.loads(out) == json.loads(json.dumps(data)), fmt
    assert yaml.safe_load(document(data, "yaml")) == yaml.safe_load(yaml.safe_dump(data))


@examples(60)
@given(ANY_TEXT)
def test_any_text_gives_a_safe_faithful_brief_or_a_clean_error(text: str) -> None:
    decoded = _decoded(text)
    if decoded is not None:
        _check_brief(decoded, summarize(decoded))


# Hostile text with Unix line breaks only, to be given again with Windows and old-Mac ones.
LF_TEXT = HOSTILE_TEXT.map(lambda text: text.replace("\r", ""))


def _shown(brief: Brief) -> list[str]:
    """What a reader sees of a brief: its terminal and Markdown views (no offsets in them)."""
    return [render([brief], "terminal"), render([brief], "markdown")]


@examples(30)
@given(LF_TEXT)
def test_windows_and_old_mac_line_endings_give_a_faithful_brief(text: str) -> None:
    """With "\r\n" or "\r" line breaks every offset still points into the text as given, every
    line is the one an editor shows, no text field holds a carriage return, each format is safe;
    and a lone "\r" reads as "\n" does: the very same brief. (A "\r\n" gives the model a space
    before its "\n", which can tip an odd text's parse; real articles give the same brief, as
    tests/system/test_hostile_inputs.py checks.)"""
    decoded = _decoded(text)
    if decoded is None:
        return
    briefs = {}
    for ending in ("\n", "\r\n", "\r"):
        other = decoded.replace("\n", ending)
        briefs[ending] = summarize(other)
        _check_brief(other, briefs[ending])
    assert _shown(briefs["\r"]) == _shown(briefs["\n"])


@examples(200)
@given(st.binary(max_size=2000))
def test_any_bytes_decode_to_text_or_a_clean_error(data: bytes) -> None:
    try:
        text = decode(data, "<bytes>")
    except InputError as error:
        assert str(error).startswith("<bytes>: ") and "\n" not in str(error)
        return
    assert text.strip() and not text.startswith("\ufeff")


@examples(25)
@given(st.binary(min_size=1, max_size=600))
def test_any_bytes_give_a_brief_or_a_clean_error(data: bytes) -> None:
    try:
        text = decode(data, "<bytes>")
    except InputError:
        return
    _check_brief(text, summarize(text))


# --- The fuzzing run: many examples over the layout parser and the quotation pairing -------


def _check_layout(text: str) -> None:
    normalised = normalize(text)
    assert len(normalised) == len(text)
    layout = parse_layout(normalised)
    lines = _line_count(text)
    blocks = [block for _, block in layout.body]
    blocks += [s.heading for s in layout.sections if s.heading is not None]
    if layout.title is not None:
        blocks.append(layout.title)
    for block in blocks:
        assert 0 <= block.start < block.end <= len(text)
        assert normalised[block.start : block.end].strip()
        assert 1 <= block.line <= lines == len(layout.line_starts)
        assert layout.line_at(block.start) == block.line
    starts = sorted(blocks, key=lambda block: block.start)
    for first, second in itertools.pairwise(starts):
        assert first.end <= second.start  # blocks never overlap
    for offset in (0, len(text) // 2, max(len(text) - 1, 0)):
        found = layout.block_at(offset)
        assert found is None or found[1].start <= offset < found[1].end


@examples(300)
@given(ANY_TEXT)
def test_fuzz_layout_parser(text: str) -> None:
    _check_layout(text)


QUOTE_TEXT = st.lists(
    st.sampled_from(
        [*"“”‘’\"'«»„‟‛", " ", "\n", "\n\n", "said", " Smith ", "We won", ", ", ". ", "—", ":"]
    ),
    max_size=60,
).map("".join)


@examples(40)
@given(QUOTE_TEXT)
def test_fuzz_quotation_pairing_through_summarize(text: str) -> None:
    if not text.strip():
        return
    brief = summarize(text)
    for quote in brief.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert quote.text and quote.text in text[quote.start : quote.end]
        assert quote.line == text.count("\n", 0, quote.start) + 1
