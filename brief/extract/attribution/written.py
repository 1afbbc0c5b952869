"""Steps that read the speaker's name written right next to the quote, without the parse: a
sign-off after it, a label or an introduction with a colon before it, or someone's claim or
words just before it."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from brief.extract.attribution.candidates import Voice
from brief.extract.attribution.context import Attribution, QuoteContext
from brief.extract.attribution.kinds import is_partial
from brief.extract.lexicon import SPEECH_NOUNS, is_role_noun
from brief.quote_marks import DOUBLE_MARKS

if TYPE_CHECKING:
    from spacy.tokens import Token

# A sign-off after the quote: “…” ― Steve Quinlan / a line "- Bernie Sanders." / "-President
# Obama, tweeting after the speech". A dash, then capitalised words, then the end of the line
# or a comma.
SIGN_OFF = re.compile(
    r"\s{0,4}[―—–-]+[^\S\n]*((?:[A-Z][\w.'’-]*[^\S\n]+){0,5}[A-Z][\w'’-]*)\.?[^\S\n]*(?:,|\n|$)"
)
# Someone's speech noun just before the quote: "Trump's claim that “…”", "Clinton's response
# was: “…”", "in Forbes' words, “…”".
POSSESSED_SPEECH = re.compile(
    r"(?P<name>[A-Z][\w.'’-]*(?:[^\S\n]+[A-Z][\w.'’-]*){0,3})['’]s?[^\S\n]+"
    r"(?:[\w-]+[^\S\n]+){0,3}?(?:" + "|".join(sorted(SPEECH_NOUNS)) + r")"
    r"(?:[^\S\n]*[,:]|[^\S\n]+(?:was|is)[^\S\n]*:|[^\S\n]+(?:was[^\S\n]+)?that"
    r"(?:[^\S\n]+[^\s" + re.escape(DOUBLE_MARKS) + r",;:]+){0,8})[^\S\n]*$"
)
# "HuffPollster: “…”", "More from Jones:", "Dr. Ward stated:" — how far before a colon that
# introduces a quote its speaker may be named.
COLON_REACH = 60
# Labels of an interview's questions and answers ("Q: “…”"), which name no one.
QUESTION_LABELS = frozenset({"q", "question"})
ANSWER_LABELS = frozenset({"a", "answer"})
SCORELINE = re.compile(r"\b\d+[^\S\n]*[-–][^\S\n]*\d+\b")
_CLAUSE_BREAK = re.compile(r"(?:[.;!?]\s|\s[-–—―]\s|\n)")
_NAME_BEFORE_COLON = re.compile(r"((?:[A-Z][\w.'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)[ \t]*:\s*$")


def sign_off(context: QuoteContext, index: int) -> Attribution | None:
    """A quote signed off with a dash and a name right after it, on its line or the next. A
    phrase quoted inside a sentence is not signed: a dash and a name after it close the
    paragraph ("… insisted his party was “still the No. 1 force.”--Kim Hjelmgaard", a
    byline)."""
    text, marks = context.text, context.stretches[index]
    if is_partial(text, marks):
        return None
    after = marks.end + 1 if marks.closed else marks.end
    block = context.block_of[index]
    limit = (
        context.blocks[block + 1].end
        if block + 1 < len(context.blocks)
        else context.block(index).end
    )
    found = SIGN_OFF.match(text, after, limit)
    if found is None:
        return None
    return _written(context, "sign-off", *found.span(1), found.group(1))


def trailing_name(context: QuoteContext, index: int) -> Attribution | None:
    """A quote followed in its sentence by a comma and a person's name, with no verb: the
    press release's “…,” Augusto Reyes, Director of the Caribbean Air and Marine Branch."""
    text, marks = context.text, context.stretches[index]
    if not marks.closed or is_partial(text, marks):
        return None
    article = context.article
    after = marks.end + 1
    inside = text[marks.start : marks.end].rstrip()
    if not (inside.endswith(",") or text[after : after + 3].lstrip(" ").startswith(",")):
        return None  # “…,” Name / “…”, Name
    _, last = context.tokens(index)
    sentence = article.doc[article.window(last, last).stop - 1].sent
    following = [token for token in sentence if token.i > last]
    rest = [token for token in following if not article.quoted[token.i]]
    if not rest or len(rest) < len(following) - 1 or any(t.pos_ in ("VERB", "AUX") for t in rest):
        return None  # nothing but quoted words, another quote, or a clause, after it
    end = rest[-1].idx + len(rest[-1])
    found = article.scene.mention_in(after, end, "person") or _leading_name(context, rest)
    if found is None:
        return None
    return Attribution("trailing-name", None, found, spoke=Voice(after, found))


