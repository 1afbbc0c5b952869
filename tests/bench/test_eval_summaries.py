"""The summary evaluation's own rules (bench/eval_summaries.py) on hand-made records: what counts
as a dangling key sentence, when two summaries are the same, and the bootstrap interval."""

from __future__ import annotations

import pytest

from brief.records import Quote
from tests.bench.bench_scripts import load

ev = load("eval_summaries")

TEXT = (
    "The council met on Monday.\n"
    "The mayor said this:\n"
    "“We will rebuild the bridge.”\n"
    "He said the work would start in May.\n"
)


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    bounds, start = [], 0
    for line in text.splitlines(keepends=True):
        bounds.append((start, start + len(line.rstrip())))
        start += len(line)
    return tuple(bounds)


SENTENCES = _sentences(TEXT)
QUOTE_START = TEXT.index("We will")
QUOTE = Quote(
    "We will rebuild the bridge.", "Jane Smith", "said", "direct", 3, QUOTE_START, QUOTE_START + 27
)
ARTICLE = ev.Prepared("a", ("ref",), TEXT, SENTENCES, (), frozenset(), (QUOTE,))


def item(index: int, speaker: str | None = None) -> object:
    start, end = SENTENCES[index]
    return ev.Item(start, end, TEXT[start:end], speaker)


@pytest.mark.parametrize(
    ("summary", "index", "reason"),
    [
        ([0, 2], 2, "after a colon"),  # its introducer left out
        ([0, 3], 3, "pronoun-led"),  # the sentence before it left out
        ([0, 1], 0, None),
    ],
)
def test_what_dangles(summary: list[int], index: int, reason: str | None) -> None:
    items = [item(i) for i in summary]
    assert ev.dangles(ARTICLE, items[summary.index(index)], items) == reason


def test_a_bare_quote_dangles_only_without_its_speaker() -> None:
    start, end = SENTENCES[1][0], SENTENCES[2][1]
    unit = ev.Item(start, end, TEXT[start:end])  # the introducer with its line: fine
    assert ev.dangles(ARTICLE, unit, [unit]) is None
    quote = item(2)
    text = TEXT.replace("The mayor said this:\n", "The mayor spoke.\n" + " " * 4)
    article = ev.Prepared("b", ("ref",), text, SENTENCES, (), frozenset(), (QUOTE,))
    assert ev.dangles(article, quote, [quote]) == "bare quote"
    assert ev.dangles(article, item(2, "Jane Smith"), [quote]) is None


def test_same_summaries_compare_by_the_sentences_they_cover() -> None:
    trimmed = ev.Item(SENTENCES[0][0] + 4, SENTENCES[0][1], "council met on Monday.")
    assert ev._same([item(0), item(1)], [trimmed, item(1)])
    assert not ev._same([item(0), item(1)], [item(0), item(3)])


def test_the_bootstrap_interval_holds_the_mean() -> None:
    low, high = ev.bootstrap_interval([0.0, 1.0, 2.0, 3.0, 4.0] * 20)
    assert low < 2.0 < high and high - low < 1.0
    assert ev.bootstrap_interval([1.0] * 10) == (1.0, 1.0)
