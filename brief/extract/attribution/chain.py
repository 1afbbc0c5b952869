"""Steps for a quote with no reporting clause of its own: it continues a speaker already
speaking. They run after every quote has had the steps that read its own clause, and read only
those decisions (`QuoteContext.decided`).

The quote before in the same paragraph, else (for a paragraph that opens with a mark) the last
attributed quote of the previous paragraph; failing both, a later quote in the same paragraph
(“…” “…,” she added.), or the quote the stretch runs on into.
"""

from __future__ import annotations

from collections.abc import Sequence

from brief.extract.attribution.candidates import Voice
from brief.extract.attribution.context import Attribution, QuoteContext
from brief.extract.cast import Actor
from brief.layout import Block

Decisions = Sequence[Attribution | None]


def previous_in_paragraph(
    context: QuoteContext, decided: Decisions, index: int
) -> Attribution | None:
    """The speaker of the nearest earlier quote in the same paragraph."""
    block_of = context.block_of
    for other in range(index - 1, -1, -1):
        if block_of[other] != block_of[index]:
            return None
        found = decided[other]
        if found is not None and found.speaker is not None:
            if _someone_else_between(context, other, index, found.speaker):
                return None
            return _continued("previous-in-paragraph", found)
    return None


# How many paragraphs back a paragraph that opens with a quote looks for the speaker it
# continues: the one before, or one more when a paragraph of the writer's stands between.
PARAGRAPHS_BACK = 2


def previous_paragraph(context: QuoteContext, decided: Decisions, index: int) -> Attribution | None:
    """For a paragraph that opens with the quote, the last attributed quote of the paragraph
    right before it, or of the one before that when no one else has become the subject of a
    clause in between; never across a heading (a live blog's next entry is another's)."""
    if not context.opens_block(index):
        return None
    nearest = context.block_of[index] - PARAGRAPHS_BACK
    section = _section(context, index)
    for other in range(index - 1, -1, -1):
        if context.block_of[other] < nearest or _section(context, other) != section:
            return None
        found = decided[other]
        if context.block_of[other] < context.block_of[index] and found is not None:
            if found.speaker is None:
                return None
            if _someone_else_between(context, other, index, found.speaker):
                return None
            return _continued("previous-paragraph", found)
    return None


# What a heading may name as the speaker of the quotes under it: a person or an organisation
# first, else a place or a group (the cast types a pool, a pub or a visitor centre as it can).
HEADING_TYPES = (("person", "organization"), ("place", "group"))


def under_heading(context: QuoteContext, decided: Decisions, index: int) -> Attribution | None:
    """A quote with no speaker of its own at the head of a section whose heading names someone:
    a live blog's "### Mallow Swimming Pool - closed 'until further notice'" over the pool's
    statement. Nobody may be named in the section before the quote (outside quotes), so the
    heading is the only source the reader has."""
    article = context.article.article
    number = _section(context, index)
    if number is None:
        return None
    section = article.layout.sections[number]
    if section.heading is None or not section.blocks:
        return None
    scene = context.article.scene
    opening = context.stretches[index].opening
    every = tuple(kind for kinds in HEADING_TYPES for kind in kinds)
    if scene.named_between(section.blocks[0].start, opening, *every):
        return None
    named = _named_in_heading(context, section.heading)
    if named is None:
        return None
    own = decided[index]
    cue = own.cue if own is not None else None
    content = own.content if own is not None else None
    return Attribution("heading", cue, named, True, content, Voice(section.heading.start, named))


def _named_in_heading(context: QuoteContext, heading: Block) -> str | None:
    """The first person or organisation a heading names (else the first place or group) that
    the article also mentions outside it."""
    scene = context.article.scene
    for kinds in HEADING_TYPES:
        found = _confirmed(scene.named_between(heading.start, heading.end, *kinds), heading)
        if found:
            return found[0].name
    return None


def _confirmed(actors: list[Actor], heading: Block) -> list[Actor]:
    """The actors the article also mentions outside the heading (a statement under it names
    its author: "… here at Mallow Swimming Pool"); a heading word in capitals ("ABDOMINALES")
    that the body never uses is no one."""
    return [
        actor
        for actor in actors
        if any(not heading.start <= m.start < heading.end for m in actor.mentions)
    ]


def _section(context: QuoteContext, index: int) -> int | None:
    """The index of the section quote `index` stands in."""
    located = context.article.article.block_at(context.stretches[index].opening)
    return located[0] if located is not None else None


def next_in_paragraph(context: QuoteContext, decided: Decisions, index: int) -> Attribution | None:
    """A later quote in the same paragraph with a speaker of its own (“…” “…,” she added.)."""
    block_of = context.block_of
    if is_question(context, index):
        return None  # “Are you leaving?” “No,” she said: the question is not hers
    for other in range(index + 1, len(decided)):
        if block_of[other] != block_of[index]:
            return None
        found = decided[other]
        if found is not None and found.own and found.speaker is not None:
            return _continued("next-in-paragraph", found)
    return None


def runs_on(context: QuoteContext, decided: Decisions, index: int) -> Attribution | None:
    """A quote that runs on into the next paragraphs takes the attribution found further on."""
    stretches = context.stretches
    if not stretches[index].continued:
        return None
    for other in range(index + 1, len(decided)):
        found = decided[other]
        if found is not None and found.speaker is not None:
            return _continued("runs-on", found)
        if not stretches[other].continued:
            return None
    return None


# “Do you regret it?” “Not for a second,” she said: a question this close before another quote is
# an exchange, and the question is not the answer's speaker's.
EXCHANGE_GAP = 3


def question_before_answer(context: QuoteContext, index: int) -> Attribution | None:
    """A question with no clause of its own, right before another quote in its paragraph: the
    interviewer's, who is not named (step "question-before-answer", no speaker)."""
    marks = context.stretches[index]
    if not is_question(context, index) or index + 1 >= len(context.stretches):
        return None
    following = context.stretches[index + 1]
    close = following.opening - (marks.end + 1) <= EXCHANGE_GAP
    if context.block_of[index + 1] != context.block_of[index] or not close:
        return None
    return Attribution("question-before-answer", None, None)


def is_question(context: QuoteContext, index: int) -> bool:
    """The quote ends in a question mark."""
    marks = context.stretches[index]
    return context.text[marks.start : marks.end].rstrip(" ,").endswith("?")


def _someone_else_between(context: QuoteContext, donor: int, index: int, speaker: str) -> bool:
    """A person other than the speaker is the subject of a clause between the two quotes: a
    newly introduced speaker breaks the chain (“…,” Jones said. Smith disagreed. “…”)."""
    start = context.stretches[donor].end
    end = context.stretches[index].opening
    return any(name != speaker for name in context.article.scene.subjects_between(start, end))


def _continued(step: str, donor: Attribution) -> Attribution:
    return Attribution(step, donor.cue, donor.speaker, own=False)


def continues_previous(context: QuoteContext, decided: Decisions, index: int) -> Attribution | None:
    """The quote that ran on from the previous paragraph, whatever it found."""
    if index == 0 or not context.stretches[index - 1].continued:
        return None
    if context.block_of[index - 1] != context.block_of[index] - 1:
        return None
    found = decided[index - 1]
    return Attribution("continues-previous", found.cue, found.speaker, own=False) if found else None
