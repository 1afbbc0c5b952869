"""The attribution sieve: one ordered tuple of named steps, the first step that decides wins,
chain steps only for quotes no step of their own decided, and the step recorded on each quote.

Hand-written articles and the seed, parsed by the real pipeline. (Which speaker each pattern
gets: test_quotes.py.)
"""

from __future__ import annotations

import pytest

from brief import Article
from brief.briefing import parse_articles
from brief.extract.attribution import sieve
from brief.extract.attribution.context import Attribution, QuoteContext
from brief.extract.attribution.sieve import CHAIN_STEPS, QUOTE_STEPS, STEPS, Step, extract_quotes
from brief.extract.cast import build_cast
from brief.parsed import ParsedArticle
from brief.records import Quote

pytestmark = pytest.mark.model

HEADLINE = "Officials Trade Words Over the Summit\n\n"
TWO_QUOTES = HEADLINE + "“We will not back down,” Jane Holloway said. “Never.”"
RUNS_ON = (
    HEADLINE + "“We will fight on the beaches and in the hills and in the towns,\n\n"
    "“and we will never surrender,” Jane Holloway said."
)


CONVERSATION = (
    HEADLINE + "“It is over,” said Tom Reyes.\n\n“It is not,” said Anna Berg. “We go on.”\n\n“No.”"
)


def parsed(text: str) -> ParsedArticle:
    _, article = next(parse_articles([Article.from_text(text)]))
    return article


def quotes(text: str) -> list[Quote]:
    """The sieve's quotes of an article (quotations only: reported speech is added later)."""
    article = parsed(text)
    return extract_quotes(article, build_cast(article))


def recording(name: str, asked: list[tuple[str, int]], decides: bool) -> Step:
    """A step that notes each quote it is asked about, and decides all of them or none."""

    def decide(context: QuoteContext, decided: object, index: int) -> Attribution | None:
        asked.append((name, index))
        return Attribution(name, None, f"Speaker of {name}") if decides else None

    return Step(name, decide)


def test_steps_have_one_name_each_and_chain_steps_come_last() -> None:
    names = [step.name for step in STEPS]
    assert len(names) == len(set(names))
    assert STEPS == QUOTE_STEPS + CHAIN_STEPS  # the order they run in is the order declared
    assert QUOTE_STEPS and CHAIN_STEPS and all(step.chain for step in CHAIN_STEPS)


def test_the_first_step_that_decides_wins_and_later_steps_are_not_asked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, int]] = []
    steps = tuple(
        recording(name, asked, decides)
        for name, decides in (("undecided", False), ("decides", True), ("too-late", True))
    )
    monkeypatch.setattr(sieve, "QUOTE_STEPS", steps)
    monkeypatch.setattr(sieve, "CHAIN_STEPS", ())
    found = quotes(TWO_QUOTES)
    assert asked == [("undecided", 0), ("decides", 0), ("undecided", 1), ("decides", 1)]
    assert [(q.speaker, q.step) for q in found] == [("Speaker of decides", "decides")] * 2


