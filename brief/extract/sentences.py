"""Summary candidates: the article's body sentences, never headings, bylines, captions or fragments.

Each candidate carries what the model-free summarizer needs (content words, whether it speaks in
the first or second person), so `brief.summarizer` never touches spaCy.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from brief.extract.lexicon import FIRST_SECOND_PERSON_WORDS
from brief.layout import Block
from brief.parsed import ParsedArticle
from brief.summarizer import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MIN_WORDS = 4
# A "label: caption" opening (photo captions, "Pictured: ...") has at most this many words.
MAX_CAPTION_LABEL_WORDS = 4
CLOSERS = frozenset("\"'”’»)]")
TERMINALS = frozenset(".!?\"'”’»)")
QUOTE_CHARACTERS = frozenset("\"'”’")
# Words that open sentences and, capitalised, rarely stand inside one.
SENTENCE_OPENERS = frozenset(
    "The A An He She They It His Her Their Its This These Those But And Now When While After "
    "Before In On At Some Many".split()
)
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})

# Site furniture that shows up inside article text: never a key sentence.
_BOILERPLATE = re.compile(
    r"""^\W*(?:share\ this|advertisement|scroll\ down|click\ here|read\ more|related:|
    sign\ up|subscribe|follow\ (?:us|him|her|me)\ on|watch:|video:|photo:|image:|pictured:|
    (?:photo|image|picture)s?\ (?:by|courtesy|credit)|copyright|all\ rights\ reserved|
    published:|updated:|last\ updated|this\ (?:article|story)\ (?:was|has\ been)\ updated)""",
    re.IGNORECASE | re.VERBOSE,
)
# "By Jane Doe", "By Jane Doe and John Roe, Reuters": a byline, not a sentence.
_BYLINE = re.compile(r"^\W*(?i:by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\b")
# A sentence about the page rather than the news: "The video can be seen at the top of this story."
_POINTS_AT_PAGE = re.compile(
    r"\b(?:video|photos?|pictures?|images?|gallery|clip)\b.*"
    r"\b(?:above|below|(?:top|bottom) of (?:this|the) (?:story|article|page))\b",
    re.IGNORECASE,
)
MAX_PAGE_NOTE_WORDS = 20
# A dateline the wire put before the first word: "(CNN)", "LONDON (Reuters) -", "Paris, France (AP) --".
# No "^": it is matched at a sentence's start with `match(text, start)`.
_DATELINE = re.compile(
    r"(?:[A-Z][\w.' -]{0,40},?\s)?\((?:CNN|AP|Reuters|AFP|[A-Z][\w ]{0,30})\)\s*(?:--?|—|–)?\s*"
)


def candidates(article: ParsedArticle) -> list[Candidate]:
    """Sentences in paragraph blocks that read as sentences, in article order.

    When the article has no paragraph sentences at all (a list of bullets), its bullet items
    that read as whole sentences stand in, so a bullets-only article still gets a summary.
    """
    found = _collect(article, "paragraph")
    return found or _collect(article, "bullet")


def _collect(article: ParsedArticle, kind: str) -> list[Candidate]:
    """Candidates from the sentences of one kind of block."""
    found = []
    for section, block, piece in _pieces(article):
        if block.kind != kind:
            continue
        candidate = _candidate(article, piece, section, block.end)
        if candidate is not None:
            found.append(candidate)
    return found


def _pieces(article: ParsedArticle) -> Iterator[tuple[int, Block, Span]]:
    """Every body sentence (cut at lost full stops, captions left out), its section and block."""
    for sentence in article.doc.sents:
        located = article.layout.block_at(sentence.start_char)
        if located is None:
            continue
        pieces = _unglued(sentence)
        for index, piece in enumerate(pieces):
            if index < len(pieces) - 1 and piece[-1].text not in TERMINALS:
                continue  # a photo caption run into the next sentence: it never ended
            yield located[0], located[1], piece


def _candidate(article: ParsedArticle, span: Span, section: int, limit: int) -> Candidate | None:
    """The span as a candidate, or None when it is not a sentence worth choosing."""
    if not _reads_as_sentence(span):
        return None
    start = span.start_char + _dateline_length(article.text, span.start_char)
    end = _closing_end(article.text, span.end_char, limit)
    text = article.text[start:end].rstrip()
    if not text or text.endswith(":") or text[0].islower() or _is_furniture(text, span):
        # a colon introduces what follows and says little alone; a lower-case start
        # continues what came before ("Lavrov responded bluntly:" / "those forces would ...")
        return None
    return Candidate(
        text=article.original(start, end),
        start=start,
        end=end,
        line=article.line_at(start),
        section=section,
        words=content_words(span),
        personal=any(token.lower_ in FIRST_SECOND_PERSON_WORDS for token in span),
    )


def _unglued(sentence: Span) -> list[Span]:
    """The sentence cut where text lost its full stop: "... in charge of the club He has ...".

    Pages flattened to one line run a photo caption (which has no full stop) into the next
    sentence. A word that opens sentences ("The", "He", "In", ...), capitalised, outside any
    name, right after a word or a closing quotation mark, marks the seam.
    """
    cuts = [
        index
        for index in range(2, len(sentence))
        if _is_seam(sentence[index - 2], sentence[index - 1], sentence[index])
    ]
    bounds = [0, *cuts, len(sentence)]
    return [sentence[a:b] for a, b in itertools.pairwise(bounds)]


def _is_seam(before: Token, previous: Token, token: Token) -> bool:
    if token.text not in SENTENCE_OPENERS or token.ent_type_:
        return False
    if previous.text in QUOTE_CHARACTERS:
        # a closing mark hugs the word before it and is followed by a space
        return not before.whitespace_ and bool(previous.whitespace_) and before.is_alpha
    return bool(previous.whitespace_) and (
        (previous.is_alpha and not previous.is_stop) or previous.like_num
    )


def content_words(span: Span) -> tuple[str, ...]:
    """Lower-cased lemmas of the span's content words."""
    return tuple(
        token.lemma_.lower() for token in span if token.pos_ in CONTENT_POS and not token.is_stop
    )


