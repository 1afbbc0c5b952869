"""The attribution sieve: every quote goes through one ordered tuple of named steps, and the
first step that decides, wins.

`QUOTE_STEPS` read the quote's own surroundings (quote → mention → speaker); they run over the
quotes in text order, so a "he said" can continue the speaker decided last. `CHAIN_STEPS` then
give a quote that no step decided the speaker of its section's heading (`heading`, also for a
cue that named no one: "They said:") or of a quote near it. `STEPS` is both, in order:
the quote records the name of the step that decided it (`Quote.step`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from brief.extract.attribution import chain, cues, written
from brief.extract.attribution.candidates import REACH, Voice, explained
from brief.extract.attribution.context import ArticleContext, Attribution, QuoteContext
from brief.extract.attribution.kinds import Stretch, quote_kind, unspoken
from brief.extract.attribution.parse import is_reporting
from brief.extract.attribution.speaker import speaker_for
from brief.extract.cast import Cast
from brief.parsed import ParsedArticle
from brief.quote_marks import Marks, quoted_stretches
from brief.records import Quote

if TYPE_CHECKING:
    from spacy.tokens import Token

# Every step: the quotes, the decisions so far (one per quote, None where no step decided yet),
# the quote's index; it returns the attribution, or None to leave the quote to the next step.
Decide = Callable[[QuoteContext, chain.Decisions, int], Attribution | None]
CueFinder = Callable[[QuoteContext, int], "Token | None"]


@dataclass(frozen=True, slots=True)
class Step:
    """One named step of the sieve. A `chain` step continues another quote's speaker, so it
    runs once every quote has had the steps before it; the others read only the quote's own
    surroundings and run in text order."""

    name: str
    decide: Decide
    chain: bool = False


def _own(name: str, read: Callable[[QuoteContext, int], Attribution | None]) -> Step:
    """A step that reads only the quote's own surroundings."""
    return Step(name, lambda context, _decided, index: read(context, index))


def _cue_step(name: str, finder: CueFinder, nameless: bool = True) -> Step:
    """A step that finds the quote's cue with `finder` and reads the speaker from it. A step
    that reads a sentence beside the quote (`nameless` False) decides only when that sentence
    names someone: "In short, it would see …" before a paragraph's quote names no speaker, and
    the quote is left to the steps that continue one."""

    def decide(context: QuoteContext, decided: chain.Decisions, index: int) -> Attribution | None:
        cue = finder(context, index)
        if cue is None:
            return None
        found = _from_cue(context, index, name, cue, voices_before(context, decided, index))
        return found if nameless or found.speaker is not None else None

    return Step(name, decide)


def voices_before(context: QuoteContext, decided: chain.Decisions, index: int) -> list[Voice]:
    """Who spoke in the quotes decided before quote `index` and within a pronoun's reach of
    it, in text order."""
    opening = context.stretches[index].opening
    voices = []
    for other in range(index - 1, -1, -1):
        if opening - context.stretches[other].end > REACH:
            break
        found = decided[other]
        if found is not None and found.spoke is not None:
            voices.append(found.spoke)
    return voices[::-1]


def _from_cue(
    context: QuoteContext, index: int, step: str, cue: Token, voices: list[Voice]
) -> Attribution:
    """The attribution a cue gives: its speaker, how it was found, and the reported clause."""
    marks = context.stretches[index]
    first, last = context.tokens(index)
    block = context.block(index)
    said = speaker_for(context.article, cue, (marks.opening, marks.end + 1), voices)
    content = cues.reported_clause(context.article, cue, first, block)
    if content is None and said.cue is not cue:
        content = cues.reported_clause(context.article, said.cue, first, block)
    # A verb that governs the quote in the parse without reporting speech ("watched “Parasite”")
    # says nothing; an introduction ("listed his demands:") does introduce speech.
    says = step != "governing-verb" or is_reporting(said.cue) or said.cue.lower_ == "according"
    shown = said.cue
    nearer = cues.nearer_report(context.article, said.cue, first, last)
    if nearer is not None:  # the speaker stays the cue's: the nearer verb shares its subject
        shown = nearer
        content = cues.clause_after(nearer, max(marks.end + 1, content[1] if content else 0))
    return Attribution(
        f"{step}/{said.step}",
        shown.text,
        said.speaker,
        True,
        content,
        said.voice,
        says,
        said.candidates,
    )


_CUE_STEPS = (
    _cue_step("governing-verb", cues.governing_verb),
    _cue_step("verb-after-quote", cues.verb_right_after),
    _cue_step("reporting-verb", cues.reporting_verb_in_sentence),
    _cue_step("next-sentence", cues.next_sentence, nameless=False),
    _cue_step("colon-introduction", cues.colon_introduction),
    _cue_step("dash-introduction", cues.dash_introduction),
    _cue_step("previous-sentence", cues.previous_sentence, nameless=False),
    _cue_step("previous-paragraph-verb", cues.previous_paragraph, nameless=False),
)


def _possessed(context: QuoteContext, decided: chain.Decisions, index: int) -> Attribution | None:
    """Someone's claim or words right before the quote name the speaker; the cue and clause are
    the ones the cue steps find."""
    found = written.possessed(context, index)
    if found is None:
        return None
    start, end, name = found
    speaker = written.written_speaker(context, start, end, name)
    if speaker is None:
        return None
    clause = _first_decision(context, decided, index, _CUE_STEPS)
    cue, content = (clause.cue, clause.content) if clause is not None else (None, None)
    return Attribution("possessed", cue, speaker, True, content, Voice(start, speaker))


