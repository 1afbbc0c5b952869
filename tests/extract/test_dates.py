"""Dates: years, spans, calendar dates and centuries leave the numbers for the brief's `dates`,
each with its normalised value; a year that names a work is neither."""

from __future__ import annotations

import pytest

from brief import Brief
from brief.briefing import Options, brief_articles
from brief.extract.number_parsing import scan
from brief.records import Article, Date

# (sentence, the date's text, its normalised value). The first twelve were years in the number
# tables (tuned, then held out) before dates left the numbers.
DATE_CASES: list[tuple[str, str, str | None]] = [
    ("The bank will cut 1,200 jobs by 2006.", "2006", "2006"),
    ("The fund lost almost half its value in 2002.", "2002", "2002"),
    ("Mr Smith, who was first elected in 1997, resigned.", "1997", "1997"),
    ("Wales won the Six Nations title in 2005.", "2005", "2005"),
    ("The songs of the 80s still sell well.", "80s", "198X"),
    ("The 1701 Act of Settlement governs the succession.", "1701", "1701"),
    ("Meyer was born on 27 October, 1920.", "27 October, 1920", "1920-10-27"),
    ("He left his seat in December 1996.", "December 1996", "1996-12"),
    ("He won four titles between 1965-71 with Ajax.", "1965-71", "1965/1971"),
    ("The glacier has shrunk by a quarter since the 1970s.", "1970s", "197X"),
    # a year after a possessive, even before a plural noun (issue 28: years among the figures)
    ("The company will give the details of its 2004 results in March.", "2004", "2004"),
    ("Aid budgets are half their 1960 levels, the charity says.", "1960", "1960"),
    ("The government plans to build 200,000 homes by 2016.", "2016", "2016"),
    ("Emissions must fall by 80% by 2050.", "2050", "2050"),
    # issue 26: the date parts a reader found among the numbers
    ("The team won in 2014 and again in the 2011-12 season.", "2014", "2014"),
    ("The team won in 2014 and again in the 2011-12 season.", "2011-12", "2011/2012"),
    ("The 18th-century house was rebuilt on March 3, 2019.", "18th-century", "17XX"),
    ("The 18th-century house was rebuilt on March 3, 2019.", "March 3, 2019", "2019-03-03"),
    ("Prices doubled between the 18th and 19th centuries.", "18th and 19th centuries", "17XX/18XX"),
    ("The hearing is set for Feb. 9 in Washington.", "Feb. 9", "--02-09"),
    ("The vote on 5 May was close.", "5 May", "--05-05"),
    ("The rules will be in place until the 27th of October.", "27th of October", "--10-27"),
    (
        "The results for the three months to 31 December 2004 were strong.",
        "31 December 2004",
        "2004-12-31",
    ),
    ("Sales fell in March 2014, the firm said.", "March 2014", "2014-03"),
    ("The club won the league in the 2019/20 season.", "2019/20", "2019/2020"),
    (
        "The festival runs from 3-5 March 2020 in the park.",
        "3-5 March 2020",
        "2020-03-03/2020-03-05",
    ),
    ("Their songs of the 1800s are lost.", "1800s", "18XX"),
    ("The resort was far bigger in the 2000's, he said.", "2000's", "200X"),
    # fresh (written after the rules, scored once: all right at the first read)
    ("The 2018-19 budget was cut.", "2018-19", "2018/2019"),
    ("The bridge, built in the 19th century, was closed.", "19th century", "18XX"),
    ("Polls close on November 8, 2016, at 8pm.", "November 8, 2016", "2016-11-08"),
    ("The deal was signed on 14 July.", "14 July", "--07-14"),
    # a reader's check of 12 development pages
    ("Activate the card by 12/31/21.", "12/31/21", "2021-12-31"),
    ("Cases rose in the week to 28th September, the agency said.", "28th September", "--09-28"),
    ("It beat the previous record-holder, 2016, by a wide margin.", "2016", "2016"),
    # a time reckoned from another says when, with no value of its own
    ("She began the plan 20 months ago, she said.", "20 months ago", None),
    ("He was named manager eight weeks after the game.", "eight weeks after", None),
    ("The loan is due on 31/12/2021, the bank said.", "31/12/2021", "2021-12-31"),
]


@pytest.fixture(scope="module")
def briefs() -> dict[str, Brief]:
    sentences = sorted({sentence for sentence, _, _ in DATE_CASES})
    articles = [Article.from_text(sentence) for sentence in sentences]
    return dict(zip(sentences, brief_articles(articles, Options()), strict=True))


def find_date(brief: Brief, text: str) -> Date | None:
    """The date the brief reports with exactly this text."""
    return next((date for date in brief.dates if date.text == text), None)


@pytest.mark.parametrize(("sentence", "text", "value"), DATE_CASES)
def test_date_reading(
    briefs: dict[str, Brief], sentence: str, text: str, value: str | None
) -> None:
    brief = briefs[sentence]
    date = find_date(brief, text)
    assert date is not None, f"{text!r} not among {[d.text for d in brief.dates]}"
    assert date.value == value
    assert not [
        number for number in brief.numbers if number.start < date.end and date.start < number.end
    ]


@pytest.mark.parametrize(
    "phrase",
    [
        "In March 300 people were arrested.",  # no day of March: 300 people
        "The may 5 be late.",  # a lower-case "may" is a verb
        "It cost 2,014 pounds.",  # thousands separators: an amount
        "They hired 2000 workers.",  # a year does not count a plural noun
        "It came three months later than planned.",  # a delay: how long, not when
        "He was jailed for two years after a trial.",  # a length, even before "after"
    ],
)
def test_numbers_that_are_not_dates(phrase: str) -> None:
    assert not [q for q in scan(phrase) if q.kind in {"year", "date"}]


def test_a_date_in_figures_of_unknown_order_has_no_value() -> None:
    (quantity,) = scan("It opens on 4/5/21 in town.")
    assert (quantity.kind, quantity.date) == ("date", None)


def test_a_date_repeated_in_the_article_is_listed_once_from_the_body() -> None:
    text = "Budget set for 16 March 2005\n\nThe Budget will be on 16 March 2005, he said.\n"
    (brief,) = brief_articles([Article.from_text(text)], Options())
    assert [(date.value, date.line) for date in brief.dates] == [("2005-03-16", 3)]


def test_dates_carry_their_sentence_line_and_offsets() -> None:
    text = "Sales fell.\n\nThe plant closed in 2014 after a fire.\n"
    (brief,) = brief_articles([Article.from_text(text)], Options())
    (date,) = brief.dates
    assert (date.text, date.line, date.sentence) == (
        "2014",
        3,
        "The plant closed in 2014 after a fire.",
    )
    assert text[date.start : date.end] == "2014"
