"""How central an actor is to the story, from 0 to 1.

An actor's raw score adds up what a reader notices: every name mention (1 each) and every role
or pronoun that stands for it (`REFERENCE_WEIGHT` each), being in the title (`TITLE_WEIGHT`) and
in the lede, the body's first sentence (`LEDE_WEIGHT`; an article whose paragraph breaks are
lost has its whole text as a first paragraph, so the lede, not the paragraph, is what the news
puts first), being a speaker (`SPEAKER_WEIGHT`), and an early first mention (up to
`POSITION_WEIGHT`). Being the subject of a clause is no evidence of its own: a third of all actors
are one somewhere, and on the CNN/DailyMail highlights and the BBC reference summaries the
names ranked better on both halves of each without it (bench/results/entities_numbers.md). The
cast divides each score by the highest, so the story's main actor has salience 1. Key sentences are chosen after
the cast is built (the summarizer reads the quotes, which read the cast): `with_key_sentences`
then adds `KEY_SHARE` to every actor named in one and scales again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from brief.extract.cast.model import Actor, Cast, Mention
from brief.extract.cast.names import NameMention, in_blocks
from brief.parsed import ParsedArticle

REFERENCE_WEIGHT = 0.5
TITLE_WEIGHT = 2.0
LEDE_WEIGHT = 1.0
LEDE_SENTENCES = 1
SPEAKER_WEIGHT = 1.0
POSITION_WEIGHT = 0.5
KEY_SHARE = 0.25


def lede(article: ParsedArticle) -> tuple[int, int]:
    """Where the lede, the body's first sentence, starts and ends: found once per article."""
    body = article.layout.body
    return (body[0][1].start if body else 0), article.lead_end(LEDE_SENTENCES)


def raw_salience(
    article: ParsedArticle,
    names: Sequence[NameMention],
    references: Sequence[Mention],
    lede: tuple[int, int],
) -> float:
    """An actor's raw score from its name mentions, its references and the article's `lede`."""
    title = [article.layout.title] if article.layout.title is not None else []
    lede_start, lede_end = lede
    starts = [mention.start for mention in names] + [mention.start for mention in references]
    return (
        len(names)
        + REFERENCE_WEIGHT * len(references)
        + TITLE_WEIGHT * any(in_blocks(start, title) for start in starts)
        + LEDE_WEIGHT * any(lede_start <= start < lede_end for start in starts)
        + SPEAKER_WEIGHT * any(m.spoke for m in names)
        + POSITION_WEIGHT * (1 - min(starts) / max(len(article.text), 1))
    )


def ranked(scored: Sequence[tuple[float, Actor]]) -> Cast:
    """The cast of scored actors: most salient first (then by line, then name), each score
    divided by the highest."""
    top = max((score for score, _ in scored), default=1.0) or 1.0
    order = sorted(scored, key=lambda item: (-item[0], item[1].line, item[1].name))
    return Cast(tuple(replace(actor, salience=round(score / top, 3)) for score, actor in order))


def with_key_sentences(cast: Cast, spans: Sequence[tuple[int, int]]) -> Cast:
    """The cast with `KEY_SHARE` added to every actor mentioned in a key sentence (`spans`:
    their offsets), ranked again."""
    return ranked(
        [
            (actor.salience + KEY_SHARE * _in_any(actor.mentions, spans), actor)
            for actor in cast.actors
        ]
    )


def _in_any(mentions: Sequence[Mention], spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= m.start < end for m in mentions for start, end in spans)
