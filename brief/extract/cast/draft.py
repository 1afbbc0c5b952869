"""An actor while the cast is being built: its name mentions and what its names alone say."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.cast.names import NameMention, name_root
from brief.parsed import ParsedArticle
from brief.records import EntityType

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@dataclass(frozen=True, slots=True)
class Draft:
    """One actor before its references are found: its fullest `name`, its name mentions in text
    order, and the type and model label its names alone give."""

    name: str
    names: tuple[NameMention, ...]
    type: EntityType
    label: str


def mention_tokens(article: ParsedArticle, mention: NameMention) -> Span:
    """The tokens of a name mention."""
    return article.doc[article.token_at(mention.start) : article.token_at(mention.end - 1) + 1]


def mention_root(article: ParsedArticle, mention: NameMention) -> Token:
    """The token that attaches a name mention to its sentence."""
    return name_root(list(mention_tokens(article, mention)))
