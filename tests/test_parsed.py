"""The parsed article the extractors share: its lead."""

from __future__ import annotations

from brief.briefing import parse_articles
from brief.records import Article


def test_the_lead_ends_after_the_body_s_first_sentences() -> None:
    text = (
        "Budget Cuts Bite\n\nThe council cut 40 jobs. Unions objected.\n\nTalks resume on Friday."
    )
    [(_, parsed)] = parse_articles([Article.from_text(text)])
    body = text.index("The council")

    def lead(sentences: int) -> str:
        return parsed.text[body : parsed.lead_end(sentences)].strip()

    assert lead(1) == "The council cut 40 jobs."
    assert lead(2) == "The council cut 40 jobs. Unions objected."
    assert parsed.lead_end(9) == len(text)  # fewer sentences than asked: all of them