def _dateline_length(text: str, start: int) -> int:
    match = _DATELINE.match(text, start, min(len(text), start + 80))
    return match.end() - start if match else 0


def _closing_end(text: str, end: int, limit: int) -> int:
    """Extend a sentence end over closing quotes and brackets the parser left outside it."""
    end = min(end, limit)
    while end > 0 and text[end - 1].isspace():
        end -= 1
    while end < limit and text[end] in CLOSERS:
        end += 1
    return end


def _reads_as_sentence(sentence: Span) -> bool:
    words = [token for token in sentence if token.is_alpha]
    return len(words) >= MIN_WORDS and any(token.pos_ in {"VERB", "AUX"} for token in sentence)


def _is_furniture(text: str, sentence: Span) -> bool:
    """Boilerplate, a byline, a photo caption or list items run together: never a key sentence."""
    return (
        bool(_BOILERPLATE.match(text))
        or (len(sentence) <= MAX_PAGE_NOTE_WORDS and bool(_POINTS_AT_PAGE.search(text)))
        or _is_byline(text, sentence)
        or _is_caption(sentence)
        or _is_glued_list(sentence)
    )


def _is_byline(text: str, sentence: Span) -> bool:
    match = _BYLINE.match(text)
    return match is not None and len(sentence) <= 12


def _is_caption(sentence: Span) -> bool:
    """A short label without a finite verb and a colon opening it: "Rising water: the river ..."."""
    for index, token in enumerate(sentence):
        if token.text == ":":
            label = [t for t in sentence[:index] if not t.is_punct]
            return 0 < len(label) <= MAX_CAPTION_LABEL_WORDS and not any(map(_is_finite, label))
        if index >= MAX_CAPTION_LABEL_WORDS + 2:
            return False
    return False


def _is_finite(token: Token) -> bool:
    """A verb that can carry a clause: "said", "is", "will"; not "rising" or "to go"."""
    return token.pos_ in {"VERB", "AUX"} and token.tag_ in FINITE_TAGS


def _is_glued_list(sentence: Span) -> bool:
    """Items of a list that lost its line breaks: runs of capitalised fragments, no finite verb.

    A sentence without a finite verb that holds three or more capitalised common words after
    its first word reads as "Homes Shops Schools Roads".
    """
    capitalised = sum(
        1
        for previous, token in itertools.pairwise(sentence)
        if token.is_title and token.pos_ != "PROPN" and not previous.is_punct
    )
    return capitalised >= 3 and not any(map(_is_finite, sentence))
