"""The indexes that keep the pure-Python stages linear answer exactly as the scans they replaced.

Each test keeps the scan (quadratic over a long article) as the specification.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from brief.briefing import parse_articles
from brief.extract.cast.merge import (
    _abbreviates,
    _claimant,
    _initial_and_surname,
    _inner_surname,
    _is_short_form,
    _nickname,
    _without_middle_names,
    form_key,
    form_order,
    merge,
    other_sex,
    titled_sexes,
)
from brief.extract.cast.names import NameMention, is_acronym
from brief.extract.cast.references import may_refer
from brief.extract.cast.spans import _lines
from brief.extract.reported import may_cue
from brief.layout import _next_text_lines, _split_lines
from brief.parsed import ParsedArticle
from brief.records import Article
from tests.profiles import examples

if TYPE_CHECKING:
    from spacy.tokens import Doc

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_11109ac5ee476577.txt"


def _merge_by_scanning(mentions: list[NameMention]) -> list[list[NameMention]]:
    """The pairwise merge the indexes replaced: every form against every longer one."""
    forms = sorted({form_key(m.surface) for m in mentions}, key=form_order)
    confirmed = {form_key(m.surface) for m in mentions if not m.weak}
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for mention in mentions:
        labels[form_key(mention.surface)][mention.label] += 1
    canonical: dict[str, str] = {}
    sexes = titled_sexes(mentions)
    acronyms = {form_key(m.surface) for m in mentions if is_acronym(m.surface)}
    for form in forms:
        words = form.split()
        longer = {
            target
            for other, target in canonical.items()
            if other != form
            and other in confirmed
            and not other_sex(form, other, sexes)
            and (
                (
                    (
                        _is_short_form(words, other.split(), labels[form], labels[other])
                        or _inner_surname(words, other.split(), labels[form], labels[other])
                        or _without_middle_names(words, other.split(), labels[form], labels[other])
                    )
                    and "and" not in other.split()
                )
                or _abbreviates(form, other)
                or _nickname(other) == form
                or "".join(other.split()) == form
                or _initial_and_surname(words, other.split(), labels[other])
            )
        }
        canonical[form] = _claimant(form, longer, labels, acronyms)
    groups: dict[str, list[NameMention]] = defaultdict(list)
    for mention in mentions:
        groups[canonical[form_key(mention.surface)]].append(mention)
    return list(groups.values())


WORDS = [
    "Ann",
    "Lee",
    "Kim",
    "Park",
    "New",
    "York",
    "of",
    "the",
    "and",
    "Bank",
    "ALK",
    "NYB",
    "BOE",
]
NAMES = st.lists(
    st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4), st.booleans()),
    max_size=14,
)


@examples(300)
@given(NAMES)
def test_merge_groups_names_as_the_pairwise_scan_does(names: list[tuple[list[str], bool]]) -> None:
    mentions = [
        NameMention(index, index + 1, " ".join(words), "PERSON", weak=weak)
        for index, (words, weak) in enumerate(names)
    ]
    assert merge(mentions) == _merge_by_scanning(mentions)


def test_merge_joins_short_forms_and_acronyms_to_their_one_longer_name() -> None:
    surfaces = [
        "Vladimir Putin",
        "Putin",
        "John Smith",
        "John Brown",
        "John",
        "International Atomic Energy Agency",
        "IAEA",
    ]
    mentions = [NameMention(i, i + 1, surface, "PERSON") for i, surface in enumerate(surfaces)]
    assert [[m.surface for m in group] for group in merge(mentions)] == [
        ["Vladimir Putin", "Putin"],
        ["John Smith"],
        ["John Brown"],
        ["John"],  # two longer names start with it: left alone
        ["International Atomic Energy Agency", "IAEA"],
    ]


@given(st.text(alphabet=" a\n\t", max_size=40))
def test_next_text_lines_is_the_scan_forward(text: str) -> None:
    lines = _split_lines(text)
    for index, following in enumerate(_next_text_lines(lines)):
        assert following == next((line for line in lines[index + 1 :] if not line.blank), None)


# --- the cast's per-article indexes, against the token scans they replaced ---------------

RESULTS_PAGE = (
    "MOSCOW 1996-08-30\n\n"
    "Results of the tennis on Friday:\n"
    "Pete Sampras ( U.S. ) beat Jiri Novak ( Czech Republic ) 6-3 6-4\n"
    "Forfar 3 2 0 1 5 3 6\n"
    "Leyton Orient 2 Hartlepool 0\n\n"
    "The company said it would appeal. She told reporters the minister had resigned.\n"
)


@cache
def _parsed(text: str) -> ParsedArticle:
    [(_, parsed)] = parse_articles([Article.from_text(text)])
    return parsed


def _texts() -> list[str]:
    return [SEED.read_text(encoding="utf-8"), RESULTS_PAGE, "One line", "\n\nA B\n"]


def _lines_by_scanning(doc: Doc) -> list[tuple[int, int]]:
    """The scan `_lines` replaced: a line ends at a token with a line break in it or after it."""
    lines, start = [], 0
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            lines.append((start, token.i + 1))
            start = token.i + 1
    return [*lines, (start, len(doc))] if start < len(doc) else lines


@pytest.mark.parametrize("index", range(4))
def test_lines_are_the_token_scan(index: int) -> None:
    parsed = _parsed(_texts()[index])
    assert [(line.start, line.end) for line in _lines(parsed)] == _lines_by_scanning(parsed.doc)


@pytest.mark.parametrize("index", range(4))
def test_tokens_where_are_the_token_scan(index: int) -> None:
    parsed = _parsed(_texts()[index])
    doc = parsed.doc
    for text in ("(", ")", "the", "-"):
        assert parsed.tokens_where("ORTH", [text]) == [t.i for t in doc if t.text == text]
    assert parsed.tokens_where("LOWER", ["the", "said"]) == [
        t.i for t in doc if t.lower_ in ("the", "said")
    ]
    assert parsed.tokens_where("POS", ["VERB"]) == [t.i for t in doc if t.pos_ == "VERB"]
    assert parsed.tokens_where("TAG", ["NN"]) == [t.i for t in doc if t.tag_ == "NN"]


@pytest.mark.parametrize("index", range(4))
def test_reported_clauses_are_looked_for_where_the_token_scan_looked(index: int) -> None:
    parsed = _parsed(_texts()[index])
    assert may_cue(parsed) == [
        token.i for token in parsed.doc if token.pos_ == "VERB" or token.lower_ == "according"
    ]


@pytest.mark.parametrize("index", range(4))
def test_references_are_looked_for_where_the_token_scan_looked(index: int) -> None:
    parsed = _parsed(_texts()[index])
    assert may_refer(parsed) == [
        token.i
        for token in parsed.doc
        if token.pos_ == "PRON" or (token.pos_ == "NOUN" and token.tag_ in ("NN", "NNP"))
    ]
    assert len(may_refer(_parsed(RESULTS_PAGE))) > 0


@pytest.mark.parametrize("index", range(4))
def test_sentence_start_is_the_walk_back_over_sentences(index: int) -> None:
    parsed = _parsed(_texts()[index])
    doc = parsed.doc
    for token in doc:
        for back in range(4):
            sentence = token.sent
            for _ in range(back):
                if sentence.start == 0:
                    break
                sentence = doc[sentence.start - 1].sent
            assert parsed.sentence_start(token.i, back) == sentence.start


@pytest.mark.parametrize("index", range(4))
def test_lead_end_is_the_scan_over_every_sentence(index: int) -> None:
    parsed = _parsed(_texts()[index])
    body = parsed.layout.body
    for sentences in range(1, 5):
        if not body:
            assert parsed.lead_end(sentences) == 0
            continue
        start = body[0][1].start
        lead = [s for s in parsed.doc.sents if s.end_char > start][:sentences]
        assert parsed.lead_end(sentences) == (lead[-1].end_char if lead else start)