def _leading_name(context: QuoteContext, rest: list[Token]) -> str | None:
    """The proper nouns right after the comma, two or more and not a role ("Augusto Reyes"),
    as the fullest name the article knows."""
    start = next((n for n, token in enumerate(rest) if not token.is_punct), len(rest))
    words = list(itertools.takewhile(lambda token: token.pos_ == "PROPN", rest[start:]))
    if len(words) < 2 or is_role_noun(words[0].lower_):
        return None
    return context.article.scene.known_as(" ".join(token.text for token in words))


def label(context: QuoteContext, index: int) -> Attribution | None:
    """A quote labelled with its speaker's name and a colon, and nothing else in its clause:
    "Pollsters agree - Carl Bialik: “…”", "CLINTON: “…”" (the name beats any verb before)."""
    opening = context.stretches[index].opening
    found = _colon_clause(context.text, context.block(index).start, opening)
    if found is None:
        return None
    start, clause = found
    bare = _NAME_BEFORE_COLON.fullmatch(clause.strip() + " ") if clause.strip() else None
    if bare is None:
        return None
    if bare.group(1).strip().lower() in QUESTION_LABELS:
        return Attribution("question", None, None)  # the interviewer's question: no one's quote
    return _written(context, "label", start, opening, bare.group(1))


def possessed(context: QuoteContext, index: int) -> tuple[int, int, str] | None:
    """Where someone's claim, response or words right before the quote name its speaker:
    "Politifact seized on Trump's claim that there have been “…”" is Trump's, "Clinton's
    response was: “…”" and "in Forbes' words, “…”" theirs. A quote right after the noun is
    what someone says about it ("Ginsburg's comments “show bias”"), not its words."""
    opening = context.stretches[index].opening
    floor = context.block(index).start
    before = context.text[max(floor, opening - 2 * COLON_REACH) : opening]
    found = POSSESSED_SPEECH.search(before)
    if found is None:
        return None
    offset = opening - len(before)
    start, end = found.span("name")
    return offset + start, offset + end, found.group("name")


def colon_name(context: QuoteContext, index: int) -> Attribution | None:
    """No reporting verb found: a name just before a colon that introduces the quote, in its
    own paragraph ("HuffPollster: “…”", "CLINTON: “…”") or ending the one before ("Stated
    Stone:")."""
    end = context.stretches[index].opening
    found = _colon_clause(context.text, context.block(index).start, end)
    intro = context.intros[context.block_of[index]]
    if found is None and intro is not None:
        end = intro.end
        found = _colon_clause(context.text, intro.start, end)
    if found is None:
        return None
    start, clause = found
    if SCORELINE.search(clause):
        return None  # "Arsenal 2-1 Chelsea:" is a result, not a speaker
    bare = _NAME_BEFORE_COLON.search(clause)
    if context.article.scene.named_in(start, end) is None and bare is None:
        return None
    written = bare.group(1).strip() if bare else ""
    if written.lower() in QUESTION_LABELS | ANSWER_LABELS:
        return None
    return _written(context, "colon-name", start, end, written)


def written_speaker(context: QuoteContext, start: int, end: int, written: str) -> str | None:
    """The speaker a name written at `start:end` stands for: the entity named there, else the
    words as the fullest known name (None when they are no name: a headline, a score)."""
    scene = context.article.scene
    return scene.named_in(start, end) or scene.known_as(written)


def _written(
    context: QuoteContext, step: str, start: int, end: int, written: str
) -> Attribution | None:
    speaker = written_speaker(context, start, end, written)
    if speaker is None:
        return None
    return Attribution(step, None, speaker, spoke=Voice(start, speaker))


def _colon_clause(text: str, floor: int, end: int) -> tuple[int, str] | None:
    """The clause ending in a colon just before `end` (within `COLON_REACH`, not before
    `floor`), with its start offset; None when the text before `end` ends in no colon."""
    before = text[max(floor, end - COLON_REACH) : end]
    if not before.rstrip().endswith(":"):
        return None
    clause = _CLAUSE_BREAK.split(before)[-1]
    return end - len(before) + before.rfind(clause), clause
