"""Who said what: quotations in the article and the speaker the article names for each."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from brief.extract.entities import EntityIndex
from brief.layout import Block
from brief.model import Quote
from brief.parsed import ParsedArticle

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

OPENING = {"“": "”", "«": "»", "„": "“", '"': '"'}
CLOSING = {"”", "»", '"', "“"}
REPORTING_VERBS = frozenset(
    """say tell warn claim insist argue add call accuse note write tweet post state declare
    announce explain describe suggest respond reply answer ask urge praise criticise criticize
    condemn deny admit acknowledge confirm report reveal stress emphasise emphasize predict vow
    promise pledge threaten complain observe remark comment recall conclude testify allege assert
    maintain contend caution concede agree disagree dismiss brand label dub mock joke laugh quip
    boast scream shout yell whisper murmur mutter cry exclaim sigh continue begin counter charge
    plead demand propose recommend reiterate repeat concur lament rule order signal hint""".split()
)
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
MAX_CLIMB = 4


@dataclass(frozen=True, slots=True)
class _Marks:
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark


def extract_quotes(article: ParsedArticle, entities: EntityIndex) -> list[Quote]:
    """Every quotation in the article's body, with its speaker when the article names one."""
    quotes = []
    for _, block in article.layout.body:
        for marks in _quotation_marks(article.text, block):
            quote = _quote(article, entities, block, marks)
            if quote is not None:
                quotes.append(quote)
    return quotes


def _quotation_marks(text: str, block: Block) -> Iterator[_Marks]:
    """Pair opening and closing marks inside one block; an unclosed mark runs to its end."""
    opened: int | None = None
    closer = ""
    for offset in range(block.start, block.end):
        char = text[offset]
        if opened is None and char in OPENING:
            opened, closer = offset, OPENING[char]
        elif opened is not None and (char == closer or (char in CLOSING and char != '"')):
            yield _Marks(opened, offset + 1)
            opened = None
    if opened is not None and opened + 1 < block.end:
        yield _Marks(opened, block.end)


def _quote(
    article: ParsedArticle, entities: EntityIndex, block: Block, marks: _Marks
) -> Quote | None:
    inner_start, inner_end = marks.start + 1, marks.end - 1
    if article.text[marks.end - 1] not in CLOSING:
        inner_end = marks.end
    text = article.original(inner_start, inner_end).strip(" ,")
    if not any(char.isalpha() for char in text):
        return None
    cue, speaker = _attribution(article, entities, block, marks)
    return Quote(
        text=text,
        speaker=speaker,
        cue=cue,
        kind="direct" if _is_whole_sentence(article, block, marks, text) else "partial",
        line=article.line_at(inner_start),
        start=inner_start,
        end=inner_end,
    )


def _is_whole_sentence(article: ParsedArticle, block: Block, marks: _Marks, text: str) -> bool:
    covers_block = marks.start <= block.start + 1 and marks.end >= block.end - 1
    return covers_block or (
        text[:1].isupper() and text.rstrip()[-1:] in ".!?" and len(text.split()) > 3
    )


def _attribution(
    article: ParsedArticle, entities: EntityIndex, block: Block, marks: _Marks
) -> tuple[str | None, str | None]:
    """The reporting verb and the speaker: in the quote's sentence, else on the line introducing it."""
    for sentence in _sentences(article, marks.start, marks.end):
        found = _cue_and_speaker(article, entities, sentence, marks)
        if found:
            return found
    introduction = _introduction(article, block)
    if introduction is not None:
        found = _cue_and_speaker(article, entities, introduction, None)
        if found:
            return found
    return None, None


def _sentences(article: ParsedArticle, start: int, end: int) -> list[Span]:
    return article.sentences_overlapping(start, end)


def _introduction(article: ParsedArticle, block: Block) -> Span | None:
    """The last sentence of the block before `block` when that block ends with a colon."""
    body = article.layout.body
    # Body blocks are in text order, so the block's position is a binary search away.
    index = bisect.bisect_left(article.layout.body_starts, block.start)
    previous = None
    for earlier in range(index - 1, -1, -1):
        candidate = body[earlier][1]
        if block.kind != "bullet" or candidate.kind != "bullet":
            previous = candidate
            break
    if previous is None or not article.text[previous.start : previous.end].rstrip().endswith(":"):
        return None
    sentences = _sentences(article, previous.start, previous.end)
    return sentences[-1] if sentences else None


def _cue_and_speaker(
    article: ParsedArticle, entities: EntityIndex, sentence: Span, marks: _Marks | None
) -> tuple[str, str | None] | None:
    cues = [token for token in sentence if _is_cue(token, marks)]
    if not cues:
        return None
    cue = min(cues, key=_depth)
    subject = _subject(cue)
    speaker = (
        _speaker_name(article, entities, subject, sentence.start_char)
        if subject is not None
        else None
    )
    return cue.text, speaker


def _is_cue(token: Token, marks: _Marks | None) -> bool:
    if marks is not None and marks.start <= token.idx < marks.end:
        return False
    return (
        token.pos_ == "VERB" and token.lemma_.lower() in REPORTING_VERBS
    ) or token.lower_ == "according"


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i:
        token = token.head
        depth += 1
    return depth


def _subject(cue: Token) -> Token | None:
    """The cue's subject, or the subject of the clause it hangs from ("..., saying")."""
    if cue.lower_ == "according":
        for child in cue.subtree:
            if child.dep_ == "pobj":
                return child
    token = cue
    for _ in range(MAX_CLIMB):
        for child in token.children:
            if child.dep_ in SUBJECT_DEPS:
                return child
        if token.head.i == token.i:
            break
        token = token.head
    return None


def _speaker_name(
    article: ParsedArticle, entities: EntityIndex, subject: Token, before: int
) -> str | None:
    span_start = min(token.idx for token in subject.subtree)
    span_end = max(token.idx + len(token) for token in subject.subtree)
    entity = entities.at(span_start, span_end) or entities.named(
        article.original(span_start, span_end)
    )
    if entity is not None:
        return entity.name
    if subject.pos_ == "PRON" or subject.pos_ == "NOUN":
        if subject.lower_ in {"it", "they", "we", "this", "that"}:
            return None
        person = entities.last_person_before(before)
        return person.name if person else None
    return article.original(span_start, span_end) or None
