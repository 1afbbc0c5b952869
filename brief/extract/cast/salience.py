"""How central an actor is to the story, from 0 to 1.

Mentions, presence in the title and the lead, speaking, and an early first mention make a raw
score; the cast divides each by the highest, so the story's main actor has salience 1.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.extract.cast.names import NameMention, in_blocks
from brief.parsed import ParsedArticle

TITLE_WEIGHT = 2.0
LEAD_WEIGHT = 1.0
SPEAKER_WEIGHT = 1.0
POSITION_WEIGHT = 0.5


def raw_salience(article: ParsedArticle, group: Sequence[NameMention]) -> float:
    """Mentions, plus presence in the title and the lead, speaking, and an early first mention."""
    layout = article.layout
    title = [layout.title] if layout.title is not None else []
    lead = [layout.body[0][1]] if layout.body else []
    first = min(mention.start for mention in group)
    return (
        len(group)
        + TITLE_WEIGHT * any(in_blocks(m.start, title) for m in group)
        + LEAD_WEIGHT * any(in_blocks(m.start, lead) for m in group)
        + SPEAKER_WEIGHT * any(m.spoke for m in group)
        + POSITION_WEIGHT * (1 - first / max(len(article.text), 1))
    )
