"""The cast of hand-written articles, parsed with the real model once per text."""

from __future__ import annotations

from functools import cache

from brief.briefing import parse_articles
from brief.extract.cast import Cast, build_cast
from brief.parsed import ParsedArticle
from brief.records import Article


@cache
def parsed_of(text: str) -> ParsedArticle:
    """A hand-written article, parsed with the real model."""
    [(_, parsed)] = parse_articles([Article.from_text(text)])
    return parsed


def cast_of(text: str) -> Cast:
    """The cast of a hand-written article."""
    return build_cast(parsed_of(text))
