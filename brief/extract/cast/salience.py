"""How central an actor is to the story, from 0 to 1.

An actor's raw score adds up what a reader notices: every name mention (1 each) and every role
or pronoun that stands for it (`REFERENCE_WEIGHT` each), being in the title (`TITLE_WEIGHT`) and
in the lead (`LEAD_WEIGHT`), being the subject of a clause (`SUBJECT_WEIGHT`) or a speaker
(`SPEAKER_WEIGHT`), and an early first mention (up to `POSITION_WEIGHT`). The cast divides each
score by the highest, so the story's main actor has salience 1. Key sentences are chosen after
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
LEAD_WEIGHT = 1.0
SUBJECT_WEIGHT = 1.0
SPEAKER_WEIGHT = 1.0
POSITION_WEIGHT = 0.5
KEY_SHARE = 0.25


def raw_salience(
    article: ParsedArticle,
    names: Sequence[NameMention],
    references: Sequence[Mention],
    *,
    subject: bool,
) -> float:
    """An actor's raw score from its name mentions, its references, and whether one of its
    mentions is a clause's subject."""
    layout = article.layout
    title = [layout.title] if layout.title is not None else []
    lead = [layout.body[0][1]] if layout.body else []
    starts = [mention.start for mention in names] + [mention.start for mention in references]
    return (
        len(names)
        + REFERENCE_WEIGHT * len(references)
        + TITLE_WEIGHT * any(in_blocks(start, title) for start in starts)
        + LEAD_WEIGHT * any(in_blocks(start, lead) for start in starts)
        + SUBJECT_WEIGHT * subject
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
