"""The named rules of what nobody says (`kinds.NOT_SPEECH`) and of claims that are not claims
(`reported.NOT_CLAIMS`): each rule has one name, and `unspoken` names the one that holds.
Which quotes each rule removes on real text: test_quotes.py and test_reported.py."""

from __future__ import annotations

import pytest

from brief import Article
from brief.briefing import parse_articles
from brief.extract.attribution.context import Attribution
from brief.extract.attribution.kinds import NOT_SPEECH, Stretch, quote_kind, unspoken
from brief.extract.reported import NOT_CLAIMS, unclaimed
from brief.quote_marks import quoted_stretches


def test_every_rule_has_one_name() -> None:
    for rules in (NOT_SPEECH, NOT_CLAIMS):
        names = [name for name, _ in rules]
        assert len(names) == len(set(names))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("He spoke on NBC’s “Today” on Monday.", "work-title"),
        ("Users follow “@newsdesk” for updates on the storm tonight.", "handle"),
        ("Senator Ann Lowe attacked the so-called “fairness doctrine” again.", "so-called"),
        ("Lee “Faker” Sang-hyeok won the final.", "nickname"),
        ("Viewers loved “Face the Nation” this week.", "title-case"),
        ("Ann Lowe said the plan “will not survive the winter” at all.", None),
        (
            "The villages kept their “common pastures” — that is, land no family could fence.",
            "glossed",
        ),
        ("The tool uses a shortcut from chess. This “shortcut” halved the search.", "echoed"),
        ("Critics fear the shortcut may fail. They said this “shortcut” would fail.", None),
    ],
)
def test_unspoken_names_the_rule_that_holds(text: str, rule: str | None) -> None:
    _, parsed = next(parse_articles([Article.from_text(text)]))
    (marks,) = quoted_stretches(parsed.text, [block for _, block in parsed.layout.body])
    quoted = parsed.original(marks.start, marks.end).strip(" ,")
    first, last = parsed.token_at(marks.start), parsed.token_at(marks.end - 1)
    kind = quote_kind(parsed.text, marks, quoted)
    said = Attribution("governing-verb/subject/entity", "said", "Ann Lowe")  # someone speaks
    stretch = Stretch(parsed.text, marks, quoted, kind, said, parsed.doc, first, last)
    assert unspoken(stretch) == rule
    if rule is None:  # with no one saying it, a short stretch is said by no one
        bare = Stretch(parsed.text, marks, "a word", kind, None, parsed.doc, first, last)
        assert unspoken(bare) == "unsaid"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "verb", "rule"),
    [
        ("Police have not disclosed the names.", "disclosed", "negated"),
        ("Reyes declined to say whether he would run.", "say", "wished"),
        ("Reyes continued to insist that he would run.", "insist", None),
        ("Reyes stood up at the meeting to say that he would run.", "say", None),
    ],
)
def test_unclaimed_names_the_rule_that_holds(text: str, verb: str, rule: str | None) -> None:
    _, parsed = next(parse_articles([Article.from_text(text)]))
    (token,) = [token for token in parsed.doc if token.text == verb]
    assert unclaimed(token) == rule