STEPS: tuple[Step, ...] = (
    _own("sign-off", written.sign_off),
    _own("trailing-name", written.trailing_name),
    _own("label", written.label),
    Step("possessed", _possessed),
    *_CUE_STEPS[:4],  # in the quote's own sentence, or the short one after it
    _own("question-before-answer", chain.question_before_answer),
    *_CUE_STEPS[4:],  # introductions and sentences before it
    _own("colon-name", written.colon_name),
    Step("heading", chain.under_heading, chain=True),
    Step("previous-in-paragraph", chain.previous_in_paragraph, chain=True),
    Step("previous-paragraph", chain.previous_paragraph, chain=True),
    Step("next-in-paragraph", chain.next_in_paragraph, chain=True),
    Step("runs-on", chain.runs_on, chain=True),
    Step("continues-previous", chain.continues_previous, chain=True),
)
QUOTE_STEPS = tuple(step for step in STEPS if not step.chain)
CHAIN_STEPS = tuple(step for step in STEPS if step.chain)


def extract_quotes(article: ParsedArticle, cast: Cast) -> list[Quote]:
    """Every quotation in the article's body, with its speaker when the article names one
    (an actor of the `cast`, or a group or role as the article words it)."""
    blocks = [block for _, block in article.layout.body]
    stretches = [m for m in quoted_stretches(article.text, blocks) if _has_words(article.text, m)]
    if not stretches or not len(article.doc):
        return []
    quoted = [(m.opening, m.end + 1) for m in stretches]
    context = QuoteContext(ArticleContext(article, cast, quoted), stretches)
    decided = attribute(context)
    quotes = []
    for index, attribution in enumerate(decided):
        quote = _quote(context, index, attribution)
        if quote is not None:
            quotes.append(quote)
    return quotes


def attribute(context: QuoteContext) -> list[Attribution | None]:
    """Each quote's attribution: the first of `STEPS` that decides it, or None."""
    decided: list[Attribution | None] = [None] * len(context.stretches)
    for index in range(len(decided)):
        found = _first_decision(context, decided, index, QUOTE_STEPS)
        # A later "he" continues the one who spoke; not one who asked (the answer is another's).
        if found is not None and found.spoke is not None and chain.is_question(context, index):
            found = replace(found, spoke=None)
        decided[index] = found
    for index, found in enumerate(decided):
        if found is None:
            decided[index] = _first_decision(context, decided, index, CHAIN_STEPS)
        elif found.speaker is None and not chain.is_question(context, index):
            # a cue that names no one ("They said:") under a heading that does
            decided[index] = chain.under_heading(context, decided, index) or found
    return decided


def _first_decision(
    context: QuoteContext, decided: chain.Decisions, index: int, steps: tuple[Step, ...]
) -> Attribution | None:
    for step in steps:
        found = step.decide(context, decided, index)
        if found is not None:
            return found
    return None


def _has_words(text: str, marks: Marks) -> bool:
    return any(char.isalpha() for char in text[marks.start : marks.end])


def _quote(context: QuoteContext, index: int, attribution: Attribution | None) -> Quote | None:
    """The record of one quoted stretch: its words (spaces and commas at the ends trimmed), its
    kind, speaker and cue, and for a partial quote the reported clause around it; None when
    the marks hold something nobody says (`kinds.unspoken`)."""
    article, marks = context.article.article, context.stretches[index]
    start, end = article.trimmed(marks.start, marks.end, ",")
    text = article.original(start, end)
    kind = quote_kind(article.text, marks, text)
    _, last = context.tokens(index)
    first = article.token_at(start)  # the first word inside the marks
    stretch = Stretch(article.text, marks, text, kind, attribution, article.doc, first, last)
    if unspoken(stretch) is not None:
        return None
    speaker = attribution.speaker if attribution else None
    cue = attribution.cue if attribution else None
    with_marks = (marks.opening, marks.end + 1 if marks.closed else marks.end)
    clause = attribution.content if attribution else None
    content = _content(article, clause, with_marks, (start, end)) if kind == "partial" else None
    return Quote(
        text=text,
        speaker=speaker,
        cue=cue,
        kind=kind,
        line=article.line_at(start),
        start=start,
        end=end,
        content=content[0] if content else None,
        content_start=content[1] if content else None,
        content_end=content[2] if content else None,
        step=explained(attribution.step, attribution.candidates) if attribution else None,
    )


def _content(
    article: ParsedArticle,
    clause: tuple[int, int] | None,
    marks: tuple[int, int],
    quote: tuple[int, int],
) -> tuple[str, int, int] | None:
    """The reported clause around a partial quote, holding the quote and its marks whole: the
    clause is trimmed of spaces and trailing commas, never into the quote itself."""
    if clause is None:
        return None
    low, high = min(marks[0], clause[0]), max(marks[1], clause[1])
    raw = article.text[low:high]
    lead = len(raw) - len(raw.lstrip())
    tail = raw[lead:].rstrip()
    kept = quote[1] - (low + lead)  # the quote ends here: trim nothing before it
    tail = tail[:kept] + tail[kept:].rstrip(",;:").rstrip()
    if not tail:
        return None
    low += lead
    return article.original(low, low + len(tail)), low, low + len(tail)
