"""Candidate key sentences: the article's body sentences, never headings, bylines, captions or
fragments.

Each candidate carries what the model-free summarizer needs (content words, whether it is a
quotation and whose, whether it leans on a pronoun), so `brief.summarizer` never touches spaCy.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from brief.extract.lexicon import POINTING_PRONOUNS, SUBJECT_DEPS
from brief.layout import Block
from brief.parsed import ParsedArticle
from brief.quote_marks import (
    CLOSING_MARKS,
    CLOSING_MARKS_AND_BRACKETS,
    ENDING_MARKS,
    OPENING_MARKS,
)
from brief.records import Quote
from brief.summarizer import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

MIN_WORDS = 4
# A "label: caption" opening (photo captions, "Pictured: ...") has at most this many words.
MAX_CAPTION_LABEL_WORDS = 4
# Tokens that may end a sentence: a full stop, or the closing mark or bracket after one.
TERMINALS = frozenset(".!?)" + CLOSING_MARKS)
CLOSING_TOKENS = frozenset(CLOSING_MARKS)
# Words that open sentences and, capitalised, rarely stand inside one.
SENTENCE_OPENERS = frozenset(
    "The A An He She They It His Her Their Its This These Those But And Now When While After "
    "Before In On At Some Many".split()
)
FINITE_TAGS = frozenset({"VBD", "VBP", "VBZ", "MD"})
NON_FINITE_TAGS = frozenset({"VB", "VBG", "VBN"})
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "ADJ", "NUM"})
# Of the pointing pronouns (`lexicon.POINTING_PRONOUNS`), these also open sentences as
# determiners ("This week, ...") and then point nowhere.
DEMONSTRATIVES = frozenset({"this", "these", "those"})
# The pointing pronouns that stand for something named: within a sentence, a noun before them.
ANAPHORS = POINTING_PRONOUNS - DEMONSTRATIVES
# What can stand before a main clause and hold a pronoun its subject names: a clause ("Before
# he resigned"), a phrase ("In its report"), an adverb.
FRONTED_DEPS = frozenset({"advcl", "prep", "npadvmod", "advmod"})
# A clause's objects: a pronoun there never stands for the clause's own subject.
OBJECT_DEPS = frozenset({"dobj", "obj", "iobj", "dative", "pobj"}) | SUBJECT_DEPS

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
# A dateline the wire put before the first word: "(CNN)", "LONDON (Reuters) -", "Paris, France (AP) --",
# "KINGSTON (JIS) -", "(The Hollywood Reporter)Stan Freberg". Another source in brackets is a
# dateline only with its dash, or first and glued to the word after it: "U.S. Customs and
# Border Protection (CBP) Air and Marine Operations found …" opens a sentence.
# No "^": it is matched at a sentence's start with `match(text, start)`.
_DATELINE = re.compile(
    r"(?:(?:[A-Z][\w.' -]{0,40},?\s)?"
    r"(?:\((?:CNN|AP|Reuters|AFP)\)\s*(?:--?|—|–)?|\([A-Z][\w ]{0,30}\)\s*(?:--?|—|–))"
    r"|\([A-Z][\w ]{0,30}\)(?=[A-Z]))\s*"
)


def candidates(article: ParsedArticle, quotes: Sequence[Quote] = ()) -> list[Candidate]:
    """Sentences in paragraph blocks that read as sentences, in article order.

    A sentence ending in a colon and the sentence it introduces make one candidate ("Zelensky
    called it:" + the quote). `quotes` (the article's quote records) tell which candidates are
    quotations and whose words they are. When bullet items that read as whole sentences
    outnumber the paragraph sentences (an article of notes after a lead, or a list alone), they
    are candidates too; when nothing reads as a sentence ("Hello."), its first words do, so no
    article goes without a summary.
    """
    pieces = list(_pieces(article))
    quoted = _Quotes(quotes)
    prose = _collect(article, pieces, "paragraph", quoted)
    items = _collect(article, pieces, "bullet", quoted)
    if len(items) > len(prose):  # the body is a list ("game notes"), the prose a lead or two
        return sorted(prose + items, key=lambda candidate: candidate.start)
    return prose or _collect(article, pieces[:1], None, quoted, strict=False)


class _Quotes:
    """The article's quote records in text order, found by the stretch they overlap.

    Quoted stretches never overlap each other, so sorted by start they are sorted by end too,
    and the ones overlapping a sentence are a run found by two binary searches.
    """

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.quotes = sorted(quotes, key=lambda quote: quote.start)
        self.starts = [quote.start for quote in self.quotes]
        self.ends = [quote.end for quote in self.quotes]

    def overlapping(self, start: int, end: int) -> Sequence[Quote]:
        """The quotes with words between `start` and `end`."""
        low = bisect.bisect_right(self.ends, start)
        return self.quotes[low : max(low, bisect.bisect_left(self.starts, end))]


def _collect(
    article: ParsedArticle,
    pieces: list[tuple[int, Block, Span]],
    kind: str | None,
    quotes: _Quotes,
    *,
    strict: bool = True,
) -> list[Candidate]:
    """Candidates from the sentences of one kind of block (any kind when `kind` is None).

    An introducer (a sentence ending in a colon) joins the very next sentence when that one is
    in a block of the same kind and section; otherwise both are dropped, and so is the line after
    a caption label ("Retro: The original 1959 doll ..."). A sentence led by a pointing pronoun
    is dropped when the sentence before it is no candidate: nothing could be its antecedent.
    """
    found: list[Candidate] = []
    introducer: tuple[int, int, Span] | None = None  # the colon sentence waiting for its line
    colon = False  # the piece before ended in a colon that no candidate took in
    kept: bool | None = None  # the piece before became a candidate (None: no piece before)
    for section, block, piece in pieces:
        held, introducer = introducer, None
        after_colon, colon = colon or held is not None, False
        before_kept, kept = kept, False
        if kind is not None and block.kind != kind:
            continue
        bounds = _bounds(article, piece, block.end, strict=strict)
        if bounds is None:
            colon = article.text[piece.start_char : piece.end_char].rstrip().endswith(":")
            continue
        start, end = bounds
        introduces = _introduces(article, start, end)
        if held is not None and held[0] == section and not introduces:
            # the line an introducer opens need not read as a sentence on its own
            found.append(_candidate(article, held[1], end, held[2], piece, section, quotes))
            kept = True
        elif introduces:
            introducer = (section, start, piece) if _reads_as_sentence(piece) else None
            colon = introducer is None
        elif after_colon:
            continue  # what a label or an unusable introducer opens: neither is chosen
        elif not strict or (_reads_as_sentence(piece) and not article.text[start].islower()):
            # a lower-case start continues what came before ("those forces would ...")
            candidate = _candidate(article, start, end, piece, None, section, quotes)
            if candidate.leans and before_kept is False:
                continue  # "He said ..." after a sentence that is no candidate: no antecedent
            found.append(candidate)
            kept = True
    return found


def _bounds(
    article: ParsedArticle, span: Span, limit: int, *, strict: bool = True
) -> tuple[int, int] | None:
    """The span's offsets (dateline off, closing marks on), or None when it holds no words or
    (when `strict`) is site furniture."""
    if not any(token.is_alpha for token in span):
        return None
    start = span.start_char + _dateline_length(article.text, span.start_char)
    end = _closing_end(article.text, span.end_char, limit)
    text = article.text[start:end].rstrip()
    if not text or (strict and _is_furniture(text, span)):
        return None
    return start, start + len(text)


def _introduces(article: ParsedArticle, start: int, end: int) -> bool:
    """A sentence ending in a colon introduces the next one: "Lavrov responded bluntly:"."""
    return article.text[start:end].endswith(":")


def _candidate(
    article: ParsedArticle,
    start: int,
    end: int,
    span: Span,
    continuation: Span | None,
    section: int,
    all_quotes: _Quotes,
) -> Candidate:
    """The sentence (with the line it introduces, if any) between two offsets as a candidate."""
    spans = (span,) if continuation is None else (span, continuation)
    quotes = all_quotes.overlapping(start, end)
    quotation = is_quotation(article.text, start, end, quotes)
    return Candidate(
        text=article.original(start, end),
        start=start,
        end=end,
        line=article.line_at(start),
        section=section,
        words=tuple(word for part in spans for word in content_words(part)),
        quotation=quotation,
        speaker=_speaker(start, end, quotes) if quotation else None,
        leans=_leans(span, start)
        or _starts_inside_a_quote(start, quotes)
        or _unbound(spans, start),
        question=article.text[start:end].rstrip(CLOSING_MARKS_AND_BRACKETS + " ").endswith("?"),
    )


def is_quotation(text: str, start: int, end: int, quotes: Sequence[Quote]) -> bool:
    """All the sentence's words are inside quotation marks: a reader needs to be told whose.

    The quote records say where quotes are; a sentence that opens and closes with quotation
    marks counts as one even when no record covers it (nobody attributed).
    """
    covered = bytearray(end - start)
    for quote in quotes:
        low, high = max(start, quote.start), min(end, quote.end)
        if low < high:
            covered[low - start : high - start] = b"\x01" * (high - low)
    if all(covered[i] or not text[start + i].isalnum() for i in range(end - start)):
        return True
    stripped = text[start:end].strip()
    return stripped.startswith(tuple(OPENING_MARKS)) and stripped.rstrip(".!?,;").endswith(
        tuple(ENDING_MARKS)
    )


def _speaker(start: int, end: int, quotes: Sequence[Quote]) -> str | None:
    """Who said the quotation between two offsets: the one speaker of the quotes inside it."""
    speakers = {quote.speaker for quote in quotes if quote.start < end and quote.end > start}
    return speakers.pop() if len(speakers) == 1 else None


def _leans(span: Span, start: int) -> bool:
    """The sentence opens with a pronoun ("He said", "It was", "Their plan") that points back;
    not "it" that stands for nothing ("It is unclear whether ...")."""
    first = next((token for token in span if token.idx >= start and token.is_alpha), None)
    if first is None or first.lower_ not in POINTING_PRONOUNS or _dummy_it(first):
        return False
    return first.pos_ == "PRON" or first.lower_ not in DEMONSTRATIVES


def _starts_inside_a_quote(start: int, quotes: Sequence[Quote]) -> bool:
    """The sentence goes on with a quotation opened in a sentence before it ("It is a very
    important win for us." after "Benitez said: “We started well."): without the sentence
    that opens it, a reader takes the speaker's words for the writer's."""
    return any(quote.kind != "reported" and quote.start < start < quote.end for quote in quotes)


def _unbound(spans: Sequence[Span], start: int) -> bool:
    """A third-person pronoun in the sentence stands for nothing the sentence names ("Russia
    wants it operating", "In 2005 it will rise", "But she is undecided"): the sentence leans on
    what came before, as one that opens with the pronoun does.

    A pronoun is bound when a noun or name comes before it in the sentence, other than the
    subject of its own clause when the pronoun is that clause's object (the one who "wants it"
    is not "it"), or when it stands before its clause's subject, which names it ("In its first
    report, the bank said ..."). "It" with nothing to stand for ("it is unclear whether") needs
    nothing.
    """
    tokens = [token for span in spans for token in span if token.idx >= start]
    for index, token in enumerate(tokens):
        if token.lower_ not in ANAPHORS or token.pos_ != "PRON" or _dummy_it(token):
            continue
        if not any(_stands_for(other, token) for other in tokens[:index]) and not _named_later(
            token
        ):
            return True
    return False


def _stands_for(noun: Token, pronoun: Token) -> bool:
    """`noun` can be what `pronoun`, later in its sentence, stands for."""
    if noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if pronoun.dep_ in OBJECT_DEPS and noun.dep_ in SUBJECT_DEPS:
        return noun.head != _clause_verb(pronoun)  # "Russia wants it": not itself
    return True


def _clause_verb(token: Token) -> Token:
    """The verb whose clause holds `token` as an argument: its head, or, for the subject of a
    bare non-finite clause ("wants [it operating]"), the verb above that clause."""
    head = token.head
    bare = not any(child.dep_ in {"aux", "auxpass", "mark"} for child in head.children)
    if token.dep_ in SUBJECT_DEPS and head.tag_ in NON_FINITE_TAGS and bare and head.dep_ != "ROOT":
        return head.head
    return head


def _named_later(pronoun: Token) -> bool:
    """The pronoun stands in a phrase or clause put before the main clause, whose subject, a
    noun or name, it stands for: "Before he resigned, David Blunkett ...", "In its report,
    the bank ..."."""
    root = pronoun.sent.root
    branch = next((t for t in pronoun.ancestors if t.head == root and t != root), pronoun)
    if branch.dep_ not in FRONTED_DEPS:
        return False
    subjects = [child for child in root.children if child.dep_ in SUBJECT_DEPS]
    return any(subject.i > pronoun.i and subject.pos_ in {"NOUN", "PROPN"} for subject in subjects)


def _dummy_it(token: Token) -> bool:
    """ "It" that stands for nothing: "it is unclear whether ...", "it was agreed that ..."."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    head = token.head
    parts = {child.dep_ for child in head.children}
    if token.dep_ == "nsubjpass":
        return "ccomp" in parts  # "it was agreed that ..."
    return (
        token.dep_ in SUBJECT_DEPS
        and head.lemma_ in {"be", "seem", "appear"}
        and bool(parts & {"acomp", "attr"})
        and bool(parts & {"ccomp", "xcomp", "csubj", "advcl"})
    )


def _pieces(article: ParsedArticle) -> Iterator[tuple[int, Block, Span]]:
    """Every body sentence (cut at lost full stops, captions left out), its section and block."""
    for sentence, located in _rejoined(article):
        pieces = _unglued(sentence)
        for index, piece in enumerate(pieces):
            if index < len(pieces) - 1 and piece[-1].text not in TERMINALS:
                continue  # a photo caption run into the next sentence: it never ended
            yield located[0], located[1], piece


def _rejoined(article: ParsedArticle) -> Iterator[tuple[Span, tuple[int, Block]]]:
    """The parser's sentences of the body with their section and block, a sentence the parser
    ended at a bracket that ends no sentence joined to the next in its block ("... warns Pan
    American Health Organization (PAHO)" | "Director Carissa F. Etienne as she urged ...")."""
    held: tuple[Span, tuple[int, Block]] | None = None
    for sentence in article.doc.sents:
        located = article.block_at(sentence.start_char)
        if located is None:
            continue
        if held is not None and held[1][1] is located[1] and not _ended(held[0]):
            held = (article.doc[held[0].start : sentence.end], held[1])
            continue
        if held is not None:
            yield held
        held = (sentence, located)
    if held is not None:
        yield held


def _ended(sentence: Span) -> bool:
    """Whether a sentence the parser ended can end there: not at a bracket that closes no
    sentence ("(PAHO)", where "(in 2019.)" closes one). Other ends stay as the parser has
    them: a line of a flattened page with no full stop is a caption or a heading, no part of
    the sentence after it."""
    if sentence[-1].text != ")" or len(sentence) < 2:
        return True
    return sentence[-2].text in TERMINALS


def _unglued(sentence: Span) -> list[Span]:
    """The sentence cut where text lost its full stop: "... in charge of the club He has ...".

    Pages flattened to one line run a photo caption (which has no full stop) into the next
    sentence. A word that opens sentences ("The", "He", "In", ...), capitalised, outside any
    name, right after a word or a closing quotation mark, marks the seam.
    """
    tokens = list(sentence)  # one Token object each (indexing the span makes a new one)
    cuts = [
        index
        for index in range(2, len(tokens))
        if _is_seam(tokens[index - 2], tokens[index - 1], tokens[index])
    ]
    bounds = [0, *cuts, len(sentence)]
    return [sentence[a:b] for a, b in itertools.pairwise(bounds)]


def _is_seam(before: Token, previous: Token, token: Token) -> bool:
    if token.text not in SENTENCE_OPENERS or token.ent_type_:
        return False
    if previous.text in CLOSING_TOKENS:
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
    while end < limit and text[end] in CLOSING_MARKS_AND_BRACKETS:
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
