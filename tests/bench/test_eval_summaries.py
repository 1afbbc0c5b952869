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


def test_a_sentence_that_needs_the_one_before_dangles_without_it() -> None:
    """The bench's own marks: a sentence inside a quotation opened before it, or with a pronoun
    nothing before it names, dangles unless the sentence before it is in the summary."""
    marked = ev.Prepared(
        "c",
        ("ref",),
        TEXT,
        SENTENCES,
        (),
        frozenset(),
        (QUOTE,),
        ((SENTENCES[0][0], SENTENCES[0][1], "unbound pronoun"),),
    )
    first = item(0)
    assert ev.dangles(marked, first, [first]) is None  # nothing before it: nothing to lean on
    inside = ev.Prepared(
        "d", ("ref",), TEXT, SENTENCES, (), frozenset(), (QUOTE,), ((*SENTENCES[3], "x"),)
    )
    assert ev.dangles(inside, item(3), [item(0), item(3)]) == "pronoun-led"
    plain = TEXT.replace("He said", "Work is due")
    needs = ev.Prepared(
        "e",
        ("ref",),
        plain,
        SENTENCES,
        (),
        frozenset(),
        (QUOTE,),
        ((*SENTENCES[3], "unbound pronoun"),),
    )
    last = ev.Item(SENTENCES[3][0], SENTENCES[3][1], plain[SENTENCES[3][0] : SENTENCES[3][1]])
    assert ev.dangles(needs, last, [item(0), last]) == "unbound pronoun"
    assert ev.dangles(needs, last, [item(0), item(1), item(2), last]) is None


def test_the_bench_marks_sentences_inside_a_quotation_and_unbound_pronouns() -> None:
    from brief.briefing import parse_articles
    from brief.records import Article

    text = (
        "Talks end\n\nThe coach, Jane Smith, said: “We started well and had chances. It is a "
        "very important win for us.”\n\nIn 2005 it will rise again.\n\nThe bank said it would "
        "cut rates.\n"
    )
    _, parsed = next(parse_articles([Article.from_text(text)]))
    marked = {text[start:end][:12]: why for start, end, why in ev._needing_context(parsed)}
    assert marked == {"It is a very": "inside a quotation", "In 2005 it w": "unbound pronoun"}