def test_chain_steps_see_only_quotes_no_step_of_their_own_decided(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[str, int]] = []
    monkeypatch.setattr(sieve, "CHAIN_STEPS", (recording("chain", asked, decides=False),))
    found = quotes(RUNS_ON)
    assert asked == [("chain", 0)]  # the second quote has its own "said"
    assert [(q.speaker, q.step) for q in found] == [
        (None, None),
        ("Jane Holloway", "governing-verb/subject/entity"),
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            "“We will not back down,” Jane Holloway said. “Never.”",
            [
                ("Jane Holloway", "governing-verb/subject/entity"),
                ("Jane Holloway", "previous-sentence/subject/entity"),
            ],
            id="a-verb-then-the-sentence-before",
        ),
        pytest.param("Tom Reyes: “We have no money left.”", [("Tom Reyes", "label")], id="a-label"),
        pytest.param(
            "The plan is good.\n\n“We have no money left for the parks or the pools this "
            "year.”\n\n― Steve Quinlan",
            [("Steve Quinlan", "sign-off")],
            id="a-sign-off",
        ),
        pytest.param(
            "Anna Berg spoke at the rally.\n\n“We will keep going until the end of the year.”",
            [("Anna Berg", "previous-paragraph-verb/subject/entity")],
            id="a-verb-in-the-paragraph-before",
        ),
        pytest.param(
            "“We will fight,” Jane Holloway said. The crowd cheered loudly for a while. "
            "“We will win.”",
            [
                ("Jane Holloway", "governing-verb/subject/entity"),
                ("Jane Holloway", "previous-in-paragraph"),
            ],
            id="the-quote-before-in-the-paragraph",
        ),
        pytest.param(
            "“We will fight.” “We will win.” Jane Holloway said that twice.",
            [
                ("Jane Holloway", "next-in-paragraph"),
                ("Jane Holloway", "next-sentence/subject/entity"),
            ],
            id="the-quote-after-in-the-paragraph",
        ),
        pytest.param(
            CONVERSATION.removeprefix(HEADLINE),
            [
                ("Tom Reyes", "governing-verb/subject/entity"),
                ("Anna Berg", "governing-verb/subject/entity"),
                ("Anna Berg", "previous-sentence/subject/entity"),
                ("Anna Berg", "previous-paragraph"),
            ],
            id="the-last-speaker-of-the-paragraph-before",
        ),
        pytest.param(
            RUNS_ON.removeprefix(HEADLINE),
            [("Jane Holloway", "runs-on"), ("Jane Holloway", "governing-verb/subject/entity")],
            id="a-quote-running-on-into-the-next-paragraph",
        ),
    ],
)
def test_each_quote_records_the_step_that_decided_it(
    body: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.speaker, q.step) for q in quotes(HEADLINE + body)] == expected


@pytest.mark.parametrize("body", ["He paused. “...” Then he left.", "“—”", "“ ”"])
def test_marks_around_no_words_are_no_quote(body: str) -> None:
    assert quotes(HEADLINE + body) == []


@pytest.mark.parametrize(
    "text", ["SEED", RUNS_ON, CONVERSATION], ids=["seed", "runs-on", "conversation"]
)
def test_quotes_are_the_articles_text_and_chains_only_repeat_decided_speakers(
    text: str, seed_text: str
) -> None:
    text = seed_text if text == "SEED" else text
    found = quotes(text)
    assert found
    names = {step.name for step in STEPS}
    chained = {step.name for step in CHAIN_STEPS}
    for quote in found:
        assert text[quote.start : quote.end] == quote.text
        assert quote.step is None or quote.step.split("/")[0] in names
    own = {q.speaker for q in found if q.step and q.step.split("/")[0] not in chained}
    assert {q.speaker for q in found if q.step in chained} <= own


LIVE_BLOG = (
    "Cork Live: Level 3 Arrives\n\n"
    "The county moved to Level 3 at midnight, and many businesses will close for three weeks.\n\n"
    "### Aer Lingus - flights from Cork cancelled\n\n"
    "“It is with a very heavy heart that Aer Lingus cancels its flights from Cork until further "
    "notice.\n\n"
    "“We take consolation from the fact that our aircraft will be ready to fly again.”\n\n"
    "### Opening hours\n\n"
    "“We will be closed from tomorrow,” a sign on the door read.\n"
)


def test_a_heading_that_names_someone_speaks_the_quotes_at_the_head_of_its_section() -> None:
    """A live blog's statement under its author's heading: the heading's first organisation
    (not the place it names after it), and no speaker carried over into the next section."""
    found = quotes(LIVE_BLOG)
    assert [(q.speaker, q.step) for q in found] == [
        ("Aer Lingus", "heading"),
        ("Aer Lingus", "heading"),
        (None, None),
    ]
