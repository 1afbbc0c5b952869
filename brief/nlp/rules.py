"""The attribute ruler and the lemmatizer, memoised: spaCy's annotations at a fraction of the cost."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from spacy.attrs import IDS
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

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
        self._ruler = ruler
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
            # (one row per token even for one column, which `to_array` gives as a flat array)
            table = doc.to_array(self._ids).reshape(len(doc), -1) if len(doc) else None
            rows = cast("list[list[int]]", table.tolist() if table is not None else [])
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

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Set each match's attributes on its token, in order (a later rule wins), as the stock
        ruler's `set_annotations` does, without building a `Span` per match (~1.3 matches a
        token) to find the token its pattern's index points at."""
        attrs, indices = self._ruler.attrs, self._ruler.indices
        for match in matches:
            attr_id, _, start, end = match
            index = indices[attr_id]
            position = (start if index >= 0 else end) + index
            if not start <= position < end:  # the stock ruler's own error for a bad index
                type(self._ruler).set_annotations(self._ruler, doc, [match])  # type: ignore[no-untyped-call]
            set_token_attrs(doc[position], attrs[attr_id])

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


class MemoisedLemmas:
    """The lemmatizer's answer for a token, remembered for its form, part of speech and
    morphology.

    spaCy's rule lemmatizer keeps a cache, but only of the words its rules change: every proper
    noun, punctuation mark and base form (most tokens) goes through the rules again, and reads
    its morphology as a dictionary, each time (~10 µs a token, more than the tagger). Its answer
    depends on nothing but the token's form, part of speech and morphology (English's
    `is_base_form` reads the last two), so it is found once per combination and looked up after
    that: the same lemmas (a test and `bench_speed.py rules` compare them token by token).
    """

    def __init__(self, lemmatize: Callable[[Token], list[str]]) -> None:
        self._lemmatize = lemmatize
        self._table: dict[tuple[int, int, int], list[str]] = {}

    def lemmatize(self, token: Token) -> list[str]:
        """The lemmas the wrapped lemmatizer gives `token`, best first."""
        key = (token.orth, token.pos, token.morph.key)  # type: ignore[attr-defined]  # (no stub)
        found = self._table.get(key)
        if found is None:
            found = self._table[key] = self._lemmatize(token)
        return found


# The lemmatizers whose answer is a function of a token's form, part of speech and morphology.
MEMOISABLE_LEMMATIZERS = (Lemmatizer, EnglishLemmatizer)
MEMOISABLE_MODES = ("rule", "lookup")


def memoise_lemmas(component: object) -> None:
    """Give a stock rule or lookup lemmatizer a `MemoisedLemmas`, and its word lists as sets;
    leave any other component be."""
    if type(component) in MEMOISABLE_LEMMATIZERS:
        lemmatizer = cast("Lemmatizer", component)
        if lemmatizer.mode in MEMOISABLE_MODES:
            # `Lemmatizer.__call__` reads this instance attribute, set from the mode at creation.
            lemmatizer.lemmatize = MemoisedLemmas(lemmatizer.lemmatize).lemmatize
            _index_as_sets(lemmatizer)


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """The rule lemmatizer's known words (`lemma_index`: 57,000 nouns, 21,000 adjectives...) as
    sets. Its rules only ask whether a candidate form is one of them, which a list answers by
    reading it through: ~60 µs a token the first time its form, part of speech and morphology
    are met, a fifth of the first brief's model time."""
    if "lemma_index" not in lemmatizer.lookups:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)
